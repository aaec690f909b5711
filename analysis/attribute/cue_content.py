"""Where a reported sentence's own words begin when the sentence opens with its source: after
the source's verb. "Roe has long railed against the plan." is Roe's stance toward the plan, and
the words that are hers are what follows the verb ("against the plan"), as "Roe said that the
plan would fail" gives "the plan would fail"; the subject and its verb are the outlet's frame
(a statement of the narrator, :func:`.frames._frame_statement`), and the verb stays the
statement's cue, which the escalation score reads before its words (score._act_before)."""
from __future__ import annotations

import re

from .second_reports import _word_re

# what may follow the verb before the words: "that"
_AFTER_VERB_RE = re.compile(r"\s*(?:that\b\s*)?")
# a frame set inside the words by commas: the verb, at most three words ("then", "on
# Tuesday") and a comma ("The truth, Roe said then, was …"): the words are around it
_PARENTHETICAL_RE = re.compile(r"(?:\s+[\w’'\-]+){0,3}\s*,")
# what the verb's words cannot do without: a condition before the source ("If the strikes go
# on, Russia will warn …"), a negation or a modal between the source and the end of its verb
# ("He doesn't think the levees will hold" is no belief that they will; "Russia will warn" is
# no warning yet): the sentence stays whole, for its tone and escalation to read them
_CONDITION_RE = re.compile(r"\W*(?:[Ii]f|[Uu]nless|[Ss]hould|[Oo]nce)\b")
_NEGATION_OR_MODAL_RE = re.compile(r"\b(?:not|never|no|n[’']t|cannot|will|would|may|might|could|should|can|must|shall)\b"
                                   r"|n[’']t\b")
# fewer characters than this after the verb is no statement of its own ("Roe disagreed.")
MIN_WORDS_CHARS = 11


def words_after_cue(masked: str, cue: str, mention: tuple[int, int] | None, start: int, end: int) -> int | None:
    """Where the speaker's words begin in the span [start, end) of a sentence (quotations
    masked) whose source is named at `mention` inside the span, in its first half, and whose
    cue `cue` follows that mention: right after the cue (and a "that" after it).
    None when the span does not open with its source (the source after its words, '…, Roe
    said in an interview.', keeps the words before it), when the frame stands inside the words
    between commas, when a condition, a negation or a modal would be lost with it, or when
    too little follows the verb."""
    if mention is None or not cue or not (start <= mention[0] < end) or mention[0] - start > (end - start) / 2:
        return None
    m = _word_re(cue).search(masked, mention[1], end)
    if m is None or _CONDITION_RE.match(masked, start, mention[0]) \
            or _NEGATION_OR_MODAL_RE.search(masked, mention[1], m.end()):
        return None
    if _PARENTHETICAL_RE.match(masked, m.end(), end):
        return None
    at = _AFTER_VERB_RE.match(masked, m.end()).end()
    return at if end - at >= MIN_WORDS_CHARS else None
