"""A noun of saying, thinking or promising after "his"/"her" (issue 11, pronoun sources): "Her
claim that …", "his promise to …", "her call for …" in the outlet's sentence give the complement
to the pronoun's antecedent (a person named before it in the sentence, else the person the text
is about), as "Roe's claim that …" gives it to Roe; nouns of a plan, an effort or an act ("his
plan to …", "her push to …") stay the outlet's; "to" before a noun phrase is a preposition, no
intention, after a name or a pronoun. Short examples of our own."""
import pytest

from analysis.attribute.possessive_reports import possessive_report
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_claim_after_her_is_her_antecedents(registry):
    body = "Jane Roe toured the harbour on Monday. Her claim that the docks have lost money every year is false."
    assert spoken(registry, body) == [("claim that the docks have lost money every year", "Jane Roe")]


def test_a_promise_after_his_goes_to_the_man_named_before_it_in_the_sentence(registry):
    body = "Jane Roe toured the harbour on Monday. Crews cheered when Tom Pier repeated his promise to reopen the docks."
    assert ("promise to reopen the docks", "Tom Pier") in spoken(registry, body)


def test_a_plan_after_a_pronoun_is_the_outlets(registry):
    body = "Jane Roe toured the harbour on Monday. Her plan to close the western docks was dropped in May."
    assert spoken(registry, body) == []


def test_nobody_in_view_leaves_the_sentence_the_outlets(registry):
    body = "The harbour was quiet on Monday. His claim that the docks have lost money every year is false."
    assert spoken(registry, body) == []


@pytest.mark.parametrize("u", [
    "Her commitment to the crews is long.",   # not a noun of this list before "to"
    "Her pledge to the crews was kept.",      # "to" before a noun phrase: a preposition
    "His push to reopen the docks failed.",   # an effort, not words
])
def test_no_pronoun_possessive_report(u):
    assert possessive_report(u) is None


def test_an_infinitive_after_a_pronoun_possessive_is_read():
    found = possessive_report("Her pledge to reopen the docks was kept.")
    assert found is not None and found[0] == "Her" and found[1] == "pledge"


def test_a_noun_of_criticising_with_on_gives_its_object(registry):
    body = "Jane Roe toured the harbour on Monday. Her attacks on the port board were sharp."
    assert spoken(registry, body) == [("attacks on the port board", "Jane Roe")]  # (the noun kept: what she did)
