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
