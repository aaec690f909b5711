"""A sentence that opens with a participial clause of saying (issue 11, recall of named
sources): "Citing a new survey, Roe urged …" -- the participle's words are the main clause
speaker's, a statement of their own with the participle as its cue; the participle itself and
the main clause's frame stay the outlet's. A main clause of the outlet's, or a participle that
is no saying, gives nothing. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.opening_participles import opening_participle
from analysis.attribute.cues import vocab
from tests.news_text import spoken, statements


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_the_words_of_an_opening_participle_of_saying_are_the_main_speakers(registry):
    body = "Jane Roe toured the harbour on Monday. Citing a new survey of the docks, Roe urged the council to act."
    said = spoken(registry, body)
    assert ("a new survey of the docks", "Jane Roe") in said and len(said) == 2
    cues = [s.cue for s in statements(registry, body) if s.speaker == "Jane Roe"]
    assert cues[0] == "citing"


@pytest.mark.parametrize("u", [
    "Arguing with her staff, Roe said the plan was fine.",  # a quarrel, no words said
    "Walking to the dock, Roe said the plan was fine.",    # no participle of saying
    "citing the storm, Roe left.",                          # no sentence start
])
def test_no_opening_participle_of_saying(u):
    assert opening_participle(u, vocab().clause_participles) is None


def test_an_opening_participle_before_the_outlets_own_main_clause_stays_narration(registry):
    body = "Jane Roe toured the harbour on Monday. Citing the storm, Roe cancelled the rally at the docks."
    assert spoken(registry, body) == []
