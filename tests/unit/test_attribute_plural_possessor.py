"""A possessor written with the apostrophe alone ("Reuters’ Jane Roe", "the Times' Jane Roe",
"James' Karl Hobbs") is no part of the name after it, as "MSNBC’s Jane Roe" is not (issue 11,
names: apostrophes). Short examples of our own; the people are invented."""
import pytest

from analysis.actors import load_registry
from tests.news_text import said


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("body,words", [
    ("Reuters’ Luciana Vance argued that the plan was flawed.", "the plan was flawed."),
    ("The plan is flawed, said Reuters' Luciana Vance.", "The plan is flawed,"),
    ("Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Vance argued that the plan was flawed.",
     "the plan was flawed."),
])
def test_the_possessor_is_no_part_of_the_speakers_name(registry, body, words):
    assert said(registry, body)[words] == "Luciana Vance"


def test_a_name_with_an_apostrophe_inside_stays_whole(registry):
    s = "Dan O'Rourke said the plan was flawed."
    assert said(registry, s)["the plan was flawed."] == "Dan O'Rourke"
