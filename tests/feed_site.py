"""A news site on 127.0.0.1 for the feed tests: a feed, pages and robots.txt written here,
every request logged; no test touches the network."""
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


PAGE = """<html><head><title>{title} | Atlantis Ministry</title>
<link rel="canonical" href="{canonical}"><meta property="og:site_name" content="Atlantis Ministry">
<meta name="author" content="Press Office"><meta property="article:published_time" content="2024-03-0{day}T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
<p>The Ministry of Foreign Affairs of Atlantis said on Monday that talks with Borduria on the
border crossings would resume in Geneva next week, after a pause of several months.</p>
<p>{body} Officials from both countries are expected to discuss prisoner exchanges, trade
and the reopening of consulates in the border towns.</p>
<p>The minister said the government remained committed to a peaceful settlement and called
on all sides to refrain from steps that could escalate the situation further.</p>
</article><footer>Copyright Atlantis Ministry</footer></body></html>"""


def page(n, canonical=None):
    return PAGE.format(title=f"Statement number {n} on the talks", day=n, body=f"This is statement {n}.",
                       canonical=canonical or f"http://example.invalid/news/{n}")


def rss(*items, broken=False):
    body = "".join(f"<item><title>Entry {i}</title><link>{link}</link>"
                   f"<pubDate>Mon, 0{i} Mar 2024 10:00:00 GMT</pubDate></item>" for i, link in items)
    xml = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Atlantis MFA</title>'
           f"<link>http://example.invalid/</link><description>d</description>{body}</channel></rss>")
    return xml[: len(xml) // 2] + "<<<" if broken else xml


class Site:
    """Routes: path -> (status, body, headers) or a callable giving them; every request logged."""

    def __init__(self):
        self.routes = {}
        self.log = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                site.log.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path, (404, "not found", {}))
                status, body, headers = route(self) if callable(route) else route
                if status == "sleep":
                    time.sleep(body)
                    status, body, headers = 200, "late", {}
                data = body if isinstance(body, bytes) else body.encode("utf-8")
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def paths(self):
        return [p for p, _ in self.log]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def feed_route(xml, etag='"v1"'):
    modified = formatdate(usegmt=True)

    def route(handler):
        if handler.headers.get("If-None-Match") == etag:
            return 304, "", {}
        return 200, xml, {"ETag": etag, "Last-Modified": modified, "Content-Type": "application/rss+xml"}
    return route


@pytest.fixture
def site():
    """A started Site whose robots.txt disallows /private/; closed after the test."""
    s = Site()
    s.routes["/robots.txt"] = (200, "User-agent: *\nDisallow: /private/\n", {})
    yield s
    s.close()
