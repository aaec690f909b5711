"""PDFs with a text layer (UN documents, ministry statements), through pypdf.

pypdf (https://pypdf.readthedocs.io) is a well-kept, pure-Python PDF library: no compiled
dependency to install on a server or a Dask worker, and several times faster than
pdfminer.six's layout analysis, which a statement's text does not need (pypdf reads a page's
text in the order its content stream draws it, which for documents produced by a word
processor is the reading order).

The document's text is built from the text layer:

* running headers and footers -- a line at the top or bottom of a page that recurs, digits
  aside, on most pages ("Page 3 of 12", "A/77/PV.5", "Ministry of Foreign Affairs") -- and
  bare page numbers are dropped;
* a word hyphenated at a line's end is joined ("nego-" + "tiations" -> "negotiations");
  a line that does not end a sentence is joined to the next with a space, also across a
  page break;
* paragraphs (a line ending a sentence, or a short line such as a heading, followed by one
  starting with a capital) are separated by a blank line.

A PDF without any text (a scan) is one clear error: it needs OCR first.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter

from ..model import IngestError

EDGE_LINES = 3  # a running header or footer is among a page's first or last lines
RECURRING_SHARE = 0.5  # ... and recurs (digits aside) on at least this share of the pages
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?…:;\"”’)]$")
_HYPHENATED = re.compile(r"(?<=[A-Za-zÀ-ÿ])[-\u00ad]$")


def _shape(line: str) -> str:
    """A line as far as recurring goes: digits as '#', whitespace collapsed, case folded."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line)).strip().casefold()


def _page_lines(texts: list[str]) -> list[list[str]]:
    """Each page's lines without its running header/footer lines and page numbers."""
    pages = [[ln.strip() for ln in t.splitlines() if ln.strip()] for t in texts]
    recurring: set[str] = set()
    if len(pages) >= 2:
        seen: Counter[str] = Counter()
        for lines in pages:
            seen.update({_shape(ln) for ln in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
        need = max(2, RECURRING_SHARE * len(pages))
        recurring = {s for s, n in seen.items() if n >= need}
    out = []
    for lines in pages:
        keep = []
        for i, ln in enumerate(lines):
            edge = i < EDGE_LINES or i >= len(lines) - EDGE_LINES
            if _PAGE_NUMBER.match(ln) and edge:
                continue
            if edge and _shape(ln) in recurring:
                continue
            keep.append(ln)
        out.append(keep)
    return out


def _join(pages: list[list[str]]) -> str:
    paras: list[str] = []
    cur = ""
    prev = ""  # the previous line as printed
    for lines in pages:
        full = max((len(ln) for ln in lines), default=0)  # a full line of this page's text
        for ln in lines:
            if not cur:
                cur = ln
            elif _HYPHENATED.search(cur) and ln[:1].islower():
                cur = cur[:-1] + ln  # "nego-" + "tiations"
            elif not ln[:1].islower() and (_ENDS_SENTENCE.search(cur) or len(prev) < 0.6 * full):
                paras.append(cur)  # a sentence ended, or a short line (a heading) before a new one
                cur = ln
            else:
                cur = f"{cur} {ln}"
            prev = ln
    if cur:
        paras.append(cur)
    return "\n\n".join(paras) + "\n" if paras else ""


def _iso(value) -> str | None:
    try:
        return value.strftime("%Y-%m-%d") if value else None
    except (AttributeError, ValueError):
        return None


def read_pdf(data: bytes, name: str) -> tuple[str, dict] | IngestError:
    """(text, metadata: title, author, published from the PDF's creation date) or an error."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged xref is repaired quietly
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return IngestError(name, "encrypted PDF (a password is needed to read its text)")
        texts = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        return IngestError(name, f"not a readable PDF: {e}")
    if not any(t.strip() for t in texts):
        return IngestError(name, f"no text layer in this PDF ({len(texts)} page(s) of images, a scan?); "
                                 "run OCR on it first (e.g. ocrmypdf) and ingest the result")
    text = _join(_page_lines(texts))
    meta: dict = {}
    try:
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, TypeError):
        info = None
    if info is not None:
        title = str(info.title or "").strip()
        if (title.startswith("Microsoft Word") or re.search(r"\.(docx?|pdf|rtf|odt)$", title, re.I)
                or title.casefold() in ("untitled", "untitled document", "document", "title")):
            title = ""  # a file name the word processor put there, not a title
        try:
            created = info.creation_date
        except (ValueError, TypeError):  # a malformed date string
            created = None
        meta = {"title": title or None, "author": str(info.author or "").strip() or None,
                "published": _iso(created)}
    return text, meta
