"""Given names from the 1990 US Census lists (generated given_names_census.toml) under the
hand-written given_names.toml: the gender they say, the words kept out, and a person whose
given name only the census list knows, followed by "she" (examples of our own)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from analysis.actors import load_registry
from analysis.gender import _given_names, given_name_gender, opens_with_given_name
from analysis.model import Document
from analysis.pipeline import analyse
from analysis.toml_data import data_file

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gen():
    pytest.importorskip("names", reason="the test extras are not installed")
    spec = importlib.util.spec_from_file_location("gen_given_names", REPO / "tools" / "gen_given_names.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_shipped_file_is_what_the_package_gives(gen):
    shipped = (REPO / "analysis" / "data" / "given_names_census.toml").read_text(encoding="utf-8")
    assert gen.render(gen.build()) == shipped, "regenerate: .venv/bin/python tools/gen_given_names.py"


def test_the_generator_keeps_names_of_one_gender_above_the_floor(gen):
    female, male = gen.census()
    built = gen.build()
    kept = set(built["female"]) | set(built["male"])
    assert not set(built["female"]) & set(built["male"])
    for name in kept:
        own, other = (female, male) if name in built["female"] else (male, female)
        assert own[name] >= gen.FLOOR and other.get(name, 0.0) * gen.RATIO < own[name]
    # common for both genders, far more often a surname, a word, a state or a month: out
    for name in ("kelly", "tracy", "jean", "wilson", "davis", "hope", "grant", "chase", "israel",
                 "georgia", "dallas", "austin", "may", "june", "august", "sierra", "li"):
        assert name not in kept, name
    assert {"polly", "felicia"} <= set(built["female"]) and {"ernie", "rupert"} <= set(built["male"])


@pytest.mark.parametrize("name, gender", [
    ("Polly Roe", "f"), ("Felicia Vantorr", "f"), ("Ms. Mavis Roe", "f"), ("Rupert Doe", "m"),
    ("Ernie Roe", "m"),
    # the hand-written list as before
    ("Hillary Roe", "f"), ("Bill Roe", "m"),
    # listed as ambiguous by hand, whatever the census says; words and places; a surname first
    ("Andrea Roe", None), ("Sam Roe", None), ("Hope Roe", None), ("Austin Roe", None),
    ("June Roe", None), ("Li Wei", None), ("Yun Roe", None), ("Roe", None),
    # an ordinary word that opens sentences ("Soon Roe …"), a brand or a letter name
    ("Soon Roe", None), ("Delta Roe", None), ("Echo Roe", None), ("Kia Roe", None),
])
def test_the_gender_a_given_name_says(name, gender):
    assert given_name_gender(name) == gender


def test_hand_written_entries_win_and_ambiguous_names_are_out():
    hand = data_file("given_names.toml")
    names = _given_names()
    assert all(names[n] == "m" for n in hand["male"] if n not in hand["ambiguous"])
    assert all(names[n] == "f" for n in hand["female"] if n not in hand["ambiguous"])
    assert not set(hand["ambiguous"]) & set(names)


@pytest.mark.parametrize("toks, person", [
    (["Mavis", "Roe"], True), (["Mavis", "Roe", "Club"], False), (["Polly", "Gate", "Hotel"], False),
    (["Felicia", "Roe", "Media"], False), (["Ernie", "Roe", "Campaign"], False),
])
def test_a_span_ending_in_a_place_or_body_word_is_no_persons_name(toks, person):
    assert opens_with_given_name(toks) is person


def _speaker_of(registry, text, words):
    doc = Document("d", "t.txt", text, published="2016-10-01")
    return next(s.speaker for s in analyse(doc, registry) if words in s.text)


def test_a_census_given_name_makes_a_person_whom_she_continues(registry):
    # a bare surname later is that person's, and "she" in the next sentence too
    t = ("Vigil.\n\nPolly Roe was at the clinic when the storm came.\n\n"
         "Roe presented a plan before explaining why she backs the mayor. \"It is late,\" she said.\n")
    assert _speaker_of(registry, t, "It is late") == "Polly Roe"


def test_a_person_named_as_an_object_is_still_a_person(registry):
    t = ("Vigil.\n\nThe mayor thanked Polly Roe for her work.\n\n\"It is late,\" Roe said.\n\n"
         "\"We need beds,\" she added.\n")
    assert _speaker_of(registry, t, "It is late") == "Polly Roe"
    assert _speaker_of(registry, t, "We need beds") == "Polly Roe"


def test_a_place_or_body_that_opens_with_a_given_name_is_no_person(registry):
    t = ("Vigil.\n\nThe talks were held at the Polly Gate Hotel. \"It is late,\" Mavis Roe said. "
         "\"We are tired,\" she added.\n")
    assert _speaker_of(registry, t, "We are tired") == "Mavis Roe"
