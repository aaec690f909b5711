"""Publication dates: whatever a manifest, a JSON field or a page says, as ISO 8601 at the
precision the source gives (DESIGN.md's export contract): ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``; None when there is none or it cannot be read for sure.

Parsing is python-dateutil's (``dateutil.parser``), with three rules of our own on top:

* **Precision is the source's.** dateutil fills a missing day or month from its default
  date; we parse twice with two different defaults, and a part that changes with the default
  was not in the text: ``March 2022`` is ``2022-03``, ``2022`` is ``2022``. A date without a
  year (``March 1``) is refused: guessing the year would make it wrong by a year.
* **Numeric day/month order is never guessed.** ``03/02/2022`` is 3 February in most of the
  world and March 2 in the US. When both numbers could be the month (both <= 12 and
  different) the date is refused as ambiguous; when one is above 12 it is the day
  (``15/03/2022``, ``03/15/2022``); when both are equal the order does not matter. A
  two-digit year in such a date is refused too (``03/02/22``). Year-first dates
  (``2022/03/02``, ``2022-3-2``) are read year, month, day, as ISO 8601 writes them.
* **The calendar day is the one written.** ``2022-03-01T23:30:00-05:00`` is ``2022-03-01``:
  the source's own day, not converted to UTC.

Nothing is fuzzy-matched: text around a date (``Updated: March 1, 2022``) is refused rather
than mined, so a stored date is always one the source gave.
"""
from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as _parser

from .model import IngestError

# since/until filters and stored dates: a year, a month or a day (the export contract)
ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_NUMERIC_DMY = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})(?![\d./-])")
_DEFAULTS = (datetime(1, 1, 1), datetime(2, 2, 2))  # two defaults: a part that follows them was missing
MIN_YEAR, MAX_YEAR = 1000, 9999  # four-digit years: what ISO 8601's YYYY holds


class DateError(ValueError):
    """A date that cannot be stored: why, in one line."""


def is_iso(value: str | None) -> bool:
    """Whether `value` is already a valid ISO date at year, month or day precision."""
    if not value or not ISO_DATE.fullmatch(value) or int(value[:4]) < MIN_YEAR:
        return False
    try:
        datetime.strptime(value + "-01-01"[len(value) - 4:], "%Y-%m-%d")
    except ValueError:
        return False
    return True


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(f"year {year} is not a four-digit year")
    datetime(year, month or 1, day or 1)  # ValueError for 2022-02-30
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


def _numeric(m: re.Match) -> str:
    a, b, year = int(m.group(1)), int(m.group(3)), m.group(4)
    if len(year) != 4:
        raise DateError("a two-digit year is not a date to guess the century of")
    if a > 12 and b > 12:
        raise DateError("neither number can be the month")
    if a <= 12 and b <= 12 and a != b:
        raise DateError("day and month could be either way round: write it as YYYY-MM-DD")
    day, month = (a, b) if a > 12 or a == b else (b, a)
    return _iso(int(year), month, day)


def parse(value: str | None) -> str | None:
    """`value` as ISO 8601 at its own precision; None for no date; DateError (a ValueError
    saying why) for one that cannot be read for sure."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if is_iso(text):
        return text
    m = _NUMERIC_DMY.search(text)
    if m is not None:
        if text[:m.start()].strip() or not re.fullmatch(r"[\sT]*([\d:.]+\s*([AaPp][Mm])?\s*"
                                                        r"(Z|[A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?)?\s*",
                                                        text[m.end():]):
            raise DateError("not a date on its own")
        return _numeric(m)
    try:
        a, b = (_parser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError, _parser.ParserError) as e:
        raise DateError("not a date") from e
    if a.year != b.year:
        raise DateError("no year")
    month = a.month if a.month == b.month else None
    day = a.day if a.day == b.day and month else None
    return _iso(a.year, month, day)


def published(value: str | None, source: str) -> tuple[str | None, IngestError | None]:
    """A document's `published` as stored: (ISO date or None, None), or (None, a note
    naming `source` and the date that could not be read: the document is stored undated)."""
    try:
        return parse(value), None
    except DateError as e:
        shown = str(value).strip().replace("\n", " ")[:60]
        return None, IngestError(source, f"published date {shown!r} not understood ({e}); stored undated",
                                 note=True)
