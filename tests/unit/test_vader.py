"""analysis.vader gives exactly vaderSentiment's scores, only faster."""
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.vader import Analyzer

# VADER's own examples (vaderSentiment.py __main__) and the rules each one exercises
CASES = [
    "VADER is smart, handsome, and funny.",
    "VADER is smart, handsome, and funny!",
    "VADER is very smart, handsome, and funny.",
    "VADER is VERY SMART, handsome, and FUNNY.",
    "VADER is VERY SMART, handsome, and FUNNY!!!",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "The book was good.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today SUX!",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as such as 💘 and 💋 and 😁",
    "Not bad at all",
    # our hard cases: negation within three words, "no", "least", "never so", idioms, boosters
    "The talks weren't successful.",
    "There is no good reason and no real hope.",
    "No, nor any goodwill either.",
    "This is the least welcome news and at least a hopeful sign.",
    "It was never so good, never this bad, without doubt a success.",
    "The sanctions are the kiss of death for the economy, yeah right.",
    "The minister was sort of pleased and kind of angry.",
    "They are not very friendly, hardly cooperative and barely polite.",
    "AN UNPROVOKED ATTACK, said the ministry, a TERRIBLE crime",
    "",
    "   ",
    "?!?!",
    "—“Peace”— is “not” welcome…",
    "Wow!!!! Great?? Terrible???? good",
]


@pytest.fixture(scope="module")
def pair():
    return SentimentIntensityAnalyzer(), Analyzer()


@pytest.mark.parametrize("text", CASES)
def test_same_scores_as_the_library(pair, text):
    lib, fast = pair
    assert fast.polarity_scores(text) == lib.polarity_scores(text)


def test_same_scores_with_an_extended_lexicon(pair):
    lib, fast = SentimentIntensityAnalyzer(), Analyzer()
    for a in (lib, fast):
        a.lexicon.update({"ceasefire": 1.2, "sanctions": -1.1})
    text = "Not a ceasefire, but sanctions that are not SANCTIONS at all"
    assert fast.polarity_scores(text) == lib.polarity_scores(text)


@pytest.mark.parametrize("text", [
    "good, good and good but good and bad and bad",  # equal values around "but": the library's list.index
    "It is GOOD, not good, but GOOD and not good and good.",
    "Great great great but great",
    "no good but no good, but nice",
    "İs good., Ölçü bad., naïve hope... ÇOK GÜZEL!!",  # lower-casing changes a length outside ASCII
    "kind of good, sort of bad, kind of",
])
def test_same_scores_and_printed_form_on_edge_cases(pair, text):
    lib, fast = pair
    assert repr(fast.polarity_scores(text)) == repr(lib.polarity_scores(text))


def test_same_scores_on_random_sentences(pair):
    """Random sentences of valence words, boosters, negations, "but", idiom words, capitals,
    punctuation and non-ASCII letters: every score, and its printed form, is the library's."""
    import random

    lib, fast = pair
    vocab = ["good", "bad", "great", "terrible", "hope", "war", "peace", "attack", "friendly", "hostile",
             "very", "extremely", "barely", "hardly", "kind", "of", "sort", "not", "never", "no", "nor", "or",
             "isn't", "without", "doubt", "so", "this", "least", "at", "but", "BUT", "the", "bomb", "kiss",
             "death", "yeah", "right", "GOOD", "BAD", "VERY", "Great", "a", "an", "is", "was", "İs", "naïve",
             "ÇOK", "!", "?", "good,", "bad.", "(hope)", "\"peace\"", "--", ":)", "..."]
    rng = random.Random(17)
    for _ in range(3000):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 14)))
        assert repr(fast.polarity_scores(text)) == repr(lib.polarity_scores(text)), text
