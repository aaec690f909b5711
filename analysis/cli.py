"""The `stancewatch` command: ingest, rescore, export, eval, serve (the dashboard) and demo.

Exit status 0 on success, 1 when a run failed (an input could not be read or analysed:
everything else is still stored), 2 on bad usage; `rescore` adds 75 (another run holds
the store's lock: try later) and 130 (interrupted by SIGTERM/SIGINT). Every error is one readable line on
stderr, ``stancewatch: error: ...``; ``--debug`` adds the traceback.

The policy lives in :meth:`StancewatchGroup.main`, so ``cli()``, :func:`main` and click's
test runner all behave alike.

Only `ingest` (and `demo`, into its own fresh file) creates a store; every other command
opens an existing one (:func:`analysis.store.open_store`) and refuses a URL that names
none with one line and exit status 2. The store, the pipeline, Dash, pandas, Alembic and
Dask are imported inside the commands that use them, so `stancewatch --help` and a
no-op run start fast.
"""
from __future__ import annotations

import contextvars
import os
import re
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

import click

from .model import SECTIONS

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

_debug: contextvars.ContextVar[bool] = contextvars.ContextVar("stancewatch_debug", default=False)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _err(message: str) -> None:
    click.echo(f"stancewatch: {_one_line(message)}", err=True)


class Failed(click.ClickException):
    """A failed run: exit status 1, one line."""

    exit_code = 1

    def show(self, file=None):
        _err(f"error: {self.message}")


class StancewatchGroup(click.Group):
    """A click group whose errors are one line and whose exit codes are 0/1/2."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        token = _debug.set(False)
        try:
            code = self._run(args, prog_name, complete_var, **extra)
        finally:
            _debug.reset(token)
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(self, args, prog_name, complete_var, **extra) -> int:
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as e:  # bare `stancewatch`: the help
            e.show()
            return e.exit_code
        except click.UsageError as e:  # exit 2, one line with a pointer to --help
            hint = f" (see '{e.ctx.command_path} --help')" if e.ctx is not None else ""
            _err(f"error: {e.format_message()}{hint}")
            return e.exit_code
        except click.ClickException as e:
            if _debug.get() and e.__cause__ is not None:
                traceback.print_exc()
            e.show()
            return e.exit_code
        except click.exceptions.Abort:
            _err("aborted")
            return 1
        except BrokenPipeError:  # `stancewatch export statements | head`
            _quiet_stdout()
            return 1
        except Exception as e:  # noqa: BLE001 -- one readable line; the traceback only with --debug
            if _debug.get():
                traceback.print_exc()
            _err(f"error: {_describe(e)}")
            return 1
        return rv if isinstance(rv, int) and not isinstance(rv, bool) else 0


def _describe(e: BaseException) -> str:
    from .store import describe_error
    return describe_error(e)


class NoStoreError(click.ClickException):
    """The store named does not exist: bad usage, exit status 2, one line."""

    exit_code = 2

    def show(self, file=None):
        _err(f"error: {self.message}")


def _open(ctx: click.Context, db: str | None, **kw):
    """An engine on the existing store of `--db` (or the default); exit 2 when there is none."""
    from . import store

    try:
        return store.open_store(_db(ctx, db), **kw)
    except store.NoStore as e:
        raise NoStoreError(str(e)) from e


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _db_option(f):
    return click.option("--db", "db", default=None, metavar="URL",
                        help="Store URL (default: $STANCEWATCH_DB or sqlite:///./data/stancewatch.db).")(f)


def _db(ctx: click.Context, db: str | None) -> str:
    from .noop import default_url
    return db or ctx.obj.get("db") or default_url()


def _registry(ctx: click.Context):
    from .actors import load_registry

    try:
        return load_registry(ctx.obj.get("actors", ()))
    except ValueError as e:
        raise Failed(str(e)) from e


@click.group(cls=StancewatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@_db_option
@click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Your own actor file(s), extending the shipped registry (also $STANCEWATCH_ACTORS). Repeatable.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, db: str | None, actors: tuple[str, ...], debug: bool) -> None:
    """Stance and sentiment of diplomatic coverage: who said what, how, toward whom."""
    _debug.set(debug)
    ctx.ensure_object(dict)
    ctx.obj.update(db=db, actors=actors, debug=debug)


# --------------------------------------------------------------------------- ingest

def _max_bytes_default() -> int:
    """The ingest's size limit, read when a command runs (analysis.ingest is not imported
    for `--help`: it may grow heavy readers)."""
    from .ingest import MAX_BYTES_DEFAULT
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

    from .ingest import is_duplicate
    from .ingest import pool as pools
    from .ingest.feeds import default_state_path, is_url
    from .ingest.listing import iter_files, list_files
    from .model import IngestError

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
        from .ingest.html import trafilatura_loaded  # loaded once here, not once per worker
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
        from . import store

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
                    if store.has_document(engine, item.doc_id):
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
    from .ingest.feeds import is_url
    from .ingest.pool import collect_less

    with collect_less():
        _ingest(ctx, paths, db, manifest, max_bytes, workers, is_url)


def _ingest(ctx, paths, db, manifest, max_bytes, workers, is_url) -> None:
    registry = _registry(ctx)
    opened = []

    def open_store():  # by ingest_paths, once its workers are reading (SQLAlchemy is loaded only now)
        from . import store

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


# --------------------------------------------------------------------------- rescore

EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the lock; cron can simply try again later
EXIT_INTERRUPTED = 130


def _existing_or_feed(ctx, param, value):
    """--source: an existing file or folder, or a feed's http(s) URL."""
    from .noop import is_url  # not the readers' package: a no-op run does not load it

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
    from . import noop

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
    from . import rescore as job

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


# --------------------------------------------------------------------------- status

def _split_error(line: str) -> dict:
    """A run's error line as {"path", "reason"} (the path is what precedes the first ": ")."""
    path, sep, reason = line.partition(": ")
    return dict(path=path, reason=reason) if sep else dict(path="", reason=line)


def store_status(engine) -> dict:
    """What `stancewatch status` reports, as plain data: the store's counts, the current
    scorer version and the last run with its errors and retries."""
    from sqlalchemy import func, select

    from . import store

    with engine.connect() as c:
        counts = {t.name: c.execute(select(func.count()).select_from(t)).scalar() for t in (
            store.documents, store.statements, store.actors, store.sources, store.runs)}
        counts["failures_pending"] = c.execute(select(func.count()).select_from(store.failures_table)).scalar()
        r = c.execute(select(store.runs).order_by(store.runs.c.run_id.desc()).limit(1)).first()
    last = None
    if r is not None:
        last = {k: r._mapping[k] for k in (
            "run_id", "status", "started_at", "finished_at", "documents_added", "statements_added",
            "documents_rescored", "statements_rescored", "scorer_version", "host", "pid")}
        last["errors"] = [_split_error(line) for line in (r.error_log or "").splitlines() if line]
        last["retried"] = [line for line in (r.retry_log or "").splitlines() if line]
    return dict(store=engine.url.render_as_string(hide_password=True), counts=counts,
                last_run=last)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
@_db_option
@click.pass_context
def status(ctx, as_json, db):
    """The store's counts, the last rescoring run (start, end, status, documents and
    statements added and rescored, each error as `path: reason`, what was retried) and the
    scorer version.

    Exit status: 0 when the last run was ok (or is running, or there was none yet); 1 when
    it failed or was interrupted: monitoring can alert on it. 2: no store at the URL."""
    import json

    from .rescore import current_version

    try:
        version = current_version(tuple(ctx.obj.get("actors", ())))
    except ValueError as e:
        raise Failed(str(e)) from e
    engine = _open(ctx, db)
    try:
        info = store_status(engine)
    finally:
        engine.dispose()
    info["scorer_version"] = version
    last = info["last_run"]
    code = 1 if last is not None and last["status"] in ("failed", "interrupted") else 0
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False))
        ctx.exit(code)
    n = info["counts"]
    click.echo(f"store: {info['store']}")
    click.echo(f"{n['documents']} documents, {n['statements']} statements, {n['actors']} actors, "
               f"{n['sources']} sources, {n['runs']} runs")
    click.echo(f"scorer version: {info['scorer_version']}")
    if last is None:
        click.echo("last run: none yet (`stancewatch rescore` makes one)")
        ctx.exit(code)
    click.echo(f"last run: {last['run_id']} {last['status']}, started {last['started_at']}, "
               f"finished {last['finished_at'] or '-'} (host {last['host']}, pid {last['pid']}, "
               f"scorer {last['scorer_version']})")
    click.echo(f"  {last['documents_added']} documents added ({last['statements_added']} statements), "
               f"{last['documents_rescored']} rescored ({last['statements_rescored']} statements)")
    click.echo(f"  errors: {len(last['errors'])}")
    for e in last["errors"]:
        click.echo(f"    {e['path']}: {e['reason']}" if e["path"] else f"    {e['reason']}")
    if last["retried"]:
        click.echo(f"  {len(last['retried'])} retried after an earlier failure:")
        for p in last["retried"]:
            click.echo(f"    {p}")
    if n["failures_pending"]:
        click.echo(f"{n['failures_pending']} input(s) failed and will be read again by the next run")
    ctx.exit(code)


# --------------------------------------------------------------------------- export

def _date(ctx, param, value):
    """YYYY, YYYY-MM or YYYY-MM-DD, a real date (2022-13 and 2022-02-30 are refused): the
    rule of the stored dates, analysis.dates.is_iso."""
    from .dates import is_iso

    if value is not None and not is_iso(value):
        raise click.BadParameter(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _open_output(output: str):
    """A temporary file beside `output`, renamed into place by :func:`_commit_output`."""
    out = Path(output)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as e:
        raise Failed(f"cannot write {output}: {e.strerror or e}") from e
    return os.fdopen(fd, "w", encoding="utf-8", newline=""), tmp


def _commit_output(fh, tmp: str, output: str) -> None:
    fh.flush()
    os.fsync(fh.fileno())
    fh.close()
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600: give the file the usual mode
    os.replace(tmp, output)


def _stdout_utf8():
    out = sys.stdout
    enc = (getattr(out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if enc != "utf8" and hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    return out


@cli.command(name="export")
@click.argument("table", type=click.Choice(["statements", "stance", "actors", "documents"]))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of standard output.")
@_db_option
@click.option("--source", help="Only the document(s) from this file name.")
@click.option("--speaker", help="Only this speaker (exact name, any case). statements and stance.")
@click.option("--target", help="Only stance toward this actor (exact name). stance only.")
@click.option("--section", type=click.Choice(SECTIONS), help="Only this section. statements and stance.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--since", metavar="DATE", callback=_date, help="Published on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", callback=_date, help="Published on or before DATE (all of it: 2022 = to 2022-12-31).")
@click.pass_context
def export_cmd(ctx, table, output, db, **filters):
    """Write a table as CSV.

    statements: the column contract of DESIGN.md, with the newest scores. stance: each
    speaker's stance toward each actor it talks about (speaker, target, statements, tone,
    escalation, first, last). documents takes --source/--outlet/--since/--until; actors
    takes no filter."""
    from . import export as ex
    from . import store
    from .stance import STANCE_COLUMNS

    given = {k: v for k, v in filters.items() if v}
    allowed = {"statements": store.STATEMENT_FILTERS, "stance": store.STANCE_FILTERS,
               "documents": store.DOCUMENT_FILTERS, "actors": ()}[table]
    refused = [k for k in given if k not in allowed]
    if refused:
        raise click.UsageError(f"export {table} takes no --{refused[0]}", ctx=ctx)
    engine = _open(ctx, db)
    try:
        if table == "statements":
            rows, columns = store.iter_statements(engine, **given), ex.STATEMENT_COLUMNS
        elif table == "stance":
            rows, columns = store.iter_stance(engine, **given), STANCE_COLUMNS
        elif table == "documents":
            rows, columns = store.iter_documents(engine, **given), ex.DOCUMENT_COLUMNS
        else:
            rows, columns = ex.with_state(store.iter_actors(engine), _registry(ctx)), ex.ACTOR_COLUMNS
        if not output:
            ex.write_csv(rows, columns, _stdout_utf8())
            return
        fh, tmp = _open_output(output)
        try:
            n = ex.write_csv(rows, columns, fh)
            _commit_output(fh, tmp, output)
        except BaseException:
            fh.close()
            Path(tmp).unlink(missing_ok=True)
            raise
        click.echo(f"{n} {table} rows written to {output}", err=True)
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- eval

@cli.command(name="eval")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="Gold annotations (JSON).")
@click.option("--docs", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of the annotated documents.")
@click.pass_context
def eval_cmd(ctx, gold, docs):
    """Score the pipeline against hand annotations (the metrics of GUIDELINES.md)."""
    from .evaluate import format_report, run_eval

    registry = _registry(ctx)
    try:
        result = run_eval(gold, docs, registry)
    except (FileNotFoundError, KeyError, ValueError) as e:
        raise Failed(f"cannot evaluate: {_describe(e)}") from e
    click.echo(format_report(result))


# --------------------------------------------------------------------------- demo

def _check_port(host: str, port: int) -> None:
    """Fail in one line, before anything claims to serve, when `host:port` cannot be
    listened on (another server holds the port; an unknown host)."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        raise Failed(f"cannot serve on {host}:{port}: unknown host ({e.strerror})") from e
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Werkzeug's own server does
        try:
            sock.bind(addr)
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                raise Failed(f"cannot serve on http://{host}:{port}/: the port is in use (another server is "
                             f"listening there; stop it or choose another with --port)") from e
            raise Failed(f"cannot serve on http://{host}:{port}/: {e.strerror or e}") from e


def _serve(url: str, host: str, port: int, debug: bool = False) -> None:
    """Serve the dashboard on `url` (Dash is imported here only: analysis never imports it)."""
    _check_port(host, port)
    from dashboard import create_app

    from .store import safe_url

    app = create_app(url)
    click.echo(f"Stancewatch dashboard on http://{host}:{port}/ (store {safe_url(url)}); Ctrl-C stops it", err=True)
    # --debug is the command's tracebacks only: never Werkzeug's interactive debugger (code
    # execution behind a PIN) nor its reloader; errors of a request are logged either way
    app.run(host=host, port=port, debug=False, use_reloader=False, use_debugger=False)


def _host_port(f):
    f = click.option("--port", type=click.IntRange(1, 65535), default=8050, show_default=True)(f)
    return click.option("--host", default="127.0.0.1", show_default=True,
                        help="Interface to listen on (0.0.0.0 for every one: set STANCEWATCH_USER/PASSWORD).")(f)


@cli.command()
@_db_option
@_host_port
@click.pass_context
def serve(ctx, db, host, port):
    """Serve the dashboard (views /, /actors, /documents, /statements, /runs) on one machine.

    Basic auth when STANCEWATCH_USER and STANCEWATCH_PASSWORD are set; for a team server
    use gunicorn: STANCEWATCH_DB=URL gunicorn dashboard.wsgi:server."""
    url = _db(ctx, db)
    _open(ctx, db).dispose()  # it exists (and is at the newest revision): the dashboard only reads it
    _serve(url, host, port, ctx.obj.get("debug", False))


@cli.command()
@click.option("--seeds", type=click.Path(exists=True, file_okay=False), default=str(SEEDS), show_default=True)
@click.option("--no-serve", is_flag=True, help="Only ingest the seeds and print the statement table.")
@_host_port
@click.pass_context
def demo(ctx, seeds, no_serve, host, port):
    """The seeds into a fresh embedded store (data/demo.db), the statement table, then the
    dashboard on it (unless --no-serve)."""
    from . import export as ex
    from . import store

    path = Path("data") / "demo.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    registry = _registry(ctx)
    engine = store.connect(f"sqlite:///{path}")
    try:
        added, n, _, failed = ingest_paths(engine, [seeds], registry)
        rows = list(store.iter_statements(engine))
        csv_path = Path("data") / "demo-statements.csv"
        with open(csv_path, "w", encoding="utf-8", newline="") as fh:
            ex.write_csv(rows, ex.STATEMENT_COLUMNS, fh)
    finally:
        engine.dispose()
    width = shutil.get_terminal_size((120, 20)).columns
    source = None
    for r in rows:
        if r["source"] != source:
            source = r["source"]
            click.secho(f"\n{source}  {r['title'] or ''}  {r['published'] or ''}", bold=True)
        who = r["speaker"] + (f" (via {r['reported_by']})" if r["reported_by"] else "")
        line = f"{r['section'][:8]:8} {who[:34]:34} {r['text']}".replace("\n", " ")
        click.echo(line[: max(60, width - 1)])
    click.echo(f"\n{added} documents, {n} statements in {path}; the full table: {csv_path}")
    if failed:
        ctx.exit(1)
    if not no_serve:
        _serve(f"sqlite:///{path}", host, port, ctx.obj.get("debug", False))


# --------------------------------------------------------------------------- entry points

def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status (0 ok, 1 failed run, 2 bad usage);
    a console script wraps it as ``sys.exit(main())``."""
    return cli.main(args=sys.argv[1:] if argv is None else list(argv), prog_name="stancewatch",
                    standalone_mode=False)


def run() -> None:
    """Console-script entry point (pyproject: ``stancewatch = analysis.cli:run``)."""
    code = main()
    # The process ends now. What the command loaded (trafilatura, SQLAlchemy, the registry
    # and lexicons: about a million objects) is out of the collector's sight first: the
    # interpreter's final collections walked all of it once more before exiting, 0.4-0.7 s
    # of CPU after `ingest` had printed its summary (bench/extraction.py's pages; 60-90 ms
    # with this). It is freed by reference counting and the process's end as before; only
    # reference cycles are left to the end of the process, and nothing needs them collected:
    # every command has closed its files and disposed of its store's connections by now.
    import gc

    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
