"""`stancewatch status`: the store's counts, the scorer version and the last run
(:func:`store_status` gives them as plain data).
"""
from __future__ import annotations

import click

from .group import Failed, _db_option, _open, cli


def _split_error(line: str) -> dict:
    """A run's error line as {"path", "reason"} (the path is what precedes the first ": ")."""
    path, sep, reason = line.partition(": ")
    return dict(path=path, reason=reason) if sep else dict(path="", reason=line)


def store_status(engine) -> dict:
    """What `stancewatch status` reports, as plain data: the store's counts, the current
    scorer version and the last run with its errors and retries."""
    from sqlalchemy import func, select

    from .. import store

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

    from ..rescore import current_version

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
