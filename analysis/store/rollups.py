"""The aggregates the dashboard reads: the per-document sums (speaker_doc, stance_doc)
written with each document, and the monthly, daily and all-time rollups moved by the
difference on every write (one upsert per key), or rebuilt from the per-document rows
(the migrations' backfill, also a repair)."""
from __future__ import annotations

from itertools import chain
from operator import itemgetter
from typing import Iterable

from sqlalchemy import Table, and_, func, insert, select, tuple_

from ..model import Document, Statement, stance_targets
from .schema import (ROLLUPS, SPEAKER_ALL_KEY, SPEAKER_DAY_KEY, SPEAKER_MONTH_KEY, STANCE_ALL_KEY, STANCE_MONTH_KEY,
                     doc_month, documents, speaker_all, speaker_day, speaker_doc, speaker_month, stance_all,
                     stance_doc, stance_month)
from .sql import _PLACEHOLDER, _bulk_insert, _tuples

def aggregate_rows(doc_id: str, sts: Iterable[Statement]) -> tuple[list[dict], list[dict]]:
    """The speaker_doc and stance_doc rows of one document's scored statements."""
    sp: dict[tuple, dict] = {}
    st: dict[tuple, dict] = {}
    for s in sts:
        scored = s.tone is not None and s.escalation is not None
        tone = s.tone if scored else 0.0
        esc = s.escalation if scored else 0.0
        a = sp.get((s.speaker, s.section))
        if a is None:
            a = sp[(s.speaker, s.section)] = dict(
                doc_id=doc_id, speaker=s.speaker, section=s.section, speaker_kind=s.speaker_kind, statements=0,
                scored=0, tone_sum=0.0, tone_sq=0.0, escalation_sum=0.0, escalation_sq=0.0)
        a["statements"] += 1
        if scored:
            a["scored"] += 1
            a["tone_sum"] += tone
            a["tone_sq"] += tone * tone
            a["escalation_sum"] += esc
            a["escalation_sq"] += esc * esc
        for t in stance_targets(s.speaker, s.section, s.targets):  # only real actors (analysis.model)
            b = st.get((s.speaker, t, s.section))
            if b is None:
                b = st[(s.speaker, t, s.section)] = dict(
                    doc_id=doc_id, speaker=s.speaker, target=t, section=s.section, statements=0, scored=0,
                    tone_sum=0.0, escalation_sum=0.0, tone_sq=0.0, escalation_sq=0.0)
            b["statements"] += 1
            if scored:
                b["scored"] += 1
                b["tone_sum"] += tone
                b["tone_sq"] += tone * tone
                b["escalation_sum"] += esc
                b["escalation_sq"] += esc * esc
    return list(sp.values()), list(st.values())


def write_aggregates(conn, doc_id: str, sts: Iterable[Statement], new: Document | None = None) -> None:
    """Replace one document's aggregate rows (inside the caller's transaction), and move
    the monthly and daily totals by the difference. `new`: the document was written by
    this transaction, so it has no aggregates yet (nothing to read or take away)."""
    if new is not None:
        insert_aggregates(conn, [(doc_id, new.published, new.outlet, sts)])
        return
    sp, st = aggregate_rows(doc_id, sts)
    doc = conn.execute(select(documents.c.published, documents.c.outlet).where(documents.c.doc_id == doc_id)).first()
    old_sp = [dict(r._mapping) for r in conn.execute(select(speaker_doc).where(speaker_doc.c.doc_id == doc_id))]
    old_st = [dict(r._mapping) for r in conn.execute(select(stance_doc).where(stance_doc.c.doc_id == doc_id))]
    if old_sp:
        conn.execute(speaker_doc.delete().where(speaker_doc.c.doc_id == doc_id))
    if old_st:
        conn.execute(stance_doc.delete().where(stance_doc.c.doc_id == doc_id))
    _bulk_insert(conn, speaker_doc, sp)
    _bulk_insert(conn, stance_doc, st)
    if doc is not None:
        published, outlet = doc
        _move_rollups(conn, rollup_rows(published, outlet, sp, st, 1) + rollup_rows(published, outlet, old_sp,
                                                                                   old_st, -1))


def insert_aggregates(conn, docs: list[tuple[str, str | None, str | None, Iterable[Statement]]]) -> None:
    """The aggregates of documents this transaction has just written, (doc_id, published,
    outlet, statements) each: none are stored yet, so nothing is read or taken away. Their
    speaker_doc and stance_doc rows go in one executemany per table, and what they add to
    the rollups is added up per key over all of them and moved once (documents of a batch
    share most speaker and month keys: a fraction of the upserts of one move per document)."""
    sp_rows: list[dict] = []
    st_rows: list[dict] = []
    moves: list[tuple[Table, dict]] = []
    for doc_id, published, outlet, sts in docs:
        sp, st = aggregate_rows(doc_id, sts)
        sp_rows += sp
        st_rows += st
        moves += rollup_rows(published, outlet, sp, st, 1)
    _bulk_insert(conn, speaker_doc, sp_rows)
    _bulk_insert(conn, stance_doc, st_rows)
    _move_rollups(conn, moves)


_SUMS = ("statements", "scored", "tone_sum", "tone_sq", "escalation_sum", "escalation_sq")


def rollup_rows(published: str | None, outlet: str | None, sp: list[dict], st: list[dict],
                sign: int = 1) -> list[tuple[Table, dict]]:
    """What one document's speaker_doc rows `sp` and stance_doc rows `st` add to the
    rollup tables (times `sign`: -1 takes them away), as (table, row) pairs."""
    month, day, outlet = (published or "")[:7], (published or "")[:10], outlet or ""
    out: list[tuple[Table, dict]] = []
    for r in sp:
        kind = r["speaker_kind"] or ""
        sums = {k: sign * r[k] for k in _SUMS}
        out.append((speaker_month, dict(speaker=r["speaker"], month=month, outlet=outlet, section=r["section"],
                                        speaker_kind=kind, **sums)))
        out.append((speaker_day, dict(speaker=r["speaker"], day=day, outlet=outlet, section=r["section"],
                                      speaker_kind=kind, **sums)))
        out.append((speaker_all, dict(speaker=r["speaker"], outlet=outlet, section=r["section"], speaker_kind=kind,
                                      **sums)))
    for r in st:
        sums = {k: sign * r[k] for k in _SUMS}
        out.append((stance_month, dict(speaker=r["speaker"], target=r["target"], month=month, outlet=outlet,
                                       section=r["section"], **sums)))
        out.append((stance_all, dict(speaker=r["speaker"], target=r["target"], outlet=outlet, section=r["section"],
                                     **sums)))
    if sp:
        out.append((doc_month, dict(month=month, outlet=outlet, documents=sign,
                                    present=present_key((r["section"], r["speaker_kind"]) for r in sp))))
    return out


def present_key(pairs: Iterable[tuple[str, str]]) -> str:
    """doc_month's `present`: a document's (section, speaker kind) pairs, sorted, joined."""
    return ";".join(sorted({f"{section}/{kind or ''}" for section, kind in pairs}))


def present_pairs(present: str) -> list[tuple[str, str]]:
    """The (section, speaker kind) pairs of a `present` key."""
    return [tuple(p.partition("/")[::2]) for p in present.split(";") if p]


_ROLLUP_KEYS = {t: [c.name for c in t.primary_key.columns] for t in ROLLUPS}
# each rollup table's key as a function of a row, and its summed columns
_KEY_OF = {t: itemgetter(*keys) for t, keys in _ROLLUP_KEYS.items()}
_SUMMED = {t: [c.name for c in t.columns if c.name not in keys] for t, keys in _ROLLUP_KEYS.items()}


def _move_rollups(conn, rows: list[tuple[Table, dict]]) -> None:
    """Add `rows` to the rollup tables (an upsert per key, in key order so concurrent
    writers lock rows in the same order), then drop the rows left with no statements."""
    merged: dict[Table, dict[tuple, dict]] = {}
    for table, row in rows:
        by_key = merged.get(table)
        if by_key is None:
            by_key = merged[table] = {}
        key = _KEY_OF[table](row)
        have = by_key.get(key)
        if have is None:
            by_key[key] = dict(row)
        else:
            for k in _SUMMED[table]:
                have[k] += row[k]
    for table in ROLLUPS:
        if table not in merged:
            continue
        keys = _ROLLUP_KEYS[table]
        sums = [c.name for c in table.columns if c.name not in keys]
        batch = [merged[table][k] for k in sorted(merged[table])]
        batch = [r for r in batch if any(r[s] for s in sums)]  # a document rescored to the same sums
        if not batch:
            continue
        count = "documents" if table is doc_month else "statements"
        mark = _PLACEHOLDER.get(conn.dialect.paramstyle)
        if conn.dialect.name in ("sqlite", "postgresql") and mark:
            # the same SQL on both (INSERT … ON CONFLICT … DO UPDATE), straight through the
            # driver's executemany: SQLAlchemy's per-row parameter handling cost more than
            # the upserts themselves (~4 ms a document)
            prep = conn.dialect.identifier_preparer
            name = prep.format_table(table)
            cols = keys + sums
            # bandit B608: names from our own metadata, quoted by the dialect; values are bound
            sql = (f"INSERT INTO {name} ({', '.join(prep.quote(c) for c in cols)}) "  # nosec B608
                   f"VALUES ({', '.join([mark] * len(cols))}) "
                   f"ON CONFLICT ({', '.join(prep.quote(k) for k in keys)}) DO UPDATE SET "
                   + ", ".join(f"{prep.quote(c)} = {name}.{prep.quote(c)} + excluded.{prep.quote(c)}" for c in sums))
            conn.exec_driver_sql(sql, _tuples(batch, cols))
        else:  # pragma: no cover - another database: update, else insert
            for r in batch:
                where = and_(*(table.c[k] == r[k] for k in keys))
                if conn.execute(table.update().where(where).values(
                        {s: table.c[s] + r[s] for s in sums})).rowcount == 0:
                    conn.execute(insert(table), r)
        gone = [r for r in batch if r[count] < 0]
        if gone:
            conn.execute(table.delete().where(table.c[count] <= 0, tuple_(*(table.c[k] for k in keys)).in_(
                [tuple(r[k] for k in keys) for r in gone])))


def rebuild_rollups(conn, only: Iterable[str] | None = None, stance_squares: bool = True) -> None:
    """Recompute the rollup tables (all, or those named in `only`: what a migration has
    created so far) from speaker_doc and stance_doc: the migrations' backfill, also a
    repair. Inside the caller's transaction. `stance_squares=False`: the stance tables as
    they were before revision 0009, without their sums of squares (the earlier migrations)."""
    names = set(only) if only is not None else {t.name for t in ROLLUPS}
    for t in ROLLUPS:
        if t.name in names:
            conn.execute(t.delete())
    month = func.substr(func.coalesce(documents.c.published, ""), 1, 7)
    day = func.substr(func.coalesce(documents.c.published, ""), 1, 10)
    outlet = func.coalesce(documents.c.outlet, "")
    kind = func.coalesce(speaker_doc.c.speaker_kind, "")
    sp_join = speaker_doc.join(documents, documents.c.doc_id == speaker_doc.c.doc_id)
    for table, key, period in ((speaker_month, SPEAKER_MONTH_KEY, [month]), (speaker_day, SPEAKER_DAY_KEY, [day]),
                               (speaker_all, SPEAKER_ALL_KEY, [])):
        if table.name not in names:
            continue
        keys = (speaker_doc.c.speaker, *period, outlet, speaker_doc.c.section, kind)
        conn.execute(table.insert().from_select(
            list(key) + list(_SUMS),
            select(*keys, *(func.sum(speaker_doc.c[k]) for k in _SUMS)).select_from(sp_join).group_by(*keys)))
    st_sums = _SUMS if stance_squares else ("statements", "scored", "tone_sum", "escalation_sum")
    for table, key, period in ((stance_month, STANCE_MONTH_KEY, [month]), (stance_all, STANCE_ALL_KEY, [])):
        if table.name not in names:
            continue
        keys = (stance_doc.c.speaker, stance_doc.c.target, *period, outlet, stance_doc.c.section)
        conn.execute(table.insert().from_select(
            list(key) + list(st_sums),
            select(*keys, *(func.sum(stance_doc.c[k]) for k in st_sums))
            .select_from(stance_doc.join(documents, documents.c.doc_id == stance_doc.c.doc_id)).group_by(*keys)))
    if "doc_month" not in names:
        return
    # which section/kind pairs each document has: read in document order, counted here
    counts: dict[tuple, int] = {}
    q = (select(documents.c.doc_id, month, outlet, speaker_doc.c.section, kind).select_from(sp_join)
         .order_by(documents.c.doc_id))
    current, pairs, where = None, [], None
    for doc_id, m, o, section, k in chain(conn.execute(q), [(None,) * 5]):  # the None row ends the last document
        if doc_id != current:
            if pairs:
                key = (*where, present_key(pairs))
                counts[key] = counts.get(key, 0) + 1
            current, pairs, where = doc_id, [], (m, o)
        pairs.append((section, k))
    if counts:
        conn.execute(doc_month.insert(), [dict(month=m, outlet=o, present=p, documents=n)
                                          for (m, o, p), n in sorted(counts.items())])
