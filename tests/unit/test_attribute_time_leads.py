"""Issue 11, a subject after a date with no comma: "On Wednesday the Russian army said …" gave the
sentence to the outlet, because the date was read as part of the subject. A time phrase that
opens the clause is no part of its subject; a name after it was already found, and "May" alone
is never read as the month. A state's army speaks for the state, as its military does. Short
examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import speakers


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("body, who", [
    ("On Wednesday the Russian military said it would send police to the site.", "Russia"),
    ("Late Tuesday the Russian army said the drills were over.", "Russia"),
    ("Earlier this month the Pier Institute said its survey was complete.", "Pier Institute"),
    ("In March 2019 officials said the bridge was safe.", "(unnamed officials)"),
    ("On Monday Jane Roe said the port would reopen.", "Jane Roe"),
])
def test_a_date_before_the_subject_is_not_part_of_it(registry, body, who):
    assert speakers(registry, body) == [who]


def test_a_state_army_speaks_for_the_state(registry):
    assert speakers(registry, "The Russian army said the drills were over.") == ["Russia"]


def test_a_registry_person_named_in_full_keeps_a_surname_that_is_a_month(registry):
    text = ("British Prime Minister Theresa May spoke on Monday. \"We will act,\" May told reporters. "
            "In May the council said the port would reopen.")
    assert sorted(speakers(registry, text)) == ["(unnamed council)", "Theresa May"]

