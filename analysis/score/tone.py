"""**Tone**: VADER's (vaderSentiment 3.3.2) compound, pos, neu and neg of a statement's own
words, typography normalised first, with VADER's lexicon extended, through its own
``lexicon`` mapping, by ``data/tone_lexicon.txt`` (diplomatic and news vocabulary VADER
has no entry for; words VADER rates keep VADER's rating). :mod:`analysis.vader` is
vaderSentiment's analyzer in linear time (the same scores)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vader import Analyzer
from .data import _data
from .text import normalise


def read_tone_lexicon(text: str) -> dict[str, float]:
    """``word<TAB>valence`` lines (VADER's scale, -4..+4; spaces work too); ``#`` comments."""
    out: dict[str, float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        try:
            out[parts[0].strip().lower()] = float(parts[1])
        except (IndexError, ValueError):
            raise ValueError(f"tone_lexicon.txt:{n}: expected 'word<TAB>valence', got {line!r}") from None
    return out


@lru_cache(maxsize=1)
def analyzer() -> Analyzer:
    """One VADER analyzer for the process (:mod:`analysis.vader`: the library's scores in
    linear time), its lexicon extended with tone_lexicon.txt (entries VADER already has
    keep VADER's rating)."""
    a = Analyzer()
    a.lexicon.update({w: v for w, v in read_tone_lexicon(_data("tone_lexicon.txt")).items() if w not in a.lexicon})
    return a




# VADER's cost grows with the square of a text's length (it re-reads the whole text for
# every sentiment word): a statement longer than this is scored in pieces of whole
# sentences (at most _PIECE characters each), averaged by length.
LONG_TEXT = 2000
_PIECE = 1000
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def polarity(text: str) -> dict:
    """VADER's scores (neg, neu, pos, compound) of already normalised text, with the
    extended lexicon; long texts piecewise (see LONG_TEXT)."""
    a = analyzer()
    if len(text) <= LONG_TEXT:
        return a.polarity_scores(text)
    pieces, cur = [], ""
    for sentence in _SENTENCE_BREAK.split(text):
        while len(sentence) > _PIECE:  # a run-on "sentence": cut at a space
            cut = sentence.rfind(" ", 0, _PIECE)
            cut = cut if cut > 0 else _PIECE
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if cur and len(cur) + len(sentence) + 1 > _PIECE:
            pieces.append(cur)
            cur = sentence
        else:
            cur = f"{cur} {sentence}" if cur else sentence
    if cur:
        pieces.append(cur)
    scores = [a.polarity_scores(p) for p in pieces]
    total = sum(len(p) for p in pieces) or 1
    return {k: round(sum(sc[k] * len(p) for sc, p in zip(scores, pieces)) / total, 4)
            for k in ("neg", "neu", "pos", "compound")}


def tone(text: str) -> dict:
    """VADER's compound, pos, neu and neg of ``text`` after typographic normalisation,
    with the extended lexicon (a text over LONG_TEXT characters: see :func:`polarity`)."""
    return polarity(normalise(text))
