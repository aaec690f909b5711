"""A clause told without "that" right after a reporting verb whose own past verb comes before an
inner "that" ("said the board hid fees that …", "said he found no sign that …"): the words
reported start right after the reporting verb, not after the inner "that". Short examples of
our own."""
import pytest

from tests.news_text import registry, own_words  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("sentence, words", [
    ("Jane Roe said the foundation hid donations that came from abroad.",
     "the foundation hid donations that came from abroad."),
    ("Jane Roe said he found no sign that the port was closed.", "he found no sign that the port was closed."),
    ("Jane Roe said they touched on an issue that matters to the port.",
     "they touched on an issue that matters to the port."),
    # a subject pronoun right after the verb: its present verb too ("he meets", "she wants")
    ("Jane Roe said he meets with families in a city that has lost jobs.",
     "he meets with families in a city that has lost jobs."),
    ("Jane Roe said they want a deal that works for the port.", "they want a deal that works for the port."),
])
def test_a_past_verb_before_the_inner_that_keeps_the_whole_clause(registry, sentence, words):
    assert own_words(registry, sentence, "Jane Roe") == [words]


@pytest.mark.parametrize("sentence, words", [
    # a name spelt like a past form, a subordinate clause, a participle with its agent
    ("Jane Roe complained to Pier News' Tom Rose that the port was closed.", "the port was closed."),
    ("Jane Roe told the paper before she spoke to the panel that she would run.", "she would run."),
    ("Jane Roe said on Monday that the foundation hid donations.", "the foundation hid donations."),
])
def test_the_that_after_where_and_to_whom_still_opens_the_words(registry, sentence, words):
    assert own_words(registry, sentence, "Jane Roe") == [words]
