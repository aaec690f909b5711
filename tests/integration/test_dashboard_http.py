"""The dashboard through Flask's test client: every page, its layout and callback graph,
the downloads, basic auth, error pages."""
import csv
import io
import json

import pytest

from dashboard import create_app
from tests.conftest import BACKENDS, pg_schema
from tests.dashboard_store import make_store

PAGES = ("/", "/actors", "/actor", "/dyad", "/documents", "/statements", "/runs", "/method")


@pytest.fixture(scope="module", params=BACKENDS)
def url(request, tmp_path_factory):
    """The shared store on every backend: pages, downloads (streamed) and basic auth are
    checked on SQLite and on PostgreSQL alike."""
    if request.param == "sqlite":
        u = f"sqlite:///{tmp_path_factory.mktemp('http') / 'store.db'}"
        make_store(u)
        yield u
        return
    with pg_schema(request.getfixturevalue("pg_admin"), "http") as u:
        make_store(u)
        yield u


@pytest.fixture
def client(url):
    app = create_app(url)
    yield app.server.test_client()
    app.stancewatch_engine.dispose()


@pytest.mark.parametrize("path", PAGES)
def test_every_page_serves_the_app(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert b'id="react-entry-point"' in r.data and b"_dash-renderer" in r.data
    assert b"<title>Stancewatch</title>" in r.data


def test_layout_and_dependencies(client):
    layout = json.loads(client.get("/_dash-layout").data)
    assert "url" in json.dumps(layout)
    deps = json.loads(client.get("/_dash-dependencies").data)
    outputs = " ".join(d["output"] for d in deps)
    for ident in ("page.children", "ov-bubble.figure", "act-series.figure", "doc-body.children",
                  "stmt-grid.getRowsResponse", "runs-body.children"):
        assert ident in outputs


def _update(client, path):
    """Call the router callback as the browser does."""
    body = {"output": "page.children", "outputs": {"id": "page", "property": "children"},
            "inputs": [{"id": "url", "property": "pathname", "value": path}], "changedPropIds": ["url.pathname"]}
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200, r.data[:300]
    return json.loads(r.data)


@pytest.mark.parametrize("path", PAGES)
def test_router_renders_each_view(client, path):
    out = json.dumps(_update(client, path))
    assert "view-header" in out


def _ids(node, found=None) -> dict:
    """Every component of a layout by id."""
    found = {} if found is None else found
    if isinstance(node, dict):
        props = node.get("props", {})
        if "id" in props and isinstance(props["id"], str):
            found[props["id"]] = props
        for v in props.values():
            _ids(v, found)
    elif isinstance(node, list):
        for v in node:
            _ids(v, found)
    return found


def test_the_layout_holds_the_asking_pages_view_and_filters(client):
    """The page fetches its layout with its own address as the Referer: the layout then
    holds that view and the filter controls set to its query string (no router or filter
    round trip before the view's callbacks); without a Referer the router builds the view."""
    ref = "http://localhost/actors?outlet=Wire&outlet=BBC&since=2022-02&minn=3"
    ids = _ids(json.loads(client.get("/_dash-layout", headers={"Referer": ref}).data))
    assert "act-heatmap" in ids and "ov-bubble" not in ids
    assert ids["f-outlet"]["value"] == ["Wire", "BBC"]
    assert {"label": "BBC (not in the store)", "value": "BBC"} in ids["f-outlet"]["options"]
    assert (ids["f-dates"]["start_date"], ids["f-minn"]["value"]) == ("2022-02-01", 3)
    assert ids["url"]["search"] == "?outlet=Wire&outlet=BBC&since=2022-02&minn=3" and ids["url"]["pathname"] == "/actors"
    bare = _ids(json.loads(client.get("/_dash-layout").data))
    assert "act-heatmap" not in bare and bare["page-path"]["data"] is None
    body = {"output": "..page.children@", "inputs": [{"id": "page-path", "property": "data", "value": None}],
            "state": [{"id": "url", "property": "pathname", "value": "/actors"},
                      {"id": "url", "property": "search", "value": "?outlet=Wire"}], "changedPropIds": []}
    deps = json.loads(client.get("/_dash-dependencies").data)
    body["output"] = next(d["output"] for d in deps if d["output"].startswith("..page.children@"))
    body["outputs"] = [{"id": o.split(".")[0], "property": o.split(".")[1].split("@")[0]}
                       for o in body["output"].strip(".").split("...")]
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200, r.data[:300]
    out = json.loads(r.data)["response"]
    assert "act-heatmap" in json.dumps(out["page"]) and out["f-outlet"]["value"] == ["Wire"]


def test_many_apps_in_one_process(url, tmp_path):
    apps = [create_app(url) for _ in range(3)]
    try:
        assert all(a.server.test_client().get("/").status_code == 200 for a in apps)
    finally:
        for a in apps:
            a.stancewatch_engine.dispose()


def test_statement_download_is_the_contract_with_filters_in_the_name(client):
    r = client.get("/download/statements.csv?actor=Sergey+Lavrov&outlet=Wire")
    assert r.status_code == 200
    assert 'filename="stancewatch-statements-outlet-Wire_actor-Sergey-Lavrov.csv"' in r.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    from analysis.export import STATEMENT_COLUMNS
    assert tuple(rows[0].keys()) == STATEMENT_COLUMNS
    assert rows and {r["speaker"] for r in rows} == {"Sergey Lavrov"}
    assert all(not v.startswith("=") for row in rows for v in row.values())


@pytest.mark.parametrize("name", ["actors", "series", "stance", "documents", "runs", "drift", "escalatory",
                                  "conciliatory"])
def test_every_table_downloads(client, name):
    r = client.get(f"/download/{name}.csv?since=2022")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert "since-2022" in r.headers["Content-Disposition"]


@pytest.mark.parametrize("search", ["", "?outlet=Wire", "?since=2022-02-01"])
def test_the_stance_csv_is_export_stance_under_the_same_filters(client, url, search):
    """Every pair (not the heatmap's top 25), with first and last, as `stancewatch export stance`."""
    from analysis import store
    from dashboard import data as Q
    r = client.get(f"/download/stance.csv{search}")
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    f = Q.Filters.from_search(search)
    engine = store.connect(url)
    try:
        want = list(store.iter_stance(engine, outlet=(f.outlets or (None,))[0], since=f.since))
    finally:
        engine.dispose()
    assert rows and tuple(rows[0]) == ("speaker", "target", "statements", "tone", "escalation", "first", "last")
    def norm(d):  # numbers compared as numbers (the CSV writes 0.0 as 0)
        return {k: (float(v) if k in ("statements", "tone", "escalation") and v not in ("", None) else v or "")
                for k, v in d.items()}
    assert [norm(r) for r in rows] == [norm(w) for w in want]


def test_runs_csv_has_each_runs_errors(client, url):
    from sqlalchemy import insert

    from analysis import store
    engine = store.connect(url)
    try:
        with engine.begin() as c:
            c.execute(insert(store.runs).values(run_id=999, started_at="2026-12-02T02:30:00.123456",
                                                finished_at="2026-12-02T02:31:05.654321", status="failed",
                                                scorer_version="abc", errors=2,
                                                error_log="=cmd.html: empty file\na.txt: not UTF-8"))
        r = client.get("/download/runs.csv")
        rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
        run = [x for x in rows if x["run_id"] == "999"][0]
        assert run["error_log"] == "'=cmd.html: empty file\na.txt: not UTF-8"  # whole, and formula-safe
        from dashboard.views import runs as R
        app = create_app(url)
        try:
            page = str(R.update(app.stancewatch_engine, ""))
        finally:
            app.stancewatch_engine.dispose()  # an open connection left to the GC is a warning, an error here
        assert "a.txt: not UTF-8" in page and "2026-12-02 02:31:05" in page and "654321" not in page
    finally:
        with engine.begin() as c:
            c.execute(store.runs.delete().where(store.runs.c.run_id == 999))
        engine.dispose()


def test_unknown_download_is_404(client):
    assert client.get("/download/nope.csv").status_code == 404


def test_basic_auth(url, monkeypatch):
    monkeypatch.setenv("STANCEWATCH_USER", "ana")
    monkeypatch.setenv("STANCEWATCH_PASSWORD", "s3cret")
    app = create_app(url)
    try:
        c = app.server.test_client()
        assert c.get("/").status_code == 401
        assert c.get("/download/actors.csv").status_code == 401
        import base64
        ok = {"Authorization": "Basic " + base64.b64encode(b"ana:s3cret").decode()}
        bad = {"Authorization": "Basic " + base64.b64encode(b"ana:nope").decode()}
        assert c.get("/", headers=ok).status_code == 200
        assert c.get("/", headers=bad).status_code == 401
    finally:
        app.stancewatch_engine.dispose()


def test_missing_store_is_an_error_page_not_a_crash(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'missing.db'}")
    c = app.server.test_client()
    assert c.get("/").status_code == 200
    out = json.dumps(_update(c, "/"))
    assert "store-error" in out and "no store" in out
    assert not (tmp_path / "missing.db").exists()
    assert c.get("/download/statements.csv").status_code == 503


def test_cli_serve_refuses_a_missing_store(tmp_path):
    from analysis.cli import main
    assert main(["serve", "--db", f"sqlite:///{tmp_path / 'none.db'}"]) == 2  # bad usage: only ingest creates a store (issue 14)
