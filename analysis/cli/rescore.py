"""`stancewatch rescore`: the nightly job (new files from the remembered sources, stale
statements rescored, the run recorded), with its exit statuses 75 (locked) and 130
(interrupted).
"""
from __future__ import annotations

import os
import re
import sys

import click

from .group import Failed, _db, _db_option, _err, _open, cli
from .ingest import _max_bytes_option


EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the lock; cron can simply try again later
EXIT_INTERRUPTED = 130


def _existing_or_feed(ctx, param, value):
    """--source: an existing file or folder, or a feed's http(s) URL."""
    from ..noop import is_url  # not the readers' package: a no-op run does not load it

    for v in value:
        if not (is_url(v) or os.path.exists(v)):
            raise click.BadParameter(f"{v!r}: no such file or directory (nor an http(s) feed URL)")
    return value


def _scheduler(ctx, param, value):
    if value is not None and not re.fullmatch(r"(tcp|tls|inproc|ucx)://\S+", value):
        raise click.BadParameter(f"{value!r} is not a scheduler address (tcp://HOST:PORT)")
    return value


@cli.command()
@click.option("--source", "sources", multiple=True, metavar="PATH|URL", callback=_existing_or_feed,
              help="Also read this file, folder or RSS/Atom feed URL, and remember it for later runs. Repeatable.")
@click.option("--all", "everything", is_flag=True, help="Rescore every document, not only the stale ones.")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True,
              help="Analyse in a pool of N local processes.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", callback=_scheduler,
              help="Analyse on the Dask cluster of this scheduler (results are written here).")
@_max_bytes_option
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one JSON object per line on stdout for each event (start, file, document, error, "
                   "end), for log collectors; a terminal keeps its progress bar on stderr.")
@_db_option
@click.pass_context
def rescore(ctx, sources, everything, workers, scheduler, max_bytes, log_format, db):
    """The nightly job: ingest new files from the sources, rescore what is stale, record the run.

    Sources are remembered in the store (every path given to `ingest` or `--source`) and
    $STANCEWATCH_SOURCES (paths separated by ':'). A statement is stale when it was not
    scored by the current scorer version. One transaction per document; the run is
    recorded in the store's runs table (`stancewatch status` shows it). A file or document
    that failed is read again by the next run until it succeeds or changes. The store must
    exist (`stancewatch ingest` creates it).

    Exit status: 0 ok; 1 some documents failed (logged; the rest is stored); 2 bad usage
    (or no store at the URL); 75 another run holds the lock (nothing done); 130 interrupted."""
    from .. import noop

    if workers > 1 and scheduler:
        raise click.UsageError("give --workers or --scheduler, not both", ctx=ctx)
    try:  # the actor files can be read (they are parsed when a document is to be analysed)
        version = noop.current_version(tuple(os.path.abspath(a) for a in ctx.obj.get("actors", ())))
    except ValueError as e:
        raise Failed(str(e)) from e
    as_json = log_format == "json"
    tty = sys.stderr.isatty()
    bar = None
    state = {"shown": 0, "at": 0.0}

    def progress(done, total):
        nonlocal bar
        if tty:
            if bar is None:
                bar = click.progressbar(length=max(total, 1), label="rescore", file=sys.stderr)
                bar.__enter__()
            bar.update(done - state["shown"])
            state["shown"] = done
            return
        if as_json:  # the events say it: no text lines among the JSON
            return
        import time
        now = time.monotonic()
        if done == total or now - state["at"] >= 10:
            state["at"] = now
            click.echo(f"rescore: {done}/{total} documents")

    def log(line):
        if as_json:
            return
        if bar is not None:
            click.echo("", err=True)
        if line.startswith("run "):
            click.echo(f"rescore: {line}")
        else:
            _err(line)

    def event(ev: dict) -> None:
        import json

        click.echo(json.dumps(ev, ensure_ascii=False, default=str))

    if not sources and not everything and scheduler is None:
        # the usual night, nothing to do: told and recorded without SQLAlchemy, the readers
        # or the registry (analysis.noop); None: the full job below decides
        try:
            run = noop.try_noop(_db(ctx, db), version, log=log, progress=progress,
                                events=event if as_json else None)
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
                bar = None
        if run is not None:
            return
    from .. import rescore as job

    engine = _open(ctx, db, sync_every_commit=False)
    try:
        try:
            run = job.rescore(engine, sources=sources, everything=everything, workers=workers, scheduler=scheduler,
                              actor_files=ctx.obj.get("actors", ()), max_bytes=max_bytes, log=log,
                              progress=progress, events=event if as_json else None)
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
    except job.Locked as e:
        if as_json:
            event(dict(event="locked", reason=str(e)))
        _err(f"{e}; not starting a second one")
        ctx.exit(EXIT_LOCKED)
    except (job.Interrupted, KeyboardInterrupt):
        _err("rescore interrupted; the next run finishes the job")
        ctx.exit(EXIT_INTERRUPTED)
    finally:
        engine.dispose()
    if run.errors:
        ctx.exit(1)
