"""Escalation, issue 16 (escrecall): acts the scorer missed. Sentences written for these tests
(none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score
from analysis.model import Statement


def esc(text: str) -> float:
    return score.escalation(text)[0]


def scored_frame(text: str) -> Statement:
    st = Statement(doc_id="d", seq=0, char_start=0, char_end=len(text), section="body", speaker="(narrator)",
                   speaker_kind="narrator", text=text, cue="frame")
    score.score_statement(st)
    return st


def test_a_frame_whose_verb_has_one_direction_reports_that_act():
    # "X accused" / "X condemned" before the quotation: the frame reports an accusation whatever follows
    assert scored_frame("The Ruritanian foreign minister accused").escalation > 0.1
    assert scored_frame("Borduria's defence ministry on Sunday condemned").escalation > 0.1
    assert scored_frame("The envoy bluntly rejected").escalation > 0.1
    assert scored_frame("The prime minister praised").escalation < -0.1


def test_a_frame_whose_verb_takes_its_direction_from_what_follows_stays_0():
    # an appeal, a promise, support or agreement is for or against what the next words say
    assert scored_frame("Opposition lawmakers urged").escalation == 0
    assert scored_frame("The government has consistently supported").escalation == 0
    assert scored_frame("Under the deal, Ruritania agrees").escalation == 0


def test_a_frame_with_its_verb_after_a_comma_is_read_whole():
    # "X, the chief of staff, warned last month that": no quotation for the verb to colour
    assert scored_frame("The army chief, General Doe, warned last month that").escalation > 0.2
    assert scored_frame("The army chief, General Doe, said last month that").escalation == 0


def test_words_of_denunciation_criticise_by_being_said():
    assert esc("Such conduct by the Ruritanian navy is intolerable.") > 0.1
    assert esc("Their minister gave an hour of revisionist history.") > 0.1
    assert esc("The Ruritanian government trampled upon its commitments.") > 0.3


def test_words_of_thanks_and_goodwill_commend():
    assert esc("We are thankful to our Bordurian partners for their help.") < -0.1
    assert esc("The friendship between our two nations has overcome every trial.") < -0.1
    assert esc("We approach our neighbours with goodwill.") < -0.1


def test_a_word_of_denunciation_in_a_question_of_a_reporter_is_no_act():
    st = Statement(doc_id="d", seq=0, char_start=0, char_end=10, section="body", speaker="(reporter)",
                   speaker_kind="journalist", text="Is the situation intolerable for the allies?")
    score.score_statement(st)
    assert st.escalation == 0


def test_force_told_as_witnessed_or_reported_took_place():
    assert esc("Monitors reported heavy shelling near the border overnight.") > 0.5
    assert esc("The mission recorded multiple shelling incidents on Thursday.") > 0.5
    assert esc("Shelling was reported in two villages.") > 0.5
    assert esc("There was shelling near the town.") > 0.5


def test_force_not_told_as_taken_place_stays_a_topic():
    assert esc("If there is a just war, I do not know it.") == 0  # a hypothetical, no event told
    assert esc("The report on the war was published.") == 0  # what a report is about
    assert esc("There was an economic crisis.") == 0  # no act of force
    assert esc("Survivors reported that the shelling frightened them.") == esc("The shelling frightened them.")


def test_a_partys_cooperative_name_in_scare_quotes_is_disputed():
    assert esc('Ruritania sent "peacekeeping" troops into the border province.') > 0.1
    assert esc('The Bordurian "negotiations" were a lot of shouting at the envoys.') > 0.1
    assert esc("Ruritania sent peacekeeping troops to the border province.") < 0  # no quotes: as before


def test_scare_quotes_with_no_party_or_around_a_whole_statement_or_a_verb_do_not_criticise():
    assert esc('Yeah it is just being called "peace keeping".') == 0  # whose name, the words do not say
    assert esc('"Peacekeeping"') == 0  # the whole statement quoted
    # a verb's form quoted is a partial quotation of what was said, not a disputed name
    assert esc('The envoy said there was "broad support" for aid to Ruritania.') < 0


def test_a_states_people_counted_are_the_patient_of_coercion_or_release():
    assert esc("The ministry announced the expulsion of 31 Ruritanian diplomats.") > 0.3
    assert esc("They protested the arrest of two Bordurian citizens.") > 0.3
    assert esc("The detention of three Ruritanians drew protests.") > 0.3
    assert esc("The release of the two Bordurian journalists came on Monday.") < -0.3


def test_a_patient_who_is_no_states_people_leaves_the_noun_a_topic():
    assert esc("The arrest of the suspects came on Monday.") == 0
    assert esc("The release of the report came on Monday.") == 0


def test_finalising_an_agreement_concludes_it():
    assert esc("We did our utmost to finalize the accord with Borduria.") < -0.3
    assert esc("This agreement will be finalised today in the capital.") < -0.3


def test_finalising_something_that_is_no_act_is_none():
    assert esc("We are finalizing our analysis of the letter.") == 0
    assert esc("Certain things have yet to be finalised.") == 0


def test_a_call_to_punish_in_the_passive_is_a_demand_whoever_its_subject():
    # issue 16 audit A4 (a): a call for an act against a party, whoever carries it out
    assert esc("Those responsible for the massacre must be punished.") > 0.3
    assert esc("Those guilty of these crimes must be found and brought to justice.") > 0.3
    assert esc("The perpetrators must be held accountable.") > 0.3


def test_a_passive_must_of_no_punitive_act_is_no_demand():
    assert esc("Our common goal must be reached together.") == 0
    assert esc("All the evidence must be examined carefully.") == 0


def test_a_readers_term_of_abuse_for_a_leader_criticises():
    st = Statement(doc_id="d", seq=0, char_start=0, char_end=10, section="comment", speaker="u/abc",
                   speaker_kind="commenter", text="The Ruritanian president is just a thief.")
    score.score_statement(st)
    assert st.escalation > 0.1
    assert esc("He's a mad man.") > 0.1


def test_triggering_an_act_performs_it():
    assert esc("Any incoming attack would trigger retaliation, the envoy suggested.") > 0.2
    assert esc("The tweet would trigger sanctions on Borduria.") > 0.2
    assert esc("Their conduct is serious enough to attract additional sanctions.") > 0.2
    assert esc("We intend to attract many partners to this effort.") == 0  # no act named
