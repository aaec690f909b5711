"""A sentence of the outlet that reports two people's words in two clauses gives each clause
its own speaker."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_second_clause_with_its_own_subject_has_its_own_speaker(registry):
    body = "Jane Roe said the bill would pass easily, but John Doe warned that it would fail in the Senate."
    assert spoken(registry, body) == [("the bill would pass easily", "Jane Roe"),
                                      ("it would fail in the Senate.", "John Doe")]


def test_a_group_as_the_second_subject(registry):
    body = "Jane Roe proposed dropping the tax as promised, while economists argued that the plan still favoured the rich."
    got = spoken(registry, body)
    assert got[-1] == ("the plan still favoured the rich.", "(unnamed economists)")
    assert all("economists" not in t for t, s in got if s == "Jane Roe")


def test_a_passive_second_clause_is_no_report(registry):
    body = "Insiders will select 27 delegates to the convention on Saturday, and Roe is assured to be shut out."
    assert spoken(registry, body) == []


def test_an_adverb_after_a_quantifier_is_no_subject(registry):
    body = "Jane Roe vowed to ban the imports, declined to criticize the union, and most recently defended the tariff."
    assert spoken(registry, body) == [
        ("vowed to ban the imports, declined to criticize the union, and most recently defended the tariff.", "Jane Roe")]


def test_a_second_subject_in_the_progressive_opens_a_clause_of_its_own(registry):
    body = "John Doe has vowed to bring back lost mining jobs, and Jane Roe is promising to help miners retrain."
    said = spoken(registry, body)
    assert said[0] == ("vowed to bring back lost mining jobs", "John Doe")
    assert said[1][1] == "Jane Roe"


def test_a_subordinate_clause_that_reports_speech_is_its_subjects_statement(registry):
    # "While Roe said …, she said …": the subordinate clause is a report of its own, cut off
    # at the comma (or the quotation mark after a quoted comma) before the main clause
    text = ("Budget.\n\nKaren Whitlow testified on Monday.\n\n"
            "While Whitlow said there was clear evidence that the plan was “badly drafted,” she said "
            "there is no reason to withdraw it.\n\n"
            "While the city grew, the council spent more.\n")
    got = {s.text: (s.speaker, s.cue) for s in analyse(Document("d", "t.txt", text), registry)}
    assert got["there was clear evidence that the plan was “badly drafted,”"] == ("Karen Whitlow", "said")
    assert got["there is no reason to withdraw it."] == ("Karen Whitlow", "said")
    assert got["While the city grew, the council spent more."][1] == "narrator"


def test_another_share_of_a_poll_opens_a_second_clause(registry):
    body = "Some 40 percent said they would keep the ferry, while 22 percent said they might change their minds."
    assert spoken(registry, body) == [("they would keep the ferry", "(unnamed respondents)"),
                                      ("they might change their minds.", "(unnamed respondents)")]
    body = "Most harbour voters said the levy was fair, and three-quarters said the same of the toll."
    assert spoken(registry, body)[-1] == ("the same of the toll.", "(unnamed respondents)")


def test_a_share_inside_a_reported_clause_or_without_its_head_opens_none(registry):
    body = "The Harbour Trust poll also finds that, while 37 percent say the levy is fair, most want it cut."
    assert [sp for _, sp in spoken(registry, body)] == ["Harbour Trust"]
    body = "Half of the fund comes from the port, and almost half of her support comes from the town."
    assert spoken(registry, body) == []


def test_a_share_after_while_and_a_closing_quotation(registry):
    body = 'Only 52 percent agreed that the port is "safe enough to stay open," while 73 percent said the same of the pier.'
    assert spoken(registry, body)[-1] == ("the same of the pier.", "(unnamed respondents)")
