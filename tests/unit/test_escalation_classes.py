"""Escalation, classes of acts read after batch 3 of the corpus annotations: each test on
sentences written for it (none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str) -> float:
    return score.escalation(text)[0]


def test_a_clause_whose_subject_the_attribution_took_off_opens_with_its_verb():
    # "The minister accused the alliance of …" stored as the speaker's words: "accused …"
    assert esc("accused the government of stalling the inspections.") > 0.1
    assert esc("agreed to join the convention on mines.") < -0.1
    assert esc("criticised the council for its silence.") > 0.1
    # a capitalised opening is a sentence of its own: a participle there is no verb
    assert esc("Armed men stood at the gate.") == 0


def test_a_cessation_of_hostilities_undoes_the_fighting():
    # "hostilities" is fighting (190), not the plural of "hostility" (110, disapproval),
    # and a cessation undoes it as "cease" does
    assert esc("Both sides should agree to an immediate cessation of hostilities.") < -0.3
    assert esc("The rebels announced a cessation of hostilities.") < -0.4
    assert esc("The militia resumed hostilities along the river.") > 0.5
    assert esc("The hostility between the two ministers was obvious.") < 0.3


def test_blame_for_an_act_makes_it_the_accused_party_s_act():
    assert esc("The junta bears full responsibility for the bloodshed in the capital.") > 0.2
    assert esc("Those responsible for the shelling of the market must answer for it.") > 0.2
    # responsibility for something that is no hostile act is no accusation
    assert esc("The ministers are responsible for the future of the region.") == 0


def test_no_alternative_to_an_act_endorses_it_and_no_doubt_affirms():
    assert esc("There is no alternative to negotiations with our neighbours.") < -0.3
    assert esc("There is no substitute for dialogue between Athens and Ankara.") < -0.3
    assert esc("There is no doubt that the militia shelled the village.") > 0.3
    # a plain negation still flips the act
    assert esc("There will be no negotiations with the junta.") > 0.2


def test_destroying_a_stock_of_weapons_is_disarmament_not_an_attack():
    assert esc("The inspectors will destroy the chemical arsenal by June.") < -0.5
    assert esc("Under the accord the government will eliminate its nuclear weapons.") < -0.5
    # refusing to is not
    assert esc("The regime refused to destroy its chemical weapons stockpile.") >= 0
    # destroying anything else of a party's is still an attack
    assert esc("Rebel artillery destroyed the government's weapons depot.") > 0.5


def test_naming_conduct_as_interference_or_domination_accuses():
    assert esc("What we see is foreign interference in the affairs of our republic.") > 0.1
    assert esc("Their policy is one of domination over smaller neighbours.") > 0.1
    assert esc("All we hear from them is disinformation.") > 0.1
    # the principle of non-interference is another word
    assert esc("We uphold the principle of non-interference.") <= 0


def test_acts_only_in_a_concessive_clause_set_the_scene():
    assert esc("While the two leaders signed a joint declaration, trade between them collapsed.") == 0
    assert esc("Although the talks resumed in June, prices kept rising.") == 0
    # an act in the main clause still counts
    assert esc("While the talks went on, the army shelled the port.") > 0.1
    # "since" as an adverb opens no clause
    assert esc("The border talks have since resumed.") < -0.3


def test_opposing_conflict_in_general_de_escalates_opposing_a_party_s_act_does_not():
    assert esc("We must keep the peace and oppose war.") < -0.2
    assert esc("Our country rejects violence in all its forms.") < -0.2
    # a party's act: opposing it is criticism
    assert esc("We oppose Russian aggression.") > 0.2
    assert esc("We oppose the aggression against our neighbour.") > 0.2
    # rejecting an ultimatum stays defiance
    assert esc("They rejected the ultimatum.") > 0.2


def test_allies_are_actors_and_coordination_with_them_is_cooperation():
    # "allies" is the plural noun, not the verb "ally": no act by itself
    assert esc("The president spoke about his allies in the region.") == 0
    assert esc("We act in close coordination with our allies.") < -0.2
    assert esc("Moscow froze its coordination with Washington.") > 0.1


def test_running_a_risk_is_no_threat():
    assert esc("Any decision of this kind carries risks.") == 0
    assert esc("We will not put our soldiers at risk.") == 0
    # a threat is still one
    assert esc("The minister threatened to close the border.") > 0.2


def test_supply_chains_dealing_with_a_matter_and_the_general_debate_are_no_acts():
    assert esc("We must strengthen our supply chains and lower prices.") == 0
    assert esc("The ministry is still dealing with the floods.") == 0
    assert esc("UN General Debate 2021: statement by Ruritania") == 0
    # supplying a party is material cooperation, cutting its supply is not
    assert esc("Ruritania supplies its neighbours with grain.") < -0.2
    assert esc("They have cut the supply of grain to the republic.") > 0.2


def test_thanks_to_those_present_are_a_courtesy_thanks_to_a_party_are_praise():
    assert esc("Well, thank you all very much.") == 0
    assert esc("Thanks, everybody, and see you tomorrow.") == 0
    assert esc("Thank you for your question.") == 0
    assert esc("I want to thank Ruritania for its generous support.") < -0.2
    assert esc("And I thank you, Mr. President, for your support.") < -0.2


def test_meeting_a_target_or_improving_lives_is_no_act():
    assert esc("Three more members will meet their spending commitments this year.") == 0
    assert esc("The programme helps improve the daily lives of farmers.") == 0
    # meeting a party is a consultation, meeting its demands yields
    assert esc("The two foreign ministers met in Vienna.") < 0
    assert esc("The government met the strikers' demands.") < 0


def test_a_noun_cue_used_as_a_verb_of_another_sense_is_no_act():
    assert esc("We need to deal with the floods first.") == 0
    assert esc("He talks about the economy at every rally.") == 0
    assert esc("The answer lies in better schools.") == 0
    # the nouns stay acts
    assert esc("The two governments reached a deal on the border.") < -0.3
    assert esc("There is no alternative to talks.") < -0.3
    assert esc("Their ministry spreads lies about our country.") > 0.1


def test_not_visiting_is_no_hostile_act_calling_off_talks_is():
    assert esc("I don't have a visit by the president to announce today.") == 0
    assert esc("The government called off the talks with the rebels.") > 0.2
