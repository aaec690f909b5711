"""`stancewatch export`: a table of the store (statements, stance, actors, documents) as CSV,
on standard output or written whole into a file.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from ..model import SECTIONS
from .group import Failed, _db_option, _open, _registry, cli


def _date(ctx, param, value):
    """YYYY, YYYY-MM or YYYY-MM-DD, a real date (2022-13 and 2022-02-30 are refused): the
    rule of the stored dates, analysis.dates.is_iso."""
    from ..dates import is_iso

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
@click.option("--with-mentions", is_flag=True,
              help="statements only: append speaker_start, speaker_end, speaker_mention, where the document "
                   "names each statement's source (\"he\", \"the senator\", a name).")
@click.option("--with-body", is_flag=True,
              help="documents only: append body, the article as Stancewatch read it (headline and body, "
                   "without menus, advertising or reader comments).")
@click.pass_context
def export_cmd(ctx, table, output, db, with_mentions=False, with_body=False, **filters):
    """Write a table as CSV.

    statements: the column contract of DESIGN.md, with the newest scores. stance: each
    speaker's stance toward each actor it talks about (speaker, target, statements, tone,
    escalation, first, last). documents takes --source/--outlet/--since/--until; actors
    takes no filter."""
    from .. import export as ex
    from .. import store
    from ..stance import STANCE_COLUMNS

    given = {k: v for k, v in filters.items() if v}
    allowed = {"statements": store.STATEMENT_FILTERS, "stance": store.STANCE_FILTERS,
               "documents": store.DOCUMENT_FILTERS, "actors": ()}[table]
    refused = [k for k in given if k not in allowed]
    if refused:
        raise click.UsageError(f"export {table} takes no --{refused[0]}", ctx=ctx)
    if with_mentions and table != "statements":
        raise click.UsageError(f"export {table} takes no --with-mentions", ctx=ctx)
    if with_body and table != "documents":
        raise click.UsageError(f"export {table} takes no --with-body", ctx=ctx)
    engine = _open(ctx, db)
    try:
        if table == "statements":
            rows, columns = store.iter_statements(engine, **given), ex.STATEMENT_COLUMNS
            if with_mentions:
                columns = columns + ex.MENTION_COLUMNS
        elif table == "stance":
            rows, columns = store.iter_stance(engine, **given), STANCE_COLUMNS
        elif table == "documents":
            rows, columns = store.iter_documents(engine, **given), ex.DOCUMENT_COLUMNS
            if with_body:
                rows = ex.with_bodies(store.iter_documents(engine, with_text=True, **given))
                columns = columns + ex.BODY_COLUMNS
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
