"""Escalation, last stage: constructions that do an act no single cue word carries (issue 16,
round 2): a verbless demand to punish, an accusation that a party will not stop short of more,
a longing for peace, good wishes, an insult. Read from escalation.toml's [constructions] only
when no cue scored the statement; each regex is tried only when one of its guard words is
among the statement's lowercased tokens (most statements hold none: a set look-up each)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..toml_data import data_file
from .escalation_lexicon import cue_in_words


@dataclass(frozen=True)
class Construction:
    key: str
    name: str
    code: str
    goldstein: float
    guard: frozenset[str]
    pattern: re.Pattern[str]
    scale: float = 1.0  # [combine].reported for an act told as done ("reported = true")
    party_only: bool = False  # not in a reader's comment

    @property
    def value(self) -> float:
        return round(-self.goldstein / 10 * self.scale, 3)


@lru_cache(maxsize=1)
def constructions() -> tuple[Construction, ...]:
    """escalation.toml's [constructions], compiled once per process."""
    data = data_file("escalation.toml")
    reported = float(data["combine"]["reported"])
    return tuple(Construction(k, v["name"], str(v["code"]), float(v["goldstein"]), frozenset(v["guard"]),
                              re.compile(v["pattern"]), reported if v.get("reported") else 1.0,
                              bool(v.get("party_only")))
                 for k, v in data.get("constructions", {}).items())


@lru_cache(maxsize=1)
def _guards() -> frozenset[str]:
    return frozenset(g for c in constructions() for g in c.guard)


def construction(text: str, tokens: Iterable[str], party: bool = True) -> tuple[float, str] | None:
    """The first construction that ``text`` (normalised; ``tokens`` its lowercased tokens) does,
    as its value and its cue in words, or None. A question does none (a reporter's or a
    reader's question asks). ``party`` False: a reader's comment (no `party_only` ones)."""
    if _guards().isdisjoint(tokens):
        return None
    tokens = set(tokens)
    for c in constructions():
        if tokens.isdisjoint(c.guard) or (c.party_only and not party):
            continue
        m = c.pattern.search(text)
        if m is None or "?" in text[m.end():]:
            continue
        span = " ".join(m.group(0).split()).lower()
        return c.value, cue_in_words(c.name, span, c.code, c.goldstein, c.value)
    return None
