"""Escalation, issue 16 round 4: when an event noun is an act performed or reported between
parties and when it only names a topic. Each test on sentences written for it (none from the
corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str, **kw) -> float:
    return score.escalation(text, **kw)[0]


def test_a_light_verb_performs_only_its_own_object():
    # the verb's object is the act ("imposed new sanctions", "launched a wave of strikes")
    assert esc("The council imposed new sanctions on the junta.") > 0.3
    assert esc("The rebels launched a wave of attacks on the garrison.") > 0.3
    assert esc("The donors gave the province $2 billion in humanitarian aid.") < -0.3
    assert esc("The embassy provided them with medical assistance.") < -0.3
    # a noun that is the argument of another word between them is a topic, not the verb's act
    assert esc("The minister faced sharp questions over the sanctions.") == 0
    assert esc("The envoy expressed doubts about the sanctions.") == 0
    assert esc("The army keeps its prisoners in detention camps near the coast.") == 0


def test_words_of_an_idiom_are_no_light_verb():
    # "in order to", "in the face of", "face to face" hold no verb that performs the noun
    assert esc("They changed the rules in order to build a framework for peace.") == 0
    assert esc("The country's position in the face of any war is well known.") == 0
    assert esc("The two leaders will come face to face at a meeting in Oslo.") == 0


def test_engaging_in_an_act_performs_it_and_unwillingness_rejects_it():
    assert esc("We are ready to engage in talks with the rebels.") < -0.3
    assert esc("The two sides took part in negotiations in Doha.") < -0.3
    # unwillingness is a refusal: cooperation refused is escalatory
    assert esc("The junta's unwillingness to engage in talks prolonged the crisis.") > 0.1


def test_a_noun_cue_modifying_a_topic_head_names_a_topic():
    # the compound names a plan's heading, a prospect, a group, a power: no act
    assert esc("The second item of our peace formula is food security.") == 0
    assert esc("Balkan peace prospects depend on the election.") == 0
    assert esc("Aid groups reported long queues at the border.") == 0
    assert esc("Moscow has veto power in the council.") == 0
    # the noun itself, with its arguments, stays an act
    assert esc("Our peace proposal to the rebels stands.") < 0
    assert esc("We signed a peace treaty with our neighbours.") < -0.3


def test_any_before_a_noun_makes_it_hypothetical_not_a_party_s_act():
    # "any Franco-German deal" is whatever deal there may be: no agent performs it
    assert esc("Any Franco-German deal on the budget will need the approval of parliament.") == 0
    # with a light verb the act stays ("we will support any agreement")
    assert esc("We will support any agreement that ends the fighting.") < 0


def test_an_event_that_failed_to_bring_about_an_agreement_reports_none():
    # talks that failed to produce a deal report no agreement and blame nobody: 0
    assert esc("Talks in Geneva failed to produce a deal.") == 0
    assert esc("The summit on the border failed to reach an agreement.") == 0
    # a party that failed to keep an agreement is accused of it, as before
    assert esc("They failed to honour the agreement.") > 0.1


def test_a_noun_cue_a_text_or_talk_is_about_is_its_subject():
    # issue 16: "a documentary about the Korean War" is a topic, whoever the act's agent
    assert esc("She made a documentary about the Soviet invasion.") == 0
    assert esc("The class read a book on the Chinese blockade.") == 0
    # a report of the act still tells that it took place, and the act itself stays one
    assert esc("The Soviet invasion shocked the region.") > 0.3
