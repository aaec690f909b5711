"""Pollsters and research houses named by one word before their poll, survey or study (issue
11, organisations as sources): "a Pierpoll survey found" speaks as Pierpoll; a state, an
adjective or a modifier that opens the phrase names nobody. Short examples of our own."""
import pytest

from analysis.attribute.pollsters import names_pollster
from analysis.attribute.sources import document_source
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("body, speaker", [
    ("A Pierpoll survey found Jane Roe leading by four points.", "Pierpoll"),
    ("The Harbourview poll showed Jane Roe ahead in the eastern wards.", "Harbourview"),
    ("According to a Baymark study, wages in the county fell last year.", "Baymark"),
])
def test_one_word_before_a_poll_names_its_pollster(registry, body, speaker):
    assert [sp for _, sp in spoken(registry, body)] == [speaker]


@pytest.mark.parametrize("body", [
    "A Vermont poll showed Jane Roe ahead in the eastern wards.",
    "A Democratic poll showed Jane Roe ahead in the eastern wards.",
    "New polls released Sunday show Jane Roe ahead in the eastern wards.",
])
def test_a_place_an_adjective_or_a_modifier_names_no_pollster(registry, body):
    assert [sp for _, sp in spoken(registry, body)][0].startswith("(unnamed poll")


def test_a_report_keeps_its_one_word_unnamed(registry):
    """One word before a report may be a person's surname: no organisation is made of it."""
    assert not names_pollster("Roe", "report", registry)
    assert names_pollster("Pierpoll", "survey", registry)


def test_a_modifier_that_opens_the_phrase_is_no_part_of_the_name():
    assert document_source("Another recent Pier News/Harbour Journal poll") == ("Pier News/Harbour Journal", "poll")
    assert document_source("Exit polls") == (None, "polls")
    assert document_source("New Harbour Times poll")[0] == "New Harbour Times"


def test_a_named_poll_inside_the_clause_speaks_its_figures(registry):
    body = "Jane Roe led John Doe by six points in a new Pier News poll released Thursday."
    assert spoken(registry, body) == [("Jane Roe led John Doe by six points", "Pier News")]


def test_a_named_poll_before_a_comma_appendix(registry):
    body = "John Doe was at 25 percent support in the most recent Harbourview poll, up eight points from March."
    assert spoken(registry, body) == [("John Doe was at 25 percent support", "Harbourview")]


def test_an_unnamed_poll_inside_the_clause_is_the_outlets(registry):
    assert spoken(registry, "Jane Roe has led in the polls for months.") == []


@pytest.mark.parametrize("phrase, reading", [
    ("A Bureau of Pier Statistics report released Friday", ("Bureau of Pier Statistics", "report")),
    ("a Center for Pier Progress study", ("Center for Pier Progress", "study")),
    ("A University of Pier poll out this week", ("University of Pier", "poll")),
])
def test_of_and_for_inside_an_organisations_name(phrase, reading):
    assert document_source(phrase) == reading


def test_a_name_that_ends_in_a_document_word_is_no_document():
    """ "the Bureau of Pier Statistics" is the bureau itself, read as a name elsewhere."""
    assert document_source("the Bureau of Pier Statistics") is None


def test_and_between_two_names_joins_no_single_name():
    assert document_source("the Pier and Roe polls") != ("Pier and Roe", "polls")


def test_a_poll_by_a_university_speaks_as_it(registry):
    body = "A University of Pier poll out this week shows Jane Roe with an 8-point lead over John Doe."
    assert spoken(registry, body) == [("Jane Roe with an 8-point lead over John Doe.", "University of Pier")]
