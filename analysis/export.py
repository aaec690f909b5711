"""CSV exports: the statement table of DESIGN.md, documents, actors.

Streamed row by row, UTF-8 (the caller opens the file: ``encoding="utf-8", newline=""``),
and safe to open in a spreadsheet (see :func:`safe_cell`).
"""
from __future__ import annotations

import csv
from dataclasses import fields
import math
import re
from typing import IO, Iterable, Iterator

from .model import Document, Statement

# The public contract of DESIGN.md: these columns, in this order.
STATEMENT_COLUMNS = (
    "doc_id", "source", "title", "published", "outlet", "seq", "char_start", "char_end", "section", "speaker",
    "speaker_kind", "reported_by", "cue", "targets", "tone", "tone_pos", "tone_neu", "tone_neg", "escalation",
    "escalation_cues", "scorer_version", "text",
)
# `export statements --with-mentions` appends where the document names each statement's source
# (offsets into the document's text, as char_start/char_end) and those words ("he", "the
# senator", "Lavrov"), so an attribution can be checked against the text; the contract's own
# columns before them are unchanged (DESIGN.md)
MENTION_COLUMNS = ("speaker_start", "speaker_end", "speaker_mention")
# author (the byline) came last, after the others' positions were set: appended, never inserted
DOCUMENT_COLUMNS = ("doc_id", "source", "title", "published", "outlet", "url", "kind", "speaker", "statements",
                    "ingested_at", "author")
# country: the state behind the actor (a state's own name for a state); country_iso: its
# ISO 3166-1 alpha-3 code, from the registry; variants (appended last): the other spellings
# of a learned person shown under `name` (analysis/store/variants.py), ";"-joined
ACTOR_COLUMNS = ("name", "kind", "country", "known", "statements", "country_iso", "variants")

# Columns whose cells are numbers: a leading "-" there is a sign, not a formula.
NUMERIC = frozenset({"seq", "char_start", "char_end", "speaker_start", "speaker_end", "tone", "tone_pos", "tone_neu", "tone_neg", "escalation",
                     "statements"})
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def _number(value: float) -> str:
    if math.isnan(value) or math.isinf(value):
        return ""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text  # -0.00001 rounds to "-0"


def safe_cell(value, numeric: bool = False) -> str:
    """One CSV cell as text.

    None is "", floats get at most 4 decimals (NaN and infinities are ""), booleans are
    true/false, lists and tuples are ``;``-joined.

    Spreadsheet formula injection: the text comes from the open web, so a text cell that
    starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``
    (``=HYPERLINK(...)`` -> ``'=HYPERLINK(...)``). Numbers are exempt, so a tone of -0.4
    stays a number: a Python int or float is never prefixed, and with ``numeric=True`` (the
    columns in :data:`NUMERIC`: seq, char_start, char_end, tone*, escalation, counts) a
    string that is a plain number ("-0.4") is not prefixed either -- anything else there,
    ("-1+cmd") still is.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        value = ";".join("" if v is None else str(v) for v in value)
    text = str(value)
    if text.startswith(FORMULA_START) and not (numeric and _PLAIN_NUMBER.fullmatch(text)):
        return "'" + text
    return text


def safe_rows(rows: Iterable[dict], columns: Iterable[str]) -> Iterator[list[str]]:
    """The header, then each of `rows` (dicts; missing keys are empty cells) as its cells in
    `columns` order, every cell through :func:`safe_cell`, one row at a time."""
    columns = tuple(columns)
    numeric = [c in NUMERIC for c in columns]
    yield list(columns)
    for row in rows:
        yield [safe_cell(row.get(c), num) for c, num in zip(columns, numeric)]


def write_csv(rows: Iterable[dict], columns: Iterable[str], fh: IO[str]) -> int:
    """Write a header and `rows` to `fh` as CSV (see :func:`safe_rows`), one row at a
    time. Returns the number of rows."""
    w = csv.writer(fh, lineterminator="\n")
    n = -1
    for cells in safe_rows(rows, columns):
        w.writerow(cells)
        n += 1
    return n


def statement_row(doc: Document, st: Statement) -> dict:
    """A statement as an export row (keys: :data:`STATEMENT_COLUMNS`), without a store:
    for the evaluation and the benchmarks."""
    return {
        "doc_id": doc.doc_id, "source": doc.source, "title": doc.title, "published": doc.published,
        "outlet": doc.outlet, "seq": st.seq, "char_start": st.char_start, "char_end": st.char_end,
        "section": st.section, "speaker": st.speaker, "speaker_kind": st.speaker_kind,
        "reported_by": st.reported_by, "cue": st.cue, "targets": list(st.targets), "tone": st.tone,
        "tone_pos": st.tone_pos, "tone_neu": st.tone_neu, "tone_neg": st.tone_neg, "escalation": st.escalation,
        "escalation_cues": list(st.escalation_cues), "scorer_version": st.scorer_version, "text": st.text,
        "speaker_start": st.speaker_start, "speaker_end": st.speaker_end,
        "speaker_mention": doc.text[st.speaker_start:st.speaker_end] if st.speaker_start is not None else None,
    }


BODY_COLUMNS = ("body",)  # `export documents --with-body`: appended after DOCUMENT_COLUMNS


def with_bodies(rows: Iterable[dict]) -> Iterator[dict]:
    """Document rows (with their stored ``text``) with ``body``, the article as Stancewatch
    read it (:func:`analysis.pipeline.article_body`), in place of the text."""
    from .pipeline import article_body

    meta = [f.name for f in fields(Document) if f.name != "text"]
    for row in rows:
        row = dict(row)
        doc = Document(text=row.pop("text") or "", **{k: row.get(k) for k in meta})
        row["body"] = article_body(doc)
        yield row


def with_state(rows: Iterable[dict], registry) -> Iterator[dict]:
    """Actor rows with the state behind each: a state is its own country, and the
    country's ISO 3166-1 alpha-3 code is added as ``country_iso`` ("Brazil" -> BRA,
    a learned "de Klerk" of South Africa -> ZAF); organisations of no state stay empty."""
    for row in rows:
        row = dict(row)
        country = row.get("country")
        if not country and row.get("kind") == "state":
            country = row["country"] = row.get("name")
        place = registry.lookup(country) if country else None
        row["country_iso"] = getattr(place, "iso3", None) if place is not None and place.kind == "state" else None
        yield row
