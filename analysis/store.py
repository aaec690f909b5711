"""The store: documents, statements, scores and actors, through SQLAlchemy Core.

SQLite in WAL mode at ./data/stancewatch.db by default; PostgreSQL (or any SQLAlchemy URL)
with --db / STANCEWATCH_DB. A document is written in one transaction with its statements
and scores, so a reader never sees half of one, and a failure loses nothing else.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        and_, create_engine, event, func, select)
from sqlalchemy.engine import Engine

from .model import Document, Statement

DEFAULT_PATH = Path("data") / "stancewatch.db"

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("doc_id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text), Column("published", String(32)), Column("outlet", Text), Column("url", Text),
    Column("kind", String(32)), Column("speaker", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)
statements = Table(
    "statements", metadata,
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("char_start", Integer, nullable=False), Column("char_end", Integer, nullable=False),
    Column("section", String(16), nullable=False),
    Column("speaker", Text, nullable=False), Column("speaker_kind", String(32)),
    Column("reported_by", Text), Column("cue", String(64)), Column("targets", Text),
    Column("text", Text, nullable=False),
    Index("ix_statements_speaker", "speaker"), Index("ix_statements_section", "section"),
)
scores = Table(
    "scores", metadata,
    Column("doc_id", String(32), primary_key=True), Column("seq", Integer, primary_key=True),
    Column("scorer_version", String(32), primary_key=True),
    Column("tone", Float), Column("tone_pos", Float), Column("tone_neu", Float), Column("tone_neg", Float),
    Column("escalation", Float), Column("escalation_cues", Text),
)
actors = Table(
    "actors", metadata,
    Column("name", Text, primary_key=True), Column("kind", String(32)), Column("country", Text),
    Column("known", Boolean, nullable=False, default=True),
)


def default_url() -> str:
    url = os.environ.get("STANCEWATCH_DB")
    if url:
        return url
    return f"sqlite:///{DEFAULT_PATH}"


def connect(url: str | None = None) -> Engine:
    """An engine on the store, its schema created if missing."""
    url = url or default_url()
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url[len("sqlite:///"):]).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()
    metadata.create_all(engine)
    return engine


def has_document(engine: Engine, doc_id: str) -> bool:
    with engine.connect() as c:
        return c.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id)).first() is not None


def _join(values) -> str:
    return ";".join(v for v in values if v)


def store_document(engine: Engine, doc: Document, sts: list[Statement], registry=None) -> bool:
    """Write one document with its statements and scores in one transaction.
    Returns False (and writes nothing) when the document is already stored."""
    with engine.begin() as c:
        if c.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc.doc_id)).first():
            return False
        c.execute(documents.insert().values(
            doc_id=doc.doc_id, source=doc.source, title=doc.title, published=doc.published, outlet=doc.outlet,
            url=doc.url, kind=doc.kind, speaker=doc.speaker, text=doc.text,
            ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
        if sts:
            c.execute(statements.insert(), [dict(
                doc_id=doc.doc_id, seq=s.seq, char_start=s.char_start, char_end=s.char_end, section=s.section,
                speaker=s.speaker, speaker_kind=s.speaker_kind, reported_by=s.reported_by, cue=s.cue,
                targets=_join(s.targets), text=s.text) for s in sts])
            scored = [s for s in sts if s.scorer_version]
            if scored:
                c.execute(scores.insert(), [dict(
                    doc_id=doc.doc_id, seq=s.seq, scorer_version=s.scorer_version, tone=s.tone, tone_pos=s.tone_pos,
                    tone_neu=s.tone_neu, tone_neg=s.tone_neg, escalation=s.escalation,
                    escalation_cues=_join(s.escalation_cues)) for s in scored])
        names = {s.speaker for s in sts if not s.speaker.startswith("(")} | {t for s in sts for t in s.targets}
        if names:
            have = {r[0] for r in c.execute(select(actors.c.name).where(actors.c.name.in_(names)))}
            new = []
            for n in sorted(names - have):
                a = registry.lookup(n) if registry is not None else None
                kind = a.kind if a is not None else next((s.speaker_kind for s in sts if s.speaker == n), None)
                new.append(dict(name=n, kind=kind, country=getattr(a, "country", None), known=bool(a and a.known)))
            if new:
                c.execute(actors.insert(), new)
    return True


def _statement_query(scorer_version: str | None = None, **filters):
    # the newest scores of each statement (or of the version asked for)
    if scorer_version:
        sc = select(scores).where(scores.c.scorer_version == scorer_version).subquery("sc")
    else:
        ranked = select(scores, func.row_number().over(
            partition_by=(scores.c.doc_id, scores.c.seq), order_by=scores.c.scorer_version.desc()).label("rn")).subquery()
        sc = select(ranked).where(ranked.c.rn == 1).subquery("sc")
    q = (select(documents.c.doc_id, documents.c.source, documents.c.title, documents.c.published, documents.c.outlet,
                statements.c.seq, statements.c.char_start, statements.c.char_end, statements.c.section,
                statements.c.speaker, statements.c.speaker_kind, statements.c.reported_by, statements.c.cue,
                statements.c.targets, sc.c.tone, sc.c.tone_pos, sc.c.tone_neu, sc.c.tone_neg, sc.c.escalation,
                sc.c.escalation_cues, sc.c.scorer_version, statements.c.text)
         .select_from(statements.join(documents, statements.c.doc_id == documents.c.doc_id)
                      .outerjoin(sc, and_(sc.c.doc_id == statements.c.doc_id, sc.c.seq == statements.c.seq))))
    conds = []
    if filters.get("source"):
        conds.append(documents.c.source == filters["source"])
    if filters.get("doc_id"):
        conds.append(documents.c.doc_id == filters["doc_id"])
    if filters.get("speaker"):
        conds.append(func.lower(statements.c.speaker) == filters["speaker"].lower())
    if filters.get("section"):
        conds.append(statements.c.section == filters["section"])
    if filters.get("outlet"):
        conds.append(documents.c.outlet == filters["outlet"])
    if filters.get("since"):
        conds.append(documents.c.published >= filters["since"])
    if filters.get("until"):
        conds.append(documents.c.published <= filters["until"] + "\uffff")
    if conds:
        q = q.where(and_(*conds))
    return q.order_by(documents.c.published, documents.c.source, statements.c.seq)


def iter_statements(engine: Engine, scorer_version: str | None = None, **filters) -> Iterator[dict]:
    """Statement rows joined with their document and newest scores, streamed."""
    with engine.connect() as c:
        result = c.execution_options(yield_per=2000).execute(_statement_query(scorer_version, **filters))
        for row in result:
            yield dict(row._mapping)


def iter_documents(engine: Engine) -> Iterator[dict]:
    q = (select(documents.c.doc_id, documents.c.source, documents.c.title, documents.c.published, documents.c.outlet,
                documents.c.url, documents.c.kind, func.count(statements.c.seq).label("statements"))
         .select_from(documents.outerjoin(statements, statements.c.doc_id == documents.c.doc_id))
         .group_by(documents.c.doc_id).order_by(documents.c.published, documents.c.source))
    with engine.connect() as c:
        for row in c.execute(q):
            yield dict(row._mapping)


def iter_actors(engine: Engine) -> Iterator[dict]:
    n = (select(statements.c.speaker.label("name"), func.count().label("statements"))
         .group_by(statements.c.speaker).subquery())
    q = (select(actors.c.name, actors.c.kind, actors.c.country, actors.c.known, func.coalesce(n.c.statements, 0).label("statements"))
         .select_from(actors.outerjoin(n, n.c.name == actors.c.name)).order_by(actors.c.name))
    with engine.connect() as c:
        for row in c.execute(q):
            yield dict(row._mapping)
