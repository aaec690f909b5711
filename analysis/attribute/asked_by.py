"""A question in the passive with its asker after "by": "Asked by Jane Roe whether the pier would
reopen, Doe said …", "When asked by a reporter if …", "Doe was asked by host Jane Roe whether …".
English names the agent of a passive after "by" (Quirk et al. 1985 §3.63): the asker is the
speaker of the question, which runs from its question word, "about" or "to" to the comma that
closes an opening participle clause, else to the sentence's end. A sentence that opens with such
a clause is cut there (:func:`asked_cut`), the main clause read on its own with its speaker."""
from __future__ import annotations

import re

from .mentions import Span
from .resolve import resolve

# "asked" (an adverb before it), "by", the asker (up to six words, no clause mark), an adjunct
# of time at most, then what was asked: a question word, "about" or "to" and a verb
ASKED_BY_RE = re.compile(
    r"\b[Aa]sked\s+(?:[a-z]+ly\s+)?by\s+(?P<who>[^\s,;:\"“”]+(?:\s+[^\s,;:\"“”]+){0,5}?)\s+"
    r"(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+)?"
    r"(?P<q>whether|if|about|what|why|how|when|where|who|to\s+[a-z]+)\b")
# an opening clause of the question: "Asked by …," / "When asked by …," at the sentence's start
_OPENING_RE = re.compile(r"^\W*(?:(?:When|After|If|Once)\s+)?[Aa]sked\s+(?:[a-z]+ly\s+)?by\s")


def asked_by_speaker(ctx, u: str, masked: str) -> tuple[object, str, None, Span] | None:
    """(the asker, "asked", None, where the asker is named) for a passive question with its
    asker after "by"; None when there is none or the asker names nobody."""
    m = ASKED_BY_RE.search(masked) if "sked" in masked and " by " in masked else None
    if m is None:
        return None
    sp = resolve(ctx, m.group("who"), u)
    if sp is None or not (sp.named or sp.kind == "unnamed"):
        return None
    return sp, "asked", None, m.span("who")


def asked_by_words(masked: str) -> tuple[int, int] | None:
    """Where the question of a passive "asked by X …" is: from its question word to the comma
    that closes an opening clause, else to the sentence's end; None when there is none."""
    m = ASKED_BY_RE.search(masked)
    if m is None:
        return None
    end = len(masked.rstrip())
    if _OPENING_RE.match(masked):
        comma = masked.find(",", m.end())
        end = comma if comma > 0 else end
    return (m.start("q"), end) if end - m.start("q") >= 8 else None


def asked_cut(masked: str) -> int | None:
    """Where an opening clause "Asked by X whether …," ends (its comma), when a main clause of
    at least a few words follows it; None otherwise."""
    if not _OPENING_RE.match(masked):
        return None
    m = ASKED_BY_RE.search(masked)
    comma = masked.find(",", m.end()) if m is not None else -1
    if comma < 0 or len(masked[comma + 1:].split()) < 3:
        return None
    return comma
