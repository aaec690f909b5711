"""A reporting verb after a verb of continuation or appearance (issue 11, unquoted statement
recall): "Roe continues to insist …", "Doe appeared to suggest …", "they continue to argue …"
read as the reporting verb alone; "prices continued to rise", "Roe began to argue" stay as
they are. Each on short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.periphrases import read_periphrases
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("u, head", [
    ("Roe continues to insist that the levy is fair.", "Roe insists "),
    ("Roe continued to argue that the levy was fair.", "Roe argued "),
    ("Roe appeared to suggest that the port would close.", "Roe suggested "),
    ("Roe seems to feel the vote is lost.", "Roe feels "),
    ("The crews continue to argue that the levy is unfair.", "The crews argue "),
])
def test_continuation_and_appearance_before_a_reporting_verb_read_as_that_verb(u, head):
    read = read_periphrases(u)
    assert len(read) == len(u) and read.startswith(head)


@pytest.mark.parametrize("u", [
    "Prices continued to rise through the winter.", "Roe began to argue that the levy was fair.",
    "Roe tried to argue that the levy was fair.", "The port appears to be closed.",
])
def test_no_reporting_verb_after_it_or_another_catenative_stays_as_it_is(u):
    assert read_periphrases(u) == u


def test_a_source_that_continues_to_insist_is_the_speaker_of_what_follows(registry):
    body = "Jane Roe toured the harbour on Monday. She continues to insist that the levees will hold."
    assert spoken(registry, body) == [("the levees will hold.", "Jane Roe")]


def test_a_source_that_appeared_to_suggest(registry):
    body = "Jane Roe toured the harbour on Monday. Roe appeared to suggest that the crews were to blame."
    assert spoken(registry, body) == [("the crews were to blame.", "Jane Roe")]
