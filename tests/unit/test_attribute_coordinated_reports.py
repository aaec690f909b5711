"""One sentence that holds two or more reports of one speaker, their predicates joined by "and",
"but", "or" or a dash ("Roe said … and encouraged …", "Roe refuses to release … or explain …"):
one statement per predicate, each with its own cue, the offsets exact; never a coordination
inside a quotation, nor one of another tense inside the reported clause."""
import pytest

from analysis.actors import load_registry
from tests.news_text import news, spoken, statements


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def reports(registry, body):
    """(text, speaker, cue) of every statement that is not the outlet's, offsets checked."""
    text = news(body)
    sts = statements(registry, body)
    assert all(s.text == text[s.char_start:s.char_end] for s in sts)
    return [(s.text, s.speaker, s.cue) for s in sts if not s.speaker.startswith("(narrator")]


def test_a_verb_of_urging_after_and_is_a_second_report(registry):
    body = "Jane Roe tweeted that the levy was a disaster and encouraged voters to call the county board."
    assert reports(registry, body) == [("the levy was a disaster", "Jane Roe", "tweeted"),
                                       ("encouraged voters to call the county board.", "Jane Roe", "encouraged")]


def test_an_act_after_and_is_a_second_report(registry):
    body = "Jane Roe railed against the budget office and mocked the governor for his silence on the levy."
    assert [cue for _, _, cue in reports(registry, body)] == ["railed", "mocked"]


def test_a_second_infinitive_after_or_is_a_second_report(registry):
    body = "Jane Roe refuses to release her tax records or explain how the harbour fund was spent."
    got = reports(registry, body)
    assert [(t, cue) for t, _, cue in got] == [("to release her tax records", "refuses"),
                                               ("explain how the harbour fund was spent.", "explain")]


def test_a_progressive_first_report_and_a_past_second_one(registry):
    body = "Jane Roe was defending the agency against the governor's attacks, but admitted that some funds were lost."
    got = reports(registry, body)
    assert [cue for _, _, cue in got] == ["defending", "admitted"]
    assert got[1][0] == "admitted that some funds were lost."


def test_three_predicates_are_three_reports(registry):
    body = "Jane Roe said the port would close, warned that jobs would go and urged the council to act before the vote."
    assert [(t, cue) for t, _, cue in reports(registry, body)] == [
        ("the port would close", "said"), ("warned that jobs would go", "warned"),
        ("urged the council to act before the vote.", "urged")]


def test_a_speech_participle_after_a_dash_is_a_second_report(registry):
    body = "Jane Roe said voters were angry about the closures — arguing that the county had ignored them."
    assert [cue for _, _, cue in reports(registry, body)] == ["said", "arguing"]


def test_a_second_participle_after_a_first_one(registry):
    body = "Jane Roe was mocking the governor's plan for the harbour and pointedly saying the city was not safe."
    assert [cue for _, _, cue in reports(registry, body)] == ["mocking", "saying"]


def test_a_coordination_inside_a_quotation_stays_one_report(registry):
    body = 'Jane Roe said the plan "failed the city and encouraged fraud" in every ward of the county.'
    assert len(spoken(registry, body)) == 1


def test_or_before_a_verb_of_another_form_stays_in_the_reported_clause(registry):
    body = "Jane Roe asked whether the voters wanted change or feared the cost of the new harbour."
    assert len(spoken(registry, body)) == 1


def test_the_participle_of_a_speech_verb_after_a_comma_is_a_second_report(registry):
    body = "Jane Roe agreed to a long interview with the Herald on Monday, answering questions about the harbour fund."
    assert [cue for _, _, cue in reports(registry, body)] == ["agreed", "answering"]


def test_a_participle_of_no_speech_verb_stays_in_the_report(registry):
    body = "Jane Roe said the port would close in May, leaving the crews without work for the summer."
    assert len(spoken(registry, body)) == 1


def test_a_speech_participle_after_aside_from_is_a_second_report(registry):
    body = "Jane Roe refuses to discuss the harbour fund, aside from saying she wants a full audit of it."
    assert [cue for _, _, cue in reports(registry, body)] == ["refuses", "saying"]


@pytest.mark.parametrize("sentence, words", [
    ('When asked about the ferry, Jane Roe thought for a moment and said, "It will run."', '"It will run."'),
    ('Last month, when I asked Jane Roe about the ferry, she frowned and said, "It will run."', '"It will run."'),
])
def test_a_verb_after_and_takes_the_subject_after_an_opening_clause(registry, sentence, words):
    assert spoken(registry, sentence) == [(words, "Jane Roe")]


def test_a_speech_participle_after_while_is_the_main_subjects(registry):
    sentence = "Jane Roe had a mixed view of the plan, while saying that the new pier reassured her."
    assert spoken(registry, sentence) == [("the new pier reassured her.", "Jane Roe")]


def test_a_verb_after_a_comma_and_then_is_the_first_subjects(registry):
    sentence = "Jane Roe jokingly offered the man a job at the port, then says she will take advice from anyone."
    assert spoken(registry, sentence) == [("she will take advice from anyone.", "Jane Roe")]
