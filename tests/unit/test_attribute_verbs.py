"""Statement recall (issue 11): a source, a verb of communication or of taking a side that the
rules did not read, and what it is about ("Jane Roe endorsed John Doe", "Roe pointed to the
audit"); the same words in another sense (a passive participle, "Saudi-backed", "opposed to")
make no speaker. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import own_words, said


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("sentence, words", [
    ("Jane Roe endorsed John Doe for mayor on Tuesday.", "John Doe for mayor"),
    ("Jane Roe has long supported the harbour tunnel at council meetings.", "the harbour tunnel"),
    ("Jane Roe pointed to the audit of the port authority as proof.", "the audit of the port authority"),
    ("Jane Roe talked about the flood defences during a rally in Ostia.", "the flood defences"),
    ("Jane Roe made clear that the tunnel would be built.", "the tunnel would be built."),
])
def test_a_verb_of_communication_or_of_a_side_taken_gives_its_object(registry, sentence, words):
    body = "Jane Roe is the mayor of Ostia. " + sentence
    assert said(registry, body)[sentence] == "Jane Roe"
    assert words in own_words(registry, body, "Jane Roe")


@pytest.mark.parametrize("sentence", [
    "A militia backed by Ostia crossed the river.",
    "The Ostia-backed militia crossed the river.",
    "Farmers opposed to the tunnel marched to the harbour.",
    "The plan was supported by the harbour board.",
])
def test_a_participle_of_taking_a_side_makes_no_speaker(registry, sentence):
    got = said(registry, sentence)
    assert got[sentence] == "(narrator)"


def test_describing_is_speech_without_a_quotation(registry):
    body = "Jane Roe is the mayor of Ostia. Jane Roe described the harbour tunnel as a waste of money."
    assert said(registry, body)["Jane Roe described the harbour tunnel as a waste of money."] == "Jane Roe"


@pytest.mark.parametrize("sentence, speaker", [
    ("Jane Roe attacked John Doe for his vote on the tunnel.", "Jane Roe"),
    ("Jane Roe attacked John Doe as a fraud in a speech on Monday.", "Jane Roe"),
    ("The militia attacked the town of Ostia for hours.", "(narrator)"),
    ("Rebels attacked the base near Ostia.", "(narrator)"),
])
def test_attacking_is_speech_only_with_a_reason_a_label_or_where_it_was_said(registry, sentence, speaker):
    body = "Jane Roe is the mayor of Ostia. John Doe is her rival. " + sentence
    assert said(registry, body)[sentence] == speaker


def test_a_participle_of_communication_after_the_main_clause_is_its_subjects(registry):
    body = ("Jane Roe is the mayor of Ostia. "
            "Jane Roe said the port would close on Monday, pointing to the audit of the harbour board.")
    assert any("the audit of the harbour board" in w for w in own_words(registry, body, "Jane Roe"))
