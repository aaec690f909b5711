"""A hyphenated description before a name (issue 11, names): "Brussels-based Karl Hobbs",
"Co-anchor Norah Vance", "Indiana-born Karl Hobbs". A name's own hyphenated parts are
capitalised ("Ruiz-Delgado", "Jean-Luc", "al-Tamimi"); a word with a lower-case part after its
hyphen describes the person and is no part of their name, so the speaker a user sees, and the
surname alone later, is the person. Short examples of our own; the people are invented."""
import pytest

from analysis.actors import load_registry
from tests.news_text import said


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("desc", ["Brussels-based", "Indiana-born", "Co-anchor", "Co-moderator", "Ex-minister"])
def test_a_hyphenated_description_is_no_part_of_the_name(registry, desc):
    body = f'{desc} Karl Hobbs said the plan was sound. "It will pass," Hobbs said.'
    got = said(registry, body)
    assert got["the plan was sound."] == "Karl Hobbs"
    assert got['"It will pass,"'] == "Karl Hobbs"


@pytest.mark.parametrize("name", ["Ana Ruiz-Delgado", "Jean-Luc Marchetti", "Mary-Kate Hobbs", "Dan-el Ortiz"])
def test_a_hyphenated_name_stays_whole(registry, name):
    assert said(registry, f"{name} said the plan was sound.")["the plan was sound."] == name
