"""A source that goes on speaking in the same sentence or the next: a second predicate of the
same subject ("Roe toured the mill, and criticized …"), where its words start and end."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse
from tests.news_text import news, spoken, statements


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_second_predicate_after_a_comma_and_a_conjunction_is_the_speakers(registry):
    body = "Jane Roe toured the flooded districts twice this week, and criticized the county for its slow response."
    assert spoken(registry, body) == [("the county for its slow response.", "Jane Roe")]


def test_a_second_predicate_after_but_with_an_adverb(registry):
    body = "Jane Roe met the mill's owners on Monday, but later insisted that the plant would stay open."
    assert spoken(registry, body) == [("the plant would stay open.", "Jane Roe")]


def test_a_quoted_phrase_in_the_first_predicate_stays_the_outlets(registry):
    body = 'Jane Roe has used the phrase "harbour first" in every speech, and accused the council of neglecting the docks.'
    assert spoken(registry, body) == [("the council of neglecting the docks.", "Jane Roe")]


def test_a_conjunction_before_a_subject_of_its_own_is_no_second_predicate(registry):
    body = "Jane Roe toured the flooded districts twice this week, and the farmers criticized the county for its slow response."
    assert all(sp != "Jane Roe" for _, sp in spoken(registry, body))


def test_a_second_predicate_with_its_own_auxiliary_is_a_second_statement(registry):
    body = "Jane Roe has attacked the tax breaks for new towers, and has called for an audit of the harbour fund."
    assert spoken(registry, body) == [("an audit of the harbour fund.", "Jane Roe")]


def test_a_negated_second_predicate_is_a_second_statement(registry):
    # its negation stays with it: "suggest that the cleanup was over" alone says the opposite
    body = "Jane Roe praised the crews on Monday but did not suggest that the cleanup was over."
    assert spoken(registry, body) == [("the crews on Monday", "Jane Roe"),
                                      ("did not suggest that the cleanup was over.", "Jane Roe")]


def test_an_auxiliary_of_another_tense_stays_in_the_reported_clause(registry):
    body = "Jane Roe said the owners had closed the mill and had fired the night crew."
    assert spoken(registry, body) == [("the owners had closed the mill and had fired the night crew.", "Jane Roe")]


def test_went_on_to_and_a_reporting_verb_reads_as_that_verb():
    from analysis.attribute.periphrases import read_periphrases
    u = "Roe went on to warn that the levees would not hold."
    read = read_periphrases(u)
    assert len(read) == len(u) and read.startswith("Roe warned ") and read.endswith(u[u.index(" that"):])
    assert read_periphrases("The memo goes on to call for an audit.").startswith("The memo calls for ")
    assert read_periphrases("Roe went on to say it.").startswith("Roe said ")


def test_went_on_to_and_a_verb_of_no_report_is_left_as_it_is():
    from analysis.attribute.periphrases import read_periphrases
    u = "Roe went on to win the seat, and the mill went on to close."
    assert read_periphrases(u) == u


def test_a_source_that_went_on_to_warn_is_the_speaker_of_what_follows(registry):
    body = "Jane Roe opened the session on Monday. She went on to warn that the levees would not hold."
    assert spoken(registry, body) == [("the levees would not hold.", "Jane Roe")]


def test_a_source_that_went_on_to_criticize_is_the_speaker_of_its_object(registry):
    body = "Jane Roe opened the session on Monday. Roe then went on to criticize the governor for his silence."
    assert spoken(registry, body) == [("the governor for his silence.", "Jane Roe")]


def test_a_second_predicate_after_and_in_a_sentence_with_an_introduction(registry):
    body = "In her speech, Jane Roe positioned the harbour crews as heroes and said the port would reopen in May."
    assert spoken(registry, body) == [("the port would reopen in May.", "Jane Roe")]


def test_a_verb_with_its_particle_and_a_second_verb_are_two_statements(registry):
    body = "Jane Roe called on the council to take back its words and said it had reached a new low."
    assert spoken(registry, body) == [("the council to take back its words", "Jane Roe"),
                                      ("said it had reached a new low.", "Jane Roe")]


def test_a_closing_relative_clause_of_the_speaker_is_a_second_statement(registry):
    body = "Jane Roe said the hackers had reached the council's email server, which she described as \"like an open door.\""
    assert spoken(registry, body) == [("the hackers had reached the council's email server", "Jane Roe"),
                                      ("described as \"like an open door.\"", "Jane Roe")]


def test_a_closing_relative_clause_after_an_act_is_the_speakers_too(registry):
    body = "Jane Roe touted her wins in several counties, particularly in Marion, which she describes as her second home."
    assert spoken(registry, body)[-1] == ("describes as her second home.", "Jane Roe")


def test_a_relative_clause_with_more_clauses_after_it_is_left_whole(registry):
    body = "Jane Roe said the county, which she called a model, had cut its budget."
    assert spoken(registry, body) == [("the county, which she called a model, had cut its budget.", "Jane Roe")]


def test_a_participle_after_a_closing_quotation_mark_is_a_second_statement(registry):
    body = ('Jane Roe said: "The harbour did well when it became an independent company," '
            "adding that its value doubled in less than a year.")
    assert spoken(registry, body) == [('"The harbour did well when it became an independent company,"', "Jane Roe"),
                                      ("adding that its value doubled in less than a year.", "Jane Roe")]


def test_a_verb_after_a_closing_quotation_mark_is_no_second_statement(registry):
    body = 'Jane Roe called the plan "a disaster for the harbour" and the council "deaf to the workers."'
    assert [sp for _, sp in spoken(registry, body)] == ["Jane Roe"]


def test_before_adding_after_a_comma_is_a_second_statement(registry):
    body = '"We will not back down," Jane Roe said, before adding that the council "has run out of excuses."'
    assert spoken(registry, body) == [('"We will not back down,"', "Jane Roe"),
                                      ('adding that the council "has run out of excuses."', "Jane Roe")]


def test_a_quotation_closed_by_its_full_stop_takes_a_bare_tail_after_it(registry):
    # '“…” Roe said.' written as two sentences: the tail is the quotation's speaker and verb
    # alone, with a short adjunct at most; a tail that goes on reports something of its own
    text = ("Budget.\n\nKaren Whitlow spoke on Monday.\n\n"
            "“If you are listening, I hope you find the money.” Whitlow said.\n\n"
            "“We will win.” Whitlow said the polls were wrong.\n")
    got = {s.text: (s.speaker, s.cue) for s in analyse(Document("d", "t.txt", text), registry)}
    assert got["“If you are listening, I hope you find the money.”"] == ("Karen Whitlow", "said")
    assert not any("Whitlow said." in t for t in got)  # the frame is the quotation's attribution, no statement
    assert got["the polls were wrong."] == ("Karen Whitlow", "said")


def test_a_tail_after_an_ellipsis_or_with_an_appositive_names_the_quotations_speaker(registry):
    text = ("Budget.\n\nKaren Whitlow asked whether the plan would pass.\n\n"
            "\"Well, yes. I am going to look at a lot of different options…\" Thomas Varga said.\n\n"
            "\"Perpetual motion!\" Rep. Ann Marr, a member of the panel, said of the week.\n")
    got = dict(spoken(registry, text))
    assert got["\"Well, yes."] == got["I am going to look at a lot of different options…\""] == "Thomas Varga"
    assert got["\"Perpetual motion!\""] == "Ann Marr"


def test_a_span_of_time_that_opens_the_sentence_is_no_subject(registry):
    # "Eight years ago, he … and said …": the second verb's subject is "he", not "Eight"
    text = ("Budget.\n\nThomas Varga spoke on Monday.\n\n"
            "Eight years ago, he backed the mayor and said, “The council has never done anything for us.”\n")
    got = {s.text: s.speaker for s in analyse(Document("d", "t.txt", text), registry)}
    said = [sp for t, sp in got.items() if "never done anything" in t]
    assert said == ["Thomas Varga"] and "Eight" not in got.values()


def test_a_relative_clause_of_the_subject_before_its_verb_is_a_report_of_its_own(registry):
    # "Roe, who said …, accused …": what the clause reports is Roe's, "who" its mention
    body = "Jane Roe, who said the audit was late, accused the council of hiding the figures."
    assert spoken(registry, body) == [("said the audit was late", "Jane Roe"),
                                      ("the council of hiding the figures.", "Jane Roe")]
    first = next(s for s in statements(registry, body) if s.cue == "said")
    assert news(body)[first.speaker_start:first.speaker_end] == "who"


@pytest.mark.parametrize("body", [
    '"We will not pay," said Jane Roe, who predicted that the council would lose the vote.',
    # (after the speaker's appositive)
    '"We will not pay," said Jane Roe, the head of the harbour trust, who predicted that the council would lose the vote.',
])
def test_a_closing_relative_clause_of_an_inverted_subject_is_a_second_statement(registry, body):
    assert spoken(registry, body) == [('"We will not pay,"', "Jane Roe"),
                                      ("predicted that the council would lose the vote.", "Jane Roe")]


@pytest.mark.parametrize("body", [
    '"We will not pay," said Jane Roe, who lives in Ohio.',
    "Jane Roe, who chairs the board, said the audit was late.",
    "Jane Roe, who asked not to be named because of the inquiry, said the audit was late.",
])
def test_a_relative_clause_that_reports_nothing_adds_no_statement(registry, body):
    assert len(spoken(registry, body)) == 1


def test_a_relative_clause_that_is_the_sentences_only_report_ends_at_its_comma(registry):
    # "Roe, who said …, resigned …": the main predicate after the clause is the outlet's account
    body = "Jane Roe, who said the audit was late, resigned from the harbour board on Monday."
    assert spoken(registry, body) == [("the audit was late", "Jane Roe")]
    body = "Jane Roe, who said the audit, the levy and the budget were late, resigned on Monday."
    assert spoken(registry, body) == [("the audit, the levy and the budget were late", "Jane Roe")]


def test_a_second_verb_of_a_relative_clause_ends_with_the_clause(registry):
    body = "Jane Roe, who backed Tom Vale in May and said she would campaign with him, did not show up for the race."
    said = [text for text, who in spoken(registry, body) if who == "Jane Roe"]
    assert all("show up" not in text for text in said)
    assert any(text.endswith("she would campaign with him") for text in said)
