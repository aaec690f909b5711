"""RSS/Atom feeds as sources: each new entry's page is fetched, politely, and read as a page.

``iter_feed(url, state)`` yields a Document per new entry (its page through ``html.py``, or
``pdf.py`` when the entry links a PDF; the entry's title/date/feed title filling what the
page does not say) and one IngestError per
failure. Politeness:

* robots.txt of every host is honoured (``urllib.robotparser``) for the feed and its pages;
* every request carries a User-Agent naming Stancewatch (``user_agent=`` /
  ``$STANCEWATCH_USER_AGENT``) and a timeout;
* requests to one host are at least ``delay`` seconds apart (``$STANCEWATCH_FEED_DELAY``,
  default 1 s);
* the feed is fetched with a conditional GET (ETag / Last-Modified from the last run), so an
  unchanged feed is one 304 and nothing else.

``state`` is a plain JSON-able dict the caller keeps between runs (:func:`load_state` /
:func:`save_state`): per feed its validators, per entry whether its page was read, and the
canonical URLs already read, so the same article (by link, by canonical URL, or -- in the
store -- by content hash, ``doc_id``) is never stored twice. An entry whose page failed (an
HTTP error, a timeout) is retried on the next run; a malformed feed is one error line, and
its validators are not saved, so the next run reads it again. ``state["last_run"]`` records
what the run fetched, skipped and what failed.
"""
from __future__ import annotations

import json
import os
import re
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
from pathlib import Path
from typing import Iterator
from urllib.parse import urljoin, urlsplit

from .. import dates
from ..model import Document, IngestError
from .html import read_page
from .ids import doc_id_for

USER_AGENT = "Stancewatch/0.1 (stance and sentiment research; +https://github.com/stancewatch)"
DELAY_DEFAULT = 1.0  # seconds between two requests to the same host
TIMEOUT_DEFAULT = 20.0  # seconds for one request
MAX_PAGE_BYTES = 20 * 1024 * 1024
STATE_ENV = "STANCEWATCH_FEED_STATE"


def is_url(value) -> bool:
    return isinstance(value, str) and bool(re.match(r"^https?://", value, re.I))


# --------------------------------------------------------------------------- state


def default_state_path(db_url: str | None = None) -> Path:
    """$STANCEWATCH_FEED_STATE, else beside a SQLite store (``<db>.feeds.json``), else
    ./data/feeds.json."""
    if os.environ.get(STATE_ENV):
        return Path(os.environ[STATE_ENV])
    if db_url and db_url.startswith("sqlite:///") and not db_url.endswith(":memory:"):
        return Path(db_url[len("sqlite:///"):] + ".feeds.json")
    return Path("data") / "feeds.json"


def load_state(path: str | Path) -> dict:
    try:
        state = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        state = {}
    except (OSError, ValueError):
        state = {}  # an unreadable state only costs a full (still deduplicated) fetch
    for key in ("feeds", "entries", "canonical"):
        state.setdefault(key, {})
    return state


def save_state(path: str | Path, state: dict) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)  # never half a state file


# --------------------------------------------------------------------------- fetching


class Fetcher:
    """HTTP GETs with a User-Agent, a timeout, robots.txt and a per-host delay."""

    def __init__(self, user_agent: str | None = None, delay: float | None = None,
                 timeout: float = TIMEOUT_DEFAULT) -> None:
        self.user_agent = user_agent or os.environ.get("STANCEWATCH_USER_AGENT") or USER_AGENT
        self.delay = float(os.environ.get("STANCEWATCH_FEED_DELAY", DELAY_DEFAULT)) if delay is None else delay
        self.timeout = timeout
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def get(self, url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
        """(status, headers with lower-case names, body); raises OSError for a failed
        connection or a timeout."""
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            # a feed is the open web's: an entry linking to file:// or ftp:// is never read
            raise OSError(f"not an http(s) address: {url[:80]}")
        self._wait(urlsplit(url).netloc)
        req = urllib.request.Request(url, headers={"User-Agent": self.user_agent, **(headers or {})})
        try:
            # bandit B310: the scheme is checked just above (http and https only)
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # nosec B310
                body = resp.read(MAX_PAGE_BYTES + 1)
                return resp.status, {k.lower(): v for k, v in resp.headers.items()}, body
        except urllib.error.HTTPError as e:
            return e.code, {k.lower(): v for k, v in (e.headers or {}).items()}, b""

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets this User-Agent fetch `url` (no robots.txt, or
        one that cannot be fetched with a 4xx: allowed; 5xx or unreachable: not now)."""
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            rp = urllib.robotparser.RobotFileParser(root + "/robots.txt")
            try:
                status, _, body = self.get(root + "/robots.txt")
            except OSError:
                status, body = 503, b""
            if status >= 500:
                rp = None  # cannot tell: fetch nothing from this host in this run
            elif status >= 400:
                rp.parse([])  # no robots.txt: everything allowed
            else:
                rp.parse(body.decode("utf-8", "replace").splitlines())
            self._robots[root] = rp
        rp = self._robots[root]
        return rp is not None and rp.can_fetch(self.user_agent, url)


def _reason(e: BaseException) -> str:
    if isinstance(e, (socket.timeout, TimeoutError)) or "timed out" in str(e):
        return "timed out"
    if isinstance(e, urllib.error.URLError):
        return f"cannot connect: {e.reason}"
    return f"{e.__class__.__name__}: {e}"


# --------------------------------------------------------------------------- feeds


def iter_feed(url: str, state: dict, fetcher: Fetcher | None = None) -> Iterator[Document | IngestError]:
    """Documents of the feed's new entries (see the module's docstring), updating `state`."""
    import feedparser  # loaded only when a feed is read

    fetcher = fetcher or Fetcher()
    for key in ("feeds", "entries", "canonical"):
        state.setdefault(key, {})
    run = {"feed": url, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "fetched": [],
           "skipped": [], "failed": []}
    state.setdefault("last_run", {})[url] = run

    def fail(source: str, reason: str) -> IngestError:
        run["failed"].append(f"{source}: {reason}")
        return IngestError(source, reason)

    if not fetcher.allowed(url):
        yield fail(url, "robots.txt does not allow fetching this feed (or the host's robots.txt is unreachable)")
        return
    known = state["feeds"].get(url, {})
    headers = {}
    if known.get("etag"):
        headers["If-None-Match"] = known["etag"]
    if known.get("modified"):
        headers["If-Modified-Since"] = known["modified"]
    try:
        status, resp_headers, body = fetcher.get(url, headers)
    except OSError as e:
        yield fail(url, f"feed not fetched: {_reason(e)}; tried again next run")
        return
    if status == 304:
        run["not_modified"] = True
        return
    if status != 200:
        yield fail(url, f"feed not fetched: HTTP {status}; tried again next run")
        return
    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.get("version") or "") == "" and re.search(
            rb"<html[\s>]", body[:4096], re.I):
        yield fail(url, "not an RSS or Atom feed but a web page; save the page and ingest the file, "
                        "or give the site's feed URL")
        return
    if parsed.get("bozo") and not parsed.entries:
        exc = parsed.get("bozo_exception")
        yield fail(url, f"malformed feed, nothing read from it: {str(exc).splitlines()[0] if exc else 'not RSS or Atom'}; "
                        "tried again next run")
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    read_ids = set(state["canonical"].values())  # the content of every article already read
    all_done = True
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        link = urljoin(url, link)
        seen = state["entries"].get(link)
        if seen and seen.get("status") in ("read", "duplicate", "disallowed"):
            continue
        if not fetcher.allowed(link):
            state["entries"][link] = {"status": "disallowed"}
            run["skipped"].append(f"{link}: robots.txt disallows it")
            continue
        try:
            status, page_headers, page = fetcher.get(link)
        except OSError as e:
            all_done = False
            state["entries"][link] = {"status": "failed", "reason": _reason(e)}
            yield fail(link, f"page not fetched: {_reason(e)}; tried again next run")
            continue
        if status != 200 or not page:
            all_done = False
            state["entries"][link] = {"status": "failed", "reason": f"HTTP {status}"}
            yield fail(link, f"page not fetched: HTTP {status}; tried again next run")
            continue
        is_pdf = "pdf" in page_headers.get("content-type", "").lower() or page.startswith(b"%PDF-")
        if is_pdf:
            from .pdf import read_pdf  # a ministry's feed often links its statements as PDFs
            got = read_pdf(page, link)
        else:
            got = read_page(page, link)
        if isinstance(got, IngestError):
            state["entries"][link] = {"status": "failed", "reason": got.reason}
            all_done = False
            yield fail(link, got.reason)
            continue
        text, meta = got
        canonical = meta.get("url") or link
        doc_id = doc_id_for(text)
        if canonical in state["canonical"] or link in state["canonical"] or doc_id in read_ids:
            state["entries"][link] = {"status": "duplicate", "canonical": canonical}
            run["skipped"].append(f"{link}: the same article as {canonical}")
            continue
        entry_date = time.strftime("%Y-%m-%d", entry.published_parsed) if entry.get("published_parsed") else None
        # a page's own date, else the entry's; a PDF's creation date only when the entry has none
        published = dates.parse((entry_date or meta.get("published")) if is_pdf else (meta.get("published") or entry_date))
        yield Document(doc_id=doc_id, source=link, text=text,
                       title=meta.get("title") or (entry.get("title") or "").strip() or None,
                       published=published, outlet=meta.get("outlet") or feed_title, url=canonical,
                       kind=meta.get("kind"), author=meta.get("author") or (entry.get("author") or None))
        # remembered only once the caller has taken the document and asked for the next one:
        # a run stopped while storing it (interrupted, killed) fetches it again next time
        state["canonical"][canonical] = state["canonical"][link] = doc_id
        read_ids.add(doc_id)
        state["entries"][link] = {"status": "read", "canonical": canonical, "doc_id": doc_id}
        run["fetched"].append(link)
    if all_done and not parsed.get("bozo"):
        state["feeds"][url] = {"etag": resp_headers.get("etag"), "modified": resp_headers.get("last-modified")}
    elif parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        yield fail(url, f"malformed feed, read as far as it could be: {str(exc).splitlines()[0] if exc else ''}; "
                        "read again next run")
