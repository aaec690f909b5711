"""Reads of the rollups (per-document sums and their monthly and all-time totals) behind
the overview and the actor views: counts, actor tables, the stance matrix (series: .series)."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.engine import Engine

from analysis import store
from analysis.store import (doc_month, documents, speaker_all, speaker_doc, speaker_month,
                            stance_all, stance_doc, stance_month)
from analysis.store.reads import stance_rows

from .cache import cached, shown_names
from .filters import (Filters, _agg_conds, _by_document, _from, _real_speaker, date_conditions, period_end,
                      period_start)

TOP_ACTORS = 200  # bubbles and rows in the actor charts (the largest by statements)
TOP_SERIES = 8  # actors drawn over time when none is chosen
TOP_STANCE = 25  # speakers x targets in the heatmap
COMMENTER = "commenter"  # the speaker kind of reader comments' authors


# --------------------------------------------------------------------------- rollups
# The views add up the monthly rollups (analysis/store.py, revision 0004) for every whole
# month a filter keeps; a since/until finer than a month cuts at most two months, which
# are added from the per-document rows of their documents alone. A one-document filter
# reads the per-document rows only. Exact: the same sums as speaker_doc/stance_doc.

SP_SUMS = ("statements", "scored", "tone_sum", "tone_sq", "escalation_sum", "escalation_sq")
ST_SUMS = SP_SUMS  # the stance tables have the same sums (their squares since revision 0009)


def _frame(rows, columns) -> pd.DataFrame:
    """A frame of result rows, made plain tuples first: pandas probes each SQLAlchemy Row
    for attributes it lacks, which costs more than the query on a few thousand rows."""
    rows = list(rows)
    if not rows:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame(dict(zip(columns, map(list, zip(*rows)))))  # column by column: no per-row probing


def _cut_months(f: Filters) -> tuple[str, ...]:
    """The months a date filter cuts (a since or until with a day: "2022-03-15")."""
    return tuple(sorted({v[:7] for v in (period_start(f.since), period_end(f.until)) if v and len(v) > 7}))


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
        conds += [col != ""] + date_conditions(f.since, f.until, col)
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
        # (the target compared as `target || ''`: each document's rows are read by their key; with
        # the target's index SQLite read every row of the target once per document of the cut
        # months, 1.7 s for an actor page under a kind and a day range at 1M statements)
        g = f.with_(target=None) if stance and f.target else f
        conds = _agg_conds(g, per_doc) + ([] if f.doc else _in_months(cut))
        conds += [store.spelled(per_doc.c.target + "", [f.target])] if g is not f else []
        conds += [_real_speaker(per_doc.c.speaker)] if real_only else []
        keys = [per_doc.c[b] for b in by]
        parts.append(c.execute(select(*keys, *(func.sum(per_doc.c[n]) for n in names),
                                      *(func.max(func.coalesce(per_doc.c[k], "")) for k in extra))
                               .select_from(_by_document(per_doc))
                               .where(and_(true(), *conds)).group_by(*keys)).all())
    df = _frame([r for p in parts for r in p], list(by) + list(names) + extra)
    mapping = shown_names(c.engine)
    if len(parts) > 1 or _as_display(df, by, mapping):
        df = df.groupby(list(by), as_index=False, sort=False).agg(
            **{n: (n, "sum") for n in names}, **{k: (k, "max") for k in extra})
    df = df[df["statements"] > 0]
    for n in ("statements", "scored"):
        df[n] = df[n].astype(int)
    return df.reset_index(drop=True)


def _as_display(df: pd.DataFrame, by: tuple[str, ...], mapping: dict[str, str]) -> bool:
    """Put the speaker and target names of `df` (in place) under their group's display
    name (a learned person stored under several spellings: analysis/store/variants.py);
    True when some name changed, so that the rows are to be added up again."""
    changed = False
    for col in ("speaker", "target"):
        if mapping and col in by and not df.empty and df[col].isin(mapping.keys()).any():
            df[col] = df[col].map(lambda n: mapping.get(n, n))
            changed = True
    return changed


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




@cached
def counts(engine: Engine, f: Filters) -> dict:
    with engine.connect() as c:
        n_docs_all = c.execute(select(func.count()).select_from(documents)).scalar_one()
        n_docs = _document_count(c, f)
    df = _speaker_sums(engine, f)
    real = df[_real_speaker(df["speaker"])]
    return dict(documents_in_store=int(n_docs_all), documents=int(n_docs), statements=int(df["statements"].sum()),
                scored=int(df["scored"].sum()), actors=int(len(real)))




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


def commenters_hidden(f: Filters) -> bool:
    """Reader commenters (u/<hash> handles and the like, speaker kind "commenter") are left
    out of the actor rankings unless the speaker-kind filter asks for them: under a 2022
    filter they were 40 of the top 50 actors. Comment threads keep them (Documents)."""
    return COMMENTER not in f.kinds


@cached
def _actor_sums(engine: Engine, f: Filters) -> pd.DataFrame:
    """Every actor's sums under the filters, most statements first (actor_table's rows);
    commenters only when asked for (commenters_hidden)."""
    df = _speaker_sums(engine, f)
    df = df[_real_speaker(df["speaker"])]
    if commenters_hidden(f):
        df = df[df["speaker_kind"] != COMMENTER]
    df = df.rename(columns={"speaker": "actor", "speaker_kind": "kind"})
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
    out["tone_ci95"] = ci95(out["tone_sd"], scored).round(4)
    out["escalation_ci95"] = ci95(out["escalation_sd"], scored).round(4)
    return out


@cached
def actor_total(engine: Engine, f: Filters) -> int:
    """How many actors the filters keep (actor_table's rows without a limit)."""
    return int(len(_actor_sums(engine, f)))


@cached
def commenter_count(engine: Engine, f: Filters) -> int:
    """How many commenters the actor rankings leave out under these filters."""
    df = _speaker_sums(engine, f)
    real = _real_speaker(df["speaker"])
    return int(((df["speaker_kind"] == COMMENTER) & real).sum()) if commenters_hidden(f) else 0


def ci95(sd, n):
    """Half-width of the normal 95 % interval of a mean: 1.96 standard errors."""
    return 1.96 * sd / n.where(n > 0) ** 0.5


@cached
def stance_matrix(engine: Engine, f: Filters, top: int | None = None) -> pd.DataFrame:
    """Speaker x target: statements, mean tone and escalation. With `top`: the heatmap's
    cells, the `top` speakers and targets with the most statements (commenters left out
    unless asked for), from the rollups, speakers and targets by volume. Without: every
    pair, sorted and with the columns of `stancewatch export stance` (first and last
    publication dates, read from the per-document sums), which its CSV is."""
    if top is None:
        return _stance_export(engine, f)
    with engine.connect() as c:
        df = _sums(c, f, True, ("speaker", "target")).rename(columns={"escalation_sum": "esc_sum"})
    cols = ["speaker", "target", "statements", "tone", "escalation"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    if commenters_hidden(f):
        kind = _speaker_sums(engine, f).set_index("speaker")["speaker_kind"]
        commenters = set(kind[kind == COMMENTER].index)
        df = df[~df["speaker"].isin(commenters) & ~df["target"].isin(commenters)]
    sp = df.groupby("speaker")["statements"].sum().nlargest(top).index
    tg = df.groupby("target")["statements"].sum().nlargest(top).index
    df = df[df["speaker"].isin(sp) & df["target"].isin(tg)].copy()
    sc = df["scored"].where(df["scored"] > 0)
    df["tone"] = (df["tone_sum"] / sc).round(4)
    df["escalation"] = (df["esc_sum"] / sc).round(4)
    df["escalation_ci95"] = ci95(_sd(df["esc_sum"], df["escalation_sq"], sc), sc).round(4)
    df["statements"] = df["statements"].astype(int)
    rank_sp = {a: i for i, a in enumerate(sp)}
    rank_tg = {a: i for i, a in enumerate(tg)}
    df = df.assign(_s=df["speaker"].map(rank_sp), _t=df["target"].map(rank_tg))
    return df.sort_values(["_s", "_t"])[cols + ["escalation_ci95"]].reset_index(drop=True)


STANCE_COLUMNS = ("speaker", "target", "statements", "tone", "escalation", "first", "last")


def _stance_export(engine: Engine, f: Filters) -> pd.DataFrame:
    """Every (speaker, target) under the filters as `stancewatch export stance` writes it
    (analysis.store.iter_stance): the per-document sums with the documents' dates."""
    st = stance_doc
    scored = func.sum(st.c.scored)
    q = (select(st.c.speaker, st.c.target, func.sum(st.c.statements), scored, func.sum(st.c.tone_sum),
                func.sum(st.c.escalation_sum), func.min(documents.c.published), func.max(documents.c.published))
         .select_from(st.join(documents, st.c.doc_id == documents.c.doc_id))
         .where(and_(true(), *_agg_conds(f, st))).group_by(st.c.speaker, st.c.target))
    with engine.connect() as c:
        rows = stance_rows(c.execute(q), shown_names(c.engine))  # the same rows as the CLI's export
    return pd.DataFrame(rows, columns=list(STANCE_COLUMNS))
