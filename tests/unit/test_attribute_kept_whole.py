"""Issue 11, a sentence whose verb no frame or act reading answered for: what the speaker holds
or did is what follows the subject and the verb ("Regarding the war, Roe defended the process"
-> "the process"), not the outlet's opening, subject and verb. Not a comment between commas, a
verb that closes the sentence, a short adjunct after the verb, a negated verb. Short examples
of our own."""
import pytest

from analysis.attribute.kept_whole import words_after_verb
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("sentence, words", [
    ("Regarding the war in Ruritania, Roe defended the process, though not the results.",
     "the process, though not the results."),
    ("Like her rivals, Roe has reckoned with the protest movement.", "with the protest movement."),
    # a clause of the outlet's sentence: what the speaker did is still the words after the verb
    ("The ad ends with footage of Tom Pier, when Roe blasted him for not paying his taxes.",
     "him for not paying his taxes."),
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


def test_the_subject_and_its_auxiliaries_before_the_verb():
    u = "Like her rivals, Roe has long reckoned with the protest movement."
    at = u.index("Roe")
    assert u[words_after_verb(u, "reckoned", (at, at + 3)):] == "with the protest movement."
