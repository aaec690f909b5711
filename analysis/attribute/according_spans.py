"""Which words a source set off by commas inside a sentence credits ("according to X", "as X
reported"). After an opening of the sentence ("In addition, according to the department, nine
million workers will …", "While most were minor, according to an official, two were serious",
"… because, according to Roe, the press would …") the phrase stands before the main clause, and
the source's words are that clause, not the opening; between a subject and its auxiliary the
sentence is the source's whole. (General English: an adverbial phrase or clause of source attaches to the clause it
stands in; an opening or a subordinator before it is the outlet's frame.)"""
from __future__ import annotations

import re

from .frame_openings import CLAUSE_NOT_INTRO_RE, INTRO_RE, openings_only
from .patterns import AS_CLAUSE_ADVERBS, AS_CLAUSE_WHEN, AUXILIARIES
from .quotes import _mask_quotes
from .resolve import resolve
from .source_vocab import source_vocab

# "according to" right before the source's mention (a determiner may stand between)
_ACCORDING_BEFORE_RE = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+|an?\s+)?$")
# a subordinator or a conjunction that ends the words before the phrase: the clause after the
# phrase is the one it opens ("because, according to Roe, …", "and, according to the poll, …")
_OPENS_CLAUSE_RE = re.compile(r"\b(?:because|since|although|though|while|whereas|if|when|that|and|but|so|yet)$", re.I)
# what opens the words after the phrase when they are no clause of their own: a participle, a
# relative pronoun or a conjunction ("…, according to X, taking a step toward …")
_NO_CLAUSE_RE = re.compile(r"\s*(?:[a-z]+ing\b|which\b|who\b|whose\b|and\b|but\b|or\b|as\b|while\b|than\b|[(\-–—\"“])")
_SOURCE_END_RE = re.compile(r",\s")
# a time before now as an opening: "Weeks ago", "Just a few days ago", "Two years ago" (general English)
_AGO_RE = re.compile(r"(?:[Jj]ust\s+|[Oo]nly\s+)?(?:[\w\-]+\s+){0,3}ago")


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
    close = _SOURCE_END_RE.search(masked, mention[1])
    if close is None or re.search(r"[;:]", masked[mention[1]:close.start()]):
        return None
    return _set_off_clause(u, masked, acc.start(), close.end())


def _set_off_clause(u: str, masked: str, phrase_start: int, start: int) -> tuple[int, int] | None:
    """The source's words around a phrase set off by commas from masked[phrase_start] to the
    comma before `start`: the clause after it after an opening, the sentence whole after a subject
    whose auxiliary follows, else None."""
    before = masked[:phrase_start].rstrip()
    if not before.endswith(","):
        return None
    before = before[:-1].strip()
    if not before:
        return None
    first = re.match(r"\s*([\w'’]+)", masked[start:])
    if _NO_CLAUSE_RE.match(masked, start) or first is None:
        return None  # (no clause of its own)
    end = len(u.rstrip())
    if first.group(1).lower() in AUXILIARIES:
        # "The plan, according to the agency, will cost …": the predicate of a subject before the
        # phrase; the sentence is the source's, whole when the subject opens it (a subject after
        # a clause of its own is left to the reading of the whole sentence)
        bare = not re.search(r"[,;:\"“”]", before) and not _OPENS_CLAUSE_RE.search(before) and len(before.split()) <= 8
        return (len(u) - len(u.lstrip()), end) if bare else None
    if len(masked[start:end].split()) < 4:
        return None
    opening = openings_only(before) or _OPENS_CLAUSE_RE.search(before) is not None \
        or all(INTRO_RE.fullmatch(p) and not CLAUSE_NOT_INTRO_RE.match(p) or _AGO_RE.fullmatch(p)
               for p in (q.strip() for q in before.split(",")))
    return (start, end) if opening else None


# a reporting "as"-clause set off by commas inside the sentence, up to its closing comma: "…, as
# the Gazette reported on Saturday, …" (the verbs are ``as_clause_verbs``)
_AS_BEFORE_RE = re.compile(r",\s+as\s+$")


def as_clause_words(u: str, mention: tuple[int, int] | None) -> tuple[int, int] | None:
    """The words a reporting "as"-clause set off inside a sentence credits: the clause after it
    after an opening ("Weeks ago, as the Gazette reported, Roe and Doe met …"); None otherwise (a
    comment clause that closes the sentence or has a main clause after it reports nothing)."""
    if mention is None:
        return None
    masked = _mask_quotes(u)
    at = _AS_BEFORE_RE.search(masked, 0, mention[0])
    clause = _AS_INNER_RE.match(masked, at.start()) if at is not None else None
    if clause is None or clause.start("who") > mention[0] or clause.end("who") < mention[1] \
            or clause.group("verb") not in source_vocab().as_clause_verbs:
        return None  # (only the clause of a subject and its verb: ", as Roe warns that …" reports what follows)
    close = _SOURCE_END_RE.match(masked, clause.end())
    if close is None:
        return None  # ("The levy was small, as the Gazette reports.": a comment, left to the outlet)
    # (a comment clause with a main clause after it, ", as he noted, and the lines were long",
    # reports nothing: _set_off_clause finds no clause after an opening)
    return _set_off_clause(u, masked, at.start() + 1, close.end())


# ", as the Gazette reported on Saturday," / "…, as Roe wrote." inside a sentence: the subject, up
# to two adverbs or auxiliaries, the verb, a short adjunct of when or where
_AS_INNER_RE = re.compile(r",\s+as\s+(?P<who>[^,;:()\"“”]{2,60}?)\s+" + AS_CLAUSE_ADVERBS + r"(?P<verb>[a-z]+)"
                          r"(?:\s+(?:" + AS_CLAUSE_WHEN + r")\b[^,;:()]{0,40})?\s*(?=[,.;!?]|$)")


def inner_as_source(ctx, u: str, masked: str, verbs: frozenset[str]):
    """(verb position, speaker, verb, False, mention) of a reporting "as"-clause set off inside the
    sentence ("Weeks ago, as the Gazette reported, Roe and Doe met …"), its verb one of `verbs`
    (``as_clause_verbs``) and its subject a source; else None."""
    for m in _AS_INNER_RE.finditer(masked):
        if m.group("verb") not in verbs:
            continue
        sp = resolve(ctx, m.group("who"), u)
        if sp is not None and (sp.named or sp.kind == "unnamed") and as_clause_words(u, m.span("who")) is not None:
            return m.start("verb"), sp, m.group("verb"), False, m.span("who")
    return None
