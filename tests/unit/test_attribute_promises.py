""""promised" before its infinitive is a person's commitment in words ("He has promised to cut
taxes"), not a state's policy ("Moscow had promised not to send them"), and inside another
speaker's report it stays that speaker's words, as an intention does. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken_after_brandt as spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_pronoun_that_promised_is_the_speaker_of_the_infinitive(registry):
    assert spoken(registry, "He has promised to cut taxes for every family in the state.") == [
        ("Walter Brandt", "to cut taxes for every family in the state.")]


def test_a_state_that_had_promised_is_narration(registry):
    assert spoken(registry, "Moscow had promised not to send the jets to Damascus.") == []


def test_a_promise_without_an_infinitive_is_no_speech(registry):
    assert spoken(registry, "He promised the county a new bridge and a school.") == []


def test_a_promise_someone_else_reports_is_the_reporters(registry):
    said = spoken(registry, "Jane Roe said Brandt promised to drop out of the race.")
    assert [sp for sp, _ in said] == ["Jane Roe"]


def test_a_day_between_the_promise_and_its_infinitive(registry):
    assert spoken(registry, "He promised on Tuesday to cut taxes for every family in the state.") == [
        ("Walter Brandt", "on Tuesday to cut taxes for every family in the state.")]


def test_a_promise_in_a_clause_is_the_speakers(registry):
    assert spoken(registry, "He promised voters that the new bridge would open by May.")[0][0] == "Walter Brandt"
    assert spoken(registry, "He promised his whole plan would be paid for by a levy on ferries.") == [
        ("Walter Brandt", "his whole plan would be paid for by a levy on ferries.")]
