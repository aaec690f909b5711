"""The nightly job: ingest what is new in the sources, rescore what is stale, record the run.

``stancewatch rescore`` calls :func:`rescore`. What it does, in order:

1. takes the store's "rescore" lock (:mod:`analysis.lock`), or raises :class:`Locked` at
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
6. writes the drift (per speaker, mean tone and escalation of the rescored statements
   before and after) and finishes the run: 'ok', or 'failed' when a document failed
   (each failure is a ``source: reason`` line of ``error_log``; the rest is stored).

A run that is killed leaves every document complete or absent (one transaction each);
the next run marks it 'interrupted' and does what is left.
"""
from __future__ import annotations

import os
import signal
import socket
import time
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy import insert, select, update

from . import pipeline, store
from .actors import load_registry
from .ingest import MAX_BYTES_DEFAULT, is_duplicate, iter_ingest
from .lock import try_acquire
from .model import Document, IngestError, Statement
from .version import scorer_version

BATCH = 8  # documents per task: small enough to spread, large enough to pay for the trip
SOURCES_ENV = "STANCEWATCH_SOURCES"  # os.pathsep-separated paths


class Locked(Exception):
    """Another run holds the store's rescore lock."""


class Interrupted(BaseException):
    """SIGTERM during a run (a BaseException, like KeyboardInterrupt, so that no
    per-document error handling swallows it)."""


# --------------------------------------------------------------------------- the batch function

@lru_cache(maxsize=4)
def _registry(actor_files: tuple[str, ...]):
    return load_registry(actor_files)


def analyse_batch(docs: list[Document], actor_files: tuple[str, ...] = ()) -> list[tuple[str, list | str]]:
    """(doc_id, statements) for each document, or (doc_id, "Error: reason") when the
    pipeline fails on it. Pure: plain data in, plain data out, the registry loaded once
    per process from `actor_files` (the same files must exist on remote workers)."""
    registry = _registry(tuple(actor_files))
    out: list[tuple[str, list | str]] = []
    for doc in docs:
        try:
            sts = pipeline.analyse(doc, registry)
            for s in sts:
                s.extra = {}  # working notes of the stages: the store keeps none of them
            out.append((doc.doc_id, sts))
        except Exception as e:  # noqa: BLE001 -- one document's failure is that document's error
            first = (str(e).strip().splitlines() or [""])[0]
            out.append((doc.doc_id, f"{e.__class__.__name__}: {first}" if first else e.__class__.__name__))
    return out


def _ordered(batches: Iterable[list], start, window: int) -> Iterator[tuple[list, object]]:
    """(batch, result) in batch order, `start(batch)` giving a future, with up to
    `window` batches in flight."""
    pending: deque = deque()
    for batch in batches:
        pending.append((batch, start(batch)))
        if len(pending) >= window:
            b, fut = pending.popleft()
            yield b, fut.result()
    while pending:
        b, fut = pending.popleft()
        yield b, fut.result()


class _Serial:
    def submit(self, fn, *args):
        class Done:
            def __init__(self, value):
                self.value = value

            def result(self):
                return self.value
        return Done(fn(*args))


def _executor(workers: int, scheduler: str | None):
    """(submit, window, close) for serial, process-pool or Dask execution."""
    if scheduler:
        from distributed import Client

        client = Client(scheduler, set_as_default=False)
        n = max(1, sum(client.nthreads().values()))
        return (lambda fn, *a: client.submit(fn, *a, pure=False)), 4 * n, client.close
    if workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        import threading

        # fork when this process has one thread: the workers start at once with the modules,
        # lexicons and registry already loaded here; forkserver otherwise (forking a
        # threaded process can deadlock the child)
        method = "fork" if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods() \
            else "forkserver"
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))
        return pool.submit, 4 * workers, lambda: pool.shutdown(cancel_futures=True)
    serial = _Serial()
    return serial.submit, 1, lambda: None


# --------------------------------------------------------------------------- sources

def configured_sources(engine, given: Iterable[str | Path] = ()) -> list[str]:
    """The sources to read: `given` (remembered from now on), $STANCEWATCH_SOURCES and
    those remembered in the store."""
    given = store.remember_sources(engine, given)
    env = [os.path.abspath(p) for p in os.environ.get(SOURCES_ENV, "").split(os.pathsep) if p]
    return list(dict.fromkeys([*given, *env, *store.stored_sources(engine)]))


def list_files(path: str) -> dict[str, tuple[int, int]]:
    """Every file under `path` (or `path` itself), hidden names skipped, with its size and
    mtime_ns: a listing, nothing read."""
    out: dict[str, tuple[int, int]] = {}
    try:
        st = os.stat(path)
    except OSError:
        return out
    if not os.path.isdir(path):
        out[path] = (st.st_size, st.st_mtime_ns)
        return out
    stack = [path]
    seen = set()
    while stack:
        d = stack.pop()
        try:
            key = os.stat(d)
            if (key.st_dev, key.st_ino) in seen:
                continue
            seen.add((key.st_dev, key.st_ino))
            with os.scandir(d) as it:
                for e in it:
                    if e.name.startswith("."):
                        continue
                    try:
                        if e.is_dir():
                            stack.append(e.path)
                        else:
                            s = e.stat()
                            out[e.path] = (s.st_size, s.st_mtime_ns)
                    except OSError:
                        continue
        except OSError:
            continue
    return out


# --------------------------------------------------------------------------- the run

@dataclass
class Run:
    run_id: int
    scorer_version: str
    documents_added: int = 0
    statements_added: int = 0
    documents_rescored: int = 0
    statements_rescored: int = 0
    already: int = 0
    errors: list[str] = field(default_factory=list)
    status: str = "running"

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0


def _holder(engine) -> str:
    with engine.connect() as c:
        r = c.execute(select(store.runs).where(store.runs.c.status == "running")
                      .order_by(store.runs.c.run_id.desc())).first()
    if r is None:
        return "another rescore holds the store's lock"
    return f"another rescore is running on this store (run {r.run_id}, host {r.host}, pid {r.pid}, since {r.started_at})"


def _start(engine, version: str) -> Run:
    with engine.begin() as c:
        c.execute(update(store.runs).where(store.runs.c.status == "running")
                  .values(status="interrupted", finished_at=store._now()))
        run_id = c.execute(insert(store.runs).values(
            started_at=store._now(), status="running", scorer_version=version, documents_added=0, statements_added=0,
            documents_rescored=0, statements_rescored=0, errors=0, host=socket.gethostname(), pid=os.getpid())
        ).inserted_primary_key[0]
    return Run(run_id=run_id, scorer_version=version)


def _save(engine, run: Run, finished: bool = False, drift: dict | None = None) -> None:
    values = dict(documents_added=run.documents_added, statements_added=run.statements_added,
                  documents_rescored=run.documents_rescored, statements_rescored=run.statements_rescored,
                  errors=len(run.errors), error_log="\n".join(run.errors) or None, status=run.status)
    if finished:
        values["finished_at"] = store._now()
    with engine.begin() as c:
        c.execute(update(store.runs).where(store.runs.c.run_id == run.run_id).values(**values))
        if drift:
            c.execute(insert(store.drift), [dict(run_id=run.run_id, actor=actor, **d) for actor, d in sorted(drift.items())])


class _Drift:
    """Per speaker: the rescored statements' mean tone and escalation before (the scores
    replaced) and after. ``statements`` counts the speaker's statements after the run; a
    speaker the new analysis no longer finds keeps a row with 0 and no "after" means."""

    def __init__(self):
        # speaker -> [after n, before n, before scored, tone, esc, after scored, tone, esc]
        self.acc: dict[str, list[float]] = {}

    def _add(self, speaker, tone, esc, side: int) -> None:
        a = self.acc.setdefault(speaker, [0, 0, 0, 0.0, 0.0, 0, 0.0, 0.0])
        a[1 - side] += 1
        if tone is not None and esc is not None:
            a[2 + 3 * side] += 1
            a[3 + 3 * side] += tone
            a[4 + 3 * side] += esc

    def add(self, before: list[dict], after: list[Statement]) -> None:
        for r in before:
            self._add(r["speaker"], r["tone"], r["escalation"], 0)
        for s in after:
            self._add(s.speaker, s.tone, s.escalation, 1)

    def rows(self) -> dict[str, dict]:
        out = {}
        for sp, (n, _nb, nb, tb, eb, na, ta, ea) in self.acc.items():
            out[sp] = dict(statements=n, tone_before=tb / nb if nb else None, tone_after=ta / na if na else None,
                           escalation_before=eb / nb if nb else None, escalation_after=ea / na if na else None)
        return out


def _sigterm(signum, frame):
    raise Interrupted(f"signal {signum}")


def rescore(engine, *, sources: Iterable[str | Path] = (), everything: bool = False, workers: int = 1,
            scheduler: str | None = None, actor_files: Iterable[str] = (), max_bytes: int = MAX_BYTES_DEFAULT,
            batch: int | None = None, log: Callable[[str], None] = lambda s: None,
            progress: Callable[[int, int], None] | None = None) -> Run:
    """One run of the nightly job on `engine` (see the module's docstring). Raises
    :class:`Locked` when another run holds the lock, :class:`Interrupted` on SIGTERM (the
    run is recorded 'interrupted'). `log` gets one line per failure and the summary;
    `progress(done, total)` is called as documents are written."""
    actor_files = tuple(os.path.abspath(a) for a in actor_files)
    batch = batch or BATCH
    registry = _registry(actor_files)
    version = scorer_version(registry)
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
        try:
            _work(engine, run, sources, everything, workers, scheduler, actor_files, registry, max_bytes, batch,
                  log, progress)
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
            raise
        return run
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, old_handler)
        lock.release()


def _work(engine, run: Run, given_sources, everything, workers, scheduler, actor_files, registry, max_bytes,
          batch, log, progress) -> None:
    version = run.scorer_version
    # what is new: files whose (size, mtime) the store has not seen
    paths = configured_sources(engine, given_sources)
    known = store.read_files(engine)
    listed: dict[str, tuple[int, int]] = {}
    for p in paths:
        listed.update(list_files(p))
    changed = {p: sm for p, sm in listed.items() if known.get(p) != sm}
    stored_ids = set(store.all_document_ids(engine)) if changed else set()
    # what is stale: set queries on the store
    stale = store.all_document_ids(engine) if everything else store.stale_documents(engine, version)
    total = len(changed) + len(stale)
    log(f"run {run.run_id}: scorer {version}; {len(paths)} source(s), {len(changed)} new or changed file(s), "
        f"{len(stale)} document(s) to rescore")

    transient: set[str] = set()  # files whose documents failed to be written: read again next time
    current: list[str | None] = [None]
    source_of: dict[str, str] = {}  # doc_id -> file, for the documents in flight

    def select_file(path: Path) -> bool:
        p = str(path)
        if p in changed:
            current[0] = p
            return True
        return False

    def items() -> Iterator[tuple[str, Document]]:
        if changed:
            for item in iter_ingest(paths, None, max_bytes, select=select_file):
                if isinstance(item, IngestError):
                    if not is_duplicate(item):
                        run.errors.append(f"{item.source}: {item.reason}")
                        log(f"{item.source}: {item.reason}")
                    continue
                if item.doc_id in stored_ids:
                    run.already += 1
                    continue
                stored_ids.add(item.doc_id)
                source_of[item.doc_id] = current[0]
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

    try:
        for b, results in _ordered(batches(), start, window):
            # each result is its document's: a short or reordered list from a worker stops the
            # run (ValueError/RuntimeError, recorded) instead of dropping or crossing documents
            for (kind, doc), (doc_id, sts) in zip(b, results, strict=True):
                if doc_id != doc.doc_id:
                    raise RuntimeError(f"a worker returned {doc_id} where {doc.doc_id} was due")
                _write_one(engine, run, kind, doc, sts, registry, drift, transient, source_of, log)
                done += 1
            if progress is not None:
                progress(done, total)
            if time.monotonic() - last_save > 2:
                _save(engine, run)
                last_save = time.monotonic()
    finally:
        close()
    # the files read completely (their documents stored or already there) are remembered
    store.remember_files(engine, {p: sm for p, sm in changed.items() if p not in transient and
                                  list_files(p).get(p) == sm})
    run.status = "failed" if run.errors else "ok"
    _save(engine, run, finished=True, drift=drift.rows())
    log(f"run {run.run_id} {run.status}: {run.documents_added} documents added ({run.statements_added} statements), "
        f"{run.documents_rescored} rescored ({run.statements_rescored} statements), {run.already} already stored, "
        f"{len(run.errors)} failed")


def _write_one(engine, run: Run, kind: str, doc: Document, sts, registry, drift: _Drift, transient: set,
               source_of: dict, log) -> None:
    file = source_of.pop(doc.doc_id, None)
    try:
        if isinstance(sts, str):
            raise _AnalysisFailed(sts)
        wrong = {s.scorer_version for s in sts} - {run.scorer_version}
        if wrong:
            raise _AnalysisFailed(f"analysed with scorer version {', '.join(sorted(map(str, wrong)))}, "
                                  f"not {run.scorer_version} (a worker with other lexicons or actors?)")
        if kind == "new":
            if store.store_document(engine, doc, sts, registry):
                run.documents_added += 1
                run.statements_added += len(sts)
            else:
                run.already += 1
        else:
            before = store.replace_analysis(engine, doc.doc_id, sts, registry)
            if before is not None:
                run.documents_rescored += 1
                run.statements_rescored += len(sts)
                drift.add(before, sts)
    except Exception as e:  # noqa: BLE001 -- this document's failure, logged; the rest goes on
        reason = str(e) if isinstance(e, _AnalysisFailed) else store.describe_error(e)
        line = f"{doc.source}: could not be {'analysed or stored' if kind == 'new' else 'rescored'}: {reason}"
        run.errors.append(line)
        log(line)
        if file is not None:
            transient.add(file)


class _AnalysisFailed(Exception):
    pass
