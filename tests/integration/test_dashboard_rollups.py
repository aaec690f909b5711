"""The dashboard's figures come from the monthly rollups (revision 0004) plus, for a date
filter that cuts a month, that month's per-document rows: they must be exactly what the
statements themselves add up to, under every filter an analyst can set, on both backends."""
import math
import random

import pandas as pd
import pytest

from analysis import store
from analysis.model import Document, Statement
from dashboard import data as Q
from dashboard.data import grid as G

SPEAKERS = [("Sergey Lavrov", "person"), ("Antony Blinken", "person"), ("Kremlin", "organisation"),
            ("(narrator)", "narrator"), ("ivan_k", "commenter"), ("(unknown commenter)", "commenter")]
DATES = ["2021-11-30", "2021-12-01", "2021-12-15", "2021-12-31", "2022-01-01", "2022-01-15", "2022-02-28",
         "2022-03-01", "2022", "2022-01", None]


def _fill(engine, n_docs=40, seed=3):
    rnd = random.Random(seed)
    for d in range(n_docs):
        doc_id = f"doc{d:02d}"
        sts = []
        unknown = {name for name, _ in SPEAKERS if rnd.random() < 0.1}  # a speaker's kind is one per document
        for seq in range(rnd.randint(1, 8)):
            speaker, kind = rnd.choice(SPEAKERS)
            section = "comment" if kind == "commenter" else rnd.choice(["headline", "body", "body", "spam"])
            scored = rnd.random() > 0.15
            targets = tuple(t for t in ("NATO", "Russia", "Sergey Lavrov") if rnd.random() < 0.4)
            sts.append(Statement(
                doc_id=doc_id, seq=seq, char_start=seq, char_end=seq + 1, section=section, speaker=speaker,
                speaker_kind=None if speaker in unknown else kind, text="x", cue="said", targets=targets,
                tone=round(rnd.uniform(-1, 1), 3) if scored else None, tone_pos=0.1, tone_neu=0.8, tone_neg=0.1,
                escalation=round(rnd.uniform(-1, 1), 3) if scored else None, escalation_cues=(),
                scorer_version="v1" if scored else None))
        doc = Document(doc_id=doc_id, source=f"{doc_id}.txt", text="x" * 10, title=doc_id,
                       published=rnd.choice(DATES), outlet=rnd.choice(["Wire", "Daily", None]))
        store.store_document(engine, doc, sts)


def _statements(engine) -> pd.DataFrame:
    df = pd.DataFrame(list(store.iter_statements(engine)))
    df["speaker_kind"] = df["speaker_kind"].fillna("")
    return df


def _span(p: str) -> tuple[str, str]:
    """The first and last day of a year, month or day."""
    import calendar
    if len(p) == 4:
        return p + "-01-01", p + "-12-31"
    if len(p) == 7:
        return p + "-01", p + f"-{calendar.monthrange(int(p[:4]), int(p[5:]))[1]:02d}"
    return p, p


def _keep(df: pd.DataFrame, f: Q.Filters) -> pd.DataFrame:
    """The filters applied to the statements by hand: a document is in a date range when
    its whole year, month or day is (the dashboard's rule for partly dated documents)."""
    m = df["section"].isin(f.section_names())
    pub = df["published"]
    if f.since:
        m &= pub.notna() & (pub.fillna("0000").map(lambda p: _span(p)[0]) >= _span(f.since)[0])
    if f.until:
        m &= pub.notna() & (pub.fillna("9999").map(lambda p: _span(p)[1]) <= _span(f.until)[1])
    if f.outlets:
        m &= df["outlet"].isin(f.outlets)
    if f.kinds:
        m &= df["speaker_kind"].isin(f.kinds)
    if f.actors:
        m &= df["speaker"].isin(f.actors)
    return df[m]


FILTERS = [Q.Filters(), Q.Filters(since="2021-12-15"), Q.Filters(until="2022-01-01"),
           Q.Filters(since="2021-12-02", until="2022-01-15"), Q.Filters(since="2022"), Q.Filters(until="2022"),
           Q.Filters(since="2021-12", until="2022-01"), Q.Filters(outlets=("Wire",), since="2022-01-14"),
           Q.Filters(sections=("comments",)), Q.Filters(sections=("articles", "spam")),
           Q.Filters(kinds=("person",), until="2021-12-31"), Q.Filters(actors=("Sergey Lavrov",), since="2021-12-10"),
           Q.Filters(doc="doc05"), Q.Filters(since="2022-01", until="2022-12"), Q.Filters(since="2022-02"),
           Q.Filters(until="2022-01-31"), Q.Filters(since="2022-01-01", until="2022-12-31")]


@pytest.fixture
def filled(engine):
    _fill(engine)
    Q.clear_cache(engine)
    return engine


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f.slug())
def test_counts_and_actors_are_the_sums_of_the_statements(filled, f):
    df = _statements(filled)
    keep = _keep(df, f if not f.doc else f.with_())
    if f.doc:
        keep = keep[keep["doc_id"] == f.doc]
    c = Q.counts(filled, f)
    real = keep[~keep["speaker"].str.startswith("(")]
    assert (c["statements"], c["scored"], c["documents"], c["actors"]) == (
        len(keep), int(keep["tone"].notna().sum()), keep["doc_id"].nunique(), real["speaker"].nunique())
    table = Q.actor_table(filled, f, None).set_index("actor")
    # reader commenters are left out of the actor rankings unless their kind is asked for
    kind = real.groupby("speaker")["speaker_kind"].max()
    ranked = real if "commenter" in f.kinds else real[real["speaker"].map(kind) != "commenter"]
    assert sorted(table.index) == sorted(ranked["speaker"].unique())
    assert Q.commenter_count(filled, f) == real["speaker"].nunique() - ranked["speaker"].nunique()
    for name, part in ranked.groupby("speaker"):
        row = table.loc[name]
        assert row["statements"] == len(part) and row["scored"] == part["tone"].notna().sum()
        if row["scored"]:
            assert math.isclose(row["tone"], round(part["tone"].mean(), 4), abs_tol=1.5e-4)
            assert math.isclose(row["escalation_sd"], round(part["escalation"].std(ddof=0), 4), abs_tol=1.5e-4)


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f.slug())
def test_series_and_stance_are_the_sums_of_the_statements(filled, f):
    df = _statements(filled)
    keep = _keep(df, f)
    if f.doc:
        keep = keep[keep["doc_id"] == f.doc]
    names = ("Sergey Lavrov", "Antony Blinken")
    for freq, period in (("day", "D"), ("month", "M")):  # days from speaker_day, whole months from speaker_month
        series = Q.actor_series.uncached(filled, f.with_(actors=f.actors or names), freq, 1)
        want = keep[keep["speaker"].isin(f.actors or names)].copy()
        # a date coarser than the period (a year, or a month by day) is a row of its own over its period
        partial = want["published"].fillna("").str.len() < (10 if freq == "day" else 7)
        want["period"] = Q._day(want["published"]).dt.to_period(period).dt.start_time.dt.strftime("%Y-%m-%d")
        want.loc[partial, "period"] = Q._day(want.loc[partial, "published"]).dt.strftime("%Y-%m-%d")
        want["partial"] = partial
        want = want.dropna(subset=["period"]).groupby(["speaker", "partial", "period"]).size()
        got = series.set_index(["actor", "partial", "period"])["statements"]
        assert dict(got) == {k: v for k, v in want.items()}, freq
    stance = Q.stance_matrix(filled, f, 50)
    kind = keep.groupby("speaker")["speaker_kind"].max()
    hidden = set() if "commenter" in f.kinds else set(kind[kind == "commenter"].index)
    rows = [(r.speaker, t, r.tone) for r in keep.itertuples() if not r.speaker.startswith("(")
            and r.section != "spam" and r.speaker not in hidden
            for t in dict.fromkeys((r.targets or "").split(";")) if t and t != r.speaker and t not in hidden]
    want = pd.DataFrame(rows, columns=["speaker", "target", "tone"]).groupby(["speaker", "target"]).size()
    assert dict(stance.set_index(["speaker", "target"])["statements"]) == {k: v for k, v in want.items()}


def test_extremes_of_an_actor_come_from_the_actors_newest_documents(filled, monkeypatch):
    """With an actor filter the overview's most escalatory and conciliatory statements are
    the actor's, from the newest documents where the actor speaks, even when the store's
    newest documents hold none of them."""
    monkeypatch.setattr(G, "RECENT_DOCS", 2)
    df = _statements(filled)
    df = df[df["published"].notna() & df["tone"].notna()]
    newest = set(df.sort_values("published", ascending=False)["doc_id"].drop_duplicates().head(2))
    quiet = [a for a in ("Sergey Lavrov", "Antony Blinken", "Kremlin")
             if not set(df[df["speaker"] == a]["doc_id"]) & newest]
    assert quiet, "the fixture needs an actor absent from the two newest documents"
    f = Q.Filters(actors=(quiet[0],))
    hi, lo = Q.extreme_statements.uncached(filled, f)
    assert hi or lo
    assert {r["speaker"] for r in hi + lo} == {quiet[0]}


@pytest.mark.parametrize("f", [Q.Filters(kinds=("person",)), Q.Filters(kinds=("commenter",), since="2021-12-15"),
                               Q.Filters(actors=("Kremlin",))], ids=lambda f: f.slug())
def test_document_list_counts_the_documents_where_such_speakers_speak(filled, f):
    keep = _keep(_statements(filled), f)
    df, total = Q.document_table.uncached(filled, f, None)
    assert total == keep["doc_id"].nunique() == len(df)
    assert dict(zip(df["doc_id"], df["statements"])) == keep.groupby("doc_id").size().to_dict()


@pytest.mark.parametrize("f", [Q.Filters(), Q.Filters(sections=("comments",)), Q.Filters(actors=("Kremlin",)),
                               Q.Filters(kinds=("person",), until="2022-01-01")], ids=lambda f: f.slug())
def test_extremes_are_the_ends_of_the_sql_order(filled, f, monkeypatch):
    """The overview's extremes, picked from one pass over the recent statements' scores,
    are the ends of the SQL order by escalation, newest document, reading order."""
    from sqlalchemy import select

    from analysis.store import documents, statements
    monkeypatch.setattr(G, "RECENT_DOCS", 7)
    hi, lo = Q.extreme_statements.uncached(filled, f, 3)
    recent = select(documents.c.doc_id).where(*Q._doc_conds(f))
    if f.actors or f.kinds or tuple(f.sections) != Q.DEFAULT_SECTIONS:
        recent = recent.where(Q._has_statements(f))
    with filled.connect() as c:
        ids = [d for (d,) in c.execute(recent.order_by(documents.c.published.desc().nulls_last(),
                                                       documents.c.source.desc(), documents.c.doc_id.desc()).limit(7))]
        q, sc = Q._statement_select(f)
        q = q.where(documents.c.doc_id.in_(ids), sc["escalation"].is_not(None)).order_by(None)
        want = {}
        for name, esc in (("hi", sc["escalation"].desc()), ("lo", sc["escalation"].asc())):
            want[name] = [(r.doc_id, r.seq) for r in c.execute(q.order_by(
                esc, documents.c.published.desc().nulls_last(), statements.c.seq, statements.c.doc_id).limit(3))]
    assert [(r["doc_id"], r["seq"]) for r in hi] == [k for k, r in zip(want["hi"], range(len(hi)))]
    assert [(r["doc_id"], r["seq"]) for r in lo] == [k for k, r in zip(want["lo"], range(len(lo)))]
    assert all(r["escalation"] > 0 for r in hi) and all(r["escalation"] < 0 for r in lo)
