"""Listing and reading the files an ingest or a rescoring run is given, with the path of each
item's file as walked. Here rather than in rescore.py, which loads SQLAlchemy: `stancewatch
ingest` forks its workers and starts them reading before it opens the store."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Callable, Iterator

from ..model import Document, IngestError
from .files import MAX_BYTES_DEFAULT, iter_paths


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


def iter_files(paths, manifest=None, max_bytes: int | None = None,
               select: Callable[[Path], bool] | None = None,
               feed_state: str | Path | None = None, pool=None) -> Iterator[tuple[str | None, Document | IngestError]]:
    """:func:`analysis.ingest.iter_ingest` with the path of each item's file as walked (a
    folder given as ``docs/2022`` gives ``docs/2022/03/a.txt``): (path, document or error).
    An error of a file names that path instead of the bare file name, so that a file can be
    found in a tree of dated folders; an error of no one file (a folder that cannot be
    listed, a manifest) keeps its own source and has the path None, as a feed's items do.
    ``pool`` reads the files in worker processes (:func:`analysis.ingest.iter_ingest`)."""

    max_bytes = MAX_BYTES_DEFAULT if max_bytes is None else max_bytes
    for path, item in iter_paths(paths, manifest, max_bytes, select=select, feed_state=feed_state, pool=pool):
        path = None if path is None else str(path)
        if isinstance(item, IngestError):
            name = os.path.basename(path) if path else None
            if name and (item.source == name or item.source.startswith(name + "#")):
                item = dataclasses.replace(item, source=path + item.source[len(name):])  # a note stays a note
            else:
                path = None
        yield path, item
