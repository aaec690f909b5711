"""Surnames that are also words (a month, a direction, an institution's or an event's word):
"Mara Day", "Dwight West", "Nadia May". A listed given name and the evidence any name needs
make the span a person's, and the bare surname later ("Day said") is that person; "the West",
"Election Day", "The Oscar Post", a title or a weekday at the span's end and a date after it
keep their readings. Short examples of our own; the people are invented."""
import re

import pytest

from analysis.actors import load_registry
from analysis.attribute.evidence import _LowerCase, word_surname, word_surname_evidence
from analysis.attribute.names import _person_tokens
from tests.news_text import said


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("name", ["Mara Day", "Dwight West", "Nadia May"])
@pytest.mark.parametrize("intro", ["{n} said the plan was sound.", "{n}, a lawyer in Ohio, spoke at a rally.",
                                   "Dr. {n} spoke at a rally."])
def test_the_bare_surname_later_is_the_person(registry, name, intro):
    body = intro.format(n=name) + f" {name.split()[-1]} said the vote was close."
    assert said(registry, body)["the vote was close."] == name


def test_the_word_after_the_is_no_such_person(registry):
    body = "Dr. Dwight West spoke at a rally. The West said the vote was close."
    assert said(registry, body)["The West said the vote was close."] == "(narrator)"


def test_an_event_without_a_given_name_is_no_person(registry):
    body = "Mara Day spoke at a rally. On Election Day, Day said the vote was close."
    assert said(registry, body)["the vote was close."] == "Mara Day"


def _tokens(registry):
    return lambda toks: _person_tokens(toks, registry)


@pytest.mark.parametrize("span,name", [("Mara Day", ["Mara", "Day"]), ("Dr. Dwight West", ["Dwight", "West"]),
                                       ("Nadia Lin May", ["Nadia", "Lin", "May"]), ("Mara Day's", ["Mara", "Day"])])
def test_a_word_at_a_names_end_is_its_surname(registry, span, name):
    assert word_surname(span.split(), _tokens(registry)) == name


@pytest.mark.parametrize("span", ["Greta Union Leader", "Nadia Roe Monday", "Mara Roe Chairman", "Mara From", "Dwight Roe"])
def test_a_title_a_weekday_or_a_function_word_is_no_surname(registry, span):
    # (and a surname that is no word is person_tokens' own: "Dwight Roe")
    assert word_surname(span.split(), _tokens(registry)) is None


def _evidence(text, span):
    m = re.search(re.escape(span), text)
    toks = span.split()
    name = word_surname(toks, lambda t: t[-2:])
    return word_surname_evidence(text, m, toks, len(toks) - len(name), _LowerCase(text))


def test_the_evidence_a_person_needs():
    assert _evidence("Mara Day said the vote was close.", "Mara Day")
    assert _evidence("He met Dr. Mara Day on Monday.", "Mara Day")
    assert not _evidence("The Oscar Post said the vote was close.", "Oscar Post")  # an outlet after "the"
    assert not _evidence("He spoke to the Mara Day parade.", "Mara Day")
    assert not _evidence('"It was close," said Nadia Roe May 5.', "Roe May")  # a date
    assert not _evidence("Tobin West said the vote was close.", "Tobin West")  # no given name the lists know
    assert not _evidence("Washington Post said the vote was close.", "Washington Post")
