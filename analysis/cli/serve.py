"""`stancewatch serve` (the dashboard on a store) and `stancewatch demo` (the seeds into a
fresh store, their statement table, then the dashboard on it).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import click

from .group import Failed, _db, _db_option, _open, _registry, cli
from .ingest import ingest_paths

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


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

    from ..store import safe_url

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
    from .. import export as ex
    from .. import store

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
