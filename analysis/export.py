"""CSV exports: the statement table of DESIGN.md, documents, actors. Streamed, UTF-8,
safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import math
from typing import IO, Iterable

from .model import Document, Statement

# The public contract of DESIGN.md: these columns, in this order.
STATEMENT_COLUMNS = (
    "doc_id", "source", "title", "published", "outlet", "seq", "char_start", "char_end", "section", "speaker",
    "speaker_kind", "reported_by", "cue", "targets", "tone", "tone_pos", "tone_neu", "tone_neg", "escalation",
    "escalation_cues", "scorer_version", "text",
)
DOCUMENT_COLUMNS = ("doc_id", "source", "title", "published", "outlet", "url", "kind", "statements")
ACTOR_COLUMNS = ("name", "kind", "country", "known", "statements")
NUMERIC = frozenset({"seq", "char_start", "char_end", "tone", "tone_pos", "tone_neu", "tone_neg", "escalation", "statements"})
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value, numeric: bool = False) -> str:
    """One CSV cell. Lists are `;`-joined, floats get at most 4 decimals.

    Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR: the
    text comes from the open web) gets a leading apostrophe. Numeric columns are exempt,
    so a tone of -0.4 stays a number."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        return f"{value:.4f}".rstrip("0").rstrip(".")
    if isinstance(value, (list, tuple)):
        value = ";".join(str(v) for v in value)
    text = str(value)
    if not numeric and text.startswith(FORMULA_START):
        return "'" + text
    return text


def write_csv(rows: Iterable[dict], columns: Iterable[str], fh: IO[str]) -> int:
    """Stream rows to fh as CSV with a header; returns the number of rows."""
    columns = tuple(columns)
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(columns)
    n = 0
    for row in rows:
        w.writerow([safe_cell(row.get(c), c in NUMERIC) for c in columns])
        n += 1
    return n


def statement_row(doc: Document, st: Statement) -> dict:
    """A statement as an export row, without a store (eval, benchmarks)."""
    return {
        "doc_id": doc.doc_id, "source": doc.source, "title": doc.title, "published": doc.published,
        "outlet": doc.outlet, "seq": st.seq, "char_start": st.char_start, "char_end": st.char_end,
        "section": st.section, "speaker": st.speaker, "speaker_kind": st.speaker_kind,
        "reported_by": st.reported_by, "cue": st.cue, "targets": list(st.targets), "tone": st.tone,
        "tone_pos": st.tone_pos, "tone_neu": st.tone_neu, "tone_neg": st.tone_neg, "escalation": st.escalation,
        "escalation_cues": list(st.escalation_cues), "scorer_version": st.scorer_version, "text": st.text,
    }
