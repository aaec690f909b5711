"""Escalation, issue 16 (esc3b): the de-escalatory side. Aid and help whose beneficiary is a
government's own people is domestic policy, no act between political actors; aid to a party
stays aid. Sentences written for these tests (none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str) -> float:
    return score.escalation(text)[0]


def test_help_for_a_governments_own_people_is_domestic_policy():
    assert esc("The new fund will help homeowners and renters pay their bills this winter.") == 0
    assert esc("The portal gives guidance to assist state and local governments after floods.") == 0
    assert esc("Millions of dollars are being allocated to help small businesses hire workers.") == 0


def test_aid_to_a_named_party_or_people_stays_aid():
    assert esc("We will help Ruritanian families rebuild their homes.") < -0.1
    assert esc("We will assist Borduria and its communities after the floods.") < -0.1
    assert esc("The alliance provided food and medicine to Borduria.") < -0.1


def test_irregular_pasts_of_the_lexicons_verbs_are_read():
    # "sent", "kept", "stood": the irregular pasts of verbs the lexicon lists (send, keep, stand)
    assert esc("The alliance sent food and medicine to Borduria.") < -0.1
    assert esc("We have kept cooperation channels with Borduria open.") < -0.1
    assert esc("We stood with Ruritania.") < -0.1


def test_an_appeal_for_a_pro_form_asks_for_an_act_stated_elsewhere():
    # audit A1: "do the same", "do so" name no act of their own
    assert esc("We call on our partners to do the same.") == 0
    assert esc("They urged Borduria to do so.") == 0
    assert esc("We call on all parties to follow suit.") == 0


def test_an_appeal_for_a_named_act_keeps_its_direction():
    assert esc("We call on Borduria to release the prisoners.") < -0.1
    assert esc("We call on Borduria to do more for peace talks.") < -0.1


def test_a_meeting_announced_as_a_schedule_or_by_its_subject_is_no_act():
    # audit A2: a schedule or what was discussed does nothing toward anyone
    assert esc("The minister will meet his Bordurian counterpart in Geneva next week.") == 0
    assert esc("She is due to host the Ruritanian delegation on Monday.") == 0
    assert esc("The summit in Geneva was not about sanctions.") == 0


def test_a_meeting_offered_or_held_still_counts():
    assert esc("We would be happy to meet with Borduria.") < -0.05
    assert esc("We are ready to meet with Borduria at any time.") < -0.05
    assert esc("The two presidents met in Geneva.") < -0.05


def test_a_meeting_promised_on_a_condition_is_a_conditional_offer():
    assert esc("They would meet the Bordurian envoy if he dropped his demands.") < 0


def test_if_after_a_verb_of_knowing_or_asking_opens_a_question_not_a_condition():
    assert esc("He will be meeting Bordurian officials but does not know if he will meet the president.") == 0
    assert esc("They asked if Borduria would attack.") == 0
    # a real condition stays one
    assert esc("If they attack, we will respond.") > 0.1


def test_aids_the_disease_is_no_aid_and_eradicating_a_disease_no_attack():
    assert esc("Our goal is ending the AIDS epidemic by 2030.") <= 0
    assert esc("Both countries fund the campaign to eradicate AIDS and malaria.") == 0
    assert esc("Bordurian forces began to eradicate the Ruritanian militia.") > 0.1


def test_the_attack_a_party_defends_itself_against_is_named_in_passing():
    assert esc("These are defensive weapons meant to defend Ruritania against aggression.") == 0
    assert esc("We will keep supporting the Ruritanian people as they defend their homes, "
               "their schools and their hospitals against Bordurian aggression.") < -0.05
    # the attacker's own act still counts
    assert esc("Borduria launched an attack against Ruritania.") > 0.1


def test_what_a_party_offers_names_the_thing_offered_not_the_act():
    # a free relative clause (Quirk et al. 15.8) names the thing offered
    assert esc("What Borduria offers isn't a lasting order.") == 0
    assert esc("You will see the details of what we offer as guarantees.") == 0
    # the act of offering stays one
    assert esc("We offer Borduria security guarantees.") < -0.1
    assert esc("Borduria promised to withdraw its troops.") < -0.1


def test_security_guarantees_is_a_noun_phrase_read_with_its_arguments():
    assert esc("Every nation has the right to security guarantees.") == 0
    assert esc("Security guarantees;") == 0
    assert esc("The alliance offered Ruritania security guarantees.") < -0.1
    assert esc("Borduria guarantees the safety of the inspectors.") < -0.1


def test_a_meeting_to_be_held_is_a_schedule_too():
    assert esc("You will have a meeting with the Bordurian president in Osaka.") == 0
    assert esc("The commission will hold its first meeting before the end of the year.") == 0
    assert esc("He also had a long meeting with the Bordurian president.") < -0.05


def test_goods_given_in_the_passive_are_aid():
    assert esc("Food and medicine were sent to Ruritania last week.") < -0.1
    assert esc("New equipment will also be provided to the Ruritanian army.") < -0.1
    assert esc("Troops were sent to Ruritania.") > 0


def test_the_removal_of_a_hostile_act_undoes_it():
    assert esc("The talks led to the removal of the threat of war between Borduria and Ruritania.") < -0.05


def test_an_appeal_to_a_court_or_consular_advice_is_no_act_between_parties():
    assert esc("The federation will appeal to the sports tribunal against the ban.") == 0
    assert esc("We have urged Ruritanian citizens to leave Borduria.") == 0
    # an appeal to another party stays one
    assert esc("We urge Borduria to leave the occupied territory.") < -0.05
