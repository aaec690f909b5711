"""Lines and paragraphs of a document's text, with their offsets, and the transcript
speaker labels a line may start with."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .cues import (CAPS_LABEL_RE, GENERIC_LABELS, KICKER_WORDS, MD_LABEL_RE, NAME_LABEL_RE, NOT_LABEL_WORDS,
                   OFFICE_WORDS, PAREN_ONLY_RE, Q_RE, Cues)
from .sentences import TITLE_ABBREV

@dataclass
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # stripped content
    indent: int
    kind: str = "text"  # blank, reply, header, label, furniture, text
    label: str | None = None
    content_start: int | None = None  # for labels: where the turn's own words start
    author: str | None = None
    quote: str | None = None
    advert: bool = False  # an item under an advert heading: its paragraph is spam
    heading: bool = False  # "Name: a few words" in an article: a section's heading, not a turn


@dataclass
class _Para:
    start: int
    end: int
    lines: list[_Line] = field(default_factory=list)
    kind: str = "body"
    label: str | None = None
    reply_to: str | None = None
    embedded: bool = False
    turn: bool = False
    blank_after: bool = False

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


def _split_lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            s = pos + lead
            e = s + len(stripped)
            indent = len(raw[:lead].expandtabs(4))
            out.append(_Line(s, e, stripped, indent))
        else:
            out.append(_Line(pos, pos, "", 0, kind="blank"))
        pos += len(raw) + 1
    return out


def _label_of(line: _Line) -> tuple[str, int] | None:
    """A transcript speaker label at the start of the line: (label, offset of the words after it)."""
    t = line.text
    if t[:1] in ('"', "“") and CAPS_LABEL_RE.match(t[1:]):
        # '"WALLACE: Governor, …': a transcript quoted paragraph by paragraph, each opening with a
        # quotation mark (the convention for a quotation of several paragraphs); the label after it
        return _label_of(_Line(line.start + 1, line.end, t[1:], line.indent))
    md = MD_LABEL_RE.match(t)
    if md:
        label = (md.group("a") or md.group("b")).strip().rstrip(":").strip()
        inner = _Line(line.start, line.end, label + ": x", line.indent)
        if _label_of(inner) is not None:
            return label, line.start + md.end()
        return None
    m = Q_RE.match(t)
    if not m:
        m = CAPS_LABEL_RE.match(t)
        if m and (m.group("label").strip() in {"A", "I"}
                  or m.group("label").strip().lower().replace("’", "'") in NOT_LABEL_WORDS | KICKER_WORDS):
            m = None  # "READ: <headline>", "BREAKING: …": a kicker, not a speaker
    if not m:
        m = NAME_LABEL_RE.match(t)
        if m:
            label = m.group("label")
            words = label.split()
            if words[0].lower().strip(".") in NOT_LABEL_WORDS or len(label) > 90:
                return None
            if len(words) == 1 and words[0].lower() not in GENERIC_LABELS and not words[0].isupper():
                # a single capitalised word: only a label when it is a known generic one or a name
                if not re.match(r"^[A-Z][a-z]+$", words[0]) or words[0].lower() in NOT_LABEL_WORDS:
                    return None
            if any(w[0].islower() and w not in {"of", "the", "and", "de", "da", "al", "bin", "von", "van", "der", "la", "le"}
                   and not w.startswith("al-") for w in words):
                return None
    if not m:
        return None
    label = m.group("label").strip()
    if label.lower().replace("’", "'") in KICKER_WORDS:
        return None  # "BREAKING: …", "EXCLUSIVE: …": a kicker, not a speaker
    if FIGURE_ONLY_RE.match(t[m.end():]):
        return None  # "Sanders: 1,501.", "Turnout: 52%": a tally's row, not a speaker's words
    if NAME_LIST_RE.match(t, m.end()):
        return None  # "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": a roster, not a speaker's words
    # a label introduces words on the same line or on the next line; nothing else
    return label, line.start + m.end()


# the words after a colon that open a list of full names, five at least: a roster's row ("Iowa:
# Tim Albrecht, Brad Anderson, …"; a speaker's greeting names fewer: "Friends, President Putin, …")
NAME_LIST_RE = re.compile(r"(?:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3},\s+){4,}[A-Z][\w.'’\-]*\s+[A-Z]")
# the words after a colon that are a figure alone: a table's or a tally's value
FIGURE_ONLY_RE = re.compile(r"^[$€£]?\d[\d,.]*\s*(?:%|percent|points?)?\.?$")
# words just before one's own name: "I'm Jake Tapper", "my name is …", "this is …" (a host)
# Personal pronouns: a label's words with one are speech ("They do not."), never a heading
PRONOUN_RE = re.compile(r"\b(?:I|I'm|I’m|me|my|we|us|our|you|your|he|him|his|she|her|they|them|their|it|its)\b", re.I)
SELF_NAMED_RE = re.compile(r"(?:\bI'm|\bI’m|\bI am|\bname is|\b[Tt]his is|\bit's|\bit’s)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
# what follows a sentence-initial surname that is the subject of a third-person sentence
THIRD_PERSON_AFTER_RE = re.compile(r",\s+(?:who|whose|the|a|an)\s|\s+(?:has|had|is|was|says|said|will|would|wants|"
                                   r"did|does|told|added|noted|argued|also)\b")
TITLES = {"mr", "ms", "mrs", "dr", "gen", "amb", "sec", "sen", "rep", "gov", "sir", "dame", "lord"}


def _speaks_of(label: str, text: str) -> bool:
    """Whether `text` names the label's own person in the third person: their full name, or
    their surname (the label's last word) inside a sentence or with a possessive. A speaker
    does not name themselves so ("Sanders: Win in a walk." then "Vermont Sen. Bernie Sanders has
    led …": a news section about him under a heading, not his words), except to introduce
    themselves ("I'm Jake Tapper"). Role labels ("THE PRESIDENT", "Q", "Moderator") name nobody."""
    names = _label_names(label)
    # every mention contains the surname as written: a paragraph without it (most of a
    # transcript's turns) is not scanned with the pattern
    if names is None or names[0] not in text:
        return False
    surname, full, mention = names
    for m in mention.finditer(text):
        before = text[:m.start()]
        if SELF_NAMED_RE.search(before[-48:]):
            continue
        if full and before.endswith(full[:-len(surname)]):
            return True  # the full name, anywhere
        prev = before.rstrip()
        first = re.search(r"([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?$", before)
        if full and first and before[:first.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\"", "“", "—"):
            continue  # "George W. Bush" under the label "Jeb Bush": someone else of that name
        possessive = text[m.end():m.end() + 2] in ("'s", "’s") or text[m.end():m.end() + 1] in ("'", "’")
        if possessive or (prev and prev[-1] not in ".!?:\"“”" and not prev.endswith("—")):
            return True  # "Under the Bush plan", "If Clinton somehow …", "Sanders’ stridency"
        if THIRD_PERSON_AFTER_RE.match(text, m.end()):
            return True  # "Kasich, who …", "Kasich has won …" at a sentence's start
    return False


@lru_cache(maxsize=256)
def _label_names(label: str) -> tuple[str, str | None, re.Pattern] | None:
    """(surname, full name or None, the surname as a word) of a speaker label, or None for a
    label that names nobody; read once per label, not once per paragraph of its turn."""
    words = [w.strip(".,") for w in label.replace("(", " ").replace(")", " ").split()]
    words = [w for w in words if w and w.lower() not in OFFICE_WORDS | TITLES | GENERIC_LABELS]
    if not words or len(words[-1]) < 3 or not words[-1][:1].isupper():
        return None

    def cased(w: str) -> str:
        return "-".join(x[:1].upper() + x[1:].lower() for x in w.split("-")) if w.isupper() else w
    if not label.isupper():
        words = [w for w in words if not w.isupper()] or words  # "OK Gov Fallin": a state's initials
    names = [cased(w) for w in words]
    surname = names[-1]
    full = " ".join(names[-2:]) if len(names) > 1 else None
    return surname, full, re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])")


def _colon_label(content: list[_Line], i: int, c: Cues) -> tuple[str, int] | None:
    """(label, index of its first line) for the speaker label whose colon stands alone on
    content[i]: the short lines above it (role and name, as the page shows them), in order."""
    names: list[str] = []
    j = i - 1
    while j >= 0 and i - j <= 6:
        t = content[j].text
        if PAREN_ONLY_RE.match(t):
            j -= 1
            continue
        if len(t.split()) > 6 or re.search(r"[.!?:;,…\"”]$", t) or not t[:1].isupper():
            break
        names.insert(0, t)
        j -= 1
    seen: list[str] = []
    for t in names:
        if t not in seen and set(t.split()) != set(seen[-1].split() if seen else ()):
            seen.append(t)
    if not seen:
        return None
    label = " ".join(seen[:2]) if len(seen) > 1 and " of " in f" {seen[0]} " else seen[-1]
    return (label, j + 1) if NAME_LABEL_RE.match(label + ": x") else None


# a quotation credited after a dash at the end of a line ('“We must vote.” ― Jorge Falcon'):
# the line is a whole paragraph however long it is (a page of readers' quotes, one a line)
DASH_CREDIT_END_RE = re.compile(r"[”\"]\s*[―—–]\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}\.?$")


def _wrapped(prev: str, nxt: str) -> bool:
    """Whether `nxt` continues the sentence `prev` (which has no end punctuation) was cut in:
    a long line, a line ending in a title ("Mr"), or a line of 30 characters or more ending
    in a comma or a lower-case word or followed by one starting with a digit (hard-wrapped
    raw pages, corpus 024)."""
    last = prev.rsplit(None, 1)[-1].rstrip(".").lower() if prev.strip() else ""
    if DASH_CREDIT_END_RE.search(prev):
        return False
    if len(prev) >= 45 or last in TITLE_ABBREV:
        return True
    # a shorter line: only a sentence's cut (a short heading may end in a lower-case word too)
    return len(prev) >= 30 and (prev.endswith(",") or nxt[:1].isdigit()
                                or bool(re.search(r"(?:^|\s)[a-z][\w'’-]*$", prev)))
