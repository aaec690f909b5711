"""Escalation, issue 16 round 8 (esc6): an event noun's own prepositional argument names the
parties of the act. Sentences written for these tests (none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str) -> float:
    return score.escalation(text)[0]


def test_an_of_phrase_naming_a_party_is_the_nouns_agent_or_patient():
    # the of-genitive of a deverbal noun (Quirk et al. 1985, 17.38-17.41): the act between parties
    assert esc("The report describes the expulsion of Borduria diplomats.") > 0.3
    assert esc("The ministers praised the assistance of Ruritania.") < -0.3


def test_a_party_after_the_prepositions_determiners_is_still_the_argument():
    assert esc("The shelling from a Ruritanian battery lasted an hour.") > 0.3


def test_an_event_noun_after_of_or_with_no_party_stays_a_topic():
    assert esc("The price of the war keeps rising.") == 0
    assert esc("The history of the conflict is long.") == 0
    assert esc("The sanctions of the past decade failed.") == 0
    assert esc("He wrote a book about the invasion of Ruritania.") == 0


def test_a_gatherings_of_phrase_names_its_members_not_a_party_it_meets():
    assert abs(esc("She spoke on arrival for a meeting of NATO ministers in Oslo.")) < 0.05
    assert esc("The summit of Borduria leaders opens today.") == 0
