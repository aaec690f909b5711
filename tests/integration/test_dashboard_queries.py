"""Dashboard queries and callbacks, called as plain functions on a small SQLite store
(tests/dashboard_store.py); the pure filter and layout functions are in tests/unit."""
import csv
import io

import pytest

from dashboard import data as Q
from dashboard.data import score_sort as S
from dashboard.app import nav_links, route, sync_filters
from dashboard.views import actor, actors, documents, dyad, method, overview, runs, statements
from tests.dashboard_store import make_store


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('dash') / 'store.db'}"
    make_store(url)
    e = Q.engine_for(url)
    yield e
    e.dispose()


def _text(component) -> str:
    return str(component)


def test_counts_and_actor_table_come_from_the_sums(eng):
    c = Q.counts(eng, Q.Filters())
    assert c["documents"] == 3 and c["statements"] > 0
    df = Q.actor_table(eng, Q.Filters())
    assert "Sergey Lavrov" in set(df["actor"])
    assert not df["actor"].str.startswith("(").any()
    lav = df.set_index("actor").loc["Sergey Lavrov"]
    # the same numbers as the statements themselves
    rows = [r for r in Q.statement_rows(eng, Q.Filters(actors=("Sergey Lavrov",)), 0, 1000)]
    assert lav["statements"] == len(rows)
    tones = [r["tone"] for r in rows if r["tone"] is not None]
    assert lav["tone"] == pytest.approx(sum(tones) / len(tones), abs=1e-4)
    assert lav["tone_sd"] >= 0


def test_filters_narrow_every_query(eng):
    f = Q.Filters(outlets=("Daily",))
    assert set(Q.actor_table(eng, f)["actor"]) >= {"Antony Blinken"}
    assert "Sergey Lavrov" not in set(Q.actor_table(eng, f)["actor"])
    assert Q.counts(eng, Q.Filters(since="2022-02-01"))["documents"] == 2
    assert Q.counts(eng, Q.Filters(until="2022-01"))["documents"] == 1
    assert Q.document_table(eng, Q.Filters(actors=("Antony Blinken",)))[1] == 1


def test_series_and_stance(eng):
    s = Q.actor_series(eng, Q.Filters(), "month", 2)
    assert {"actor", "period", "period_end", "partial", "statements", "scored", "tone", "tone_ci95", "escalation",
            "escalation_ci95"} == set(s.columns)
    assert not s.empty
    st = Q.stance_matrix(eng, Q.Filters())
    assert list(st.columns) == ["speaker", "target", "statements", "tone", "escalation", "first", "last"]
    heat = Q.stance_matrix(eng, Q.Filters(), 25)
    assert heat["statements"].tolist() and {"speaker", "target", "statements", "escalation"} <= set(heat.columns)


def test_grid_rows_sort_filter_and_search(eng):
    req = {"startRow": 0, "endRow": 100, "sortModel": [{"colId": "escalation", "sort": "desc"}],
           "filterModel": {"speaker": {"filterType": "text", "type": "contains", "filter": "lavrov"}}}
    resp = statements.rows(eng, req, "")
    data = resp["rowData"]
    assert data and all("Lavrov" in r["speaker"] for r in data)
    esc = [r["escalation"] for r in data if r["escalation"] is not None]
    assert esc == sorted(esc, reverse=True)
    assert resp["rowCount"] == len(data)  # the last block tells the total
    assert all("ceasefire" in r["text"] for r in statements.rows(eng, {"startRow": 0, "endRow": 10}, "?q=ceasefire")
               ["rowData"])


def test_every_view_callback_renders(eng):
    cards, run, explain, fig, dl, changed, hi, lo = overview.update(eng, "")
    assert "No rescoring run" in _text(run)
    assert "Sergey Lavrov" in [row[0] for t in fig["data"] for row in t["customdata"]]
    assert "VADER compound" in _text(explain) and "escalatory" in _text(explain)
    tbl, _, bars, _, heat, _ = actors.update(eng, "")
    assert "act-actor-table" in _text(tbl)
    fig, _ = actors.update_series(eng, "", "week", 1)
    assert fig["data"]
    for view in (actor, dyad):
        assert view.update(eng, "?actor=Sergey+Lavrov")
    assert "method-body" in _text(method.layout())
    assert "doc-table" in _text(documents.update(eng, ""))
    assert "runs-empty" in _text(runs.update(eng, ""))
    dl, grid = statements.update(eng, "?actor=Sergey+Lavrov")
    assert "/download/statements.csv?actor=Sergey+Lavrov" in _text(dl)


def test_clicks_lead_to_the_statements_behind_the_mark(eng):
    click = {"points": [{"customdata": ["Sergey Lavrov"], "x": 0.1, "y": 0.2}]}
    out = _text(overview.drill(eng, click, ""))
    assert "/statements?actor=Sergey+Lavrov" in out and "Lavrov" in out
    out = _text(actors.drill(eng, "act-series", {"points": [{"customdata": ["Sergey Lavrov", "2022-01-01"]}]}, "",
                             "month"))
    assert "since=2022-01-01&until=2022-01-31" in out
    assert "Click a bar" in _text(actors.drill(eng, None, None, "", "month"))


def test_document_text_is_text_never_markup(eng):
    df, _ = Q.document_table(eng, Q.Filters(outlets=("Wire",), since="2022-03"))
    page = documents.update(eng, "?doc=" + df["doc_id"][0])
    # the text is a plain string child (React escapes it); no component takes raw HTML
    flat = _text(page)
    assert "<script>alert(1)</script>" in flat
    assert "dangerously" not in flat.lower() and "Markdown" not in flat


def test_empty_and_broken_stores(tmp_path, engine):
    assert "empty-store" in _text(route(engine, "/"))
    (tmp_path / "other.db").write_bytes(b"")
    import sqlite3
    con = sqlite3.connect(tmp_path / "other.db")
    con.execute("create table t (x)")
    con.close()
    e = Q.engine_for(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        assert "not a Stancewatch store" in _text(route(e, "/"))
    finally:
        e.dispose()
    with pytest.raises(Q.StoreError, match="no store"):
        Q.engine_for(f"sqlite:///{tmp_path / 'missing.db'}")


def test_csv_cells_are_neutralised(eng):
    from dashboard.downloads import _stream_csv
    rows = list(Q.iter_statement_export(eng, Q.Filters()))
    text = "".join(_stream_csv(rows, [c for c in rows[0]]))
    cells = [c for r in csv.reader(io.StringIO(text)) for c in r]
    assert not any(c.startswith(("=", "+", "@")) or (c.startswith("-") and not c[1:2].isdigit()) for c in cells)
    for start in ("'=HYPERLINK", "'+1 was", "'-2+3 was", "'@SUM(A1) was"):
        assert any(c.startswith(start) for c in cells), start


def test_cached_results_follow_the_store(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    make_store(url)
    e = Q.engine_for(url)
    try:
        before = Q.counts(e, Q.Filters())
        assert Q.counts(e, Q.Filters()) is before  # cached while the store is unchanged
        from analysis import pipeline, store
        from analysis.actors import load_registry
        from analysis.ingest import doc_id_for
        from analysis.model import Document
        text = "Antony Blinken said the talks were constructive."
        w = store.connect(url)
        doc = Document(doc_id=doc_id_for(text), source="new.txt", text=text, published="2022-04-01")
        store.store_document(w, doc, pipeline.analyse(doc, load_registry(())))
        w.dispose()
        Q.clear_cache(e)  # (a serving app waits FINGERPRINT_TTL instead: tests/integration/test_dashboard_cache.py)
        after = Q.counts(e, Q.Filters())
        assert after["documents"] == before["documents"] + 1 and after["statements"] > before["statements"]
    finally:
        e.dispose()


def test_heatmap_cell_lists_the_statements_about_the_target(eng):
    st = Q.stance_matrix(eng, Q.Filters())
    row = st.iloc[0]
    rows = Q.statement_rows(eng, Q.Filters(actors=(row["speaker"],), target=row["target"]), 0, 100)
    assert len(rows) == row["statements"]
    assert all(row["target"] in r["targets"].split(";") and r["speaker"] == row["speaker"] for r in rows)


@pytest.mark.parametrize("col", ["escalation", "tone"])
@pytest.mark.parametrize("direction", ["desc", "asc"])
def test_score_sort_by_index_walk_equals_the_sql_sort(eng, monkeypatch, col, direction):
    monkeypatch.setattr(S, "SCORE_SPAN", 3)  # many small ranges on the small store
    f = Q.Filters(sections=("articles", "comments", "spam"))
    full = Q.statement_rows(eng, f, 0, 1000, [{"colId": "seq", "sort": "asc"}])
    want = sorted((r for r in full if r[col] is not None), key=lambda r: r[col], reverse=direction == "desc")
    got = Q.statement_rows(eng, f, 0, 5, [{"colId": col, "sort": direction}])
    assert [r[col] for r in got] == [r[col] for r in want[:5]]
    got = Q.statement_rows(eng, f, 2, 6, [{"colId": col, "sort": direction}])
    assert [r[col] for r in got] == [r[col] for r in want[2:6]]


@pytest.mark.parametrize("f", [Q.Filters(), Q.Filters(sections=("articles", "comments", "spam")),
                               Q.Filters(actors=("Sergey Lavrov",), sections=("articles", "spam")),
                               Q.Filters(actors=("Sergey Lavrov",)),
                               Q.Filters(q="the")])
def test_a_deep_page_of_the_default_order_is_the_same_rows_as_reading_from_the_start(eng, f):
    # pages further down skip whole documents by their counts; they must be exactly the
    # rows that reading every statement from the first one gives
    full = Q.statement_rows(eng, f, 0, 10_000)
    assert full
    for start in (1, 7, len(full) // 2, len(full) - 3, len(full)):
        got = Q.statement_rows(eng, f, start, start + 5)
        assert [(r["doc_id"], r["seq"]) for r in got] == [(r["doc_id"], r["seq"]) for r in full[start:start + 5]]


def test_a_document_dated_only_to_a_year_is_in_a_range_only_when_the_range_covers_the_year():
    from dashboard.data.filters import partly_dated_out, period_end, period_start
    assert period_start("2022-01-01") == period_start("2022-01") == "2022" and period_start("2022-03-01") == "2022-03"
    assert period_end("2022-12-31") == period_end("2022-12") == "2022" and period_end("2024-02-29") == "2024-02"
    assert partly_dated_out(Q.Filters(since="2022-02", until="2022-12")) == ["2022"]
    assert partly_dated_out(Q.Filters(since="2022-01", until="2022-12-31")) == []
    assert partly_dated_out(Q.Filters(until="2022-03-15")) == ["2022", "2022-03"]


def test_small_faults_stay_fixed(eng):
    """One numbering per statement; the document page says which sections its count holds
    (the list counts only the kept sections); the bar chart names its one actor; a point of
    year-dated documents opens that year's statements, not January's."""
    from dashboard.views.documents import section_counts
    rows = [{"section": "body"}] * 23 + [{"section": "spam"}] * 3
    assert section_counts(rows) == "26 statements: 23 articles, 3 spam"
    one = Q.actor_table(eng, Q.Filters(actors=("Sergey Lavrov",)))
    assert "Sergey Lavrov" in actors.bars_figure(one)["layout"]["title"]["text"]
    assert "30" not in actors.bars_figure(one)["layout"]["title"]["text"]
    out = _text(actors.drill(eng, "act-series", {"points": [{"customdata": ["Sergey Lavrov", "2022-01-01", 3,
                                                                             "2022-12-31"]}]}, "", "month"))
    assert "since=2022&until=2022" in out
    page = _text(documents.update(eng, "?doc=" + Q.document_table(eng, Q.Filters())[0]["doc_id"][0]))
    assert "1. 0." not in page and "`" not in _text(overview.update(eng, "")[1])


def test_an_undated_document_reads_undated_never_nan(tmp_path):
    """A document without a date or outlet: its page lists and the actor page say
    "undated", not "nan" (pandas' string columns turn a missing value into NaN)."""
    from analysis import pipeline, store
    from analysis.actors import load_registry
    from analysis.ingest import doc_id_for
    from analysis.model import Document
    url = f"sqlite:///{tmp_path / 'store.db'}"
    registry = load_registry(())
    engine = store.connect(url)
    text = 'Sergey Lavrov said Russia rejected the ultimatum. "We will respond," Lavrov said.'
    doc = Document(doc_id=doc_id_for(text), source="undated.txt", text=text, title="An undated note")
    store.store_document(engine, doc, pipeline.analyse(doc, registry), registry)
    engine.dispose()
    e = Q.engine_for(url)
    try:
        df, _ = Q.document_table(e, Q.Filters(actors=("Sergey Lavrov",)))
        assert df["published"].tolist() == [None] and df["outlet"].tolist() == [None]
        page = _text(actor.update(e, "?actor=Sergey+Lavrov"))
        assert "undated" in page and " nan " not in page.replace("·", " ")
        assert "· undated · 2 statements" in page and "· ·" not in page  # no empty outlet between the dots
    finally:
        e.dispose()


def test_a_dyad_and_a_stance_mean_carry_their_interval(eng):
    from analysis.model import stance_targets
    from analysis.store import iter_statements
    rows = [r for r in iter_statements(eng) if r["escalation"] is not None]
    pairs = {}
    for r in rows:
        for t in stance_targets(r["speaker"], r["section"], (r["targets"] or "").split(";")):
            pairs.setdefault((r["speaker"], t), []).append(r)
    (a, b), mine = max(pairs.items(), key=lambda kv: len(kv[1]))
    assert len(mine) >= 2

    def half_width(xs):
        m = sum(xs) / len(xs)
        return round(1.96 * (sum((x - m) ** 2 for x in xs) / len(xs)) ** 0.5 / len(xs) ** 0.5, 4)

    about, _ = Q.stance_of(eng, Q.Filters(), a)
    row = about[about["actor"] == b].iloc[0]
    assert row["escalation_ci95"] == pytest.approx(half_width([r["escalation"] for r in mine]), abs=1e-4)
    assert row["tone_ci95"] == pytest.approx(half_width([r["tone"] for r in mine]), abs=1e-4)
    series = Q.dyad_series(eng, Q.Filters(), a, b)
    mine_series = series[series["direction"] == f"{a} → {b}"]
    assert {"tone_ci95", "escalation_ci95"} <= set(series.columns) and mine_series["escalation_ci95"].notna().any()
    html = str(actor.stance_output(eng, Q.Filters(actors=(a,)).to_search()))
    assert "± 95 %" in html and " ± " in html
    heat = actors.heatmap_figure(Q.stance_matrix(eng, Q.Filters(), 25), min_n=1)
    assert any(" ± " in str(t) for row in heat["data"][1]["text"] for t in row)
