"""A reported statement is what was said, believed or intended: the content after its cue
verb, not the outlet's introduction, the source and the verb before it."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken, statements


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_an_introductory_clause_before_the_subject_is_the_outlets(registry):
    body = "While the council argued over the budget for weeks, Jane Roe told reporters that the mill would reopen in May."
    assert spoken(registry, body) == [("the mill would reopen in May.", "Jane Roe")]


def test_a_report_in_a_relative_clause_starts_after_its_verb(registry):
    body = "The county counts 40 closed farms, a number that Jane Roe predicts will double by the end of the year."
    assert spoken(registry, body) == [("will double by the end of the year.", "Jane Roe")]


def test_the_object_of_a_reporting_verb_is_the_speakers_position(registry):
    body = "Jane Roe stressed bipartisan support for the harbour treaty."
    assert spoken(registry, body) == [("bipartisan support for the harbour treaty.", "Jane Roe")]


def test_a_clause_without_that_after_a_verb_of_belief(registry):
    body = "In January, in her last speech to the council, Jane Roe conceded the plan had fallen short."
    assert spoken(registry, body) == [("the plan had fallen short.", "Jane Roe")]


def test_a_second_predicate_after_a_number_with_a_comma(registry):
    body = "Jane Roe has counted 1,500 ballots and says she will finish the count on Friday."
    assert spoken(registry, body) == [("she will finish the count on Friday.", "Jane Roe")]


def test_a_parenthetical_frame_keeps_the_words_around_it(registry):
    body = "The truth, Jane Roe said then, was that the county had erred."
    assert spoken(registry, body) == [("The truth, Jane Roe said then, was that the county had erred.", "Jane Roe")]


def test_a_second_clause_after_a_semicolon_is_the_outlets(registry):
    body = "Jane Roe said the count would finish on Friday; hours later, the clerk closed the office."
    assert spoken(registry, body) == [("the count would finish on Friday", "Jane Roe")]


def test_a_second_clause_with_a_subject_of_its_own_is_the_outlets(registry):
    body = "Jane Roe said the count was fair and complete, but Walter Brandt was not convinced."
    assert spoken(registry, body) == [("the count was fair and complete", "Jane Roe")]


def test_an_act_is_about_its_object_and_its_verb_still_scores_it(registry):
    body = "Jane Roe accused the county clerk of hiding the ballots."
    got = {s.text: s for s in statements(registry, body)}
    assert got["the county clerk of hiding the ballots."].speaker == "Jane Roe"
    assert got["the county clerk of hiding the ballots."].escalation > 0  # accusing: conflict
    assert got["the county clerk of hiding the ballots."].cue == "accused"
    # the frame ("Jane Roe accused") is the attribution of the words, no statement of its own:
    # the accusation is scored once, on Jane Roe's words
    assert not any("Jane Roe" in t for t in got)
    assert [t for t, s in got.items() if s.escalation] == ["the county clerk of hiding the ballots."]
    assert sum("accused" in c for s in got.values() for c in s.escalation_cues) == 1


def test_an_acts_tone_is_the_speakers_not_the_outlets_frame(registry):
    """The frame's act verb carries the tone of what the speaker did: Jane Roe praised, the
    outlet only reports it."""
    body = "Jane Roe praised the county clerk for the count."
    got = {s.text: s for s in statements(registry, body)}
    assert got["the county clerk for the count."].tone > 0.3  # "praised" is Jane Roe's
    assert not any("Jane Roe" in t for t in got)  # the frame is no statement, with no tone of its own
    assert [t for t, s in got.items() if s.tone] == ["the county clerk for the count."]


def test_an_act_with_a_short_object_keeps_its_verb(registry):
    body = "Jane Roe praised Putin."
    assert spoken(registry, body) == [("praised Putin.", "Jane Roe")]


def test_a_clause_with_a_counted_subject_after_the_report_is_the_outlets(registry):
    body = "Jane Roe said the count was finished, although 55 ballots were still missing."
    assert spoken(registry, body) == [("the count was finished", "Jane Roe")]


def test_a_second_report_ends_where_the_outlets_next_clause_begins(registry):
    body = "Jane Roe said the talks had stalled, and she urged the envoys to return in March; the envoys left the next day."
    assert spoken(registry, body) == [("the talks had stalled", "Jane Roe"),
                                      ("urged the envoys to return in March", "Jane Roe")]


def test_a_speech_participle_ends_where_the_outlets_next_clause_begins(registry):
    body = "Jane Roe defended the levy, saying the fees were fair to every shipper, even as the harbour board raised its own fees."
    assert ("saying the fees were fair to every shipper", "Jane Roe") in spoken(registry, body)
    assert all("harbour board" not in t for t, _ in spoken(registry, body))


def test_the_topic_of_a_reporting_verb_after_its_preposition_is_what_was_said(registry):
    body = "Jane Roe has also commented on the closure of the harbour mill."
    assert spoken(registry, body) == [("the closure of the harbour mill.", "Jane Roe")]


def test_a_medium_or_a_day_after_the_verb_is_no_topic(registry):
    body = "Jane Roe commented on Monday."
    assert spoken(registry, body) == [("Jane Roe commented on Monday.", "Jane Roe")]


def test_where_an_act_was_done_is_the_outlets(registry):
    body = "Jane Roe blasted the harbour board for its fees during a campaign rally in Dayton."
    assert spoken(registry, body) == [("the harbour board for its fees", "Jane Roe")]


@pytest.mark.parametrize("sentence, words", [
    ("Jane Roe said that was not acceptable.", "that was not acceptable."),
    ("Jane Roe told reporters that has never happened.", "that has never happened."),
    ("Jane Roe said that the plan was dead.", "the plan was dead."),
])
def test_that_before_a_verb_is_the_subject_of_the_words(registry, sentence, words):
    assert [w for w, _ in spoken(registry, sentence)] == [words]
