"""Issue 11, a sentence whose verb no frame or act reading answered for: what the speaker holds
or did is what follows the subject and the verb ("Regarding the war, Roe defended the process"
-> "the process"), not the outlet's opening, subject and verb. Not a comment between commas, a
verb that closes the sentence, a short adjunct after the verb, a negated verb. Short examples
of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("sentence, words", [
    ("Regarding the war in Ruritania, Roe defended the process, though not the results.",
     "the process, though not the results."),
    ("Like her rivals, Roe has reckoned with the protest movement.", "with the protest movement."),
])
def test_the_words_after_the_subject_and_verb_are_the_speakers(registry, sentence, words):
    body = "Jane Roe spoke on Monday. " + sentence
    assert (words, "Jane Roe") in spoken(registry, body)


@pytest.mark.parametrize("sentence", [
    "A Roe presidency, she vowed, would bring better jobs.",  # a comment between commas
    "The truth, Roe said then, was that the county had erred.",
    "He doesn't think the levees will hold.",  # a negated verb: the whole sentence
    "Jane Roe commented on Monday.",  # an adjunct after the verb: no words of hers
])
def test_the_sentence_stays_whole(registry, sentence):
    body = "Jane Roe spoke on Monday. " + sentence
    assert [w for w, _ in spoken(registry, body)] in ([sentence], [])
