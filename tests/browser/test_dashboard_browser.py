"""The dashboard in real headless Chromium (Debian's chromium + chromedriver, Selenium 4):
every view on the seeds and on ../shared/corpus, an actor clicked through to its
statements, a CSV downloaded and read, the console free of errors, a screenshot per view
(the folder is printed). Skipped, saying why, when Chromium or the corpus is absent."""
from __future__ import annotations

import csv
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from analysis import store
from analysis.actors import load_registry
from analysis.cli import SEEDS, ingest_paths
from dashboard import create_app
from tests.dashboard_store import add_trend, make_store

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
CORPUS = Path(os.environ.get("STANCEWATCH_CORPUS", Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"))
VIEWS = ("/", "/actors", "/actor?actor=Sergey+Lavrov", "/dyad?actor=Sergey+Lavrov&target=NATO", "/documents",
         "/statements", "/runs", "/method")
SHOTS = Path(os.environ.get("STANCEWATCH_SCREENSHOTS", Path(__file__).resolve().parents[2] / "out" / "screenshots"))

if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
    pytest.skip(f"headless Chromium not found ({CHROMIUM}, {DRIVER}): apt-get install chromium chromium-driver",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A dashboard on a store, served by werkzeug in a thread on a free port."""

    def __init__(self, url: str):
        from werkzeug.serving import make_server
        self.app = create_app(url)
        self.port = _free_port()
        self.srv = make_server("127.0.0.1", self.port, self.app.server, threaded=True)
        self.thread = threading.Thread(target=self.srv.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.port}"

    def close(self):
        self.srv.shutdown()
        self.thread.join(5)
        self.app.stancewatch_engine.dispose()


def _ingest(url: str, path: Path) -> None:
    engine = store.connect(url)
    try:
        ingest_paths(engine, [path], load_registry(()), echo=lambda *_: None)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def shots():
    SHOTS.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {SHOTS}")
    return SHOTS


@pytest.fixture(scope="session")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="session")
def browser(downloads):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    opts = Options()
    opts.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000"):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    opts.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                           "download.prompt_for_download": False})
    drv = webdriver.Chrome(service=Service(DRIVER), options=opts)
    drv.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    yield drv
    drv.quit()


def _failed_run(url: str) -> None:
    """A rescoring run that failed on two files, as the nightly job records it."""
    from sqlalchemy import insert
    engine = store.connect(url)
    try:
        with engine.begin() as c:
            c.execute(insert(store.runs).values(
                started_at="2026-12-02T02:30:00.123456", finished_at="2026-12-02T02:31:05.654321", status="failed",
                scorer_version="0123456789abcdef", documents_added=3, statements_added=41, documents_rescored=0,
                statements_rescored=0, errors=2,
                error_log="/srv/feed/a.html: not UTF-8 (byte 0xff at 120)\n/srv/feed/b.txt: empty file"))
    finally:
        engine.dispose()


def test_the_runs_view_lists_each_runs_errors(browser, seeds_server):
    _load(browser, seeds_server.base, "/runs", "#runs-table")
    assert browser.find_element(By.CSS_SELECTOR, "#runs-table details").get_attribute("open") is not None
    text = browser.find_element(By.ID, "runs-table").text
    assert "/srv/feed/a.html: not UTF-8" in text and "2026-12-02 02:31:05" in text and "654321" not in text
    assert "documents added" in text  # human headers, not snake_case


@pytest.fixture(scope="session")
def seeds_server(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'store.db'}"
    _ingest(url, SEEDS)
    make_store(url)  # plus the hostile texts (<script>, =HYPERLINK)
    _failed_run(url)
    s = Server(url)
    yield s
    s.close()


@pytest.fixture(scope="session")
def corpus_server(tmp_path_factory):
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (set STANCEWATCH_CORPUS)")
    url = f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'store.db'}"
    _ingest(url, CORPUS)
    s = Server(url)
    yield s
    s.close()


def _wait(drv, css, timeout=20):
    return WebDriverWait(drv, timeout).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def _console_errors(drv) -> list[str]:
    return [e["message"] for e in drv.get_log("browser") if e["level"] == "SEVERE"
            and "favicon" not in e["message"]]


def _load(drv, base, path, ready):
    drv.get(base + path)
    _wait(drv, ".view-header")
    _wait(drv, ready)
    time.sleep(0.3)


# (a chart shows an empty frame, .main-svg, before its figure comes: ready is a drawn trace)
READY = {"/": "#ov-bubble .scatterlayer .trace", "/actors": "#act-actor-table .ag-row", "/documents": "#doc-table",
         "/statements": "#stmt-grid .ag-row", "/runs": "#runs-body > *", "/actor": "#actor-body > *",
         "/dyad": "#dyad-body > *", "/method": "#method-body"}


@pytest.fixture(scope="session")
def trend_server(tmp_path_factory):
    """The small store plus Lavrov on NATO calm in May 2022 and escalatory in late July."""
    url = f"sqlite:///{tmp_path_factory.mktemp('trend') / 'store.db'}"
    make_store(url)
    add_trend(url)
    s = Server(url)
    yield s
    s.close()


@pytest.mark.parametrize("which", ["seeds", "corpus"])
def test_every_view_loads_without_console_errors(request, browser, shots, which):
    srv = request.getfixturevalue(f"{which}_server")
    browser.get_log("browser")  # clear
    for path in VIEWS + ("/documents?doc=" + _longest_document(srv),):
        _load(browser, srv.base, path, READY.get(path.split("?")[0], "#doc-text[data-rendered]")
              if "doc=" not in path else "#doc-text[data-rendered]")
        name = f"{which}-{path.strip('/').split('?')[0] or 'overview'}{'-longest' if 'doc=' in path else ''}.png"
        _save_full_page(browser, shots / name)
        assert not _console_errors(browser), f"{path}: {_console_errors(browser)}"


def _save_full_page(drv, path) -> None:
    """The whole page as an analyst scrolls it, not only the first screen: the window made
    as tall as the page (so the page lays itself out for it, grids and charts included),
    then set back."""
    size = drv.get_window_size()
    for _ in range(4):  # the panels below the first screen are drawn once in view, and make the page taller
        height = drv.execute_script("return document.documentElement.scrollHeight")
        drv.set_window_size(size["width"], min(max(height + 100, size["height"]), 8000))
        time.sleep(0.8)
        WebDriverWait(drv, 30).until(lambda d: d.execute_script(  # every lazy panel asked for and answered
            "return !document.querySelector('[data-lazy]:not([data-lazy-watched=asked]), [data-dash-is-loading]')"))
        _all_charts_drawn(drv)
        if drv.execute_script("return document.documentElement.scrollHeight") <= height:
            break
    drv.save_screenshot(str(path))
    drv.set_window_size(size["width"], size["height"])


def _all_charts_drawn(drv, timeout=30) -> None:
    """Every chart on the page has its figure (data, or the "no data" message), not the
    empty frame it shows before."""
    WebDriverWait(drv, timeout).until(lambda d: d.execute_script(
        "return Array.from(document.querySelectorAll('.js-plotly-plot')).every(g => (g.data && g.data.length) ||"
        " (g.layout && g.layout.annotations && g.layout.annotations.length))"))


def _scroll_to(drv, css):
    drv.execute_script("document.querySelector(arguments[0]).scrollIntoView()", css)


def test_panels_below_the_first_screen_are_drawn_when_scrolled_to(browser, seeds_server):
    """The actors view draws its table and bars first; the heatmap further down is drawn
    when the analyst scrolls to it, with its data."""
    _load(browser, seeds_server.base, "/actors", "#act-bars .barlayer .trace")
    assert browser.find_elements(By.CSS_SELECTOR, "#act-heatmap .heatmaplayer .hm") == []
    _scroll_to(browser, "#act-heatmap")
    _wait(browser, "#act-heatmap .heatmaplayer .hm")
    _wait(browser, "#act-series .scatterlayer .trace")
    assert "Lavrov" in browser.execute_script(
        "return JSON.stringify(document.querySelector('#act-heatmap .js-plotly-plot').data[1].y)")
    assert not _console_errors(browser)


def _longest_document(srv) -> str:
    from sqlalchemy import func, select

    from analysis.store import statements
    with srv.app.stancewatch_engine.connect() as c:
        return c.execute(select(statements.c.doc_id).group_by(statements.c.doc_id)
                         .order_by(func.count().desc()).limit(1)).scalar()


def test_actor_table_links_to_the_actor_page(browser, seeds_server):
    _load(browser, seeds_server.base, "/actors", "#act-actor-table .ag-row")
    browser.find_element(By.LINK_TEXT, "Sergey Lavrov").click()
    _wait(browser, "#actor-name")
    assert "/actor?actor=Sergey+Lavrov" in browser.current_url
    assert browser.find_element(By.ID, "actor-name").text == "Sergey Lavrov"
    _load(browser, seeds_server.base, "/statements?actor=Sergey+Lavrov", "#stmt-grid .ag-row")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#stmt-grid .ag-row"))
    speakers = {e.text for e in browser.find_elements(By.CSS_SELECTOR, "#stmt-grid .ag-cell[col-id='speaker']")}
    assert speakers == {"Sergey Lavrov"}
    assert not _console_errors(browser)


def test_csv_download_has_the_rows_of_the_view(browser, seeds_server, downloads):
    _load(browser, seeds_server.base, "/statements?actor=Sergey+Lavrov", "#stmt-grid .ag-row")
    browser.find_element(By.ID, "dl-statements").click()
    target = downloads / "stancewatch-statements-actor-Sergey-Lavrov.csv"
    deadline = time.time() + 15
    while not target.exists() and time.time() < deadline:
        time.sleep(0.2)
    assert target.exists(), list(downloads.iterdir())
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {r["speaker"] for r in rows} == {"Sergey Lavrov"}
    assert not any(v.startswith(("=", "+", "@")) for r in rows for v in r.values())
    # the hostile title (it starts with =) reads back as text, the ' is the spreadsheet's text marker
    assert any(r["title"].startswith("'=HYPERLINK(") for r in rows)


def test_script_in_a_document_stays_text(browser, seeds_server):
    _load(browser, seeds_server.base, "/documents?since=2022-03", "#doc-table")
    browser.find_element(By.CSS_SELECTOR, "#doc-table a").click()
    text = _wait(browser, "#doc-text[data-rendered]").text
    assert "<script>alert(1)</script>" in text
    assert "<script>alert('title')</script>" in browser.find_element(By.ID, "doc-title").text
    assert browser.find_elements(By.CSS_SELECTOR, "#doc-text script") == []
    assert not _console_errors(browser)


def test_filters_live_in_the_url(browser, seeds_server):
    _load(browser, seeds_server.base, "/?outlet=Wire", "#ov-bubble .scatterlayer .trace")
    vals = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#f-outlet .Select-value-label, "
                                                                   "#f-outlet [class*='value']")]
    assert any("Wire" in v for v in vals), vals
    nav = browser.find_element(By.ID, "nav-actors").get_attribute("href")
    assert nav.endswith("/actors?outlet=Wire")


def test_the_app_works_under_its_content_security_policy(browser, seeds_server):
    """The policy every response carries (scripts only from the app, no eval, no inline
    script but Dash's own by its hash) lets the page render and its callbacks run, with
    no violation reported in the console."""
    import urllib.request
    with urllib.request.urlopen(seeds_server.base + "/actors") as r:  # noqa: S310 - the test's own server
        policy = r.headers["Content-Security-Policy"]
        assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self' 'sha256-" in policy and "unsafe-eval" not in policy.split("style-src")[0]
    browser.get_log("browser")  # clear
    _load(browser, seeds_server.base, "/actors", "#act-actor-table")
    _scroll_to(browser, "#act-series")  # drawn when scrolled to
    _wait(browser, "#act-series .scatterlayer .trace")  # a Plotly figure drawn
    browser.execute_script("window.scrollTo({top: 0, behavior: \"instant\"})")  # (Bootstrap scrolls smoothly)
    # a callback fires: a click on the navigation routes to another view (router callback)
    browser.find_element(By.ID, "nav-documents").click()
    _wait(browser, "#doc-table")
    # and a filter typed into a control rewrites the URL (the filter sync callback)
    box = browser.find_element(By.ID, "f-q")
    box.send_keys("ceasefire\n")
    WebDriverWait(browser, 10).until(lambda d: "q=ceasefire" in d.current_url)
    logs = browser.get_log("browser")
    assert not [e["message"] for e in logs if "Content Security Policy" in e["message"]
                or "Content-Security-Policy" in e["message"]], logs
    assert not [e["message"] for e in logs if e["level"] == "SEVERE" and "favicon" not in e["message"]]


def _rect(drv, css):
    return drv.execute_script("return document.querySelector(arguments[0]).getBoundingClientRect().toJSON()", css)


def _click_first_point(drv, graph_css):
    from selenium.webdriver.common.action_chains import ActionChains
    pt = WebDriverWait(drv, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, graph_css + " .scatterlayer .point"))
    ActionChains(drv).move_to_element(pt[0]).click().perform()


def test_an_actor_page_shows_both_directions_statements_and_documents(browser, trend_server):
    _load(browser, trend_server.base, "/actor?actor=Sergey+Lavrov", "#actor-series .main-svg")
    assert browser.find_element(By.ID, "actor-name").text == "Sergey Lavrov"
    assert "statements" in browser.find_element(By.ID, "actor-summary").text
    _scroll_to(browser, "#actor-documents")  # the panels below the chart are drawn when scrolled to
    _wait(browser, "#actor-docs")
    assert "NATO" in browser.find_element(By.ID, "actor-about").text
    assert "escalation cues" in browser.find_element(By.ID, "actor-high").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "#actor-docs li")) >= 4
    assert not _console_errors(browser)


def test_the_actor_pages_panels_below_its_chart_are_drawn_when_scrolled_to(browser, trend_server):
    """The actor page's first screen is its summary and series; whom it talks about, who talks
    about it, its extreme statements and its documents come when the analyst scrolls down."""
    _load(browser, trend_server.base, "/actor?actor=Sergey+Lavrov", "#actor-series .scatterlayer .trace")
    time.sleep(0.5)
    assert browser.find_elements(By.CSS_SELECTOR, "#actor-about, #actor-high, #actor-docs") == []
    _scroll_to(browser, "#actor-documents")
    _wait(browser, "#actor-docs li")
    assert "NATO" in browser.find_element(By.ID, "actor-about").text
    assert "escalation cues" in browser.find_element(By.CSS_SELECTOR, "#actor-high .cues").text
    assert not _console_errors(browser)


def test_a_dyad_shows_each_direction_and_the_statements_behind_a_point_beside_it(browser, trend_server):
    _load(browser, trend_server.base, "/dyad?actor=Sergey+Lavrov&target=NATO", "#dyad-series .main-svg")
    assert "Sergey Lavrov → NATO" in browser.find_element(By.ID, "dyad-counts").text
    _click_first_point(browser, "#dyad-series")
    _wait(browser, "#dyad-drill-body")
    chart, panel = _rect(browser, "#dyad-series"), _rect(browser, "#dyad-drill-body")
    assert panel["left"] >= chart["right"] - 5 and panel["top"] < chart["bottom"]  # beside, not below
    assert "Lavrov" in browser.find_element(By.ID, "dyad-drill-body").text
    assert not _console_errors(browser)


def test_what_changed_names_the_actor_and_the_pair_that_moved(browser, trend_server):
    _load(browser, trend_server.base, "/", "#ov-changed-body")
    actors = browser.find_element(By.ID, "ov-changed-actors").text
    # Lavrov's line: mean before, mean in the last days, and the change with its interval; the
    # change is his calm May against his escalatory July (its size is the scorer's business)
    import re
    line = next(ln for ln in actors.splitlines() if ln.startswith("Sergey Lavrov"))
    change = float(re.search(r"([+-]\d+\.\d+) ± ", line).group(1))
    assert change >= 0.3, line
    assert "Sergey Lavrov → NATO" in browser.find_element(By.ID, "ov-changed-dyads").text
    _load(browser, trend_server.base, "/?minn=50", "#ov-changed-body")  # too few statements: not compared
    assert browser.find_elements(By.ID, "ov-changed-actors") == []


def test_click_through_is_shown_beside_its_chart_most_escalatory_first(browser, seeds_server):
    _load(browser, seeds_server.base, "/", "#ov-bubble .scatterlayer .trace")
    _click_first_point(browser, "#ov-bubble")
    _wait(browser, "#ov-drill-body")
    chart, panel = _rect(browser, "#ov-bubble"), _rect(browser, "#ov-drill-body")
    assert panel["left"] >= chart["right"] - 5 and panel["top"] < chart["bottom"]
    assert not _console_errors(browser)


def test_means_under_the_minimum_n_are_greyed(browser, seeds_server):
    _load(browser, seeds_server.base, "/?minn=1000", "#ov-bubble .scatterlayer .trace")
    names = browser.execute_script("return document.querySelector('#ov-bubble .js-plotly-plot').data"
                                   ".map(t => t.name)")
    assert names == ["fewer than 1000 statements"]
    assert browser.find_element(By.ID, "f-minn").get_attribute("value") == "1000"
    _load(browser, seeds_server.base, "/actors?minn=1000", "#act-actor-table .ag-row")
    _scroll_to(browser, "#act-heatmap")  # drawn when scrolled to
    _wait(browser, "#act-heatmap .heatmaplayer .hm")
    strong = browser.execute_script(
        "const z = document.querySelector('#act-heatmap .js-plotly-plot')._fullData[1].z;"
        "return Array.from(z).flatMap(r => Array.from(r)).filter(v => v !== null && !Number.isNaN(v)).length")
    assert strong == 0  # every cell under 1000 statements: only the grey layer is drawn


def test_the_date_picker_shows_and_sets_the_range(browser, seeds_server):
    from selenium.webdriver.common.keys import Keys
    _load(browser, seeds_server.base, "/documents?since=2022-02&until=2022", "#doc-table")
    start, end = browser.find_elements(By.CSS_SELECTOR, ".dates input.dash-datepicker-input")
    assert (start.get_attribute("value"), end.get_attribute("value")) == ("2022-02-01", "2022-12-31")
    start.send_keys(Keys.CONTROL, "a")
    start.send_keys("2022-01-05", Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "since=2022-01-05" in d.current_url)
    assert "until=2022" in browser.current_url
    WebDriverWait(browser, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#doc-table tbody tr")) == 3)


def test_an_unknown_filter_value_is_stated_and_charts_say_no_data(browser, seeds_server):
    _load(browser, seeds_server.base, "/?outlet=BBC", "#notice-unknown-outlet")
    assert "BBC" in browser.find_element(By.ID, "notice-unknown-outlet").text
    assert "outlet=BBC" in browser.current_url  # kept, not silently dropped
    WebDriverWait(browser, 10).until(lambda d: "No statements under these filters" in
                                     d.find_element(By.ID, "ov-bubble").text)


def test_a_range_that_cuts_a_year_says_which_year_dated_documents_it_leaves_out(browser, corpus_server):
    _load(browser, corpus_server.base, "/?since=2022-02&until=2022-12", "#notice-dates")
    assert "2022" in browser.find_element(By.ID, "notice-dates").text
    _load(browser, corpus_server.base, "/?since=2022-01&until=2022-12", "#ov-bubble .scatterlayer .trace")
    assert browser.find_elements(By.ID, "notice-dates") == []


def test_a_grid_row_opens_its_full_text_and_cues_beside_the_grid(browser, seeds_server):
    _load(browser, seeds_server.base, "/statements?actor=Sergey+Lavrov", "#stmt-grid .ag-row")
    browser.find_element(By.CSS_SELECTOR, "#stmt-grid .ag-row .ag-cell[col-id='text']").click()
    _wait(browser, "#stmt-detail-text")
    assert "Lavrov" in browser.find_element(By.ID, "stmt-detail-body").text or \
        browser.find_element(By.ID, "stmt-detail-text").text
    assert "statements under these filters" in browser.find_element(By.ID, "stmt-total").text


def test_the_actors_table_sorts_by_a_clicked_column(browser, seeds_server):
    """Clicking 'mean escalation' orders the table by it (least escalatory first, then most
    on a second click), as the numbers behind it say."""
    from dashboard import data as Q
    table = Q.actor_table(seeds_server.app.stancewatch_engine, Q.Filters(), None).dropna(subset=["escalation"])
    _load(browser, seeds_server.base, "/actors", "#act-actor-table .ag-row")
    first = '#act-actor-table .ag-pinned-left-cols-container .ag-row[row-index="0"] [col-id="actor"]'
    header = '#act-actor-table .ag-header-cell[col-id="escalation"] .ag-header-cell-label'
    for want in (table["escalation"].min(), table["escalation"].max()):
        browser.find_element(By.CSS_SELECTOR, header).click()
        expected = set(table[table["escalation"] == want]["actor"])
        WebDriverWait(browser, 10).until(
            lambda d: d.find_element(By.CSS_SELECTOR, first).text in expected)
