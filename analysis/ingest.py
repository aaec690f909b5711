"""Read documents from files: text, markdown, HTML, JSON, JSON Lines, CSV, plus a manifest.

Stage 1 of ``files -> ingest -> segment -> attribute -> score -> store``.

* A ``.txt``/``.md`` document keeps its text exactly as read: UTF-8, newlines translated the
  way ``Path.read_text(encoding="utf-8")`` does (``\\r\\n`` and ``\\r`` become ``\\n``), nothing
  stripped, so statement offsets refer to what ``read_text()`` returns. For HTML the text is
  the page's visible text; for JSON, JSON Lines and CSV it is the ``text`` field.
* ``doc_id`` is a hash of the normalised text (:func:`normalise_for_id`), so the same article
  ingested twice, even re-wrapped or with curly quotes straightened, gets the same id. Within
  one batch the second copy is not yielded as a document but as an ``IngestError`` whose
  reason starts with ``"duplicate of"`` -- a note, not a failure (:func:`is_duplicate`).
* Every bad input (a missing path, an unreadable, binary, non-UTF-8, empty or oversized file,
  invalid JSON, a record without text) yields ONE ``IngestError`` naming it and the batch goes
  on. Nothing here raises for a bad file.
* Metadata (title, published, outlet, url, kind, speaker) comes, in order of precedence, from
  the record itself (JSON/CSV fields), an explicitly given manifest, the ``manifest.csv`` or
  ``index.csv`` found in the folder being walked (the nearest one first), and finally, for HTML,
  the page's ``<title>``.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import stat
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import dates
from .model import Document, IngestError

# 20 MiB. The longest real document we have (a White House briefing of ~10,000 words) is
# 65 KB, so the limit is ~300 times that: a book-length text or a JSON Lines / CSV export of a
# few thousand articles still fits. Beyond it a file is almost certainly not coverage (a
# database dump, a log, a renamed video), and because one document's text plus its blocks,
# sentences and statements take some 10-20 times its size in memory, 20 MiB keeps the worst
# single document to a few hundred MB in one worker of a process pool. Raise it with
# ``max_bytes=`` / ``stancewatch ingest --max-bytes`` for bigger exports.
MAX_BYTES_DEFAULT = 20 * 1024 * 1024

SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")
MANIFEST_NAMES = ("manifest.csv", "index.csv")
META_FIELDS = ("title", "published", "outlet", "url", "kind", "speaker")
KINDS = ("transcript", "speech", "article", "comments", "rawpage")
# A folder's own documentation is not coverage: skipped when walking a folder unless a
# manifest lists it (a file named explicitly is always read).
NOT_COVERAGE = re.compile(r"^(readme|license|licence|copying|changelog|notice)(\.\w+)?$", re.I)

SNIFF_BYTES = 8192  # how much of a file the binary check looks at
_CONTROL_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32)) | {127}  # not \t \n \v \f \r
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"'})
# the same mapping as one regex pass (str.translate with a table is slow on long texts)
_QUOTE_RE = re.compile("[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f]")
_CONTROL_DELETE = bytes(sorted(_CONTROL_BYTES))


# --------------------------------------------------------------------------- ids


def normalise_for_id(text: str) -> str:
    """The text as far as identity goes: NFKC, curly quotes straight, no byte-order mark,
    whitespace runs as one space, stripped, casefolded."""
    t = _QUOTE_RE.sub(lambda m: _QUOTES[ord(m.group())], unicodedata.normalize("NFKC", text))
    t = t.replace("\ufeff", "")
    return re.sub(r"\s+", " ", t).strip().casefold()


def doc_id_for(text: str) -> str:
    """First 16 hex digits of the SHA-256 of :func:`normalise_for_id` of the text."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


def is_duplicate(err: IngestError) -> bool:
    """A duplicate is a note (the text was already ingested in this batch), not a failure;
    so is any other note (a date not understood: the document is stored undated)."""
    return err.note or err.reason.startswith("duplicate of")


# --------------------------------------------------------------------------- metadata


def _kind(value) -> str | None:
    """"transcript-whitehouse" -> "transcript": the word before the first hyphen, one of KINDS."""
    if not value:
        return None
    word = str(value).strip().lower().split("-")[0].strip()
    word = {"transcripts": "transcript", "speeches": "speech", "articles": "article",
            "comment": "comments", "rawpages": "rawpage"}.get(word, word)
    return word if word in KINDS else None


def _clean_meta(rec: dict) -> dict:
    """title/published/outlet/url/kind/speaker from a manifest row or a record; None if absent."""
    meta: dict = {}
    for k in META_FIELDS + ("date",):
        v = rec.get(k)
        meta[k] = str(v).strip() or None if v is not None and not isinstance(v, (dict, list)) else None
    meta["published"] = meta["published"] or meta.pop("date")
    meta.pop("date", None)
    meta["kind"] = _kind(meta["kind"])
    if meta["speaker"]:  # "Sergei Lavrov (Minister of Foreign Affairs)" -> "Sergei Lavrov"
        meta["speaker"] = meta["speaker"].split(" (")[0].strip() or None
    return meta


def _lower_keys(row: dict) -> dict:
    return {k.strip().lower(): v for k, v in row.items() if isinstance(k, str)}


def read_manifest(path: str | Path) -> dict[str, dict]:
    """file name -> metadata (title, published, outlet, url, kind, speaker; None when empty),
    from a CSV with a ``file`` column. ``date`` is accepted for ``published``; ``kind`` is
    reduced to one of KINDS; ``speaker`` keeps the name before " (". Other columns are ignored.
    Raises OSError, UnicodeDecodeError, csv.Error or ValueError (no ``file`` column)."""
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = [f.strip().lower() for f in reader.fieldnames or []]
        if "file" not in fields:
            raise ValueError(f"no 'file' column (found: {', '.join(fields) or 'nothing'})")
        for row in reader:
            row = _lower_keys(row)
            name = (row.get("file") or "").strip()
            if name:
                out[Path(name).name] = _clean_meta(row)  # "x.jsonl#2" may describe one record
    return out


def _is_manifest_candidate(path: Path) -> bool:
    """A manifest.csv/index.csv that is not itself a CSV of documents (no 'text' column)."""
    if path.name.lower() not in MANIFEST_NAMES:
        return False
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = [h.strip().lower() for h in next(csv.reader(fh), [])]
    except (OSError, UnicodeDecodeError, csv.Error):
        return True  # read_manifest will report why it cannot be read
    return "text" not in header


# --------------------------------------------------------------------------- HTML


class _Visible(HTMLParser):
    """Collects what a browser shows: no head/script/style/..., blocks on lines of their own."""

    BLOCK = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
             "tr", "table", "caption", "article", "section", "header", "footer", "nav", "aside", "main",
             "blockquote", "pre", "figure", "figcaption", "hr", "address", "details", "summary", "form",
             "fieldset"}
    CELL = {"td", "th"}
    HIDDEN = {"head", "title", "script", "style", "noscript", "template", "svg", "iframe", "object"}
    VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "source", "track"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.hidden: list[str] = []  # open hidden elements
        self.in_title = False
        self.pre = 0

    def handle_starttag(self, tag, attrs):
        # <head> may be left open (its end tag is optional): the body closes it.
        if self.hidden and self.hidden[-1] == "head" and (tag == "body" or tag in self.BLOCK):
            self.hidden.pop()
        if tag == "title":
            self.in_title = True
        if tag in self.HIDDEN:
            self.hidden.append(tag)
        elif tag in self.BLOCK:
            self.parts.append("\n")
            self.pre += tag == "pre"
        elif tag in self.CELL:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:  # <br/> is one line break, not two
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self.HIDDEN:
            if tag in self.hidden:
                while self.hidden.pop() != tag:
                    pass
        elif tag in self.BLOCK:
            self.parts.append("\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
        elif tag in self.CELL:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if not self.hidden:
            # Source line breaks are spaces to a browser, except inside <pre>.
            self.parts.append(data if self.pre else re.sub(r"\s+", " ", data))


def html_text(markup: str) -> tuple[str, str | None]:
    """(visible text, <title>) of an HTML page. Paragraphs are separated by a blank line, a
    <br> is a line break; the text ends with a newline, or is "" when nothing is visible."""
    p = _Visible()
    p.feed(markup)
    p.close()
    lines = [re.sub(r"[^\S\n]+", " ", ln).strip() for ln in "".join(p.parts).split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    text = "\n".join(out).strip("\n")
    title = re.sub(r"\s+", " ", "".join(p.title)).strip() or None
    return (text + "\n" if text else ""), title


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


def _bad_unicode(value: str) -> str | None:
    """Why a parsed string cannot be stored: a lone surrogate (from a JSON escape) or a NUL."""
    if "\0" in value:
        return "a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        return f"a lone surrogate (\\u{ord(value[e.start]):04x}), which is not valid Unicode"
    return None


# --------------------------------------------------------------------------- records


def _records(name: str, suffix: str, text: str) -> Iterator[tuple[str, str, dict, bool] | IngestError]:
    """(source, text, own metadata, metadata is only a fallback) per document in a file's text,
    or an IngestError per bad record."""
    if suffix in (".txt", ".md"):
        yield name, text, {}, False
    elif suffix in (".html", ".htm"):
        body, title = html_text(text.lstrip("\ufeff"))
        if not body:
            yield IngestError(name, "no visible text in the HTML page (only markup, scripts or styles)")
            return
        yield name, body, {"title": title}, True  # <title> only if no manifest gives one
    elif suffix == ".json":
        try:
            data = json.loads(text.lstrip("\ufeff"))
        except json.JSONDecodeError as e:
            yield IngestError(name, f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}")
            return
        except RecursionError:
            yield IngestError(name, "invalid JSON: nested too deeply")
            return
        if isinstance(data, dict):
            yield from _record(name, name, 1, data)
        elif isinstance(data, list):
            if not data:
                yield IngestError(name, "no records (an empty JSON list); expected objects with a 'text' field")
            for i, rec in enumerate(data, 1):
                yield from _record(name, f"{name}#{i}", i, rec)
        else:
            yield IngestError(name, f"expected a JSON object or a list of objects, found {_json_type(data)}")
    elif suffix == ".jsonl":
        # "#N" and "record N" are line numbers, what an editor shows.
        for i, line in enumerate(text.lstrip("\ufeff").split("\n"), 1):
            if not line.strip():
                continue
            src = f"{name}#{i}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield IngestError(src, f"invalid JSON on line {i}, column {e.colno}: {e.msg}")
                continue
            except RecursionError:
                yield IngestError(src, f"invalid JSON on line {i}: nested too deeply")
                continue
            yield from _record(name, src, i, rec)
    elif suffix == ".csv":
        if csv.field_size_limit() < len(text) + 1:  # the file size limit already bounds a field
            csv.field_size_limit(len(text) + 1)
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
        try:
            fields = [f.strip().lower() for f in reader.fieldnames or []]
            if "text" not in fields:
                yield IngestError(name, f"CSV without a 'text' column (found: {', '.join(fields) or 'nothing'}); "
                                        "a CSV of documents needs one, one document per row")
                return
            n = 0
            for n, row in enumerate(reader, 1):
                yield from _record(name, f"{name}#{n}", n, _lower_keys(row), what="row")
            if not n:
                yield IngestError(name, "no rows under the CSV header")
        except csv.Error as e:
            yield IngestError(name, f"malformed CSV at line {reader.line_num}: {e}")


def _json_type(value) -> str:
    return {str: "a string", bool: "a boolean", int: "a number", float: "a number"}.get(type(value), "null")


def _record(name: str, src: str, i: int, rec, what: str = "record") -> Iterator[tuple[str, str, dict, bool] | IngestError]:
    if not isinstance(rec, dict):
        yield IngestError(src, f"{what} {i} is {_json_type(rec) if not isinstance(rec, list) else 'a list'}, "
                               "expected an object with a 'text' field")
        return
    text = rec.get("text")
    if not isinstance(text, str) or not text.replace("\ufeff", "").strip():
        yield IngestError(src, f"{what} {i} has no text: a non-empty 'text' field is required")
        return
    for key, value in rec.items():
        problem = _bad_unicode(value) if isinstance(value, str) else None
        if problem:
            yield IngestError(src, f"{what} {i}: field '{key}' contains {problem}")
            return
    yield src, text.replace("\r\n", "\n").replace("\r", "\n"), _clean_meta(rec), False


# --------------------------------------------------------------------------- files and folders


def _same_file(a: Path, b: Path | None) -> bool:
    try:
        return b is not None and os.path.samefile(a, b)
    except OSError:
        return False


def _load_manifest(path: Path) -> dict[str, dict] | IngestError:
    try:
        return read_manifest(path)
    except UnicodeDecodeError as e:
        return IngestError(path.name, f"manifest not UTF-8 (byte offset {e.start}); re-encode it as UTF-8")
    except (OSError, csv.Error, ValueError) as e:
        return IngestError(path.name, f"unreadable manifest: {getattr(e, 'strerror', None) or e}")


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
        if _is_manifest_candidate(f):
            m = _load_manifest(f)
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


def _file_records(path: Path, max_bytes: int) -> Iterator[tuple[str, str, dict, bool] | IngestError]:
    name, suffix = path.name, path.suffix.lower()
    if suffix not in SUFFIXES:
        yield IngestError(name, f"unsupported file type {path.suffix or '(no suffix)'}; "
                                f"expected one of {', '.join(SUFFIXES)}")
        return
    data = _read(path, max_bytes)
    if isinstance(data, IngestError):
        yield data
        return
    if not data:
        yield IngestError(name, "empty file (0 bytes)")
        return
    text = _decode(data, name)
    if isinstance(text, IngestError):
        yield text
        return
    if not text.replace("\ufeff", "").strip():
        yield IngestError(name, "empty file (whitespace only, no text)")
        return
    yield from _records(name, suffix, text)


def iter_ingest(paths: Iterable[str | Path] | str | Path, manifest: str | Path | None = None,
                max_bytes: int = MAX_BYTES_DEFAULT,
                select: Callable[[Path], bool] | None = None) -> Iterator[Document | IngestError]:
    """Documents of the given files and folders, streamed in a stable order, with one
    IngestError per bad input (and a "duplicate of ..." note per repeated text).

    ``select(path)``, when given, is asked about each document file (as walked: a folder
    given as an absolute path gives absolute paths) just before it is read, in order; a
    False answer skips it. Manifests are read all the same (the nightly job reads only new
    or changed files, with their folders' metadata)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    given: dict[str, dict] = {}
    skip = Path(manifest) if manifest else None
    if skip is not None:
        m = _load_manifest(skip)
        if isinstance(m, IngestError):
            yield m
        else:
            given = m
    seen: dict[str, str] = {}
    for item in _walk(paths, skip):
        if isinstance(item, IngestError):
            yield item
            continue
        path, chain, walked = item
        manifests = (given, *chain)
        if walked and NOT_COVERAGE.match(path.name) and not any(path.name in m for m in manifests):
            continue  # a folder's README or LICENCE, not coverage
        if select is not None and not select(path):
            continue
        try:
            for rec in _file_records(path, max_bytes):
                if isinstance(rec, IngestError):
                    yield rec
                    continue
                src, text, own, own_is_fallback = rec
                layers = [m.get(src) or m.get(path.name) or {} for m in manifests]
                layers = layers + [own] if own_is_fallback else [own] + layers
                meta = {k: next((layer[k] for layer in layers if layer.get(k)), None) for k in META_FIELDS}
                doc_id = doc_id_for(text)
                if doc_id in seen:
                    yield IngestError(src, f"duplicate of {seen[doc_id]} (the same text after normalisation); "
                                           "skipped, not an error")
                    continue
                seen[doc_id] = src
                meta["published"], note = dates.published(meta["published"], src)
                yield from (note,) if note else ()
                yield Document(doc_id=doc_id, source=src, text=text, **meta)
        except Exception as e:  # never raise for a bad file: whatever went wrong is this file's error
            yield IngestError(path.name, f"could not be read: {e.__class__.__name__}: {e}")


def ingest(paths: Iterable[str | Path] | str | Path, manifest: str | Path | None = None,
           max_bytes: int = MAX_BYTES_DEFAULT) -> tuple[list[Document], list[IngestError]]:
    """(documents, errors) of :func:`iter_ingest`, collected."""
    docs: list[Document] = []
    errors: list[IngestError] = []
    for item in iter_ingest(paths, manifest, max_bytes):
        (errors if isinstance(item, IngestError) else docs).append(item)
    return docs, errors
