"""Statement recall (issue 11): a speech participle of the main clause ("…, telling the board
that …", "…, claiming that …") is its subject's, when an opening phrase holds a word that
reads as a verb ("But a few days later, …"), and the verbs inside what it reports name no
speaker of the sentence. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import own_words, spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_an_opening_phrase_with_a_word_that_reads_as_a_verb_leaves_the_subject_after_its_comma(registry):
    # "days" reads as a finite verb: the main clause's verb is the first after the comma
    body = ("Mayor Jane Roe spoke on Monday. But a few days later, Roe reversed herself again, "
            "telling the board that the pier would stay open.")
    assert any(sp == "Jane Roe" and "the pier would stay open" in t for t, sp in spoken(registry, body))


def test_a_verb_inside_what_a_participle_reports_is_no_speaker_of_the_sentence(registry):
    body = ("Mayor Jane Roe spoke on Monday. At a rally in the port, Roe was just as blunt, "
            "claiming without evidence that Governor Alan Ferris wanted to sell the harbour.")
    got = spoken(registry, body)
    assert any(sp == "Jane Roe" and "wanted to sell the harbour" in t for t, sp in got), got
    assert not any(sp == "Alan Ferris" for _, sp in got), got


def test_a_comma_in_an_opening_phrase_is_read_only_once(registry):
    # the participle's own comma closes nothing: a verb in parentheses is no main verb
    body = ("A group of pilots sent a letter to the head of the airline (where Roe works), "
            "calling for his dismissal.")
    assert not any(sp == "Jane Roe" for _, sp in spoken(registry, body))


@pytest.mark.parametrize("body, who", [
    ("North Korean officials have reacted coldly, saying the talks had failed.", "North Korea"),
    ("Russian diplomats walked out, calling the vote a farce.", "Russia"),
])
def test_a_national_group_that_opens_the_sentence_speaks_its_participle(registry, body, who):
    assert [w for _, w in spoken(registry, body)] == [who]
