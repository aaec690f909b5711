"""Opening a store: the URL, the engine with its SQLite pragmas, and the migrations' glue
(one cheap query for the revision; Alembic only when an upgrade is due). Only `ingest`
creates a store (:func:`connect`); every other command opens an existing one
(:func:`open_store`)."""
from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from .. import dburl
# the default URL and the newest revision are read without SQLAlchemy (analysis.noop: the
# nightly job's no-op check runs before it is imported)
from ..noop import DEFAULT_PATH, MIGRATIONS, default_url, head_revision  # noqa: F401
from .lock import acquire, sqlite_file


_sqlite_file = sqlite_file  # the name the dashboard and older callers use


class NoStore(Exception):
    """The URL names no Stancewatch store (only `ingest` creates one)."""

    def __init__(self, url: str, why: str, hint: str = "`stancewatch ingest PATH --db URL` creates one"):
        self.url = safe_url(url)
        self.why = why
        super().__init__(f"no Stancewatch store at {self.url} ({why}); {hint}")


def safe_url(url: str) -> str:
    """`url` for a message: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 -- not a URL at all: say it as given
        return str(url)


def store_exists(url: str) -> bool:
    """False only for a SQLite URL whose file is missing (connecting would create it)."""
    path = _sqlite_file(url)
    return path is None or path.exists()


def sqlite_pragmas(engine: Engine, *pragmas: str) -> Engine:
    """Run ``PRAGMA <p>`` for each of `pragmas` on every new connection of a SQLite
    `engine` (other databases: unchanged); returns the engine."""
    if engine.dialect.name == "sqlite" and pragmas:
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            try:
                for p in pragmas:
                    _pragma(cur, p)
            finally:
                cur.close()
    return engine


PRAGMA_WAIT = 30.0  # seconds a pragma waits for another connection's lock (as busy_timeout)


def _pragma(cur, p: str) -> None:
    """``PRAGMA p``, retried while the file is locked: switching a new file to WAL needs it
    alone, and SQLite answers "database is locked" at once (no busy wait) when another
    connection is creating the schema at that moment (several processes opening a new
    store together)."""
    deadline = time.monotonic() + PRAGMA_WAIT
    while True:
        try:
            cur.execute(f"PRAGMA {p}")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def connect(url: str | None = None, *, sync_every_commit: bool = True) -> Engine:
    """An engine on the store, its schema created or upgraded to the newest migration.

    SQLite gets WAL (readers and one writer at once), foreign keys and a busy timeout on
    every connection; any other URL is used as given. ``sync_every_commit=False`` (the
    nightly job and ``stancewatch ingest``) sets SQLite's synchronous=NORMAL and PostgreSQL's synchronous_commit=off
    for its own connections: every commit is still atomic and a killed process loses
    nothing committed, but a power cut (a server crash) may undo the last commits — in
    commit order, so the job, which remembers the files it read last, redoes them, and an
    ingest run again stores the documents it finds missing (it skips the stored ones)."""
    url = url or default_url()
    path = _sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine(url, sync_every_commit)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


# The nightly job's SQLite connections copy the WAL into the database (a checkpoint, with
# its fsyncs) every 10,000 pages (40 MB) instead of SQLite's 1,000: its commits of dozens of
# documents each passed 1,000 pages, so nearly every commit paid a checkpoint, copying the
# shared rollup and index pages again each time (bench/rescore.py --breakdown: the commits
# were a fifth of the writing). The WAL file grows to about that size during a run; the
# last connection to close checkpoints it.
JOB_CHECKPOINT_PAGES = 10_000


def _engine(url: str, sync_every_commit: bool) -> Engine:
    # the busy timeout first: switching a new file to WAL waits for a writer like any lock
    # the nightly job also gets a 64 MiB page cache (the dashboard's): its transactions of
    # many documents insert into every index, and SQLite's default 2 MiB spills them
    engine = sqlite_pragmas(dburl.create_engine(url), "busy_timeout=30000", "journal_mode=WAL", "foreign_keys=ON",
                            *(() if sync_every_commit else ("synchronous=NORMAL", "cache_size=-65536",
                                                            f"wal_autocheckpoint={JOB_CHECKPOINT_PAGES}")))
    if not sync_every_commit and engine.dialect.name == "postgresql":
        @event.listens_for(engine, "connect")
        def _async_commit(dbapi_conn, _record):
            with dbapi_conn.cursor() as cur:  # this session only: the server's setting is left alone
                cur.execute("SET synchronous_commit TO off")
            dbapi_conn.commit()
    return engine


def open_store(url: str | None = None, *, sync_every_commit: bool = True) -> Engine:
    """An engine on an EXISTING store, upgraded to the newest revision if it is behind;
    :class:`NoStore` when `url` names none: a SQLite file that does not exist (nothing is
    created), a PostgreSQL database that does not exist, or a database without
    Stancewatch's tables (not migrated into one). Every
    command but `ingest` opens the store this way, so a typo in a cron line fails loudly
    instead of creating an empty store every night. Up to date: one query."""
    url = url or default_url()
    path = _sqlite_file(url)
    if path is not None and not path.is_file():
        raise NoStore(url, "no such file" if not path.exists() else "not a file")
    engine = _engine(url, sync_every_commit)
    try:
        try:
            c = engine.connect()
        except OperationalError as e:  # a database name mistyped is no store either
            if _NO_DATABASE.search(str(e.orig or e)):
                raise NoStore(url, "the database does not exist", "create the database (createdb), then "
                              "`stancewatch ingest PATH --db URL` makes the store in it") from e
            raise  # the server cannot be reached, a password refused...: the error itself
        with c:
            rev = _revision(c)
            if rev is None and not inspect(c).has_table("documents"):
                raise NoStore(url, "the database has no Stancewatch tables")
        if rev != head_revision():
            migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


# PostgreSQL's refusal of a connection to a database that is not there (a connection error
# carries no SQLSTATE through psycopg, only the server's message)
_NO_DATABASE = re.compile(r'database "[^"]*" does not exist')


# --------------------------------------------------------------------------- migrations

BASELINE = "0001"  # the revision whose tables the old create_all made


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "analysis:migrations")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def alembic_head() -> str:
    """The head revision as Alembic's script directory computes it."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _revision(conn) -> str | None:
    """The store's revision in one query (None: no alembic_version table, or an empty one)."""
    try:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):  # no such table: the failed statement ends the transaction
        conn.rollback()
        return None


def current_revision(conn) -> str | None:
    """The store's revision (None: no alembic_version table, or an empty one)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, snapshot: bool = True) -> None:
    """Bring the store's schema to the newest revision, keeping every row.

    Up to date (the usual case): one query. Otherwise, under the store's "migrate" lock
    (a second process waits, then finds nothing to do), in one transaction where the
    database has transactional DDL: an empty store gets every revision (an empty SQLite
    database the migrations' end result at once, :mod:`.fresh`, unless `snapshot` is
    False); a store made before migrations (the baseline's tables, no alembic_version) is
    stamped with the baseline and upgraded from there, so its data stays."""
    with engine.connect() as c:
        if _revision(c) == head_revision():
            return
    with acquire(engine, "migrate"):
        with engine.begin() as c:
            rev = current_revision(c)
            if rev == head_revision():
                return
            if snapshot and rev is None:
                from .fresh import create

                if create(c):
                    return
            from alembic import command

            cfg = _alembic_config(c)
            if rev is None and inspect(c).has_table("documents"):
                command.stamp(cfg, BASELINE)
            command.upgrade(cfg, "head")
