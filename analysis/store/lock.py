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

import fcntl
import hashlib
import os
import socket
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url


def sqlite_file(url) -> Path | None:
    """The database file of a SQLite URL (None for other databases and in-memory ones).
    It imports nothing of the store (the store imports it): no import circle."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:" \
            or u.database.startswith("file:"):
        return None
    return Path(u.database).expanduser()


def _pg_key(conn, name: str) -> int:
    schema = conn.execute(text("SELECT current_schema()")).scalar() or ""
    digest = hashlib.sha256(f"stancewatch:{name}:{schema}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        os.close(fd)
        return None
    except BaseException:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.write(fd, f"{socket.gethostname()} {os.getpid()} {time.time():.0f}\n".encode())

    def release():
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
    return Lock(release)


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
    return _file_lock(path.with_name(f"{path.name}.{name}.lock"), wait)


def try_acquire(engine: Engine, name: str) -> Lock | None:
    """The lock `name` on this store, or None at once when another process holds it."""
    return _take(engine, name, wait=False)


def acquire(engine: Engine, name: str) -> Lock:
    """The lock `name` on this store, waiting for another holder to let go."""
    lock = _take(engine, name, wait=True)
    if lock is None:  # pragma: no cover - a waiting take returns only with the lock
        raise RuntimeError(f"lock {name!r} was not taken")
    return lock
