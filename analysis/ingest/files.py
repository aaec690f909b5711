"""Read documents from files and folders: text, markdown, HTML, PDF, JSON, JSON Lines, CSV
(each possibly gzipped), with manifests.

* A ``.txt``/``.md`` document keeps its text exactly as read: UTF-8, newlines translated the
  way ``Path.read_text(encoding="utf-8")`` does (``\\r\\n`` and ``\\r`` become ``\\n``), nothing
  stripped, so statement offsets refer to what ``read_text()`` returns. For HTML the text is
  the article, headline and comments extracted from the page (``html.py``), for a PDF its
  text layer (``pdf.py``); for JSON, JSON Lines and CSV it is the ``text`` field.
* ``doc_id`` is a hash of the normalised text (:func:`normalise_for_id`), so the same article
  ingested twice, even re-wrapped or with curly quotes straightened, gets the same id. Within
  one batch the second copy is not yielded as a document but as an ``IngestError`` whose
  reason starts with ``"duplicate of"`` -- a note, not a failure (:func:`is_duplicate`).
* Every bad input (a missing path, an unreadable, binary, non-UTF-8, empty or oversized file,
  invalid JSON, a record without text) yields ONE ``IngestError`` naming it and the batch goes
  on. Nothing here raises for a bad file.
* Metadata (title, published, outlet, url, kind, speaker, author) comes, in order of
  precedence, from the record itself (JSON/CSV fields), an explicitly given manifest, the
  ``manifest.csv`` or ``index.csv`` found in the folder being walked (the nearest one first),
  and finally what a page or PDF says about itself (title, date, site name, author,
  canonical URL).
"""
from __future__ import annotations

import os
import re
import stat
import zlib
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .. import dates
from ..model import Document, IngestError
from .html import read_page
from .ids import doc_id_for
from .manifest import META_FIELDS, is_manifest_candidate, load_manifest
from .feeds import is_url
from .records import records

# 20 MiB. The longest real document we have (a White House briefing of ~10,000 words) is
# 65 KB, so the limit is ~300 times that: a book-length text or a JSON Lines / CSV export of a
# few thousand articles still fits. Beyond it a file is almost certainly not coverage (a
# database dump, a log, a renamed video), and because one document's text plus its blocks,
# sentences and statements take some 10-20 times its size in memory, 20 MiB keeps the worst
# single document to a few hundred MB in one worker of a process pool. Raise it with
# ``max_bytes=`` / ``stancewatch ingest --max-bytes`` for bigger exports.
MAX_BYTES_DEFAULT = 20 * 1024 * 1024

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".json", ".jsonl", ".csv")
# any of them gzipped ("page.html.gz", as crawlers and benchmarks keep saved pages)
COMPRESSED = (".gz",)
# A folder's own documentation is not coverage: skipped when walking a folder unless a
# manifest lists it (a file named explicitly is always read).
NOT_COVERAGE = re.compile(r"^(readme|license|licence|copying|changelog|notice)(\.\w+)?$", re.I)

SNIFF_BYTES = 8192  # how much of a file the binary check looks at
_CONTROL_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32)) | {127}  # not \t \n \v \f \r
_CONTROL_DELETE = bytes(sorted(_CONTROL_BYTES))


# --------------------------------------------------------------------------- bytes -> text


def _decode(data: bytes, name: str) -> str | IngestError:
    """The text as Path.read_text(encoding='utf-8') gives it, or why the bytes are not text."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return IngestError(name, "UTF-32 text (it starts with a UTF-32 byte-order mark); re-encode it as UTF-8")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return IngestError(name, "UTF-16 text (it starts with a UTF-16 byte-order mark); re-encode it as UTF-8")
    nul = head.find(b"\0")
    if nul >= 0:
        return IngestError(name, f"binary file (NUL byte at offset {nul}), not text; "
                                 "expected UTF-8 text (if it is UTF-16, re-encode it as UTF-8)")
    control = len(head) - len(head.translate(None, _CONTROL_DELETE))  # bytes in _CONTROL_BYTES
    if head and control > 0.1 * len(head):
        return IngestError(name, f"binary file ({control} of the first {len(head)} bytes are control codes), "
                                 "not text; expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        return IngestError(name, f"not UTF-8: invalid byte 0x{data[e.start]:02x} at byte offset {e.start} "
                                 f"(line {line}); re-encode the file as UTF-8 "
                                 "(e.g. iconv -f WINDOWS-1252 -t UTF-8, with the file's real encoding)")
    # newlines as Python's text mode reads them, so offsets match Path.read_text()
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_duplicate(err: IngestError) -> bool:
    """A duplicate is a note (the text was already ingested in this batch), not a failure;
    so is any other note (a date not understood: the document is stored undated)."""
    return err.note or err.reason.startswith("duplicate of")


# --------------------------------------------------------------------------- files and folders


def _same_file(a: Path, b: Path | None) -> bool:
    try:
        return b is not None and os.path.samefile(a, b)
    except OSError:
        return False


def _walk_dir(root: Path, chain: tuple[dict, ...], skip: Path | None,
              visited: set) -> Iterator[tuple[Path, tuple[dict, ...], bool] | IngestError]:
    """(file, manifests that apply to it nearest first, True) for a folder and its subfolders:
    sorted by name, files before subfolders, hidden names skipped, each folder's
    manifest.csv / index.csv read first and not yielded as a document."""
    try:
        st = root.stat()
        if (st.st_dev, st.st_ino) in visited:  # a symbolic link back into the tree
            return
        visited.add((st.st_dev, st.st_ino))
        with os.scandir(root) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except FileNotFoundError:
        yield IngestError(str(root), "folder vanished before it could be listed")
        return
    except OSError as e:
        yield IngestError(str(root), f"cannot list folder: {e.strerror or e}")
        return
    files: list[Path] = []
    dirs: list[Path] = []
    for e in entries:
        try:
            is_dir = e.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else files).append(Path(e.path))
    here: dict[str, dict] = {}
    docs: list[Path] = []
    for f in files:
        if _same_file(f, skip):
            continue
        if is_manifest_candidate(f):
            m = load_manifest(f)
            if isinstance(m, IngestError):
                yield m
            else:
                here.update(m)
        else:
            docs.append(f)
    chain = (here, *chain) if here else chain
    for f in docs:
        yield f, chain, True
    for d in dirs:
        yield from _walk_dir(d, chain, skip, visited)


def _walk(paths: Iterable[str | Path],
          skip: Path | None) -> Iterator[tuple[Path, tuple[dict, ...], bool] | IngestError]:
    """(file, manifests found for it, whether it was found by walking a folder), or an error."""
    for p in paths:
        if str(p) == "":
            yield IngestError("''", "empty path")
            continue
        p = Path(p)
        if p.is_dir():
            yield from _walk_dir(p, (), skip, set())
        elif os.path.lexists(p):
            if not _same_file(p, skip):
                yield p, (), False
        else:
            yield IngestError(str(p), "no such file or directory")


def _read(path: Path, max_bytes: int) -> bytes | IngestError:
    name = path.name
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            return IngestError(name, "not a regular file (a device, pipe or socket); skipped")
        if st.st_size > max_bytes:
            return IngestError(name, f"too large: {st.st_size:,} bytes, over the limit of {max_bytes:,} bytes "
                                     "(raise max_bytes / --max-bytes to read it)")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)  # never more than the limit, even if the file grew
    except FileNotFoundError:
        if os.path.islink(path):
            return IngestError(name, "broken symbolic link (its target does not exist)")
        return IngestError(name, "vanished before it could be read (deleted or moved after it was listed)")
    except PermissionError:
        return IngestError(name, "cannot read: permission denied")
    except OSError as e:
        return IngestError(name, f"cannot read: {e.strerror or e}")
    if len(data) > max_bytes:
        return IngestError(name, f"too large: over the limit of {max_bytes:,} bytes "
                                 "(raise max_bytes / --max-bytes to read it)")
    return data


def _suffixes(path: Path) -> tuple[str, bool]:
    """(the format's suffix, whether the file is gzipped): "a.html.gz" -> (".html", True)."""
    suffix = path.suffix.lower()
    if suffix in COMPRESSED:
        return Path(path.stem).suffix.lower(), True
    return suffix, False


def _gunzip(data: bytes, name: str, max_bytes: int) -> bytes | IngestError:
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, max_bytes + 1)
    except zlib.error as e:
        return IngestError(name, f"not a valid gzip file: {e}")
    if len(out) > max_bytes:  # a gzip bomb is refused like any oversized file
        return IngestError(name, f"too large: over the limit of {max_bytes:,} bytes once decompressed "
                                 "(raise max_bytes / --max-bytes to read it)")
    return out


def _extracted(name: str, got: tuple[str, dict] | IngestError) -> tuple[str, str, dict, bool] | IngestError:
    """A page's or PDF's (text, metadata) as a record: what a document says about itself
    counts only where no manifest says otherwise."""
    return got if isinstance(got, IngestError) else (name, got[0], got[1], True)


def _file_records(path: Path, max_bytes: int) -> Iterator[tuple[str, str, dict, bool] | IngestError]:
    name = path.name
    suffix, gzipped = _suffixes(path)
    if suffix not in SUFFIXES:
        yield IngestError(name, f"unsupported file type {path.suffix or '(no suffix)'}; "
                                f"expected one of {', '.join(SUFFIXES)} (or any of them .gz)")
        return
    data = _read(path, max_bytes)
    if isinstance(data, IngestError):
        yield data
        return
    if gzipped and data:
        data = _gunzip(data, name, max_bytes)
        if isinstance(data, IngestError):
            yield data
            return
    if not data:
        yield IngestError(name, "empty file (0 bytes)")
        return
    if suffix == ".pdf":
        from .pdf import read_pdf  # pypdf is loaded only for PDFs
        yield _extracted(name, read_pdf(data, name))
        return
    text = _decode(data, name)
    if isinstance(text, IngestError) and suffix in (".html", ".htm") and text.reason.startswith("not UTF-8"):
        text = data  # a page in its own charset (<meta charset>): the HTML parser decodes it
    if isinstance(text, IngestError):
        yield text
        return
    if isinstance(text, str) and not text.replace("\ufeff", "").strip():
        yield IngestError(name, "empty file (whitespace only, no text)")
        return
    if suffix in (".html", ".htm"):
        yield _extracted(name, read_page(text, name))
        return
    yield from records(name, suffix, text)


def iter_ingest(paths: Iterable[str | Path] | str | Path, manifest: str | Path | None = None,
                max_bytes: int = MAX_BYTES_DEFAULT,
                select: Callable[[Path], bool] | None = None,
                feed_state: str | Path | None = None, pool=None) -> Iterator[Document | IngestError]:
    """Documents of the given files and folders, streamed in a stable order, with one
    IngestError per bad input (and a "duplicate of ..." note per repeated text).

    ``select(path)``, when given, is asked about each document file (as walked: a folder
    given as an absolute path gives absolute paths) just before it is read, in order; a
    False answer skips it. Manifests are read all the same (the nightly job reads only new
    or changed files, with their folders' metadata).

    An ``http(s)://`` path is an RSS/Atom feed: its new entries' pages are fetched politely
    (``feeds.py``), remembering what was read in ``feed_state`` (a JSON file; by default
    ``feeds.default_state_path()``).

    ``pool`` (a :class:`pool.Pool`) reads the files in its worker processes, a few ahead of
    the one being yielded (``select`` is then asked that much earlier); what is yielded,
    and its order, are the same."""
    for _, item in iter_paths(paths, manifest, max_bytes, select, feed_state, pool):
        yield item


def _read_records(path: Path, max_bytes: int) -> list[tuple[str, str, dict, bool] | IngestError]:
    """A file's records, read whole (in a worker process): those read before a failure,
    then the failure."""
    out: list = []
    try:
        out.extend(_file_records(path, max_bytes))
    except Exception as e:  # never raise for a bad file: whatever went wrong is this file's error
        out.append(IngestError(path.name, f"could not be read: {e.__class__.__name__}: {e}"))
    return out


def iter_paths(paths: Iterable[str | Path] | str | Path, manifest: str | Path | None = None,
               max_bytes: int = MAX_BYTES_DEFAULT,
               select: Callable[[Path], bool] | None = None,
               feed_state: str | Path | None = None,
               pool=None) -> Iterator[tuple[Path | None, Document | IngestError]]:
    """:func:`iter_ingest`'s items, each with the path of the file it came from as walked
    (None for an error of no one file, a manifest or a folder, and for a feed's items)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    urls = [p for p in paths if is_url(p)]
    paths = [p for p in paths if not is_url(p)]
    given: dict[str, dict] = {}
    skip = Path(manifest) if manifest else None
    if skip is not None:
        m = load_manifest(skip)
        if isinstance(m, IngestError):
            yield None, m
        else:
            given = m
    seen: dict[str, str] = {}

    def files() -> Iterator[tuple[Path | None, tuple, IngestError | None]]:
        for item in _walk(paths, skip):
            if isinstance(item, IngestError):
                yield None, (), item
                continue
            path, chain, walked = item
            manifests = (given, *chain)
            if walked and NOT_COVERAGE.match(path.name) and not any(path.name in m for m in manifests):
                continue  # a folder's README or LICENCE, not coverage
            if select is not None and not select(path):
                continue
            yield path, manifests, None

    if pool is not None and pool.parallel:
        def start(f):
            path, _, err = f
            return pool.submit(_read_records, path, max_bytes) if err is None else _Ready([err])
        from .pool import ordered
        read = ordered(files(), start, pool.read_ahead)
    else:
        read = (((p, m, err), [err] if err is not None else _file_records(p, max_bytes))
                for p, m, err in files())
    for (path, manifests, err), recs in read:
        if err is not None:
            yield None, err
            continue
        try:
            for rec in recs:
                if isinstance(rec, IngestError):
                    yield path, rec
                    continue
                src, text, own, own_is_fallback = rec
                layers = [m.get(src) or m.get(path.name) or {} for m in manifests]
                layers = layers + [own] if own_is_fallback else [own] + layers
                meta = {k: next((layer[k] for layer in layers if layer.get(k)), None) for k in META_FIELDS}
                if own.get("kind") == "page":
                    meta["kind"] = "page"  # how the text was laid out, not a claim a manifest overrides
                doc_id = doc_id_for(text)
                if doc_id in seen:
                    yield path, IngestError(src, f"duplicate of {seen[doc_id]} (the same text after normalisation); "
                                                 "skipped, not an error")
                    continue
                seen[doc_id] = src
                meta["published"], note = dates.published(meta["published"], src)
                yield from ((path, note),) if note else ()
                yield path, Document(doc_id=doc_id, source=src, text=text, **meta)
        except Exception as e:  # never raise for a bad file: whatever went wrong is this file's error
            yield path, IngestError(path.name, f"could not be read: {e.__class__.__name__}: {e}")
    if urls:
        for item in _iter_feeds(urls, feed_state, seen):
            yield None, item


class _Ready:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def _iter_feeds(urls: list[str], feed_state: str | Path | None, seen: dict[str, str]) -> Iterator[Document | IngestError]:
    from .feeds import Fetcher, default_state_path, iter_feed, load_state, save_state

    path = Path(feed_state) if feed_state else default_state_path()
    state = load_state(path)
    fetcher = Fetcher()
    try:
        for url in urls:
            try:
                for item in iter_feed(url, state, fetcher):
                    if isinstance(item, Document):
                        if item.doc_id in seen:
                            yield IngestError(item.source, f"duplicate of {seen[item.doc_id]} (the same text after "
                                                           "normalisation); skipped, not an error")
                            continue
                        seen[item.doc_id] = item.source
                    yield item
            except Exception as e:  # noqa: BLE001 -- one feed's failure is that feed's error
                yield IngestError(url, f"could not be read: {e.__class__.__name__}: {e}")
    finally:
        save_state(path, state)


def ingest(paths: Iterable[str | Path] | str | Path, manifest: str | Path | None = None,
           max_bytes: int = MAX_BYTES_DEFAULT) -> tuple[list[Document], list[IngestError]]:
    """(documents, errors) of :func:`iter_ingest`, collected."""
    docs: list[Document] = []
    errors: list[IngestError] = []
    for item in iter_ingest(paths, manifest, max_bytes):
        (errors if isinstance(item, IngestError) else docs).append(item)
    return docs, errors
