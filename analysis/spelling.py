"""One person's name in two spellings: the one test of "variant", and its groups.

A name is a spelling variant of another ("Qassem Suleimani" of "Qasem Soleimani", "Angela
Markel" of "Angela Merkel") when both have the same consonant skeleton in every part of the
name (:func:`name_skeleton`) and at least :data:`SIMILARITY` of their characters alike
(:func:`similar_spelling`). The attribution asks it within one document and against the
registry (``analysis.attribute.document_actors.DocumentActors.variant_of``); the store asks it across
documents, of the learned names it holds (``analysis.store.variants``, with
:func:`variant_groups` and :func:`display_names` here). A plain-function module with no
import of the attribution or the store, so both read the same definition."""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Iterable, Mapping

from .actors import _key

# How alike two spellings of one name are at least (difflib's ratio on their look-up keys).
# Chosen when the skeleton test was written for issue 11 (one typo or transliteration in a
# two-part name keeps a ratio of ~0.85-0.95; two people of one surname and different given
# names of the same skeleton fall below it): a threshold of the rule, not fitted to a dataset.
SIMILARITY = 0.8

_DOUBLED_RE = re.compile(r"(.)\1+")
_LATER_VOWEL_RE = re.compile(r"[aeiouy'\-]")


@lru_cache(maxsize=1 << 14)  # each learned name is asked again at every add() of its document
def name_skeleton(name: str) -> tuple[str, ...] | None:
    """ "Qassem Suleimani" and "Qasem Soleimani" -> ("ksm", "slmn"): each part of a name
    without diacritics, doubled letters and vowels after its first letter, q as k, ph as f.
    None for a name of fewer than two parts (a lone word is never merged)."""
    parts = [p for p in _key(name).replace(".", " ").split() if len(p) > 1]
    if len(parts) < 2:
        return None
    out = []
    for p in parts:
        p = _DOUBLED_RE.sub(r"\1", p.replace("ph", "f").replace("q", "k").replace("ck", "k"))
        out.append(p[0] + _LATER_VOWEL_RE.sub("", p[1:]))
    return tuple(out)


def similar_spelling(a: str, b: str) -> bool:
    """At least :data:`SIMILARITY` of the characters of `a` and `b` alike (look-up keys)."""
    return difflib.SequenceMatcher(None, _key(a), _key(b)).ratio() >= SIMILARITY


def is_variant(a: str, b: str) -> bool:
    """`a` and `b` are two spellings of one name: the same skeleton, and similar spellings."""
    key = name_skeleton(a)
    return key is not None and key == name_skeleton(b) and similar_spelling(a, b)


def variant_groups(names: Iterable[str]) -> list[list[str]]:
    """The groups of two or more `names` that are spellings of one name, each sorted, the
    groups sorted by their first name; a function of the SET of names alone.

    Names of one skeleton are linked by :func:`is_variant`; a connected group is kept only
    when EVERY pair in it is a variant (a clique). When two names are each a variant of a
    third but not of each other ("Jon Doe", "John Doe", "Johan Doe"), nothing of that
    group is merged: which pair belongs together is a guess, and a false merge of two
    people hides one of them, while a missed merge only splits one person's figures (the
    same caution as ``variant_of``, which maps a name only to a single candidate)."""
    by_skeleton: dict[tuple, list[str]] = {}
    for n in sorted(set(names)):
        key = name_skeleton(n)
        if key is not None:
            by_skeleton.setdefault(key, []).append(n)
    groups = []
    for same in by_skeleton.values():
        if len(same) < 2:
            continue
        linked = {n: {m for m in same if m != n and similar_spelling(n, m)} for n in same}
        seen: set[str] = set()
        for n in same:
            if n in seen or not linked[n]:
                continue
            part, todo = set(), [n]
            while todo:  # the connected group of n
                m = todo.pop()
                if m not in part:
                    part.add(m)
                    todo += linked[m] - part
            seen |= part
            if all(linked[m] >= part - {m} for m in part):
                groups.append(sorted(part))
    return sorted(groups)


def display_names(groups: Iterable[list[str]], counts: Mapping[str, int]) -> dict[str, str]:
    """name -> the name its group is shown under: the spelling with the most statements
    (`counts`; a name without a count has none), ties broken alphabetically. Every member
    of a group is a key, its display name included."""
    out: dict[str, str] = {}
    for group in groups:
        shown = min(group, key=lambda n: (-counts.get(n, 0), n))
        out.update((n, shown) for n in group)
    return out
