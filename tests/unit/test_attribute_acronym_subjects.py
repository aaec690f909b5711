"""Issue 11: an acronym in a described source is no pronoun. "US" lower-cased spells the
pronoun "us", and a phrase holding a pronoun is no noun phrase, so "a senior US official
said" was read as no one's and the sentence left to the narrator, where "a senior UK
official said" was an unnamed official's. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _speakers(registry, body):
    return sorted({who for _, who in spoken(registry, body)})


@pytest.mark.parametrize("body, who", [
    ("The US ambassador said that the talks had failed.", "(unnamed ambassador)"),
    ("The US ambassador said the talks had failed.", "(unnamed ambassador)"),
    ("The talks had failed, a senior US official said on Sunday.", "(unnamed official)"),
    ("The WHO envoy said that the outbreak was over.", "(unnamed envoy)"),
    ("IT experts said that the system had been breached.", "(unnamed experts)"),
])
def test_an_acronym_in_the_subject_is_no_pronoun(registry, body, who):
    assert _speakers(registry, body) == [who]


def test_the_pronoun_itself_still_makes_no_subject(registry):
    # "Some of us said …": the speaker's own group, no described source called "us"
    assert "(unnamed us)" not in _speakers(registry, "Some of us said that the talks had failed.")
