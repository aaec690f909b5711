"""Issue 11, nominal sources bound to a named person: "Roe and his aides believe …", "Ms. Roe
and other union leaders remain confident …" are the person's view, given with the people around
them; the unnamed group alone ("(unnamed aides)") left the statement out of the export. Not a
group that names no person ("Farmers and other groups"), and a pair of names keeps its reading.
Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import speakers


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("body, who", [
    ("Jane Roe spoke on Monday. Roe and her aides believe the race is close.", "Jane Roe"),
    ("John Doe spoke on Monday. Mr. Doe and other union leaders remain confident that the deal will hold.",
     "John Doe"),
    ("Jane Roe spoke on Monday. \"It is over,\" Roe and her advisers said.", "Jane Roe"),
    ("Jane Roe spoke on Monday. She and her husband have said the plan is unfair.", "Jane Roe"),
])
def test_a_person_and_the_people_around_them_are_the_person(registry, body, who):
    assert speakers(registry, body) == [who]


def test_a_group_with_no_person_stays_unnamed(registry):
    assert speakers(registry, "Farmers and other groups said the ban was wrong.") == ["(unnamed groups)"]


def test_a_pair_of_names_keeps_the_one_named_last(registry):
    assert speakers(registry, "Jane Roe and John Doe say the plan is bad.") == ["John Doe"]


@pytest.mark.parametrize("body, who", [
    # a spokesperson or an office gives the position of the person "his"/"her" is, as "Roe's spokesman" does
    ("Jane Roe toured the plant on Monday. Her spokeswoman said the plan was dead.", "Jane Roe"),
    ("John Doe toured the plant on Monday. The plan is dead, his office said.", "John Doe"),
])
def test_his_spokesman_speaks_for_him(registry, body, who):
    assert speakers(registry, body) == [who]
