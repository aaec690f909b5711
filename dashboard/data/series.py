"""Statements, tone and escalation per actor and period (day, week, month) from the daily and
monthly rollups, with documents dated only to a year or a month kept as spans of their own."""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import math

import pandas as pd
from sqlalchemy import Date, and_, case, cast, func, select
from sqlalchemy.engine import Engine

from analysis import store
from analysis.store import documents, speaker_day, speaker_doc, speaker_month

from .cache import cached, shown_names
from .filters import Filters, _agg_conds
from .rollups import TOP_SERIES, _actor_sums, _cut_months, _rollup_conds


def _day(published: pd.Series) -> pd.Series:
    """published (YYYY, YYYY-MM or YYYY-MM-DD, as stored) -> a Timestamp (NaT when not a date)."""
    p = published.fillna("").str.slice(0, 10)
    p = p.where(p.str.len() != 4, p + "-01-01")
    p = p.where(p.str.len() != 7, p + "-01")
    return pd.to_datetime(p, format="%Y-%m-%d", errors="coerce")


def _precision(key: pd.Series) -> pd.Series:
    """How precisely each published key dates its statements: "year", "month" or "day"."""
    n = key.fillna("").str.len()
    return n.map(lambda k: "year" if k == 4 else "month" if k == 7 else "day")


RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@cached
def actor_series(engine: Engine, f: Filters, freq: str = "month", smooth: int = 1) -> pd.DataFrame:
    """Statements, mean tone and escalation (with 95 % intervals) per actor and period
    (day/week/month), the means smoothed by a rolling mean over `smooth` periods (weighted
    by statements). The chosen actors, or the TOP_SERIES largest under the filters.

    Statements of documents dated only to a year or a month coarser than `freq` are not
    put on the period's first day: they are a row of their own spanning their year or
    month (`period` .. `period_end`, `partial` true), never smoothed into the others."""
    sd = speaker_doc
    names = list(f.actors) or _actor_sums(engine, f)["actor"].head(TOP_SERIES).tolist()
    cols = ["actor", "period", "period_end", "partial", "statements", "scored", "tone", "tone_ci95", "escalation",
            "escalation_ci95"]
    if not names:
        return pd.DataFrame(columns=cols)
    sums = ("statements", "scored", "tone_sum", "tone_sq", "escalation_sum", "escalation_sq")
    if f.doc:  # one document: its own rows
        q = (select(sd.c.speaker, documents.c.published, *(func.sum(sd.c[n]) for n in sums))
             .select_from(sd.join(documents, sd.c.doc_id == documents.c.doc_id))
             .where(and_(store.spelled(sd.c.speaker, names), *_agg_conds(f.with_(actors=()), sd)))
             .group_by(sd.c.speaker, documents.c.published))
    elif freq == "month" and not _cut_months(f):  # whole months: the monthly rollup has them
        m = speaker_month
        q = (select(m.c.speaker, m.c.month, *(func.sum(m.c[n]) for n in sums))
             .where(and_(store.spelled(m.c.speaker, names), *_rollup_conds(f.with_(actors=()), m)))
             .group_by(m.c.speaker, m.c.month))
    else:  # the daily rollup: a date filter down to the day is exact on it
        day = speaker_day
        period = (func.substr(day.c.day, 1, 7) if freq == "month" else _week_of(engine, day.c.day)
                  if freq == "week" else day.c.day)  # months and weeks grouped in SQL: fewer rows
        q = (select(day.c.speaker, period, *(func.sum(day.c[n]) for n in sums))
             .where(and_(store.spelled(day.c.speaker, names), *_rollup_conds(f.with_(actors=()), day, "day")))
             .group_by(day.c.speaker, period))
    with engine.connect() as c:
        rows = c.execute(q).all()
        shown = shown_names(c.engine)
    if shown:  # a person's spellings, one line under the display name (_series_rows adds them up)
        rows = [(shown.get(r[0], r[0]), *r[1:]) for r in rows]
    out = _series_rows(rows, freq, max(1, int(smooth or 1)))
    if not out:
        return pd.DataFrame(columns=cols)
    order = {a: i for i, a in enumerate(names)}
    out.sort(key=lambda r: (order.get(r[0], len(order)), r[3], r[1]))
    return pd.DataFrame(out, columns=cols)


def _week_of(engine: Engine, day):
    """SQL: the Monday starting the week of a day key "YYYY-MM-DD" (a year or month key as it is)."""
    if engine.dialect.name == "sqlite":
        monday = func.date(day, "-6 days", "weekday 1")
    else:
        monday = func.to_char(func.date_trunc("week", cast(day, Date)), "YYYY-MM-DD")
    return case((func.length(day) == 10, monday), else_=day)


@functools.lru_cache(maxsize=65536)
def _start_of(key: str, freq: str) -> str | None:
    """The first day of the `freq` period holding a day "YYYY-MM-DD" (None when not a date)."""
    try:
        d = dt.date.fromisoformat(key)
    except ValueError:
        return None
    if freq == "week":  # weeks start on Monday (pandas' W: weeks ending on Sunday)
        d -= dt.timedelta(days=d.weekday())
    elif freq == "month":
        d = d.replace(day=1)
    return d.isoformat()


def _span(key: str) -> tuple[str, str] | None:
    """A year or month key ("2022", "2022-03") as its first and last day (None when not one)."""
    try:
        y = int(key[:4])
        if len(key) == 4:
            return f"{y:04d}-01-01", f"{y:04d}-12-31"
        m = int(key[5:7])
        return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    except ValueError:
        return None


def _r4(x):
    return None if x is None else round(x, 4)


def _series_rows(rows, freq: str, win: int) -> list[tuple]:
    """actor_series' rows from (actor, published key, *sums) rows, in plain Python: a few
    thousand rows cost pandas ten times what they cost here (bench/callbacks.py, cold)."""
    rank = RANK.get(freq, 2)
    groups: dict = {}
    for actor, key, *vals in rows:
        key = (key or "")[:10]
        prec = "year" if len(key) == 4 else "month" if len(key) == 7 else "day"
        if RANK[prec] > rank:  # dated only to a year (or a month) coarser than the period: a span
            span = _span(key)
            if span is None:
                continue
            k = (actor, True, span[0])
            end = span[1]
        else:
            day = key if len(key) == 10 else (_span(key) or ("",))[0]
            start = _start_of(day, freq) if day else None
            if start is None:
                continue
            k, end = (actor, False, start), ""
        g = groups.get(k)
        if g is None:
            groups[k] = [end, *vals]
        else:
            g[0] = max(g[0], end)
            for i, v in enumerate(vals, 1):
                g[i] += v
    out = []
    lines: dict = {}
    for (actor, part, period), g in groups.items():
        lines.setdefault((actor, part), []).append((period, g))
    for (actor, part), pts in lines.items():
        pts.sort(key=lambda p: p[0])
        w = 1 if part else win
        for i, (period, (end, st, sc, ts, tq, es, eq)) in enumerate(pts):
            if w > 1:  # the means over the last `w` periods (weighted by statements)
                seg = [p[1] for p in pts[max(0, i - w + 1):i + 1]]
                n, ts, tq, es, eq = (sum(x[k] for x in seg) for k in (2, 3, 4, 5, 6))
            else:
                n = sc
            tone = esc = tci = eci = None
            if n and n > 0:
                tone, esc = ts / n, es / n
                tci = 1.96 * math.sqrt(max(tq / n - tone * tone, 0.0)) / math.sqrt(n)
                eci = 1.96 * math.sqrt(max(eq / n - esc * esc, 0.0)) / math.sqrt(n)
            out.append((actor, period, end, bool(part), int(st), int(sc), _r4(tone), _r4(tci), _r4(esc), _r4(eci)))
    return out
