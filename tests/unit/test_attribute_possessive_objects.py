"""Possessive reports whose noun takes "on" or "of" (issue 11): "Roe's views on …", "Roe's attacks
on …", "Roe's critique of …" give their object to the possessor, what the view or the criticism is
about; a "to" before a noun phrase is a preposition, no intention ("Roe's pledge to voters");
"commitment to" is no report. Short examples of our own."""
import pytest

from analysis.attribute.possessive_reports import possessive_report
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_views_on_after_a_name():
    found = possessive_report("Roe's views on the western docks are well known.")
    assert found is not None and found[0] == "Roe" and found[1] == "views"


def test_attacks_on_give_their_object(registry):
    body = "Jane Roe toured the harbour on Monday. Roe's attacks on the port board were sharp."
    assert spoken(registry, body) == [("attacks on the port board", "Jane Roe")]  # (the noun kept: what she did)


def test_a_critique_of_gives_its_object():
    found = possessive_report("Roe's critique of the harbour plan was brief.")
    assert found is not None and found[1] == "critique"


@pytest.mark.parametrize("u", [
    "Roe's pledge to voters was kept.",          # "to" before a plural noun: a preposition
    "Roe's pledge to the crews was kept.",       # before a determiner
    "Roe's commitment to civil rights is long.",  # not a noun of this list before "to"
])
def test_to_before_a_noun_phrase_is_no_report(u):
    assert possessive_report(u) is None


def test_to_before_a_verb_is_still_read():
    found = possessive_report("Roe's refusal to acknowledge fully the losses angered the crews.")
    assert found is not None and found[1] == "refusal"
