"""Tone and escalation of a statement, with the cues that produced them.

tone: VADER (vaderSentiment) on the statement's own words — the quotation when there is
one, the sentence without its attribution clause otherwise — after normalising the
typography (curly apostrophes break VADER's negation: "weren’t successful" reads as
positive), with the diplomatic vocabulary of data/tone_lexicon.txt added to VADER's own
lexicon.

escalation in [-1, 1]: cues from CAMEO (data/escalation_verbs.tsv, derived from the CAMEO
verb dictionary, and data/escalation.toml), each worth -Goldstein/10 of its event code,
read in their sentence: negation and denial flip a cue ("won't allow a confrontation",
"denies any plans to invade"), hedges dampen it, an "if" clause marks it conditional. The
statement's score is the strongest cue's value, pulled toward the mean of all cues so that
a sentence with one hostile and several cooperative cues ranks between them.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .model import Statement

# -------------------------------------------------------------------------- typography

_TYPO = str.maketrans({"’": "'", "‘": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"',
                       "\u00a0": " ", "\u2009": " ", "\u202f": " ", "–": "-", "—": " - ", "…": "..."})


def normalise(text: str) -> str:
    """Straight quotes and apostrophes, plain spaces and dashes: what VADER expects."""
    return text.translate(_TYPO)


# -------------------------------------------------------------------------- data


def _data(name: str) -> str:
    return resources.files("analysis").joinpath(f"data/{name}").read_text("utf-8")


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, tuple[float, str]]  # form -> (escalation, CAMEO code)
    ignore: frozenset[str]
    phrases: dict[tuple[str, ...], tuple[float, str]]
    prefixes: list[tuple[str, float, str]]
    negators: frozenset[str]
    negator_phrases: tuple[tuple[str, ...], ...]
    negator_heads: frozenset[str]
    window: int
    flip: float
    hedges: frozenset[str]
    hedge: float
    conditional: float
    combine: dict


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    gold = {}
    for line in _data("escalation_verbs.tsv").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        form, code, g, _block = line.split("\t")
        gold[form] = (round(-float(g) / 10, 3), code)
    def value(entry) -> tuple[float, str]:
        code, g = entry
        return round(-float(g) / 10, 3), code

    raw = tomllib.loads(_data("escalation.toml"))
    words = {f: v for f, v in gold.items() if " " not in f}
    phrases = {tuple(f.split()): v for f, v in gold.items() if " " in f}
    prefixes = []
    for entry, spec in raw["nouns"].items():
        v = value(spec)
        if entry.endswith("*"):
            prefixes.append((entry[:-1], *v))
        elif " " in entry:
            phrases[tuple(entry.split())] = v
        else:
            words[entry] = v
    for form, spec in raw["verbs"].items():
        words[form] = value(spec)
    ignore = frozenset(raw["ignore"]["words"])
    for w in ignore:
        words.pop(w, None)
    neg = raw["negation"]
    return Lexicon(
        words=words, phrases=phrases, ignore=ignore, prefixes=sorted(prefixes, key=lambda p: -len(p[0])),
        negators=frozenset(w for w in neg["words"] if " " not in w),
        negator_phrases=tuple(tuple(w.split()) for w in neg["words"] if " " in w),
        negator_heads=frozenset(w.split()[0] for w in neg["words"] if " " in w),
        window=int(neg["window"]), flip=float(neg["flip"]), hedges=frozenset(neg["hedges"]),
        hedge=float(neg["hedge"]), conditional=float(neg["conditional"]),
        combine={k: float(v) for k, v in raw["combine"].items()},
    )


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    a = SentimentIntensityAnalyzer()
    for line in _data("tone_lexicon.txt").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        word, val = line.split("\t")[:2]
        a.lexicon[word] = float(val)
    return a


def data_files() -> list[str]:
    return [_data("escalation_verbs.tsv"), _data("escalation.toml"), _data("tone_lexicon.txt")]


# -------------------------------------------------------------------------- own words

QUOTED = re.compile(r'"([^"]{3,})"')
ATTRIBUTION_TAIL = re.compile(
    r",?\s*(?:(?:he|she|they|it|the [a-z ]{2,40}|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s+"
    r"(?:said|says|added|adds|told [\w ]{2,30}|noted|argued|argues|insisted|stressed|explained|wrote|tweeted)"
    r"|(?:said|says|added|argues|argued)\s+(?:[a-z]+\s+){0,3}[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})"
    r"[^\"]{0,80}$"
)
ATTRIBUTION_HEAD = re.compile(
    r"^(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}|(?:the|a|an) [a-z ]{2,40}|he|she|they)\s+"
    r"(?:has |had |also |again )?(?:said|says|told [\w ]{2,30}?|added|noted)\s+(?:that\s+)?"
)


def own_words(text: str) -> str:
    """The statement's own words: its quotations when they make up most of it, else the
    sentence without an attribution clause ("…, Lavrov said." / "Lavrov said that …")."""
    t = normalise(text).strip()
    quotes = QUOTED.findall(t)
    if quotes and sum(len(q) for q in quotes) >= 0.4 * len(t):
        return " ".join(q.strip() for q in quotes)
    t = ATTRIBUTION_TAIL.sub("", t).strip() or t
    return ATTRIBUTION_HEAD.sub("", t).strip() or t


# -------------------------------------------------------------------------- scores

TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*|[,;:.!?()\"]")
CLAUSE = frozenset(",;:.!?()\"")


def tone(text: str) -> dict:
    """VADER's compound, pos, neu and neg of normalised text."""
    return analyzer().polarity_scores(normalise(text))


_WORD_CACHE: dict[str, tuple[float, str] | None] = {}


def _word_value(t: str) -> tuple[float, str] | None:
    """A single word's cue (a form of the tables, or a noun by its prefix), remembered."""
    try:
        return _WORD_CACHE[t]
    except KeyError:
        pass
    lex = lexicon()
    v = lex.words.get(t)
    if v is None and t not in lex.ignore:
        v = next(((val, code) for pre, val, code in lex.prefixes if t.startswith(pre)), None)
    _WORD_CACHE[t] = v
    return v


def escalation(text: str, compound: float | None = None) -> tuple[float, tuple[str, ...]]:
    """Escalation in [-1, 1] and the cues that produced it, e.g. "invade(192,+0.95)",
    "negated:confrontation(138,-0.49)", "conditional:respond(130,+0.37)"."""
    lex = lexicon()
    toks = TOKEN.findall(normalise(text).lower())
    n = len(toks)
    cues: list[tuple[float, str]] = []
    used = [False] * n
    conditional_from = next((i for i, t in enumerate(toks) if t in ("if", "unless")), None)
    conditional_to = None
    if conditional_from is not None:
        conditional_to = next((i for i in range(conditional_from + 1, n) if toks[i] in (",", ";", ".")), n)
        # "if … , Moscow will respond": the consequence clause is conditional too
        conditional_to = next((i for i in range(conditional_to + 1, n) if toks[i] in (";", ".")), n)
    i = 0
    while i < n:
        hit = None
        for size in (3, 2):
            if i + size <= n and tuple(toks[i:i + size]) in lex.phrases:
                hit = (size, lex.phrases[tuple(toks[i:i + size])])
                break
        if hit is None:
            v = _word_value(toks[i])
            if v is not None:
                hit = (1, v)
        if hit is None:
            i += 1
            continue
        size, (val, code) = hit
        word = " ".join(toks[i:i + size])
        for k in range(i, i + size):
            used[k] = True
        i += size
        if abs(val) < 0.05:
            continue
        label = word
        # negation within the clause before the cue
        negated = False
        for k in range(i - size - 1, max(-1, i - size - 1 - lex.window), -1):
            if toks[k] in CLAUSE:
                break
            if toks[k] in lex.negators or toks[k].endswith("n't") or \
                    (toks[k] in lex.negator_heads and any(tuple(toks[k:k + len(p)]) == p for p in lex.negator_phrases)):
                negated = True
                break
        if negated:
            val = -val * lex.flip
            label = "negated:" + label
        if any(toks[k] in lex.hedges for k in range(max(0, i - size - 3), i - size)):
            val *= lex.hedge
            label = "hedged:" + label
        if conditional_from is not None and conditional_from < i - size < conditional_to:
            val *= lex.conditional
            label = "conditional:" + label
        cues.append((val, f"{label}({code},{val:+.2f})"))
    score = combine([c[0] for c in cues]) if cues else 0.0
    labels = [c[1] for c in cues]
    if compound is None:
        compound = analyzer().polarity_scores(normalise(text))["compound"]
    prior = -lex.combine["tone_weight"] * compound
    if abs(prior) >= 0.01:
        score += prior
        labels.append(f"tone({prior:+.2f})")
    return round(max(-1.0, min(1.0, score)), 4), tuple(labels)


def combine(values: list[float]) -> float:
    """The sentence's escalation from its cues in reading order: the main event usually
    comes first (the main clause's verb), so earlier cues weigh more (each next one
    `decay` times the one before); the strongest cue adds its share on top."""
    c = lexicon().combine
    w, total, weights = 1.0, 0.0, 0.0
    for v in values:
        total += w * v
        weights += w
        w *= c["decay"]
    order = total / weights
    strongest = max(values, key=abs)
    return (1 - c["strongest"]) * order + c["strongest"] * strongest


def score_statement(st: Statement, version: str | None = None) -> Statement:
    """Fill a statement's tone and escalation in place (spam is left unscored)."""
    if st.section == "spam":
        st.scorer_version = version
        return st
    words = own_words(st.text)
    t = analyzer().polarity_scores(words)
    st.tone, st.tone_pos, st.tone_neu, st.tone_neg = t["compound"], t["pos"], t["neu"], t["neg"]
    st.escalation, st.escalation_cues = escalation(st.text, t["compound"])
    st.scorer_version = version
    return st


def score_statements(statements: Iterable[Statement], version: str | None = None) -> list[Statement]:
    return [score_statement(s, version) for s in statements]
