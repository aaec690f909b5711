"""Reads for the comparisons: one actor's stance both ways (actor page), a dyad over time
(A toward B and B toward A), and what changed between two periods (overview)."""
from __future__ import annotations

import datetime as dt
import math

import pandas as pd
from sqlalchemy import and_, func, select, true
from sqlalchemy.engine import Engine

from analysis import store
from analysis.store import documents, speaker_day, stance_doc, stance_month

from .cache import cached, shown_names
from .filters import Filters, _agg_conds, _by_document, _real_speaker
from .rollups import COMMENTER, _frame, _rollup_conds, _sd, _speaker_sums, _sums, ci95, commenters_hidden
from .series import RANK, _day, _precision

RECENT_DAYS, BEFORE_DAYS = 30, 90  # "what changed": the last 30 days against the 90 before them
CHANGED_TOP = 8


def _means(df: pd.DataFrame) -> pd.DataFrame:
    """Mean tone and escalation of the stance sums, and the half-width of each mean's 95 %
    interval (tone_ci95, escalation_ci95) from their sums of squares."""
    sc = df["scored"].where(df["scored"] > 0)
    return df.assign(tone=(df["tone_sum"] / sc).round(4), escalation=(df["escalation_sum"] / sc).round(4),
                     tone_ci95=ci95(_sd(df["tone_sum"], df["tone_sq"], sc), sc).round(4),
                     escalation_ci95=ci95(_sd(df["escalation_sum"], df["escalation_sq"], sc), sc).round(4))


@cached
def stance_of(engine: Engine, f: Filters, actor: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(whom `actor` talks about, who talks about `actor`): statements, mean tone and
    escalation per other actor, most statements first (the stance sums under the filters)."""
    g = f.with_(actors=(), target=None)
    with engine.connect() as c:
        about = _sums(c, g.with_(actors=(actor,)), True, ("target",))
        by = _sums(c, g.with_(target=actor), True, ("speaker",))
    if commenters_hidden(f) and not by.empty:
        kind = _speaker_sums(engine, g).set_index("speaker")["speaker_kind"]
        by = by[~by["speaker"].isin(set(kind[kind == COMMENTER].index))]
    cols = ["actor", "statements", "scored", "tone", "tone_ci95", "escalation", "escalation_ci95"]
    out = []
    for df, key in ((about, "target"), (by, "speaker")):
        if df.empty:
            out.append(pd.DataFrame(columns=cols))
            continue
        df = _means(df).rename(columns={key: "actor"})
        df = df[df["actor"] != actor]
        out.append(df.sort_values(["statements", "actor"], ascending=[False, True])[cols].reset_index(drop=True))
    return out[0], out[1]


@cached
def dyad_series(engine: Engine, f: Filters, a: str, b: str) -> pd.DataFrame:
    """A toward B and B toward A per month: statements, mean tone and escalation
    (stance_month). Documents dated only to a year are a row spanning their year."""
    m = stance_month
    g = f.with_(actors=(), target=None)
    pairs = ((a, b), (b, a))
    rows = []
    with engine.connect() as c:
        for sp, tg in pairs:
            q = (select(m.c.month, func.sum(m.c.statements), func.sum(m.c.scored), func.sum(m.c.tone_sum),
                        func.sum(m.c.escalation_sum), func.sum(m.c.tone_sq), func.sum(m.c.escalation_sq))
                 .where(and_(store.spelled(m.c.speaker, [sp]), store.spelled(m.c.target, [tg]),
                             *_rollup_conds(g, m))).group_by(m.c.month))
            rows += [(f"{sp} → {tg}", *r) for r in c.execute(q)]
    cols = ["direction", "period", "period_end", "partial", "statements", "scored", "tone", "tone_ci95", "escalation",
            "escalation_ci95"]
    df = _frame(rows, ["direction", "month", "statements", "scored", "tone_sum", "escalation_sum", "tone_sq",
                       "escalation_sq"])
    df = df[df["month"] != ""]
    if df.empty:
        return pd.DataFrame(columns=cols)
    df = _means(df)
    prec = _precision(df["month"])
    df["partial"] = prec.map(RANK) > RANK["month"]
    start = _day(df["month"])
    df["period"] = start.dt.strftime("%Y-%m-%d")
    df["period_end"] = [pd.Period(p, freq="Y").end_time.strftime("%Y-%m-%d") if part else ""
                        for p, part in zip(df["month"], df["partial"])]
    df["statements"] = df["statements"].astype(int)
    df["scored"] = df["scored"].astype(int)
    return df.sort_values(["direction", "partial", "period"])[cols].reset_index(drop=True)


@cached
def top_dyads(engine: Engine, f: Filters, n: int = 15) -> pd.DataFrame:
    """The pairs of actors with the most statements about each other (both directions
    added), for the dyad view's list."""
    with engine.connect() as c:
        df = _sums(c, f.with_(target=None), True, ("speaker", "target"))
    if df.empty:
        return pd.DataFrame(columns=["a", "b", "statements"])
    if commenters_hidden(f):
        kind = _speaker_sums(engine, f).set_index("speaker")["speaker_kind"]
        df = df[~df["speaker"].isin(set(kind[kind == COMMENTER].index))]
    key = df.apply(lambda r: tuple(sorted((r["speaker"], r["target"]))), axis=1)
    df = df.assign(a=key.str[0], b=key.str[1])
    out = df.groupby(["a", "b"], as_index=False)["statements"].sum()
    return out.sort_values(["statements", "a"], ascending=[False, True]).head(n).reset_index(drop=True)


def _newest_day(c, f: Filters) -> str | None:
    """The newest publication day under the filters (documents dated to the day)."""
    conds = [func.length(documents.c.published) == 10]
    if f.outlets:
        conds.append(documents.c.outlet.in_(f.outlets))
    if f.until:
        from .filters import date_conditions
        conds += date_conditions(None, f.until)
    return c.execute(select(func.max(documents.c.published)).where(and_(*conds))).scalar()


@cached
def what_changed(engine: Engine, f: Filters, recent: int = RECENT_DAYS, before: int = BEFORE_DAYS) -> dict:
    """The actors and the dyads whose mean escalation moved most between the `before` days
    before the last `recent` days and those last days (counted back from the newest
    document dated to the day under the filters), only where both periods have at least
    f.min_n scored statements. {"end", "recent", "before": (first, last) days, "actors",
    "dyads": frames with before, recent, change and both counts}."""
    with engine.connect() as c:
        end = _newest_day(c, f)
        if end is None:
            return {"end": None}
        e = dt.date.fromisoformat(end)
        r0 = (e - dt.timedelta(days=recent - 1)).isoformat()
        b1 = (e - dt.timedelta(days=recent)).isoformat()
        b0 = (e - dt.timedelta(days=recent + before - 1)).isoformat()
        g = f.with_(since=None, until=None, target=None)
        day = speaker_day
        sums = ("statements", "scored", "tone_sum", "escalation_sum", "escalation_sq")
        base = [_real_speaker(day.c.speaker), *_rollup_conds(g, day, "day")]
        if commenters_hidden(f):
            base.append(day.c.speaker_kind != COMMENTER)

        def actor_periods(lo, mid, hi):
            """name -> sums of [lo, mid] and of (mid, hi]: both periods in one pass over the
            daily rollup (keyed by speaker first, so a range of days is a scan of all of it)."""
            first, second = day.c.day <= mid, day.c.day > mid
            q = (select(day.c.speaker, *(func.sum(day.c[n]).filter(first) for n in sums),
                        *(func.sum(day.c[n]).filter(second) for n in sums))
                 .where(and_(true(), day.c.day >= lo, day.c.day <= hi, func.length(day.c.day) == 10, *base))
                 .group_by(day.c.speaker))
            k = len(sums)
            out: tuple[dict, dict] = ({}, {})
            for r in c.execute(q):  # plain rows: pandas cost more than the query here
                for i, part in enumerate((r[1:1 + k], r[1 + k:])):
                    if part[0]:
                        _add(out[i], shown.get(r[0], r[0]), part)
            return out

        st = stance_doc
        d = documents
        shown = shown_names(c.engine)  # a person's spellings added up under the display name

        def dyad_period(lo, hi):
            q = (select(st.c.speaker, st.c.target, func.sum(st.c.statements), func.sum(st.c.scored),
                        func.sum(st.c.escalation_sum))
                 .select_from(_by_document(st))  # the period's documents (published index) drive
                 .where(and_(true(), d.c.published >= lo, d.c.published <= hi, func.length(d.c.published) == 10,
                             *_agg_conds(g.with_(outlets=()), st)),
                        *([d.c.outlet.in_(f.outlets)] if f.outlets else []))
                 .group_by(st.c.speaker, st.c.target))
            out: dict = {}
            for r in c.execute(q):
                _add(out, f"{shown.get(r[0], r[0])} → {shown.get(r[1], r[1])}", r[2:])
            return out

        actors = _compare(*actor_periods(b0, b1, end), f.min_n, interval=True)  # (b1 is the day before r0)
        dyads = _compare(dyad_period(b0, b1), dyad_period(r0, end), f.min_n)
    return {"end": end, "recent": (r0, end), "before": (b0, b1), "actors": actors, "dyads": dyads}


def _add(sums: dict, name: str, part) -> None:
    """Add the sums `part` to those of `name` in `sums`."""
    have = sums.get(name)
    sums[name] = tuple(part) if have is None else tuple(a + b for a, b in zip(have, part))


def _compare(before: dict, recent: dict, min_n: int, interval: bool = False) -> pd.DataFrame:
    """The names in both periods with at least `min_n` scored statements in each: mean
    escalation before and recently, the change (largest first) and, with `interval`, its
    95 % interval. `before`/`recent`: name -> (statements, scored, escalation_sum[, _sq])
    (with a tone_sum after scored for the actors)."""
    cols = ["name", "before", "before_n", "recent", "recent_n", "change"] + (["change_ci95"] if interval else [])
    rows = []
    for name, b in before.items():
        r = recent.get(name)
        if r is None or b[1] < min_n or r[1] < min_n:
            continue
        eb, er = b[-2] if interval else b[2], r[-2] if interval else r[2]  # escalation sums
        mb, mr = round(eb / b[1], 4), round(er / r[1], 4)
        row = [name, mb, int(b[1]), mr, int(r[1]), round(mr - mb, 4)]
        if interval:
            se = [math.sqrt(max(x[-1] / x[1] - (x[-2] / x[1]) ** 2, 0.0)) / math.sqrt(x[1]) for x in (b, r)]
            row.append(round(1.96 * math.sqrt(se[0] ** 2 + se[1] ** 2), 4))
        rows.append(row)
    rows.sort(key=lambda row: -abs(row[5]))
    return pd.DataFrame(rows[:CHANGED_TOP], columns=cols)
