"""Writing what a run analysed: each batch of documents in one transaction (each document
whole or absent), a failure recorded as that document's or file's alone, and the run's
figures, drift and events counted as documents are committed."""
from __future__ import annotations

from itertools import groupby
from operator import itemgetter

from .. import store
from ..model import Document
from ..runs import Run
from .record import _Drift


def _fail(run: Run, path: str, reason: str, log, emit) -> None:
    """One failure of the run: a ``path: reason`` line in its errors, the log and the events."""
    line = f"{path}: {reason}"
    run.errors.append(line)
    log(line)
    emit("error", path=path, reason=reason)


def _write_batch(engine, run: Run, pairs: list, registry, drift: _Drift, failed: dict, source_of: dict, log,
                 emit) -> None:
    """Write a batch's documents in ONE transaction, each whole or absent as before: on
    SQLite a commit per document was a third of the job (every commit appends the pages
    of the shared rollup rows and indexes to the WAL again, and the checkpoints that follow
    sync them: bench/rescore.py). When any write fails the batch is rolled back and each
    document is written alone, so that a failure is that document's only."""
    ready = []
    for (kind, doc), (_doc_id, sts) in pairs:
        file = source_of.pop(doc.doc_id, None)
        if isinstance(sts, str):
            _failed(run, kind, doc, file, sts, failed, log, emit)
            continue
        wrong = {s.scorer_version for s in sts} - {run.scorer_version}
        if wrong:
            _failed(run, kind, doc, file, f"analysed with scorer version {', '.join(sorted(map(str, wrong)))}, "
                    f"not {run.scorer_version} (a worker with other lexicons or actors?)", failed, log, emit)
            continue
        ready.append((kind, doc, sts, file))
    if len(ready) > 1:
        try:
            with engine.begin() as c:
                outcomes = _write_together(c, ready, registry)
        except Exception:  # noqa: BLE001 -- rolled back whole: each document again, alone
            outcomes = None
        if outcomes is not None:
            for (kind, doc, sts, file), out in zip(ready, outcomes):
                _count(run, kind, doc, sts, file, out, drift, emit)
            return
    for kind, doc, sts, file in ready:
        try:
            out = _write(engine, kind, doc, sts, registry)
        except Exception as e:  # noqa: BLE001 -- this document's failure, logged; the rest goes on
            _failed(run, kind, doc, file, store.describe_error(e), failed, log, emit)
            continue
        _count(run, kind, doc, sts, file, out, drift, emit)


def _write_together(conn, ready: list, registry) -> list:
    """The outcomes of `ready` ((kind, document, statements, file) each) written in order
    inside `conn`'s transaction: each run of new documents in one go, every table in one
    executemany (:func:`analysis.store.store_documents`), each stored document's analysis
    replaced on its own."""
    outcomes: list = []
    for kind, group in groupby(ready, key=itemgetter(0)):
        group = list(group)
        if kind == "new":
            outcomes += store.store_documents(conn, [(doc, sts) for _, doc, sts, _ in group], registry)
        else:
            outcomes += [_write(conn, kind, doc, sts, registry) for _, doc, sts, _ in group]
    return outcomes


def _write(target, kind: str, doc: Document, sts, registry):
    """Store a new document (True, or False when it was there) or replace a stored one's
    analysis (the replaced statements, or None when it is gone), on an engine or inside a
    connection's transaction."""
    if kind == "new":
        return store.store_document(target, doc, sts, registry)
    return store.replace_analysis(target, doc.doc_id, sts, registry)


def _count(run: Run, kind: str, doc: Document, sts, file, out, drift: _Drift, emit) -> None:
    """A committed write in the run's figures, the drift and the events."""
    if kind == "new":
        if out:
            run.documents_added += 1
            run.statements_added += len(sts)
            emit("document", action="added", doc_id=doc.doc_id, path=file, source=doc.source, statements=len(sts))
        else:
            run.already += 1
    elif out is not None:
        run.documents_rescored += 1
        run.statements_rescored += len(sts)
        drift.add(out, sts)
        emit("document", action="rescored", doc_id=doc.doc_id, source=doc.source, statements=len(sts))


def _failed(run: Run, kind: str, doc: Document, file, reason: str, failed: dict, log, emit) -> None:
    """A document that could not be analysed or written: its file (a new document) or the
    stored document is recorded as failed, to be retried by the next run."""
    reason = f"could not be {'analysed or stored' if kind == 'new' else 'rescored'}: {reason}"
    if kind == "new":
        where = file if file is not None else doc.source
        if file is not None:
            failed[file] = ("file", reason)
    else:  # a stored document: its file name and id (its scores stay stale: the next run retries it)
        where = f"{doc.source} (document {doc.doc_id[:12]})"
        failed[doc.doc_id] = ("document", reason)
    _fail(run, where, reason, log, emit)
