"""The escalation scorer's tokens: the pattern written with its first character factored out,
and an ASCII text read piece by piece between its spaces, find exactly the tokens of the plain
pattern (a word with its inner apostrophes, dots and hyphens, an initialism's last dot, a
closing apostrophe; a punctuation mark; a dash between spaces)."""
import random
import re

import pytest

from analysis.score.escalation_cues import _CASED, TOKEN, _cased_tokens

_PLAIN_CASED = re.compile(r"[A-Za-z0-9\u212a]+(?:['.\-][A-Za-z0-9\u212a]+)*(?:(?<=\.[A-Za-z0-9\u212a])\.)?'?"
                          r"|[,;:.!?()\[\]\"]|(?<= )-(?= )")
_PLAIN = re.compile(r"[a-z0-9]+(?:['.\-][a-z0-9]+)*(?:(?<=\.[a-z0-9])\.)?'?|[,;:.!?()\[\]\"]|(?<= )-(?= )")

_TEXTS = [
    "", "The U.S. said it won't attack.", "Mr. Smith - the envoy - left.", "a -b- c", "-",
    " - ", "x\t-\ty", "(a.b.) 'quoted' students' rights", "e.g.. the end...", "3.5. 10-12",
    "He said: \"No!\" [sic]", "don't'", "U.S..", "\u212aelvin U.\u212a. visit",
    "naïve café - ok", "line\none\x0bvertical", "a_b c/d & e", "---", "-- a --",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_tokens_as_the_plain_pattern(text):
    assert _CASED.findall(text) == _PLAIN_CASED.findall(text)
    assert _cased_tokens(text) == _PLAIN_CASED.findall(text)
    assert TOKEN.findall(text.lower()) == _PLAIN.findall(text.lower())


def test_tokens_on_random_strings():
    rng = random.Random(7)
    alphabet = "aZ9'.-  ,;:!?()[]\"x\t\n_/&\u212a"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _cased_tokens(text) == _PLAIN_CASED.findall(text), repr(text)
        assert TOKEN.findall(text.lower()) == _PLAIN.findall(text.lower()), repr(text)
