"""Pronoun sources that ended as the outlet's narration (issue 11): a person whose given name
no list knows, learned from a verb only a human is the subject of; each on a short example
of our own, asserting the speaker a user sees in the statement export."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def speaker_of(registry, text, words):
    """The speaker of the statement that holds `words`."""
    doc = Document("d", "t.txt", text, published="2016-10-01")
    return next(s.speaker for s in analyse(doc, registry) if words in s.text)


@pytest.mark.parametrize("sentence", [
    "Orlaith Venmore spoke to reporters on Friday.",
    "Orlaith Venmore can be heard yelling to the officers.",
    "Orlaith Venmore then pleaded with the crowd.",
])
def test_a_person_whose_given_name_no_list_knows_is_learned_from_a_human_verb(registry, sentence):
    # the quotation after it, credited to "she", is hers, not the narrator's
    t = f"Vigil.\n\nThe crowd gathered at noon. {sentence}\n\n\"We want the truth,\" she said.\n"
    assert speaker_of(registry, t, "We want the truth") == "Orlaith Venmore"


def test_a_place_or_thing_before_a_human_verb_is_still_no_person(registry):
    # a capitalised span that opens with a word the text writes in lower case is no name
    t = "Vigil.\n\nThe court heard the case. Court Street spoke of the past, an anchor said.\n"
    doc = Document("d", "t.txt", t, published="2016-10-01")
    assert "Court Street" not in {s.speaker for s in analyse(doc, registry)}
