"""Escalation reads the act, continued (issue 16): readers' negations and hopes, embedded
questions, names, demands, aims and the issue's noted false positives. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from analysis import score
from analysis.model import Statement


def esc(text: str) -> float:
    return score.escalation(text)[0]


def readers(text: str) -> float:
    """The escalation of ``text`` written by a reader (a commenter), through score_statement."""
    st = Statement(doc_id="d", seq=0, char_start=0, char_end=len(text), section="body", speaker="u/abc",
                   speaker_kind="commenter", text=text)
    score.score_statement(st, version="v")
    return st.escalation


def test_a_readers_negation_tells_what_is_not_so_and_does_no_act():
    """A party's "we do not want war" reassures; a reader's "nobody wants war" is an opinion
    about others; a reader's line quoting a report (">") reports what it quotes."""
    for text in ("Honestly the generals don't want a real war with the alliance.",
                 "Neither government actually wants an invasion."):
        assert readers(text) == 0, text
    assert esc("We do not want a war with our neighbours.") < -0.3
    assert readers(">Minister sees no sign of a troop withdrawal from the border") > 0.15


def test_a_negation_reaches_every_act_of_a_disjunction():
    """ "cannot impose sanctions or declare war": neither act (English "not A or B")."""
    assert esc("The council cannot impose sanctions on Iran or declare war on it.") < -0.15


def test_disarmament_needs_an_actor_doing_or_committing_to_it():
    """A topic headline or a purpose infinitive names disarmament, nobody does it."""
    for text in ("Destroying the regime's chemical weapons arsenal: what comes next",
                 "Experts described the methods that would be employed to destroy the stockpile."):
        assert abs(esc(text)) < 0.15, text
    for text in ("Syria agreed to destroy its chemical weapons arsenal.",
                 "Damascus has committed to destroying its chemical weapons stockpile.",
                 "The regime is destroying its stockpile under inspection."):
        assert esc(text) < -0.3, text


def test_an_embedded_question_asks_and_does_no_act():
    for text in ("The parliament must decide whether to support the alliance.",
                 "As for whether we will extend the agreement, you will hear next week.",
                 "Officials were asked whether the talks with Tehran had collapsed."):
        assert abs(esc(text)) < 0.15, text
    # "whether A or B" opening an adjunct is "be it A or B": the acts stand
    assert esc("These are escalatory moves, whether it is the shelling of villages or new attacks on Kyiv.") > 0.3


def test_a_verb_cue_inside_a_name_is_no_act():
    assert esc("Funds from the American Rescue Plan went to schools and housing.") == 0
    assert esc("Russia Expels British Diplomats") > 0.3  # a headline capitalises its verb


def test_a_negotiated_settlement_is_an_appeal_for_talks():
    assert esc("Washington is committed to a negotiated settlement with respect to the border.") < -0.3
    assert esc("Moscow is ready to promote a political settlement of the conflict.") < -0.3
    assert esc("New settlements were built on the hill.") == 0  # "settlement" alone is no act


def test_terms_of_diplomatic_denunciation_criticise():
    assert esc("Their policy shows a Cold War mentality.") > 0.1
    assert esc("All the West exports now is Russophobia.") > 0.1


def test_support_given_to_terrorists_is_an_accusation():
    assert esc("Sadly, these terrorists are supported by some foreign capitals.") > 0.1
    assert esc("They wanted to help the extremists seize the region.") > 0.1
    # fighting them together is cooperation between the parties
    assert esc("We agreed with our partners to expand our cooperation in fighting terrorist groups.") < -0.1


def test_an_attack_on_civilians_or_civilian_objects_is_an_act():
    """A hospital or a school names no party, but an attack on it is an act against one."""
    assert esc("The school attack shocked the region.") > 0.3
    assert esc("They keep targeting hospitals in the east.") > 0.3
    assert esc("The planned assault on the city began at dawn.") > 0.3
    assert abs(esc("We must fight poverty in our cities.")) < 0.15  # another sense stays one


@pytest.mark.parametrize("text", [
    # the brief: a struggle for a cause, a noun "target" (sentences written for this test)
    "The governor will keep fighting for paid leave for every worker.",
    "Protesters fight for their freedom every day.",
    "It was a great target of opportunity for the minister to meet several leaders.",
])
def test_a_struggle_for_a_cause_or_a_noun_target_is_no_attack(text):
    assert abs(esc(text)) < 0.15


def test_a_named_agent_after_a_title_makes_a_noun_an_act():
    assert esc("The people of the region are under attack by Mr. Karimov.") > 0.3
    assert esc("The rebels will fight for Kandahar.") > 0.3  # fighting over a place stays fighting


def test_nouns_of_seizing_and_assassinating_are_acts():
    assert esc("Kyiv condemned Russia's seizure of the nuclear plant.") > 0.3
    assert esc("Tehran denounced the assassination of its general by American drones.") > 0.3


def test_no_obligation_is_neither_an_act_nor_its_refusal():
    assert esc("We did not have to appeal to the council.") == 0
    assert esc("There was no need to threaten them.") == 0
    assert esc("We will not appeal to the council.") > 0  # refusing the act stays a refusal


def test_wind_up_is_no_wound():
    assert esc("The envoy wound up laughing about the whole affair.") == 0


def test_an_order_to_halt_a_hostile_act_is_a_demand():
    assert esc("Just stop the shelling.") > 0.3
    assert esc("End the blockade now!") > 0.3
    assert esc("We will stop the attacks tomorrow.") < -0.3  # a party halting its own act de-escalates


def test_fighting_on_the_speakers_side_is_military_cooperation():
    assert esc("The Kurds fought alongside our troops for years.") < -0.3
    assert esc("They fought with us and they died with us.") < -0.3
    assert esc("Russia fought with Georgia in 2008.") > 0.3  # "with" a named party: against it


def test_a_readers_hope_or_fear_is_a_guess():
    assert readers("I really hope the invasion can still be avoided.") == 0
    assert readers("I fear they will shell the city again.") == 0
    assert readers("The army shelled the city again last night.") > 0.3  # a reader's report


def test_a_capitalised_word_opening_a_sentence_is_no_name_when_it_is_a_function_word():
    assert readers("Enough to wipe out the whole planet with a nuclear winter, more like.") == 0
    assert esc("Enough to destroy the whole planet, frankly.") == 0
    assert esc("Russia destroyed the bridge near the border.") > 0.3  # a name opening a sentence


def test_an_option_on_the_table_is_put_forward():
    """Issue 16: "nothing is off the table" is a threat; so is "all options are on the table"."""
    assert esc("All options are on the table.") > 0.3
    assert esc("Should talks fail, the military option remains on the table.") > 0.3
    assert esc("We have put concrete proposals on the table.") < -0.3


def test_a_disarmament_verb_that_is_no_cue_is_disarmament_or_nothing():
    assert esc("The government will eliminate its nuclear weapons under the accord.") < -0.5
    assert esc("The company will eliminate two hundred jobs.") == 0


def test_a_verb_cue_capitalised_mid_sentence_is_a_name():
    assert esc("Traffic was rerouted by Border Patrol agents at the crossing.") == 0
    assert esc("The inspectors left, and Ban would not speculate on the cause.") == 0


def test_it_is_time_for_another_party_to_act_is_a_demand():
    assert esc("It is long past time for Moscow to stop shielding the regime.") > 0.3
    assert esc("It is time for us to talk to each other.") == 0  # the speaker includes itself
    assert esc("We had a good time for once.") == 0


def test_preventing_a_hostile_act_is_a_warning_and_preventing_war_no_act():
    # (since the annotation audit's A6: the deed prevented is named as the adversary's intent)
    assert esc("What we want to do is prevent a full-scale invasion.") > 0.3
    assert esc("The policy has helped prevent conflict for decades.") == 0
    assert esc("The deal avoids any new sanctions for six months.") < -0.3  # avoiding stays an undoing


def test_getting_rid_of_sanctions_undoes_them():
    assert esc("The government finally got rid of the sanctions on grain.") < -0.3


def test_a_readers_report_of_a_partys_denial_stays_a_reassurance():
    assert readers("Moscow says it has no plans to invade Ukraine.") < -0.3
    assert readers("Those officials cant impose sanctions or declare war.") == 0


def test_unmasking_another_partys_aims_criticises():
    assert esc("They invaded on the pretext of protecting their compatriots.") > 0.1
    assert esc("The people have unmasked the true face of the regime.") > 0.1


def test_words_calling_a_partys_conduct_hostile_criticise():
    assert esc("Their bellicose statements are deplorable.") > 0.1
    assert esc("Relations between the two capitals have turned frosty.") > 0.1


def test_a_hostile_word_naming_a_unit_is_no_act():
    assert esc("An additional brigade combat team is stationed there.") == 0
    assert esc("The US negotiating team was pleased with the talks with the Taliban.") < -0.3
