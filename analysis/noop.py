"""The nightly job's usual night, decided and recorded through the database driver alone.

Most nights nothing is new, stale or failed. Importing SQLAlchemy, the readers and the
actor registry to find that out took about 0.3 s, most of a no-op ``stancewatch rescore``
(issue 14 allows it 0.05 of the ingest that built the store). :func:`try_noop` answers
first, with the standard library's ``sqlite3`` or with psycopg 3, and imports neither
SQLAlchemy nor the store:

1. it takes the run's lock as :mod:`analysis.store.lock` takes it (the same lock file
   beside a SQLite store; the same advisory lock key on PostgreSQL), so a run of the full
   job and this check exclude each other;
2. it checks, with a few queries, everything the full job would find to do: the store is
   at the newest migration; no source is a feed (feeds are fetched every run); every
   source exists and lists exactly the files, sizes and mtimes the store remembers as
   read; nothing failed before (a failure is retried); no score row of another scorer
   version and one score row per statement (the first test of
   :func:`analysis.store.nightly.stale_documents`);
3. when all of that holds, it records the run in one transaction (runs left 'running'
   by a killed job marked 'interrupted', as the full job does) and returns it.

Anything else returns None before anything is written — a URL in another form, a driver
that is not installed, no store, an older schema, the lock held, any error — and the
full job (:func:`analysis.rescore.rescore`) runs: it decides the same, does the work, and
says why it cannot (no store: exit 2; the lock held: exit 75).

The module also holds what both need without SQLAlchemy: the scorer version from the
registry files' bytes, the newest migration's id, listing a source's files, and the
locks' primitives.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import re
import socket
import time
from pathlib import Path
from typing import Callable, Iterable

from .runs import Run, end_line, event, now, start_line

SOURCES_ENV = "STANCEWATCH_SOURCES"  # os.pathsep-separated paths
DEFAULT_PATH = Path("data") / "stancewatch.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_HEAD: list[str] = []


# --------------------------------------------------------------------------- shared with the full job

def default_url() -> str:
    """``$STANCEWATCH_DB``, or the embedded store ``sqlite:///./data/stancewatch.db``
    (nothing is created: only `ingest` creates a store)."""
    return os.environ.get("STANCEWATCH_DB") or f"sqlite:///./{DEFAULT_PATH.as_posix()}"


def head_revision() -> str:
    """The newest migration's revision id, from the file names of analysis/migrations/versions
    (``NNNN_what.py``, revision NNNN, each revising the one before: tests/integration/
    test_migrations.py checks that this is Alembic's own head). A directory listing, not
    Alembic's script machinery (~0.3 s of every command's start)."""
    if not _HEAD:
        _HEAD.append(max(n[:4] for n in os.listdir(MIGRATIONS) if n[:4].isdigit() and n.endswith(".py")))
    return _HEAD[0]


class _Texts:
    """What :func:`analysis.version.scorer_version` reads of a registry, its fingerprint,
    computed as :class:`analysis.actors.Registry` computes it (sha256 of each file's text,
    in load order, joined by newlines and hashed) without parsing a file."""

    def __init__(self, texts: list[str]):
        digests = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        self._fingerprint = hashlib.sha256("\n".join(digests).encode()).hexdigest()

    def fingerprint(self) -> str:
        return self._fingerprint


def current_version(actor_files: tuple[str, ...] = ()) -> str:
    """The scorer version a run with these actor files (and $STANCEWATCH_ACTORS, as
    :func:`analysis.actors.load_registry` reads them) scores with: the same as
    ``scorer_version(load_registry(actor_files))`` (tests/unit/test_rescore_version.py),
    from the files' bytes. Parsing the registry takes ~0.2 s that a run with nothing to
    do (most nights) need not spend; the full job parses it when a document is to be
    analysed, and checks that the two agree. ValueError when a file cannot be read."""
    from .actor_files import registry_texts  # the files, in the order load_registry reads them
    from .version import scorer_version

    return scorer_version(_Texts([text for text, _ in registry_texts(actor_files)]))


def list_files(path: str) -> dict[str, tuple[int, int]]:
    """Every file under `path` (or `path` itself), hidden names skipped, with its size and
    mtime_ns: a listing, nothing read."""
    out: dict[str, tuple[int, int]] = {}
    try:
        st = os.stat(path)
    except OSError:
        return out
    if not os.path.isdir(path):
        out[path] = (st.st_size, st.st_mtime_ns)
        return out
    stack = [path]
    seen = set()
    while stack:
        d = stack.pop()
        try:
            key = os.stat(d)
            if (key.st_dev, key.st_ino) in seen:
                continue
            seen.add((key.st_dev, key.st_ino))
            with os.scandir(d) as it:
                for e in it:
                    if e.name.startswith("."):
                        continue
                    try:
                        if e.is_dir():
                            stack.append(e.path)
                        else:
                            s = e.stat()
                            out[e.path] = (s.st_size, s.st_mtime_ns)
                    except OSError:
                        continue
        except OSError:
            continue
    return out


def is_url(source: str) -> bool:
    """A source that is a feed's http(s) URL, not a path."""
    return re.match(r"^https?://", str(source), re.I) is not None


def split_sources(value: str) -> list[str]:
    """$STANCEWATCH_SOURCES: paths separated by os.pathsep; a feed URL's own "://" kept whole."""
    return [p for p in re.split(r"%s(?!//)" % re.escape(os.pathsep), value) if p]


def env_sources() -> list[str]:
    """The sources of $STANCEWATCH_SOURCES, paths made absolute, feed URLs as given."""
    return [p if is_url(p) else os.path.abspath(p) for p in split_sources(os.environ.get(SOURCES_ENV, ""))]


def file_lock(path: Path, wait: bool):
    """An exclusive ``flock`` on `path` (created), saying who took it (host, pid, time):
    a release function, or None at once when another process holds it and not `wait`.
    The kernel drops the lock when the process dies, however it dies."""
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
    return release


def lock_path(database: Path, name: str) -> Path:
    """The lock file of the lock `name` beside a SQLite database file."""
    return database.with_name(f"{database.name}.{name}.lock")


def pg_lock_key(name: str, schema: str) -> int:
    """The advisory lock key of the lock `name` on a PostgreSQL store in `schema`: stores in
    different schemas of one database do not block each other."""
    digest = hashlib.sha256(f"stancewatch:{name}:{schema}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


# --------------------------------------------------------------------------- the check

# the URL forms answered here; any other (a query string on SQLite, another driver) goes
# to the full job, which reads every form SQLAlchemy does
_SQLITE = re.compile(r"sqlite(?:\+pysqlite)?:///([^?#%]+)")
_POSTGRES = re.compile(r"postgres(?:ql)?(?:\+psycopg)?://(.*)", re.S)


def sqlite_path(url: str) -> Path | None:
    """The database file of a plain ``sqlite:///PATH`` URL (what SQLAlchemy reads there);
    None for any other URL, in-memory ones included."""
    m = _SQLITE.fullmatch(url)
    if m is None or m.group(1) == ":memory:" or m.group(1).startswith("file:"):
        return None
    return Path(m.group(1)).expanduser()


class _Store:
    """A DB-API connection with the store's lock held: SQLite (``?`` parameters) or
    PostgreSQL through psycopg 3 (``%s``), in autocommit; writes in :meth:`transaction`."""

    def __init__(self, url: str):
        self.conn = self.release = None
        path = sqlite_path(url)
        if path is not None:
            import sqlite3

            if not path.is_file():
                raise LookupError("no such file")  # the full job says so
            self.mark, self.pg = "?", False
            # mode=rw: never creates a file; autocommit until BEGIN
            from urllib.parse import quote

            self.conn = sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True, timeout=30,
                                        isolation_level=None)
            self.release = file_lock(lock_path(path, "rescore"), wait=False)
            return
        m = _POSTGRES.fullmatch(url)
        if m is None:
            raise LookupError("another form of URL")
        import psycopg

        self.mark, self.pg = "%s", True
        self.conn = psycopg.connect("postgresql://" + m.group(1), autocommit=True)
        schema = self.one("SELECT current_schema()") or ""
        key = pg_lock_key("rescore", schema)
        if self.one("SELECT pg_try_advisory_lock(?)", key):
            def release():
                self.conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
            self.release = release

    def rows(self, sql: str, *params) -> list[tuple]:
        cur = self.conn.execute(sql.replace("?", self.mark), params)
        try:
            return cur.fetchall()
        finally:
            cur.close()

    def one(self, sql: str, *params):
        rows = self.rows(sql, *params)
        return rows[0][0] if rows else None

    def close(self) -> None:
        """Release the lock and close; the lock goes with the connection or the process
        anyway (bandit B110: nothing to add to a run already recorded)."""
        for step in (self.release, self.conn.close if self.conn is not None else None):
            try:
                if step is not None:
                    step()
            except Exception:  # noqa: BLE001  # nosec B110
                pass


def _nothing_to_do(db: _Store, version: str, sources: list[str]) -> bool:
    """True when the full job would find nothing to read, rescore or retry (the module's
    docstring, step 2)."""
    if db.one("SELECT version_num FROM alembic_version") != head_revision():
        return False  # an older schema: the full job upgrades it
    if any(is_url(s) for s in sources):
        return False
    if db.one("SELECT count(*) FROM failures"):
        return False
    # the usual night: no score of another version, and one score per statement (a score
    # row's key is its statement's plus the version, tied to it by a foreign key)
    for sql in ("SELECT 1 FROM scores WHERE scorer_version < ? LIMIT 1",
                "SELECT 1 FROM scores WHERE scorer_version > ? LIMIT 1"):
        if db.rows(sql, version):
            return False
    if db.one("SELECT count(*) FROM scores") != db.one("SELECT count(*) FROM statements"):
        return False
    known = {path: (size, mtime) for path, size, mtime in db.rows("SELECT path, size, mtime_ns FROM source_files")}
    for source in sources:
        if not os.path.exists(source):
            return False  # a source that vanished fails the run: the full job says so
        for path, sm in list_files(source).items():
            if known.get(path) != sm:
                return False
    return True


def try_noop(url: str, version: str, *, log: Callable[[str], None] = lambda s: None,
             progress: Callable[[int, int], None] | None = None,
             events: Callable[[dict], None] | None = None) -> Run | None:
    """The run of a night with nothing to do on the store at `url`, recorded with the
    current scorer `version` (its log lines, progress and events as the full job gives
    them); None when that cannot be told here (the module's docstring): nothing written,
    the full job is due."""
    try:
        db = _Store(url)
    except Exception:  # noqa: BLE001 -- any doubt: the full job decides, and says what is wrong
        return None
    try:
        if db.release is None:
            return None  # another run holds the lock: the full job says whose
        sources = list(dict.fromkeys([*env_sources(), *(r[0] for r in db.rows(
            "SELECT path FROM sources ORDER BY path"))]))
        if not _nothing_to_do(db, version, sources):
            return None
        run = _record(db, version)
    except Exception:  # noqa: BLE001 -- nothing was written: the full job decides
        return None
    finally:
        db.close()
    emit: Callable[..., None] = (lambda name, **kw: events(event(run, name, **kw))) if events else \
        (lambda name, **kw: None)
    log(start_line(run, len(sources), 0, 0))
    emit("start", sources=sources, files=0, stale=0, retried=[])
    if progress is not None:
        progress(0, 0)
    log(end_line(run))
    emit("end", **run.summary())
    return run


def _record(db: _Store, version: str) -> Run:
    """The run, 'ok' with nothing done, in one transaction; a run left 'running' by a killed
    job is marked 'interrupted' (with the lock held no other run is alive)."""
    started = now()
    values = dict(  # in the order of the INSERT's columns
        started_at=started, finished_at=started, status="ok", scorer_version=version, documents_added=0,
        statements_added=0, documents_rescored=0, statements_rescored=0, errors=0,
        host=socket.gethostname(), pid=os.getpid(), retried=0)
    insert = ("INSERT INTO runs (started_at, finished_at, status, scorer_version, documents_added, statements_added, "
              "documents_rescored, statements_rescored, errors, host, pid, retried) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    if db.pg:
        with db.conn.transaction():
            db.conn.execute("UPDATE runs SET status = 'interrupted', finished_at = %s WHERE status = 'running'",
                            (started,))
            run_id = db.conn.execute(insert.replace("?", "%s") + " RETURNING run_id", tuple(values.values())
                                     ).fetchone()[0]
    else:
        c = db.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("UPDATE runs SET status = 'interrupted', finished_at = ? WHERE status = 'running'", (started,))
            run_id = c.execute(insert, tuple(values.values())).lastrowid
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
    return Run(run_id=run_id, scorer_version=version, status="ok")

