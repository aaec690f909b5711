"""Records: plain text and markdown files, JSON, JSON Lines and CSV (a ``text`` field each)."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from typing import Iterator

from ..model import IngestError
from .manifest import clean_meta, lower_keys


HEAD_LINES = 15  # bylines and datelines are read among a page's first lines only
_DATE_FORMATS = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%B %Y", "%b %Y")


def iso_date(text: str) -> str | None:
    """"September 18, 2018", "Sept. 18, 2018 at 5:02 pm", "18 September 2018", "Monday,
    2019-12-10, Paris" -> ISO 8601 at the precision given (YYYY-MM-DD or YYYY-MM); else None."""
    t = re.sub(r"^\w+day,?\s+", "", text.strip())
    t = re.split(r"\s+(?:at\s+)?\d{1,2}:\d{2}|,\s*[A-Z][a-z]+$", t)[0]
    t = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", t).replace(",", " ").replace(".", " ")
    t = re.sub(r"\bSept\b", "Sep", re.sub(r"\s+", " ", t)).strip()
    for fmt in _DATE_FORMATS:
        try:
            d = datetime.strptime(t, fmt)
        except ValueError:
            continue
        return d.strftime("%Y-%m") if "%d" not in fmt else d.strftime("%Y-%m-%d")
    return None


def page_metadata(text: str) -> dict:
    """author and published from a byline ("By Jane Doe, Reuters") and a dateline line among
    the first lines of a plain-text page, as the segmenter's cues recognise them."""
    from ..segment import cues  # the same cues that make these lines furniture

    c = cues()
    meta: dict = {}
    n = 0
    for line in text.split("\n"):
        t = line.strip()
        if not t:
            continue
        n += 1
        if n > HEAD_LINES:
            break
        if "author" not in meta and t.startswith("By ") and len(t) <= 90 and c.byline.match(t):
            meta["author"] = re.split(r"\s*[,|]\s*(?=[A-Z][\w &-]*$)", t[3:])[0].strip() or None
        elif "published" not in meta and len(t) <= 48 and c.dateline.match(t):
            iso = iso_date(t)
            if iso:
                meta["published"] = iso
    return meta


def bad_unicode(value: str) -> str | None:
    """Why a parsed string cannot be stored: a lone surrogate (from a JSON escape) or a NUL."""
    if "\0" in value:
        return "a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        return f"a lone surrogate (\\u{ord(value[e.start]):04x}), which is not valid Unicode"
    return None


def records(name: str, suffix: str, text: str) -> Iterator[tuple[str, str, dict, bool] | IngestError]:
    """(source, text, own metadata, metadata is only a fallback) per document in the decoded
    text of a .txt/.md/.json/.jsonl/.csv file, or an IngestError per bad record."""
    if suffix in (".txt", ".md"):
        # a byline or dateline near the top is metadata, used where no manifest says otherwise
        yield name, text, page_metadata(text), True
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
                yield from _record(name, f"{name}#{n}", n, lower_keys(row), what="row")
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
        problem = bad_unicode(value) if isinstance(value, str) else None
        if problem:
            yield IngestError(src, f"{what} {i}: field '{key}' contains {problem}")
            return
    yield src, text.replace("\r\n", "\n").replace("\r", "\n"), clean_meta(rec), False
