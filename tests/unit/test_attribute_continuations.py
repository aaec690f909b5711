"""A source that goes on speaking in the same sentence or the next: a second predicate of the
same subject ("Roe toured the mill, and criticized …"), where its words start and end."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken


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
    body = "Jane Roe praised the crews on Monday but did not suggest that the cleanup was over."
    assert spoken(registry, body) == [("the crews on Monday", "Jane Roe"),
                                      ("suggest that the cleanup was over.", "Jane Roe")]


def test_an_auxiliary_of_another_tense_stays_in_the_reported_clause(registry):
    body = "Jane Roe said the owners had closed the mill and had fired the night crew."
    assert spoken(registry, body) == [("the owners had closed the mill and had fired the night crew.", "Jane Roe")]
