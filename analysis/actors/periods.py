"""The dates of a role in the registry's files and of a query: a day, a month or a year,
as ISO days and day ordinals."""
from __future__ import annotations

import calendar
import datetime as _dt
import re

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_FAR = _dt.date.max.toordinal()


def _parse_date(value, origin: str, what: str, end: bool) -> tuple[str | None, int]:
    """A date from a file: "", "YYYY", "YYYY-MM" or "YYYY-MM-DD" (or a TOML date) ->
    (ISO day, ordinal). A year or month is widened: to its first day for a start, its last for an end."""
    if value is None or value == "":
        return None, (_FAR if end else 1)
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat(), value.toordinal()
    m = _DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    try:
        if not m:
            raise ValueError
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        if d:
            day = _dt.date(y, int(mo), int(d))
        elif mo:
            day = _dt.date(y, int(mo), calendar.monthrange(y, int(mo))[1] if end else 1)
        else:
            day = _dt.date(y, 12, 31) if end else _dt.date(y, 1, 1)
    except ValueError:
        raise ValueError(f"{origin}: {what}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
    return day.isoformat(), day.toordinal()


def _query_span(date) -> tuple[int, int] | None:
    """The days a query date covers: a day, a month ("2022-03") or a year ("2022")."""
    if isinstance(date, _dt.datetime):
        date = date.date()
    if isinstance(date, _dt.date):
        return date.toordinal(), date.toordinal()
    m = _DATE.match(str(date).strip())
    if not m:
        return None
    try:
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        if d:
            o = _dt.date(y, int(mo), int(d)).toordinal()
            return o, o
        if mo:
            mo = int(mo)
            return _dt.date(y, mo, 1).toordinal(), _dt.date(y, mo, calendar.monthrange(y, mo)[1]).toordinal()
        return _dt.date(y, 1, 1).toordinal(), _dt.date(y, 12, 31).toordinal()
    except ValueError:
        return None

