"""The `stancewatch` command: ingest, export, eval, demo.

Exit status 0 on success, 1 when a run failed (an input could not be read: everything
else is still stored), 2 on bad usage. Errors are one readable line; --debug shows the
traceback.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

import click

from . import export as ex
from . import store
from .actors import load_registry
from .ingest import MAX_BYTES_DEFAULT, is_duplicate, iter_ingest
from .model import IngestError

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


class Failed(click.ClickException):
    """A failed run: exit status 1 with one line."""

    exit_code = 1

    def show(self, file=None):
        click.echo(f"stancewatch: error: {self.message}", err=True)


def _db_option(f):
    return click.option("--db", "db", default=None, metavar="URL",
                        help="Store URL (default: $STANCEWATCH_DB or sqlite:///data/stancewatch.db).")(f)


def _db(ctx: click.Context, db: str | None) -> str:
    return db or ctx.obj.get("db") or store.default_url()


def _registry(ctx: click.Context):
    try:
        return load_registry(ctx.obj.get("actors", ()))
    except ValueError as e:
        raise Failed(str(e)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@_db_option
@click.option("--actors", "actors", multiple=True, type=click.Path(dir_okay=False), metavar="FILE",
              help="Your own actor file(s), extending the shipped registry (also $STANCEWATCH_ACTORS).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, db: str | None, actors: tuple[str, ...], debug: bool) -> None:
    """Stance and sentiment of diplomatic coverage: who said what, how, toward whom."""
    ctx.ensure_object(dict)
    ctx.obj.update(db=db, actors=actors, debug=debug)


def ingest_paths(engine, paths, registry, manifest=None, max_bytes=MAX_BYTES_DEFAULT, echo=click.echo) -> tuple[int, int, int, int]:
    """Ingest, analyse and store; per document, so a failure loses nothing else.
    Returns (documents added, statements added, already stored, failed)."""
    from .pipeline import analyse

    added = n_statements = already = failed = 0
    for item in iter_ingest(paths, manifest, max_bytes):
        if isinstance(item, IngestError):
            if is_duplicate(item):
                echo(f"note: {item}")
            else:
                failed += 1
                click.echo(f"stancewatch: {item}", err=True)
            continue
        if store.has_document(engine, item.doc_id):
            already += 1
            continue
        try:
            sts = analyse(item, registry)
            if store.store_document(engine, item, sts, registry):
                added += 1
                n_statements += len(sts)
            else:
                already += 1
        except Exception as e:  # one document's failure is that document's error
            failed += 1
            click.echo(f"stancewatch: {item.source}: could not be analysed or stored: {e.__class__.__name__}: {e}", err=True)
            if click.get_current_context().obj.get("debug"):
                traceback.print_exc()
    return added, n_statements, already, failed


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_db_option
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False), help="CSV of file,title,published,outlet,url.")
@click.option("--max-bytes", type=click.IntRange(1), default=MAX_BYTES_DEFAULT, show_default=True,
              help="Files larger than this are refused.")
@click.pass_context
def ingest(ctx, paths, db, manifest, max_bytes):
    """Read documents (files or folders), attribute their statements, store them."""
    registry = _registry(ctx)
    engine = store.connect(_db(ctx, db))
    try:
        added, n, already, failed = ingest_paths(engine, paths, registry, manifest, max_bytes)
    finally:
        engine.dispose()
    click.echo(f"ingested {added} documents ({n} statements); {already} already stored; {failed} failed")
    if failed:
        raise Failed(f"{failed} input(s) failed; everything else was stored")


def _open_output(output: str | None):
    """stdout, or a temporary file beside `output` renamed into place when complete."""
    if not output:
        return sys.stdout, None
    out = Path(output)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent if str(out.parent) else ".")
    return os.fdopen(fd, "w", encoding="utf-8", newline=""), tmp


@cli.command(name="export")
@click.argument("table", type=click.Choice(["statements", "actors", "documents"]))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of standard output.")
@_db_option
@click.option("--source", help="Only this document file name.")
@click.option("--speaker", help="Only this speaker (canonical name, case-insensitive).")
@click.option("--section", type=click.Choice(["headline", "body", "comment", "spam"]))
@click.option("--outlet", help="Only this outlet.")
@click.option("--since", metavar="DATE", help="Published on or after DATE (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Published on or before DATE.")
@click.pass_context
def export_cmd(ctx, table, output, db, **filters):
    """Write a table as CSV (statements: the column contract of DESIGN.md)."""
    url = _db(ctx, db)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        raise Failed(f"no store at {url[len('sqlite:///'):]}: run `stancewatch ingest PATH` first")
    engine = store.connect(url)
    fh, tmp = _open_output(output)
    try:
        if table == "statements":
            n = ex.write_csv(store.iter_statements(engine, **filters), ex.STATEMENT_COLUMNS, fh)
        elif table == "documents":
            n = ex.write_csv(store.iter_documents(engine), ex.DOCUMENT_COLUMNS, fh)
        else:
            n = ex.write_csv(store.iter_actors(engine), ex.ACTOR_COLUMNS, fh)
        if tmp:
            fh.close()
            os.replace(tmp, output)
            tmp = None
            click.echo(f"{n} {table} rows written to {output}", err=True)
    finally:
        if tmp:
            fh.close()
            os.unlink(tmp)
        engine.dispose()


@cli.command(name="eval")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="Gold annotations (JSON).")
@click.option("--docs", required=True, type=click.Path(exists=True, file_okay=False), help="Folder of the annotated documents.")
@click.pass_context
def eval_cmd(ctx, gold, docs):
    """Score the pipeline against hand annotations (the metrics of GUIDELINES.md)."""
    from .evaluate import format_report, run_eval

    try:
        result = run_eval(gold, docs, _registry(ctx))
    except (FileNotFoundError, KeyError, ValueError) as e:
        raise Failed(f"cannot evaluate: {e}") from None
    click.echo(format_report(result))


@cli.command()
@click.option("--seeds", type=click.Path(exists=True, file_okay=False), default=str(SEEDS), show_default=True)
@click.pass_context
def demo(ctx, seeds):
    """The seeds into a fresh embedded store (data/demo.db), then the statement table."""
    path = Path("data") / "demo.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    engine = store.connect(f"sqlite:///{path}")
    try:
        added, n, _, failed = ingest_paths(engine, [seeds], _registry(ctx))
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
        raise Failed(f"{failed} seed file(s) failed")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        cli.main(args=args, prog_name="stancewatch", standalone_mode=False)
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:  # usage errors exit 2, failed runs 1
        e.show()
        return e.exit_code
    except click.exceptions.Abort:
        click.echo("stancewatch: aborted", err=True)
        return 1
    except Exception as e:  # one readable line; the traceback only with --debug
        if debug:
            traceback.print_exc()
        cause = getattr(e, "orig", None) or e  # a database error: the driver's own words
        first = (str(cause).strip().splitlines() or [""])[0]
        click.echo(f"stancewatch: error: {cause.__class__.__name__}: {first}", err=True)
        return 1
    return 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()
