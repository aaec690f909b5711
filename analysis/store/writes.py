"""Writing documents: each with its statements, scores, aggregates and new actors in ONE
transaction (a reader never sees half of one), and a stored document's analysis
replaced by a fresh one."""
from __future__ import annotations

from contextlib import nullcontext
from typing import Iterable

from sqlalchemy import and_, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from ..model import Document, Statement, is_actor_name
from .rollups import insert_aggregates, write_aggregates
from .schema import actors, documents, newest_score, scores, statements
from .sql import _PLACEHOLDER, _bulk_insert, _insert, _now

def has_document(engine: Engine, doc_id: str) -> bool:
    with engine.connect() as c:
        return c.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id)).first() is not None


def has_documents(engine: Engine) -> bool:
    """Whether the store holds any document (one query)."""
    with engine.connect() as c:
        return c.execute(select(documents.c.doc_id).limit(1)).first() is not None


def _join(values: Iterable[str] | None) -> str:
    return ";".join(v for v in (values or ()) if v)


def _actor_rows(sts: list[Statement], registry) -> dict[str, dict]:
    """The actors a document's statements name (speakers and targets), by name."""
    kinds: dict[str, str | None] = {}
    for s in sts:
        if is_actor_name(s.speaker):  # not (narrator), (unknown commenter), (spam)…
            kinds.setdefault(s.speaker, s.speaker_kind)
        for t in s.targets:
            if is_actor_name(t):
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
                 targets=_join(s.targets), text=s.text, speaker_start=s.speaker_start, speaker_end=s.speaker_end)
            for s in sts]


def _score_rows(doc_id: str, sts: list[Statement], at: str) -> list[dict]:
    """The score rows of the statements that carry a score (a ``scorer_version``)."""
    return [dict(doc_id=doc_id, seq=s.seq, scorer_version=s.scorer_version, tone=s.tone, tone_pos=s.tone_pos,
                 tone_neu=s.tone_neu, tone_neg=s.tone_neg, escalation=s.escalation,
                 escalation_cues=_join(s.escalation_cues), scored_at=at) for s in sts if s.scorer_version]


def _insert_scores(c, doc_id: str, sts: list[Statement]) -> None:
    _bulk_insert(c, scores, _score_rows(doc_id, sts, _now()))


def _document_row(doc: Document, at: str) -> dict:
    return dict(doc_id=doc.doc_id, source=doc.source, title=doc.title, published=doc.published, outlet=doc.outlet,
                url=doc.url, kind=doc.kind, speaker=doc.speaker, text=doc.text, ingested_at=at, author=doc.author)


def _add_actors(c, engine, sts: list[Statement], registry) -> None:
    _add_actor_rows(c, _actor_rows(sts, registry))


def _add_actor_rows(c, named: dict[str, dict]) -> None:
    """Add the actors of `named` (name -> row) that the store lacks."""
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
        c.execute(_insert(c, actors, True), new)


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
    doc_row = _document_row(doc, _now())
    try:
        with _tx(engine) as c:
            if engine.dialect.name in ("sqlite", "postgresql"):
                if c.execute(_insert(engine, documents, True), doc_row).rowcount == 0:
                    return False  # nothing written: the transaction commits empty
            else:
                if c.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc.doc_id)).first():
                    return False
                c.execute(insert(documents), doc_row)
            _write_new(c, [(doc, sts)], registry)
    except IntegrityError:
        if isinstance(engine, Connection):  # the caller's transaction is spoilt: the caller decides
            raise
        if has_document(engine, doc.doc_id):  # stored by someone else in the meantime
            return False
        raise
    return True


def store_documents(conn: Connection, items: list[tuple[Document, list[Statement]]],
                    registry=None) -> list[bool]:
    """Write new documents as :func:`store_document` writes each, inside the caller's
    transaction (`conn`: the nightly job commits a batch of them at once), but each table in
    one executemany for all of them and the rollups moved once for the lot: a statement
    from the nightly job costs a fraction of the round trips and upserts it did one
    document at a time. Returns, per item, True when it was written and False when the
    store (or an earlier item) already had it, nothing of it written.

    Documents already stored are found by one query first; should another process store
    one of them in between, its INSERT fails, and with it the caller's transaction: the
    caller rolls back and writes each document alone (:func:`store_document` handles that
    race), as it does for any failure here."""
    ids = list(dict.fromkeys(doc.doc_id for doc, _ in items))
    have: set[str] = set()
    for i in range(0, len(ids), 500):
        found = conn.execute(select(documents.c.doc_id).where(documents.c.doc_id.in_(ids[i:i + 500])))
        have.update(r[0] for r in found)
    written, new = [], []
    for doc, sts in items:
        written.append(doc.doc_id not in have)
        if written[-1]:
            have.add(doc.doc_id)
            new.append((doc, sts))
    if new:
        _bulk_insert(conn, documents, [_document_row(doc, _now()) for doc, _ in new])
        _write_new(conn, new, registry)
    return written


def _write_new(c, docs: list[tuple[Document, list[Statement]]], registry) -> None:
    """All but the document rows of documents this transaction has just inserted: their
    statements, scores, aggregates (rollups moved once for them all) and the actors they
    name that the store lacks (the first document to name one describes it, as when they
    are written one by one)."""
    at = _now()
    _bulk_insert(c, statements, [r for doc, sts in docs for r in _statement_rows(doc.doc_id, sts)])
    _bulk_insert(c, scores, [r for doc, sts in docs for r in _score_rows(doc.doc_id, sts, at)])
    insert_aggregates(c, [(doc.doc_id, doc.published, doc.outlet, sts) for doc, sts in docs])
    named: dict[str, dict] = {}
    for _, sts in docs:
        for name, row in _actor_rows(sts, registry).items():
            named.setdefault(name, row)
    _add_actor_rows(c, named)


_SHAPE = ("seq", "char_start", "char_end", "section", "speaker", "speaker_kind", "reported_by", "cue", "targets",
          "text", "speaker_start", "speaker_end")


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
        newest = and_(sc.c.doc_id == statements.c.doc_id, sc.c.seq == statements.c.seq, newest_score(sc))
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
