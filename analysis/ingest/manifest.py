"""Metadata: manifests (a CSV with a ``file`` column) and the fields a record or page gives.

Fields: title, published, outlet, url, kind, speaker (and, for pages, author). A manifest
overrides what a saved page says about itself; a record's own fields (JSON/CSV) win over it.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..model import IngestError

MANIFEST_NAMES = ("manifest.csv", "index.csv")
META_FIELDS = ("title", "published", "outlet", "url", "kind", "speaker", "author")
# "page": text extracted from a saved HTML page (headline, body, then its reader comments)
KINDS = ("transcript", "speech", "article", "comments", "rawpage", "page")


def _kind(value) -> str | None:
    """"transcript-whitehouse" -> "transcript": the word before the first hyphen, one of KINDS."""
    if not value:
        return None
    word = str(value).strip().lower().split("-")[0].strip()
    word = {"transcripts": "transcript", "speeches": "speech", "articles": "article",
            "comment": "comments", "rawpages": "rawpage"}.get(word, word)
    return word if word in KINDS else None


def clean_meta(rec: dict) -> dict:
    """title/published/outlet/url/kind/speaker/author from a manifest row or a record; None if absent."""
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


def lower_keys(row: dict) -> dict:
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
            row = lower_keys(row)
            name = (row.get("file") or "").strip()
            if name:
                out[Path(name).name] = clean_meta(row)  # "x.jsonl#2" may describe one record
    return out


def is_manifest_candidate(path: Path) -> bool:
    """A manifest.csv/index.csv that is not itself a CSV of documents (no 'text' column)."""
    if path.name.lower() not in MANIFEST_NAMES:
        return False
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = [h.strip().lower() for h in next(csv.reader(fh), [])]
    except (OSError, UnicodeDecodeError, csv.Error):
        return True  # read_manifest will report why it cannot be read
    return "text" not in header




def load_manifest(path: Path) -> dict[str, dict] | IngestError:
    """read_manifest, or one IngestError saying why it cannot be read."""
    try:
        return read_manifest(path)
    except UnicodeDecodeError as e:
        return IngestError(path.name, f"manifest not UTF-8 (byte offset {e.start}); re-encode it as UTF-8")
    except (OSError, csv.Error, ValueError) as e:
        return IngestError(path.name, f"unreadable manifest: {getattr(e, 'strerror', None) or e}")
