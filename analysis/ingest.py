"""Read documents from files: text, markdown, HTML, JSON, JSON Lines, CSV, plus a manifest.

A document keeps its text exactly as read (UTF-8, newlines translated as Python's text
mode does), so statement offsets refer to what a reader of the file sees. A bad input
(binary, not UTF-8, empty, too large, unreadable, a record without text) yields one
``IngestError`` naming it, and the batch goes on.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from .model import Document, IngestError

# 20 MiB: ten times the longest transcript we have seen (a 60 KB White House briefing is
# 0.3% of it) yet small enough that one bad file cannot exhaust a worker's memory.
MAX_BYTES_DEFAULT = 20 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")
MANIFEST_NAMES = ("manifest.csv", "index.csv")
# A folder's own documentation is not coverage: skipped when walking a folder (a file named
# on the command line is always read).
NOT_COVERAGE = re.compile(r"^(readme|license|licence|changelog|notice)(\.\w+)?$", re.I)
META_FIELDS = ("title", "published", "outlet", "url", "kind", "speaker")
csv.field_size_limit(MAX_BYTES_DEFAULT)


def normalise_for_id(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    t = t.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    return re.sub(r"\s+", " ", t).strip().casefold()


def doc_id_for(text: str) -> str:
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- manifests


def _kind(value: str | None) -> str | None:
    if not value:
        return None
    word = value.strip().lower().split("-")[0]
    return {"transcripts": "transcript", "speeches": "speech", "articles": "article", "comment": "comments"}.get(word, word)


def read_manifest(path: str | Path) -> dict[str, dict]:
    """file name -> metadata, from a CSV with a `file` column (title, published/date, outlet,
    url, kind, speaker)."""
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            name = (row.get("file") or "").strip()
            if not name:
                continue
            meta = {k: (row.get(k) or "").strip() or None for k in META_FIELDS}
            meta["published"] = meta["published"] or (row.get("date") or "").strip() or None
            meta["kind"] = _kind(meta["kind"])
            if meta["speaker"]:
                meta["speaker"] = meta["speaker"].split(" (")[0].strip() or None
            out[Path(name).name] = meta
    return out


def _is_manifest(path: Path) -> bool:
    if path.name not in MANIFEST_NAMES:
        return False
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh), [])
    except (OSError, UnicodeDecodeError):
        return False
    return "file" in header and "text" not in header


# --------------------------------------------------------------------------- HTML


class _Visible(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "article",
             "section", "header", "footer", "nav", "blockquote", "pre", "main", "aside", "figure", "figcaption", "hr"}
    HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if not self.hidden:
            self.parts.append(data)


def html_text(markup: str) -> tuple[str, str | None]:
    """The visible text of an HTML page, paragraphs on lines of their own, and its <title>."""
    p = _Visible()
    p.feed(markup)
    p.close()
    text = "".join(p.parts)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    out, blank = [], False
    for ln in lines:
        if ln:
            out.append(ln)
            blank = False
        elif not blank and out:
            out.append("")
            blank = True
    title = re.sub(r"\s+", " ", "".join(p.title)).strip() or None
    return "\n".join(out).strip() + "\n", title


# --------------------------------------------------------------------------- files


def _decode(data: bytes, name: str) -> str | IngestError:
    if b"\0" in data[:8192]:
        return IngestError(name, "binary file (contains NUL bytes); expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return IngestError(name, f"not UTF-8 (invalid byte 0x{data[e.start]:02x} at byte offset {e.start}); "
                                 "re-encode the file as UTF-8")
    sample = text[:8192]
    if sample and sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f") > 0.1 * len(sample):
        return IngestError(name, "binary file (mostly control characters); expected UTF-8 text")
    # newlines as Python's text mode reads them, so offsets match Path.read_text()
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _records(path: Path, text: str) -> Iterator[tuple[str, dict] | IngestError]:
    """(text, metadata) for each document of a file, or an error per bad record."""
    name, suffix = path.name, path.suffix.lower()
    if suffix in (".txt", ".md"):
        yield text, {}
    elif suffix in (".html", ".htm"):
        body, title = html_text(text)
        yield body, {"title": title}
    elif suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            yield IngestError(name, f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}")
            return
        items = data if isinstance(data, list) else [data]
        for i, rec in enumerate(items, 1):
            yield from _record(name, i, rec, len(items) > 1)
    elif suffix == ".jsonl":
        lines = text.split("\n")
        many = sum(1 for ln in lines if ln.strip()) > 1
        for i, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield IngestError(f"{name}#{i}", f"invalid JSON on line {i}: {e.msg}")
                continue
            yield from _record(name, i, rec, many)
    elif suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if "text" not in (reader.fieldnames or []):
            yield IngestError(name, "CSV without a 'text' column (one document per row)")
            return
        rows = list(reader)
        for i, row in enumerate(rows, 1):
            yield from _record(name, i, row, len(rows) > 1)


def _record(name: str, i: int, rec, many: bool) -> Iterator[tuple[str, dict] | IngestError]:
    src = f"{name}#{i}" if many else name
    if not isinstance(rec, dict):
        yield IngestError(src, f"record {i} is not an object with a 'text' field")
        return
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        yield IngestError(src, f"record {i} has no text (a non-empty 'text' field is required)")
        return
    meta = {k: (str(rec[k]).strip() or None) if rec.get(k) not in (None, "") else None for k in META_FIELDS}
    meta["published"] = meta["published"] or (str(rec["date"]).strip() if rec.get("date") else None)
    meta["kind"] = _kind(meta.get("kind"))
    meta["_source"] = src
    yield text.replace("\r\n", "\n").replace("\r", "\n"), meta


def _walk(paths: Iterable[str | Path]) -> Iterator[tuple[Path, dict[str, dict]] | IngestError]:
    for p in paths:
        p = Path(p)
        if p.is_dir():
            manifest: dict[str, dict] = {}
            files = sorted(f for f in p.rglob("*") if f.is_file() and not NOT_COVERAGE.match(f.name)
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            for f in files:
                if _is_manifest(f):
                    try:
                        manifest.update(read_manifest(f))
                    except (OSError, UnicodeDecodeError, csv.Error) as e:
                        yield IngestError(f.name, f"unreadable manifest: {e}")
            for f in files:
                if not _is_manifest(f):
                    yield f, manifest
        elif p.exists():
            yield p, {}
        else:
            yield IngestError(str(p), "no such file or directory")


def iter_ingest(paths: Iterable[str | Path], manifest: str | Path | None = None,
                max_bytes: int = MAX_BYTES_DEFAULT) -> Iterator[Document | IngestError]:
    """Documents of the given files and folders, in a stable order, one error per bad input."""
    given = read_manifest(manifest) if manifest else {}
    seen: dict[str, str] = {}
    for item in _walk(paths):
        if isinstance(item, IngestError):
            yield item
            continue
        path, found = item
        name = path.name
        if path.suffix.lower() not in SUFFIXES:
            yield IngestError(name, f"unsupported file type {path.suffix or '(none)'}; expected one of {', '.join(SUFFIXES)}")
            continue
        try:
            size = path.stat().st_size
            if size > max_bytes:
                yield IngestError(name, f"too large ({size:,} bytes; the limit is {max_bytes:,}; raise it with --max-bytes)")
                continue
            data = path.read_bytes()
        except FileNotFoundError:
            yield IngestError(name, "vanished before it could be read")
            continue
        except OSError as e:
            yield IngestError(name, f"cannot read: {e.strerror or e}")
            continue
        text = _decode(data, name)
        if isinstance(text, IngestError):
            yield text
            continue
        if not text.strip():
            yield IngestError(name, "empty file (no text)")
            continue
        meta_file = {**found.get(name, {}), **{k: v for k, v in given.get(name, {}).items() if v}}
        for rec in _records(path, text):
            if isinstance(rec, IngestError):
                yield rec
                continue
            body, meta = rec
            src = meta.pop("_source", name)
            meta = {k: meta.get(k) or meta_file.get(k) for k in META_FIELDS}
            doc_id = doc_id_for(body)
            if doc_id in seen:
                yield IngestError(src, f"duplicate of {seen[doc_id]} (same text); ingested once")
                continue
            seen[doc_id] = src
            yield Document(doc_id=doc_id, source=src, text=body, **meta)


def ingest(paths: Iterable[str | Path], manifest: str | Path | None = None,
           max_bytes: int = MAX_BYTES_DEFAULT) -> tuple[list[Document], list[IngestError]]:
    docs: list[Document] = []
    errors: list[IngestError] = []
    for item in iter_ingest(paths, manifest, max_bytes):
        (errors if isinstance(item, IngestError) else docs).append(item)
    return docs, errors


def is_duplicate(err: IngestError) -> bool:
    """A duplicate is a note, not a failure."""
    return err.reason.startswith("duplicate of")
