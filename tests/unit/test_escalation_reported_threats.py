"""Escalation, issue 16 (esc3a): a threat told as already made is a party's act, and its
condition is what the threat says, not a reader's guess. Sentences written for these tests
(none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str, party: bool = True, attribution: str | None = None) -> float:
    return score.escalation(text, attribution=attribution, party=party)[0]


def test_a_reader_telling_a_threat_made_with_its_condition_reports_the_threat():
    assert esc("The minister issued a stark threat if anyone crossed the river.", party=False) > 0.2
    assert esc("There were warnings that if Borduria moved its tanks, sanctions would follow.", party=False) > 0.2
    assert esc("Ruritania threatened Borduria if its ships came closer.", party=False) > 0.2


def test_a_readers_own_guess_of_a_threat_stays_no_act():
    # what the reader thinks might happen, or a threat inside the condition, is no act
    assert esc("If they move the tanks, he will probably threaten the neighbours.", party=False) == 0
    assert esc("Nobody knows what happens if Ruritania threatens Borduria again.", party=False) == 0
    assert esc("They may issue a threat if the talks fail.", party=False) == 0


def test_a_frame_that_threatened_that_is_the_threat_it_reports():
    # the words after the frame carry no act of their own: the frame's verb is the act
    assert esc("there would be consequences nobody has seen.", party=False,
               attribution="The president threatened that if anyone interfered,") > 0.2
    # a frame that only says how a remark was made stays no act
    assert esc("there would be consequences nobody has seen.", party=False,
               attribution="The president said that if anyone interfered,") == 0


def test_a_perfect_or_progressive_passive_with_no_agent_tells_a_state_not_an_act():
    # the patient's state: no one named who acts
    assert esc("The old colonel had already been punished.") == 0
    assert esc("We have been warned about the costs for months.") == 0
    assert esc("Thousands of people have been killed in the region over the years.") == 0
    assert esc("A small country is being invaded, and nobody cares.", party=False) == 0


def test_the_same_act_with_its_agent_an_event_noun_or_told_as_a_past_event_stays():
    assert esc("The minister has been accused of fraud by the Ruritanian government.") > 0.1
    assert esc("The sanctions have been imposed on Borduria.") > 0.3
    assert esc("He was detained by Ruritanian police last May.") > 0.3
    # an active progressive is the act itself
    assert esc("Ruritanian forces have been shelling Borduria for a week.") > 0.3


def test_an_act_after_a_noun_of_ability_is_what_a_party_could_do():
    assert esc("Borduria has the capability to build up its missile arsenal.") == 0
    assert esc("They have enough missiles to destroy a few cities.", party=False) == 0
    assert esc("A year was plenty of time to launch an attack on Borduria.") == 0


def test_a_capability_used_or_shown_or_a_degree_of_enough_stays_the_act():
    assert esc("We will use all our capabilities to punish the aggressor.") > 0.2
    assert esc("The strikes demonstrate the capacity to impose heavy costs on Borduria.") > 0.2
    assert esc("The violation is serious enough to attract new sanctions on Borduria.") > 0.2
    assert esc("Russia launched an attack on Kyiv.") > 0.3


def test_verbs_of_harsh_judgment_criticise():
    assert esc("The minister lambasted the Ruritanian plan.") > 0.1
    assert esc("Borduria's envoy panned the proposal.") > 0.1
    assert esc("The president upbraided his Ruritanian counterpart.") > 0.1


def test_a_frames_phrasal_verb_of_rebuke_with_its_party_is_the_act():
    assert esc("You should be ashamed of yourselves.", party=False,
               attribution="- the envoy telling off the Ruritanian delegation.") > 0.1
    # a phrasal verb whose object is an act it undoes is no rebuke
    assert esc("The teachers went home.", attribution="The union called off the strike.") <= 0


def test_summoning_another_states_envoy_is_a_reprimand_not_a_meeting():
    assert esc("The foreign ministry summoned the Ruritanian ambassador.") > 0.1
    assert esc("Borduria summoned Ruritania's envoy to complain about the border incidents.") > 0.1
    # one's own cabinet summoned is a meeting; a summons not made is no act
    assert esc("The prime minister summoned her cabinet for an emergency meeting.") <= 0
    assert esc("Borduria has not summoned the ambassador.") == 0


def test_an_embedded_question_about_what_would_happen_does_no_act():
    assert esc("It was uncertain how far Ruritania would go to save face in the conflict with Borduria.") == 0
    assert esc("It is unclear how far Moscow would escalate its attacks on Kyiv.") == 0
    assert esc("Nobody knows when Russia will attack Ukraine.") == 0
    # what is known is stated, not asked: the act stays
    assert esc("We know what the Ruritanian occupation and its attacks mean.") > 0.2


def test_a_capability_put_in_place_against_a_party_is_a_show_of_force():
    assert esc("The Russians have put in place the capabilities to conduct a military operation against Ukraine.") > 0.2


def test_a_word_of_denunciation_in_a_scene_setting_clause_still_criticises():
    assert esc("Despite their aggressive pressure on smaller states, the Ruritanian delegates said nothing.") > 0.1
    # a deed in such a clause only sets the scene for a main clause that does none
    assert esc("While the two leaders signed a statement, the weather was cold.") == 0
