"""The store: documents, statements, scores and actors, through SQLAlchemy Core.

SQLite in WAL mode at ./data/stancewatch.db by default; PostgreSQL (or another SQLAlchemy
URL) with --db / STANCEWATCH_DB. A document is written in one transaction with its
statements, scores and new actors, so a reader never sees half of one and a failure loses
nothing else.

All tables live in the one :data:`metadata` object; the schema itself is created and
upgraded by the Alembic migrations in ``analysis/migrations`` (run by :func:`connect`), so
a table or column added here needs a new revision there. Nothing outside the SQLite
branch of :func:`connect` is SQLite-only SQL.
"""
from __future__ import annotations

import os
import re
import sqlite3
import time
import unicodedata
from contextlib import nullcontext
from datetime import datetime, timezone
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import (BigInteger, Boolean, Column, Float, ForeignKey, ForeignKeyConstraint, Index, Integer, MetaData,
                        String, Table, Text, and_, event, exists, false, func, insert, or_,
                        inspect, select, text, tuple_)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from . import dburl
from .lock import acquire, sqlite_file
from .model import Document, Statement

DEFAULT_PATH = Path("data") / "stancewatch.db"
BATCH = 2000  # rows fetched at a time when streaming

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("doc_id", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("published", String(32)),  # ISO date or year, as given: compared as text
    Column("outlet", Text),
    Column("url", Text),
    Column("kind", String(32)),
    Column("speaker", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Index("ix_documents_published_source", "published", "source"),
    # revision 0004: the documents of some outlets, newest first, without reading each one
    Index("ix_documents_outlet_published", "outlet", "published"),
)
statements = Table(
    "statements", metadata,
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("section", String(16), nullable=False),
    Column("speaker", Text, nullable=False),
    Column("speaker_kind", String(32)),
    Column("reported_by", Text),
    Column("cue", String(64)),
    Column("targets", Text),  # ";"-joined
    Column("text", Text, nullable=False),
    Index("ix_statements_speaker", "speaker"),
    # (ix_statements_section, dropped by revision 0004: four values never narrow a query)
)
scores = Table(
    "scores", metadata,
    Column("doc_id", String(64), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("scorer_version", String(64), primary_key=True),
    Column("tone", Float), Column("tone_pos", Float), Column("tone_neu", Float), Column("tone_neg", Float),
    Column("escalation", Float),
    Column("escalation_cues", Text),  # ";"-joined
    # when these scores were written: "the newest scorer_version" of a statement is the one
    # scored last (a version is a hash, so it has no order of its own)
    Column("scored_at", String(32), nullable=False),
    ForeignKeyConstraint(["doc_id", "seq"], ["statements.doc_id", "statements.seq"], ondelete="CASCADE"),
    Index("ix_scores_scorer_version", "scorer_version"),  # revision 0002
)
actors = Table(
    "actors", metadata,
    Column("name", Text, primary_key=True),
    Column("kind", String(32)),
    Column("country", Text),
    Column("known", Boolean, nullable=False, default=False),  # the registry knows the name
)


# One row per rescoring run (issue 4): what it did and how it ended. `status` is one of
# running, ok, failed (some documents failed; the rest is stored), interrupted (killed or
# stopped: a later run finishes the job).
runs = Table(
    "runs", metadata,
    Column("run_id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("status", String(16), nullable=False),
    Column("scorer_version", String(64), nullable=False),
    Column("documents_added", Integer, nullable=False, default=0),
    Column("statements_added", Integer, nullable=False, default=0),
    Column("documents_rescored", Integer, nullable=False, default=0),
    Column("statements_rescored", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    Column("error_log", Text),  # one "path: reason" line per failed input
    Column("host", Text),
    Column("pid", Integer),
    # revision 0007: inputs that failed before and were read again by this run, one per line
    Column("retried", Integer, nullable=False, default=0, server_default="0"),
    Column("retry_log", Text),
)
# What a run moved, per actor (speaker): mean tone and escalation of the actor's statements
# before the run (the scores it replaced) and after it (issue 4; the Runs view reads it).
drift = Table(
    "drift", metadata,
    Column("run_id", Integer, ForeignKey("runs.run_id", ondelete="CASCADE"), primary_key=True),
    Column("actor", Text, primary_key=True),
    Column("statements", Integer, nullable=False),
    Column("tone_before", Float), Column("tone_after", Float),
    Column("escalation_before", Float), Column("escalation_after", Float),
)


# Per-document aggregates, written in the same transaction as the document's statements
# and scores (and rewritten whenever they are rescored), so the dashboard reads a few rows
# per speaker and document instead of every statement (SFU Gender Gap Tracker's rule:
# jobs write aggregates, pages only read them). Sums, not means, so any filter on
# documents (dates, outlet) adds them up exactly; the *_sq sums give the spread.
# `scored` counts the statements that carry a score (the denominator of the means).
speaker_doc = Table(
    "speaker_doc", metadata,
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("speaker", Text, primary_key=True),
    Column("section", String(16), primary_key=True),
    Column("speaker_kind", String(32)),
    Column("statements", Integer, nullable=False),
    Column("scored", Integer, nullable=False),
    Column("tone_sum", Float, nullable=False), Column("tone_sq", Float, nullable=False),
    Column("escalation_sum", Float, nullable=False), Column("escalation_sq", Float, nullable=False),
    Index("ix_speaker_doc_speaker", "speaker"),
)
# The same per (speaker, target): what stance.py computes, summed per document. Only real
# actors: no "(…)" speakers, no spam, no mention of oneself (see analysis/stance.py).
stance_doc = Table(
    "stance_doc", metadata,
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("speaker", Text, primary_key=True),
    Column("target", Text, primary_key=True),
    Column("section", String(16), primary_key=True),
    Column("statements", Integer, nullable=False),
    Column("scored", Integer, nullable=False),
    Column("tone_sum", Float, nullable=False),
    Column("escalation_sum", Float, nullable=False),
    Index("ix_stance_doc_speaker", "speaker"),
    Index("ix_stance_doc_target", "target"),
)


# Revision 0004: the same sums rolled up per calendar month (and, for the speakers, per
# day), so a dashboard page adds up a few thousand rows instead of every document's: at 1M
# statements speaker_doc holds ~139k rows, speaker_month ~21k (bench/callbacks.py). Kept
# exact in the same transaction as the per-document rows (write_aggregates adds a
# document's sums and subtracts what it replaces), so they always equal speaker_doc /
# stance_doc summed by the document's date and outlet. The keys are text, never NULL:
# `month` is published[:7] ("2022-03"; a year-only date stays "2022"), `day` is
# published[:10], "" when a document has no date; `outlet` and `speaker_kind` are "" when
# unknown. A date filter down to the day is exact on whole months (the dashboard reads the
# month that a filter cuts from the per-document rows: dashboard/queries.py).
def _rollup_columns(*key, squares: bool = True) -> list[Column]:
    cols = [Column(name, String(10) if name in ("month", "day") else Text, primary_key=True) for name in key]
    cols += [Column("statements", Integer, nullable=False), Column("scored", Integer, nullable=False),
             Column("tone_sum", Float, nullable=False)]
    cols += [Column("tone_sq", Float, nullable=False)] if squares else []
    cols += [Column("escalation_sum", Float, nullable=False)]
    cols += [Column("escalation_sq", Float, nullable=False)] if squares else []
    return cols


SPEAKER_ALL_KEY = ("speaker", "outlet", "section", "speaker_kind")
STANCE_ALL_KEY = ("speaker", "target", "outlet", "section")
SPEAKER_MONTH_KEY = ("speaker", "month", "outlet", "section", "speaker_kind")
SPEAKER_DAY_KEY = ("speaker", "day", "outlet", "section", "speaker_kind")
STANCE_MONTH_KEY = ("speaker", "target", "month", "outlet", "section")
speaker_month = Table("speaker_month", metadata, *_rollup_columns(*SPEAKER_MONTH_KEY))
speaker_day = Table("speaker_day", metadata, *_rollup_columns(*SPEAKER_DAY_KEY))  # the series over time
stance_month = Table("stance_month", metadata, *_rollup_columns(*STANCE_MONTH_KEY, squares=False))
# Revision 0006: the same over all time (no date filter, the dashboard's default): a tenth
# of the monthly rows (1M statements: ~2.5k speaker rows against ~21.5k).
speaker_all = Table("speaker_all", metadata, *_rollup_columns(*SPEAKER_ALL_KEY))
stance_all = Table("stance_all", metadata, *_rollup_columns(*STANCE_ALL_KEY, squares=False))
# How many documents of a month and outlet have statements of which kinds: `present` is the
# document's ";"-joined sorted "section/speaker_kind" pairs, so "documents with a statement
# under these section and kind filters" is a sum over the few distinct `present` values.
doc_month = Table(
    "doc_month", metadata,
    Column("month", String(10), primary_key=True),
    Column("outlet", Text, primary_key=True),
    Column("present", Text, primary_key=True),
    Column("documents", Integer, nullable=False),
)
ROLLUPS = (speaker_all, speaker_month, speaker_day, stance_all, stance_month, doc_month)


# Revision 0002: the paths the nightly job reads (given to `ingest` or `rescore --source`),
# and every file read from them with its size and mtime then, so an unchanged source is
# recognised by listing it (no file read) and only new or changed files are ingested.
sources = Table(
    "sources", metadata,
    Column("path", Text, primary_key=True),  # absolute
    Column("added_at", String(32), nullable=False),
)
source_files = Table(
    "source_files", metadata,
    Column("path", Text, primary_key=True),  # absolute
    Column("size", BigInteger, nullable=False),
    Column("mtime_ns", BigInteger, nullable=False),
    Column("read_at", String(32), nullable=False),
)

# Revision 0007: what failed in a run, so the next one retries it until it succeeds (its row
# goes) or changes. `key` is a file's path as read (kind "file") or a stored document's
# doc_id (kind "document": its rescoring failed).
failures_table = Table(
    "failures", metadata,
    Column("key", Text, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("run_id", Integer),
    Column("failed_at", String(32), nullable=False),
)

# --- Dashboard indexes (issue 5) -----------------------------------------------------------
# The statements grid sorted by a score column walks the scores in the order of these
# indexes (dashboard/queries.py: _by_score) instead of sorting every statement: at 1M
# statements a sort by escalation over the whole store goes from ~3.5 s to ~0.4 s. Revision
# 0003 created them on the score alone; 0005 adds the statement's key, the order of ties
# (escalation 1.0 alone is held by ~5% of the statements), so the ties of a value are read
# in order from the index instead of found by scanning the scores.
Index("ix_scores_escalation", scores.c.escalation, scores.c.doc_id, scores.c.seq)
Index("ix_scores_tone", scores.c.tone, scores.c.doc_id, scores.c.seq)
# --- end dashboard indexes ---------------------------------------------------------------------


def aggregate_rows(doc_id: str, sts: Iterable[Statement]) -> tuple[list[dict], list[dict]]:
    """The speaker_doc and stance_doc rows of one document's scored statements."""
    sp: dict[tuple, dict] = {}
    st: dict[tuple, dict] = {}
    for s in sts:
        scored = s.tone is not None and s.escalation is not None
        tone = s.tone if scored else 0.0
        esc = s.escalation if scored else 0.0
        a = sp.get((s.speaker, s.section))
        if a is None:
            a = sp[(s.speaker, s.section)] = dict(
                doc_id=doc_id, speaker=s.speaker, section=s.section, speaker_kind=s.speaker_kind, statements=0,
                scored=0, tone_sum=0.0, tone_sq=0.0, escalation_sum=0.0, escalation_sq=0.0)
        a["statements"] += 1
        if scored:
            a["scored"] += 1
            a["tone_sum"] += tone
            a["tone_sq"] += tone * tone
            a["escalation_sum"] += esc
            a["escalation_sq"] += esc * esc
        if not s.speaker or s.speaker.startswith("(") or s.section == "spam":
            continue
        for t in dict.fromkeys(s.targets or ()):
            if not t or t == s.speaker or t.startswith("("):
                continue
            b = st.get((s.speaker, t, s.section))
            if b is None:
                b = st[(s.speaker, t, s.section)] = dict(
                    doc_id=doc_id, speaker=s.speaker, target=t, section=s.section, statements=0, scored=0,
                    tone_sum=0.0, escalation_sum=0.0)
            b["statements"] += 1
            if scored:
                b["scored"] += 1
                b["tone_sum"] += tone
                b["escalation_sum"] += esc
    return list(sp.values()), list(st.values())


_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _bulk_insert(conn, table: Table, rows: list[dict]) -> None:
    """INSERT many rows of plain text and numbers straight through the driver's
    executemany: the same rows as ``conn.execute(insert(table), rows)``, without
    SQLAlchemy's per-row parameter processing (most of a document's write time)."""
    if not rows:
        return
    mark = _PLACEHOLDER.get(conn.dialect.paramstyle)
    if mark is None:  # pragma: no cover - another driver: the portable way
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    prep = conn.dialect.identifier_preparer
    # bandit B608 (SQL built from strings): the table and column names are our own metadata's,
    # quoted by the dialect; every value is a bound parameter
    sql = (f"INSERT INTO {prep.format_table(table)} ({', '.join(prep.quote(c) for c in cols)}) "  # nosec B608
           f"VALUES ({', '.join([mark] * len(cols))})")
    conn.exec_driver_sql(sql, _tuples(rows, cols))


def _tuples(rows: list[dict], cols: list[str]) -> list[tuple]:
    """Each row's values of `cols`, as tuples for executemany (itemgetter: a generator per
    row was a second per 1,000 documents of the nightly job's writes)."""
    get = itemgetter(*cols)
    if len(cols) == 1:
        return [(get(r),) for r in rows]
    return [get(r) for r in rows]


def write_aggregates(conn, doc_id: str, sts: Iterable[Statement], new: Document | None = None) -> None:
    """Replace one document's aggregate rows (inside the caller's transaction), and move
    the monthly and daily totals by the difference. `new`: the document was written by
    this transaction, so it has no aggregates yet (nothing to read or take away)."""
    sp, st = aggregate_rows(doc_id, sts)
    if new is not None:
        doc, old_sp, old_st = (new.published, new.outlet), [], []
    else:
        doc = conn.execute(select(documents.c.published, documents.c.outlet)
                           .where(documents.c.doc_id == doc_id)).first()
        old_sp = [dict(r._mapping) for r in conn.execute(select(speaker_doc).where(speaker_doc.c.doc_id == doc_id))]
        old_st = [dict(r._mapping) for r in conn.execute(select(stance_doc).where(stance_doc.c.doc_id == doc_id))]
    if old_sp:
        conn.execute(speaker_doc.delete().where(speaker_doc.c.doc_id == doc_id))
    if old_st:
        conn.execute(stance_doc.delete().where(stance_doc.c.doc_id == doc_id))
    _bulk_insert(conn, speaker_doc, sp)
    _bulk_insert(conn, stance_doc, st)
    if doc is not None:
        published, outlet = doc
        _move_rollups(conn, rollup_rows(published, outlet, sp, st, 1) + rollup_rows(published, outlet, old_sp,
                                                                                   old_st, -1))


_SUMS = ("statements", "scored", "tone_sum", "tone_sq", "escalation_sum", "escalation_sq")


def rollup_rows(published: str | None, outlet: str | None, sp: list[dict], st: list[dict],
                sign: int = 1) -> list[tuple[Table, dict]]:
    """What one document's speaker_doc rows `sp` and stance_doc rows `st` add to the
    rollup tables (times `sign`: -1 takes them away), as (table, row) pairs."""
    month, day, outlet = (published or "")[:7], (published or "")[:10], outlet or ""
    out: list[tuple[Table, dict]] = []
    for r in sp:
        kind = r["speaker_kind"] or ""
        sums = {k: sign * r[k] for k in _SUMS}
        out.append((speaker_month, dict(speaker=r["speaker"], month=month, outlet=outlet, section=r["section"],
                                        speaker_kind=kind, **sums)))
        out.append((speaker_day, dict(speaker=r["speaker"], day=day, outlet=outlet, section=r["section"],
                                      speaker_kind=kind, **sums)))
        out.append((speaker_all, dict(speaker=r["speaker"], outlet=outlet, section=r["section"], speaker_kind=kind,
                                      **sums)))
    for r in st:
        sums = {k: sign * r[k] for k in ("statements", "scored", "tone_sum", "escalation_sum")}
        out.append((stance_month, dict(speaker=r["speaker"], target=r["target"], month=month, outlet=outlet,
                                       section=r["section"], **sums)))
        out.append((stance_all, dict(speaker=r["speaker"], target=r["target"], outlet=outlet, section=r["section"],
                                     **sums)))
    if sp:
        out.append((doc_month, dict(month=month, outlet=outlet, documents=sign,
                                    present=present_key((r["section"], r["speaker_kind"]) for r in sp))))
    return out


def present_key(pairs: Iterable[tuple[str, str]]) -> str:
    """doc_month's `present`: a document's (section, speaker kind) pairs, sorted, joined."""
    return ";".join(sorted({f"{section}/{kind or ''}" for section, kind in pairs}))


def present_pairs(present: str) -> list[tuple[str, str]]:
    """The (section, speaker kind) pairs of a `present` key."""
    return [tuple(p.partition("/")[::2]) for p in present.split(";") if p]


_ROLLUP_KEYS = {t: [c.name for c in t.primary_key.columns] for t in ROLLUPS}


def _move_rollups(conn, rows: list[tuple[Table, dict]]) -> None:
    """Add `rows` to the rollup tables (an upsert per key, in key order so concurrent
    writers lock rows in the same order), then drop the rows left with no statements."""
    merged: dict[Table, dict[tuple, dict]] = {}
    for table, row in rows:
        key = tuple(row[k] for k in _ROLLUP_KEYS[table])
        have = merged.setdefault(table, {}).get(key)
        if have is None:
            merged[table][key] = dict(row)
        else:
            for k, v in row.items():
                if k not in _ROLLUP_KEYS[table]:
                    have[k] += v
    for table in ROLLUPS:
        if table not in merged:
            continue
        keys = _ROLLUP_KEYS[table]
        sums = [c.name for c in table.columns if c.name not in keys]
        batch = [merged[table][k] for k in sorted(merged[table])]
        batch = [r for r in batch if any(r[s] for s in sums)]  # a document rescored to the same sums
        if not batch:
            continue
        count = "documents" if table is doc_month else "statements"
        mark = _PLACEHOLDER.get(conn.dialect.paramstyle)
        if conn.dialect.name in ("sqlite", "postgresql") and mark:
            # the same SQL on both (INSERT … ON CONFLICT … DO UPDATE), straight through the
            # driver's executemany: SQLAlchemy's per-row parameter handling cost more than
            # the upserts themselves (~4 ms a document)
            prep = conn.dialect.identifier_preparer
            name = prep.format_table(table)
            cols = keys + sums
            # bandit B608: names from our own metadata, quoted by the dialect; values are bound
            sql = (f"INSERT INTO {name} ({', '.join(prep.quote(c) for c in cols)}) "  # nosec B608
                   f"VALUES ({', '.join([mark] * len(cols))}) "
                   f"ON CONFLICT ({', '.join(prep.quote(k) for k in keys)}) DO UPDATE SET "
                   + ", ".join(f"{prep.quote(c)} = {name}.{prep.quote(c)} + excluded.{prep.quote(c)}" for c in sums))
            conn.exec_driver_sql(sql, _tuples(batch, cols))
        else:  # pragma: no cover - another database: update, else insert
            for r in batch:
                where = and_(*(table.c[k] == r[k] for k in keys))
                if conn.execute(table.update().where(where).values(
                        {s: table.c[s] + r[s] for s in sums})).rowcount == 0:
                    conn.execute(insert(table), r)
        gone = [r for r in batch if r[count] < 0]
        if gone:
            conn.execute(table.delete().where(table.c[count] <= 0, tuple_(*(table.c[k] for k in keys)).in_(
                [tuple(r[k] for k in keys) for r in gone])))


def rebuild_rollups(conn, only: Iterable[str] | None = None) -> None:
    """Recompute the rollup tables (all, or those named in `only`: what a migration has
    created so far) from speaker_doc and stance_doc: the migrations' backfill, also a
    repair. Inside the caller's transaction."""
    names = set(only) if only is not None else {t.name for t in ROLLUPS}
    for t in ROLLUPS:
        if t.name in names:
            conn.execute(t.delete())
    month = func.substr(func.coalesce(documents.c.published, ""), 1, 7)
    day = func.substr(func.coalesce(documents.c.published, ""), 1, 10)
    outlet = func.coalesce(documents.c.outlet, "")
    kind = func.coalesce(speaker_doc.c.speaker_kind, "")
    sp_join = speaker_doc.join(documents, documents.c.doc_id == speaker_doc.c.doc_id)
    for table, key, period in ((speaker_month, SPEAKER_MONTH_KEY, [month]), (speaker_day, SPEAKER_DAY_KEY, [day]),
                               (speaker_all, SPEAKER_ALL_KEY, [])):
        if table.name not in names:
            continue
        keys = (speaker_doc.c.speaker, *period, outlet, speaker_doc.c.section, kind)
        conn.execute(table.insert().from_select(
            list(key) + list(_SUMS),
            select(*keys, *(func.sum(speaker_doc.c[k]) for k in _SUMS)).select_from(sp_join).group_by(*keys)))
    st_sums = ("statements", "scored", "tone_sum", "escalation_sum")
    for table, key, period in ((stance_month, STANCE_MONTH_KEY, [month]), (stance_all, STANCE_ALL_KEY, [])):
        if table.name not in names:
            continue
        keys = (stance_doc.c.speaker, stance_doc.c.target, *period, outlet, stance_doc.c.section)
        conn.execute(table.insert().from_select(
            list(key) + list(st_sums),
            select(*keys, *(func.sum(stance_doc.c[k]) for k in st_sums))
            .select_from(stance_doc.join(documents, documents.c.doc_id == stance_doc.c.doc_id)).group_by(*keys)))
    if "doc_month" not in names:
        return
    # which section/kind pairs each document has: read in document order, counted here
    counts: dict[tuple, int] = {}
    q = (select(documents.c.doc_id, month, outlet, speaker_doc.c.section, kind).select_from(sp_join)
         .order_by(documents.c.doc_id))
    current, pairs, where = None, [], None
    for doc_id, m, o, section, k in chain(conn.execute(q), [(None,) * 5]):  # the None row ends the last document
        if doc_id != current:
            if pairs:
                key = (*where, present_key(pairs))
                counts[key] = counts.get(key, 0) + 1
            current, pairs, where = doc_id, [], (m, o)
        pairs.append((section, k))
    if counts:
        conn.execute(doc_month.insert(), [dict(month=m, outlet=o, present=p, documents=n)
                                          for (m, o, p), n in sorted(counts.items())])


def describe_error(e: BaseException) -> str:
    """An unexpected exception in one line; a database error in the driver's own words."""
    cause = getattr(e, "orig", None) or e
    first = (str(cause).strip().splitlines() or [""])[0]
    return f"{cause.__class__.__name__}: {first}" if first else cause.__class__.__name__


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


_sqlite_file = sqlite_file  # the name the dashboard and older callers use


def default_url() -> str:
    """``$STANCEWATCH_DB``, or the embedded store ``sqlite:///./data/stancewatch.db``
    (nothing is created: :func:`connect` makes the folder when it creates the store)."""
    return os.environ.get("STANCEWATCH_DB") or f"sqlite:///./{DEFAULT_PATH.as_posix()}"


class NoStore(Exception):
    """The URL names no Stancewatch store (only `ingest` creates one)."""

    def __init__(self, url: str, why: str):
        self.url = safe_url(url)
        self.why = why
        super().__init__(f"no Stancewatch store at {self.url} ({why}); `stancewatch ingest PATH --db URL` "
                         f"creates one")


def safe_url(url: str) -> str:
    """`url` for a message: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 -- not a URL at all: say it as given
        return str(url)


def store_exists(url: str) -> bool:
    """False only for a SQLite URL whose file is missing (connecting would create it)."""
    path = _sqlite_file(url)
    return path is None or path.exists()


def sqlite_pragmas(engine: Engine, *pragmas: str) -> Engine:
    """Run ``PRAGMA <p>`` for each of `pragmas` on every new connection of a SQLite
    `engine` (other databases: unchanged); returns the engine."""
    if engine.dialect.name == "sqlite" and pragmas:
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            try:
                for p in pragmas:
                    _pragma(cur, p)
            finally:
                cur.close()
    return engine


PRAGMA_WAIT = 30.0  # seconds a pragma waits for another connection's lock (as busy_timeout)


def _pragma(cur, p: str) -> None:
    """``PRAGMA p``, retried while the file is locked: switching a new file to WAL needs it
    alone, and SQLite answers "database is locked" at once (no busy wait) when another
    connection is creating the schema at that moment (several processes opening a new
    store together)."""
    deadline = time.monotonic() + PRAGMA_WAIT
    while True:
        try:
            cur.execute(f"PRAGMA {p}")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def connect(url: str | None = None, *, sync_every_commit: bool = True) -> Engine:
    """An engine on the store, its schema created or upgraded to the newest migration.

    SQLite gets WAL (readers and one writer at once), foreign keys and a busy timeout on
    every connection; any other URL is used as given. ``sync_every_commit=False`` (the
    nightly job) sets SQLite's synchronous=NORMAL and PostgreSQL's synchronous_commit=off
    for its own connections: every commit is still atomic and a killed process loses
    nothing committed, but a power cut (a server crash) may undo the last commits — in
    commit order, so the job, which remembers the files it read last, redoes them."""
    url = url or default_url()
    path = _sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine(url, sync_every_commit)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _engine(url: str, sync_every_commit: bool) -> Engine:
    # the busy timeout first: switching a new file to WAL waits for a writer like any lock
    # the nightly job also gets a 64 MiB page cache (the dashboard's): its transactions of
    # many documents insert into every index, and SQLite's default 2 MiB spills them
    engine = sqlite_pragmas(dburl.create_engine(url), "busy_timeout=30000", "journal_mode=WAL", "foreign_keys=ON",
                            *(() if sync_every_commit else ("synchronous=NORMAL", "cache_size=-65536")))
    if not sync_every_commit and engine.dialect.name == "postgresql":
        @event.listens_for(engine, "connect")
        def _async_commit(dbapi_conn, _record):
            with dbapi_conn.cursor() as cur:  # this session only: the server's setting is left alone
                cur.execute("SET synchronous_commit TO off")
            dbapi_conn.commit()
    return engine


def open_store(url: str | None = None, *, sync_every_commit: bool = True) -> Engine:
    """An engine on an EXISTING store, upgraded to the newest revision if it is behind;
    :class:`NoStore` when `url` names none: a SQLite file that does not exist (nothing is
    created), or a database without Stancewatch's tables (not migrated into one). Every
    command but `ingest` opens the store this way, so a typo in a cron line fails loudly
    instead of creating an empty store every night. Up to date: one query."""
    url = url or default_url()
    path = _sqlite_file(url)
    if path is not None and not path.is_file():
        raise NoStore(url, "no such file" if not path.exists() else "not a file")
    engine = _engine(url, sync_every_commit)
    try:
        with engine.connect() as c:
            rev = _revision(c)
            if rev is None and not inspect(c).has_table("documents"):
                raise NoStore(url, "the database has no Stancewatch tables")
        if rev != head_revision():
            migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


# --------------------------------------------------------------------------- migrations

BASELINE = "0001"  # the revision whose tables the old create_all made


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "analysis:migrations")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_HEAD: list[str] = []
MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"


def head_revision() -> str:
    """The newest migration's revision id, from the file names of analysis/migrations/versions
    (``NNNN_what.py``, revision NNNN, each revising the one before: tests/integration/
    test_migrations.py checks that this is Alembic's own head). A directory listing, not
    Alembic's script machinery (~0.3 s of every command's start)."""
    if not _HEAD:
        _HEAD.append(max(n[:4] for n in os.listdir(MIGRATIONS) if n[:4].isdigit() and n.endswith(".py")))
    return _HEAD[0]


def alembic_head() -> str:
    """The head revision as Alembic's script directory computes it."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _revision(conn) -> str | None:
    """The store's revision in one query (None: no alembic_version table, or an empty one)."""
    try:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):  # no such table: the failed statement ends the transaction
        conn.rollback()
        return None


def current_revision(conn) -> str | None:
    """The store's revision (None: no alembic_version table, or an empty one)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the store's schema to the newest revision, keeping every row.

    Up to date (the usual case): one query. Otherwise, under the store's "migrate" lock
    (a second process waits, then finds nothing to do), in one transaction where the
    database has transactional DDL: an empty store gets every revision; a store made
    before migrations (the baseline's tables, no alembic_version) is stamped with the
    baseline and upgraded from there, so its data stays."""
    with engine.connect() as c:
        if _revision(c) == head_revision():
            return
    from alembic import command

    with acquire(engine, "migrate"):
        with engine.begin() as c:
            rev = current_revision(c)
            if rev == head_revision():
                return
            cfg = _alembic_config(c)
            if rev is None and inspect(c).has_table("documents"):
                command.stamp(cfg, BASELINE)
            command.upgrade(cfg, "head")


def _insert(engine_or_conn, table: Table, ignore_conflicts: bool = False):
    """An INSERT; with ignore_conflicts, one that skips rows whose key is already there
    (ON CONFLICT DO NOTHING on SQLite and PostgreSQL)."""
    if ignore_conflicts:
        name = engine_or_conn.dialect.name
        if name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
            return dialect_insert(table).on_conflict_do_nothing()
        if name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
            return dialect_insert(table).on_conflict_do_nothing()
    return insert(table)


def has_document(engine: Engine, doc_id: str) -> bool:
    with engine.connect() as c:
        return c.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id)).first() is not None


def _join(values: Iterable[str] | None) -> str:
    return ";".join(v for v in (values or ()) if v)


def _actor_rows(sts: list[Statement], registry) -> dict[str, dict]:
    """The actors a document's statements name (speakers and targets), by name."""
    kinds: dict[str, str | None] = {}
    for s in sts:
        if s.speaker and not s.speaker.startswith("("):  # (narrator), (unknown commenter), (spam)
            kinds.setdefault(s.speaker, s.speaker_kind)
        for t in s.targets:
            if t:
                kinds.setdefault(t, None)
    # a name the registry lacks, as the document that named it described it (kind, state)
    learned = {n: kc for s in sts for n, kc in s.extra.get("learned", {}).items()}
    rows = {}
    for name, kind in kinds.items():
        a = registry.lookup(name) if registry is not None else None
        known = a is not None and getattr(a, "known", True)
        l_kind, l_country = learned.get(name, (None, None))
        rows[name] = dict(name=name, kind=(a.kind if a is not None else None) or l_kind or kind,
                          country=(getattr(a, "country", None) if a is not None else None) or l_country,
                          known=bool(known))
    return rows


def _statement_rows(doc_id: str, sts: list[Statement]) -> list[dict]:
    return [dict(doc_id=doc_id, seq=s.seq, char_start=s.char_start, char_end=s.char_end, section=s.section,
                 speaker=s.speaker, speaker_kind=s.speaker_kind, reported_by=s.reported_by, cue=s.cue,
                 targets=_join(s.targets), text=s.text) for s in sts]


def _insert_scores(c, doc_id: str, sts: list[Statement]) -> None:
    scored = [s for s in sts if s.scorer_version]
    if scored:
        at = _now()
        _bulk_insert(c, scores, [dict(
            doc_id=doc_id, seq=s.seq, scorer_version=s.scorer_version, tone=s.tone,
            tone_pos=s.tone_pos, tone_neu=s.tone_neu, tone_neg=s.tone_neg, escalation=s.escalation,
            escalation_cues=_join(s.escalation_cues), scored_at=at) for s in scored])


def _add_actors(c, engine, sts: list[Statement], registry) -> None:
    named = _actor_rows(sts, registry)
    if not named:
        return
    rows = [row for _, row in sorted(named.items())]
    mark = _PLACEHOLDER.get(c.dialect.paramstyle)
    if c.dialect.name in ("sqlite", "postgresql") and mark:
        # the names already there are skipped by the database itself, in one executemany
        # straight through the driver: a SELECT of the names first, then an INSERT through
        # SQLAlchemy, cost ~4 ms a document (bench/rescore.py --profile)
        prep = c.dialect.identifier_preparer
        cols = list(rows[0])
        # bandit B608: table and column names are our own metadata's, quoted by the dialect;
        # every value is a bound parameter
        c.exec_driver_sql(
            f"INSERT INTO {prep.format_table(actors)} ({', '.join(prep.quote(k) for k in cols)}) "  # nosec B608
            f"VALUES ({', '.join([mark] * len(cols))}) ON CONFLICT ({prep.quote('name')}) DO NOTHING",
            [tuple(r[k] for k in cols) for r in rows])
        return
    have = {r[0] for r in c.execute(select(actors.c.name).where(actors.c.name.in_(list(named))))}
    new = [row for row in rows if row["name"] not in have]
    if new:
        # a concurrent writer may add the same actor: never fail a document for that
        c.execute(_insert(engine, actors, True), new)


def _tx(target: Engine | Connection):
    """A new transaction on an engine; on a Connection, the caller's own (the nightly job
    writes a batch of documents in one commit: each is still whole or absent)."""
    if isinstance(target, Connection):
        return nullcontext(target)
    return target.begin()


def store_document(engine: Engine | Connection, doc: Document, sts: list[Statement], registry=None) -> bool:
    """Write one document with its statements, their scores (when a statement has a
    ``scorer_version``) and the actors it names that the store lacks, in ONE transaction
    (or inside the transaction of `engine` when it is a Connection).

    Returns False, writing nothing, when the document is already stored (also when another
    process stored it a moment ago). Any other failure rolls the whole document back."""
    doc_row = dict(doc_id=doc.doc_id, source=doc.source, title=doc.title, published=doc.published,
                   outlet=doc.outlet, url=doc.url, kind=doc.kind, speaker=doc.speaker, text=doc.text,
                   ingested_at=_now())
    try:
        with _tx(engine) as c:
            if engine.dialect.name in ("sqlite", "postgresql"):
                if c.execute(_insert(engine, documents, True), doc_row).rowcount == 0:
                    return False  # nothing written: the transaction commits empty
            else:
                if c.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc.doc_id)).first():
                    return False
                c.execute(insert(documents), doc_row)
            if sts:
                _bulk_insert(c, statements, _statement_rows(doc.doc_id, sts))
                _insert_scores(c, doc.doc_id, sts)
            write_aggregates(c, doc.doc_id, sts, new=doc)
            _add_actors(c, engine, sts, registry)
    except IntegrityError:
        if isinstance(engine, Connection):  # the caller's transaction is spoilt: the caller decides
            raise
        if has_document(engine, doc.doc_id):  # stored by someone else in the meantime
            return False
        raise
    return True


_SHAPE = ("seq", "char_start", "char_end", "section", "speaker", "speaker_kind", "reported_by", "cue", "targets",
          "text")


def replace_analysis(engine: Engine | Connection, doc_id: str, sts: list[Statement],
                     registry=None) -> list[dict] | None:
    """Rescore a stored document with `sts` (a fresh analysis of its text), in ONE
    transaction: its scores become these (one score row per statement, the old versions'
    rows go), its aggregates are rewritten, new actors added. When the statements
    themselves differ from the stored ones (segmentation or attribution changed), they
    are replaced too. Returns the replaced statements (speaker, section, tone,
    escalation) for the drift figures, or None when the document is not stored. `engine`
    may be a Connection: then inside its transaction, as :func:`store_document`."""
    with _tx(engine) as c:
        if c.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id)).first() is None:
            return None
        sc = scores.alias("sc")
        later = scores.alias("later")
        newest = and_(sc.c.doc_id == statements.c.doc_id, sc.c.seq == statements.c.seq, ~exists().where(
            later.c.doc_id == sc.c.doc_id, later.c.seq == sc.c.seq,
            or_(later.c.scored_at > sc.c.scored_at,
                and_(later.c.scored_at == sc.c.scored_at, later.c.scorer_version > sc.c.scorer_version))))
        old = [dict(r._mapping) for r in c.execute(
            select(*(statements.c[k] for k in _SHAPE), sc.c.tone, sc.c.escalation)
            .select_from(statements.outerjoin(sc, newest))
            .where(statements.c.doc_id == doc_id).order_by(statements.c.seq))]
        new_rows = _statement_rows(doc_id, sts)
        same = len(old) == len(new_rows) and all(
            all(o[k] == n[k] for k in _SHAPE) for o, n in zip(old, new_rows))
        c.execute(scores.delete().where(scores.c.doc_id == doc_id))
        if not same:
            c.execute(statements.delete().where(statements.c.doc_id == doc_id))
            _bulk_insert(c, statements, new_rows)
        _insert_scores(c, doc_id, sts)
        write_aggregates(c, doc_id, sts)
        _add_actors(c, engine, sts, registry)
    return [dict(speaker=o["speaker"], section=o["section"], tone=o["tone"], escalation=o["escalation"])
            for o in old]


# --------------------------------------------------------------------------- the nightly job's queries

def stale_documents(engine: Engine, version: str) -> list[str]:
    """The stored documents with a statement not scored by `version`, or with a score row
    of another version: what the nightly job rescores. Four cheap queries when nothing is
    stale, else two indexed set queries; no document is read."""
    with engine.connect() as c:
        # the usual night: every score of this version, one per statement. Two index seeks
        # find no other version; then each statement has its score exactly when there are
        # as many score rows as statements (a score row's key is its statement's plus the
        # version, and the foreign key ties it to a stored statement): no set query needed
        other_version = any(c.execute(select(scores.c.scorer_version).where(cond).limit(1)).first()
                            for cond in (scores.c.scorer_version < version, scores.c.scorer_version > version))
        if not other_version and c.execute(select(func.count()).select_from(scores)).scalar() == \
                c.execute(select(func.count()).select_from(statements)).scalar():
            return []
    mine = scores.alias("mine")
    unscored = (select(statements.c.doc_id).where(~exists().where(
        mine.c.doc_id == statements.c.doc_id, mine.c.seq == statements.c.seq, mine.c.scorer_version == version)))
    other = select(scores.c.doc_id).where(scores.c.scorer_version != version)
    with engine.connect() as c:
        ids = {r[0] for r in c.execute(unscored.union(other))}
    return sorted(ids)


def all_document_ids(engine: Engine) -> list[str]:
    with engine.connect() as c:
        return [r[0] for r in c.execute(select(documents.c.doc_id).order_by(documents.c.doc_id))]


def load_documents(engine: Engine, doc_ids: list[str]) -> list[Document]:
    """The stored documents of `doc_ids` (those still there), in the order given."""
    with engine.connect() as c:
        rows = {r.doc_id: r for r in c.execute(select(
            documents.c.doc_id, documents.c.source, documents.c.text, documents.c.title, documents.c.published,
            documents.c.outlet, documents.c.url, documents.c.kind, documents.c.speaker)
            .where(documents.c.doc_id.in_(doc_ids)))}
    return [Document(**dict(rows[d]._mapping)) for d in doc_ids if d in rows]


def remember_sources(engine: Engine, paths: Iterable[str | Path]) -> list[str]:
    """Add `paths` (made absolute; feed URLs as they are) to the sources the nightly job reads;
    returns them."""
    absolute = list(dict.fromkeys(  # a feed URL is kept as it is
        p if re.match(r"^https?://", str(p), re.I) else os.path.abspath(os.fspath(p)) for p in paths))
    if absolute:
        with engine.begin() as c:
            c.execute(_insert(engine, sources, True), [dict(path=p, added_at=_now()) for p in absolute])
    return absolute


def stored_sources(engine: Engine) -> list[str]:
    with engine.connect() as c:
        return [r[0] for r in c.execute(select(sources.c.path).order_by(sources.c.path))]


def read_files(engine: Engine) -> dict[str, tuple[int, int]]:
    """Every file already read from a source: path -> (size, mtime_ns) when read."""
    with engine.connect() as c:
        return {r.path: (r.size, r.mtime_ns) for r in c.execute(select(source_files))}


def remember_files(engine: Engine, files: dict[str, tuple[int, int]]) -> None:
    """Record files as read (path -> (size, mtime_ns)), replacing what was known of them."""
    if not files:
        return
    rows = [dict(path=p, size=s, mtime_ns=m, read_at=_now()) for p, (s, m) in files.items()]
    paths = list(files)
    with engine.begin() as c:
        for i in range(0, len(paths), 500):
            c.execute(source_files.delete().where(source_files.c.path.in_(paths[i:i + 500])))
        c.execute(insert(source_files), rows)


def failures(engine: Engine) -> dict[str, tuple[str, str]]:
    """What failed in earlier runs and has not succeeded since: key (a file's path, or a
    stored document's doc_id) -> (kind "file" or "document", reason)."""
    with engine.connect() as c:
        return {r.key: (r.kind, r.reason) for r in c.execute(select(failures_table))}


def record_failures(engine: Engine, run_id: int | None, failed: dict[str, tuple[str, str]],
                    cleared: Iterable[str] = ()) -> None:
    """Record the failures of a run (`run_id`; None: an ingest) as key -> (kind, reason),
    replacing what was known of them, and forget the `cleared` keys (they succeeded, or
    are gone), in one transaction."""
    keys = list(dict.fromkeys([*failed, *cleared]))
    if not keys:
        return
    with engine.begin() as c:
        for i in range(0, len(keys), 500):
            c.execute(failures_table.delete().where(failures_table.c.key.in_(keys[i:i + 500])))
        if failed:
            at = _now()
            c.execute(insert(failures_table), [dict(key=k, kind=kind, reason=reason, run_id=run_id, failed_at=at)
                                               for k, (kind, reason) in failed.items()])


# --------------------------------------------------------------------------- reading

STATEMENT_FILTERS = ("source", "speaker", "section", "outlet", "since", "until", "doc_id")
STANCE_FILTERS = STATEMENT_FILTERS + ("target",)
DOCUMENT_FILTERS = ("source", "outlet", "since", "until", "doc_id")


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _speakers_like(conn, speaker: str) -> list[str]:
    """The stored speakers equal to `speaker` ignoring case (Unicode-aware: SQLite's lower()
    folds ASCII only). Reads the distinct speakers from the speaker index."""
    want = _fold(speaker)
    return [s for (s,) in conn.execute(select(statements.c.speaker).distinct()) if _fold(s) == want]


def _date_conditions(filters: dict, col=None) -> list:
    """since/until on `published` (or on `col`, a rollup's month or day), compared as text:
    `until` takes its whole prefix, so ``--until 2022`` keeps 2022-12-31 and ``--until
    2022-03`` keeps 2022-03-31; a document dated by year only ("2022") is before any day
    of that year."""
    col = documents.c.published if col is None else col
    conds = []
    if filters.get("since"):
        conds.append(col >= str(filters["since"]))
    if filters.get("until"):
        until = str(filters["until"])
        conds.append(or_(col <= until, col.startswith(until, autoescape=True)))
    return conds


def _document_conditions(filters: dict) -> list:
    conds = []
    for key in ("source", "outlet", "doc_id"):
        if filters.get(key):
            conds.append(documents.c[key] == filters[key])
    return conds + _date_conditions(filters)


def _given(filters: dict, allowed: tuple[str, ...], what: str) -> dict:
    """The filters that are set (None or "" means no filter); an unknown name is a TypeError."""
    unknown = set(filters) - set(allowed)
    if unknown:
        raise TypeError(f"unknown {what} filter(s): {', '.join(sorted(unknown))}")
    return {k: v for k, v in filters.items() if v not in (None, "")}


def statement_query(scorer_version: str | None = None, speakers: list[str] | None = None, **filters):
    """The SELECT behind :func:`iter_statements`: statements joined with their document and
    the newest scores (or those of `scorer_version`). `speakers` are exact stored names
    (the speaker filter proper needs the store: see :func:`iter_statements`)."""
    filters = _given(filters, tuple(f for f in STATEMENT_FILTERS if f != "speaker"), "statement")
    sc = scores.alias("sc")
    on = and_(sc.c.doc_id == statements.c.doc_id, sc.c.seq == statements.c.seq)
    if scorer_version:
        on = and_(on, sc.c.scorer_version == scorer_version)
    else:  # no later score of the same statement
        later = scores.alias("later")
        on = and_(on, ~exists().where(
            later.c.doc_id == sc.c.doc_id, later.c.seq == sc.c.seq,
            or_(later.c.scored_at > sc.c.scored_at,
                and_(later.c.scored_at == sc.c.scored_at, later.c.scorer_version > sc.c.scorer_version))))
    q = (select(documents.c.doc_id, documents.c.source, documents.c.title, documents.c.published,
                documents.c.outlet, statements.c.seq, statements.c.char_start, statements.c.char_end,
                statements.c.section, statements.c.speaker, statements.c.speaker_kind, statements.c.reported_by,
                statements.c.cue, statements.c.targets, sc.c.tone, sc.c.tone_pos, sc.c.tone_neu, sc.c.tone_neg,
                sc.c.escalation, sc.c.escalation_cues, sc.c.scorer_version, statements.c.text)
         .select_from(statements.join(documents, statements.c.doc_id == documents.c.doc_id).outerjoin(sc, on)))
    conds = _document_conditions(filters)
    if filters.get("section"):
        conds.append(statements.c.section == filters["section"])
    if speakers is not None:
        conds.append(statements.c.speaker.in_(speakers) if speakers else false())
    if conds:
        q = q.where(and_(*conds))
    return q.order_by(documents.c.published.nulls_last(), documents.c.source, statements.c.seq)


def _stream(engine: Engine, query) -> Iterator[dict]:
    """Rows of `query` (or of `query(connection)`) as dicts, fetched BATCH at a time (a
    server-side cursor where the driver has one), never all at once."""
    with engine.connect() as c:
        if callable(query):
            query = query(c)
        result = c.execution_options(yield_per=BATCH).execute(query)
        try:
            for row in result:
                yield dict(row._mapping)
        finally:
            result.close()


def iter_statements(engine: Engine, scorer_version: str | None = None, **filters) -> Iterator[dict]:
    """Statement rows (the export's columns) joined with their document's metadata and
    their newest scores (or those of `scorer_version`), ordered by published (undated
    documents last, on every database), source, seq, streamed. Filters: source, speaker (exact, case-insensitive), section, outlet, since,
    until (on published, see :func:`_date_conditions`), doc_id; None or "" means no filter.
    A statement without scores has None in the score columns."""
    filters = _given(filters, STATEMENT_FILTERS, "statement")
    speaker = filters.pop("speaker", None)
    if not speaker:
        return _stream(engine, statement_query(scorer_version, **filters))
    return _stream(engine, lambda c: statement_query(scorer_version, speakers=_speakers_like(c, speaker), **filters))


def iter_documents(engine: Engine, **filters) -> Iterator[dict]:
    """Document metadata (no text) with statement counts, ordered by published, source.
    Filters: source, outlet, since, until, doc_id."""
    filters = _given(filters, DOCUMENT_FILTERS, "document")
    n = (select(statements.c.doc_id, func.count().label("statements"))
         .group_by(statements.c.doc_id).subquery("n"))
    q = (select(documents.c.doc_id, documents.c.source, documents.c.title, documents.c.published,
                documents.c.outlet, documents.c.url, documents.c.kind, documents.c.speaker,
                documents.c.ingested_at, func.coalesce(n.c.statements, 0).label("statements"))
         .select_from(documents.outerjoin(n, n.c.doc_id == documents.c.doc_id)))
    conds = _document_conditions(filters)
    if conds:
        q = q.where(and_(*conds))
    return _stream(engine, q.order_by(documents.c.published.nulls_last(), documents.c.source, documents.c.doc_id))


def iter_actors(engine: Engine) -> Iterator[dict]:
    """Actors by name, with the number of statements each is the speaker of."""
    n = (select(statements.c.speaker.label("name"), func.count().label("statements"))
         .group_by(statements.c.speaker).subquery("n"))
    q = (select(actors.c.name, actors.c.kind, actors.c.country, actors.c.known,
                func.coalesce(n.c.statements, 0).label("statements"))
         .select_from(actors.outerjoin(n, n.c.name == actors.c.name)).order_by(actors.c.name))
    return _stream(engine, q)


def iter_stance(engine: Engine, **filters) -> Iterator[dict]:
    """Each speaker's stance toward each actor they talk about (the columns of
    :data:`analysis.stance.STANCE_COLUMNS`), summed from the per-document ``stance_doc``
    aggregates, so it agrees with :func:`analysis.stance.stance` over the same statements:
    counts, mean tone and escalation over the scored statements (4 places), first and last
    published dates. Filters: those of :func:`iter_statements` plus target (exact)."""
    filters = _given(filters, STANCE_FILTERS, "stance")
    sd = stance_doc
    with engine.connect() as c:
        conds = _document_conditions(filters)
        if filters.get("section"):
            conds.append(sd.c.section == filters["section"])
        if filters.get("target"):
            conds.append(sd.c.target == filters["target"])
        if filters.get("speaker"):
            names = _speakers_like(c, filters["speaker"])
            conds.append(sd.c.speaker.in_(names) if names else false())
        scored = func.sum(sd.c.scored)
        q = (select(sd.c.speaker, sd.c.target, func.sum(sd.c.statements).label("statements"),
                    scored.label("scored"), func.sum(sd.c.tone_sum).label("tone_sum"),
                    func.sum(sd.c.escalation_sum).label("escalation_sum"),
                    func.min(documents.c.published).label("first"), func.max(documents.c.published).label("last"))
             .select_from(sd.join(documents, sd.c.doc_id == documents.c.doc_id))
             .group_by(sd.c.speaker, sd.c.target))
        if conds:
            q = q.where(and_(*conds))
        rows = [dict(speaker=r.speaker, target=r.target, statements=int(r.statements),
                     tone=round(r.tone_sum / r.scored, 4) if r.scored else None,
                     escalation=round(r.escalation_sum / r.scored, 4) if r.scored else None,
                     first=r.first or None, last=r.last or None) for r in c.execute(q)]
    rows.sort(key=lambda r: (r["speaker"].lower(), -r["statements"], r["target"].lower()))
    return iter(rows)
