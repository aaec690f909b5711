"""Stance said in a verb phrase (issue 11, recall of named sources): a light verb with a noun
of saying ("made the case that …", "voiced support for …", "cast doubt on …") and "be" with a
predicate of attitude ("has been critical of …", "is a fierce supporter of …") are read as the
plain verb, so the named subject is the speaker of the complement and the frame the outlet's.
Acts, negations and other uses of the same words stay narration. Short examples of our own."""
import pytest

from analysis.attribute.stance_periphrases import read_stance_periphrases
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("u, head", [
    ("Roe made the case that the levy is fair.", "Roe argued "),
    ("Roe makes a strong case for the levy.", "Roe supports "),
    ("Roe voiced support for the levy.", "Roe supported "),
    ("Roe cast doubt on the count.", "Roe questioned "),
    ("Roe has been critical of the levy.", "Roe has criticized "),
    ("Roe was especially critical of the levy.", "Roe especially criticized "),
    ("Roe is a fierce supporter of the levy.", "Roe supports "),
    ("The crews are opposed to the levy.", "The crews oppose "),
    ("Roe repeated her contention that the levy is unfair.", "Roe argued "),
    ("Roe repeated accusations that the mayor lied.", "Roe alleged "),
])
def test_a_stance_phrase_reads_as_its_plain_verb_at_the_same_offsets(u, head):
    read = read_stance_periphrases(u)
    assert len(read) == len(u) and read.startswith(head)


@pytest.mark.parametrize("u", [
    "The lawyer took the case for free.",       # an act, not a stance
    "Roe is not opposed to the levy.",          # negated
    "Roe offered no support for the levy.",     # negated by its determiner
    "Roe made a video for the campaign.",       # no noun of saying
    "Roe is a member of the council.",          # no predicate of attitude
    "I will make this promise to you: we will win.",  # "to" a preposition, not an infinitive
    "Roe repeated the test on Monday.",         # no noun of saying
])
def test_other_uses_of_the_same_words_stay_as_they_are(u):
    assert read_stance_periphrases(u) == u


def test_the_named_subject_of_a_stance_phrase_is_the_speaker_of_its_complement(registry):
    body = "Jane Roe toured the harbour on Monday. Roe has been critical of the new levy on fishing boats."
    assert spoken(registry, body) == [("the new levy on fishing boats.", "Jane Roe")]


def test_a_case_made_for_a_person_is_support_for_that_person(registry):
    body = "Jane Roe spoke in Leeds on Monday. Roe made the case for John Doe on Tuesday."
    [(words, speaker)] = spoken(registry, body)
    assert words.startswith("John Doe") and speaker == "Jane Roe"


def test_a_narrator_sentence_with_an_act_stays_narration(registry):
    body = "Jane Roe spoke in Leeds on Monday. Roe made a donation for the flood victims of the city."
    assert spoken(registry, body) == []


def test_against_a_thing_is_no_stance_of_a_thing(registry):
    body = "Jane Roe spoke in Leeds on Monday. The old ship was against the quay all winter."
    assert spoken(registry, body) == []


@pytest.mark.parametrize("u, head", [
    ("Roe spoke emotionally of the flood.", "Roe spoke of "),
    ("Roe spoke out on Tuesday about the levy.", "Roe spoke about "),
    ("Roe is talking about the levy.", "Roe talks about "),
    ("Roe has been talking about the levy.", "Roe has talked about "),
    ("Roe spoke highly of the crews.", "Roe praised "),
    ("Roe spoke out sharply against the levy.", "Roe criticized "),
])
def test_a_verb_of_talking_with_adverbs_or_in_the_progressive_reads_as_its_plain_form(u, head):
    read = read_stance_periphrases(u)
    assert len(read) == len(u) and read.startswith(head)


@pytest.mark.parametrize("u", ["Roe spoke on Tuesday against the levy.", "Roe talked quietly to the crews."])
def test_talking_without_a_topic_or_a_stance_stays_as_it_is(u):
    assert read_stance_periphrases(u) == u


def test_the_topic_a_named_person_spoke_warmly_of_is_theirs(registry):
    body = "Jane Roe toured the harbour on Monday. Roe spoke warmly of the volunteer crews."
    assert spoken(registry, body) == [("the volunteer crews.", "Jane Roe")]


@pytest.mark.parametrize("body, words", [
    # "offered" with something said as its object; "hopes" before a clause of its own
    ("Jane Roe offered some pointed advice to the council on Friday.", "some pointed advice to the council on Friday."),
    ("Jane Roe offered her firmest promise yet that the levy would not rise.",
     "her firmest promise yet that the levy would not rise."),
    ("Jane Roe hopes her latest endorsement will give her a lift.", "her latest endorsement will give her a lift."),
])
def test_an_offer_of_words_and_a_hope_before_a_clause_are_the_subjects(registry, body, words):
    assert spoken(registry, body) == [(words, "Jane Roe")]


@pytest.mark.parametrize("body", [
    "Jane Roe offered a job to the harbour pilot.",
    "Jane Roe's hopes are fading.",
    "Jane Roe hopes for a quiet week.",
])
def test_an_offer_of_a_thing_and_hopes_as_a_noun_stay_narration(registry, body):
    assert spoken(registry, body) == []


@pytest.mark.parametrize("body, words", [
    # likening X to Y is a judgement of the subject's
    ("Jane Roe compared the new levy to theft.", "the new levy to theft."),
    ("Jane Roe likened the mayor to a dictator.", "the mayor to a dictator."),
])
def test_likening_one_thing_to_another_is_the_subjects_judgement(registry, body, words):
    assert spoken(registry, body) == [(words, "Jane Roe")]


@pytest.mark.parametrize("body", [
    "Harbour fees rose 4 percent compared with last year.",
    "Jane Roe compared prices to find a cheaper ferry.",
])
def test_a_comparison_of_figures_or_an_act_of_comparing_stays_narration(registry, body):
    assert spoken(registry, body) == []


@pytest.mark.parametrize("u, head", [
    ("Roe took a shot at the mayor.", "Roe criticized "),
    ("Roe also took some shots at the mayor.", "Roe also criticized "),
    ("Roe took multiple swipes at the mayor.", "Roe criticized "),
    ("Roe takes a dig at the council.", "Roe criticizes "),
    ("Roe took jabs at the council.", "Roe criticized "),
])
def test_an_idiom_of_verbal_attack_reads_as_criticized(u, head):
    read = read_stance_periphrases(u)
    assert len(read) == len(u) and read.startswith(head)


def test_the_named_subject_of_an_idiom_of_verbal_attack_is_its_speaker(registry):
    body = "Jane Roe spoke in Leeds on Monday. Roe also took a shot at the council over the new levy."
    [(words, speaker)] = spoken(registry, body)
    assert words.startswith("the council") and speaker == "Jane Roe"


def test_taking_aim_stays_out_of_the_idioms_of_verbal_attack():
    u = "The troops took aim at the bridge."
    assert read_stance_periphrases(u) == u


@pytest.mark.parametrize("u, head", [
    ("Roe made comments about the levy.", "Roe talked about "),
    ("Roe has made several sharp statements about the levy.", "Roe has talked about "),
])
def test_remarks_made_about_a_topic_read_as_talked_about(u, head):
    read = read_stance_periphrases(u)
    assert len(read) == len(u) and read.startswith(head)


def test_comments_made_on_a_day_stay_as_they_are():
    u = "Roe made comments on Monday."
    assert read_stance_periphrases(u) == u
