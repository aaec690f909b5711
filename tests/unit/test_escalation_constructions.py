"""Constructions that do an act no single cue word carries (issue 16 round 2, escr2a):
sentences written for these tests."""
from __future__ import annotations

import pytest

from analysis import score


def esc(text: str) -> float:
    return score.escalation(text)[0]


@pytest.mark.parametrize("text", [
    "Punishment for the shelling of the harbour towns.",     # a verbless demand to punish
    "Punishments that must last until the troops leave.",
    "She won't stop until she controls the whole coast.",     # expansionist intent, accused
    "The regime will not stop at anything.",
    "He will never stop with Moldova, mark my words.",
    "Kovalenko is a monster.",                               # insults of a party
    "Lukashenko has gone mad, and everyone can see it.",
    "His speech was completely insane.",
])
def test_escalatory_constructions(text: str) -> None:
    assert esc(text) > 0.05


@pytest.mark.parametrize("text", [
    "Our nation yearns for a lasting peace.",                 # longing for peace
    "Ours is a region that needs peace.",
    "We wish the new envoy every success in her post.",       # good wishes
])
def test_conciliatory_constructions(text: str) -> None:
    assert esc(text) < -0.05


@pytest.mark.parametrize("text", [
    "We will not stop until the last village is rebuilt.",    # a vow of one's own, no accusation
    "He won't stop with tariffs alone.",                      # "stop with" a common noun
    "That is a punishment for poor grades at school.",        # punishment named, not demanded
    "A trade war is an insane proposition.",                  # a thing, not a party
    "The film's villain is a monster.",                       # ("villain" no name or pronoun)
    "Is he a monster?",                                       # a question asks
    "The weather was mad yesterday in the valley town?",
])
def test_no_construction(text: str) -> None:
    assert abs(esc(text)) < 0.05


@pytest.mark.parametrize("text", [
    "One of the shells hit a school in the border town.",    # a munition that hit, reported
    "Two of the drones hit the refinery overnight.",
])
def test_munition_hit(text: str) -> None:
    assert esc(text) > 0.05


@pytest.mark.parametrize("text", [
    "When rockets hit a city, everyone suffers.",            # a bare plural: a general remark
    "The new tariffs hit the farmers hard.",                 # no munition
    "An explosion hit the chemical plant last night.",       # an accident as often as an attack
])
def test_no_munition_hit(text: str) -> None:
    assert abs(esc(text)) < 0.05


def test_party_hope_for_deescalation_appeals() -> None:
    assert esc("We hope that the truce in the north will hold.") < -0.05
    assert esc("We sincerely hope the shelling will be halted soon.") < -0.05
    # a reader's hope is a wish about what might happen (A7), no appeal between parties
    assert score.escalation("I hope the truce holds, honestly.", party=False)[0] == 0.0
    assert abs(esc("We hope the weather will be fine for the parade.")) < 0.05


def test_another_judged_not_enough_is_criticised() -> None:
    assert esc("The junta's response is clearly not enough.") > 0.05
    assert esc("Several members were still not paying enough for the common defence.") > 0.05
    assert abs(esc("We are not doing enough for our farmers.")) < 0.05    # one's own: no act
    assert abs(esc("Two spoons of sugar is not enough.")) < 0.05           # no act judged


def test_policy_aimed_at_no_one_reassures() -> None:
    assert esc("Our naval drills are not aimed against any third country.") < -0.05
    assert esc("We never target our alliance against anybody.") < -0.05
    assert abs(esc("She was never against anyone at school.")) < 0.05     # no aiming: no policy


def test_refusal_to_accept_or_recognise() -> None:
    assert esc("They will never recognise the new borders of the province.") > 0.05
    assert esc("We do not accept these fabricated charges.") > 0.05
    assert abs(esc("I won't say what we would accept or not accept.")) < 0.05   # a wh-clause
    assert abs(esc("Cats do not accept new food easily.")) < 0.05               # no party


def test_affront_not_left_unanswered_warns() -> None:
    assert esc("Such slander will not remain unanswered.") > 0.05
    assert esc("We cannot let this go unanswered.") > 0.05
    assert abs(esc("Many of the letters remained unanswered for years.")) < 0.05  # not negated


def test_fond_of_or_strengthening_another_praises() -> None:
    assert esc("Frankly, I'm a big fan of Mercosur now.") < -0.05
    assert esc("The new members are making the Alliance stronger.") < -0.05
    assert abs(esc("The reform made our schools stronger.")) < 0.05          # domestic, none named


def test_warships_in_place_or_warplanes_armed_show_force() -> None:
    assert esc("Three frigates were already in place near the strait.") > 0.05
    assert esc("Warplanes armed with glide bombs circled the bay.") > 0.05
    assert abs(esc("The new customs rules were in place by spring.")) < 0.05   # no force named


def test_party_called_a_curse_is_criticised() -> None:
    assert esc("They have been nothing but a curse to their own people.") > 0.05


def test_cooperation_body_set_up_or_proposed_cooperates() -> None:
    assert esc("Chile has put forward a dialogue platform for the two coasts.") < -0.05
    assert esc("The two ministries established a partnership council last year.") < -0.05
    assert abs(esc("Cooperation councils are often dull, the columnist wrote.")) < 0.05


def test_confrontation_told_as_worsening_or_a_verbal_attack() -> None:
    assert esc("Their quarrel over the dam spiraled into a tense standoff.") > 0.05
    assert esc("The two neighbours came much closer to a direct clash on Monday.") > 0.05
    assert esc("At the session, the delegate rounded on her colleague.") > 0.05
    assert abs(esc("We rounded up the figures for the annual report.")) < 0.05


def test_sum_pledged_or_another_party_trained() -> None:
    assert esc("We have pledged 3 billion euros over four years to fight hunger.") < -0.05
    assert esc("Our instructors will train Moldovan forces to fly the new aircraft.") < -0.05
    assert abs(esc("The pledge drive raised money for the school.")) < 0.05   # no sum pledged


def test_recognising_a_breakaway_region_is_an_act_against_its_state():
    # (esc3a) the state's sovereignty over the region rejected (audit A5: an escalatory act)
    assert score.escalation("The president says he will recognise the two breakaway provinces.", party=False)[0] > 0.2
    assert score.escalation("Parliament voted to recognize the rebel-held enclave as independent.")[0] > 0.2
    # recognising something else is no act; refusing to recognise the region is a refusal
    assert score.escalation("They recognized the importance of the talks.")[0] == 0
    assert score.escalation("I recognize how hard this is for the families.")[0] == 0
    assert score.escalation("Did they recognise the separatist republics?")[0] == 0
