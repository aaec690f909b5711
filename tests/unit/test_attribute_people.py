"""Statement recall (issue 11): unquoted reports by people that stayed narration: groups
named by a possessor ("Jane Roe's allies"), shares of those polled, and the other subject
and verb forms of people's reports. Each on short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import said, own_words


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_group_named_by_its_possessor_is_an_unnamed_group(registry):
    body = ("Tom Varga's closest associates insist he will run again. "
            "Even some of Varga's allies have argued that the tolls are too high. "
            "Mayor Jane Roe's biggest boosters on the council predicted an easy win.")
    got = said(registry, body)
    assert got["Tom Varga's closest associates insist he will run again."] == "(unnamed associates)"
    assert got["Even some of Varga's allies have argued that the tolls are too high."] == "(unnamed allies)"
    assert got["Mayor Jane Roe's biggest boosters on the council predicted an easy win."] == "(unnamed boosters)"
    assert own_words(registry, body, "(unnamed associates)") == ["he will run again."]


def test_a_possessor_before_a_clause_is_no_group(registry):
    body = "Roe's victory hands her a majority of the town's 12 pledged seats, helping her pass the budget."
    got = said(registry, body)
    assert got[body] == "(narrator)"


def test_half_or_a_mere_share_of_those_polled_are_respondents(registry):
    body = "Nearly half said the canal is worth the cost. A mere 9 percent say they trust the council."
    got = said(registry, body)
    assert got["Nearly half said the canal is worth the cost."] == "(unnamed respondents)"
    assert got["A mere 9 percent say they trust the council."] == "(unnamed respondents)"


def test_a_judgement_said_of_someone_is_a_statement_that_keeps_its_verb(registry):
    body = ("Mayor Jane Roe congratulated Tom Varga for winning the vote. "
            "Varga faulted the council for hiding the budget. "
            "The militia attacked the town at dawn.")
    got = said(registry, body)
    assert got["Mayor Jane Roe congratulated Tom Varga for winning the vote."] == "Jane Roe"
    # (what the act is about is the statement, its verb the statement's cue)
    assert own_words(registry, body, "Jane Roe") == ["Tom Varga for winning the vote."]
    assert got["Varga faulted the council for hiding the budget."] == "Tom Varga"
    assert got["The militia attacked the town at dawn."] == "(narrator)"


def test_groups_named_by_suffix_initials_or_a_collective_quantifier(registry):
    body = ("But conservationists worry that the dam will drain the marsh. "
            "Other E.U. diplomats have proposed a joint fund for the port. "
            "A chorus of local Republicans has said the levy is unfair. "
            "Companies and individuals complain that the tolls are too high.")
    got = said(registry, body)
    assert got["But conservationists worry that the dam will drain the marsh."] == "(unnamed conservationists)"
    assert got["Other E.U. diplomats have proposed a joint fund for the port."] == "(unnamed diplomats)"
    assert got["A chorus of local Republicans has said the levy is unfair."] == "(unnamed Republicans)"
    assert got["Companies and individuals complain that the tolls are too high."] == "(unnamed individuals)"


def test_a_verb_ending_like_a_group_is_no_group(registry):
    body = "The mayor's office insists the road will open. Twists and turns followed the vote."
    got = said(registry, body)
    assert got["Twists and turns followed the vote."] == "(narrator)"


def test_a_parenthesis_between_subject_and_verb(registry):
    body = ("Sen. Jane Roe (a Democrat so young she was taken for an intern) says she was unfocused. "
            "Tom Varga (who has 25 delegates) said he can still win.")
    got = said(registry, body)
    assert got["Sen. Jane Roe (a Democrat so young she was taken for an intern) says she was unfocused."] == "Jane Roe"
    assert got["Tom Varga (who has 25 delegates) said he can still win."] == "Tom Varga"
    assert own_words(registry, body, "Tom Varga") == ["he can still win."]


def test_a_clause_after_the_verb_is_no_inverted_subject(registry):
    body = ("Mayor Tom Varga spoke on Monday. "
            "Sen. Jane Roe, chairwoman of the budget committee, said having Varga on the ticket helps.")
    got = said(registry, body)
    assert got["Sen. Jane Roe, chairwoman of the budget committee, said having Varga on the ticket helps."] \
        == "Jane Roe"
    assert own_words(registry, body, "Jane Roe") == ["having Varga on the ticket helps."]


def test_calling_or_describing_something_without_quotation_marks(registry):
    body = ("Mayor Jane Roe spoke on Monday. She has called the closure a moment of shame. "
            "Tom Varga describes himself as a fiscal conservative. "
            "Roe called the police. Roe called it a day. Varga called her a few times. "
            "They held a party called Spring Fling at a former mill.")
    got = said(registry, body)
    assert got["She has called the closure a moment of shame."] == "Jane Roe"
    assert own_words(registry, body, "Jane Roe") == ["the closure a moment of shame."]
    assert got["Tom Varga describes himself as a fiscal conservative."] == "Tom Varga"
    for narration in ("Roe called the police.", "Roe called it a day.", "Varga called her a few times.",
                      "They held a party called Spring Fling at a former mill."):
        assert got[narration] == "(narrator)"


def test_an_adjective_of_belief_or_feeling_before_that_reports_a_position(registry):
    body = ("Mayor Jane Roe spoke on Monday. Roe is confident that the levy will pass. "
            "Her aides were increasingly worried that the vote would fail. "
            "The town is sure to vote. The road is wide that runs to the mill. "
            "It is certain that the mill will close. We are convinced that the mill will close.")
    got = said(registry, body)
    assert got["Roe is confident that the levy will pass."] == "Jane Roe"
    assert own_words(registry, body, "Jane Roe") == ["the levy will pass."]
    assert own_words(registry, body, "(unnamed aides)") == ["the vote would fail."]
    assert got["The town is sure to vote."] == "(narrator)"
    assert got["The road is wide that runs to the mill."] == "(narrator)"
    assert got["It is certain that the mill will close."] == "(narrator)"
    assert got["We are convinced that the mill will close."] == "(narrator)"


def test_a_share_of_those_asked_or_of_a_group_polled(registry):
    from analysis.attribute.group_sources import group_source
    assert group_source("Thirty-one percent of those surveyed").name == "(unnamed respondents)"
    assert group_source("Some 56 percent of Mexican-Americans polled").name == "(unnamed Mexican-Americans)"
    assert group_source("a full 79 percent of Democrats").name == "(unnamed Democrats)"
    assert group_source("the tables surveyed") is None  # no share before it: no one asked


def test_a_share_saying_in_an_absolute_clause_of_the_outlets(registry):
    from tests.news_text import spoken
    body = "Jane Roe has slightly improved her standing, with 30 percent of voters saying they trust her."
    assert spoken(registry, body) == [("they trust her.", "(unnamed voters)")]
    body = "Voters shrugged off the choice, with three in 10 saying the deputy would not change their vote."
    assert spoken(registry, body) == [("the deputy would not change their vote.", "(unnamed respondents)")]
    body = "The board met with the tenants, with the mayor saying nothing."  # no share: no poll's report
    assert all(sp != "(unnamed respondents)" for _, sp in spoken(registry, body))
