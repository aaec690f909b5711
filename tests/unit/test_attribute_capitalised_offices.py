"""Issue 11: official documents (UN records, ministry releases, UK style) capitalise an office
that stands alone after "the" ("The Minister said", "…, the Ambassador said", "said the
Commissioner"). Such a subject reads as its lower-case description does; the names of outlets
and institutions keep their readings. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


FORMS = ["{the} {office} said that the talks had failed.",
         "The talks had failed, {the} {office} said.",
         "The talks had failed, said {the} {office}."]


def _speakers(registry, body):
    return sorted({who for _, who in spoken(registry, body)})


@pytest.mark.parametrize("office, head", [
    ("Minister", "minister"), ("Ambassador", "ambassador"), ("Secretary", "secretary"),
    ("Spokesman", "spokesman"), ("Governor", "governor"), ("Mayor", "mayor"), ("Senator", "senator"),
    ("Commissioner", "commissioner"), ("Chair", "chair"), ("Judge", "judge"),
    ("Permanent Representative", "representative"), ("Deputy Minister", "minister"),
    # (two capitalised words after "the" are learned as no one's name: "High Commissioner")
    ("High Commissioner", "commissioner"), ("Speaker", "speaker"),
    # offices of international bodies: a UN special rapporteur, an ombudsman
    ("Special Rapporteur", "rapporteur"), ("Ombudsman", "ombudsman"),
])
@pytest.mark.parametrize("form", FORMS)
def test_a_capitalised_office_reads_as_the_lower_case_one(registry, office, head, form):
    the = "The" if form.startswith("{the}") else "the"
    capitalised = _speakers(registry, form.format(the=the, office=office))
    lower = _speakers(registry, form.format(the=the, office=office.lower()))
    assert capitalised == lower == [f"(unnamed {head})"]


@pytest.mark.parametrize("form", FORMS)
def test_a_capitalised_office_binds_to_the_documents_holder(registry, form):
    body = ("Ruritanian Foreign Minister Boris Ostrov arrived on Monday. The visit lasted two days. "
            + form.format(the="The" if form.startswith("{the}") else "the", office="Minister"))
    assert "Boris Ostrov" in _speakers(registry, body)
    assert not any(who.startswith("(unnamed") for who in _speakers(registry, body))


def test_the_speaker_capitalised_is_the_speaker_the_document_named(registry):
    body = "Speaker Jane Roe opened the session. The Speaker said that the vote would wait."
    assert ("the vote would wait.", "Jane Roe") in spoken(registry, body)


def test_a_capitalised_office_resolves_in_the_country_in_view(registry):
    body = ("Russia met Ukraine in Minsk. Russia wants a deal. "
            "The Foreign Minister said that the talks had failed.")
    lower = body.replace("Foreign Minister", "foreign minister")
    got = spoken(registry, body)
    assert got == spoken(registry, lower)
    assert ("the talks had failed.", "Sergey Lavrov") in got


@pytest.mark.parametrize("sentence", [
    "The Times said that the talks had failed.",
    "The Guardian said that the talks had failed.",
    "The Senate voted to end the talks.",
    "The White House said that the talks had failed.",
    "The Court said that the talks had failed.",
    "The Observer reported that the talks had failed.",
    "The talks had failed, the Star reported.",
])
def test_outlets_and_institutions_are_no_office(registry, sentence):
    assert not any(who.startswith("(unnamed") for who in _speakers(registry, sentence))


def test_a_special_rapporteur_is_the_person_the_document_gives_that_title(registry):
    body = ("UN Special Rapporteur Jane Roe visited the prison. "
            "The Special Rapporteur said that the cells were full.")
    assert [who for text, who in spoken(registry, body) if "cells" in text] == ["Jane Roe"]
    assert "Special Rapporteur" not in _speakers(registry, body)


# offices written as acronyms: "a bank CEO said" is an unnamed chief executive, never an actor "CEO"
@pytest.mark.parametrize("sentence, speaker", [
    ("A bank CEO said that the talks had failed.", "(unnamed CEO)"),
    ("The talks had failed, as one start-up CEO told me.", "(unnamed CEO)"),
    ("The company CFO said that the talks had failed.", "(unnamed CFO)"),
    ("A Labour MP said that the talks had failed.", "(unnamed MP)"),
])
def test_an_office_acronym_heads_a_description(registry, sentence, speaker):
    assert _speakers(registry, sentence) == [speaker]


def test_an_office_acronym_before_a_name_is_a_title(registry):
    body = "CEO Jane Roe met investors. The CEO said that the talks had failed."
    assert _speakers(registry, body) == ["Jane Roe"]
