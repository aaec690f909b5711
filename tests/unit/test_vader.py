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
