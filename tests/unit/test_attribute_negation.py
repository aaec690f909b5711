"""Reporting verbs under negation (issue 11, unquoted statement recall): "Roe did not say
whether …", "the council would not say if …", "Doe doesn't think so" are still their subject's,
the cue carrying the "not"; a negated verb inside another's report, a passive and an
infinitive are not. Each on short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.negation import framing_verb, negated_before, negated_cue
from analysis.attribute.cues import vocab
from tests.news_text import spoken, statements


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _cues(registry, body):
    return [(s.text, s.speaker, s.cue) for s in statements(registry, body) if not s.speaker.startswith("(narrator")]


def test_negated_auxiliaries_before_a_verb():
    assert negated_before("Roe did not")
    assert negated_before("Roe hasn't")
    assert negated_before("Roe has not yet")
    assert negated_before("the board would not immediately")
    assert negated_before("Roe never")
    assert not negated_before("Roe never", aux=True)
    assert not negated_before("it was not")  # a passive's "not" is no auxiliary of do, have or a modal
    assert not negated_before("Roe said")


def test_did_not_say_with_a_question_after_it_is_the_speakers_question(registry):
    body = "Jane Roe toured the harbour on Monday. She did not say whether she would run for the seat."
    assert _cues(registry, body) == [("whether she would run for the seat.", "Jane Roe", "did not say")]


def test_a_body_that_would_not_say_keeps_the_question(registry):
    body = "The harbour board would not say when the port would reopen."
    got = _cues(registry, body)
    assert [(t, c) for t, _, c in got] == [("when the port would reopen.", "would not say")]


def test_contracted_negation_of_a_plain_verb_gives_the_words_after_it(registry):
    body = "Jane Roe spoke to the crews on Monday. She didn't explain why the port had closed for a week."
    assert _cues(registry, body) == [("why the port had closed for a week.", "Jane Roe", "didn't explain")]


def test_a_negated_belief_keeps_its_whole_sentence(registry):
    # the "not" turns the position: never the object alone as what the speaker thinks
    body = "John Doe spoke to the crews on Monday. He doesn't think the levees will hold."
    assert _cues(registry, body) == [("He doesn't think the levees will hold.", "John Doe", "doesn't think")]


def test_a_negated_verb_after_another_verb_is_inside_its_report(registry):
    body = "Jane Roe said the harbour board has not commented on the closure."
    assert spoken(registry, body) == [("the harbour board has not commented on the closure.", "Jane Roe")]


def test_a_negated_verb_before_a_trailing_attribution_is_the_reported_words(registry):
    body = "The council did not complain when the mill closed, a harbour official said."
    assert [sp for _, sp in spoken(registry, body)] == ["(unnamed official)"]


def test_a_passive_and_an_infinitive_under_negation_stay_no_speech(registry):
    assert spoken(registry, "The figure was not confirmed by anyone at the harbour.") == []
    assert spoken(registry, "Jane Roe chose to not say anything about the levy.") == []


def test_the_cue_keeps_its_negation_only_right_before_the_verb():
    u = "Roe did not say whether she would run."
    assert negated_cue(u, "say", (0, 3)) == "did not say"
    assert negated_cue("Roe said she would not run.", "said", (0, 3)) == "said"
    assert negated_cue(u, "narrator", None) == "narrator"


def test_framing_verb_of_a_negated_cue():
    v = vocab()
    assert framing_verb("Roe did not say whether she would run.", "did not say", v) == "say"
    assert framing_verb("Roe doesn't think so.", "doesn't think", v) is None
    assert framing_verb("Roe doesn't know what to do.", "doesn't know", v) == "know"
    assert framing_verb("Roe didn't expect when it would end.", "didn't expect", v) == "expect"
    assert framing_verb("Roe said so.", "said", v) is None
