"""Which reporting frames are statements. In a sentence whose main clause is the report, the
frame that only says who spoke and how ("Roe said on Monday", '"…," said Jane Roe, the
director of the Pier Institute.', "According to Roe,") and what goes on after the words in
that sentence ("Roe said | the plan would pass, | which surprised many.") are its
attribution, not statements of the outlet's: they get no row (their traces stay on the
words' statement: the cue, the speaker's mention offsets; the document keeps its text,
`export documents --with-body`). Hand annotations mark such a sentence whole as the
speaker's (gold/GUIDELINES.md) and match it to the row that overlaps it most, which a frame
row longer than the words would be.

The rest of a sentence around a report that is not its main clause stays the outlet's
narration: "The report came out after Roe briefed | the council.", "… and partly fulfils
Roe's | pledge to cut taxes."."""
from __future__ import annotations

import re

from ..model import Statement
from .patterns import AUXILIARIES, WEEKDAYS
from .speaker import POSSESSIVE_ENDINGS

# words that put the name after them inside a clause of the outlet's: subordinators,
# relative pronouns, coordinators, prepositions and finite auxiliaries ("released after Roe",
# "boiled over when Roe", "Doe and Roe", "a strike on Roe's", "was told by Roe"); general
# English, closed classes
_EMBEDDING_RE = re.compile(
    r"\b(?:after|before|when|whenever|while|as|because|since|until|if|unless|although|though|once|whereas|"
    r"that|which|who|whom|whose|where|whether|and|or|but|nor|than|"
    r"of|for|to|in|on|at|by|with|from|about|over|into|onto|upon|against|between|among|amid|under|"
    r"like|including|toward|towards|via|per|despite|without|within|"
    + "|".join(sorted(AUXILIARIES - {"not"} | {"being", "shall"})) + r")\b",
    re.I)
# a connective that opens the sentence or its second main clause ("But Roe said …", "…, and
# the council warned …")
_CONNECTIVE_RE = re.compile(r"^\s*(?:but|and|yet|so|still|now|then|also|or|nor)\s+", re.I)
# a time opening without its comma ("On Thursday Roe said", "Last week the council …")
_WHEN_RE = re.compile(r"^\s*(?:(?:On|Last|This|Earlier|Later|Early|Late)\s+)?(?:" + WEEKDAYS + r"|"
                      r"week|month|year|night|morning|afternoon|evening|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                      r"[a-z]*\.?\s+\d{1,2})\s+")
# a title in capitals right before the name ("Secretary of State ", "Minister for Foreign Affairs ")
_TITLE_RE = re.compile(r"(?:[A-Z][\w.'’\-]*\s+(?:(?:of|for|the)\s+)*)+$")
# what opens a sentence with its source: "According to Roe, …", "As Roe put it, …"
_SOURCE_OPENING_RE = re.compile(r"\s*(?:according\s+to|as)\s*", re.I)
# where an opening of the sentence ends: a comma, a colon or semicolon, a dash or a bracket
_OPENING_END_RE = re.compile(r"[,;:(\[—–]|\s-\s")


def _holds_mention(frame: Statement, st: Statement) -> bool:
    return st.speaker_start is not None and st.speaker_end is not None \
        and frame.char_start <= st.speaker_start and st.speaker_end <= frame.char_end


def _main_clause_lead(before: str) -> bool:
    """Whether `before`, the sentence up to where its source is named, leaves that name the
    subject of the main clause: nothing, openings set off by a comma ("On Monday, ", "After
    the vote, "), a title or description ("Republican nominee "), never a clause of the
    outlet's that the name sits inside ("The report came out after ")."""
    lead = _CONNECTIVE_RE.sub("", _OPENING_END_RE.split(before)[-1], count=1)
    lead = _TITLE_RE.sub("", _WHEN_RE.sub("", lead, count=1), count=1)
    return not _EMBEDDING_RE.search(lead) or bool(_SOURCE_OPENING_RE.fullmatch(lead))


def attribution_only(frame: Statement, before: Statement | None, after: Statement | None, text: str) -> bool:
    """Whether `frame` (cue "frame") is only the attribution of the words next to it: it holds
    where their source is named, after the words ('"…," Roe said') or before them with that
    name the subject of the sentence's main clause ("On Monday, Roe said | …"; a possessive,
    "Roe's | pledge to …", only where it opens the sentence)."""
    if before is not None and before.cue != "frame" and _holds_mention(frame, before):
        return True
    if after is None or after.cue == "frame" or not _holds_mention(frame, after):
        return False
    lead = text[frame.char_start:after.speaker_start]
    if text[after.speaker_end:after.speaker_end + 2] in POSSESSIVE_ENDINGS \
            or text[after.speaker_end - 2:after.speaker_end] in POSSESSIVE_ENDINGS:
        return not lead.strip()  # "… fulfils Roe's | pledge to …": a noun phrase inside the outlet's clause
    return _main_clause_lead(lead)


# the end of a sentence: a full stop, question or exclamation mark, closing marks after it
_SENTENCE_END_RE = re.compile(r"[.!?][\"”'’)]*\s*$")


def _goes_on(words: Statement, frame: Statement, text: str) -> bool:
    """Whether `frame` goes on the sentence of `words` right before it (", focusing on …",
    "– helping …", "and fabricated by …"), not a sentence of its own after it."""
    between = text[words.char_end:frame.char_start]
    if between.strip() or "\n" in between:
        return False
    ends = _SENTENCE_END_RE.search(words.text) is not None
    return not ends or not frame.text[:1].isupper()


def without_frames(statements: list[Statement], text: str) -> list[Statement]:
    """``statements`` without the frames of a sentence whose main clause is the report: the
    frame that is only the attribution of the words beside it (:func:`attribution_only`), and
    what goes on after those words in the same sentence (", focusing on …", ", which …"), the
    whole sentence being the speaker's statement as a reader marks it. The frames around a
    report inside a clause of the outlet's stay its narration. Renumbered in reading order."""
    n = len(statements)
    drop = {i for i, st in enumerate(statements)
            if st.cue == "frame" and attribution_only(st, statements[i - 1] if i else None,
                                                      statements[i + 1] if i + 1 < n else None, text)}
    for i, st in enumerate(statements):
        if st.cue != "frame" or i in drop or not i:
            continue
        words = statements[i - 1]
        if words.cue == "frame" or words.speaker_start is None or not _goes_on(words, st, text):
            continue
        named_inside = words.char_start <= words.speaker_start and words.speaker_end <= words.char_end
        # (the frame that named them may stand before an earlier report of the same sentence:
        # "Roe praised | the plan, | calling it | "bold," | after the vote")
        if named_inside or any(k in drop and _holds_mention(statements[k], words) for k in range(max(0, i - 5), i - 1)):
            drop.add(i)
    before, after = _words_around(statements)
    for i in sorted(drop):
        _keep_frame_for_tone(statements[i], before[i], after[i])
    kept = [st for i, st in enumerate(statements) if i not in drop]
    for seq, st in enumerate(kept):
        st.seq = seq
    return kept


def _words_around(statements: list[Statement]) -> tuple[list, list]:
    """For each statement, the nearest statement that is no frame before it and after it (or
    None), in one pass each way."""
    before, after, last = [], [None] * len(statements), None
    for st in statements:
        before.append(last)
        last = st if st.cue != "frame" else last
    last = None
    for i in range(len(statements) - 1, -1, -1):
        after[i] = last
        last = statements[i] if statements[i].cue != "frame" else last
    return before, after


def _keep_frame_for_tone(frame: Statement, before: Statement | None, after: Statement | None) -> None:
    """The words' statement next to a dropped frame (`before` it or `after` it, the nearest
    that is no frame) keeps the frame's text for tone (``extra["frame_before"]``,
    ``extra["frame_after"]``): a reader rates the sentence whole, frame and all
    (analysis.score reads the act verb once)."""
    if after is not None and _holds_mention(frame, after) and after.char_start >= frame.char_end:
        after.extra["frame_before"] = (after.extra.get("frame_before", "") + " " + frame.text).strip()
    elif before is not None:
        before.extra["frame_after"] = (before.extra.get("frame_after", "") + " " + frame.text).strip()
