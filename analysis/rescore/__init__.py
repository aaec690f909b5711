"""The nightly job: ingest what is new in the sources, rescore what is stale, record the run.

``stancewatch rescore`` calls :func:`rescore`. What it does, in order:

1. takes the store's "rescore" lock (:mod:`analysis.store.lock`), or raises :class:`Locked` at
   once when another run holds it; runs left 'running' by a killed job are marked
   'interrupted' (with the lock held, no other run is alive);
2. records a run in ``runs`` (status 'running', host, pid, scorer version);
3. lists the sources (the ``sources`` table, ``STANCEWATCH_SOURCES`` and ``--source``) and
   reads only the files whose (size, mtime) differ from what ``source_files`` remembers;
   documents already stored are skipped;
4. finds the stored documents with a statement not scored by the current scorer version
   (or every document with ``everything``): set queries, no document read;
5. analyses documents in batches with :func:`analyse_batch` — a pure function of plain
   data, run in this process, in a process pool (``workers``) or on a Dask cluster
   (``scheduler``) — and writes each document in ONE transaction, in the order the
   batches were made, so the store ends the same whichever ran the batches;
6. writes the drift (per speaker the run moved, mean tone and escalation of the rescored statements
   before and after) and finishes the run: 'ok', or 'failed' when a document failed
   (each failure is a ``source: reason`` line of ``error_log``; the rest is stored).

A run that is killed leaves every document complete or absent (one transaction each);
the next run marks it 'interrupted' and does what is left.

``stancewatch rescore`` (without --source, --all or --scheduler) first asks
:func:`analysis.noop.try_noop`, which tells and records a night with nothing to do
through the database driver alone, before this module (and SQLAlchemy) is imported; it
comes here whenever there is anything to do, or any doubt.
"""
from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .. import store
from ..ingest.feeds import is_url
from ..ingest.listing import iter_files  # noqa: F401 -- moved there; callers and benches use it here
from ..ingest.pool import ordered
from ..model import Document, IngestError
# what the no-op check (run before this module is imported) shares with the full job
from ..noop import SOURCES_ENV, current_version, env_sources, list_files  # noqa: F401
from ..runs import Run, end_line, event, start_line
from ..store.lock import try_acquire
from ..version import scorer_version
# the stages of a run, one module each; _work reads analyse_batch and BATCH from this
# module's namespace, where tests replace them
from .batches import _executor, _registry, analyse_batch
from .record import _Drift, _holder, _save, _start
from .write import _fail, _write_batch  # noqa: F401 -- _write_batch: bench/rescore_timed.py times it here

# The pipeline and the readers are imported when there is something to read or analyse:
# a run with nothing to do (most nights) does not load them.

BATCH = 8  # documents per task: small enough to spread, large enough to pay for the trip
# Documents written per transaction (each whole or absent all the same): at most this many,
# or what was analysed in this many seconds. A commit per document spent about a third of a
# serial run on SQLite (bench/rescore.py --profile: the WAL pages of the shared rollup rows
# and indexes written again, and synced at each checkpoint) and a WAL flush per document on
# PostgreSQL; a killed run loses at most these uncommitted documents, which the next redoes.
COMMIT_DOCS = 64
COMMIT_SECONDS = 2.0
_URL = re.compile(r"https?://", re.I)  # a source that is a feed's URL, not a path


class Locked(Exception):
    """Another run holds the store's rescore lock."""


class Interrupted(BaseException):
    """SIGTERM during a run (a BaseException, like KeyboardInterrupt, so that no
    per-document error handling swallows it)."""


# --------------------------------------------------------------------------- sources

def configured_sources(engine, given: Iterable[str | Path] = ()) -> list[str]:
    """The sources to read: `given` (remembered from now on), $STANCEWATCH_SOURCES and
    those remembered in the store."""
    given = store.remember_sources(engine, given)
    return list(dict.fromkeys([*given, *env_sources(), *store.stored_sources(engine)]))


# --------------------------------------------------------------------------- the run


def _sigterm(signum, frame):
    raise Interrupted(f"signal {signum}")


def rescore(engine, *, sources: Iterable[str | Path] = (), everything: bool = False, workers: int = 1,
            scheduler: str | None = None, actor_files: Iterable[str] = (), max_bytes: int | None = None,
            batch: int | None = None, log: Callable[[str], None] = lambda s: None,
            progress: Callable[[int, int], None] | None = None,
            events: Callable[[dict], None] | None = None) -> Run:
    """One run of the nightly job on `engine` (see the module's docstring). Raises
    :class:`Locked` when another run holds the lock, :class:`Interrupted` on SIGTERM (the
    run is recorded 'interrupted'). `log` gets one line per failure and the summary;
    `progress(done, total)` is called as documents are written; `events` gets one dict per
    event (``event``: start, file, document, error, end; with ``time`` and ``run_id``) for
    the JSON log."""
    actor_files = tuple(os.path.abspath(a) for a in actor_files)
    batch = batch or BATCH
    version = current_version(actor_files)
    lock = try_acquire(engine, "rescore")
    if lock is None:
        raise Locked(_holder(engine))
    old_handler = signal.getsignal(signal.SIGTERM)
    in_main = True
    try:
        signal.signal(signal.SIGTERM, _sigterm)
    except ValueError:  # not the main thread
        in_main = False
    try:
        run = _start(engine, version)

        def emit(name: str, **fields) -> None:
            if events is not None:
                events(event(run, name, **fields))

        try:
            _work(engine, run, sources, everything, workers, scheduler, actor_files, max_bytes, batch,
                  log, progress, emit)
        except BaseException as e:
            # stopped (SIGTERM, Ctrl-C): interrupted; the job itself broke (the store went
            # away…): failed, with the reason. Either way the next run finishes the job.
            if isinstance(e, Exception) and not isinstance(e, Interrupted):
                run.status = "failed"
                run.errors.append(f"run stopped: {store.describe_error(e)}")
            else:
                run.status = "interrupted"
            try:
                _save(engine, run, finished=True)
            # the store may be what failed; the next run marks this one (bandit B110: on purpose)
            except Exception:  # noqa: BLE001  # nosec B110
                pass
            emit("end", **run.summary())
            raise
        emit("end", **run.summary())
        return run
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, old_handler)
        lock.release()


def _work(engine, run: Run, given_sources, everything, workers, scheduler, actor_files, max_bytes,
          batch, log, progress, emit) -> None:
    version = run.scorer_version
    # what is new: files whose (size, mtime) the store has not seen; a file that failed is
    # never remembered as read, so it is read again until it succeeds or changes
    paths = configured_sources(engine, given_sources)
    feed_urls = [p for p in paths if is_url(p)]  # RSS/Atom feeds: their new entries are fetched each run
    paths = [p for p in paths if not is_url(p)]
    known = store.read_files(engine)
    failed_before = store.failures(engine)  # key -> (kind, reason)
    listed: dict[str, tuple[int, int]] = {}
    for p in paths:
        if _URL.match(p):  # a feed URL (the ingest's feeds): not a path to list
            continue
        if not os.path.exists(p):  # a source that vanished (unmounted, renamed) fails the run
            _fail(run, p, "source vanished: no such file or directory (remove it from the sources or restore it)",
                  log, emit)
            continue
        listed.update(list_files(p))
    changed = {p: sm for p, sm in listed.items() if known.get(p) != sm or p in failed_before}
    stored_ids = set(store.all_document_ids(engine)) if changed or feed_urls else set()
    # what is stale: set queries on the store
    stale = store.all_document_ids(engine) if everything else store.stale_documents(engine, version)
    run.retried = sorted(p for p in changed if failed_before.get(p, ("",))[0] == "file")
    run.retried += [d for d in stale if failed_before.get(d, ("",))[0] == "document"]
    total = len(changed) + len(stale)
    log(start_line(run, len(paths), len(changed), len(stale)))
    emit("start", sources=paths, files=len(changed), stale=len(stale), retried=run.retried)
    registry = None
    if total:  # something to analyse: the registry itself (parsed once per process)
        registry = _registry(actor_files)
        if scorer_version(registry) != version:  # pragma: no cover - current_version no longer mirrors analysis.actors
            raise RuntimeError(f"the registry's scorer version {scorer_version(registry)} is not {version}: "
                               "analysis.rescore.current_version must follow analysis.actors")

    failed: dict[str, tuple[str, str]] = {}  # what failed in this run: key -> (kind, reason)
    source_of: dict[str, str] = {}  # doc_id -> file, for the documents in flight

    def select_file(path: Path) -> bool:
        return str(path) in changed

    def items() -> Iterator[tuple[str, Document]]:
        from ..ingest import is_duplicate

        reads = [iter_files(paths, None, max_bytes, select=select_file)] if changed else []
        if feed_urls:  # a feed's new entries: fetched each run, remembered beside the store
            from ..ingest import iter_ingest
            from ..ingest.feeds import default_state_path

            state = default_state_path(engine.url.render_as_string(hide_password=False))
            reads.append((None, item) for item in iter_ingest(feed_urls, None, max_bytes, feed_state=state))
        last = None
        for read in reads:
            for path, item in read:
                if path is not None and path != last:
                    last = path
                    emit("file", path=path, retried=path in failed_before)
                if isinstance(item, IngestError):
                    if not is_duplicate(item):
                        _fail(run, item.source, item.reason, log, emit)
                        if path is not None:
                            failed[path] = ("file", item.reason)
                    continue
                if item.doc_id in stored_ids:
                    run.already += 1
                    continue
                stored_ids.add(item.doc_id)
                source_of[item.doc_id] = path
                yield "new", item
        for i in range(0, len(stale), 200):
            for doc in store.load_documents(engine, stale[i:i + 200]):
                yield "old", doc

    def batches() -> Iterator[list]:
        buf: list = []
        for it in items():
            buf.append(it)
            if len(buf) >= batch:
                yield buf
                buf = []
        if buf:
            yield buf

    drift = _Drift()
    submit, window, close = _executor(workers, scheduler)
    done = 0
    last_save = time.monotonic()

    def start(b):
        return submit(analyse_batch, [d for _, d in b], actor_files)

    pending: list = []  # analysed, to be written in one transaction
    last_commit = time.monotonic()

    writing = [False]

    def flush() -> None:
        nonlocal done, pending, last_commit, last_save
        if pending:
            writing[0] = True
            _write_batch(engine, run, pending, registry, drift, failed, source_of, log, emit)
            writing[0] = False
            done += len(pending)
            pending = []
        last_commit = time.monotonic()
        if progress is not None:
            progress(done, total)
        if time.monotonic() - last_save > 2:
            _save(engine, run)
            last_save = time.monotonic()

    try:
        for b, results in ordered(batches(), start, window - 1):  # up to `window` in flight
            # each result is its document's: a short or reordered list from a worker stops the
            # run (ValueError/RuntimeError, recorded) instead of dropping or crossing documents
            pairs = list(zip(b, results, strict=True))
            for (_, doc), (doc_id, _) in pairs:
                if doc_id != doc.doc_id:
                    raise RuntimeError(f"a worker returned {doc_id} where {doc.doc_id} was due")
            pending += pairs
            if len(pending) >= COMMIT_DOCS or time.monotonic() - last_commit >= COMMIT_SECONDS:
                flush()
        flush()
    except (Interrupted, KeyboardInterrupt):
        if pending and not writing[0]:  # stopped while analysing: what is analysed is written first
            flush()
        raise
    finally:
        close()
    # the files read completely (their documents stored or already there) are remembered;
    # the failures of this run replace those of the last: what succeeded now, or vanished, goes
    done_files = {p: sm for p, sm in changed.items() if p not in failed and list_files(p).get(p) == sm}
    store.remember_files(engine, done_files)
    cleared = [k for k, (kind, _) in failed_before.items() if k not in failed and (
        k in done_files or (kind == "file" and k not in listed) or (kind == "document" and k in stale))]
    store.record_failures(engine, run.run_id, failed, cleared)
    # the cross-document spellings of one learned person, from the store as it now is (also
    # when nothing was due: a killed run's documents are counted here)
    store.rebuild_variants(engine, registry if registry is not None else lambda: _registry(actor_files))
    run.status = "failed" if run.errors else "ok"
    _save(engine, run, finished=True, drift=drift.rows())
    log(end_line(run))
