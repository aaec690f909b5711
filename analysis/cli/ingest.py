"""`stancewatch ingest`: read files, folders and feeds, analyse and store them
(:func:`ingest_paths`, also used by `demo`, the benches and the browser tests), and the
--max-bytes option it shares with `rescore`.
"""
from __future__ import annotations

import os
import sys
import traceback

import click

from .group import _db, _db_option, _debug, _err, _one_line, _registry, cli


def _max_bytes_default() -> int:
    """The ingest's size limit, read when a command runs (analysis.ingest is not imported
    for `--help`: it may grow heavy readers)."""
    from ..ingest import MAX_BYTES_DEFAULT
    return MAX_BYTES_DEFAULT


class _MaxBytesOption(click.Option):
    """--max-bytes: its default shown in the command's help, read only then."""

    def get_help_record(self, ctx):
        self.show_default = f"{_max_bytes_default():,}"
        return super().get_help_record(ctx)


def _max_bytes_option(f):
    return click.option("--max-bytes", cls=_MaxBytesOption, type=click.IntRange(1), default=None,
                        help="Files larger than this (bytes) are refused.")(f)


def ingest_paths(engine, paths, registry, manifest=None, max_bytes=None,
                 echo=click.echo, workers: int | None = None) -> tuple[int, int, int, int]:
    """Ingest, analyse and store, one document at a time, so a failure loses nothing else.

    Failures are one line each on stderr (``stancewatch: <path>: <reason>``, the file's path
    as walked from the path given); duplicate notes go to `echo`. The files read whole are
    recorded as read (size and mtime), so the nightly job does not read them again; a file
    that failed is not. `workers` processes read the files and analyse the documents (by
    default the cores there are, for 16 files or more: ``ingest.pool.auto_workers``); the
    documents are stored in the same order, with the same results, whatever their number.

    `engine` may also be a function that opens the store: with a pool of workers (and no
    feed among `paths`), it is called once they have their first files to read, so that
    opening the store (SQLAlchemy's import; for a new store Alembic's and the migrations:
    ~0.4 s) overlaps their reading instead of coming before it.
    Returns (documents added, statements added, already stored, failed)."""
    from itertools import chain, islice

    from ..ingest import is_duplicate
    from ..ingest import pool as pools
    from ..ingest.feeds import default_state_path, is_url
    from ..ingest.listing import iter_files, list_files
    from ..model import IngestError

    max_bytes = _max_bytes_default() if max_bytes is None else max_bytes
    added = n_statements = already = failed = 0
    # absolute path -> (size, mtime_ns): every file listed now (a folder's manifest and
    # README too, as the nightly job lists them), a document's file as it was when read
    read: dict[str, tuple[int, int]] = {}
    failures: dict[str, tuple[str, str]] = {}
    for p in paths:
        if p and not is_url(p):
            read.update(list_files(os.path.abspath(p)))
    if workers is None:
        workers = pools.auto_workers(len(read))
    if workers > 1 and any(".htm" in os.path.basename(f).lower() for f in read):
        from ..ingest.html import trafilatura_loaded  # loaded once here, not once per worker
        trafilatura_loaded()

    def stat(path) -> bool:
        key = os.path.abspath(path)
        try:
            st = os.stat(path)
            read[key] = (st.st_size, st.st_mtime_ns)
        except OSError:
            read.pop(key, None)  # the reader says why
        return True

    def failure(path, item, reason: str, tb: str | None = None) -> None:
        nonlocal failed
        failed += 1
        _err(f"{path or item.source}: could not be analysed or stored: {reason}")
        if path is not None:
            read.pop(os.path.abspath(path), None)
            failures[os.path.abspath(path)] = ("file", f"could not be analysed or stored: {reason}")
        if tb and _debug.get():
            print(tb, file=sys.stderr, end="")

    with pools.Pool(workers, registry) as pool:
        if callable(engine) and (not pool.parallel or any(is_url(p) for p in paths)):
            engine = engine()  # a feed is read only once the store is open: its state must match the store's
        # a feed URL among the paths: what was read from it is remembered beside the store
        state = None if callable(engine) else default_state_path(engine.url.render_as_string(hide_password=False))
        reads = iter_files(paths, manifest, max_bytes, select=stat, feed_state=state, pool=pool)
        if callable(engine):  # the workers read the first files (a read-ahead of them) while the store opens
            first = list(islice(reads, 1))
            engine = engine()
            reads = chain(first, reads)
        from .. import store

        # a store that held no document when this run opened it (a new one, usually) has none
        # of this run's either: the look-up per document (~0.7 ms each) is skipped. Should
        # another process store one of them meanwhile, store_document finds it there and it
        # counts as already stored, as it would have here
        stored_before = store.has_documents(engine)

        def new_documents():
            nonlocal failed, already
            for path, item in reads:
                if isinstance(item, IngestError):
                    if is_duplicate(item):
                        echo(f"note: {_one_line(str(item))}")
                    else:
                        failed += 1
                        _err(str(item))
                        if path is not None:
                            read.pop(os.path.abspath(path), None)
                            failures[os.path.abspath(path)] = ("file", item.reason)
                    continue
                try:
                    if stored_before and store.has_document(engine, item.doc_id):
                        already += 1
                        continue
                except Exception as e:  # noqa: BLE001 -- one document's failure is that document's error
                    failure(path, item, store.describe_error(e), traceback.format_exc())
                    continue
                yield path, item

        analysed = pools.ordered(new_documents(), lambda pi: pool.submit(pools.analyse, pi[1]), pool.window)
        for (path, item), (sts, reason, tb) in analysed:
            if sts is None:
                failure(path, item, reason, tb)
                continue
            try:
                if store.store_document(engine, item, sts, registry):
                    added += 1
                    n_statements += len(sts)
                else:
                    already += 1
            except Exception as e:  # noqa: BLE001 -- one document's failure is that document's error
                failure(path, item, store.describe_error(e), traceback.format_exc())
    store.remember_files(engine, read)
    # what failed is read again (and said to be a retry) by the next rescore; what was read
    # whole now is no longer a failure
    store.record_failures(engine, None, failures, [p for p in read if p not in failures])
    # the cross-document spellings of one learned person, from the store as it now is
    # (also after a run that added nothing: a killed run's documents are counted here)
    store.rebuild_variants(engine, registry)
    return added, n_statements, already, failed


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_db_option
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
              help="CSV of file,title,published,outlet,url (a folder's manifest.csv is read anyway).")
@_max_bytes_option
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Processes reading and analysing the files (default: the cores there are, for 16 files or more).")
@click.pass_context
def ingest(ctx, paths, db, manifest, max_bytes, workers):
    """Read documents (files or folders), attribute their statements, store them.

    Documents already in the store are skipped. Exit status 1 when any input failed;
    everything else is stored all the same."""
    from ..ingest.feeds import is_url
    from ..ingest.pool import collect_less

    with collect_less():
        _ingest(ctx, paths, db, manifest, max_bytes, workers, is_url)


def _ingest(ctx, paths, db, manifest, max_bytes, workers, is_url) -> None:
    registry = _registry(ctx)
    opened = []

    def open_store():  # by ingest_paths, once its workers are reading (SQLAlchemy is loaded only now)
        from .. import store

        engine = store.connect(_db(ctx, db), sync_every_commit=False)
        opened.append(engine)
        # the nightly `stancewatch rescore` reads these again for new files
        store.remember_sources(engine, [p for p in paths if os.path.exists(p) or is_url(p)])
        return engine

    try:
        added, n, already, failed = ingest_paths(open_store, paths, registry, manifest, max_bytes, workers=workers)
    finally:
        for engine in opened:
            engine.dispose()
    click.echo(f"ingested {added} documents ({n} statements); {already} already stored; {failed} failed")
    if failed:
        ctx.exit(1)
