"""VADER's sentiment scores, exactly as vaderSentiment computes them, in linear time.

vaderSentiment 3.3.2 lower-cases the whole statement again for every sentiment word it
meets (in ``_negation_check`` and ``_special_idioms_check``, up to six times per word) and
rebuilds the text one character at a time to replace emojis. On a long statement that is
quadratic, and on the corpus it is most of VADER's time (measured with cProfile: the
re-lowering list comprehensions, ``negated`` and the emoji loop took over half of
``polarity_scores``).

:class:`Analyzer` is a ``SentimentIntensityAnalyzer`` that lower-cases the words once per
statement (an ASCII text in one call), skips the emoji pass when no emoji character occurs
in the text, does its per-word work in C (``map``/``compress``: tokens, the lexicon test),
visits only the words that have a valence (the others are the library's zeros, which count
as neutral words and change no sum), and otherwise follows the library rule by rule: same
lexicon, same constants (imported from the library), same rules in the same order, same
arithmetic, same rounding. ``tests/unit/test_vader.py``
checks that its scores equal the library's on VADER's own examples and on hard cases, and
``bench/throughput.py`` checks it on every statement of the corpus. Anything this module
does not override (lexicon loading, the emoji pass) is the library's.
"""
from __future__ import annotations

import math
import string
from itertools import compress, count, repeat
from operator import ne

from vaderSentiment import vaderSentiment as _v

_NEGATE = frozenset(_v.NEGATE)
_PUNCTUATION = string.punctuation
_BOOSTERS = _v.BOOSTER_DICT
_SPECIAL = _v.SPECIAL_CASES
_N_SCALAR = _v.N_SCALAR
_C_INCR = _v.C_INCR


# the first two words of every multi-word special case or booster ("kiss of death", "sort of"):
# every sequence _special_idioms_check builds around word i starts at one of words i-3 .. i,
# so when none of the pairs starting there is one of these, no idiom can match
_IDIOM_PAIRS = frozenset(tuple(key.split()[:2]) for key in (*_SPECIAL, *_BOOSTERS) if " " in key)


def _score_valence(rated: list[float], n: int, text: str) -> dict:
    """The library's ``score_valence`` (with ``_punctuation_emphasis``,
    ``_sift_sentiment_scores`` and ``normalize``) in one function, given the non-zero
    sentiments in word order (``rated``) and the number of words ``n``: the library's zeros
    only count as neutral words, and adding them changes no sum."""
    if not n:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    neu_count = n - len(rated)
    if not rated:  # every word neutral: the library's sums are all zero
        return {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
    sum_s = float(sum(rated))
    ep_count = min(text.count("!"), 4)
    qm_count = text.count("?")
    qm = (qm_count * 0.18 if qm_count <= 3 else 0.96) if qm_count > 1 else 0
    punct = ep_count * 0.292 + qm
    if sum_s > 0:
        sum_s += punct
    elif sum_s < 0:
        sum_s -= punct
    compound = _v.normalize(sum_s)
    pos_sum = neg_sum = 0.0
    for x in rated:
        if x > 0:
            pos_sum += float(x) + 1
        if x < 0:
            neg_sum += float(x) - 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += punct
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= punct
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {"neg": round(math.fabs(neg_sum / total), 3), "neu": round(math.fabs(neu_count / total), 3),
            "pos": round(math.fabs(pos_sum / total), 3), "compound": round(compound, 4)}


def _but_check(at: list[int], values: list[float], but: int) -> None:
    """The library's ``_but_check`` on the words' sentiments, in place, given only the rated
    words: their positions ``at`` and sentiments ``values``, ``but`` the first "but".

    The library walks every word's sentiment and scales the *first* entry equal to it (its
    ``list.index``), by 0.5 before "but" and 1.5 after it; when two words share a value,
    that scales the first one twice and the second not at all. A zero is only ever found
    as another zero and stays zero, so the words without a valence change nothing: walking
    the rated words alone gives the same values in linear time for distinct values."""
    for k in range(len(values)):
        v = values[k]
        if v == 0:
            continue
        j = values.index(v)  # the first equal entry, as the library finds it (j <= k)
        if at[j] < but:
            values[j] = v * 0.5
        elif at[j] > but:
            values[j] = v * 1.5


def _boost(low: str, token: str, valence: float, is_cap_diff: bool) -> float:
    """The library's ``scalar_inc_dec`` for a booster word (``low``, lower-cased; ``token``
    for its capitals)."""
    scalar = _BOOSTERS[low]
    if valence < 0:
        scalar *= -1
    if token.isupper() and is_cap_diff:
        if valence > 0:
            scalar += _C_INCR
        else:
            scalar -= _C_INCR
    return scalar


class Analyzer(_v.SentimentIntensityAnalyzer):
    """vaderSentiment's analyzer, same scores, each statement's words lower-cased once."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._emoji_chars = frozenset(self.emojis)

    def polarity_scores(self, text):
        # every emoji is outside ASCII: an ASCII text needs no look at its characters
        if not isinstance(text, str) or not (text.isascii() or self._emoji_chars.isdisjoint(text)):
            return super().polarity_scores(text)  # the library's own emoji pass
        text = text.strip()
        toks = text.split()
        if text.isascii():
            # lower-casing ASCII keeps every length and every punctuation mark, so the
            # lower-cased tokens stripped as SentiText strips them are its words lower-cased
            ltoks = text.lower().split()
            lower = list(map(str.strip, ltoks, repeat(_PUNCTUATION)))
            for i in compress(count(), map(ne, ltoks, lower)):  # the few tokens with punctuation
                if len(lower[i]) <= 2:
                    lower[i] = ltoks[i]  # SentiText keeps a token that stripping leaves <= 2 long
        else:
            words = list(map(str.strip, toks, repeat(_PUNCTUATION)))
            for i in compress(count(), map(ne, toks, words)):
                if len(words[i]) <= 2:
                    words[i] = toks[i]
            lower = list(map(str.lower, words))
        n = len(lower)
        lexicon = self.lexicon
        at = list(compress(count(), map(lexicon.__contains__, lower)))  # the words with a valence
        if not at:
            return _score_valence([], n, text)
        # a word and its token have the same cased letters (stripping only takes punctuation),
        # so str.isupper of the tokens is that of SentiText's words
        is_cap_diff = 0 < n - sum(map(str.isupper, toks)) < n  # the library's allcap_differential
        values = []
        for i in at:
            low = lower[i]
            if low in _BOOSTERS or (low == "kind" and i < n - 1 and lower[i + 1] == "of"):
                values.append(0)  # the library's 0 for a booster, and for "kind" of "kind of"
            else:
                values.append(self._valence(toks, lower, is_cap_diff, low, i))
        if "but" in lower:
            _but_check(at, values, lower.index("but"))
        return _score_valence([x for x in values if x != 0], n, text)

    def _valence(self, toks, lower, is_cap_diff, low, i) -> float:
        """``sentiment_valence`` of the library for word i, on the lower-cased words (``toks``:
        the tokens, for their capitals only), its ``_negation_check``, ``scalar_inc_dec``,
        ``_special_idioms_check`` and ``_least_check`` written out in the same order."""
        lexicon = self.lexicon  # the caller has checked that `low` is in it
        valence = lexicon[low]
        n = len(lower)
        p1 = lower[i - 1] if i > 0 else None
        p2 = lower[i - 2] if i > 1 else None
        p3 = lower[i - 3] if i > 2 else None
        if low == "no" and i != n - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if p1 == "no" or p2 == "no" or (p3 == "no" and p1 in ("or", "nor")):
            valence = lexicon[low] * _N_SCALAR
        if is_cap_diff and toks[i].isupper():
            if valence > 0:
                valence += _C_INCR
            else:
                valence -= _C_INCR
        # the three words before: boosters (scalar_inc_dec), then negation, then idioms
        if p1 is not None and p1 not in lexicon:
            if p1 in _BOOSTERS:
                valence = valence + _boost(p1, toks[i - 1], valence, is_cap_diff)
            else:
                valence = valence + 0.0
            if p1 in _NEGATE or "n't" in p1:
                valence = valence * _N_SCALAR
        if p2 is not None and p2 not in lexicon:
            if p2 in _BOOSTERS:
                s = _boost(p2, toks[i - 2], valence, is_cap_diff)
                valence = valence + (s * 0.95 if s != 0 else s)
            else:
                valence = valence + 0.0
            if p2 == "never" and (p1 == "so" or p1 == "this"):
                valence = valence * 1.25
            elif p2 == "without" and p1 == "doubt":
                pass
            elif p2 in _NEGATE or "n't" in p2:
                valence = valence * _N_SCALAR
        if p3 is not None and p3 not in lexicon:
            if p3 in _BOOSTERS:
                s = _boost(p3, toks[i - 3], valence, is_cap_diff)
                valence = valence + (s * 0.9 if s != 0 else s)
            else:
                valence = valence + 0.0
            if p3 == "never" and (p2 == "so" or p2 == "this") or (p1 == "so" or p1 == "this"):
                valence = valence * 1.25
            elif p3 == "without" and (p2 == "doubt" or p1 == "doubt"):
                pass
            elif p3 in _NEGATE or "n't" in p3:
                valence = valence * _N_SCALAR
            if (p3, p2) in _IDIOM_PAIRS or (p2, p1) in _IDIOM_PAIRS or (p1, low) in _IDIOM_PAIRS \
                    or (i < n - 1 and (low, lower[i + 1]) in _IDIOM_PAIRS):
                valence = self._idioms(valence, lower, i)
        # _least_check
        if i > 1 and p1 not in lexicon and p1 == "least":
            if p2 != "at" and p2 != "very":
                valence = valence * _N_SCALAR
        elif i > 0 and p1 not in lexicon and p1 == "least":
            valence = valence * _N_SCALAR
        return valence

    @staticmethod
    def _idioms(valence, lw, i):
        """The library's ``_special_idioms_check`` on already lower-cased words (the caller
        has checked that an idiom may start at one of words i-3 .. i: else none can match)."""
        onezero = f"{lw[i - 1]} {lw[i]}"
        twoonezero = f"{lw[i - 2]} {lw[i - 1]} {lw[i]}"
        twoone = f"{lw[i - 2]} {lw[i - 1]}"
        threetwoone = f"{lw[i - 3]} {lw[i - 2]} {lw[i - 1]}"
        threetwo = f"{lw[i - 3]} {lw[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in _SPECIAL:
                valence = _SPECIAL[seq]
                break
        if len(lw) - 1 > i:
            zeroone = f"{lw[i]} {lw[i + 1]}"
            if zeroone in _SPECIAL:
                valence = _SPECIAL[zeroone]
        if len(lw) - 1 > i + 1:
            zeroonetwo = f"{lw[i]} {lw[i + 1]} {lw[i + 2]}"
            if zeroonetwo in _SPECIAL:
                valence = _SPECIAL[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in _BOOSTERS:
                valence = valence + _BOOSTERS[n_gram]
        return valence
