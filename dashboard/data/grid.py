"""The Statements grid's paging (server-side infinite rows: sort, column filters,
keyset positions), the overview's extreme statements and the statement export stream."""
from __future__ import annotations

import time

from sqlalchemy import and_, func, literal, or_, select, true, tuple_
from sqlalchemy.engine import Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement

from analysis import store
from analysis.store import documents, speaker_all, speaker_doc, stance_doc, statements

from .cache import _state, cached
from .filters import (DEFAULT_SECTIONS, Filters, _agg_conds, _doc_conds, _has_statements, _Ordered, date_conditions,
                      newest_first)

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


def _statement_select(f: Filters, by_key: bool = False):
    """store.statement_query (statements + document + newest scores) with the dashboard's
    filters. Returns (query, the scores alias's columns). With `by_key` the statement
    filters are written so that no index but the primary key's serves them (the caller
    names the statements by document or by key)."""
    q = store.statement_query(doc_id=f.doc).where(and_(true(), *date_conditions(f.since, f.until)))
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
