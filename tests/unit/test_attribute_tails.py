"""The outlet's closing comment on a report is narration, not the speaker's words."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_participial_tail_after_the_reported_clause_is_the_outlets(registry):
    body = "Jane Roe said the plant would close next year, throwing 300 people out of work."
    assert spoken(registry, body) == [("the plant would close next year", "Jane Roe")]


def test_a_closing_appositive_is_the_outlets(registry):
    body = "Jane Roe announced that the firm would cut 30,000 jobs, a record for the company."
    assert spoken(registry, body) == [("the firm would cut 30,000 jobs", "Jane Roe")]


def test_a_preposition_in_ing_keeps_the_speakers_condition(registry):
    body = "Jane Roe said up to 160,000 jobs could be lost, depending on how companies respond."
    assert spoken(registry, body) == [("up to 160,000 jobs could be lost, depending on how companies respond.", "Jane Roe")]


def test_a_speech_participle_is_no_tail(registry):
    body = "Jane Roe said the plant would close next year, adding that talks had failed."
    assert ("the plant would close next year", "Jane Roe") in spoken(registry, body)
    assert all("adding" not in t or s == "Jane Roe" for t, s in spoken(registry, body))


def test_the_last_item_of_a_list_is_no_appositive(registry):
    body = "Jane Roe said no candidate had fought harder against the tax, the health law or the wall."
    assert spoken(registry, body) == [("no candidate had fought harder against the tax, the health law or the wall.", "Jane Roe")]


def test_an_appositive_with_a_verb_of_its_own_is_a_clause(registry):
    body = "Jane Roe said that as the race turns south, the issue is becoming a bigger focus."
    assert spoken(registry, body) == [("as the race turns south, the issue is becoming a bigger focus.", "Jane Roe")]


def test_a_clause_after_a_comma_with_a_past_verb_is_no_appositive(registry):
    body = "Jane Roe said talks had stalled - specifically, the minister pointed to the cancelled visit."
    assert spoken(registry, body) == [("talks had stalled - specifically, the minister pointed to the cancelled visit.", "Jane Roe")]


def test_a_tail_after_a_dash_is_the_outlets_too(registry):
    body = "Jane Roe praised the new port for the speed of its cranes - a record for the region."
    assert spoken(registry, body) == [("the new port for the speed of its cranes", "Jane Roe")]


def test_a_clause_with_a_bare_plural_subject_is_the_outlets(registry):
    body = "Polls showed Jane Roe was the winner of the debate, but instant polls are no measure of the vote."
    assert spoken(registry, body)[0][0] == "Jane Roe was the winner of the debate"


def test_a_second_predicate_after_but_is_no_part_of_the_object(registry):
    body = "The director, Jane Roe, chastised the clerk for his use of the server but did not recommend a penalty."
    assert spoken(registry, body) == [("the clerk for his use of the server", "Jane Roe")]


def test_a_second_predicate_is_kept_inside_a_reported_clause(registry):
    # after "said", the predicate after "but" is the reported clause's own
    body = "Jane Roe said the bill had passed the house but was still flawed in many ways."
    assert spoken(registry, body) == [("the bill had passed the house but was still flawed in many ways.", "Jane Roe")]


def test_a_clause_of_time_after_the_object_is_the_outlets(registry):
    body = "Jane Roe described the mayor as a reformer when he ran for office in 2008."
    assert spoken(registry, body) == [("the mayor as a reformer", "Jane Roe")]


def test_a_sentence_kept_whole_still_ends_before_the_outlets_tail(registry):
    body = "The latest test, Jane Roe said, was the largest yet, although it may take days to measure its size."
    assert spoken(registry, body) == [("The latest test, Jane Roe said, was the largest yet", "Jane Roe")]


def test_a_reply_by_saying_gives_the_words_after_the_participle(registry):
    body = "Jane Roe responded to a question from the floor on Monday by saying the port would stay open."
    assert spoken(registry, body) == [("the port would stay open.", "Jane Roe")]


def test_a_second_act_after_yet_is_a_statement_of_its_own(registry):
    body = "Jane Roe demands transparency from the council, yet refuses to release her own accounts."
    assert spoken(registry, body) == [("transparency from the council", "Jane Roe"),
                                      ("refuses to release her own accounts.", "Jane Roe")]


def test_a_clause_after_a_quotation_with_no_comma_goes_on_with_it(registry):
    body = 'Jane Roe argued that it was "impossible to win the race alone" and the two parties needed to talk.'
    assert spoken(registry, body)[0][0].endswith("needed to talk.")


def test_where_and_when_an_act_was_done_is_the_outlets(registry):
    body = "Jane Roe criticized the health law as a “crazy system” during a campaign stop in Springfield, Ohio, for her party."
    assert spoken(registry, body) == [("the health law as a “crazy system”", "Jane Roe")]
    body = "Jane Roe blasted the mayor as a “disgrace” Wednesday on The Morning Show."
    assert spoken(registry, body) == [("the mayor as a “disgrace”", "Jane Roe")]


def test_a_second_that_clause_is_the_speakers_too(registry):
    body = "Officials on both sides said the talks would resume next week, and that prisoner exchanges were on the agenda."
    assert spoken(registry, body) == [
        ("the talks would resume next week, and that prisoner exchanges were on the agenda.", "(unnamed officials)")]


def test_another_sources_report_after_and_is_no_part_of_the_words(registry):
    body = "Farmers said the river had never been so low and the fishermen accused the mill of draining it."
    assert spoken(registry, body)[0][0] == "the river had never been so low"


def test_another_share_of_a_poll_after_while_is_its_own_report(registry):
    body = "Half of the voters say they prefer a newcomer, while about 4 in 10 want one with experience."
    assert spoken(registry, body)[0][0] == "they prefer a newcomer"


def test_a_count_that_has_not_announced_is_another_report(registry):
    body = "Sixty delegates said they back the harbour plan and 160 have not publicly announced their choice."
    assert spoken(registry, body)[0][0] == "they back the harbour plan"


def test_a_second_clause_without_a_verb_of_saying_stays_the_speakers(registry):
    body = "Jane Roe said the ferry would stop running and the town would pay for the buses."
    assert spoken(registry, body) == [("the ferry would stop running and the town would pay for the buses.", "Jane Roe")]


def test_the_medium_of_an_act_closing_the_sentence_is_the_outlets(registry):
    body = "Jane Roe had previously denounced the harbour fees in an on-air diatribe."
    assert spoken(registry, body) == [("the harbour fees", "Jane Roe")]


def test_only_the_time_of_a_side_taken_closing_the_sentence_is_the_outlets(registry):
    body = "Jane Roe endorsed the new harbour plan in July."
    assert spoken(registry, body) == [("the new harbour plan", "Jane Roe")]


def test_a_message_spoken_of_after_on_is_no_medium(registry):
    body = "Jane Roe declined to elaborate on her planned message to the harbour board."
    assert spoken(registry, body)[0][0].endswith("message to the harbour board.")


def test_a_second_predicate_after_and_is_no_part_of_the_object(registry):
    body = "Jane Roe championed the harbour workers' pensions and extended benefits to their families."
    assert spoken(registry, body) == [("the harbour workers' pensions", "Jane Roe")]


def test_a_second_predicate_that_says_something_itself_stays_the_speakers(registry):
    body = "Jane Roe largely agreed with the council and seemed to think the ferry plan was too costly."
    assert "the ferry plan was too costly" in spoken(registry, body)[0][0]


def test_a_possessive_or_demonstrative_ending_in_s_is_no_verb_of_a_tail(registry):
    # "as a deadline of his own" is the position's complement, not a comparison clause whose
    # subject is "of" and whose verb is "his"; a real clause of time after the object still ends it
    body = "Jane Roe views Election Day as a deadline of his own."
    assert spoken(registry, body) == [("Election Day as a deadline of his own.", "Jane Roe")]
    body = "Jane Roe described Harbour Street as a model of its kind."
    assert spoken(registry, body) == [("Harbour Street as a model of its kind.", "Jane Roe")]
    body = "Jane Roe described the deal as a disaster when she ran for office."
    assert spoken(registry, body) == [("the deal as a disaster", "Jane Roe")]


def test_a_clause_of_the_outlets_after_a_closing_quotation_mark_is_no_part_of_the_quote(registry):
    body = ("Jane Roe said the plan was “not quite ready,” before predicting that the vote would pass. "
            "Jane Roe said she was “excited about the vote” as she left the hall. "
            "Jane Roe said the plan was “not quite ready” as a whole.")
    got = spoken(registry, body)
    assert ("the plan was “not quite ready,”", "Jane Roe") in got
    assert ("she was “excited about the vote”", "Jane Roe") in got
    # "as" before a noun phrase is no clause of its own
    assert ("the plan was “not quite ready” as a whole.", "Jane Roe") in got


def test_an_afterthought_after_a_dash_is_the_outlets(registry):
    body = "Jane Roe said she would not run again — a reversal of the stance she took last year."
    assert spoken(registry, body) == [("she would not run again", "Jane Roe")]


def test_a_clause_after_a_dash_is_the_outlets(registry):
    body = "The Roe campaign has endorsed none of the protests - but it has not stopped them either."
    assert spoken(registry, body)[0][0] == "none of the protests"


def test_a_dash_inside_the_quotation_is_no_tail(registry):
    body = 'Jane Roe said the plan was "a disaster - a total mess from the start."'
    assert spoken(registry, body)[0][0].endswith('from the start."')


def test_a_second_clause_with_that_after_a_dash_stays_the_speakers(registry):
    body = "Jane Roe said the audit was late - and that the clerk had known it for weeks."
    assert spoken(registry, body)[0][0].endswith("for weeks.")


def test_an_alternative_after_a_dash_stays_the_speakers(registry):
    body = "Jane Roe said the city would be making a grave mistake if it closed the port — or sold it to a rival."
    assert spoken(registry, body)[0][0].endswith("sold it to a rival.")


def test_a_clause_with_a_pronoun_subject_after_the_object_is_the_outlets(registry):
    body = "Vice President Jane Roe decided not to enter the race and she did well in the polls."
    assert spoken(registry, body) == [("not to enter the race", "Jane Roe")]


def test_a_condition_after_the_object_and_a_conjunction_is_the_outlets(registry):
    body = "Jane Roe hasn't indicated any interest in joining the court, but if she did, she would follow her father."
    assert spoken(registry, body)[0] == ("any interest in joining the court", "Jane Roe")


def test_a_negated_auxiliary_ends_a_clause_subject(registry):
    body = "The Roe campaign has endorsed none of the protests, but it hasn't stopped them either."
    assert spoken(registry, body)[0][0] == "none of the protests"


def test_a_clause_verb_keeps_its_second_clause_with_a_pronoun(registry):
    body = "Jane Roe said the audit was late and she would resign."
    assert spoken(registry, body) == [("the audit was late and she would resign.", "Jane Roe")]
