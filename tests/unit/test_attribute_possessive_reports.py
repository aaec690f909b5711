"""A named source's words after its possessive and a noun of saying, thinking or intending
(issue 11, recall of named sources): "Roe's claim that …", "Roe's plan to …", "Roe's call for
…" in the outlet's sentence give the complement to Roe, up to the end of its clause or the main
clause's predicate; the noun and the rest of the sentence stay the outlet's. Nouns of events
and facts give nothing. Short examples of our own."""
import pytest

from analysis.attribute.possessive_reports import possessive_report
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_claim_after_a_named_possessive_is_the_named_sources_up_to_the_main_predicate(registry):
    body = "Jane Roe toured the harbour on Monday. Roe's claim that the docks have lost money every year is false."
    assert spoken(registry, body) == [("claim that the docks have lost money every year", "Jane Roe")]


def test_a_plan_to_act_is_the_named_sources_intention(registry):
    body = "Jane Roe toured the harbour on Monday. Roe's plan to close the western docks was dropped in May."
    assert spoken(registry, body) == [("plan to close the western docks", "Jane Roe")]


@pytest.mark.parametrize("u", [
    "Roe's trip to the docks was short.",           # an event
    "Roe's decision to leave surprised the crews.",  # an act decided, not words
    "The claim that the docks lost money is false.",  # no possessive source
])
def test_no_possessive_report(u):
    assert possessive_report(u) is None


def test_a_sentence_opening_word_is_no_part_of_the_name():
    found = possessive_report("But Roe's claim that the docks have lost money is false.")
    assert found is not None and found[0] == "Roe" and found[1] == "claim"


def test_the_noun_stays_with_the_words_for_the_escalation_score(registry):
    # "his insistence that …" is a demand: the statement keeps the noun, so the score reads it
    from analysis.pipeline import analyse
    from analysis.model import Document
    text = ("Talks.\n\nJane Roe spoke on Monday. Her demands included her insistence that the threat of "
            "military force be removed from the pending U.N. Security Council resolution.\n")
    st = [s for s in analyse(Document("d", "t.txt", text), registry) if s.speaker == "Jane Roe"]
    assert st and st[0].text.startswith("insistence that the threat")
    assert st[0].escalation > 0
