"""A person's grammatical gender, for resolving "he" and "she" to the right person.

Plain functions over names. The evidence, strongest first, is applied by the attributor:
the titles and words a document puts before a name (Mr, Ms, congresswoman, wife … :
``attribute.GENDERED``), then the person's given name (``data/given_names.toml``, a list
written from general knowledge, over ``data/given_names_census.toml``, generated from the
1990 US Census lists by tools/gen_given_names.py; a name common for both genders is in
neither and says nothing). An unknown gender never rules a person out.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .toml_data import data_file

# words that may stand before a given name in a canonical or written name
_PREFIXES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev",
                       "sen", "rep", "gov", "gen", "president", "senator", "governor", "judge"})


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """The generated census list (``given_names_census.toml``), then the hand-written one
    (``given_names.toml``) on top: its entries win, and its ``ambiguous`` names are out."""
    out: dict[str, str] = {}
    for fname in ("given_names_census.toml", "given_names.toml"):
        data = data_file(fname)
        out.update({n.lower(): "m" for n in data.get("male", [])})
        out.update({n.lower(): "f" for n in data.get("female", [])})
    for n in data_file("given_names.toml").get("ambiguous", ()):
        out.pop(n.lower(), None)
    return out


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    data = data_file("given_names.toml")
    return frozenset(data.get("place_words", ()))


def opens_with_given_name(toks: list[str]) -> bool:
    """Whether a capitalised span is a person's name by its given name ("Tina Houchins"), not a
    place or thing named after one ("Rose Garden", "Jim Crow laws")."""
    return bool(given_name_gender(" ".join(toks))) and toks[-1].strip(".,'’").lower() not in _place_words()


@lru_cache(maxsize=1 << 14)
def given_name_gender(name: str) -> str | None:
    """ "m", "f" or None: the gender a person's given name says ("Hillary Clinton" -> "f").
    A lone surname, an initial or a name the list lacks says nothing."""
    toks = [t.strip(".,'’").lower() for t in name.split()]
    while toks and toks[0] in _PREFIXES:
        toks = toks[1:]
    if len(toks) < 2:
        return None  # "Clinton": a surname alone gives no gender
    return _given_names().get(toks[0])


_CONTRACTION_RE = re.compile(r"^(he|she|they|it|we|i|you)[’'](?:s|d|ll|ve|re|m)$", re.I)


def contracted_pronoun(word: str) -> str | None:
    """The pronoun of a contraction that opens a verb phrase ("He’s claiming", "she'd said",
    "they’ve argued"): "He" for "He’s"; None for any other word."""
    m = _CONTRACTION_RE.match(word.strip())
    return m.group(1) if m else None
