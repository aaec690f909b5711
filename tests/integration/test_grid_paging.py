"""The grid's fast paths (score sorts walking the score index, the default order read a
batch of documents at a time, blocks started from where the previous one ended) give
exactly the rows, in exactly the order, of the plain SQL ORDER BY ... OFFSET ... LIMIT.

The store is written here row by row so that it holds what the fast paths must get
right: many ties (the grid breaks them by doc_id, seq), big tie groups (read in key
order), stale score rows beside newer ones (the order is by each statement's NEWEST
score, whose value may be NULL), statements without scores, documents without
statements, undated and year-only documents, and every filter the grid has. Runs on
SQLite and, with STANCEWATCH_TEST_PG, on PostgreSQL."""
import random

import pytest
from sqlalchemy import and_, func, select, true

from analysis import store
from dashboard import data as Q
from dashboard.data import doc_order as D
from dashboard.data import grid as G
from dashboard.data import score_sort as S

SPEAKERS = [("Vladimir Putin", "official"), ("Sergey Lavrov", "official"), ("Antony Blinken", "official"),
            ("(narrator)", None), ("Jane Doe", "commenter")]
SECTIONS = ["body", "body", "body", "headline", "comment", "spam"]
TARGETS = ["NATO", "Ukraine", "NATO;Ukraine", "", "United States"]


def _value(rnd, big):
    """A score: one of the `big` values (big tie groups), None, or one of 21 others (a
    few rows each: small groups, some ties)."""
    x = rnd.random()
    return rnd.choice(big) if x < 0.45 else None if x < 0.55 else round(rnd.uniform(-1, 1), 1)



def _build(url: str) -> None:
    rnd = random.Random(7)
    engine = store.connect(url)
    docs, sts, scs = [], [], []
    dates = ["2022-01-10", "2022-01-10", "2022-02-01", "2022-03-15", "2022", "2021-12-31", None, "2023-05"]
    for i in range(26):
        doc_id = f"d{rnd.randrange(10 ** 6):06d}{i:02d}"
        docs.append(dict(doc_id=doc_id, source=f"s{i % 5}.txt", title=f"Title {i}", published=dates[i % len(dates)],
                         outlet="Wire" if i % 3 else "Daily", text="x", ingested_at="2026-01-01T00:00:00"))
        for seq in range(0 if i == 5 else rnd.randrange(1, 14)):
            speaker, kind = rnd.choice(SPEAKERS)
            words = rnd.choice(["new sanctions on oil", "talks about a ceasefire", "a 100% rise, not_a_joke",
                                "the SANCTION regime", "nothing"])
            sts.append(dict(doc_id=doc_id, seq=seq, char_start=seq, char_end=seq + 1, section=rnd.choice(SECTIONS),
                            speaker=speaker, speaker_kind=kind, reported_by=None, cue="said",
                            targets=rnd.choice(TARGETS), text=f"{speaker} said {words} ({i}.{seq})"))
            if rnd.random() < 0.1:
                continue  # never scored
            versions = rnd.choice([1, 1, 1, 2, 3])
            for v in range(versions):  # older versions first: the last one is the newest
                # two versions of one statement may share scored_at: the higher version wins
                at = f"2026-01-0{1 + v - (v == 2)}T00:00:00"
                scs.append(dict(doc_id=doc_id, seq=seq, scorer_version=f"v{v}", tone=_value(rnd, [0.0]),
                                tone_pos=0.0, tone_neu=1.0, tone_neg=0.0, escalation=_value(rnd, [1.0, 0.0]),
                                escalation_cues="cue;other", scored_at=at))
    sd: dict = {}
    st: dict = {}
    for s in sts:
        a = sd.setdefault((s["doc_id"], s["speaker"], s["section"]), dict(
            doc_id=s["doc_id"], speaker=s["speaker"], section=s["section"], speaker_kind=s["speaker_kind"],
            statements=0, scored=0, tone_sum=0.0, tone_sq=0.0, escalation_sum=0.0, escalation_sq=0.0))
        a["statements"] += 1
        for t in filter(None, s["targets"].split(";")):
            b = st.setdefault((s["doc_id"], s["speaker"], t, s["section"]), dict(
                doc_id=s["doc_id"], speaker=s["speaker"], target=t, section=s["section"], statements=0, scored=0,
                tone_sum=0.0, escalation_sum=0.0))
            b["statements"] += 1
    with engine.begin() as c:
        c.execute(store.documents.insert(), docs)
        c.execute(store.statements.insert(), sts)
        c.execute(store.scores.insert(), scs)
        c.execute(store.speaker_doc.insert(), list(sd.values()))
        c.execute(store.stance_doc.insert(), list(st.values()))
    engine.dispose()


@pytest.fixture
def grid(db_url, monkeypatch):
    _build(db_url)
    # small ranges, small tie groups and small batches: many steps on the small store
    monkeypatch.setattr(S, "SCORE_SPAN", 5)
    monkeypatch.setattr(S, "BIG_GROUP", 6)
    monkeypatch.setattr(S, "SORT_IN_SQL", 0)
    monkeypatch.setattr(D, "DOC_BATCH", 3)
    monkeypatch.setattr(D, "PER_DOC", 3)
    e = Q.engine_for(db_url)
    yield e
    Q.clear_cache(e)
    e.dispose()


def _plain(engine, f, sort=None, filters=None):
    """Every row in the order the grid shows them, by one plain SQL ORDER BY."""
    q, sc = Q._statement_select(f)
    cols = dict(Q._SORTABLE, tone=sc["tone"], escalation=sc["escalation"], targets=Q.statements.c.targets,
                text=Q.statements.c.text, escalation_cues=sc["escalation_cues"])
    conds = [Q._grid_filter(cols[n], spec) for n, spec in (filters or {}).items()]
    q = q.where(and_(true(), *[c for c in conds if c is not None]))
    d, s = Q.documents, Q.statements
    if sort:
        col = cols[sort[0]["colId"]]
        order = [col.desc().nulls_last() if sort[0]["sort"] == "desc" else col.asc().nulls_last(), d.c.doc_id,
                 s.c.seq]
    else:
        order = [d.c.published.desc(), d.c.source.desc(), d.c.doc_id.desc(), s.c.seq]
    with engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(q.order_by(None).order_by(*order))]


FILTERS = [Q.Filters(), Q.Filters(sections=("articles", "comments", "spam")), Q.Filters(actors=("Vladimir Putin",)),
           Q.Filters(actors=("Sergey Lavrov", "Jane Doe"), sections=("comments", "spam")),
           Q.Filters(kinds=("official",)), Q.Filters(actors=("Vladimir Putin",), target="NATO"),
           Q.Filters(q="sanction"), Q.Filters(outlets=("Wire",), since="2022", until="2022-02"),
           Q.Filters(q="not_a")]
SORTS = [None, [{"colId": "escalation", "sort": "desc"}], [{"colId": "escalation", "sort": "asc"}],
         [{"colId": "tone", "sort": "desc"}], [{"colId": "tone", "sort": "asc"}],
         [{"colId": "published", "sort": "desc"}], [{"colId": "published", "sort": "asc"}],
         [{"colId": "outlet", "sort": "asc"}], [{"colId": "title", "sort": "desc"}]]
COLUMN_FILTERS = [None, {"text": {"filterType": "text", "type": "contains", "filter": "sanction"}},
                  {"escalation": {"filterType": "number", "type": "greaterThan", "filter": -0.6},
                   "speaker": {"filterType": "text", "type": "notContains", "filter": "lavrov"}}]


def _keys(rows):
    return [(r["doc_id"], r["seq"]) for r in rows]


@pytest.mark.parametrize("sort", SORTS, ids=["newest", "esc-desc", "esc-asc", "tone-desc", "tone-asc",
                                         "published-desc", "published-asc", "outlet-asc", "title-desc"])
def test_blocks_scrolled_in_order_and_jumped_to_are_the_plain_sql_rows(grid, sort):
    for i, f in enumerate(FILTERS):
        for cf in (COLUMN_FILTERS[i % len(COLUMN_FILTERS)],):  # each column filter with a third of them
            want = _plain(grid, f, sort, cf)
            block = 9 if want else 1
            Q.clear_cache(grid)
            # scrolled: each block from where the previous one ended (keyset), one past the end
            got = []
            for start in range(0, len(want) + block, block):
                page = Q.statement_rows(grid, f, start, start + block, sort, cf)
                assert page == want[start:start + block], (f, sort, cf, start)
                got += page
            assert _keys(got) == _keys(want)
            # jumped to: no remembered position
            for start in {1, len(want) // 2, max(0, len(want) - 2)}:
                Q.clear_cache(grid)
                assert Q.statement_rows(grid, f, start, start + 6, sort, cf) == want[start:start + 6], \
                    (f, sort, cf, start)


def test_the_store_has_what_the_fast_paths_must_get_right(grid):
    rows = _plain(grid, Q.Filters(sections=("articles", "comments", "spam")))
    esc = [r["escalation"] for r in rows]
    assert esc.count(1.0) >= S.BIG_GROUP and esc.count(0.0) >= S.BIG_GROUP  # big tie groups
    assert esc.count(None) > 5  # unscored, or scored NULL by the newest version
    with grid.connect() as c:
        stale = c.execute(select(func.count()).select_from(store.scores)).scalar() - sum(
            r["scorer_version"] is not None for r in rows)
    assert stale > 10  # stale score rows beside newer ones
    newest = {(r["doc_id"], r["seq"]): r["scorer_version"] for r in rows}
    assert "v1" in newest.values() and "v2" in newest.values()


def test_a_statement_sorts_by_its_newest_score_not_a_stale_one(grid, db_url):
    f = Q.Filters(sections=("articles", "comments", "spam"))
    sort = [{"colId": "escalation", "sort": "desc"}]
    w = store.connect(db_url)
    with w.begin() as c:
        # a statement whose stale score is the highest there is and whose newest is the lowest
        d, s = c.execute(select(store.statements.c.doc_id, store.statements.c.seq)
                         .order_by(store.statements.c.doc_id, store.statements.c.seq).limit(1)).one()
        c.execute(store.scores.delete().where(store.scores.c.doc_id == d, store.scores.c.seq == s))
        c.execute(store.scores.insert(), [
            dict(doc_id=d, seq=s, scorer_version="old", escalation=9.0, scored_at="2025-01-01T00:00:00"),
            dict(doc_id=d, seq=s, scorer_version="new", escalation=-9.0, scored_at="2027-01-01T00:00:00")])
    w.dispose()
    Q.clear_cache(grid)
    first = Q.statement_rows(grid, f, 0, 3, sort)
    assert (d, s) not in _keys(first) and first[0]["escalation"] == 1.0
    rows = _plain(grid, f, sort)
    last_scored = [r for r in rows if r["escalation"] is not None][-1]
    assert (last_scored["doc_id"], last_scored["seq"], last_scored["escalation"]) == (d, s, -9.0)
    n = len(rows)
    assert Q.statement_rows(grid, f, 0, n, sort) == rows


def test_a_score_sort_left_to_sql_gives_the_same_rows(grid, monkeypatch):
    # a walk that runs out of time (or meets an actor with few statements) hands the
    # block to a sort in SQL, also after blocks served by the walk (remembered ends)
    f, sort = Q.Filters(sections=("articles", "comments", "spam")), [{"colId": "escalation", "sort": "asc"}]
    want = _plain(grid, f, sort)
    got = Q.statement_rows(grid, f, 0, 10, sort)
    monkeypatch.setattr(S, "WALK_TIME", -1.0)
    monkeypatch.setattr(S, "KEPT_RATE", 2.0)  # every walk "keeps too few rows"
    got += Q.statement_rows(grid, f, 10, 25, sort)
    assert got == want[:25]
    doc = want[0]["doc_id"]
    assert Q.statement_rows(grid, Q.Filters(doc=doc), 0, 100, sort) == _plain(grid, Q.Filters(doc=doc), sort)
    monkeypatch.setattr(S, "SORT_IN_SQL", 10 ** 9)
    assert Q.statement_rows(grid, Q.Filters(actors=("Vladimir Putin",)), 0, 1000, sort) == \
        _plain(grid, Q.Filters(actors=("Vladimir Putin",)), sort)


@pytest.mark.parametrize("f", FILTERS[:6], ids=lambda f: f.slug())
def test_extreme_statements_read_by_key_are_those_of_the_plain_query(grid, monkeypatch, f):
    got = Q.extreme_statements.uncached(grid, f, 4)
    plain = Q._statement_select
    monkeypatch.setattr(G, "_statement_select", lambda f, by_key=False, **kw: plain(f, **kw))
    assert got == Q.extreme_statements.uncached(grid, f, 4)
    assert any(got) or f.actors


def test_a_jump_into_the_unfiltered_score_sort_is_ranked_on_the_index(db_url, monkeypatch):
    """A store as the writes keep it (one score row per statement, spam unscored): a block
    far down the unfiltered grid sorted by a score starts from the row the score's index
    ranks before it, and is exactly the plain SQL rows; a stale score row beside a newer
    one turns that off (the index no longer ranks statements) and the rows stay exact."""
    from analysis.model import Document, Statement
    rnd = random.Random(11)
    engine = store.connect(db_url)
    for i in range(30):
        doc_id = f"j{i:03d}"
        sts = []
        for seq in range(rnd.randrange(1, 9)):
            section = rnd.choice(["body", "body", "headline", "comment", "spam"])
            scored = section != "spam" and rnd.random() > 0.1
            sts.append(Statement(doc_id=doc_id, seq=seq, char_start=seq, char_end=seq + 1, section=section,
                                 speaker="Sergey Lavrov", speaker_kind="official", text="x",
                                 tone=rnd.choice([0.0, 0.5, -0.5, 0.25]) if scored else None, tone_pos=0.0,
                                 tone_neu=1.0, tone_neg=0.0, escalation=rnd.choice([1.0, 1.0, 0.0, 0.3, -0.7])
                                 if scored else None, escalation_cues=(), scorer_version="v1"))
        store.store_document(engine, Document(doc_id=doc_id, source=f"{doc_id}.txt", text="x" * 10,
                                              published=f"2022-0{1 + i % 9}-01"), sts)
    engine.dispose()
    e = Q.engine_for(db_url)
    try:
        for stale in (False, True):
            if stale:  # an older score row with another value beside one statement's newest
                w = store.connect(db_url)
                with w.begin() as c:
                    c.execute(store.scores.insert().values(doc_id="j000", seq=0, scorer_version="old", tone=0.9,
                                                           escalation=0.9, scored_at="2000-01-01T00:00:00"))
                w.dispose()
            for col in ("escalation", "tone"):
                for direction in ("desc", "asc"):
                    sort = [{"colId": col, "sort": direction}]
                    want = _keys(_plain(e, Q.Filters(), sort))
                    for start in (1, 7, 13, len(want) - 3):
                        Q.clear_cache(e)
                        got = Q.statement_rows(e, Q.Filters(), start, start + 5, sort)
                        assert _keys(got) == want[start:start + 5], (stale, col, direction, start)
    finally:
        Q.clear_cache(e)
        e.dispose()
