"""Which words an "according to X" set off by commas inside a sentence credits: after an opening
of the sentence ("In addition, according to the department, nine million workers will …", "While
most were minor, according to an official, two were serious", "… because, according to Roe, the
press would …") the phrase stands before the main clause, and the source's words are that clause,
not the opening. (General English: an adverbial "according to" phrase attaches to the clause it
stands in; an opening or a subordinator before it is the outlet's frame.)"""
from __future__ import annotations

import re

from .frame_openings import CLAUSE_NOT_INTRO_RE, INTRO_RE, openings_only
from .patterns import AUXILIARIES
from .quotes import _mask_quotes

# "according to" right before the source's mention (a determiner may stand between)
_ACCORDING_BEFORE_RE = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+|an?\s+)?$")
# a subordinator or a conjunction that ends the words before the phrase: the clause after the
# phrase is the one it opens ("because, according to Roe, …", "and, according to the poll, …")
_OPENS_CLAUSE_RE = re.compile(r"\b(?:because|since|although|though|while|whereas|if|when|that|and|but|so|yet)$", re.I)
# what opens the words after the phrase when they are no clause of their own: a participle, a
# relative pronoun or a conjunction ("…, according to X, taking a step toward …")
_NO_CLAUSE_RE = re.compile(r"\s*(?:[a-z]+ing\b|which\b|who\b|whose\b|and\b|but\b|or\b|as\b|while\b|than\b|[(\-–—\"“])")
_SOURCE_END_RE = re.compile(r",\s")


def according_clause(u: str, mention: tuple[int, int] | None) -> tuple[int, int] | None:
    """The clause after a sentence-internal "according to X," whose words before it are only an
    opening (an adverbial, a subordinate clause, a connective) or end in a subordinator; the
    whole sentence when the phrase stands between a subject and its auxiliary; None when the
    phrase ends the sentence or follows a clause of its own."""
    if mention is None:
        return None
    masked = _mask_quotes(u)
    acc = _ACCORDING_BEFORE_RE.search(masked, 0, mention[0])
    if acc is None:
        return None
    before = masked[:acc.start()].rstrip()
    if not before.endswith(","):
        return None
    before = before[:-1].strip()
    close = _SOURCE_END_RE.search(masked, mention[1])
    if not before or close is None or re.search(r"[;:]", masked[mention[1]:close.start()]):
        return None
    start = close.end()
    first = re.match(r"\s*([\w'’]+)", masked[start:])
    if _NO_CLAUSE_RE.match(masked, start) or first is None:
        return None  # (no clause of its own)
    end = len(u.rstrip())
    if first.group(1).lower() in AUXILIARIES and not _OPENS_CLAUSE_RE.search(before):
        # "The plan, according to the agency, will cost …": the predicate of a subject before the
        # phrase; the sentence is the source's, whole
        return len(u) - len(u.lstrip()), end
    if len(masked[start:end].split()) < 4:
        return None
    opening = openings_only(before) or _OPENS_CLAUSE_RE.search(before) is not None \
        or all(INTRO_RE.fullmatch(p) and not CLAUSE_NOT_INTRO_RE.match(p)
               for p in (q.strip() for q in before.split(",")))
    return (start, end) if opening else None
