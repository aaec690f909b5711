"""Feeds as sources, against a local HTTP server the test starts on 127.0.0.1 (no network):
new entries read once, conditional GET, robots.txt, failures retried, malformed XML."""
import time

import pytest

from analysis.ingest import feeds, iter_ingest
from analysis.model import Document, IngestError
from tests.feed_site import feed_route, page, rss, site  # noqa: F401 (site: a fixture)

def run(url, state, timeout=5.0):
    return list(feeds.iter_feed(url, state, feeds.Fetcher(delay=0, timeout=timeout)))


def docs_of(items):
    return [i for i in items if isinstance(i, Document)]


def test_new_entries_are_read_once_and_an_unchanged_feed_is_one_304(site):
    site.routes["/feed.xml"] = feed_route(rss((1, "/news/1"), (2, "/news/2"), (3, "/news/1")))
    site.routes["/news/1"] = (200, page(1), {})
    site.routes["/news/2"] = (200, page(2), {})
    state = {}
    first = run(site.base + "/feed.xml", state)
    assert not [i for i in first if isinstance(i, IngestError)]
    docs = docs_of(first)
    assert len(docs) == 2  # the entry listed twice is read once
    d = docs[0]
    assert d.kind == "page" and d.outlet == "Atlantis Ministry" and d.url == "http://example.invalid/news/1"
    assert d.title == "Statement number 1 on the talks" and d.published == "2024-03-01"
    assert "resume in Geneva" in d.text and "Home" not in d.text and "Copyright" not in d.text
    assert all(h.get("User-Agent", "").startswith("Stancewatch") for _, h in site.log)
    assert state["last_run"][site.base + "/feed.xml"]["fetched"] == [site.base + "/news/1", site.base + "/news/2"]

    site.log.clear()
    second = run(site.base + "/feed.xml", state)
    assert second == []
    assert site.paths() == ["/robots.txt", "/feed.xml"]  # no page fetched again
    assert site.log[1][1].get("If-None-Match") == '"v1"'
    assert state["last_run"][site.base + "/feed.xml"]["not_modified"] is True

    # a new feed version listing a new link to an article already read (same canonical URL)
    site.routes["/feed.xml"] = feed_route(rss((1, "/news/1"), (4, "/news/1?utm=x")), etag='"v2"')
    site.routes["/news/1?utm=x"] = (200, page(1), {})
    assert docs_of(run(site.base + "/feed.xml", state)) == []


def test_robots_txt_disallow_is_honoured(site):
    site.routes["/feed.xml"] = feed_route(rss((1, "/private/secret"), (2, "/news/2")))
    site.routes["/private/secret"] = (200, page(1), {})
    site.routes["/news/2"] = (200, page(2), {})
    state = {}
    items = run(site.base + "/feed.xml", state)
    assert [d.source for d in docs_of(items)] == [site.base + "/news/2"]
    assert "/private/secret" not in site.paths()
    assert any("robots.txt" in s for s in state["last_run"][site.base + "/feed.xml"]["skipped"])
    site.routes["/robots.txt"] = (200, "User-agent: *\nDisallow: /\n", {})
    state2 = {}
    items = run(site.base + "/feed.xml", state2)
    assert len(items) == 1 and isinstance(items[0], IngestError) and "robots.txt" in items[0].reason


def test_a_500_or_a_timeout_is_recorded_and_retried_next_run(site):
    site.routes["/feed.xml"] = feed_route(rss((1, "/news/1"), (2, "/news/2")))
    site.routes["/news/1"] = (500, "oops", {})
    site.routes["/news/2"] = ("sleep", 1.5, {})
    state = {}
    items = run(site.base + "/feed.xml", state, timeout=0.5)
    errors = [i for i in items if isinstance(i, IngestError)]
    assert docs_of(items) == []
    assert {e.source for e in errors} == {site.base + "/news/1", site.base + "/news/2"}
    assert any("HTTP 500" in e.reason for e in errors) and any("timed out" in e.reason for e in errors)
    assert all("\n" not in str(e) for e in errors)
    assert len(state["last_run"][site.base + "/feed.xml"]["failed"]) == 2

    site.routes["/news/1"] = (200, page(1), {})
    site.routes["/news/2"] = (200, page(2), {})
    site.log.clear()
    items = run(site.base + "/feed.xml", state, timeout=0.5)
    assert len(docs_of(items)) == 2 and not [i for i in items if isinstance(i, IngestError)]
    assert site.log[1][1].get("If-None-Match") is None  # the feed was read again in full


def test_malformed_xml_is_one_error_line_and_nothing_is_lost(site, tmp_path, monkeypatch):
    monkeypatch.setenv("STANCEWATCH_FEED_DELAY", "0")
    site.routes["/feed.xml"] = feed_route(rss((1, "/news/1")))
    site.routes["/news/1"] = (200, page(1), {})
    state_file = tmp_path / "feeds.json"
    good = list(iter_ingest([site.base + "/feed.xml"], feed_state=state_file))
    assert len(docs_of(good)) == 1

    site.routes["/feed.xml"] = feed_route(rss((1, "/news/1"), (2, "/news/2"), broken=True), etag='"v2"')
    site.routes["/news/2"] = (200, page(2), {})
    state_before = feeds.load_state(state_file)
    items = list(iter_ingest([site.base + "/feed.xml"], feed_state=state_file))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(errors) == 1 and "malformed feed" in errors[0].reason and "\n" not in str(errors[0])
    state_after = feeds.load_state(state_file)
    assert state_after["entries"][site.base + "/news/1"] == state_before["entries"][site.base + "/news/1"]
    assert state_after["feeds"] == state_before["feeds"]  # its validators kept: read again next run

    site.routes["/feed.xml"] = feed_route(rss((1, "/news/1"), (2, "/news/2")), etag='"v3"')
    items = list(iter_ingest([site.base + "/feed.xml"], feed_state=state_file))
    assert [d.source for d in docs_of(items)] == [site.base + "/news/2"]


def test_the_per_host_delay_spaces_requests(site):
    site.routes["/feed.xml"] = feed_route(rss((1, "/news/1"), (2, "/news/2")))
    site.routes["/news/1"] = (200, page(1), {})
    site.routes["/news/2"] = (200, page(2), {})
    t0 = time.monotonic()
    list(feeds.iter_feed(site.base + "/feed.xml", {}, feeds.Fetcher(delay=0.2, timeout=5)))
    assert time.monotonic() - t0 >= 0.2 * 3  # robots.txt, feed, two pages: three gaps


def test_an_entry_linking_a_pdf_is_read_as_a_pdf(site, tmp_path):
    pytest.importorskip("reportlab", reason="reportlab (in the test extras) draws the PDF")
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "s.pdf"))
    c.drawString(72, 720, "The Ministry welcomes the resumption of talks in Geneva.")
    c.showPage()
    c.save()
    site.routes["/feed.xml"] = feed_route(rss((1, "/docs/statement.pdf")))
    site.routes["/docs/statement.pdf"] = (200, (tmp_path / "s.pdf").read_bytes(),
                                          {"Content-Type": "application/pdf"})
    docs = docs_of(run(site.base + "/feed.xml", {}))
    assert [d.text for d in docs] == ["The Ministry welcomes the resumption of talks in Geneva.\n"]
    assert docs[0].title == "Entry 1" and docs[0].outlet == "Atlantis MFA" and docs[0].published == "2024-03-01"


def test_a_web_page_given_as_a_feed_is_one_clear_error(site):
    site.routes["/news/1"] = (200, page(1), {"Content-Type": "text/html"})
    items = run(site.base + "/news/1", {})
    assert len(items) == 1 and isinstance(items[0], IngestError)
    assert "not an RSS or Atom feed but a web page" in items[0].reason


def test_a_run_stopped_while_a_document_is_being_stored_fetches_it_again(site, tmp_path, monkeypatch):
    monkeypatch.setenv("STANCEWATCH_FEED_DELAY", "0")
    site.routes["/feed.xml"] = feed_route(rss((1, "/news/1"), (2, "/news/2")))
    site.routes["/news/1"] = (200, page(1), {})
    site.routes["/news/2"] = (200, page(2), {})
    state_file = tmp_path / "feeds.json"
    items = iter_ingest([site.base + "/feed.xml"], feed_state=state_file)
    first = next(items)
    assert isinstance(first, Document)
    items.close()  # interrupted before the caller stored it
    again = [d.source for d in docs_of(iter_ingest([site.base + "/feed.xml"], feed_state=state_file))]
    assert again == [site.base + "/news/1", site.base + "/news/2"]


def test_an_entry_linking_a_local_file_is_never_read(tmp_path):
    """A feed is the open web's: a link to file:// (or any scheme but http and https) is
    refused before anything is opened, so a hostile feed cannot make the job read local files."""
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me", encoding="utf-8")
    for url in (secret.as_uri(), "ftp://example.invalid/x", "FILE:///etc/hostname"):
        with pytest.raises(OSError, match="not an http"):
            feeds.Fetcher(delay=0, timeout=1).get(url)
