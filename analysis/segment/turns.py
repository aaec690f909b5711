"""Transcript turns in a document: whether its "Name: words" lines are speaker labels at all,
and how far a label's turn runs."""
from __future__ import annotations

import re

from .cues import GENERIC_LABELS, Cues
from .lines import PRONOUN_RE, _Line, _Para, _speaks_of

# a question line whose "Q" lost its separator when the page's bold was stripped
# ("QWhat would have happened?"): "Q", then a capitalised word
GLUED_Q_RE = re.compile(r"^Q(?=[A-Z][a-z'’])")
# first- and second-person pronouns: a speaker's own words have them, an outlet's narration
# seldom does
SPEAKER_PRONOUN_RE = re.compile(r"\b(?:I|I'm|I’m|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|"
                                r"yourself|yourselves)\b", re.I)
QUOTE_OPENERS = ("\"", "“", "‘", "'", "«", "„")
WORD_RE = re.compile(r"[A-Za-z][\w'’\-]*")


def title_cased(words: str, c: Cues) -> bool:
    """Whether a label's words are a headline in Title Case ("'It Is Not A Radical Idea' To
    Ask For A $15 Minimum Wage."): enough words, nearly all capitalised, and a function word
    capitalised inside a sentence, which running text (a speaker's turn) never does."""
    ws = [(m.group(), m.start()) for m in WORD_RE.finditer(words)]
    if len(ws) < c.title_words or sum(w[0].islower() for w, _ in ws) > c.title_lower:
        return False
    for w, at in ws[1:]:
        if w[0].isupper() and w.lower() in c.title_function_words \
                and not re.search(r"[.!?:;][\"”’']?\s*$", words[:at]):
            return True
    return False


def _key(label: str) -> str:
    """A label's speaker as a transcript repeats it: "JAKE TAPPER" and "TAPPER" -> "tapper"."""
    words = re.sub(r"\s*\(.*?\)", "", label).split()
    return words[-1].strip(".,").lower() if words else label.lower()


def reads_as_transcript(labelled: list[_Line], c: Cues) -> bool:
    """Whether the labelled lines of a document not declared a transcript make it read as
    one: enough of them, and a speaker labelled twice (an interview's turns alternate), a
    generic interview label ("Question", "Moderator") or a page of quotations, each label
    opening one. Headings that each name a different person
    once ("Jeb Bush: Student loans", "Clinton: Keep it", "SHORT READS:") are not turns."""
    if len(labelled) < c.min_labels:
        return False
    keys = [_key(ln.label) for ln in labelled]
    if len(set(keys)) < len(keys) or any(k in GENERIC_LABELS for k in keys):
        return True  # a speaker labelled twice; an interview's "Question:", "Moderator:"
    quoting = sum(ln.text[ln.content_start - ln.start:].lstrip("*[]() ").startswith(QUOTE_OPENERS)
                  for ln in labelled)
    return 2 * quoting >= len(labelled)


def glued_questions(content: list[_Line]) -> int:
    """In an interview whose answers are labelled "A:", a line "QWhat …" is the interviewer's
    question labelled "Q", not more of the answer. Returns how many lines it labelled."""
    if sum(ln.label == "A" for ln in content) < 2:
        return 0
    n = 0
    for ln in content:
        if ln.kind == "text" and not ln.label and GLUED_Q_RE.match(ln.text):
            ln.label, ln.content_start = "Q", ln.start + 1
            n += 1
    return n


def carry_turns(paras: list[_Para], subhead_words: int, declared: bool) -> None:
    """A label's turn goes on over the paragraphs after it, up to the next label, but not into
    one that names the label's own person in the third person (lines._speaks_of): that is the
    outlet's narration about them, and so is the rest of the run. A label whose own words
    do so is no turn; one whose words are a short heading (no personal pronoun) that such
    narration follows is a subheading ("Sanders: Win in a walk." over "Vermont Sen. Bernie Sanders has led …").
    In a document not `declared` a transcript (an article that quotes an exchange), the last
    turn goes on only over paragraphs in the first or second person: the outlet's narration
    after the exchange ("To be clear, the tax …", "Follow her on Twitter") ends it."""
    label: str | None = None
    head: _Para | None = None  # the label's own paragraph, while nothing has been carried yet
    last = max((i for i, p in enumerate(paras) if p.turn), default=-1)
    for i, p in enumerate(paras):
        if p.turn:
            label, head = p.label, p
            if _speaks_of(label, p.text):
                p.label, p.turn, label, head = None, False, None, None
            continue
        if not label:
            continue
        if _speaks_of(label, p.text):
            if head is not None and len(head.text.split()) <= subhead_words and not PRONOUN_RE.search(head.text):
                head.label, head.turn, head.kind = None, False, "headline"
            label = head = None
            continue
        if not declared and i > last and not SPEAKER_PRONOUN_RE.search(p.text):
            label = head = None
            continue
        p.label, p.turn = label, True
        head = None
