"""The dashboard's edges against a hostile or careless client: file names that cannot be
injected into, bad parameters that are the client's error (400, not a crash), security
headers on every response, basic auth compared in constant time, and `--debug serve`
that never starts Werkzeug's debugger."""
import base64
import re

import pytest

from dashboard import create_app
from tests.dashboard_store import make_store


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    u = f"sqlite:///{tmp_path_factory.mktemp('edges') / 'store.db'}"
    make_store(u)
    return u


@pytest.fixture
def client(url):
    a = create_app(url)
    yield a.server.test_client()
    a.stancewatch_engine.dispose()


def _params(disposition: str) -> list[str]:
    """The parameters of a Content-Disposition value, split as a client splits them:
    on every ; outside a quoted string."""
    return [p.strip() for p in re.findall(r'(?:[^;"]|"[^"]*")+', disposition)]


@pytest.mark.parametrize("query", [
    'freq=x%22%3B%20filename%3D%22evil.html',  # the case: x"; filename="evil.html
    "freq=week&smooth=2%22%3B%20filename%3Devil.html",
    "outlet=a%22%3B%20filename%3D%22evil.html&since=2022",
    "actor=..%2F..%2Fetc%2Fpasswd",
    "q=%0D%0ASet-Cookie%3A%20x%3D1",
])
def test_a_download_file_name_cannot_be_injected_into(client, query):
    r = client.get(f"/download/series.csv?{query}")
    if r.status_code == 400:  # a bad freq/smooth: refused before any header is built
        return
    assert r.status_code == 200
    params = _params(r.headers["Content-Disposition"])
    assert params[0] == "attachment"
    names = params[1:]
    assert [n.split("=", 1)[0] for n in names] == ["filename", "filename*"]
    plain = names[0].split("=", 1)[1]
    assert re.fullmatch(r'"[A-Za-z0-9._+-]+\.csv"', plain), plain
    assert "/" not in names[1]
    assert "Set-Cookie" not in r.headers


def test_file_names_keep_letters_of_any_script_in_filename_star():
    from dashboard.downloads import content_disposition, file_name
    name = file_name("stancewatch", "actors", "outlet-Россия")
    assert name == "stancewatch-actors-outlet-Россия"
    value = content_disposition(name)
    assert value == ("attachment; filename=\"stancewatch-actors-outlet.csv\"; "
                     "filename*=UTF-8''stancewatch-actors-outlet-%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F.csv")
    assert file_name("a", 'x"; filename="evil.html') == "a-x-filename-evil.html"
    assert file_name("", "", "") == "stancewatch"


@pytest.mark.parametrize("query", ["smooth=abc", "smooth=-1", "smooth=0", "smooth=1e9", "smooth=99999999999",
                                   "freq=x", "freq=year", "freq=week&smooth=2.5",
                                   "smooth=%C2%B2", "smooth=%D9%A3", "smooth=+3", "smooth=3%20"])
def test_bad_series_parameters_are_a_400_with_a_reason(client, query):
    r = client.get(f"/download/series.csv?{query}")
    assert r.status_code == 400
    assert r.mimetype == "text/plain" and r.get_data(as_text=True).count("\n") == 1
    assert re.search(r"(freq|smooth) must be", r.get_data(as_text=True))


def test_good_series_parameters_download(client):
    r = client.get("/download/series.csv?freq=week&smooth=3")
    assert r.status_code == 200
    assert "freq-week-smooth-3" in r.headers["Content-Disposition"]
    # one of the two given: the name says both, the other at its default
    assert 'filename="stancewatch-series-all-freq-month-smooth-3.csv"' in \
        client.get("/download/series.csv?smooth=3").headers["Content-Disposition"]
    assert 'filename="stancewatch-series-all-freq-day-smooth-1.csv"' in \
        client.get("/download/series.csv?freq=day").headers["Content-Disposition"]


@pytest.mark.parametrize("path", ["/", "/actors", "/_dash-layout", "/_dash-dependencies", "/assets/style.css",
                                  "/download/actors.csv", "/download/nope.csv", "/download/series.csv?smooth=x"])
def test_every_response_carries_the_security_headers(client, path):
    r = client.get(path)
    r.close()
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    csp = dict(d.strip().split(" ", 1) for d in r.headers["Content-Security-Policy"].split(";"))
    assert csp["default-src"] == "'self'"
    assert csp["object-src"] == "'none'" and csp["frame-ancestors"] == "'none'" and csp["base-uri"] == "'none'"
    scripts = csp["script-src"].split()
    assert scripts[0] == "'self'" and all(s.startswith("'sha256-") for s in scripts[1:])  # no unsafe-*


def test_a_refused_request_carries_them_too(url, monkeypatch):
    monkeypatch.setenv("STANCEWATCH_USER", "ana")
    monkeypatch.setenv("STANCEWATCH_PASSWORD", "s3cret")
    a = create_app(url)
    try:
        r = a.server.test_client().get("/")
        assert r.status_code == 401
        assert r.headers["X-Content-Type-Options"] == "nosniff" and "Content-Security-Policy" in r.headers
    finally:
        a.stancewatch_engine.dispose()


def test_auth_compares_user_and_password_each_in_constant_time(url, monkeypatch):
    """hmac.compare_digest for the user name AND the password, both every time (a wrong
    user name must not answer sooner than a wrong password)."""
    import hmac
    calls = []
    real = hmac.compare_digest
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b))
    monkeypatch.setenv("STANCEWATCH_USER", "ana")
    monkeypatch.setenv("STANCEWATCH_PASSWORD", "s3cret")
    a = create_app(url)
    try:
        c = a.server.test_client()
        for user, password, status in (("bob", "nope", 401), ("ana", "nope", 401), ("bob", "s3cret", 401),
                                       ("ana", "s3cret", 200)):
            calls.clear()
            auth = {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}
            assert c.get("/_dash-layout", headers=auth).status_code == status
            assert sorted(b for _, b in calls) == [b"ana", b"s3cret"], (user, password)
    finally:
        a.stancewatch_engine.dispose()


def test_debug_serve_never_starts_the_werkzeug_debugger_or_reloader(url, monkeypatch):
    import werkzeug.serving

    from analysis.cli import main
    started = {}
    monkeypatch.setattr(werkzeug.serving, "run_simple", lambda host, port, app, **kw: started.update(kw, host=host))
    monkeypatch.setenv("DASH_DEBUG", "true")  # not even when Dash's own switch asks for it
    monkeypatch.delenv("FLASK_RUN_FROM_CLI", raising=False)
    assert main(["--debug", "serve", "--db", url]) == 0
    assert started["host"] == "127.0.0.1"
    assert not started.get("use_debugger") and not started.get("use_reloader")


def test_auth_from_the_app_factory_arguments(url, monkeypatch):
    monkeypatch.delenv("STANCEWATCH_USER", raising=False)
    monkeypatch.delenv("STANCEWATCH_PASSWORD", raising=False)
    a = create_app(url, user="ana", password="s3cret")
    try:
        c = a.server.test_client()
        assert c.get("/_dash-layout").status_code == 401
        ok = {"Authorization": "Basic " + base64.b64encode(b"ana:s3cret").decode()}
        assert c.get("/_dash-layout", headers=ok).status_code == 200
    finally:
        a.stancewatch_engine.dispose()
    monkeypatch.setenv("STANCEWATCH_USER", "env-user")  # the arguments win over the environment
    monkeypatch.setenv("STANCEWATCH_PASSWORD", "env-pw")
    a = create_app(url, user="ana", password="s3cret")
    try:
        ok = {"Authorization": "Basic " + base64.b64encode(b"ana:s3cret").decode()}
        assert a.server.test_client().get("/_dash-layout", headers=ok).status_code == 200
    finally:
        a.stancewatch_engine.dispose()


@pytest.mark.parametrize("set_", ["STANCEWATCH_USER", "STANCEWATCH_PASSWORD"])
def test_half_of_the_credentials_is_refused_not_served_open(url, monkeypatch, set_):
    monkeypatch.delenv("STANCEWATCH_USER", raising=False)
    monkeypatch.delenv("STANCEWATCH_PASSWORD", raising=False)
    monkeypatch.setenv(set_, "x")
    with pytest.raises(ValueError) as e:
        create_app(url)
    assert str(e.value) == "basic auth needs both STANCEWATCH_USER and STANCEWATCH_PASSWORD (only one is set)"


def test_the_series_download_defaults_to_monthly_unsmoothed(client):
    r = client.get("/download/series.csv")
    assert r.status_code == 200
    assert r.headers["Content-Disposition"].startswith('attachment; filename="stancewatch-series-all.csv"')
    head, *rows = r.get_data(as_text=True).splitlines()
    assert head.split(",")[:2] == ["actor", "period"] and rows
    assert {row.split(",")[1][8:10] for row in rows} == {"01"}  # each period starts on the 1st: months
    for smooth in ("1", "52"):
        assert client.get(f"/download/series.csv?smooth={smooth}").status_code == 200


def test_bad_parameters_say_exactly_what_is_wrong(client):
    r = client.get("/download/series.csv?freq=year")
    assert r.get_data(as_text=True) == "freq must be one of day, week, month\n"
    r = client.get("/download/series.csv?smooth=0")
    assert r.get_data(as_text=True) == "smooth must be a whole number of periods from 1 to 52\n"
    r = client.get("/download/document.csv")
    assert (r.status_code, r.get_data(as_text=True)) == (400, "document needs ?doc=ID\n")


def test_file_names_are_capped_and_keep_their_letters():
    from dashboard.downloads import file_name
    assert file_name("Xinhua", "x" * 300) == ("Xinhua-" + "x" * 300)[:200]
    assert file_name("-.Xinhua.-") == "Xinhua"


def test_the_series_download_follows_freq(client):
    def periods(q):
        rows = client.get(f"/download/series.csv{q}").get_data(as_text=True).splitlines()[1:]
        return {r.split(",")[1][:10] for r in rows}
    import datetime as dt
    weekly = periods("?freq=week")
    assert weekly and weekly != periods("?freq=month")
    assert {dt.date.fromisoformat(p).weekday() for p in weekly} == {0}  # weeks start on Mondays


def test_the_actors_download_has_every_actor_the_view_leaves_out(tmp_path):
    """The view lists the busiest actors; its CSV has all of them (limit=None)."""
    from analysis import store
    from analysis.model import Document, Statement
    from dashboard import queries as Q
    u = f"sqlite:///{tmp_path / 'many.db'}"
    eng = store.connect(u)
    n = Q.TOP_ACTORS + 5
    for i in range(n):
        sts = [Statement(f"d{i}", 0, 0, 1, "body", f"Speaker {i:03d}", "person", "x", tone=0.1, tone_pos=0.1,
                         tone_neu=0.9, tone_neg=0.0, escalation=0.0, scorer_version="v")]
        store.store_document(eng, Document(f"d{i}", f"d{i}.txt", "x", published="2022-01-01"), sts)
    eng.dispose()
    a = create_app(u)
    try:
        rows = a.server.test_client().get("/download/actors.csv").get_data(as_text=True).splitlines()[1:]
        assert len(rows) == n
    finally:
        a.stancewatch_engine.dispose()


def test_an_unknown_table_is_a_404(client):
    assert client.get("/download/nope.csv").status_code == 404
    assert client.get("/download/statement.csv").status_code == 404


def test_a_missing_store_is_a_503_saying_why(tmp_path):
    a = create_app(f"sqlite:///{tmp_path / 'gone.db'}")
    r = a.server.test_client().get("/download/actors.csv")
    assert (r.status_code, r.mimetype) == (503, "text/plain")
    text = r.get_data(as_text=True)
    assert text.startswith("no store at sqlite:///") and text.endswith("first\n") and text.count("\n") == 1


def test_undecodable_queries(client):
    # a raw byte that is not UTF-8 in the query string (WSGI passes it as latin-1): the
    # client's error, said in one line, not a crash
    r = client.get("/download/actors.csv", environ_overrides={"QUERY_STRING": "outlet=Wire\xff&since=2022"})
    assert (r.status_code, r.get_data(as_text=True)) == (400, "the query string is not UTF-8\n")
