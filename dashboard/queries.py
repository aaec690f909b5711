"""Data access of the dashboard: SQLAlchemy Core over analysis.store's tables.

Every function aggregates in SQL (mostly over the per-document sums ``speaker_doc`` and
``stance_doc``) and returns a small DataFrame or a short list of dicts; nothing here ever
loads every statement. The dashboard never scores text: this module imports only the store.

:class:`Filters` is the shared filter set of every view, kept in the URL query string.
"""
from __future__ import annotations

import functools
import itertools
import re
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qs, urlencode

import pandas as pd
from sqlalchemy import and_, exists, func, inspect, literal, literal_column, or_, select, true, tuple_
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import _de_clone
from sqlalchemy.sql.expression import FunctionElement, Join

from analysis import dburl, store
from analysis.store import (doc_month, documents, drift, runs, speaker_all, speaker_day, speaker_doc, speaker_month,
                            stance_all, stance_doc, stance_month, statements)

# "articles" and "comments" are what an analyst picks; spam is hidden unless asked for.
SECTION_GROUPS = {"articles": ("headline", "body"), "comments": ("comment",), "spam": ("spam",)}
DEFAULT_SECTIONS = ("articles", "comments")
FREQS = {"day": "D", "week": "W", "month": "M"}
TOP_ACTORS = 200  # bubbles and rows in the actor charts (the largest by statements)
TOP_SERIES = 8  # actors drawn over time when none is chosen
TOP_STANCE = 25  # speakers x targets in the heatmap
# "recent": the newest documents under the filters (at ~40 statements a document, ~4,000
# statements: a week or two of a busy feed; 200 documents doubled the overview's cold time at
# 1M statements for a list the Statements grid, sorted by escalation, gives in full)
RECENT_DOCS = 100
DOC_LIST = 100  # documents listed (the CSV has all of them)
DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")  # since/until: a year, a month or a day


class StoreError(Exception):
    """The store cannot be read: unreachable, or not a Stancewatch store."""


# --------------------------------------------------------------------------- cache

CACHE_SIZE = 256  # results kept per store (each a small frame or a few rows)
FINGERPRINT_TTL = 2.0  # seconds a store fingerprint is trusted (one page load's callbacks share it)
_caches: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def fingerprint(engine) -> tuple:
    """What changes whenever the store does: documents added or removed, scores written
    (ingest or a rescoring run), runs recorded. Cheap: rowid maxima and an index count on
    SQLite; counts and the newest run elsewhere."""
    with engine.connect() as c:
        if engine.dialect.name == "sqlite":
            q = select(select(func.count()).select_from(documents).scalar_subquery(),
                       select(func.max(literal_column("rowid"))).select_from(documents).scalar_subquery(),
                       select(func.max(literal_column("rowid"))).select_from(store.scores).scalar_subquery(),
                       select(func.max(runs.c.run_id)).scalar_subquery(),
                       select(func.count()).select_from(runs).where(runs.c.finished_at.is_(None)).scalar_subquery())
        else:
            q = select(select(func.count()).select_from(documents).scalar_subquery(),
                       select(func.count()).select_from(store.scores).scalar_subquery(),
                       select(func.max(runs.c.run_id)).scalar_subquery(),
                       select(func.max(runs.c.finished_at)).scalar_subquery())
        return tuple(c.execute(q).one())


def _state(engine) -> dict | None:
    """The per-engine cache state (results, grid positions), emptied whenever the store's
    fingerprint changes (checked at most every FINGERPRINT_TTL seconds); None when the
    engine cannot be a weak key."""
    try:
        state = _caches[engine]
    except (KeyError, TypeError):
        state = {"fp": None, "at": 0.0, "results": OrderedDict(), "positions": OrderedDict()}
        try:
            _caches[engine] = state
        except TypeError:
            return None
    now = time.monotonic()
    if now - state["at"] > FINGERPRINT_TTL:
        fp = fingerprint(engine)
        if fp != state["fp"]:
            state["results"].clear()
            state["positions"].clear()
            state["fp"] = fp
        state["at"] = now
    return state


def cached(fn):
    """Memoise a query per engine and arguments while the store's fingerprint holds: the
    store changes only on ingest and rescoring, and analysts come back to the same
    filters; the first call after a change pays for the SQL (bench/callbacks.py times both)."""
    @functools.wraps(fn)
    def wrapper(engine, *args, **kwargs):
        state = _state(engine)
        if state is None:
            return fn(engine, *args, **kwargs)
        key = (fn.__name__, args, tuple(sorted(kwargs.items())))
        results = state["results"]
        if key in results:
            results.move_to_end(key)
            return results[key]
        value = fn(engine, *args, **kwargs)
        results[key] = value
        while len(results) > CACHE_SIZE:
            results.popitem(last=False)
        return value

    wrapper.uncached = fn
    return wrapper


def clear_cache(engine=None) -> None:
    if engine is None:
        _caches.clear()
    else:
        _caches.pop(engine, None)


# --------------------------------------------------------------------------- filters

@dataclass(frozen=True)
class Filters:
    """The filters shared by every view. Empty tuples and None mean "no filter"."""

    since: str | None = None
    until: str | None = None
    outlets: tuple[str, ...] = ()
    sections: tuple[str, ...] = DEFAULT_SECTIONS
    kinds: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    q: str | None = None  # text search (statements)
    # drill-down: the statements behind one mark
    target: str | None = None
    doc: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    KEYS = ("since", "until", "outlet", "section", "kind", "actor", "q", "target", "doc")

    @classmethod
    def from_search(cls, search: str | None) -> "Filters":
        qs = parse_qs((search or "").lstrip("?"), keep_blank_values=False)
        one = lambda k: (qs.get(k) or [None])[0] or None  # noqa: E731
        since, until = one("since"), one("until")
        sections = tuple(s for s in qs.get("section", []) if s in SECTION_GROUPS) if "section" in qs \
            else DEFAULT_SECTIONS
        return cls(since=since if since and DATE_RE.fullmatch(since) else None,
                   until=until if until and DATE_RE.fullmatch(until) else None,
                   outlets=tuple(qs.get("outlet", [])), sections=sections or DEFAULT_SECTIONS,
                   kinds=tuple(qs.get("kind", [])), actors=tuple(qs.get("actor", [])), q=one("q"),
                   target=one("target"), doc=one("doc"),
                   extra={k: v for k, v in qs.items() if k not in cls.KEYS})

    def to_search(self) -> str:
        pairs: list[tuple[str, str]] = []
        for k, v in (("since", self.since), ("until", self.until)):
            if v:
                pairs.append((k, v))
        pairs += [("outlet", o) for o in self.outlets]
        if tuple(self.sections) != DEFAULT_SECTIONS:
            pairs += [("section", s) for s in self.sections]
        pairs += [("kind", k) for k in self.kinds] + [("actor", a) for a in self.actors]
        for k, v in (("q", self.q), ("target", self.target), ("doc", self.doc)):
            if v:
                pairs.append((k, v))
        for k, vs in self.extra.items():
            pairs += [(k, v) for v in vs]
        return "?" + urlencode(pairs) if pairs else ""

    def with_(self, **changes) -> "Filters":
        return replace(self, **changes)

    def slug(self) -> str:
        """The filters for a file name: ``since-2022_outlet-BBC_actor-Sergey-Lavrov``."""
        parts = []
        for k, v in (("since", self.since), ("until", self.until), ("outlet", "+".join(self.outlets)),
                     ("section", "+".join(self.sections) if tuple(self.sections) != DEFAULT_SECTIONS else ""),
                     ("kind", "+".join(self.kinds)), ("actor", "+".join(self.actors)), ("q", self.q),
                     ("target", self.target), ("doc", (self.doc or "")[:12])):
            if v:
                parts.append(f"{k}-{v}")
        text = "_".join(parts) or "all"
        return re.sub(r"[^A-Za-z0-9._+-]+", "-", text).strip("-")[:150]

    def section_names(self) -> tuple[str, ...]:
        return tuple(s for g in self.sections for s in SECTION_GROUPS.get(g, ()))


def _doc_conds(f: Filters) -> list:
    conds = store._date_conditions({"since": f.since, "until": f.until})
    if f.outlets:
        conds.append(documents.c.outlet.in_(f.outlets))
    if f.doc:
        conds.append(documents.c.doc_id == f.doc)
    return conds


def _agg_conds(f: Filters, table, kinds: bool = True) -> list:
    """Conditions on speaker_doc / stance_doc (joined with documents) or statements."""
    conds = _doc_conds(f) + [table.c.section.in_(f.section_names())]
    if f.actors:
        conds.append(table.c.speaker.in_(f.actors))
    if f.kinds and kinds:
        if "speaker_kind" in table.c:
            conds.append(table.c.speaker_kind.in_(f.kinds))
        else:  # stance: the speakers of those kinds
            conds.append(table.c.speaker.in_(select(speaker_all.c.speaker).where(
                speaker_all.c.speaker_kind.in_(f.kinds)).distinct().scalar_subquery()))
    if f.target and "target" in table.c:
        conds.append(table.c.target == f.target)
    return conds


def _from(table, f: Filters):
    """`table` joined with documents only when a document filter needs it (the join costs
    more than the sums themselves on a large store)."""
    return table.join(documents, table.c.doc_id == documents.c.doc_id) if _doc_conds(f) else table


def _by_document(table):
    """documents, then `table`'s rows of each (speaker_doc/stance_doc by their key): the
    documents of a cut month or one document come from the published (or primary) index
    and drive; without statistics SQLite would rather scan `table` for a kind or speaker."""
    return _Ordered(documents, table, table.c.doc_id == documents.c.doc_id)


# --------------------------------------------------------------------------- rollups
# The views add up the monthly rollups (analysis/store.py, revision 0004) for every whole
# month a filter keeps; a since/until finer than a month cuts at most two months, which
# are added from the per-document rows of their documents alone. A one-document filter
# reads the per-document rows only. Exact: the same sums as speaker_doc/stance_doc.

SP_SUMS = ("statements", "scored", "tone_sum", "tone_sq", "escalation_sum", "escalation_sq")
ST_SUMS = ("statements", "scored", "tone_sum", "escalation_sum")


def _frame(rows, columns) -> pd.DataFrame:
    """A frame of result rows, made plain tuples first: pandas probes each SQLAlchemy Row
    for attributes it lacks, which costs more than the query on a few thousand rows."""
    rows = list(rows)
    if not rows:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame(dict(zip(columns, map(list, zip(*rows)))))  # column by column: no per-row probing


def _cut_months(f: Filters) -> tuple[str, ...]:
    """The months a date filter cuts (a since or until with a day: "2022-03-15")."""
    return tuple(sorted({v[:7] for v in (f.since, f.until) if v and len(v) > 7}))


def _in_months(months) -> list:
    """Documents published in one of `months` (a range on the published index)."""
    return [or_(*(and_(documents.c.published >= m, documents.c.published < m + "\uffff") for m in months))]


def _rollup_conds(f: Filters, table, period: str = "month") -> list:
    """The filters on a rollup table (whole months, days for speaker_day; an all-time
    table is only read without a date filter)."""
    return _period_conds(f, table, period) + _agg_conds(f.with_(since=None, until=None, outlets=(), doc=None), table)


def _period_conds(f: Filters, table, period: str = "month") -> list:
    """The date and outlet filters on a table keyed by month (or day) and outlet."""
    conds = []
    if f.since or f.until:
        col = table.c[period]
        conds += [col != ""] + store._date_conditions({"since": f.since, "until": f.until}, col)
        cut = _cut_months(f) if period == "month" else ()
        if cut:
            conds.append(col.not_in(cut))
    if f.outlets:
        conds.append(table.c.outlet.in_(f.outlets))
    return conds


def _sums(c, f: Filters, stance: bool, by: tuple[str, ...], real_only: bool = False,
          kind: bool = False) -> pd.DataFrame:
    """SP_SUMS (ST_SUMS with `stance`) grouped by the columns `by` under the filters: the
    monthly rollup for whole months plus the per-document rows of the months cut. With
    `kind`, also each group's (greatest) speaker kind, "" when none is known."""
    roll, per_doc, names = (stance_month, stance_doc, ST_SUMS) if stance else (speaker_month, speaker_doc, SP_SUMS)
    if not (f.since or f.until):  # all time: the all-time sums, a tenth of the monthly rows
        roll = stance_all if stance else speaker_all
    extra = ["speaker_kind"] if kind else []
    parts = []
    if not f.doc:
        conds = _rollup_conds(f, roll) + ([_real_speaker(roll.c.speaker)] if real_only else [])
        keys = [roll.c[b] for b in by]
        parts.append(c.execute(select(*keys, *(func.sum(roll.c[n]) for n in names),
                                      *(func.max(roll.c[k]) for k in extra))
                               .where(and_(true(), *conds)).group_by(*keys)).all())
    cut = _cut_months(f)
    if f.doc or cut:
        conds = _agg_conds(f, per_doc) + ([] if f.doc else _in_months(cut))
        conds += [_real_speaker(per_doc.c.speaker)] if real_only else []
        keys = [per_doc.c[b] for b in by]
        parts.append(c.execute(select(*keys, *(func.sum(per_doc.c[n]) for n in names),
                                      *(func.max(func.coalesce(per_doc.c[k], "")) for k in extra))
                               .select_from(_by_document(per_doc))
                               .where(and_(true(), *conds)).group_by(*keys)).all())
    df = _frame([r for p in parts for r in p], list(by) + list(names) + extra)
    if len(parts) > 1:
        df = df.groupby(list(by), as_index=False, sort=False).agg(
            **{n: (n, "sum") for n in names}, **{k: (k, "max") for k in extra})
    df = df[df["statements"] > 0]
    for n in ("statements", "scored"):
        df[n] = df[n].astype(int)
    return df.reset_index(drop=True)


def _document_count(c, f: Filters) -> int:
    """Documents under the filters with at least one statement of the chosen sections (and
    kinds, and actors)."""
    sd = speaker_doc
    if f.actors or f.doc:  # the actors' own rows (their index), or one document
        return c.execute(select(func.count(func.distinct(sd.c.doc_id))).select_from(_from(sd, f))
                         .where(and_(true(), *_agg_conds(f, sd)))).scalar_one()
    wanted = set(f.section_names())
    kinds = set(f.kinds)

    def counts(present: str) -> bool:
        return any(section in wanted and (not kinds or kind in kinds)
                   for section, kind in store.present_pairs(present))
    rows = c.execute(select(doc_month.c.present, func.sum(doc_month.c.documents))
                     .where(and_(true(), *_period_conds(f, doc_month)))
                     .group_by(doc_month.c.present)).all()
    n = sum(int(k) for present, k in rows if counts(present))
    cut = _cut_months(f)
    if cut:
        n += c.execute(select(func.count(func.distinct(sd.c.doc_id))).select_from(_by_document(sd))
                       .where(and_(true(), *_agg_conds(f, sd), *_in_months(cut)))).scalar_one()
    return n


FREQUENT = 20_000  # statements of the chosen actors above which a newest-first walk asks each document


@cached
def _frequent(engine: Engine, actors: tuple[str, ...]) -> bool:
    """Whether `actors` hold more than FREQUENT statements (the rollup knows): their
    documents are then many, and the newest of them soon found by walking documents."""
    with engine.connect() as c:
        n = c.execute(select(func.sum(speaker_all.c.statements)).where(speaker_all.c.speaker.in_(actors))).scalar()
    return (n or 0) > FREQUENT


def newest_first(engine: Engine) -> list:
    """Newest documents first, undated last, in the order of the published index: SQLite
    puts NULL last in a descending order by itself, and an explicit NULLS LAST there would
    keep it from walking the index (it read and sorted every document instead)."""
    published = documents.c.published.desc()
    if engine.dialect.name != "sqlite":
        published = published.nulls_last()
    return [published, documents.c.source.desc(), documents.c.doc_id.desc()]


def _has_statements(f: Filters, engine: Engine | None = None):
    """A condition on documents: the document has statements under the section, kind and
    actor filters (speaker_doc knows). An actor's documents come from the speaker index,
    unless `engine` is given (a newest-first walk) and the actors are frequent; otherwise
    each document is asked on speaker_doc's key, so a newest-first walk stops as soon as
    it has enough (a speaker-kind filter never reads every speaker_doc row)."""
    sd = speaker_doc
    conds = _agg_conds(f.with_(since=None, until=None, outlets=(), doc=None), sd)
    if f.actors and (engine is None or not _frequent(engine, tuple(f.actors))):
        return documents.c.doc_id.in_(select(sd.c.doc_id).where(and_(true(), *conds)))
    return exists().where(sd.c.doc_id == documents.c.doc_id, *conds)


def _real_speaker(col):
    """Not "(narrator)", "(unknown commenter)", "(spam)", "(unnamed …)": the actors."""
    return ~col.startswith("(")


# --------------------------------------------------------------------------- engine

def engine_for(url: str) -> Engine:
    """An engine on an existing store, never creating one (a dashboard only reads; pointing
    it at another database must not add tables to it)."""
    path = store._sqlite_file(url)
    if path is not None and not path.exists():
        raise StoreError(f"no store at {url}: run `stancewatch ingest PATH --db {url}` first")
    # read-only; the aggregates are read again and again: keep them in memory (64 MB page
    # cache per connection)
    return store.sqlite_pragmas(dburl.create_engine(url), "busy_timeout=30000", "query_only=1", "cache_size=-65536",
                                "temp_store=MEMORY")


REQUIRED = ("documents", "statements", "scores", "actors", "speaker_doc", "stance_doc")


def check(engine: Engine) -> None:
    """Raise :class:`StoreError` with a readable reason when the store cannot be read."""
    try:
        with engine.connect() as c:
            names = set(inspect(c).get_table_names())
    except SQLAlchemyError as e:
        cause = getattr(e, "orig", None) or e
        raise StoreError(f"cannot reach the store {engine.url.render_as_string(hide_password=True)}: "
                         f"{(str(cause).splitlines() or [''])[0]}") from e
    missing = [t for t in REQUIRED if t not in names]
    if missing:
        raise StoreError(f"{engine.url.render_as_string(hide_password=True)} is not a Stancewatch store "
                         f"(missing tables: {', '.join(missing)})")


# --------------------------------------------------------------------------- overview

def has_documents(engine: Engine) -> bool:
    with engine.connect() as c:
        return c.execute(select(documents.c.doc_id).limit(1)).first() is not None


@cached
def counts(engine: Engine, f: Filters) -> dict:
    with engine.connect() as c:
        n_docs_all = c.execute(select(func.count()).select_from(documents)).scalar_one()
        n_docs = _document_count(c, f)
    df = _speaker_sums(engine, f)
    real = df[~df["speaker"].str.startswith("(")]
    return dict(documents_in_store=int(n_docs_all), documents=int(n_docs), statements=int(df["statements"].sum()),
                scored=int(df["scored"].sum()), actors=int(len(real)))


@cached
def last_run(engine: Engine) -> dict | None:
    with engine.connect() as c:
        r = c.execute(select(runs).order_by(runs.c.started_at.desc(), runs.c.run_id.desc()).limit(1)).first()
    return dict(r._mapping) if r else None


def _sd(col_sum, col_sq, n):
    """Standard deviation from sums (population), on a frame."""
    mean = col_sum / n
    var = (col_sq / n - mean * mean).clip(lower=0)
    return var ** 0.5


@cached
def _speaker_sums(engine: Engine, f: Filters) -> pd.DataFrame:
    """Every speaker's sums and kind under the filters (the counts and the actors read it)."""
    with engine.connect() as c:
        return _sums(c, f, False, ("speaker",), kind=True)


@cached
def _actor_sums(engine: Engine, f: Filters) -> pd.DataFrame:
    """Every actor's sums under the filters, most statements first (actor_table's rows)."""
    df = _speaker_sums(engine, f)
    df = df[~df["speaker"].str.startswith("(")].rename(columns={"speaker": "actor", "speaker_kind": "kind"})
    df["kind"] = df["kind"].replace("", None)
    return df.sort_values(["statements", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)


@cached
def actor_table(engine: Engine, f: Filters, limit: int | None = TOP_ACTORS) -> pd.DataFrame:
    """Per speaker (actors only): statements, scored, mean tone and escalation and their
    standard deviations, the largest `limit` by statements."""
    df = _actor_sums(engine, f)
    if limit:
        df = df.head(limit)
    scored = df["scored"].where(df["scored"] > 0)
    out = pd.DataFrame({
        "actor": df["actor"], "kind": df["kind"], "statements": df["statements"].astype(int),
        "scored": df["scored"].astype(int),
        "tone": (df["tone_sum"] / scored).round(4), "tone_sd": _sd(df["tone_sum"], df["tone_sq"], scored).round(4),
        "escalation": (df["escalation_sum"] / scored).round(4),
        "escalation_sd": _sd(df["escalation_sum"], df["escalation_sq"], scored).round(4),
    })
    return out


def _day(published: pd.Series) -> pd.Series:
    """published (YYYY, YYYY-MM or YYYY-MM-DD, as stored) -> a Timestamp (NaT when not a date)."""
    p = published.fillna("").str.slice(0, 10)
    p = p.where(p.str.len() != 4, p + "-01-01")
    p = p.where(p.str.len() != 7, p + "-01")
    return pd.to_datetime(p, format="%Y-%m-%d", errors="coerce")


@cached
def actor_series(engine: Engine, f: Filters, freq: str = "month", smooth: int = 1) -> pd.DataFrame:
    """Mean tone and escalation per actor and period (day/week/month), smoothed by a rolling
    mean over `smooth` periods (weighted by statements). The chosen actors, or the
    TOP_SERIES largest under the filters."""
    sd = speaker_doc
    names = list(f.actors) or _actor_sums(engine, f)["actor"].head(TOP_SERIES).tolist()
    cols = ["actor", "period", "statements", "scored", "tone", "escalation"]
    if not names:
        return pd.DataFrame(columns=cols)
    if f.doc:  # one document: its own rows
        q = (select(sd.c.speaker, documents.c.published, func.sum(sd.c.statements), func.sum(sd.c.scored),
                    func.sum(sd.c.tone_sum), func.sum(sd.c.escalation_sum))
             .select_from(sd.join(documents, sd.c.doc_id == documents.c.doc_id))
             .where(and_(sd.c.speaker.in_(names), *_agg_conds(f.with_(actors=()), sd)))
             .group_by(sd.c.speaker, documents.c.published))
    elif freq == "month" and not _cut_months(f):  # whole months: the monthly rollup has them
        m = speaker_month
        q = (select(m.c.speaker, m.c.month, func.sum(m.c.statements), func.sum(m.c.scored),
                    func.sum(m.c.tone_sum), func.sum(m.c.escalation_sum))
             .where(and_(m.c.speaker.in_(names), *_rollup_conds(f.with_(actors=()), m)))
             .group_by(m.c.speaker, m.c.month))
    else:  # the daily rollup: a date filter down to the day is exact on it
        day = speaker_day
        period = func.substr(day.c.day, 1, 7) if freq == "month" else day.c.day  # months: fewer rows
        q = (select(day.c.speaker, period, func.sum(day.c.statements), func.sum(day.c.scored),
                    func.sum(day.c.tone_sum), func.sum(day.c.escalation_sum))
             .where(and_(day.c.speaker.in_(names), *_rollup_conds(f.with_(actors=()), day, "day")))
             .group_by(day.c.speaker, period))
    with engine.connect() as c:
        df = _frame(c.execute(q).all(), ["actor", "published", "statements", "scored", "tone_sum",
                                                       "esc_sum"])
    if df.empty:
        return pd.DataFrame(columns=cols)
    df["period"] = _day(df["published"]).dt.to_period(FREQS.get(freq, "M")).dt.start_time
    df = df.dropna(subset=["period"])
    g = df.groupby(["actor", "period"], as_index=False)[["statements", "scored", "tone_sum", "esc_sum"]].sum()
    parts = []
    win = max(1, int(smooth or 1))
    for actor, part in g.groupby("actor", sort=False):
        part = part.sort_values("period")
        roll = part[["scored", "tone_sum", "esc_sum"]].rolling(win, min_periods=1).sum()
        sc = roll["scored"].where(roll["scored"] > 0)
        parts.append(pd.DataFrame({"actor": actor, "period": part["period"].dt.strftime("%Y-%m-%d"),
                                   "statements": part["statements"].astype(int),
                                   "scored": part["scored"].astype(int),
                                   "tone": (roll["tone_sum"] / sc).round(4),
                                   "escalation": (roll["esc_sum"] / sc).round(4)}))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)


@cached
def stance_matrix(engine: Engine, f: Filters, top: int = TOP_STANCE) -> pd.DataFrame:
    """Speaker x target: statements and mean tone and escalation (stance_doc sums), for the
    `top` speakers and targets with the most statements."""
    with engine.connect() as c:
        df = _sums(c, f, True, ("speaker", "target")).rename(columns={"escalation_sum": "esc_sum"})
    cols = ["speaker", "target", "statements", "tone", "escalation"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    sp = df.groupby("speaker")["statements"].sum().nlargest(top).index
    tg = df.groupby("target")["statements"].sum().nlargest(top).index
    df = df[df["speaker"].isin(sp) & df["target"].isin(tg)].copy()
    sc = df["scored"].where(df["scored"] > 0)
    df["tone"] = (df["tone_sum"] / sc).round(4)
    df["escalation"] = (df["esc_sum"] / sc).round(4)
    df["statements"] = df["statements"].astype(int)
    return df[cols].sort_values(["speaker", "target"]).reset_index(drop=True)


# --------------------------------------------------------------------------- statements

GRID_COLUMNS = ("published", "outlet", "title", "section", "speaker", "speaker_kind", "targets", "tone",
                "escalation", "escalation_cues", "text", "doc_id", "seq")
_SORTABLE = {"published": documents.c.published, "outlet": documents.c.outlet, "title": documents.c.title,
             "section": statements.c.section, "speaker": statements.c.speaker,
             "speaker_kind": statements.c.speaker_kind, "seq": statements.c.seq}


class _unindexed(FunctionElement):
    """`col` as a value no index serves: ``+col`` on SQLite, `col` elsewhere. A grid query
    that reads statements by their primary key (a batch of documents, or the rows of one
    score) must not be planned around the index of a column with few values (section) or
    of a frequent speaker: without statistics SQLite would rather scan that index."""
    name = "unindexed"
    inherit_cache = True

    def __init__(self, col):
        super().__init__(col)
        self.type = col.type


@compiles(_unindexed)
def _unindexed_sql(element, compiler, **kw):
    return compiler.process(element.clauses.clauses[0], **kw)


@compiles(_unindexed, "sqlite")
def _unindexed_sqlite(element, compiler, **kw):
    return "+" + compiler.process(element.clauses.clauses[0], **kw)


class _Ordered(Join):
    """An inner join SQLite runs in the written order (``CROSS JOIN``): the left side
    drives. Elsewhere a plain JOIN (the planner there has statistics)."""
    inherit_cache = True


@compiles(_Ordered, "sqlite")
def _ordered_sqlite(join, compiler, asfrom=False, from_linter=None, **kw):
    if from_linter:
        from_linter.edges.update(itertools.product(_de_clone(join.left._from_objects),
                                                   _de_clone(join.right._from_objects)))
    return (join.left._compiler_dispatch(compiler, asfrom=True, from_linter=from_linter, **kw) + " CROSS JOIN "
            + join.right._compiler_dispatch(compiler, asfrom=True, from_linter=from_linter, **kw) + " ON "
            + join.onclause._compiler_dispatch(compiler, from_linter=from_linter, **kw))


_DOC_SORTS = ("published", "outlet", "title")  # the document's columns: a document's rows stay together
_GRID_SORTABLE = frozenset(_SORTABLE) | {"tone", "escalation", "targets", "text", "escalation_cues"}


def _statement_select(f: Filters, by_key: bool = False):
    """store.statement_query (statements + document + newest scores) with the dashboard's
    filters. Returns (query, the scores alias's columns). With `by_key` the statement
    filters are written so that no index but the primary key's serves them (the caller
    names the statements by document or by key)."""
    q = store.statement_query(since=f.since, until=f.until, doc_id=f.doc)
    sc_cols = {c.name: c for c in q.selected_columns if c.name in (
        "tone", "tone_pos", "tone_neu", "tone_neg", "escalation", "escalation_cues", "scorer_version")}
    col = _unindexed if by_key else (lambda c: c)
    conds = [col(statements.c.section).in_(f.section_names())]
    if f.outlets:
        conds.append(documents.c.outlet.in_(f.outlets))
    if f.kinds:
        conds.append(col(statements.c.speaker_kind).in_(f.kinds))
    if f.actors:
        conds.append(col(statements.c.speaker).in_(f.actors))
    if f.target:
        conds.append((literal(";") + statements.c.targets + literal(";")).contains(f";{f.target};", autoescape=True))
    if f.q:
        conds.append(statements.c.text.contains(f.q, autoescape=True))
    return q.where(and_(true(), *conds)), sc_cols


def _grid_filter(col, spec: dict):
    """One ag-grid column filter model (text or number) as a SQL condition."""
    kind, op = spec.get("filterType"), spec.get("type")
    if "conditions" in spec:
        parts = [_grid_filter(col, s) for s in spec["conditions"]]
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        return and_(true(), *parts) if spec.get("operator") == "AND" else or_(*parts)
    if kind == "number":
        v = spec.get("filter")
        if v is None:
            return None
        return {"equals": col == v, "notEqual": col != v, "greaterThan": col > v, "greaterThanOrEqual": col >= v,
                "lessThan": col < v, "lessThanOrEqual": col <= v,
                "inRange": and_(col >= v, col <= spec.get("filterTo", v))}.get(op)
    v = spec.get("filter")
    if v in (None, ""):
        return None
    v = str(v)
    return {"contains": col.contains(v, autoescape=True), "notContains": ~col.contains(v, autoescape=True),
            "equals": col == v, "notEqual": col != v, "startsWith": col.startswith(v, autoescape=True),
            "endsWith": col.endswith(v, autoescape=True)}.get(op, col.contains(v, autoescape=True))


POSITIONS = 1024  # grid positions remembered per store (the end of each block served)


def _position(engine, key, row: int, value=None):
    """The remembered position of row `row` of the grid `key` (filters, sort, column
    filters), or remember `value` as it: where the block that ended there stopped, so the
    next block starts from it (keyset paging). Emptied with the results cache when the
    store's fingerprint changes (like a cached result, trusted for FINGERPRINT_TTL seconds
    after a change); None when unknown."""
    state = _state(engine)
    if state is None:
        return None
    positions = state["positions"]
    if value is None:
        value = positions.get((key, row))
        if value is not None:
            positions.move_to_end((key, row))
        return value
    positions[(key, row)] = value
    while len(positions) > POSITIONS:
        positions.popitem(last=False)
    return value


def statement_rows(engine: Engine, f: Filters, start: int = 0, end: int = 100, sort_model=None,
                   filter_model=None) -> list[dict]:
    """One page of statements (GRID_COLUMNS plus char offsets) for the grid: rows
    [start, end) under the filters, the grid's sort and its column filters.

    The default order and a sort by tone or escalation remember where each block ended
    (keyset paging: ag-grid asks for blocks in order as the user scrolls), so the next
    block starts from there instead of reading every row before it again. A jump to a
    far block nobody asked the way to reads the rows before it, and stays slower."""
    start, end = max(0, int(start)), max(0, int(end))
    if end <= start:
        return []
    grid = []  # (column name, ag-grid filter model) of the column filters
    for name, spec in sorted((filter_model or {}).items()):
        if isinstance(spec, dict):
            grid.append((name, spec))
    sorts = [(s.get("colId"), s.get("sort")) for s in sort_model or ()]
    key = (f, tuple(sorts), repr(grid))

    def select_(by_key):
        q, sc = _statement_select(f, by_key)
        cols = dict(_SORTABLE, tone=sc["tone"], escalation=sc["escalation"], targets=statements.c.targets,
                    text=statements.c.text, escalation_cues=sc["escalation_cues"])
        conds = [c for c in (_grid_filter(cols[n], spec) for n, spec in grid if n in cols) if c is not None]
        return (q.where(and_(true(), *conds)) if conds else q), sc, cols, bool(conds)

    sorts = [(name, direction) for name, direction in sorts if name in _GRID_SORTABLE]
    if not sorts or (len(sorts) == 1 and sorts[0][0] in _DOC_SORTS):
        # whole documents can be skipped by their statement counts (speaker_doc) when every
        # filter is one speaker_doc knows exactly: section, speaker, the document's own
        bq, _, _, filtered = select_(True)
        countable = not filtered and not f.q and not f.target and not f.kinds
        order = None
        if sorts:  # a document column: the documents in that order, each in reading order
            col = _SORTABLE[sorts[0][0]]
            order = [col.desc().nulls_last() if sorts[0][1] == "desc" else col.asc().nulls_last(),
                     documents.c.doc_id]
        return _newest_first(engine, f, bq, start, end, countable, key, order)
    if len(sorts) == 1 and sorts[0][0] in ("tone", "escalation"):
        bq, bsc = select_(True)[:2]
        rows = _by_score(engine, f, bq, bsc[sorts[0][0]], sorts[0][1] == "desc", start, end, key,
                         plain=not grid and f.with_(extra={}) == Filters())
        if rows is not None:
            return rows
    q, sc, cols, filtered = select_(False)
    order = [cols[name].desc().nulls_last() if direction == "desc" else cols[name].asc().nulls_last()
             for name, direction in sorts]
    q = q.order_by(None).order_by(*order, documents.c.doc_id, statements.c.seq).offset(start).limit(end - start)
    with engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(q)]


SCORE_SPAN = 2000  # score rows (of the score's index) sorted at a time by a score sort, at least
BIG_GROUP = 20_000  # a score value held by this many rows is read in key order instead of sorted
SCORE_WALK = 50_000  # at most this many score rows looked at in one go
WALK_TIME = 0.15  # seconds a score sort walks before it may leave the block to a sort in SQL,
KEPT_RATE = 0.05  # when its filters kept fewer than this share of the score rows it looked at
SORT_IN_SQL = 15_000  # a score sort of an actor with at most this many statements just sorts them


def _stretch(rows: int, looked: int, kept: int, last: int, least: int) -> int:
    """Score rows to look at next for `rows` more rows: twice what the share kept so far
    (`kept` of `looked`) predicts, at least `least`, at most 4 times the `last` stretch
    (at least 2000; the statements of one speaker or outlet come in runs) and SCORE_WALK."""
    want = rows * 2 * looked / kept if kept else 4 * last if last else rows * 2
    return int(min(max(want, least), max(4 * last, 2000) if last else SCORE_WALK, SCORE_WALK))


@cached
def _one_score_each(engine: Engine, name: str) -> bool:
    """Whether every score row with a `name` (tone or escalation) is the newest of its
    statement and no spam carries one, as the writes keep it (one score row per statement,
    spam unscored): the score rows with a value number exactly the statements the rollups
    count as scored, none of them spam. Then the score's index alone ranks the statements
    of the unfiltered grid. Index-only counts, once per store state."""
    S = store.scores
    with engine.connect() as c:
        rows = c.execute(select(func.count()).select_from(S).where(S.c[name].is_not(None))).scalar()
        scored, spam = c.execute(select(func.coalesce(func.sum(speaker_all.c.scored), 0),
                                        func.coalesce(func.sum(speaker_all.c.scored).filter(
                                            speaker_all.c.section == "spam"), 0))).one()
    return rows == scored and spam == 0


def _rank_position(c, idx, desc: bool, row: int):
    """(value, doc_id, seq) of the score index's row `row` (0-based) in the grid's order
    (value, then doc_id, seq): the value from an offset along the index, the key from an
    offset within that value's ties, both read from the index alone."""
    S = store.scores
    value = c.execute(select(idx).where(idx.is_not(None)).order_by(idx.desc() if desc else idx.asc())
                      .offset(row).limit(1)).scalar()
    if value is None:
        return None
    before = c.execute(select(func.count()).select_from(S).where((idx > value) if desc else (idx < value))).scalar()
    k = c.execute(select(S.c.doc_id, S.c.seq).where(idx == value).order_by(S.c.doc_id, S.c.seq)
                  .offset(row - before).limit(1)).first()
    return (value, k[0], k[1]) if k is not None else None


def _by_score(engine: Engine, f: Filters, q, col, desc: bool, start: int, end: int,
              key=None, plain: bool = False) -> list[dict] | None:
    """Rows [start, end) of `q` ordered by the score column `col` (tone or escalation;
    ties by doc_id, seq), which is each statement's NEWEST score. The scores drive
    (score row -> its statement -> its document; CROSS JOIN on SQLite), walking the
    score's index (ix_scores_<col>) a range of about SCORE_SPAN index rows at a time and
    sorting only that range; stale score rows are dropped by the newest-score condition,
    so a statement comes at its newest value. A value held by BIG_GROUP score rows or
    more (escalation 1.0 and 0.0 are held by tens of thousands) is read in the scores'
    primary-key order, which is the order of its ties, a stretch of keys at a time sized
    from the rows still needed, so a block of it never sorts the whole group.

    Starts from the remembered end of the previous block of the same grid (`key`, see
    :func:`_position`); without one it walks from the top, skipping the `start` rows
    before the block in SQL (counted range by range, not fetched): a jump far down stays
    slower (row 20,000 of 1M: ~0.3-0.6 s). None, and the caller sorts in SQL, when the
    walk reaches the statements without such a score (they come last), when it has
    walked for WALK_TIME seconds keeping under KEPT_RATE of the score rows it looked at
    (filters that keep few statements, a rare word or column filter, leave few to sort;
    both ways give the same rows), for one document, and for an actor with at most
    SORT_IN_SQL statements."""
    S = store.scores
    idx = S.c[col.name]
    sc = col.table  # statement_query's alias of scores
    joined = q.get_final_froms()[0]  # statements JOIN documents LEFT JOIN sc ON <the newest scores>
    fast = (select(*q.selected_columns)
            .select_from(_Ordered(_Ordered(sc, statements, joined.onclause), documents,
                                  documents.c.doc_id == statements.c.doc_id))
            .where(q.whereclause))

    def past(x, v):  # x comes after the value v in the order
        return x < v if desc else x > v

    def after(t, k):  # the key of score table t after the key k = (doc_id, seq), for a key-order walk
        return [t.c.doc_id >= k[0], or_(t.c.doc_id > k[0], and_(t.c.doc_id == k[0], t.c.seq > k[1]))]

    pos = _position(engine, ("score", key), start) if key is not None else None
    if pos is None and plain and start > 0 and _one_score_each(engine, col.name):
        # a jump into the unfiltered grid: the row before the block, ranked on the index
        with engine.connect() as c:
            pos = _rank_position(c, S.c[col.name], desc, start - 1)
    value, tie = (pos[0], pos[1:]) if pos is not None else (None, None)
    skip, want = (0, end - start) if pos is not None else (start, end - start)
    out: list[dict] = []
    looked = kept = 0  # score rows looked at, rows they gave
    span = 0  # the last stretch of ties read (a quarter of the longest next one)
    counts: dict = {}  # score rows per value
    deadline = time.monotonic() + WALK_TIME
    if f.doc:
        return None  # one document's statements: sorted in SQL at once
    with engine.connect() as c:
        if pos is None and f.actors:
            n = c.execute(select(func.sum(speaker_doc.c.statements)).where(
                speaker_doc.c.speaker.in_(f.actors), speaker_doc.c.section.in_(f.section_names()))).scalar()
            if (n or 0) <= SORT_IN_SQL:
                return None
        if value is None:
            value = c.execute(select(func.max(idx) if desc else func.min(idx))).scalar()
        while len(out) < want:
            if value is None:
                return None  # every score read: the statements without one come next
            if time.monotonic() > deadline and kept < looked * KEPT_RATE:
                return None  # a walk that keeps few rows: the filters leave few statements to sort
            limit = skip + want - len(out)
            if value not in counts:
                counts[value] = c.execute(select(func.count()).select_from(S).where(idx == value)).scalar()
            n = counts[value]
            if n >= BIG_GROUP:  # the ties of one value, in (doc_id, seq) order: the primary key's
                # up to the k-th score row of the value from here: about the rows still needed
                # (twice what the rows kept so far predict, at most 4 times the last stretch)
                k = _stretch(limit, looked, kept, span, 500)
                span = k
                # (only the k-th key is fetched, from the score's index, which holds the key)
                kq = select(S.c.doc_id, S.c.seq).where(idx == value, *(after(S, tie) if tie else ()))
                last = c.execute(kq.order_by(S.c.doc_id, S.c.seq).offset(k - 1).limit(1)).first()
                got = k
                if last is None:  # fewer than k ties left: up to the group's last key
                    got = c.execute(select(func.count()).select_from(kq.subquery())).scalar()
                    last = c.execute(kq.order_by(S.c.doc_id.desc(), S.c.seq.desc()).limit(1)).first()
                looked += got
                if not got:
                    part, far = None, value
                else:  # the statements of those keys (the last one bounds the walk: no read past it)
                    kth = tuple(last)
                    upto = [sc.c.doc_id <= kth[0], or_(sc.c.doc_id < kth[0], and_(sc.c.doc_id == kth[0],
                                                                                 sc.c.seq <= kth[1]))]
                    part = (fast.where(col == value, *(after(sc, tie) if tie else ()), *upto)
                            .order_by(sc.c.doc_id, sc.c.seq))
                    far = value if got < k else None  # value: no ties after these
            else:  # from `value` to about SCORE_SPAN index rows further, sorted
                far = c.execute(select(idx).where(or_(idx == value, past(idx, value)))
                                .order_by(idx.desc() if desc else idx.asc()).offset(SCORE_SPAN).limit(1)).scalar()
                rng = [or_(col == value, past(col, value))]
                if far == value:
                    rng = [col == value]
                elif far is not None:  # up to far's group, which may be a big one
                    rng.append((col > far) if desc else (col < far))
                if tie is not None:
                    rng.append(or_(past(col, value), *after(sc, tie)[1:]))
                part = fast.where(*rng).order_by(col.desc() if desc else col.asc(), sc.c.doc_id, sc.c.seq)
                looked += SCORE_SPAN
                if far is None:
                    far = False  # to the last score
            if part is not None and skip:
                # rows before the block are skipped in SQL, and counted (not fetched) when the
                # part has no more: a range is counted first (no sort needed), a stretch of ties
                # (already in key order, and sized to hold the block) is read from `skip` first
                rows = [] if n < BIG_GROUP else c.execute(part.offset(skip).limit(want - len(out))).all()
                if rows:
                    kept += skip + len(rows)
                    skip = 0
                else:
                    m = c.execute(select(func.count()).select_from(part.order_by(None).subquery())).scalar()
                    kept += m
                    if m > skip:
                        rows = c.execute(part.offset(skip).limit(want - len(out))).all()
                    skip = max(0, skip - m)
                out += [dict(r._mapping) for r in rows]
            elif part is not None:
                rows = c.execute(part.limit(want - len(out))).all()
                kept += len(rows)
                out += [dict(r._mapping) for r in rows]
            if len(out) >= want:
                break
            # that part read to its end
            if far is None:  # more ties of the value after the k-th key
                tie = kth
                continue
            tie = None
            if far is False:
                return None  # every score read: the statements without one come next
            if far == value:  # the group read to its end: the next value
                value = c.execute(select(func.max(idx) if desc else func.min(idx)).where(past(idx, value))).scalar()
            else:
                value = far
    if key is not None and out:
        r = out[-1]
        _position(engine, ("score", key), end, (r[col.name], r["doc_id"], r["seq"]))
    return out


DOC_BATCH = 400  # at most this many documents read at a time by the grid's default order
PER_DOC = 40  # statements a document is assumed to have before any is read


def _newest_first(engine: Engine, f: Filters, q, start: int, end: int, countable: bool = False,
                  key=None, order=None) -> list[dict]:
    """The grid's default order (newest documents first, each in reading order), or the
    documents in `order` (a sort by one of the document's columns, ties by doc_id): rows
    [start, end) of `q` (whose statement filters are written for the primary key, see
    _statement_select's `by_key`), read a batch of documents at a time along one cursor on
    the documents' order, so a page never sorts the whole statement table. A batch holds
    the documents the rows still needed should take (by their counts when `countable`,
    else by the rows per document seen so far). With `countable` (q's rows per document
    are speaker_doc's statements under the same section and speaker filters) the documents
    before the block are skipped by their counts instead of reading their rows. Starts
    from the remembered end of the previous block of the same grid (`key`) when there is
    one: the position of its document in the order and the rows of it already served."""
    order = order or [documents.c.published.desc(), documents.c.source.desc(), documents.c.doc_id.desc()]
    docs = select(documents.c.doc_id).where(and_(true(), *_doc_conds(f))).order_by(*order)
    if f.actors or f.kinds or tuple(f.sections) != DEFAULT_SECTIONS:
        docs = docs.where(_has_statements(f, engine))  # only documents that have such statements
    if f.target:  # the documents where the speakers talk about the target (stance_doc)
        st = stance_doc
        docs = docs.where(documents.c.doc_id.in_(
            select(st.c.doc_id).where(and_(true(), *_agg_conds(f.with_(since=None, until=None, outlets=(), doc=None),
                                                              st)))))
    q = q.order_by(None).order_by(*order, statements.c.seq)
    pos = _position(engine, ("newest", key), start) if key is not None else None
    at, skip = pos if pos is not None else (0, start)  # documents before `at` are done; rows of it to skip
    want = end - start
    out: list[dict] = []
    read = found = 0  # documents read and the rows they gave (the rows per document so far)
    last = (at, skip)  # the position after the last row served
    pending: list[str] = []  # documents fetched and not read yet
    with engine.connect() as c:
        # one cursor along the documents' order: SQLite steps it as batches are fetched
        # (other drivers fetch the document ids at once: small beside the statements)
        cursor = c.execute(docs.offset(at) if at else docs)
        try:
            while len(out) < want:
                if countable:
                    # the counts trim the batch to the documents needed: fetch generously
                    size = DOC_BATCH if skip else min(DOC_BATCH, 2 * -(-(want - len(out)) // PER_DOC) + 8)
                else:
                    per = found / read if found else (PER_DOC if not read else 1 / max(read, 1))
                    size = max(1, min(DOC_BATCH, int((want - len(out) + skip) / per) + 1))
                batch, pending = pending[:size], pending[size:]
                if len(batch) < size:
                    batch += [d for (d,) in cursor.fetchmany(size - len(batch))]
                if not batch:
                    break
                n = None
                if countable:
                    sd = speaker_doc
                    conds = [sd.c.doc_id.in_(batch), sd.c.section.in_(f.section_names())]
                    if f.actors:
                        conds.append(sd.c.speaker.in_(f.actors))
                    n = dict(c.execute(select(sd.c.doc_id, func.sum(sd.c.statements)).where(and_(*conds))
                                       .group_by(sd.c.doc_id)).all())
                    keep = 0  # the documents wholly before the block
                    while keep < len(batch) and skip >= (n.get(batch[keep]) or 0):
                        skip -= n.get(batch[keep]) or 0
                        keep += 1
                    at += keep
                    batch = batch[keep:]
                    if not batch:
                        continue
                    take, need = 0, skip + want - len(out)  # the documents the block needs, no more
                    while take < len(batch) and need > 0:
                        need -= n.get(batch[take]) or 0
                        take += 1
                    batch, pending = batch[:take], batch[take:] + pending
                read += len(batch)
                seen = {}
                result = c.execute(q.where(statements.c.doc_id.in_(batch)))
                try:
                    for r in result:
                        found += 1
                        seen[r.doc_id] = seen.get(r.doc_id, 0) + 1
                        if skip:
                            skip -= 1
                            continue
                        out.append(dict(r._mapping))
                        if len(out) >= want:
                            break
                finally:
                    result.close()
                # the position after the last row taken: its document and that document's rows so far
                if len(out) >= want:
                    doc = out[-1]["doc_id"]
                    last = (at + batch.index(doc), seen[doc])
                at += len(batch)
        finally:
            cursor.close()
    if key is not None and len(out) >= want:
        _position(engine, ("newest", key), end, last)
    return out


@cached
def extreme_statements(engine: Engine, f: Filters, n: int = 5) -> tuple[list[dict], list[dict]]:
    """The most escalatory and the most conciliatory statements of the RECENT_DOCS newest
    documents with statements under the filters (with an actor filter: the actor's newest
    documents, not the store's, which may hold none of the actor's statements)."""
    recent = select(documents.c.doc_id).where(and_(true(), *_doc_conds(f)))
    if f.actors or f.kinds or tuple(f.sections) != DEFAULT_SECTIONS:
        recent = recent.where(_has_statements(f, engine))  # the newest documents where such speakers speak
    recent = recent.order_by(*newest_first(engine)).limit(RECENT_DOCS)
    q, sc = _statement_select(f, by_key=True)  # the statements of those documents, by primary key
    with engine.connect() as c:
        ids = [d for (d,) in c.execute(recent)]  # found once for both ends
        if not ids:
            return [], []
        q = q.where(documents.c.doc_id.in_(ids), sc["escalation"].is_not(None)).order_by(None)
        # one pass over their scores and keys; both ends picked here, then only those rows read
        keys = c.execute(q.with_only_columns(sc["escalation"], documents.c.published, statements.c.doc_id,
                                             statements.c.seq)).all()

        def ends(desc: bool) -> list:  # by escalation, then newest document, then reading order
            rows = sorted(keys, key=lambda r: (r[2], r[3]))
            rows.sort(key=lambda r: r[1] or "", reverse=True)
            rows.sort(key=lambda r: r[0], reverse=desc)
            return [(r[2], r[3]) for r in rows[:n]]
        hi_keys, lo_keys = ends(True), ends(False)
        wanted = set(hi_keys) | set(lo_keys)
        full = {(r.doc_id, r.seq): dict(r._mapping) for r in c.execute(
            q.where(tuple_(statements.c.doc_id, statements.c.seq).in_(sorted(wanted))))} if wanted else {}
    hi, lo = [full[k] for k in hi_keys], [full[k] for k in lo_keys]
    return [r for r in hi if r["escalation"] > 0], [r for r in lo if r["escalation"] < 0]


def iter_statement_export(engine: Engine, f: Filters):
    """Every statement under the filters, export columns, streamed (for the CSV route)."""
    q, _ = _statement_select(f)
    return store._stream(engine, q)


# --------------------------------------------------------------------------- documents

@cached
def document_table(engine: Engine, f: Filters, limit: int | None = DOC_LIST) -> tuple[pd.DataFrame, int]:
    """Documents under the filters, newest first, with their statement counts (speaker_doc
    sums under the section/kind/actor filters); and how many there are in all. The
    newest `limit` come from the published index; only theirs are counted."""
    sd = speaker_doc
    conds = _doc_conds(f)
    if f.actors or f.kinds:  # only documents where such speakers speak
        conds.append(_has_statements(f))
    base = select(documents.c.doc_id).where(and_(true(), *conds))
    q = (select(documents.c.published, documents.c.outlet, documents.c.title, documents.c.source,
                documents.c.kind, documents.c.doc_id).where(and_(true(), *conds))  # newest first: the published index
         .order_by(documents.c.published.desc().nulls_last(), documents.c.source))
    if limit:
        q = q.limit(limit)
    cols = ["published", "outlet", "title", "source", "kind", "statements", "doc_id"]
    with engine.connect() as c:
        if f.kinds and not f.actors and not f.doc:  # the rollup counts them (doc_month)
            total = _document_count(c, f)
        else:
            total = c.execute(select(func.count()).select_from(base.subquery())).scalar_one()
        rows = c.execute(q).all()
        n = dict(c.execute(select(sd.c.doc_id, func.sum(sd.c.statements)).where(
            sd.c.doc_id.in_([r.doc_id for r in rows]),
            *_agg_conds(f.with_(since=None, until=None, outlets=(), doc=None), sd)).group_by(sd.c.doc_id)).all()) \
            if rows else {}
    df = pd.DataFrame([(*r[:5], int(n.get(r.doc_id) or 0), r.doc_id) for r in rows], columns=cols)
    df["statements"] = df["statements"].astype(int)
    return df, int(total)


def document(engine: Engine, doc_id: str) -> dict | None:
    with engine.connect() as c:
        r = c.execute(select(documents).where(documents.c.doc_id == doc_id)).first()
    return dict(r._mapping) if r else None


def document_statements(engine: Engine, doc_id: str) -> list[dict]:
    """All statements of one document in reading order, with their newest scores (every
    section: the document view shows comments and spam as such)."""
    q = store.statement_query(doc_id=doc_id).order_by(None).order_by(statements.c.seq)
    with engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(q)]


# --------------------------------------------------------------------------- runs

RUN_COLUMNS = ("run_id", "started_at", "finished_at", "status", "scorer_version", "documents_added",
               "statements_added", "documents_rescored", "statements_rescored", "errors", "host")
DRIFT_COLUMNS = ("run_id", "actor", "statements", "tone_before", "tone_after", "tone_change", "escalation_before",
                 "escalation_after", "escalation_change")


@cached
def run_table(engine: Engine, limit: int = 200) -> pd.DataFrame:
    with engine.connect() as c:
        rows = c.execute(select(*[runs.c[k] for k in RUN_COLUMNS]).order_by(runs.c.run_id.desc()).limit(limit)).all()
    return _frame(rows, list(RUN_COLUMNS))


@cached
def drift_table(engine: Engine, run_id: int | None = None, f: Filters | None = None) -> pd.DataFrame:
    """What one run (the newest by default) moved per actor, largest escalation change first."""
    with engine.connect() as c:
        if run_id is None:
            run_id = c.execute(select(func.max(drift.c.run_id))).scalar()
        if run_id is None:
            return pd.DataFrame(columns=list(DRIFT_COLUMNS))
        q = select(drift).where(drift.c.run_id == run_id)
        if f is not None and f.actors:
            q = q.where(drift.c.actor.in_(f.actors))
        df = _frame(c.execute(q).all(), [c_.name for c_ in drift.c])
    df["tone_change"] = (df["tone_after"] - df["tone_before"]).round(4)
    df["escalation_change"] = (df["escalation_after"] - df["escalation_before"]).round(4)
    df = df.reindex(columns=list(DRIFT_COLUMNS))
    return df.sort_values("escalation_change", key=lambda s: s.abs(), ascending=False).reset_index(drop=True)


# --------------------------------------------------------------------------- filter options

@cached
def options(engine: Engine) -> dict:
    """What the filter bar offers: outlets, speaker kinds, the 500 largest actors."""
    sm = speaker_all
    with engine.connect() as c:
        outlets = [o for (o,) in c.execute(select(doc_month.c.outlet).where(doc_month.c.outlet != "")
                                           .distinct().order_by(doc_month.c.outlet).limit(1000))]
        kinds = [k for (k,) in c.execute(select(sm.c.speaker_kind).where(sm.c.speaker_kind != "")
                                         .distinct().order_by(sm.c.speaker_kind))]
        n = func.sum(sm.c.statements)
        names = [a for (a,) in c.execute(select(sm.c.speaker).where(_real_speaker(sm.c.speaker))
                                         .group_by(sm.c.speaker).order_by(n.desc(), sm.c.speaker).limit(500))]
    return dict(outlets=outlets, kinds=kinds, actors=sorted(names, key=str.lower))


__all__ = ["Filters", "StoreError", "engine_for", "check", "counts", "last_run", "actor_table", "actor_series",
           "stance_matrix", "statement_rows", "extreme_statements", "iter_statement_export", "document_table",
           "document", "document_statements", "run_table", "drift_table", "options"]
