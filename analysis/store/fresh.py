"""A new SQLite store's schema in one step, from the schema the migrations make.

`stancewatch ingest` into a new SQLite file used to import Alembic (and, through it, Mako
and Pygments) and run every revision, one table rebuild after another: ~0.12 s of CPU, a
seventh of the start-up of every ingest into a new store (bench/extraction.py). The
migrations' end result does not change between runs, so it is kept here as the list of
``CREATE`` statements SQLite itself recorded for it (``sqlite_master``), with the revision
it is the head of, in ``analysis/migrations/sqlite_head.sql``. :func:`create` runs them in
the caller's transaction when the file is of the current head revision and the database is
empty; otherwise (a new revision not yet snapshotted, PostgreSQL, a database with tables)
the caller runs Alembic as before. tests/integration/test_migrations.py checks that a store
made this way dumps exactly as one made by the migrations.

Regenerate the file after adding a revision: ``python -m analysis.store.fresh``.
"""
from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from ..noop import MIGRATIONS, head_revision

SNAPSHOT = MIGRATIONS.parent / "sqlite_head.sql"
_HEADER = "-- revision "
_END = ";\n"


def schema_statements(conn: sqlite3.Connection) -> list[str]:
    """The statements that recreate `conn`'s schema and its Alembic revision: its tables,
    then indexes, views and triggers, each as SQLite recorded it (the indexes SQLite makes
    itself for a key are left to it), in the order they were created."""
    order = {"table": 0, "index": 1, "view": 2, "trigger": 3}
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
    out = [sql for _, _, sql in sorted(rows, key=lambda r: order.get(r[0], 4))]
    rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if not str(rev).isalnum():
        raise ValueError(f"unexpected revision id {rev!r}")
    # bandit B608: a revision id of our own migrations, checked alphanumeric just above
    return out + [f"INSERT INTO alembic_version (version_num) VALUES ('{rev}')"]  # nosec B608


def _read() -> tuple[str, list[str]] | None:
    """(revision, statements) of the snapshot file, or None when there is none."""
    try:
        body = SNAPSHOT.read_text(encoding="utf-8")
    except OSError:
        return None
    first, _, rest = body.partition("\n")
    if not first.startswith(_HEADER):
        return None
    return first[len(_HEADER):].split()[0], [s.strip() for s in rest.split(_END) if s.strip()]


def create(conn) -> bool:
    """Make the newest schema in an EMPTY SQLite database, inside the transaction of the
    SQLAlchemy connection `conn`; False (nothing done) when the snapshot is not of the
    head revision, the database is not SQLite or it already has tables."""
    if conn.dialect.name != "sqlite":
        return False
    snap = _read()
    if snap is None or snap[0] != head_revision():
        return False
    if conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar():
        return False
    for sql in snap[1]:
        conn.exec_driver_sql(sql)
    return True


def write_snapshot(path: Path = SNAPSHOT) -> Path:
    """Run the migrations into a new SQLite file with Alembic and write its schema to `path`."""
    from . import connection

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'head.db'}"
        engine = connection._engine(url, True)
        try:
            connection.migrate(engine, snapshot=False)
        finally:
            engine.dispose()
        with sqlite3.connect(Path(tmp) / "head.db") as db:
            stmts = schema_statements(db)
            rev = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        db.close()
    path.write_text(f"{_HEADER}{rev} -- the schema analysis/migrations makes in a new SQLite store, written by "
                    "`python -m analysis.store.fresh` (analysis/store/fresh.py); do not edit\n"
                    + "".join(s + _END for s in stmts), encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    print(write_snapshot(Path(sys.argv[1]) if len(sys.argv) > 1 else SNAPSHOT))
