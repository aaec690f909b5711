"""A word list written as a prefix tree matches what the plain alternation, longest word
first, matches: the same spans and words, at every position and in every context."""
from __future__ import annotations

import random
import re

import pytest

from analysis.alternation import longest_first


def plain(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@pytest.mark.parametrize("words", [
    ["said", "say", "says", "pointed out", "points out", "added"],
    ["go", "go on", "go on to say", "goes on to say"],
    ["a", "ab", "abc", "b", "x.y", "x-y", "(?)"],
    ["only"],
    [],
    ["", "yes"],
])
def test_same_matches_as_the_plain_alternation(words):
    text = "He said, adding, goes on to say; go on. It says abc ab a b x.y x-y (?) yes only said-so"
    for flags in (0, re.I):
        for wrap in (r"\b({})\b", r"({})", r"\s({})[\s,]*$", r"(?:[\s,]+(?:{}))+"):
            a = re.compile(wrap.format(plain(words)), flags)
            b = re.compile(wrap.format(longest_first(words)), flags)
            assert [(m.span(), m.groups()) for m in a.finditer(text)] == \
                   [(m.span(), m.groups()) for m in b.finditer(text)]
            for w in [*words, "sai", "pointed", "go on to", "xy"]:
                assert bool(a.fullmatch(w)) == bool(b.fullmatch(w))


def test_random_lists_and_texts():
    rnd = random.Random(7)
    for _ in range(500):
        words = ["".join(rnd.choice("ab -.") for _ in range(rnd.randint(1, 4))) for _ in range(rnd.randint(1, 6))]
        a = re.compile(r"\b(" + plain(words) + r")\b")
        b = re.compile(r"\b(" + longest_first(words) + r")\b")
        for _ in range(10):
            t = "".join(rnd.choice("ab -.c") for _ in range(rnd.randint(0, 12)))
            assert [(m.span(), m.group(1)) for m in a.finditer(t)] == [(m.span(), m.group(1)) for m in b.finditer(t)]


def test_a_prefix_tree_not_a_list():
    assert longest_first(["said", "say", "says"]) == "sa(?:id|ys?)"
