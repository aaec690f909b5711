"""A reporting verb that is mostly a noun ("reports", "notes", "states") as the last word of a
sentence, after a comma and its subject (issue 11, recall of named sources): "…, The Gazette
reports." gives the words before the comma to the Gazette; the noun ("read the reports", "their
reports") stays narration. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_named_outlet_after_a_comma_at_the_end_reports_the_sentence(registry):
    body = "Jane Roe toured the harbour on Monday. The levy raised two million pounds last year, The Harbour Gazette reports."
    assert spoken(registry, body) == [("The levy raised two million pounds last year,", "Harbour Gazette")]


def test_a_named_person_who_notes_at_the_end_is_its_speaker(registry):
    body = "Jane Roe toured the harbour on Monday. The levy has never been raised since 1990, Roe notes."
    assert spoken(registry, body) == [("The levy has never been raised since 1990,", "Jane Roe")]


@pytest.mark.parametrize("sentence", [
    "The clerk filed the harbour reports.",
    "The money went to the crews, the pilots and their reports.",
    "The levy was small, as the Harbour Gazette reports.",
])
def test_the_noun_at_the_end_of_a_sentence_stays_narration(registry, sentence):
    assert spoken(registry, "Jane Roe toured the harbour on Monday. " + sentence) == []


@pytest.mark.parametrize("sentence, words", [
    # a connective or "this" that opens a clause of its own is no introduction: the words
    # before the tail frame are the speaker's, the frame and its listener the outlet's
    ("This includes a new patrol boat for the harbour, Jane Roe told a council panel on Monday.",
     "This includes a new patrol boat for the harbour,"),
    ("But the levy will not be raised again, Jane Roe said.", "But the levy will not be raised again,"),
])
def test_a_clause_before_a_tail_frame_is_the_speakers_however_it_opens(registry, sentence, words):
    assert spoken(registry, sentence) == [(words, "Jane Roe")]


def test_an_introduction_before_the_subject_stays_the_outlets(registry):
    body = "This week, Jane Roe said the levy would not be raised again."
    assert spoken(registry, body) == [("the levy would not be raised again.", "Jane Roe")]


@pytest.mark.parametrize("body, words", [
    ("This is not about me, Roe told her closest advisers as she worked over the last address of her term.",
     "This is not about me,"),
    ("The plan is dead, Roe told reporters on Monday as the talks went into a second day and the delegates left.",
     "The plan is dead,"),
])
def test_a_tail_frame_may_close_with_its_listener_and_a_clause_of_time(registry, body, words):
    assert spoken(registry, "Jane Roe toured the harbour on Monday. " + body) == [(words, "Jane Roe")]


def test_a_clause_of_time_is_no_listener(registry):
    assert spoken(registry, "Jane Roe told reporters as they left that she would run again.") == \
        [("she would run again.", "Jane Roe")]
