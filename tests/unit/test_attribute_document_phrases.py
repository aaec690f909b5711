"""Documents, polls and records as sources, in the forms news gives them (issue 11, unquoted
statement recall): plural records ("the memos show"), poll averages, a possessive of time
before the head ("last year's statistics", "Monday night's results") and a document already
cited ("the same polling", "another poll"). Each on short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.sources import document_source
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("phrase, head", [
    ("The memos", "memos"), ("the polling averages", "averages"), ("last year's statistics", "statistics"),
    ("Monday night’s results", "results"), ("the same polling", "polling"), ("another poll", "poll"),
])
def test_document_phrases(phrase, head):
    assert document_source(phrase) == (None, head)


def test_a_weekday_possessive_is_no_organisation():
    assert document_source("Tuesday's Harbour Trust report") == ("Harbour Trust", "report")


def test_the_average_of_a_named_pollster_speaks_as_it(registry):
    body = "The Harbour Polls average of recent surveys shows Jane Roe leading by four points."
    assert spoken(registry, body) == [("Jane Roe leading by four points.", "Harbour Polls")]


def test_plural_memos_as_a_source(registry):
    body = "The harbour board met on Monday. The memos show that the levy raised twice what was promised."
    assert [sp for _, sp in spoken(registry, body)] == ["(unnamed memos)"]


def test_an_average_person_is_no_document():
    assert document_source("The average voter") is None


def test_a_newspaper_named_post_is_the_outlet_not_a_post_or_its_city(registry):
    assert document_source("The Jerusalem Post") is None
    assert document_source("A Reuters/Ipsos Poll") == ("Reuters/Ipsos", "poll")  # a poll's name stays a poll
    body = "The New York Post reported that the mayor had skipped the hearing."
    assert spoken(registry, body) == [("the mayor had skipped the hearing.", "New York Post")]
