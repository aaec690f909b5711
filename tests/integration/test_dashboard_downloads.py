"""What an analyst gets from the dashboard over HTTP: each download is what its view shows
under the same filters, opened in a spreadsheet nothing in it runs as a formula, and a
wrong user name is refused everywhere. Through Flask's test client and Dash's own
callback endpoint, on the shared small store (tests/dashboard_store.py)."""
import base64
import csv
import io
import json
import re

import pytest

from analysis.export import STATEMENT_COLUMNS
from dashboard import create_app
from tests.dashboard_store import make_store

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def runs_as_formula(cell: str) -> bool:
    """Whether a spreadsheet opening the CSV would evaluate this cell (a number such as
    -0.4 is a number, not a formula)."""
    return cell.startswith(FORMULA_START) and not NUMBER.fullmatch(cell)


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    u = f"sqlite:///{tmp_path_factory.mktemp('downloads') / 'store.db'}"
    make_store(u)
    return u


@pytest.fixture
def app(url):
    a = create_app(url)
    yield a
    a.stancewatch_engine.dispose()


@pytest.fixture
def client(app):
    return app.server.test_client()


# ------------------------------------------------------------------ helpers

def callback(client, output_id: str, search: str = "", extra: dict | None = None) -> dict:
    """Fire the callback that writes `output_id` as the browser does (its inputs from
    /_dash-dependencies, url.search = `search`); {id: {prop: value}} of its outputs."""
    deps = json.loads(client.get("/_dash-dependencies").data)
    dep = next(d for d in deps if any(o.split(".")[0] == output_id for o in d["output"].strip(".").split("...")))
    values = {"url.search": search, "url.pathname": "/", **(extra or {})}
    outs = [dict(zip(("id", "property"), o.rsplit(".", 1))) for o in dep["output"].strip(".").split("...")]
    body = {"output": dep["output"], "outputs": outs if len(outs) > 1 else outs[0],
            "inputs": [{**i, "value": values.get(f"{i['id']}.{i['property']}")} for i in dep["inputs"]],
            "state": [{**s, "value": values.get(f"{s['id']}.{s['property']}")} for s in dep["state"]],
            "changedPropIds": [f"{i['id']}.{i['property']}" for i in dep["inputs"]]}
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200, r.data[:300]
    return json.loads(r.data)["response"]


def find(node, ident):
    """The component with id `ident` in a rendered Dash tree (JSON)."""
    if isinstance(node, dict):
        if node.get("props", {}).get("id") == ident:
            return node
        node = list(node.get("props", {}).values()) if "props" in node else list(node.values())
    if isinstance(node, list):
        for n in node:
            got = find(n, ident)
            if got is not None:
                return got
    return None


def text_of(node) -> str:
    if node is None:
        return ""
    if isinstance(node, (str, int, float)):
        return str(node)
    if isinstance(node, list):
        return "".join(text_of(n) for n in node)
    if isinstance(node, dict):
        return text_of(node.get("props", {}).get("children"))
    return ""


def table_rows(node) -> list[dict]:
    """A table as the user reads it: header cells -> cell texts, one dict a row (an
    html.Table, or a dash-ag-grid grid: its rows by field, each value as text)."""
    if "rowData" in node["props"]:
        return [{k: "" if v is None else str(v) for k, v in r.items()} for r in node["props"]["rowData"]]
    thead, tbody = node["props"]["children"]
    head = [text_of(th) for th in thead["props"]["children"]["props"]["children"]]
    rows = tbody["props"]["children"]
    return [dict(zip(head, (text_of(td) for td in tr["props"]["children"]))) for tr in rows]


def download(client, path, **kw) -> list[dict]:
    r = client.get(path, **kw)
    assert r.status_code == 200, (path, r.status_code, r.data[:200])
    assert r.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))


def spreadsheet_value(cell: str) -> str:
    """What a spreadsheet shows for a CSV cell: a leading ' makes the rest literal text."""
    return cell[1:] if cell.startswith("'") else cell


# ------------------------------------------------------------------ formula neutralisation

@pytest.mark.parametrize("path", ["/download/statements.csv?section=articles&section=comments&section=spam",
                                  "/download/documents.csv", "/download/escalatory.csv", "/download/conciliatory.csv"])
def test_no_downloaded_cell_runs_as_a_formula(client, path):
    rows = download(client, path)
    assert rows
    for row in rows:
        for col, cell in row.items():
            assert not runs_as_formula(cell), (col, cell)


def test_hostile_cells_read_back_as_the_text_of_the_page(client, url):
    """Opened in a spreadsheet, the statements starting with = + - @ and the title starting
    with = show exactly as written (the added ' is the spreadsheet's text marker)."""
    from tests.dashboard_store import TEXTS
    rows = download(client, "/download/statements.csv?outlet=Wire&since=2022-03")
    texts = [r["text"] for r in rows]
    for start in ('=HYPERLINK("http://evil.example") was', "+1 was", "-2+3 was", "@SUM(A1) was"):
        hit = [t for t in texts if spreadsheet_value(t).startswith(start)]
        assert hit and hit[0].startswith("'"), start
    title = next(t for s, _, _, t, _ in TEXTS if s == "xss.txt")
    assert {spreadsheet_value(r["title"]) for r in rows} == {title}
    assert {r["title"][0] for r in rows} == {"'"}
    docs = download(client, "/download/documents.csv?since=2022-03")
    assert [spreadsheet_value(d["title"]) for d in docs] == [title] and docs[0]["title"].startswith("'")


# ------------------------------------------------------------------ each download is its view

@pytest.mark.parametrize("search", ["", "?outlet=Daily", "?since=2022-03", "?until=2022-01",
                                    "?actor=Sergey+Lavrov"])
def test_actors_download_is_the_actors_view_under_the_same_filters(client, search):
    view = table_rows(find(callback(client, "act-table", search), "act-actor-table"))
    csv_rows = download(client, "/download/actors.csv" + search)
    assert [(r["actor"], r["statements"]) for r in view] == [(r["actor"], r["statements"]) for r in csv_rows]
    assert view  # every filter here leaves some actor


def test_actors_download_narrows_with_the_url(client):
    everyone = {r["actor"] for r in download(client, "/download/actors.csv")}
    daily = {r["actor"] for r in download(client, "/download/actors.csv?outlet=Daily")}
    assert "Sergey Lavrov" in everyone and "Antony Blinken" in daily
    assert "Sergey Lavrov" not in daily


@pytest.mark.parametrize("search", ["", "?outlet=Wire", "?since=2022-02", "?actor=Antony+Blinken"])
def test_documents_download_is_the_documents_view(client, search):
    view = table_rows(find(callback(client, "doc-body", search), "doc-table"))
    csv_rows = download(client, "/download/documents.csv" + search)
    assert [(v["published"], v["outlet"], v["statements"]) for v in view] == \
        [(r["published"], r["outlet"], r["statements"]) for r in csv_rows]
    assert [spreadsheet_value(r["title"] or r["source"]) for r in csv_rows] == [v["title"] for v in view]


def _doc_ids(client):
    return {spreadsheet_value(r["title"]): r["doc_id"] for r in download(client, "/download/documents.csv")}


def test_document_download_is_that_document(client):
    """/download/document.csv?doc=ID: exactly the statements the document's page lists,
    in reading order, and only them; another ID gives another document."""
    ids = _doc_ids(client)
    assert len(set(ids.values())) == 3
    for title, doc_id in ids.items():
        page = callback(client, "doc-body", f"?doc={doc_id}")
        # what the page draws (assets/document.js draws the list from this store)
        listed = find(page, "doc-data")["props"]["data"]["statements"]
        rows = download(client, f"/download/document.csv?doc={doc_id}")
        assert tuple(rows[0]) == STATEMENT_COLUMNS
        assert {r["doc_id"] for r in rows} == {doc_id}
        assert [int(r["seq"]) for r in rows] == sorted(int(r["seq"]) for r in rows)
        assert len(rows) == len(listed)
        assert [(int(r["seq"]), spreadsheet_value(r["text"])) for r in rows] == \
            [(li["seq"], li["text"]) for li in listed]


def test_document_download_needs_a_document(client):
    assert client.get("/download/document.csv").status_code == 400


def test_statements_download_is_the_grid_under_the_same_filters(client):
    search = "?outlet=Wire&actor=Sergey+Lavrov"
    grid = callback(client, "stmt-grid", search,
                    {"stmt-grid.getRowsRequest": {"startRow": 0, "endRow": 500}})["stmt-grid"]["getRowsResponse"]
    rows = download(client, "/download/statements.csv" + search)
    assert rows and len(rows) == grid["rowCount"]
    key = lambda r: (r["doc_id"], int(r["seq"]))  # noqa: E731
    assert sorted(map(key, rows)) == sorted(map(key, grid["rowData"]))


# ------------------------------------------------------------------ basic auth

def _basic(user: str, password: str) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def _protected(client):
    """One request of each kind a browser makes: pages, layout, callbacks, assets,
    Dash's own scripts, downloads."""
    deps_ok = client.get("/_dash-dependencies", headers=_basic("ana", "s3cret"))
    assert deps_ok.status_code == 200
    body = {"output": "page.children", "outputs": {"id": "page", "property": "children"},
            "inputs": [{"id": "url", "property": "pathname", "value": "/"}], "changedPropIds": ["url.pathname"]}
    return [("GET", "/", None), ("GET", "/actors", None), ("GET", "/_dash-layout", None),
            ("GET", "/_dash-dependencies", None), ("POST", "/_dash-update-component", body),
            ("GET", "/assets/style.css", None), ("GET", "/download/actors.csv", None),
            ("GET", "/download/statements.csv", None)]


@pytest.fixture
def auth_client(url, monkeypatch):
    monkeypatch.setenv("STANCEWATCH_USER", "ana")
    monkeypatch.setenv("STANCEWATCH_PASSWORD", "s3cret")
    a = create_app(url)
    yield a.server.test_client()
    a.stancewatch_engine.dispose()


@pytest.mark.parametrize("who", [None, ("bob", "s3cret"), ("ana", "nope"), ("", "s3cret"), ("ana", ""),
                                 ("ANA", "s3cret"), ("ana", "s3cret "), ("anax", "s3cret")])
def test_a_wrong_user_or_password_is_refused_everywhere(auth_client, who):
    headers = _basic(*who) if who else {}
    for method, path, body in _protected(auth_client):
        r = auth_client.open(path, method=method, json=body, headers=headers)
        assert r.status_code == 401, (who, path)
        assert r.headers["WWW-Authenticate"].startswith("Basic")
        assert b"Stancewatch" not in r.data and b"Lavrov" not in r.data


def test_the_right_user_gets_everything(auth_client):
    ok = _basic("ana", "s3cret")
    for method, path, body in _protected(auth_client):
        r = auth_client.open(path, method=method, json=body, headers=ok)
        r.close()  # the asset is a file the response holds open
        assert r.status_code == 200, path
    assert b"Sergey Lavrov" in auth_client.get("/download/actors.csv", headers=ok).data


# ------------------------------------------------------------------ the whole document, streamed

PAGE = (  # an article with an advert inside it and reader comments after it
    "Minister warns of escalation at border\n\n"
    "Sergey Lavrov said on Monday that troops were massing at the border.\n"
    "Did you know that lockBox is the safest way to protect your passwords from hackers?\n"
    "Officials in the capital said talks would resume next week.\n"
    "I use lockBox for my freelance gigs and my clients love the security it gives.\n"
    "Totally agree with the minister here. Talks are the only way.\n"
    "Nobody believes those talks will go anywhere.\n"
    "In reply to Totally agree with the… by blue_heron\n")


def test_a_document_download_has_all_its_sections(tmp_path):
    """The document's CSV is the whole document in reading order: comments and spam too,
    whatever the filter bar hides by default."""
    from analysis import pipeline, store
    from analysis.actors import load_registry
    from analysis.ingest import doc_id_for
    from analysis.model import Document
    u = f"sqlite:///{tmp_path / 'page.db'}"
    eng = store.connect(u)
    doc = Document(doc_id=doc_id_for(PAGE), source="page.txt", text=PAGE, published="2022-02-01")
    store.store_document(eng, doc, pipeline.analyse(doc, load_registry(())))
    eng.dispose()
    a = create_app(u)
    try:
        rows = download(a.server.test_client(), f"/download/document.csv?doc={doc.doc_id}")
    finally:
        a.stancewatch_engine.dispose()
    assert {"body", "spam", "comment"} <= {r["section"] for r in rows}
    assert [int(r["seq"]) for r in rows] == list(range(len(rows)))


def test_downloads_stream_about_a_hundred_rows_at_a_time():
    from dashboard.downloads import _stream_csv
    rows = [{"seq": i, "text": f"row {i}"} for i in range(250)]
    chunks = list(_stream_csv(iter(rows), ("seq", "text")))
    assert "".join(chunks) == "seq,text\n" + "".join(f"{i},row {i}\n" for i in range(250))
    assert [c.count("\n") for c in chunks] == [1, 100, 100, 50]  # the header at once, then 100 rows a chunk
    assert "\r" not in "".join(chunks)  # Unix line ends


# ------------------------------------------------------------------ the other tables, each its view

def _stext(node) -> list[str]:
    """The texts of a statement list (components.statement_list), in order."""
    out = []

    def walk(n):
        if isinstance(n, dict):
            props = n.get("props", {})
            if props.get("className") == "stext":
                out.append(text_of(n))
                return
            walk(props.get("children"))
        elif isinstance(n, list):
            for c in n:
                walk(c)
    walk(node)
    return out


@pytest.mark.parametrize("search", ["", "?outlet=Wire"])
def test_extremes_downloads_are_the_overviews_lists(client, search):
    out = callback(client, "ov-high", search)
    for name, box in (("escalatory", "ov-high"), ("conciliatory", "ov-low")):
        shown = _stext(out[box]["children"])
        rows = download(client, f"/download/{name}.csv{search}")
        # unfiltered, both lists hold statements; the Wire's texts are all threats and
        # rejections, so under ?outlet=Wire its conciliatory list may rightly be empty
        assert shown or (search and name == "conciliatory"), name
        assert [spreadsheet_value(r["text"]) for r in rows] == shown, name
    assert _stext(out["ov-high"]["children"]) != _stext(out["ov-low"]["children"])


@pytest.mark.parametrize("search", ["", "?outlet=Daily"])
def test_stance_download_is_the_heatmaps_query(client, app, search):
    from dashboard import queries as Q
    want = Q.stance_matrix.uncached(app.stancewatch_engine, Q.Filters.from_search(search))
    rows = download(client, f"/download/stance.csv{search}")
    assert rows and [(r["speaker"], r["target"], int(r["statements"])) for r in rows] == \
        list(zip(want["speaker"], want["target"], want["statements"]))


@pytest.fixture(scope="module")
def rescored(tmp_path_factory):
    """The shared store after a real rescoring run (runs and drift to show): its scores were
    an older scorer's, with other numbers, so the run moves every speaker (an unchanged
    store rescored writes no drift)."""
    from click.testing import CliRunner
    from sqlalchemy import update

    from analysis import store
    from analysis.cli import cli
    u = f"sqlite:///{tmp_path_factory.mktemp('rescored') / 'store.db'}"
    make_store(u)
    eng = store.connect(u)
    try:
        with eng.begin() as c:
            c.execute(update(store.scores).values(scorer_version="older", tone=0.5))
    finally:
        eng.dispose()
    r = CliRunner().invoke(cli, ["rescore", "--all", "--db", u])
    assert r.exit_code == 0, r.output
    return u


@pytest.mark.parametrize("search", ["", "?actor=Antony+Blinken"])
def test_runs_and_drift_downloads_are_the_runs_view(rescored, search):
    a = create_app(rescored)
    try:
        c = a.server.test_client()
        page = callback(c, "runs-body", search)
        for name, ident in (("runs", "runs-table"), ("drift", "drift-table")):
            view = table_rows(find(page, ident))
            rows = download(c, f"/download/{name}.csv{search}")
            assert view and len(rows) == len(view), name
            key, shown = ("run_id", "run") if name == "runs" else ("actor", "actor")  # the page's readable header
            assert [r[key] for r in rows] == [v[shown] for v in view], name
    finally:
        a.stancewatch_engine.dispose()
