"""Plain data passed between the pipeline's stages.

files -> ingest (Document) -> segment (Block, Unit) -> attribute (Statement) -> score -> store.

Every offset is a Python string index into ``Document.text`` exactly as read, so
``document.text[s.char_start:s.char_end] == s.text`` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Sections a statement can have in the export (DESIGN.md). Furniture never becomes a statement.
SECTIONS = ("headline", "body", "comment", "spam")

NARRATOR = "(narrator)"
UNKNOWN_COMMENTER = "(unknown commenter)"
SPAM = "(spam)"
# Speakers that are not actors are written in parentheses: (narrator), (unknown commenter),
# (reporter), (moderator), (unnamed officials), (spam). SQL and pandas filters use the prefix.
NON_ACTOR_PREFIX = "("


def is_actor_name(name: str | None) -> bool:
    """A person, state, organisation or commenter: not empty and not a parenthesised
    non-actor such as "(narrator)" or "(unnamed officials)"."""
    return bool(name) and not name.startswith(NON_ACTOR_PREFIX)


def stance_targets(speaker: str | None, section: str | None, targets) -> list[str]:
    """The targets a statement counts toward its speaker's stance (DESIGN.md): none for a
    non-actor speaker or spam; otherwise each actor it is about once, never the speaker."""
    if not is_actor_name(speaker) or section == "spam":
        return []
    return [t for t in dict.fromkeys(targets or ()) if is_actor_name(t) and t != speaker]


@dataclass(frozen=True)
class Document:
    """One document as read. ``text`` is never altered after ingest."""

    doc_id: str  # hash of the normalised text: re-ingesting the same article is a no-op
    source: str  # file name it came from (plus "#row" for multi-record files)
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 at the source's precision: YYYY, YYYY-MM or YYYY-MM-DD (analysis.dates)
    outlet: str | None = None
    url: str | None = None
    kind: str | None = None  # optional hint from a manifest: article, transcript, speech, comments
    speaker: str | None = None  # optional: the single speaker of a speech, from a manifest
    author: str | None = None  # a page's or PDF's byline (metadata only; not part of the analysis)


@dataclass(frozen=True)
class IngestError:
    """A file or record that could not be read; the batch goes on without it."""

    source: str
    reason: str
    note: bool = False  # not a failure: the input was read (e.g. stored undated); one line is shown

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)  # built by the thousand per document: slots make that cheaper
class Block:
    """A run of text with one role on the page: headline, body, comment, spam or furniture.

    ``label`` is the speaker label of a transcript turn ("MS. PSAKI", "Q") or the
    commenter's handle; ``reply_to`` is the handle a comment answers.
    ``embedded`` marks an article excerpt pasted inside a reader comment.
    """

    kind: str
    start: int
    end: int
    label: str | None = None
    reply_to: str | None = None
    embedded: bool = False
    turn: bool = False  # a transcript turn: label is the speaker


@dataclass(slots=True)
class Unit:
    """A sentence, or several sentences when a quotation spans them."""

    start: int
    end: int
    block: int  # index into the list of blocks


@dataclass(slots=True)
class Statement:
    doc_id: str
    seq: int
    char_start: int
    char_end: int
    section: str
    speaker: str
    speaker_kind: str
    text: str
    reported_by: str | None = None
    cue: str | None = None  # what attributed it: "quote", "said", "according to", "turn", ...
    targets: tuple[str, ...] = ()
    # filled by the scoring stage
    tone: float | None = None
    tone_pos: float | None = None
    tone_neu: float | None = None
    tone_neg: float | None = None
    escalation: float | None = None
    escalation_cues: tuple[str, ...] = ()
    scorer_version: str | None = None
    extra: dict = field(default_factory=dict)
    # where the document names the source the attribution took: the name, title phrase,
    # pronoun or noun phrase ("he" -> Donald Trump), or a transcript turn's label; None for
    # narration, frames and a speech's manifest speaker. Not stored or exported (yet).
    speaker_start: int | None = None
    speaker_end: int | None = None
