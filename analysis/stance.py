"""Each speaker's stance toward the actors they talk about.

For every (speaker, target) pair — a statement's speaker and each actor among its
``targets`` — the statements in which the speaker talks about the target: how many, the
mean tone and mean escalation over the scored ones, and the first and last published
dates. Speakers in parentheses ("(narrator)", "(unknown commenter)", "(spam)",
"(reporter)", "(unnamed …)") are not actors and are left out, and so is spam and a
speaker's mention of itself.

Rows are statement export rows (dicts with ``speaker``, ``targets``, ``tone``,
``escalation``, ``published``, ``section``; ``targets`` a list or a ";"-joined string) or
:class:`~analysis.model.Statement` objects (their date from ``published[doc_id]`` or
``extra["published"]``). A plain function over plain data: the dashboard and the export
call it on whatever rows they have selected.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from .model import Statement, stance_targets

STANCE_COLUMNS = ("speaker", "target", "statements", "tone", "escalation", "first", "last")


def _targets(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(";")
    out = []
    for t in value:
        t = str(t).strip()
        if t and t not in out:
            out.append(t)
    return out


def _number(value) -> float | None:
    if value is None or value == "":
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x  # NaN (a pandas gap) is no score


def _fields(row, published: Mapping[str, str] | None) -> tuple:
    if isinstance(row, Statement):
        date = (published or {}).get(row.doc_id) or (row.extra or {}).get("published")
        return row.speaker, row.section, row.targets, row.tone, row.escalation, date
    get = row.get
    date = get("published")
    if not date and published is not None:
        date = published.get(get("doc_id"))
    return get("speaker"), get("section"), get("targets"), get("tone"), get("escalation"), date


def stance(rows: Iterable[dict | Statement], published: Mapping[str, str] | None = None) -> list[dict]:
    """One dict per (speaker, target) with the keys of ``STANCE_COLUMNS``.

    ``statements`` counts the speaker's statements about the target; ``tone`` and
    ``escalation`` are means over those that carry the score (None when none does),
    rounded to 4 places; ``first``/``last`` are the earliest and latest published dates
    (ISO strings, None when no statement has one). ``published`` maps doc_id to date for
    rows that lack one. Sorted by speaker, then most statements first, then target."""
    acc: dict[tuple[str, str], list] = {}
    for row in rows:
        speaker, section, targets, tone, esc, date = _fields(row, published)
        speaker = (speaker or "").strip()
        about = stance_targets(speaker, section, _targets(targets))
        if not about:
            continue
        tone, esc = _number(tone), _number(esc)
        date = None if date in (None, "") or (isinstance(date, float) and math.isnan(date)) else str(date).strip()
        for target in about:
            a = acc.setdefault((speaker, target), [0, 0.0, 0, 0.0, 0, None, None])
            a[0] += 1
            if tone is not None:
                a[1] += tone
                a[2] += 1
            if esc is not None:
                a[3] += esc
                a[4] += 1
            if date:
                a[5] = date if a[5] is None or date < a[5] else a[5]
                a[6] = date if a[6] is None or date > a[6] else a[6]
    out = [
        {"speaker": s, "target": t, "statements": a[0],
         "tone": round(a[1] / a[2], 4) if a[2] else None,
         "escalation": round(a[3] / a[4], 4) if a[4] else None,
         "first": a[5], "last": a[6]}
        for (s, t), a in acc.items()
    ]
    out.sort(key=lambda r: (r["speaker"].lower(), -r["statements"], r["target"].lower()))
    return out
