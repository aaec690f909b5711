"""Cue classes of issue 11 (recall of attributions): speech participles of a main clause
after an introduction or a title, asides between a subject and its verb, "According to X,"
opening a sentence, "X continued:" before a quoted paragraph, progressive forms of
participles that are also adjectives. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def statements(registry, text):
    doc = Document("d", "t.txt", text, published="2021-12-02")
    sts = analyse(doc, registry)
    for s in sts:
        assert text[s.char_start:s.char_end] == s.text
    return [(s.text, s.speaker) for s in sts]


def test_a_speech_participle_after_an_introduction_belongs_to_the_main_clauses_subject(registry):
    t = ("Farms.\n\nAt a rally in Uppsala on Monday, Greta Lindqvist attacked the ministry over the "
         'drought, saying, "They have left us alone."\n')
    got = dict(statements(registry, t))
    assert got['"They have left us alone."'] == "Greta Lindqvist"


def test_a_speech_participle_after_a_title_and_a_name_is_that_persons(registry):
    t = ("Farms.\n\nVeteran farm campaigner Greta Lindqvist weighed in on the radio, emphasizing that the "
         "drought had ruined the harvest.\n")
    got = dict(statements(registry, t))
    assert got["the drought had ruined the harvest."] == "Greta Lindqvist"


def test_a_participle_with_no_speaker_in_its_main_clause_stays_narration(registry):
    t = "Farms.\n\nThe harvest failed across the region, prompting fears of a shortage.\n"
    assert [sp for _, sp in statements(registry, t)] == ["(narrator)", "(narrator)"]


@pytest.mark.parametrize("sentence", [
    "Greta Lindqvist, at a news conference on Friday, said the harvest had failed.",
    "Greta Lindqvist, speaking to reporters, said the harvest had failed.",
    "Greta Lindqvist -- a farmer who has grown rye for forty years -- said the harvest had failed.",
])
def test_an_aside_between_the_subject_and_its_verb_leaves_the_subject(registry, sentence):
    got = dict(statements(registry, "Farms.\n\n" + sentence + "\n"))
    assert got["the harvest had failed."] == "Greta Lindqvist"


def test_according_to_opening_a_sentence_is_a_frame_and_no_statement(registry):
    t = "Farms.\n\nAccording to Greta Lindqvist, the harvest had failed in every valley.\n"
    got = dict(statements(registry, t))
    assert got["the harvest had failed in every valley."] == "Greta Lindqvist"
    assert not any("According to" in text for text in got)  # the attribution, no statement
    assert got == {"Farms.": "(narrator)", "the harvest had failed in every valley.": "Greta Lindqvist"}


def test_continued_and_a_colon_introduces_the_next_quoted_paragraph(registry):
    t = ('Farms.\n\nGreta Lindqvist spoke in Uppsala.\n\nGreta Lindqvist continued:\n\n'
         '"We will plant again in the spring."\n\nPrices have continued: nobody knows why.\n')
    got = dict(statements(registry, t))
    assert got['"We will plant again in the spring."'] == "Greta Lindqvist"
    assert got["Prices have continued: nobody knows why."] == "(narrator)"


def test_a_progressive_participle_that_is_also_an_adjective_is_speech_before_a_clause(registry):
    t = ("Farms.\n\nGreta Lindqvist is demanding that the ministry pay for the lost harvest.\n\n"
         "The work in the fields is demanding.\n")
    got = dict(statements(registry, t))
    assert any(sp == "Greta Lindqvist" for text, sp in got.items() if "ministry pay" in text)
    assert got["The work in the fields is demanding."] == "(narrator)"


@pytest.mark.parametrize("sentence", [
    "Greta Lindqvist, clad in a farmer's coat, said the harvest had failed.",
    "Greta Lindqvist, when reached by phone, said the harvest had failed.",
])
def test_a_participle_or_a_when_clause_between_commas_is_an_aside(registry, sentence):
    got = dict(statements(registry, "Farms.\n\n" + sentence + "\n"))
    assert got["the harvest had failed."] == "Greta Lindqvist"


@pytest.mark.parametrize("sentence", [
    "Walking to the next farm, Greta Lindqvist recounted her childhood, and said the harvest had failed.",
    "Greta Lindqvist shook her head and said the harvest had failed.",
])
def test_a_second_verb_after_and_belongs_to_the_subject_of_the_first(registry, sentence):
    got = dict(statements(registry, "Farms.\n\n" + sentence + "\n"))
    assert "Greta Lindqvist" in got.values()


def test_a_reply_verb_is_speech_only_with_what_was_said(registry):
    t = ('Farms.\n\nGreta Lindqvist has responded to the ministry\'s letter.\n\n'
         'Greta Lindqvist replied that the harvest had failed.\n\n"Never," Greta Lindqvist replied.\n')
    got = dict(statements(registry, t))
    assert got["Greta Lindqvist has responded to the ministry's letter."] == "(narrator)"
    assert "Greta Lindqvist" in [sp for text, sp in got.items() if "harvest" in text]
    assert "Greta Lindqvist" in [sp for text, sp in got.items() if "Never" in text]


def test_a_label_after_a_headings_dash_or_after_more_from_introduces_the_quotation(registry):
    # a newsletter's item: "HEADING - Name: “…”", and "More from Name: “…”" after it
    text = ("Polls.\n\nKaren Whitlow runs a polling firm in Ohio.\n\n"
            "POLLS WERE NOT WRONG, JUST EARLY - Karen Whitlow: “The polls ended a week too early.”\n\n"
            "Signs of the shift were there all along - More from Whitlow: “Our data confirm the trend.”\n")
    got = dict(statements(registry, text))
    assert got["“The polls ended a week too early.”"] == "Karen Whitlow"
    assert got["“Our data confirm the trend.”"] == "Karen Whitlow"
