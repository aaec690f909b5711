"""Saved web pages: the article, its reader comments and its metadata, through trafilatura.

trafilatura (https://trafilatura.readthedocs.io) is a well-kept extraction library and the
measured leader on the extraction benchmark here (``bench/extraction.py``). The document's
text is what it extracts, laid out so that the segmenter reads it back from the text alone
(a stored page is re-analysed from its stored text by the nightly job):

    <headline>                    the page's title (its repeat at the top of the body dropped)
                                  (blank line)
    <one paragraph per line>      the article body, paragraphs separated by blank lines
                                  (blank line)
    — Reader comments —           COMMENTS_MARKER, only when the page has comments
    <author> says:                one header per comment whose author the page names
    <comment paragraphs>

The document's ``kind`` is ``page``. A page trafilatura finds no article in (a bare
fragment, a page of links) keeps its visible text (:func:`html_text`), as before.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from ..model import IngestError
from .page_metadata import page_metadata

COMMENTS_MARKER = "— Reader comments —"


class _Visible(HTMLParser):
    """Collects what a browser shows: no head/script/style/..., blocks on lines of their own."""

    BLOCK = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
             "tr", "table", "caption", "article", "section", "header", "footer", "nav", "aside", "main",
             "blockquote", "pre", "figure", "figcaption", "hr", "address", "details", "summary", "form",
             "fieldset"}
    CELL = {"td", "th"}
    HIDDEN = {"head", "title", "script", "style", "noscript", "template", "svg", "iframe", "object"}
    VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "source", "track"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.hidden: list[str] = []  # open hidden elements
        self.in_title = False
        self.pre = 0

    def handle_starttag(self, tag, attrs):
        # <head> may be left open (its end tag is optional): the body closes it.
        if self.hidden and self.hidden[-1] == "head" and (tag == "body" or tag in self.BLOCK):
            self.hidden.pop()
        if tag == "title":
            self.in_title = True
        if tag in self.HIDDEN:
            self.hidden.append(tag)
        elif tag in self.BLOCK:
            self.parts.append("\n")
            self.pre += tag == "pre"
        elif tag in self.CELL:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:  # <br/> is one line break, not two
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self.HIDDEN:
            if tag in self.hidden:
                while self.hidden.pop() != tag:
                    pass
        elif tag in self.BLOCK:
            self.parts.append("\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
        elif tag in self.CELL:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if not self.hidden:
            # Source line breaks are spaces to a browser, except inside <pre>.
            self.parts.append(data if self.pre else re.sub(r"\s+", " ", data))


def html_text(markup: str) -> tuple[str, str | None]:
    """(visible text, <title>) of an HTML page. Paragraphs are separated by a blank line, a
    <br> is a line break; the text ends with a newline, or is "" when nothing is visible."""
    p = _Visible()
    p.feed(markup)
    p.close()
    lines = [re.sub(r"[^\S\n]+", " ", ln).strip() for ln in "".join(p.parts).split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    text = "\n".join(out).strip("\n")
    title = re.sub(r"\s+", " ", "".join(p.title)).strip() or None
    return (text + "\n" if text else ""), title


# --------------------------------------------------------------------------- trafilatura

def _lines(text: str | None) -> list[str]:
    return [ln for ln in (re.sub(r"\s+", " ", x).strip() for x in (text or "").split("\n")) if ln]


_CLASS = 'contains(concat(" ", normalize-space(@class), " "), " {} ")'
# one reader comment: WordPress's li.comment / article.comment-body, schema.org's Comment
_ITEM = f'{_CLASS.format("comment")} or {_CLASS.format("comment-body")} or contains(@itemtype, "schema.org/Comment")'
_AUTHOR = (f'{_CLASS.format("fn")} or @itemprop="author" or @itemprop="creator"'
           f' or {_CLASS.format("comment-author")} or {_CLASS.format("author")}')
_CONTENT = (f'{_CLASS.format("comment-content")} or {_CLASS.format("comment-text")} or @itemprop="text"'
            f' or @itemprop="commentText" or {_CLASS.format("comment-body")}')


def _text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def _comment_threads(tree) -> list[tuple[str | None, list[str]]]:
    """(author, paragraphs) per reader comment in the common blog markup, in page order; []
    if none. A comment is the nearest WordPress ``comment``/``comment-body`` element or
    schema.org Comment around an author's name (``fn``, ``itemprop=author``/``creator``,
    ``comment-author``, ``author``); its words are the ``comment-content``/``comment-text``/
    ``itemprop=text``/``commentText``/``comment-body`` inside it, else its own paragraphs -- never those of
    the replies nested in it, nor its name, date or reply link."""
    # the cheap substring test first: the exact class-token test on every element of a page
    # cost as much as a tenth of trafilatura's reading
    items = set(tree.xpath(f'//*[(contains(@class, "comment") or contains(@itemtype, "schema.org/Comment")) and ({_ITEM})]'))
    if not items:
        return []

    comments: dict = {}  # comment element -> author, in page order
    for name in tree.xpath(f"//*[{_AUTHOR}]"):
        top = next((a for a in name.iterancestors() if a in items), None)
        if top is not None and top not in comments:
            fn = name.xpath(f'descendant-or-self::*[{_CLASS.format("fn")}]') or [name]
            author = re.sub(r"\s*(says|said|wrote):?$", "", _text(fn[0])).strip()[:60]
            comments[top] = author or None

    def between(el, top) -> bool:  # another comment (a reply) lies between `el` and `top`
        for a in el.iterancestors():
            if a is top:
                return False
            if a in comments:
                return True
        return True

    out: list[tuple[str | None, list[str]]] = []
    for top, author in comments.items():
        content = [el for el in top.xpath(f".//*[{_CONTENT}]")
                   if not between(el, top) and not el.xpath(f"descendant-or-self::*[{_AUTHOR}]")]
        paras: list[str] = []
        for el in content[0].xpath(".//p") or [content[0]] if content else top.xpath(".//p"):
            if between(el, top) or el.xpath(f"ancestor-or-self::*[{_AUTHOR}]") or el.xpath(
                    'ancestor::*[contains(@class, "comment-meta") or contains(@class, "reply")]'):
                continue
            t = _text(el)
            if t and t.lower() not in ("reply", "reply ↓") and t not in paras:
                paras.append(t)
        if paras:
            out.append((author, paras))
    return out


_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|•|·)\s+")


def clean_title(title: str | None, sitename: str | None, hostname: str | None) -> str | None:
    """The page's title without the site's name it ends or starts with ("X | The Site" -> "X")."""
    if not title:
        return None
    seps = list(_TITLE_SEPARATORS.finditer(title))
    if not seps:
        return title
    site = re.sub(r"\W+", "", (sitename or "").casefold())
    host = re.sub(r"^www\.|\.[a-z]+$", "", (hostname or "").casefold()).replace(".", "")

    def is_site(part: str) -> bool:
        p = re.sub(r"\W+", "", part.casefold())
        return bool(p) and any(x and (p in x or x in p) for x in (site, host))

    if is_site(title[seps[-1].end():]):
        return title[:seps[-1].start()].strip() or title
    if is_site(title[:seps[0].start()]):
        return title[seps[0].end():].strip() or title
    return title


def page_text(title: str | None, body: list[str], comments: list[tuple[str | None, list[str]]]) -> str:
    """The stored text of a page (the layout in this module's docstring)."""
    parts: list[str] = []
    if title:
        # The page's own <h1> usually repeats its title near the top, often without the site's
        # name the <title> carries ("X - Site"): that line is the headline, first and once.
        t = title.casefold()
        for i, ln in enumerate(body[:3]):
            if ln.casefold() == t or (len(ln) >= 15 and t.startswith(ln.casefold())):
                title = ln
                del body[i]
                break
        parts.append(title)
    parts.extend(body)
    if comments:
        parts.append(COMMENTS_MARKER)
        for author, paras in comments:
            if author:
                parts.append(f"{author} says:")
            parts.extend(paras)
    return "\n\n".join(parts) + "\n" if parts else ""


def _extract(trafilatura, tree):
    """trafilatura's reading of the page (body, comments, metadata): its main extractor alone
    (``fast``), and its whole cascade (the comparison with readability and jusText) only when
    that found less than ``full_cascade_below`` characters of text: the main extractor
    misses a page's article now and then, wholly (a page whose article sits in markup its
    rules do not know), and the fallbacks then find it; on the rest they cost a third of
    the reading and change little (``data/ingest/extraction.toml``). favor_precision in both: the
    benchmark's teaser lists and captions cost more than the odd lost paragraph. Comments
    in blog markup are read by :func:`_comment_threads`."""
    meta = page_metadata(tree)
    kw = dict(url=meta.url, favor_precision=True, include_comments=True, include_tables=True)
    doc = trafilatura.bare_extraction(tree, fast=True, **kw)
    if doc is None or len((doc.text or "").strip()) < _settings()["full_cascade_below"]:
        doc = trafilatura.bare_extraction(tree, **kw) or doc
    return doc, meta


def _settings() -> dict:
    from ..toml_data import data_file

    return data_file("ingest/extraction.toml")


def trafilatura_loaded() -> None:
    """Import trafilatura and what reading a page uses of it (~0.3 s), e.g. before forking
    the processes that will read pages. The public suffix list too, which courlan reads
    through tld (~35 ms of CPU, 20,000 entries) on the first page whose canonical URL its
    pattern does not take apart: each forked worker read it again for itself."""
    import htmldate  # noqa: F401
    import trafilatura  # noqa: F401
    import trafilatura.metadata  # noqa: F401
    from tld import get_tld  # courlan's reader of the list

    _tune()
    get_tld("https://www.example.org/", as_object=True, fail_silently=True)


def _tune() -> None:
    """trafilatura set up for reading pages here, once per process: its XPath expressions'
    regular-expression tests behind cheaper ones (:mod:`.xpath_prefilter`), and its HTML
    parser's element classes chosen in C (:func:`plain_element_classes`)."""
    if _TUNED:
        return
    _TUNED.append(True)
    from .xpath_prefilter import install
    install()
    plain_element_classes()


_TUNED: list[bool] = []


def plain_element_classes(parser=None) -> None:
    """Every element of a page parsed by `parser` (trafilatura's HTML parser by default) is
    an ``lxml.html.HtmlElement`` (comments, processing instructions and entities lxml.html's
    own classes), chosen by lxml in C. lxml.html's default lookup asks a Python method
    (``HtmlElementClassLookup.lookup``) each time lxml makes a Python object of an element,
    ~1,400 times a page on bench/extraction.py's pages, only to give the form controls
    (form, input, select, textarea, label) subclasses whose form-handling properties
    (``.value``, ``.inputs``, ``.fields``…) neither trafilatura, htmldate nor this package
    use: every other method is HtmlElement's own, so the same text is read. Reading a page
    took ~10 % less CPU (read_page over the 92 pages, min of 4 alternated passes: 1.97 ->
    1.77 s), and the text, metadata and comments of every page are the same."""
    from lxml import etree
    from lxml import html as lxml_html

    if parser is None:
        from trafilatura.utils import HTML_PARSER as parser
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity))


def read_page(markup: str | bytes, name: str) -> tuple[str, dict] | IngestError:
    """(text, metadata) of a saved page: title, published (YYYY-MM-DD), outlet (the site's
    name), author, url (canonical), kind "page"; or why nothing could be read."""
    import trafilatura  # imported here: loading it takes ~0.3 s, which plain-text runs need not pay
    from trafilatura.utils import load_html

    _tune()  # once per process

    if isinstance(markup, str):
        markup = markup.lstrip("\ufeff")
    tree = load_html(markup)  # bytes in the page's own charset are decoded by what it declares
    if tree is not None:  # what a browser running scripts never shows
        for el in tree.xpath("//noscript|//template"):
            el.drop_tree()
    doc = None
    if tree is not None:
        threads = _comment_threads(tree)
        doc, page = _extract(trafilatura, tree)
    if doc is None or not (doc.text or "").strip():
        text, title = html_text(markup if isinstance(markup, str) else markup.decode("utf-8", "replace"))
        if not text:
            return IngestError(name, "no visible text in the HTML page (only markup, scripts or styles)")
        return text, {"title": title}
    title = clean_title(re.sub(r"\s+", " ", page.title or "").strip() or None, page.sitename, page.hostname)
    comments = threads or ([(None, _lines(doc.comments))] if _lines(doc.comments) else [])
    text = page_text(title, _lines(doc.text), comments)
    meta = {"title": title, "published": page.date or None, "outlet": page.sitename or None,
            "author": page.author or None, "url": page.url or None, "kind": "page"}
    return text, meta
