"""VADER's sentiment scores, exactly as vaderSentiment computes them, in linear time.

vaderSentiment 3.3.2 lower-cases the whole statement again for every sentiment word it
meets (in ``_negation_check`` and ``_special_idioms_check``, up to six times per word) and
rebuilds the text one character at a time to replace emojis. On a long statement that is
quadratic, and on the corpus it is most of VADER's time (measured with cProfile: the
re-lowering list comprehensions, ``negated`` and the emoji loop took over half of
``polarity_scores``).

:class:`Analyzer` is a ``SentimentIntensityAnalyzer`` that lower-cases the words once per
statement, skips the emoji pass when no emoji character occurs in the text, and otherwise
follows the library line by line: same lexicon, same constants (imported from the
library), same rules in the same order, same rounding. ``tests/unit/test_vader.py``
checks that its scores equal the library's on VADER's own examples and on hard cases, and
``bench/throughput.py`` checks it on every statement of the corpus. Anything this module
does not override (lexicon loading, ``_but_check``, ``score_valence``) is the library's.
"""
from __future__ import annotations

import math
import string

from vaderSentiment import vaderSentiment as _v

_NEGATE = frozenset(_v.NEGATE)
_PUNCTUATION = string.punctuation
_BOOSTERS = _v.BOOSTER_DICT
_SPECIAL = _v.SPECIAL_CASES
_N_SCALAR = _v.N_SCALAR
_C_INCR = _v.C_INCR


# every word of a multi-word special case or booster ("kiss of death", "sort of")
_IDIOM_WORDS = frozenset(w for key in (*_SPECIAL, *_BOOSTERS) if " " in key for w in key.split())


def _score_valence(sentiments: list[float], text: str) -> dict:
    """The library's ``score_valence`` (with ``_punctuation_emphasis``,
    ``_sift_sentiment_scores`` and ``normalize``) in one function."""
    if not sentiments:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    sum_s = float(sum(sentiments))
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
    rated = [x for x in sentiments if x != 0]  # the zeros only count as neutral: same sums, same order
    neu_count = len(sentiments) - len(rated)
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


def _negated_word(word_lower: str) -> bool:
    """vaderSentiment's ``negated([word])`` for one lower-cased word."""
    return word_lower in _NEGATE or "n't" in word_lower


class Analyzer(_v.SentimentIntensityAnalyzer):
    """vaderSentiment's analyzer, same scores, each statement's words lower-cased once."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._emoji_chars = frozenset(self.emojis)

    def polarity_scores(self, text):
        if not isinstance(text, str) or not self._emoji_chars.isdisjoint(text):
            return super().polarity_scores(text)  # the library's own emoji pass
        text = text.strip()
        words = [t if len(s := t.strip(_PUNCTUATION)) <= 2 else s for t in text.split()]  # SentiText
        lower = list(map(str.lower, words))
        n = len(words)
        is_cap_diff = 0 < n - sum(map(str.isupper, words)) < n  # the library's allcap_differential
        lexicon = self.lexicon
        sentiments: list[float] = [0] * n  # a word without a valence of its own: the library's 0
        for i in [i for i, low in enumerate(lower) if low in lexicon]:
            low = lower[i]
            if low in _BOOSTERS or (i < n - 1 and low == "kind" and lower[i + 1] == "of"):
                continue
            sentiments[i] = self._valence(words, lower, is_cap_diff, words[i], low, i)
        if "but" in lower:  # the library's _but_check does nothing otherwise
            sentiments = self._but_check(words, sentiments)
        return _score_valence(sentiments, text)

    def _valence(self, words, lower, is_cap_diff, item, low, i) -> float:
        """``sentiment_valence`` of the library for word i, on the lower-cased words."""
        lexicon = self.lexicon  # the caller has checked that `low` is in it
        valence = lexicon[low]
        n = len(words)
        if low == "no" and i != n - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
                or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ["or", "nor"]):
            valence = lexicon[low] * _N_SCALAR
        if item.isupper() and is_cap_diff:
            if valence > 0:
                valence += _C_INCR
            else:
                valence -= _C_INCR
        for start_i in range(0, 3):
            if i > start_i and lower[i - (start_i + 1)] not in lexicon:
                # the library's scalar_inc_dec, its look-up on the lower-cased word
                s = 0.0
                if lower[i - (start_i + 1)] in _BOOSTERS:
                    s = _v.scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = self._negation(valence, lower, start_i, i)
                if start_i == 2:
                    valence = self._idioms(valence, lower, i)
        # _least_check
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * _N_SCALAR
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * _N_SCALAR
        return valence

    @staticmethod
    def _negation(valence, lw, start_i, i):
        """The library's ``_negation_check`` on already lower-cased words."""
        if start_i == 0:
            if _negated_word(lw[i - 1]):
                valence = valence * _N_SCALAR
        if start_i == 1:
            if lw[i - 2] == "never" and (lw[i - 1] == "so" or lw[i - 1] == "this"):
                valence = valence * 1.25
            elif lw[i - 2] == "without" and lw[i - 1] == "doubt":
                pass
            elif _negated_word(lw[i - 2]):
                valence = valence * _N_SCALAR
        if start_i == 2:
            if lw[i - 3] == "never" and (lw[i - 2] == "so" or lw[i - 2] == "this") or \
                    (lw[i - 1] == "so" or lw[i - 1] == "this"):
                valence = valence * 1.25
            elif lw[i - 3] == "without" and (lw[i - 2] == "doubt" or lw[i - 1] == "doubt"):
                pass
            elif _negated_word(lw[i - 3]):
                valence = valence * _N_SCALAR
        return valence

    @staticmethod
    def _idioms(valence, lw, i):
        """The library's ``_special_idioms_check`` on already lower-cased words."""
        if lw[i] not in _IDIOM_WORDS and lw[i - 1] not in _IDIOM_WORDS and lw[i - 2] not in _IDIOM_WORDS \
                and lw[i - 3] not in _IDIOM_WORDS:
            return valence  # every sequence it builds holds one of these words: none can match
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
