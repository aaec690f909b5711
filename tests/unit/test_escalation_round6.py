"""Escalation, issue 16 round 6 (esc4): rules written for the general act after reading the
misses of batches 1-6 by class and checked on batches 7-8 only as aggregate figures. Each
test on sentences written for it (none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str, **kw) -> float:
    return score.escalation(text, **kw)[0]


def test_denying_responsibility_is_no_act_but_denial_still_undoes_an_intent():
    # CAMEO 016: a statement about oneself, no act toward another actor
    assert esc("The ministry of Freedonia denied that the incident had taken place.") == 0
    assert esc("The spokesman rebutted the report.") == 0
    # denying an intent is still a reassurance (the definition's "deny hostile intent")
    assert esc("Freedonia denied any plans to invade its neighbour.") < -0.3


def test_a_past_act_that_did_not_happen_is_told_as_absent_in_either_direction():
    # a hostile act denied in the past tense: no act, neither done nor a reassurance
    assert esc("We did not provoke this conflict with Sylvania.") == 0
    assert esc("Freedonia didn't sanction those banks last year.") == 0
    # beside an act reported in the same sentence, that act is the statement's
    assert esc("Sylvania did not try to intercept the missiles when Freedonia ordered strikes.") > 0.3
    # refusing now or for the future keeps its direction
    assert esc("We will not attack our neighbours.") < -0.3
    assert esc("We will not sign this agreement.") > 0.2


def test_an_act_recorded_or_reported_took_place():
    # a verb of recording or attesting tells that the act took place, as a report does
    assert esc("The monitors recorded several shelling incidents near the border of Sylvania.") > 0.3
    assert esc("Shelling of the Sylvanian villages was reported by the observers.") > 0.3
    assert esc("The ministry confirmed the detention of Jane Roe.") > 0.3
    # with no verb of its own the noun still names a topic
    assert esc("The shelling incidents are a topic for another day.") == 0


def test_wanting_an_act_asks_for_it():
    # audit A4 (c): a request in form ("we want to see") for peace, a ceasefire, talks
    assert esc("We are a nation that needs peace.") < -0.2
    assert esc("We still want to see a ceasefire in Sylvania.") < -0.3
    assert esc("Freedonia only wants war.") > 0.3
    # the noun as the subject of an infinitive, or after another word's preposition: not wanted
    assert esc("I want to note that the sanctions were not our decision.") <= 0
    assert esc("There is a need for joint efforts on climate.") == 0
    assert esc("We want this conflict to stop.") <= 0


def test_a_party_that_will_not_stop_is_accused_of_persisting():
    # audit A7's own example: "He won't stop with Ukraine" accuses over what the party wants
    assert esc("He won't stop with Sylvania.") > 0.1
    assert esc("They will not stop at anything.", party=False) > 0.1
    assert esc("The general won't stop until he holds the whole valley.") > 0.1
    # not the idiom of limits, and not a cooperative act that goes on
    assert esc("Freedonia will never stop short of its rights.") == 0
    assert esc("We will not stop supporting Sylvania.") < 0
