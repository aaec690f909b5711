"""Where a reported statement starts: after an opening comment clause ("As Roe observed, …"),
whose words and connective are the outlet's."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_the_words_after_an_opening_comment_clause_are_the_speakers(registry):
    body = "Yet, as Jane Roe observed, in the first weeks of a new council the harbour fees would be easy to cut."
    assert spoken(registry, body) == [("in the first weeks of a new council the harbour fees would be easy to cut.", "Jane Roe")]


def test_a_parenthetical_frame_after_a_connective_leaves_the_words_after_it(registry):
    body = "And yet, the mayor's aides say, the ferry remains a priority for her."
    assert spoken(registry, body)[0][0] == "the ferry remains a priority for her."


def test_a_frame_with_its_comma_before_a_quotation_is_no_comment_clause(registry):
    body = 'Jane Roe said, "The ferry will keep running."'
    assert spoken(registry, body) == [('"The ferry will keep running."', "Jane Roe")]
