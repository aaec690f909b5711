"""Driver-level helpers shared by the writes and the rollups: executemany straight
through the driver, a portable INSERT … ON CONFLICT DO NOTHING, the time stamp of a
row, a database error in one line. Nothing outside the SQLite and PostgreSQL branches
is dialect-specific SQL."""
from __future__ import annotations

from datetime import datetime, timezone
from operator import itemgetter

from sqlalchemy import Table, insert

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _bulk_insert(conn, table: Table, rows: list[dict]) -> None:
    """INSERT many rows of plain text and numbers straight through the driver's
    executemany: the same rows as ``conn.execute(insert(table), rows)``, without
    SQLAlchemy's per-row parameter processing (most of a document's write time)."""
    if not rows:
        return
    mark = _PLACEHOLDER.get(conn.dialect.paramstyle)
    if mark is None:  # pragma: no cover - another driver: the portable way
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    prep = conn.dialect.identifier_preparer
    # bandit B608 (SQL built from strings): the table and column names are our own metadata's,
    # quoted by the dialect; every value is a bound parameter
    sql = (f"INSERT INTO {prep.format_table(table)} ({', '.join(prep.quote(c) for c in cols)}) "  # nosec B608
           f"VALUES ({', '.join([mark] * len(cols))})")
    conn.exec_driver_sql(sql, _tuples(rows, cols))


def _tuples(rows: list[dict], cols: list[str]) -> list[tuple]:
    """Each row's values of `cols`, as tuples for executemany (itemgetter: a generator per
    row was a second per 1,000 documents of the nightly job's writes)."""
    get = itemgetter(*cols)
    if len(cols) == 1:
        return [(get(r),) for r in rows]
    return [get(r) for r in rows]


def _insert(engine_or_conn, table: Table, ignore_conflicts: bool = False):
    """An INSERT; with ignore_conflicts, one that skips rows whose key is already there
    (ON CONFLICT DO NOTHING on SQLite and PostgreSQL)."""
    if ignore_conflicts:
        name = engine_or_conn.dialect.name
        if name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
            return dialect_insert(table).on_conflict_do_nothing()
        if name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
            return dialect_insert(table).on_conflict_do_nothing()
    return insert(table)


def describe_error(e: BaseException) -> str:
    """An unexpected exception in one line; a database error in the driver's own words."""
    cause = getattr(e, "orig", None) or e
    first = (str(cause).strip().splitlines() or [""])[0]
    return f"{cause.__class__.__name__}: {first}" if first else cause.__class__.__name__


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")
