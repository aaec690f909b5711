"""What Stancewatch builds from its data files at every start, kept between runs on this
machine (the user's cache folder, never the repository; nothing is downloaded).

Building the actor registry from its TOML files (~170 KB of actors, ~40 KB of states)
takes 60-80 ms of CPU at every start of `stancewatch`, before an ingest's worker processes
can start (bench/extraction.py counts that start-up on one core); reading back what an
earlier run built takes ~10 ms.

An entry's name is a hash of everything it is built from: the text of every source file
(the shipped ones and the user's own, in order, with their names), the source of the code
that builds it, and the Python version. Change any of them and the entry is built again
under a new name; nothing stale is ever read. A cache that cannot be read (corrupt,
truncated, from another release of a library) or written (read-only home) is no error:
the thing is built as without it.

The folder: ``$STANCEWATCH_CACHE``, else ``$XDG_CACHE_HOME/stancewatch``, else
``~/.cache/stancewatch``; ``STANCEWATCH_CACHE=off`` turns the cache off. Entries are
pickles written by this user's own runs into this user's own folder (the same trust as
the installed code); old entries are removed when a new one is written.
"""
from __future__ import annotations

import hashlib
import os
import pickle  # only this user's own cache folder is read (the module docstring)  # nosec B403
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
FORMAT = "1"  # raise when what an entry holds changes shape without its code changing
KEEP = 4  # entries of one kind kept (e.g. the shipped registry and one with a user's own file)


def folder() -> Path | None:
    """The cache folder, or None when the cache is off."""
    env = os.environ.get("STANCEWATCH_CACHE")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "no", "false") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "stancewatch"


def key(kind: str, sources: Iterable[tuple[str, str]], code: Iterable[str]) -> str:
    """The entry name for `kind` built from `sources` ((text, origin) pairs, in order) by
    the modules `code` (their file paths)."""
    h = hashlib.sha256(f"{FORMAT}\0{kind}\0{sys.version}\0".encode())
    for text, origin in sources:
        h.update(b"source\0" + origin.encode("utf-8", "surrogatepass") + b"\0" + text.encode("utf-8", "surrogatepass") + b"\0")
    for path in code:
        h.update(b"code\0" + Path(path).read_bytes() + b"\0")
    return f"{kind}-{h.hexdigest()[:32]}.pickle"


def cached(kind: str, sources: list[tuple[str, str]], code: Iterable[str], build: Callable[[], T]) -> T:
    """What `build()` returns, read from the cache when an earlier run built it from the
    same sources and code, else built (and stored for the next run)."""
    where = folder()
    if where is None:
        return build()
    try:
        path = where / key(kind, sources, code)
    except OSError:  # a module's source cannot be read: nothing to name the entry by
        return build()
    value = _read(path)
    if value is not _MISSING:
        return value
    value = build()
    _store(where, path, kind, value)
    return value


_MISSING = object()


def _read(path: Path):
    """The entry at `path`, or _MISSING when there is none or it cannot be read (corrupt,
    truncated, or pickled by another release of a class it holds): it is built again."""
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)  # this user's own cache, named by its sources' hash  # nosec B301
    except Exception:  # noqa: BLE001 -- whatever is wrong with it, it is built again
        return _MISSING


def _store(where: Path, path: Path, kind: str, value) -> None:
    """Write `value` to `path` atomically (a reader sees the whole entry or none), and drop
    the oldest entries of `kind` beyond :data:`KEEP`. Failures are silent: the cache is an
    optimisation."""
    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", dir=where)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        old = sorted(where.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for p in old[KEEP:]:
            p.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 -- unwritable: the next run builds it again  # nosec B110
        pass
