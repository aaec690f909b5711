"""The nightly job's bookkeeping queries: what is stale, the sources and the files read
from them, and what failed (to be retried)."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable

from sqlalchemy import exists, func, insert, select
from sqlalchemy.engine import Engine

from ..model import Document
from .schema import documents, failures_table, scores, source_files, sources, statements
from .sql import _insert, _now

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
            documents.c.outlet, documents.c.url, documents.c.kind, documents.c.speaker, documents.c.author)
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
