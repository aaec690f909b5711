"""Escalation, issue 16 round 2 (escr2b): false and reversed acts. A denied fact is no act, a
negation inside a relative clause with its own subject or on a manner adverbial does not
negate the main act. Sentences written for these tests (none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str) -> float:
    return score.escalation(text)[0]


def test_no_on_a_finite_be_denies_a_fact_like_not():
    # "there was no X" = "there was not any X" (Quirk et al. 1985, 10.58): a denied fact, no reassurance
    assert esc("There was no shelling in the valley yesterday.") == 0
    assert esc("This is no invasion of Borduria.") == 0
    assert esc("There was not any shelling in the valley yesterday.") == 0


def test_no_after_a_first_person_be_or_a_possessive_have_still_reassures():
    assert esc("We are no threat to Borduria.") < -0.1
    assert esc("We have no hostile intentions toward Ruritania.") < -0.1
    assert esc("There will be no war with Borduria.") < -0.1


def test_a_negated_perfect_after_a_modal_denies_a_past_act():
    assert esc("The rebels could not have launched the attack on the convoy.") == 0
    assert esc("Borduria would never have struck the depot.") == 0


def test_a_negation_inside_a_relative_clause_with_its_own_subject_is_no_reassurance():
    assert esc("The army burns everything that it cannot seize.") >= 0
    assert esc("They hold the villages which they did not occupy by force.") >= 0


def test_a_negation_outside_a_relative_clause_still_flips():
    assert esc("We will not attack Borduria.") < -0.1


def test_a_negation_on_a_manner_adverbial_negates_how_not_whether():
    assert esc("We do not want to negotiate too much in public with Borduria.") == 0
    assert esc("Ruritania is not negotiating in public.") == 0


def test_a_plain_negated_cooperative_act_is_still_a_refusal():
    assert esc("We will not negotiate with Borduria.") > 0.1


def test_a_sentence_opening_abstract_noun_or_adverb_is_no_party_that_can_be_ordered():
    # capitalised only because it opens the sentence; its ending makes it a common word
    assert esc("Punishment must be individual.") == 0
    assert esc("Meanwhile must come later.") == 0
    assert esc("Ruritania must stop the shelling.") > 0.3
    assert esc("Parliament must act now.") > 0.3


def test_a_call_that_something_be_condemned_or_rejected_is_a_demand_whatever_its_subject():
    assert esc("Antisemitism must be rejected wherever it appears.") > 0.3
    assert esc("Such aggression must be condemned.") > 0.3


def test_an_agentless_passive_of_material_cooperation_reports_no_act():
    # something came into being: no party gives anything to another
    assert esc("The republic was established in 1921.") == 0
    assert esc("They hope that calm will be established in the valley.") == 0


def test_material_cooperation_with_its_agent_stays_an_act():
    assert esc("Ruritania established a corridor for Borduria.") < -0.3
    assert esc("A corridor was established by Ruritania for Borduria.") < -0.3


def test_letting_an_event_happen_is_no_concession_to_a_party():
    assert esc("The minister allowed this to happen.") == 0
    assert esc("If the danger is allowed to fully materialize, it will be too late.") == 0


def test_allowing_a_party_to_act_stays_a_concession():
    assert esc("Ruritania allowed Borduria to use the port.") < -0.3


def test_a_must_addressed_to_all_parties_jointly_is_an_appeal():
    assert esc("All parties in the region must meet their responsibilities.") < -0.1
    assert esc("All parties in the region must meet their responsibilities.") > -0.5


def test_a_must_addressed_to_one_party_stays_a_demand():
    assert esc("Borduria must meet its responsibilities.") > 0.3
