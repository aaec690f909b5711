"""A capitalised word that opens a sentence is a name only with evidence that it is one
(issue 11): a closed-class word (a preposition, determiner, conjunction, auxiliary or sentence
adverb) before a surname is no part of the name, unless the document writes it capitalised in
the middle of a sentence or it is a given name. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.evidence import capitalised_mid_sentence, closed_class_words, sentence_word
from analysis.model import Document
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def speakers(registry, text):
    doc = Document("d", "t.txt", text, published="2016-10-01")
    return [s.speaker for s in analyse(doc, registry) if s.speaker != "(narrator)"]


def test_a_pronoun_like_word_before_a_surname_is_no_given_name(registry):
    t = "Tax.\n\nEverything Pruett said on Monday was about the budget, and Alan Pruett said the plan was fair.\n"
    got = speakers(registry, t)
    assert "Everything Pruett" not in got
    assert set(got) == {"Alan Pruett"}


def test_a_preposition_before_a_surname_is_no_speaker(registry):
    assert speakers(registry, "Tax.\n\nBesides Halvorsen said the plan was fair.\n") == []


def test_a_given_name_that_is_also_a_word_stays_a_name(registry):
    assert speakers(registry, "Tax.\n\nWill Halvorsen said the plan was fair.\n") == ["Will Halvorsen"]


def test_a_closed_class_word_written_capitalised_mid_sentence_is_a_name(registry):
    t = "Tax.\n\nThe One Campaign said the plan was fair. One Campaign officials agreed.\n"
    assert set(speakers(registry, t)) == {"One Campaign"}


def test_a_numeral_may_open_a_name_of_several_words():
    assert "zero" not in closed_class_words(numerals=False)
    assert not sentence_word("Zero Hedge said so.", ["Zero", "Hedge"])


def test_the_word_classes_come_from_the_data_file():
    words = closed_class_words()
    assert {"amid", "regarding", "everything", "should", "earlier", "one"} <= words
    assert not {"will", "may"} & words  # given names and surnames (Will Hurd, Theresa May) are kept out


def test_capitalised_only_at_sentence_starts():
    t = "Amid the talks, nothing moved. Officials met amid protests.\n\"Amid\" is a word."
    assert not capitalised_mid_sentence(t, "Amid")
    assert capitalised_mid_sentence("We met at the Amid Hotel.", "Amid")


@pytest.mark.parametrize("text, word", [
    ("Amid reports of a deal the mayor stayed quiet, saying nothing.", "Amid"),
    ("Earlier this week the mayor spoke to reporters, saying the plan was fair.", "Earlier"),
    ("Despite objections the council voted and said the plan was fair.", "Despite"),
])
def test_a_lone_preposition_or_adverb_opening_a_sentence_never_speaks(registry, text, word):
    assert word not in speakers(registry, f"Tax.\n\n{text}\n")


def test_a_lone_determiner_or_numeral_is_left_to_the_subject_rules():
    # "Another said …", "One says …": a subject of its own, not a word that opens a name
    assert not sentence_word("Another said so.", ["Another"])
    assert not sentence_word("One says so.", ["One"])
    assert sentence_word("Amid the talks, nothing moved.", ["Amid"])


@pytest.mark.parametrize("opening", [
    "Amid calls from some to build lists that would name those involved",
    "Despite claims from rivals that would sink the plan",
])
def test_the_subject_after_an_opening_phrase_speaks(registry, opening):
    t = f"Tax.\n\n{opening}, Orla Pruett offered a defence of the plan, saying it was fair.\n"
    # (the offer of a defence and the participle after it: one statement each, both hers)
    assert set(speakers(registry, t)) == {"Orla Pruett"}
