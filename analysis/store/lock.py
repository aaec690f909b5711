"""Named locks on a store that a killed process cannot leave behind.

* PostgreSQL: a session-level advisory lock (``pg_try_advisory_lock``) on a connection held
  for the lock's lifetime. The key is a hash of the name and the connection's schema, so
  stores in different schemas of one database do not block each other. The server drops
  the lock when the connection ends, also when the process holding it is SIGKILLed.
* SQLite (and any other file database): ``fcntl.flock`` on ``<database>.<name>.lock``
  beside the database file. The kernel drops it when the process dies, however it dies;
  the file itself stays (it holds no state) and says who took it last (host, pid).
* An in-memory SQLite store lives in one process: the lock is taken trivially.

``try_acquire`` returns at once: a :class:`Lock` or None when someone else holds it.
``acquire`` waits (migrations use it: a second process waits for the first to finish).
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

# the primitives are shared with the nightly job's no-op check, which takes the same locks
# before SQLAlchemy is imported
from ..noop import file_lock, lock_path, pg_lock_key


def sqlite_file(url) -> Path | None:
    """The database file of a SQLite URL (None for other databases and in-memory ones).
    It imports nothing of the store (the store imports it): no import circle."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:" \
            or u.database.startswith("file:"):
        return None
    return Path(u.database).expanduser()


def _pg_key(conn, name: str) -> int:
    return pg_lock_key(name, conn.execute(text("SELECT current_schema()")).scalar() or "")


class Lock:
    """A held lock; :meth:`release` (or leaving a ``with`` block) lets it go."""

    def __init__(self, release_fn):
        self._release_fn = release_fn

    def release(self) -> None:
        if self._release_fn is not None:
            fn, self._release_fn = self._release_fn, None
            fn()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release()


def _file_lock(path: Path, wait: bool) -> Lock | None:
    release = file_lock(path, wait)
    return None if release is None else Lock(release)


def _pg_lock(engine: Engine, name: str, wait: bool) -> Lock | None:
    conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        key = _pg_key(conn, name)
        if wait:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
        elif not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
            conn.close()
            return None
    except BaseException:
        conn.close()
        raise

    def release():
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
        finally:
            conn.close()
    return Lock(release)


def _take(engine: Engine, name: str, wait: bool) -> Lock | None:
    if engine.dialect.name == "postgresql":
        return _pg_lock(engine, name, wait)
    path = sqlite_file(engine.url)
    if path is None:  # in-memory: one process
        return Lock(None)
    return _file_lock(lock_path(path, name), wait)


def try_acquire(engine: Engine, name: str) -> Lock | None:
    """The lock `name` on this store, or None at once when another process holds it."""
    return _take(engine, name, wait=False)


def acquire(engine: Engine, name: str) -> Lock:
    """The lock `name` on this store, waiting for another holder to let go."""
    lock = _take(engine, name, wait=True)
    if lock is None:  # pragma: no cover - a waiting take returns only with the lock
        raise RuntimeError(f"lock {name!r} was not taken")
    return lock
