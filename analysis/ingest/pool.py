"""Reading files and analysing documents on several cores, every result taken in input order.

A saved page costs tens of milliseconds of trafilatura and the pipeline another ten or
twenty; a folder of pages is read and analysed by a pool of forked processes while the
main process merges metadata, skips duplicates and writes the store, one document after
another in the order a serial run would write them (so the store is the same whatever the
number of workers). Workers are forked after the parent has loaded the registry, so they
share it instead of parsing it again; where fork is unavailable, or the process already
runs threads (forking those can deadlock the child), the work runs in this process.
"""
from __future__ import annotations

import gc
import os
from collections import deque
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

# Below this many files a pool costs more than it saves: forking and importing nothing
# new takes ~20-50 ms per worker, a plain-text document ~5-20 ms of analysis.
MIN_FILES = 16
MAX_WORKERS = 4  # each worker holds a copy of a document's working data (see files.MAX_BYTES_DEFAULT)

_registry = None  # the parent's registry, inherited by the forked workers


def auto_workers(n_files: int) -> int:
    """How many processes `stancewatch ingest` uses for `n_files` files by default: the
    cores this process may run on (at most MAX_WORKERS), when there are MIN_FILES or more."""
    if n_files < MIN_FILES:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def _die_with_parent(parent: int) -> None:
    """A worker ends when the ingest that forked it ends, however that ends (`kill -9`
    included): an orphaned worker would otherwise wait for work forever, holding the
    parent's stdout and stderr open (so whatever ran the ingest, cron or a shell pipe,
    never sees it end). Linux: the kernel kills the worker (PR_SET_PDEATHSIG); elsewhere a
    watchdog thread notices the new parent and exits."""
    import signal
    import threading
    import time

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, int(signal.SIGKILL), 0, 0, 0) != 0:  # 1 = PR_SET_PDEATHSIG
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # the parent was gone before the worker could ask
        os._exit(1)


# The collector's pace during an ingest: a young collection every this many new objects
# instead of Python's 700. Loading trafilatura, SQLAlchemy, the registry and the lexicons
# makes about a million objects that live to the end of the run; at the default pace the
# collector walked them some two hundred times (~0.06 s of the start-up's 0.6-0.7 s of
# CPU, bench/extraction.py). Cyclic garbage still goes, a little later.
COLLECT_EVERY = 50_000


@contextmanager
def collect_less():
    """The garbage collector at :data:`COLLECT_EVERY`'s pace inside the block (and in the
    workers forked there); its previous pace after it."""
    before = gc.get_threshold()
    gc.set_threshold(COLLECT_EVERY, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*before)


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class Pool:
    """``submit(fn, *args)`` -> an object with ``.result()``; in a forked process pool when
    `workers` > 1 and fork is safe here, else at once in this process. A pool that breaks
    (a worker killed) finishes its work in this process."""

    def __init__(self, workers: int, registry=None):
        global _registry
        _registry = registry
        self._pool = None
        self._frozen = False
        if workers > 1:
            import multiprocessing
            import threading

            if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
                from concurrent.futures import ProcessPoolExecutor

                warm(registry)
                # what is loaded now lasts the whole run: out of the collector's sight, a
                # worker's first full collection no longer walks (and so copies, page by page)
                # the heap it shares with this process (~45 ms of CPU per worker on
                # bench/extraction.py, and ~3,000 fewer pages copied between them)
                gc.freeze()
                self._frozen = True
                self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                                 initializer=_die_with_parent, initargs=(os.getpid(),))
        self.window = 4 * workers if self._pool is not None else 0
        # files read ahead of the one being stored: twice the window, so that the workers have
        # ~0.5 s of pages to read while `stancewatch ingest` opens the store (cli.ingest_paths);
        # a read file is its text (a page's is tens of KB), held until its turn comes
        self.read_ahead = 2 * self.window

    @property
    def parallel(self) -> bool:
        return self._pool is not None

    def submit(self, fn: Callable, *args):
        if self._pool is None:
            return _Done(fn(*args))
        return _Future(self, self._pool.submit(fn, *args), fn, args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._frozen:  # the rest of this process collects as before
            gc.unfreeze()
            self._frozen = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _Future:
    def __init__(self, pool: Pool, fut, fn, args):
        self.pool, self.fut, self.fn, self.args = pool, fut, fn, args

    def result(self):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.fut.result()
        except BrokenProcessPool:  # a worker died (killed, out of memory): this process does it
            self.pool.close()
            return self.fn(*self.args)


def ordered(items: Iterable, start: Callable, window: int) -> Iterator[tuple[object, object]]:
    """(item, start(item).result()) in item order, up to `window` items in flight."""
    pending: deque = deque()
    for item in items:
        pending.append((item, start(item)))
        if len(pending) > window:
            it, fut = pending.popleft()
            yield it, fut.result()
    while pending:
        it, fut = pending.popleft()
        yield it, fut.result()


# A short document that touches every stage: a headline, reported speech, a quotation, a
# state and a date, so that segment, attribute and score load their lexicons and tables; and
# a person the registry does not know, named with a title, so that attribution builds what
# learning a name uses (the registry's index of name spellings, the given names): without
# it each worker built them on its first such page (~25 ms of CPU each on the pages of
# bench/extraction.py).
_WARM_TEXT = ("Talks resume in Geneva\n\nThe foreign minister said on Monday that Russia would respond to new "
              "sanctions. \"We reject these threats,\" she told reporters. Washington welcomed the talks. "
              "Deputy Foreign Minister Ilona Marsh said the sanctions would fail.\n")


def warm(registry) -> None:
    """Load the pipeline and whatever its stages read on first use (lexicons, compiled
    patterns: ~0.2 s) in this process, before forking: the workers then share it instead
    of each importing and loading it again (bench/extraction.py: 0.2 s of CPU per worker)."""
    from .. import pipeline
    from ..model import Document

    if registry is not None:
        pipeline.analyse(Document(doc_id="warm", source="warm.txt", text=_WARM_TEXT, published="2020-01-01"), registry)


def analyse(doc) -> tuple[list | None, str | None, str | None]:
    """(statements, None, None) of one document through the pipeline with the parent's
    registry, or (None, the reason it failed, its traceback)."""
    from .. import pipeline

    try:
        sts = pipeline.analyse(doc, _registry)
    except Exception as e:  # noqa: BLE001 -- one document's failure is that document's error
        import traceback

        # the store imported only for a failure's one line: the workers are forked before
        # the parent opens the store, and importing it (SQLAlchemy, sqlite3, asyncio) cost
        # each of them ~0.3-0.4 s of CPU for nothing (bench/extraction.py)
        from .. import store

        return None, store.describe_error(e), traceback.format_exc()
    for s in sts:  # the stages' working notes: the store keeps only the names they learned
        s.extra = {"learned": s.extra["learned"]} if s.extra and "learned" in s.extra else {}
    return sts, None, None
