"""Reporting verbs that report nothing.

- A verb whose everyday sense is to keep or hold something ("maintain") reports speech only
  before a clause: "Roe maintained that the vote was fair", '"…," she maintained',
  "he maintained the emails were not classified"; "Roe maintains a wide lead", "the centre
  maintains a program" are no speech (:func:`holding_object`).
- A line that is nothing but its speaker and verb says nothing of its own: "Roe added:" and
  "The Times reports:" announce the words after them (the driver gives those to the speaker);
  "Roe wouldn't say." reports that nothing was said (:func:`bare_frame`). Such a line is the
  outlet's frame.

General English (the senses of "maintain" in any dictionary; an introducing line as news
writes it), not read off any corpus.
"""
from __future__ import annotations

import re

from .cues import vocab
from .negation import NEGATED_AUX_RE

# the words after a verb up to the end of their clause
_CLAUSE_REST_RE = re.compile(r"[^,;.:!?\"“”(—–]*")
# a finite verb that makes the words after "maintained" a clause ("maintained the emails were
# not classified"): an auxiliary, a form of "be", a modal. General English.
_FINITE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|shall|may|might|must|"
                        r"did|does|do|isn['’]t|wasn['’]t|weren['’]t|aren['’]t|didn['’]t|doesn['’]t|won['’]t)\b")


def holding_object(masked: str, verb: str, verb_end: int) -> bool:
    """Whether a verb of keeping ("maintained") has a plain object after it, not a clause:
    "Clinton maintains a wide lead among …" (no speech) as against "Roe maintained that …",
    "…, Roe maintained.", "Roe maintained the plan was legal" (speech)."""
    if verb not in vocab().holding_verbs:
        return False
    rest = _CLAUSE_REST_RE.match(masked, verb_end).group(0)
    words = rest.split()
    if not words or words[0].lower() in ("that", "to"):
        return False
    return _FINITE_RE.search(rest) is None


def bare_frame(u: str, cue: str) -> bool:
    """Whether the sentence `u`, attributed with `cue` (its reporting verb as the attributor
    read it), is its speaker and verb and nothing else: an introducing line ending in a colon ("Roe added:", "The Times reports:", "He
    said:"), or a negated verb with nothing after it ("Roe wouldn't say.", "She did not
    comment."). No quotation in it; at most six words before the verb."""
    s = u.strip()
    if not cue or not s or any(q in s for q in "\"“”"):
        return False
    end = s[-1]
    if end not in ":.":
        return False
    body = s[:-1].rstrip()
    verb = cue.split()[-1]
    if not verb[:1].isalpha() or not body.lower().endswith(verb.lower()):
        return False
    before = body[:len(body) - len(verb)].rstrip()
    if not before or len(before.split()) > 6:
        return False
    if end == ".":
        # ("Roe said." after a quotation is that quotation's tail, left to the tail rules)
        return NEGATED_AUX_RE.search(before) is not None
    return True
