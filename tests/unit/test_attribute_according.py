"""Statement recall (issue 11): "according to" and any noun phrase after it is a source, its
modifiers capitalised or abbreviated ("according to U.S. Census data", "according to FEC
filings", "according to Democrats involved in the talks"); and the sentence's own subject is
still the antecedent of a following "he". Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import said, spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("sentence, speaker", [
    # (the body whose data they are, as "a Reuters/Ipsos poll" is Reuters/Ipsos's: sources.document_speaker)
    ("The county gained 4,000 residents, according to U.S. Census data.", "U.S. Census"),
    # (filings are a document too: the filer's, as the census data are the Census's)
    ("The harbour fund spent $2 million in May, according to Port Commission filings.", "Port Commission"),
    ("The harbour fund spent more, according to PCX filings.", "PCX"),
    ("The pier deal died in March, according to Democrats involved in the negotiations.", "(unnamed Democrats)"),
    ("According to Port Authority cables released last year, the envoy was recalled.", "(unnamed cables)"),
])
def test_according_to_any_noun_phrase_is_its_source(registry, sentence, speaker):
    assert said(registry, sentence)[sentence] == speaker


@pytest.mark.parametrize("sentence", [
    "The race was run according to Olympic rules.",       # conformity, no source
    "The boats were sorted according to size.",
])
def test_according_to_what_one_conforms_to_is_no_source(registry, sentence):
    assert said(registry, sentence)[sentence] == "(narrator)"


def test_the_subject_of_a_sentence_credited_to_records_is_the_antecedent_of_he(registry):
    body = ("Governor Alan Ferris arrived on Monday. Senator Tom Hale said the port must close. "
            "Ferris spent $2 million on the pier, according to Port Commission filings. "
            "He said the money was well spent.")
    got = spoken(registry, body)
    assert ("the money was well spent.", "Alan Ferris") in got, got
