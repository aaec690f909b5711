"""The nightly job's batch function and where it runs: :func:`analyse_batch` is a pure
function of plain data (documents in, statements out), run in this process, in a process
pool or on a Dask cluster (:func:`_executor`)."""
from __future__ import annotations

from functools import lru_cache

from ..ingest.pool import _Done
from ..model import Document


@lru_cache(maxsize=4)
def _registry(actor_files: tuple[str, ...]):
    from ..actors import load_registry

    return load_registry(actor_files)


def analyse_batch(docs: list[Document], actor_files: tuple[str, ...] = ()) -> list[tuple[str, list | str]]:
    """(doc_id, statements) for each document, or (doc_id, "Error: reason") when the
    pipeline fails on it. Pure: plain data in, plain data out, the registry loaded once
    per process from `actor_files` (the same files must exist on remote workers)."""
    from .. import pipeline

    registry = _registry(tuple(actor_files))
    out: list[tuple[str, list | str]] = []
    for doc in docs:
        try:
            sts = pipeline.analyse(doc, registry)
            for s in sts:
                # the stages' working notes stay behind, except what the document taught about
                # a name (kind, state): the store's actor rows read it, as they do on ingest
                learned = s.extra.get("learned")
                s.extra = {"learned": learned} if learned else {}
            out.append((doc.doc_id, sts))
        except Exception as e:  # noqa: BLE001 -- one document's failure is that document's error
            first = (str(e).strip().splitlines() or [""])[0]
            out.append((doc.doc_id, f"{e.__class__.__name__}: {first}" if first else e.__class__.__name__))
    return out


class _Serial:
    """An executor that runs each call at once, in this process."""

    def submit(self, fn, *args):
        return _Done(fn(*args))


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
