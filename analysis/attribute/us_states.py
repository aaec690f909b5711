"""The US states as attribution reads them, from ``analysis/data/us_states.toml`` (the one list
of them: each state's name and the abbreviations news writes for it)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..toml_data import data_file


@lru_cache(maxsize=1)
def state_patterns() -> tuple[re.Pattern, re.Pattern, dict]:
    """(a state's name in a phrase, a party-state tag "(D-Vt.)" or a state's name in text, the
    state of each name and abbreviation)."""
    of: dict[str, str] = {}
    for name, *abbrevs in data_file("us_states.toml")["states"]:
        of[name] = name
        for a in abbrevs:
            of[a] = name
    names = "|".join(sorted((re.escape(n) for n in of if of[n] == n), key=len, reverse=True))
    tags = "|".join(sorted((re.escape(a) for a in of if of[a] != a), key=len, reverse=True))
    in_phrase = re.compile(r"\b(" + names + r")\b")
    in_text = re.compile(r"\b[DRI]-(" + tags + r")(?![\w.])|\b(" + names + r")\b")
    return in_phrase, in_text, of


@lru_cache(maxsize=1)
def state_first_words() -> frozenset[str]:
    """The first word of each state's name, in lower case ("florida"; "new", "north", "south",
    "west", "rhode" for the names of two words): a single capitalised word that is one of these
    is (part of) a place's name, not a person's or a firm's ("a Florida poll")."""
    return frozenset(name.split()[0].lower() for name, *_ in data_file("us_states.toml")["states"])
