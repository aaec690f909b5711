"""The Statements grid sorted by tone or escalation: rows read along the score's index a
range at a time (each statement at its newest score), the positions of far blocks read from
the index alone."""
from __future__ import annotations

import time

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Engine

from analysis import store
from analysis.store import documents, speaker_all, speaker_doc, statements

from .cache import cached
from .filters import Filters, _Ordered
from .positions import _position

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
                store.spelled(speaker_doc.c.speaker, f.actors),
                speaker_doc.c.section.in_(f.section_names()))).scalar()
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
