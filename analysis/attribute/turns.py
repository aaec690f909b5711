"""A sentence of a transcript's labelled turn -> its speaker, cue and mention: the label's
speaker ("MR. SINGH:", "Q:", "A:" -> :mod:`.labels`), a stage direction the outlet's
("(Laughter.)"), a reporter's line inside an official's turn ("Q — …"), and the mention a
sentence gives itself ("I think …"). Plain functions over the document's text and blocks."""
from __future__ import annotations

import re

from ..model import Block, Unit
from .labels import label_speaker
from .speaker import NARRATOR_SPEAKER, REPORTER, REPORTER_LINE_RE

# a transcript's stage direction, a whole sentence in parentheses ("(Laughter.)", "(Cross-talk.)",
# "(BEGIN VIDEO CLIP.)"): the transcriber's words inside a turn, not the speaker's
STAGE_DIRECTION_RE = re.compile(r"\([^()]{1,120}\)[.!]?")
# a sentence of a turn that names its source itself: the first person as the subject of a
# verb of saying or holding, after discourse words at most ("Well, I think …", "And we believe
# …", "I don't think …"); general English
FIRST_PERSON_FRAME_RE = re.compile(
    r"\W*(?:(?:and|but|so|well|yes|no|now|look|oh|again|still|frankly|honestly|in fact|of course|and yet)\W+)*"
    r"(?P<pron>I|[Ww]e)\s+(?:(?:do|did|don['’]t|didn['’]t|do not|did not|really|just|also|still|certainly|strongly|"
    r"firmly|absolutely|always|never|personally|truly|genuinely|honestly|sincerely|fully)\s+){0,2}(?P<verb>[a-z]+)\b",
    re.I)
# first- and second-person pronouns: a parenthesised aside with one is the speaker's own
OWN_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|yourselves)\b", re.I)
# what REPORTER_LINE_RE's match opens with (tested first: every sentence of a turn asks)
_REPORTER_LINE_OPENINGS = ("Q", " ", "\t")


def turn_speaker(ctx, text: str, b: Block, un: Unit, u: str, labels: dict, label_at: dict, v) -> tuple:
    """(speaker, cue, mention in u) of the sentence `u` of a labelled turn `b`; `labels` and
    `label_at` cache, per document, each label's speaker and where each turn's label stands."""
    if b.label not in labels:
        labels[b.label] = label_speaker(ctx, b.label)
    sp, cue = labels[b.label], "turn"
    at = label_at.get(un.block)
    if at is None:
        at = label_at[un.block] = _label_at(text, b)  # once per turn, not per sentence of it
    mention = (at - un.start, at - un.start + len(b.label)) if at >= 0 else None
    line = text.rfind("\n", b.start, un.start) + 1 or b.start
    if u[:1] == "(" and STAGE_DIRECTION_RE.fullmatch(u.strip()) and not OWN_PERSON_RE.search(u):
        sp, cue, mention = NARRATOR_SPEAKER, "narrator", None  # "(Laughter.)", "(BEGIN VIDEO CLIP.)"
    elif text[line:line + 1] in _REPORTER_LINE_OPENINGS and REPORTER_LINE_RE.match(text, line) \
            and b.label.strip(" .").lower() not in v.reporter_labels:
        sp = REPORTER  # "Q — because …": a reporter's line inside an official's turn
        q = line + len(text[line:un.end]) - len(text[line:un.end].lstrip(" \t"))
        mention = (q - un.start, q - un.start + 1)
    else:
        # "I think we should stay": the sentence names its source itself, as "he said"
        # does in a story; that pronoun is the mention, the label its antecedent
        fm = FIRST_PERSON_FRAME_RE.match(u)
        if fm and v.verb_re.fullmatch(fm.group("verb").lower()):
            mention = fm.span("pron")
    return sp, cue, mention


def with_label(text: str, b: Block, before) -> str:
    """A block's text as the document introduces its people: a turn's label that writes a name
    in mixed case ("Speaker Mike Johnson", "[**Jane Roe**](…):") stands before its first
    block, so the name is learned as one the document introduces ("Johnson" later in the text
    is Mike Johnson). A transcript's capitals ("MR. SINGH") are left to the label's reading."""
    own = text[b.start:b.end]
    if b.turn and b.label and not b.label.isupper() and not (before and before.turn and before.label == b.label):
        return f"{b.label}: \n{own}"
    return own


def _label_at(text: str, b: Block) -> int:
    """Where a turn's label stands in the text: just before (or at the start of) its block."""
    lo = max(0, b.start - len(b.label) - 200)
    return text.rfind(b.label, lo, b.start + len(b.label) + 2)
