"""`stancewatch ingest URL` on a feed served from 127.0.0.1: its pages stored once, a second
run stores nothing new, a failed page is an error line (exit 1) and is read on the next run."""
from click.testing import CliRunner
from sqlalchemy import select

from analysis import store
from analysis.cli import cli
from tests.feed_site import feed_route, page, rss, site  # noqa: F401 (site: a fixture)


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def test_ingest_a_feed_url_stores_each_article_once(site, sqlite_url, tmp_path):
    env = {"STANCEWATCH_FEED_DELAY": "0", "STANCEWATCH_FEED_STATE": str(tmp_path / "feeds.json")}
    site.routes["/feed.xml"] = feed_route(rss((1, "/news/1"), (2, "/news/2")))
    site.routes["/news/1"] = (200, page(1), {})
    site.routes["/news/2"] = (500, "down", {})
    r = invoke("ingest", site.base + "/feed.xml", "--db", sqlite_url, env=env)
    assert r.exit_code == 1
    assert "ingested 1 documents" in r.stdout and "/news/2: page not fetched: HTTP 500" in r.stderr
    site.routes["/news/2"] = (200, page(2), {})
    r = invoke("ingest", site.base + "/feed.xml", "--db", sqlite_url, env=env)
    assert r.exit_code == 0 and "ingested 1 documents" in r.stdout
    r = invoke("ingest", site.base + "/feed.xml", "--db", sqlite_url, env=env)
    assert r.exit_code == 0 and "ingested 0 documents" in r.stdout
    engine = store.connect(sqlite_url)
    try:
        docs = store.load_documents(engine, store.all_document_ids(engine))
    finally:
        engine.dispose()
    assert sorted(d.url for d in docs) == ["http://example.invalid/news/1", "http://example.invalid/news/2"]
    assert {d.source for d in docs} == {site.base + "/news/1", site.base + "/news/2"}
    assert all(d.kind == "page" and d.outlet == "Atlantis Ministry" for d in docs)


def test_rescore_source_url_reads_the_feed_each_night(site, sqlite_url, tmp_path, monkeypatch):
    monkeypatch.setenv("STANCEWATCH_FEED_DELAY", "0")
    monkeypatch.setenv("STANCEWATCH_FEED_STATE", str(tmp_path / "feeds.json"))
    site.routes["/feed.xml"] = feed_route(rss((1, "/news/1")))
    site.routes["/news/1"] = (200, page(1), {})
    r = invoke("ingest", tmp_path / "nothing-yet", "--db", sqlite_url)  # creates the store
    (tmp_path / "a.txt").write_text("Talks resume in Geneva\n\nThe two delegations met for three hours.\n")
    r = invoke("rescore", "--source", site.base + "/feed.xml", "--source", tmp_path / "a.txt", "--db", sqlite_url)
    assert r.exit_code == 0, r.stderr
    engine = store.connect(sqlite_url)
    try:
        assert site.base + "/feed.xml" in store.stored_sources(engine)  # remembered as it is
        assert len(store.all_document_ids(engine)) == 2
        # the next night: the feed has a new entry; the remembered URL is read again
        site.routes["/feed.xml"] = feed_route(rss((1, "/news/1"), (2, "/news/2")), etag='"v2"')
        site.routes["/news/2"] = (500, "down", {})
        r = invoke("rescore", "--db", sqlite_url)
        assert r.exit_code == 1  # the failed page is in the run's error log, and read next night
        with engine.connect() as c:
            log = c.execute(select(store.runs.c.error_log).order_by(store.runs.c.run_id.desc())).scalar()
        assert "/news/2: page not fetched: HTTP 500" in log
        site.routes["/news/2"] = (200, page(2), {})
        r = invoke("rescore", "--db", sqlite_url)
        assert r.exit_code == 0, r.stderr
        assert len(store.all_document_ids(engine)) == 3
    finally:
        engine.dispose()
    r = invoke("rescore", "--source", "no-such-folder", "--db", sqlite_url)
    assert r.exit_code == 2
