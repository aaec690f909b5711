"""The Statements grid's paging (server-side infinite rows: sort, column filters, keyset
positions), the overview's extreme statements and the statement export stream. A page in
document order is read by :mod:`.doc_order`, one sorted by a score by :mod:`.score_sort`."""
from __future__ import annotations

from sqlalchemy import and_, literal, or_, select, true, tuple_
from sqlalchemy.engine import Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement

from analysis import store
from analysis.store import documents, statements

from .cache import cached, shown_names
from .filters import DEFAULT_SECTIONS, Filters, _doc_conds, _has_statements, date_conditions, newest_first
from .doc_order import _newest_first
from .score_sort import _by_score

# "recent": the newest documents under the filters (at ~40 statements a document, ~4,000
# statements: a week or two of a busy feed; 200 documents doubled the overview's cold time at
# 1M statements for a list the Statements grid, sorted by escalation, gives in full)
RECENT_DOCS = 100


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



_DOC_SORTS = ("published", "outlet", "title")  # the document's columns: a document's rows stay together
_GRID_SORTABLE = frozenset(_SORTABLE) | {"tone", "escalation", "targets", "text", "escalation_cues"}


def _statement_select(f: Filters, by_key: bool = False, targets: tuple[str, ...] | None = None):
    """store.statement_query (statements + document + newest scores) with the dashboard's
    filters. Returns (query, the scores alias's columns). With `by_key` the statement
    filters are written so that no index but the primary key's serves them (the caller
    names the statements by document or by key). `targets`: the stored spellings of
    f.target (:func:`_target_spellings`; f.target alone when not given)."""
    q = store.statement_query(doc_id=f.doc).where(and_(true(), *date_conditions(f.since, f.until)))
    sc_cols = {c.name: c for c in q.selected_columns if c.name in (
        "tone", "tone_pos", "tone_neu", "tone_neg", "escalation", "escalation_cues", "scorer_version")}
    col = _unindexed if by_key else (lambda c: c)
    conds = [col(statements.c.section).in_(f.section_names())]
    if f.outlets:
        conds.append(documents.c.outlet.in_(f.outlets))
    if f.kinds:
        conds.append(col(statements.c.speaker_kind).in_(f.kinds))
    if f.actors:  # an actor is each of its stored spellings (analysis/store/variants.py)
        conds.append(store.spelled(col(statements.c.speaker), f.actors))
    if f.target:
        listed = literal(";") + statements.c.targets + literal(";")
        conds.append(or_(*(listed.contains(f";{t};", autoescape=True) for t in targets or (f.target,))))
    if f.q:
        conds.append(statements.c.text.contains(f.q, autoescape=True))
    return q.where(and_(true(), *conds)), sc_cols


@cached
def _target_spellings(engine: Engine, target: str | None) -> tuple[str, ...] | None:
    """The stored spellings of a target (analysis/store/variants.py), None without one."""
    if not target:
        return None
    with engine.connect() as c:
        return tuple(store.spellings(c, [target]))


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
    return _shown_rows(engine, _statement_rows(engine, f, start, end, sort_model, filter_model))


def _shown_rows(engine: Engine, rows: list[dict]) -> list[dict]:
    """Statement rows with a person's spellings under the display name, as the export gives them."""
    shown = shown_names(engine)
    return list(store.display_rows(rows, shown)) if shown else rows


def _statement_rows(engine: Engine, f: Filters, start: int, end: int, sort_model, filter_model) -> list[dict]:
    grid = []  # (column name, ag-grid filter model) of the column filters
    for name, spec in sorted((filter_model or {}).items()):
        if isinstance(spec, dict):
            grid.append((name, spec))
    sorts = [(s.get("colId"), s.get("sort")) for s in sort_model or ()]
    key = (f, tuple(sorts), repr(grid))

    def select_(by_key):
        q, sc = _statement_select(f, by_key, _target_spellings(engine, f.target))
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


@cached
def extreme_statements(engine: Engine, f: Filters, n: int = 5) -> tuple[list[dict], list[dict]]:
    """The most escalatory and the most conciliatory statements of the RECENT_DOCS newest
    documents with statements under the filters (with an actor filter: the actor's newest
    documents, not the store's, which may hold none of the actor's statements)."""
    recent = select(documents.c.doc_id).where(and_(true(), *_doc_conds(f)))
    if f.actors or f.kinds or tuple(f.sections) != DEFAULT_SECTIONS:
        recent = recent.where(_has_statements(f, engine))  # the newest documents where such speakers speak
    recent = recent.order_by(*newest_first(engine)).limit(RECENT_DOCS)
    # the statements of those documents, by primary key
    q, sc = _statement_select(f, by_key=True, targets=_target_spellings(engine, f.target))
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
    hi, lo = _shown_rows(engine, [full[k] for k in hi_keys]), _shown_rows(engine, [full[k] for k in lo_keys])
    return [r for r in hi if r["escalation"] > 0], [r for r in lo if r["escalation"] < 0]


def iter_statement_export(engine: Engine, f: Filters):
    """Every statement under the filters, export columns, streamed (for the CSV route)."""
    q, _ = _statement_select(f, targets=_target_spellings(engine, f.target))
    return store.display_rows(store._stream(engine, q), shown_names(engine))
