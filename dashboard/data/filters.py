"""The filters shared by every view (kept in the URL query string) and the SQL
conditions they make on the store's tables."""
from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qs, urlencode

import pandas as pd
from sqlalchemy import and_, exists, func, select, true
from sqlalchemy.engine import Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import _de_clone
from sqlalchemy.sql.expression import Join

from analysis import store
from analysis.dates import ISO_DATE
from analysis.store import documents, speaker_all, speaker_doc

from .cache import cached

# "articles" and "comments" are what an analyst picks; spam is hidden unless asked for.
SECTION_GROUPS = {"articles": ("headline", "body"), "comments": ("comment",), "spam": ("spam",)}
DEFAULT_SECTIONS = ("articles", "comments")
FREQS = {"day": "D", "week": "W", "month": "M"}
DATE_RE = ISO_DATE  # since/until: a year, a month or a day (the rule analysis/dates.py keeps for the CLI)

# A mean of fewer statements than this is greyed (charts) or hidden (what changed): with a
# tone SD of about 0.4 (corpus), the 95 % interval of a mean of 5 is about ±0.35, as wide
# as the gap between most actors. The analyst moves it (?minn=).
MIN_N = 5


def _min_n(v: str | None) -> int:
    try:
        return max(1, min(10_000, int(v))) if v else MIN_N
    except ValueError:
        return MIN_N


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
    # the fewest statements a mean is drawn from before its mark is greyed or hidden
    min_n: int = MIN_N
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    KEYS = ("since", "until", "outlet", "section", "kind", "actor", "q", "target", "doc", "minn")

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
                   target=one("target"), doc=one("doc"), min_n=_min_n(one("minn")),
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
        if self.min_n != MIN_N:
            pairs.append(("minn", str(self.min_n)))
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


# Documents dated only to a year or a month ("2022", "2022-09": the UN speeches) are in a
# date range only when the range covers their whole year or month: since=2022-02 leaves a
# document dated "2022" out (it may be from January), since=2022-01 or since=2022 keeps it;
# until=2022-06 leaves it out, until=2022-12 keeps it. Each view says how many such
# documents a range leaves out (partly_dated_out). Placing them on 1 January instead put
# September speeches before February's events.
RULE_PARTIAL_DATES = ("A document dated only to a year or a month is in a date range only when the range "
                      "covers its whole year or month.")


def period_start(v: str | None) -> str | None:
    """A `since` as the coarsest period it starts: 2022-01-01 and 2022-01 -> 2022, 2022-03-01 -> 2022-03."""
    while v and len(v) > 4 and v.endswith("-01"):
        v = v[:-3]
    return v


def period_end(v: str | None) -> str | None:
    """An `until` as the coarsest period it ends: 2022-12-31 and 2022-12 -> 2022, 2022-02-28 -> 2022-02."""

    if v and len(v) == 10 and int(v[8:]) == calendar.monthrange(int(v[:4]), int(v[5:7]))[1]:
        v = v[:7]
    if v and len(v) == 7 and v.endswith("-12"):
        v = v[:4]
    return v


def _strict_prefixes(v: str | None) -> list[str]:
    """The coarser periods `v` lies inside: 2022-03-15 -> [2022, 2022-03]."""
    return [v[:n] for n in (4, 7) if v and len(v) > n]


def date_conditions(since: str | None, until: str | None, col=None) -> list:
    """since/until on `published` (or a rollup's month or day key), with the rule above for
    documents dated only to a year or a month."""
    col = documents.c.published if col is None else col
    s, u = period_start(since), period_end(until)
    conds = store._date_conditions({"since": s, "until": u}, col)
    if _strict_prefixes(u):  # a year or month the range ends inside of
        conds.append(col.not_in(_strict_prefixes(u)))
    return conds


def partly_dated_out(f: "Filters") -> list[str]:
    """The year or month dates a range cuts through (their documents are left out)."""
    return sorted(set(_strict_prefixes(period_start(f.since)) + _strict_prefixes(period_end(f.until))))


def _doc_conds(f: Filters) -> list:
    conds = date_conditions(f.since, f.until)
    if f.outlets:
        conds.append(documents.c.outlet.in_(f.outlets))
    if f.doc:
        conds.append(documents.c.doc_id == f.doc)
    return conds


def _agg_conds(f: Filters, table, kinds: bool = True) -> list:
    """Conditions on speaker_doc / stance_doc (joined with documents) or statements."""
    conds = _doc_conds(f) + [table.c.section.in_(f.section_names())]
    if f.actors:  # an actor is each of its stored spellings (analysis/store/variants.py)
        conds.append(store.spelled(table.c.speaker, f.actors))
    if f.kinds and kinds:
        if "speaker_kind" in table.c:
            conds.append(table.c.speaker_kind.in_(f.kinds))
        else:  # stance: the speakers of those kinds
            # (per-document rows are read document by document: a plain `speaker IN` made SQLite
            # probe each document once per speaker of the kind; `speaker || ''` is checked on the
            # document's rows instead, 44 -> ~5 ms for "what changed" at 1M statements)
            col = table.c.speaker + "" if table.name == "stance_doc" else table.c.speaker
            conds.append(col.in_(select(speaker_all.c.speaker).where(
                speaker_all.c.speaker_kind.in_(f.kinds)).distinct().scalar_subquery()))
    if f.target and "target" in table.c:
        conds.append(store.spelled(table.c.target, [f.target]))
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



FREQUENT = 20_000  # statements of the chosen actors above which a newest-first walk asks each document


@cached
def _frequent(engine: Engine, actors: tuple[str, ...]) -> bool:
    """Whether `actors` hold more than FREQUENT statements (the rollup knows): their
    documents are then many, and the newest of them soon found by walking documents."""
    with engine.connect() as c:
        n = c.execute(select(func.sum(speaker_all.c.statements)).where(store.spelled(speaker_all.c.speaker,
                                                                                     actors))).scalar()
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


PLACEHOLDER = "("  # "(narrator)", "(unknown commenter)", "(spam)", "(unnamed …)": a speaker that is no actor
# (analysis.attribute.Speaker.named: the same rule where statements are made)


def _real_speaker(col):
    """The actors: a SQL column or a pandas Series of speaker names without the placeholders."""
    if isinstance(col, pd.Series):
        return ~col.str.startswith(PLACEHOLDER)
    return ~col.startswith(PLACEHOLDER)
