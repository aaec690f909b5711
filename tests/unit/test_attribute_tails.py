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
