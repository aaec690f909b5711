"""The Statements grid in document order: the newest documents first (or the documents in
the order of one of their columns), each in reading order, whole documents skipped by their
statement counts where the filters allow."""
from __future__ import annotations

from sqlalchemy import and_, func, select, true
from sqlalchemy.engine import Engine

from analysis import store
from analysis.store import documents, speaker_doc, stance_doc, statements

from .filters import DEFAULT_SECTIONS, Filters, _agg_conds, _doc_conds, _has_statements
from .positions import _position

DOC_BATCH = 400  # at most this many documents read at a time by the grid's default order
PER_DOC = 40  # statements a document is assumed to have before any is read


def _newest_first(engine: Engine, f: Filters, q, start: int, end: int, countable: bool = False,
                  key=None, order=None) -> list[dict]:
    """The grid's default order (newest documents first, each in reading order), or the
    documents in `order` (a sort by one of the document's columns, ties by doc_id): rows
    [start, end) of `q` (whose statement filters are written for the primary key, see
    _statement_select's `by_key`), read a batch of documents at a time along one cursor on
    the documents' order, so a page never sorts the whole statement table. A batch holds
    the documents the rows still needed should take (by their counts when `countable`,
    else by the rows per document seen so far). With `countable` (q's rows per document
    are speaker_doc's statements under the same section and speaker filters) the documents
    before the block are skipped by their counts instead of reading their rows. Starts
    from the remembered end of the previous block of the same grid (`key`) when there is
    one: the position of its document in the order and the rows of it already served."""
    order = order or [documents.c.published.desc(), documents.c.source.desc(), documents.c.doc_id.desc()]
    docs = select(documents.c.doc_id).where(and_(true(), *_doc_conds(f))).order_by(*order)
    if f.actors or f.kinds or tuple(f.sections) != DEFAULT_SECTIONS:
        docs = docs.where(_has_statements(f, engine))  # only documents that have such statements
    if f.target:  # the documents where the speakers talk about the target (stance_doc)
        st = stance_doc
        docs = docs.where(documents.c.doc_id.in_(
            select(st.c.doc_id).where(and_(true(), *_agg_conds(f.with_(since=None, until=None, outlets=(), doc=None),
                                                              st)))))
    q = q.order_by(None).order_by(*order, statements.c.seq)
    pos = _position(engine, ("newest", key), start) if key is not None else None
    at, skip = pos if pos is not None else (0, start)  # documents before `at` are done; rows of it to skip
    want = end - start
    out: list[dict] = []
    read = found = 0  # documents read and the rows they gave (the rows per document so far)
    last = (at, skip)  # the position after the last row served
    pending: list[str] = []  # documents fetched and not read yet
    with engine.connect() as c:
        # one cursor along the documents' order: SQLite steps it as batches are fetched
        # (other drivers fetch the document ids at once: small beside the statements)
        cursor = c.execute(docs.offset(at) if at else docs)
        try:
            while len(out) < want:
                if countable:
                    # the counts trim the batch to the documents needed: fetch generously
                    size = DOC_BATCH if skip else min(DOC_BATCH, 2 * -(-(want - len(out)) // PER_DOC) + 8)
                else:
                    per = found / read if found else (PER_DOC if not read else 1 / max(read, 1))
                    size = max(1, min(DOC_BATCH, int((want - len(out) + skip) / per) + 1))
                batch, pending = pending[:size], pending[size:]
                if len(batch) < size:
                    batch += [d for (d,) in cursor.fetchmany(size - len(batch))]
                if not batch:
                    break
                n = None
                if countable:
                    sd = speaker_doc
                    conds = [sd.c.doc_id.in_(batch), sd.c.section.in_(f.section_names())]
                    if f.actors:
                        conds.append(store.spelled(sd.c.speaker, f.actors))
                    n = dict(c.execute(select(sd.c.doc_id, func.sum(sd.c.statements)).where(and_(*conds))
                                       .group_by(sd.c.doc_id)).all())
                    keep = 0  # the documents wholly before the block
                    while keep < len(batch) and skip >= (n.get(batch[keep]) or 0):
                        skip -= n.get(batch[keep]) or 0
                        keep += 1
                    at += keep
                    batch = batch[keep:]
                    if not batch:
                        continue
                    take, need = 0, skip + want - len(out)  # the documents the block needs, no more
                    while take < len(batch) and need > 0:
                        need -= n.get(batch[take]) or 0
                        take += 1
                    batch, pending = batch[:take], batch[take:] + pending
                read += len(batch)
                seen = {}
                result = c.execute(q.where(statements.c.doc_id.in_(batch)))
                try:
                    for r in result:
                        found += 1
                        seen[r.doc_id] = seen.get(r.doc_id, 0) + 1
                        if skip:
                            skip -= 1
                            continue
                        out.append(dict(r._mapping))
                        if len(out) >= want:
                            break
                finally:
                    result.close()
                # the position after the last row taken: its document and that document's rows so far
                if len(out) >= want:
                    doc = out[-1]["doc_id"]
                    last = (at + batch.index(doc), seen[doc])
                at += len(batch)
        finally:
            cursor.close()
    if key is not None and len(out) >= want:
        _position(engine, ("newest", key), end, last)
    return out
