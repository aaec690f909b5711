"""The antecedent of "he"/"she" (issue 11, pronoun sources): an unnamed source that is no human
being ("the paper noted", "the book accuses …", "the campaign said") is never one; the person the
text was about before it stays the antecedent. An unnamed person ("a resident said") still is.
Short examples of our own."""
import pytest

from analysis.attribute.speaker import Speaker, is_unnamed_thing
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_she_after_a_paper_that_noted_is_the_woman_before_it(registry):
    body = ('Jane Roe toured the harbour on Monday. As the paper noted, the docks have lost money. '
            '"We will reopen them," she said.')
    assert ('"We will reopen them,"', "Jane Roe") in spoken(registry, body)


def test_he_after_a_book_that_accuses_is_the_man_it_accuses(registry):
    body = ('Tom Pier ran the docks for a decade. The book accuses Pier of ignoring the crews. '
            'He said that is a "distortion."')
    assert any(who == "Tom Pier" for _, who in spoken(registry, body) if "distortion" in _)


@pytest.mark.parametrize("name, thing", [
    ("(unnamed paper)", True), ("(unnamed book)", True), ("(unnamed campaign)", True),
    ("(unnamed news organization)", True), ("(unnamed resident)", False), ("(unnamed source)", False),
    ("(unnamed announcer)", False), ("(unnamed officials)", False),
])
def test_unnamed_things(name, thing):
    assert is_unnamed_thing(Speaker(name, "unnamed")) is thing
