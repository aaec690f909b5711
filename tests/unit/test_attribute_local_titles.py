"""Local and church offices before a name are titles, not part of it (issue 11, names):
"Alderman Jason Ervin", "Pastor Joseph Kell", "County Supervisor Helen Purcell"; and a person
"of" a body with a longer name ("Pastor Joseph Kell of Marion Avenue Baptist Church") is that
person. Short examples of our own; the people are invented."""
import pytest

from analysis.actors import load_registry
from tests.news_text import said


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("body,words,speaker", [
    ('"People are angry," said Chicago Alderman Jason Ervin.', '"People are angry,"', "Jason Ervin"),
    ("Pastor Bradley Cranston said the church would stay open.", "the church would stay open.", "Bradley Cranston"),
    ("County Supervisor Helen Purcell said the count was done.", "the count was done.", "Helen Purcell"),
    ("Pastor Joseph Kell of Marion Avenue Baptist Church said the church would stay open.",
     "the church would stay open.", "Joseph Kell"),
    ("Meena Gandhi of Human Rights Watch said the vote was fair.", "the vote was fair.", "Meena Gandhi"),
])
def test_the_title_or_the_body_is_no_part_of_the_name(registry, body, words, speaker):
    assert said(registry, body)[words] == speaker


def test_the_office_alone_later_is_the_person_it_titled(registry):
    body = "County Supervisor Helen Purcell said the count was done. The supervisor said it was fair."
    assert said(registry, body)["it was fair."] == "Helen Purcell"


def test_an_office_of_something_before_a_name_is_no_person_of_a_place(registry):
    s = "Palm Coast County Supervisor of Elections Susan Bucher said the count was done."
    assert said(registry, s)["the count was done."] != "Palm Coast County Supervisor"
