"""The document list and one document with its statements."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import and_, func, select, true
from sqlalchemy.engine import Engine

from analysis import store
from analysis.store import documents, speaker_doc, statements

from .cache import cached
from .filters import Filters, _agg_conds, _doc_conds, _has_statements, partly_dated_out
from .rollups import _document_count

DOC_LIST = 100  # documents listed (the CSV has all of them)


@cached
def document_table(engine: Engine, f: Filters, limit: int | None = DOC_LIST) -> tuple[pd.DataFrame, int]:
    """Documents under the filters, newest first, with their statement counts (speaker_doc
    sums under the section/kind/actor filters); and how many there are in all. The
    newest `limit` come from the published index; only theirs are counted."""
    sd = speaker_doc
    conds = _doc_conds(f)
    if f.actors or f.kinds:  # only documents where such speakers speak
        conds.append(_has_statements(f))
    base = select(documents.c.doc_id).where(and_(true(), *conds))
    # newest first, walking the published index: a frequent actor's documents are asked one by
    # one (_has_statements with the engine) instead of all read and sorted, and no explicit
    # NULLS LAST on SQLite (it puts NULL last in a descending order itself, and the clause kept
    # it from the index): an actor page at 1M statements, its 20 newest of 6,496 documents 40 -> ~2 ms
    listed = _doc_conds(f) + ([_has_statements(f, engine)] if f.actors or f.kinds else [])
    published = documents.c.published.desc()
    if engine.dialect.name != "sqlite":
        published = published.nulls_last()
    q = (select(documents.c.published, documents.c.outlet, documents.c.author, documents.c.title,
                documents.c.source, documents.c.kind, documents.c.doc_id).where(and_(true(), *listed))
         .order_by(published, documents.c.source))
    if limit:
        q = q.limit(limit)
    cols = ["published", "outlet", "author", "title", "source", "kind", "statements", "doc_id"]
    with engine.connect() as c:
        if f.kinds and not f.actors and not f.doc:  # the rollup counts them (doc_month)
            total = _document_count(c, f)
        else:
            total = c.execute(select(func.count()).select_from(base.subquery())).scalar_one()
        rows = c.execute(q).all()
        n = dict(c.execute(select(sd.c.doc_id, func.sum(sd.c.statements)).where(
            sd.c.doc_id.in_([r.doc_id for r in rows]),
            *_agg_conds(f.with_(since=None, until=None, outlets=(), doc=None), sd)).group_by(sd.c.doc_id)).all()) \
            if rows else {}
    # object columns: an unknown date or outlet stays None (pandas' string dtype makes it NaN, which
    # a page printed as "nan")
    df = pd.DataFrame([(*r[:6], int(n.get(r.doc_id) or 0), r.doc_id) for r in rows], columns=cols, dtype=object)
    df["statements"] = df["statements"].astype(int)
    return df, int(total)


def document(engine: Engine, doc_id: str) -> dict | None:
    with engine.connect() as c:
        r = c.execute(select(documents).where(documents.c.doc_id == doc_id)).first()
    return dict(r._mapping) if r else None


def document_statements(engine: Engine, doc_id: str) -> list[dict]:
    """All statements of one document in reading order, with their newest scores (every
    section: the document view shows comments and spam as such)."""
    q = store.statement_query(doc_id=doc_id).order_by(None).order_by(statements.c.seq)
    with engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(q)]


@cached
def partly_dated_documents(engine: Engine, f: Filters) -> dict[str, int]:
    """{year or month: documents} of the documents dated only to a year or month that the
    date range cuts through, and so leaves out (filters.RULE_PARTIAL_DATES)."""
    dates = partly_dated_out(f)
    if not dates:
        return {}
    conds = [documents.c.published.in_(dates)]
    if f.outlets:
        conds.append(documents.c.outlet.in_(f.outlets))
    with engine.connect() as c:
        return dict(c.execute(select(documents.c.published, func.count()).where(and_(*conds))
                              .group_by(documents.c.published)).all())
