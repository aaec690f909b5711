"""Listing and reading the files an ingest or a rescoring run is given, with the path of each
item's file as walked. Here rather than in rescore.py, which loads SQLAlchemy: `stancewatch
ingest` forks its workers and starts them reading before it opens the store."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Callable, Iterator

from ..model import Document, IngestError
from ..noop import list_files  # noqa: F401 -- one listing, shared with the no-op check (which loads nothing heavy)
from .files import MAX_BYTES_DEFAULT, iter_paths


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
