"""Saved web pages: the article and headline, reader comments with their authors, and the
page's metadata; menus, teasers, forms and footers stay out of the statements."""
import gzip

import pytest

from analysis import pipeline
from analysis.actors import load_registry
from analysis.ingest import COMMENTS_MARKER, ingest

ARTICLE_P = [
    "The foreign ministers of Atlantis and Borduria met in Geneva on Monday for four hours of talks "
    "on the disputed border crossings, their first meeting since the spring.",
    "Officials on both sides said the talks would resume next week after consultations in both "
    "capitals, and that prisoner exchanges were on the agenda.",
    "“We are ready to reopen the consulates as soon as the shelling stops,” the Atlantian minister "
    "told reporters after the meeting.",
]

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers meet in Geneva | The Daily Courier</title>
<link rel="canonical" href="https://courier.example/world/ministers-meet-in-geneva">
<meta property="og:site_name" content="The Daily Courier">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article class="post"><h1 class="entry-title">Ministers meet in Geneva</h1>
<div class="entry-content">{paragraphs}</div></article>
<aside class="related"><h3>More in World</h3><ul>
<li><a href="/a">Floods displace thousands in the delta</a></li>
<li><a href="/b">President vows to crush the rebels</a></li></ul></aside>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Ministers meet in Geneva”</h2>
<ol class="comment-list">
<li id="comment-1" class="comment"><article id="div-comment-1" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">thelastchargersfan</b>
<span class="says">says:</span></div><div class="comment-metadata"><time>March 5, 2024 at 5:02 pm</time></div></footer>
<div class="comment-content"><p>Nobody believes a word of this, the talks are theatre.</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>
<ol class="children"><li id="comment-2" class="comment"><article id="div-comment-2" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">M. Okafor</b>
<span class="says">says:</span></div></footer>
<div class="comment-content"><p>Talks are better than shooting, whatever you think of them.</p></div>
</article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>
<form><p>Your email address will not be published. Required fields are marked *</p>
<textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>
</main><footer><p>© 2024 The Daily Courier. All rights reserved.</p></footer></body></html>"""


def page(paragraphs=ARTICLE_P):
    return PAGE.replace("{paragraphs}", "".join(f"<p>{p}</p>" for p in paragraphs))


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_saved_page_gives_article_comments_and_metadata(tmp_path, registry):
    (tmp_path / "page.html").write_text(page(), encoding="utf-8")
    docs, errors = ingest([tmp_path / "page.html"])
    assert not errors
    doc = docs[0]
    assert (doc.title, doc.published, doc.outlet, doc.author, doc.url, doc.kind) == (
        "Ministers meet in Geneva", "2024-03-05", "The Daily Courier", "Jane Doe",
        "https://courier.example/world/ministers-meet-in-geneva", "page")
    assert doc.text.startswith("Ministers meet in Geneva\n\n" + ARTICLE_P[0])
    for gone in ("Home", "Politics", "Floods displace", "crush the rebels", "All rights reserved", "<p>"):
        assert gone not in doc.text, gone
    assert COMMENTS_MARKER in doc.text and "thelastchargersfan says:" in doc.text

    sts = pipeline.analyse(doc, registry)
    for s in sts:
        assert doc.text[s.char_start:s.char_end] == s.text
    by_section = {}
    for s in sts:
        by_section.setdefault(s.section, []).append(s)
    assert [s.text for s in by_section["headline"]] == ["Ministers meet in Geneva"]
    for p in ARTICLE_P:
        assert p in doc.text
    # each paragraph gives its statements; a reporting frame ("Officials on both sides said",
    # "the Atlantian minister told reporters …") is the attribution of the words, no statement
    body = [s.text for s in by_section["body"]]
    assert body == [ARTICLE_P[0], ARTICLE_P[1][len("Officials on both sides said "):],
                    "“We are ready to reopen the consulates as soon as the shelling stops,”"]
    assert not any("Officials on both sides said" in t or "told reporters" in t for t in body)
    comments = {s.text: s.speaker for s in by_section["comment"]}
    assert comments == {"Nobody believes a word of this, the talks are theatre.": "thelastchargersfan",
                        "Talks are better than shooting, whatever you think of them.": "M. Okafor"}
    assert not any("published" in s.text or "Leave a Reply" in s.text or "thoughts on" in s.text for s in sts)


def test_a_manifest_overrides_what_the_page_says_and_gzip_and_charsets_are_read(tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(page().encode("utf-8")))
    cyrillic = ["Министры иностранных дел встретились в Женеве в понедельник и обсуждали пограничные "
                "переходы в течение четырёх часов, сообщили официальные лица обеих стран.",
                "Переговоры продолжатся на следующей неделе после консультаций в обеих столицах."]
    html = page(cyrillic).replace('<meta charset="utf-8">', '<meta charset="windows-1251">')
    (tmp_path / "b.html").write_bytes(html.encode("cp1251"))
    (tmp_path / "manifest.csv").write_text("file,outlet,published\na.html.gz,Courier (print),2024-03-06\n")
    docs, errors = ingest([tmp_path])
    assert not errors
    by = {d.source: d for d in docs}
    assert (by["a.html.gz"].outlet, by["a.html.gz"].published) == ("Courier (print)", "2024-03-06")
    assert by["a.html.gz"].title == "Ministers meet in Geneva"  # the page's own, where the manifest is silent
    assert cyrillic[1] in by["b.html"].text


def test_a_page_without_an_article_keeps_its_visible_text_and_an_empty_one_is_an_error(tmp_path):
    (tmp_path / "tiny.html").write_text("<html><head><title>T</title><body><p>The body text.</p>")
    (tmp_path / "empty.html").write_text("<html><script>alert(1)</script></html>")
    docs, errors = ingest([tmp_path])
    assert [d.text for d in docs] == ["T\n\nThe body text.\n"]
    assert [e.source for e in errors] == ["empty.html"] and "no visible text" in errors[0].reason


def test_older_blog_comment_markup_and_nested_replies_keep_their_authors(tmp_path, registry):
    thread = """<div id="comments"><h3 id="comments-title">2 Responses to Ministers meet</h3>
<ol class="commentlist">
<li class="comment even thread-even depth-1" id="li-comment-1"><div id="comment-1">
<div class="comment-author vcard"><img class="avatar" src="a.png"><cite class="fn">Socrates55</cite>
<span class="says">says:</span></div>
<div class="comment-meta commentmetadata"><a href="#comment-1">March 5, 2024 at 9:15 am</a></div>
<div class="comment-body"><p>Geneva again? Nothing will come of it.</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></div>
<ul class="children"><li class="comment odd depth-2" id="li-comment-2"><div id="comment-2">
<div class="comment-author vcard"><cite class="fn">Lena K.</cite> <span class="says">says:</span></div>
<div class="comment-body"><p>Every ceasefire started with a meeting nobody believed in.</p></div>
</div></li></ul></li></ol></div>"""
    html = page().replace('<div id="comments" class="comments-area">', thread + '<div class="x">')
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    docs, errors = ingest([tmp_path / "page.html"])
    assert not errors
    sts = pipeline.analyse(docs[0], registry)
    comments = {s.text: s.speaker for s in sts if s.section == "comment"}
    assert comments["Geneva again?"] == "Socrates55"
    assert comments["Nothing will come of it."] == "Socrates55"
    assert comments["Every ceasefire started with a meeting nobody believed in."] == "Lena K."


def test_the_fallback_extractors_run_only_when_the_main_one_reads_little(tmp_path, monkeypatch):
    """trafilatura's main extractor alone reads a page whose article it finds; when it comes
    back with a line or two (it misses an article in markup its rules do not know), the
    whole cascade, readability and jusText included, reads the page instead."""
    import trafilatura

    real = trafilatura.bare_extraction
    calls: list[bool] = []

    def recording(*a, fast=False, **kw):
        calls.append(fast)
        return real(*a, fast=fast, **kw)
    monkeypatch.setattr(trafilatura, "bare_extraction", recording)
    (tmp_path / "a.html").write_text(page(ARTICLE_P * 2), encoding="utf-8")  # a short article of 900 characters
    docs, errors = ingest(tmp_path / "a.html")
    assert not errors and ARTICLE_P[0] in docs[0].text
    assert calls == [True]  # the article found: one pass, without the fallbacks

    def missing(*a, fast=False, **kw):  # the main extractor finds only the site's footer
        calls.append(fast)
        doc = real(*a, fast=fast, **kw)
        if fast:
            doc.text = "Copyright Example News. All rights reserved."
        return doc
    monkeypatch.setattr(trafilatura, "bare_extraction", missing)
    calls.clear()
    docs, errors = ingest(tmp_path / "a.html")
    assert not errors and all(p in docs[0].text for p in ARTICLE_P) and "Copyright" not in docs[0].text
    assert calls == [True, False]
    assert (docs[0].title, docs[0].published, docs[0].author) == ("Ministers meet in Geneva", "2024-03-05", "Jane Doe")
