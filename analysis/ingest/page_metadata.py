"""A saved page's metadata (title, author, date, site name, canonical URL) through
trafilatura's own steps (``trafilatura.metadata``), less what Stancewatch does not keep and
with its author search written without regular-expression calls (html.py reads the page)."""
from __future__ import annotations

from functools import lru_cache


def page_metadata(tree):
    """trafilatura's metadata of the page (``trafilatura.metadata.extract_metadata``) without
    what Stancewatch does not keep: its categories, tags and licence, whose searches over
    every link of the page took a third of the metadata's time on the extraction benchmark.
    The same steps in the same order otherwise (trafilatura 2.x); should a release rename
    them, its own function is used."""
    try:
        from htmldate import find_date
        from trafilatura.metadata import (META_URL, examine_meta, extract_author, extract_domain, extract_meta_json,
                                          extract_sitename, extract_title, extract_url)
        from trafilatura.settings import set_date_params
    except ImportError:  # pragma: no cover - another trafilatura release
        from trafilatura.metadata import extract_metadata
        return extract_metadata(tree)
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = extract_meta_json(tree, meta)
    # trafilatura's own guard: JSON-LD it cannot read is skipped, the page's other metadata kept
    except Exception:  # noqa: BLE001  # nosec B110
        pass
    meta.title = meta.title or extract_title(tree)
    meta.author = meta.author or _author(tree, extract_author)
    meta.url = meta.url or extract_url(tree)
    if meta.url:
        meta.hostname = extract_domain(meta.url, fast=True)
    date_config = set_date_params(True)
    date_config["url"] = meta.url
    meta.date = find_date(tree, **date_config)
    meta.sitename = meta.sitename or extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (m := META_URL.match(meta.url)):
        meta.sitename = m[1]
    meta.filedate = date_config.get("max_date")
    meta.clean_and_trim()
    return meta


def _any(test: str, attr: str, *words: str) -> str:
    # an element without the attribute fails every test at once: the same truth value (a
    # missing attribute is "", which contains or starts with no word), without libxml2
    # copying "" for each word (the author search ~15% less CPU, bench/extraction.py's pages)
    return f"(@{attr} and (" + " or ".join(f"{test}(@{attr}, '{w}')" for w in words) + "))"


# trafilatura's author XPaths (trafilatura.xpaths, 2.x: AUTHOR_DISCARD_XPATHS[0] and
# AUTHOR_XPATHS), each EXSLT regular-expression test (re:test, a call into Python for every
# element with the attribute) written as the XPath string tests it equals: every pattern is
# an alternation of literal words, and a search for 'a|b' is contains(., 'a') or
# contains(., 'b'), '^a' is starts-with, '[Aa]uthor' is 'Author' or 'author', 'author-?name'
# is 'authorname' or 'author-name' (case-sensitive, as re:test without flags). The same
# elements in the same order; the searches took a third less time (4.4 -> 2.7 ms a page on
# bench/extraction.py's pages), and the author's look-up is ~45% of the page's metadata.
_DISCARD_TAGS = "self::a or self::div or self::section or self::span"
_DISCARD_TEST = f"""
    @id='comments' or @class='comments' or @class='title' or @class='date' or
    {_any('starts-with', 'id', 'comments')} or {_any('contains', 'id', 'comment-list', 'commentlist', 'ProductReviews')} or
    {_any('starts-with', 'class', 'Comments', 'comments')} or
    {_any('contains', 'class', 'commentlist', 'comments-list', 'sidebar', 'is-hidden', 'quote', 'embedly-instagram',
          'article-share', 'article-support', 'print', 'category', 'meta-date', 'meta-reviewer')} or
    contains(@data-component, 'Figure')"""
_AUTHOR_DISCARD = f".//*[{_DISCARD_TAGS}][{_DISCARD_TEST}]"
_AUTHOR = (
    f"""//*[self::a or self::address or self::div or self::link or self::p or self::span or self::strong][
    @rel='author' or @id='author' or @class='author' or @itemprop='author name' or rel='me' or
    @data-testid='AuthorCard' or @data-testid='AuthorURL' or
    {_any('contains', 'class', 'authorname', 'author-name', 'AuthorName', 'authorName')}]|//author""",
    f"""//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span][
    @class='byline' or @class='username' or @class='byl' or @class='BBL' or contains(@itemprop, 'author') or
    {_any('contains', 'id', 'author', 'zuozhe', 'bianji', 'xiaobian')} or
    {_any('contains', 'class', 'author', 'channel-name', 'zuozhe', 'bianji', 'xiaobian', 'submitted-by', 'posted-by',
          'journalist-name')}]""",
    f"""//*[contains(@data-component, 'Byline') or contains(@itemprop, 'author') or
    {_any('contains', 'id', 'Author', 'author')} or
    {_any('contains', 'class', 'Author', 'author', 'screenname', 'writer', 'Byline', 'byline')}]""")
# sha256 of the expressions they were written from ("\0"-joined .path of AUTHOR_DISCARD_XPATHS
# then AUTHOR_XPATHS, trafilatura 2.3): another release's are used as they are
_AUTHOR_FROM = "811c59ac07e304265968a66eef97fe365a85da870141c282fa4845436bbef864"


# What trafilatura's pruning takes out of its copy of the page before the author search
# (AUTHOR_DISCARD_XPATHS: the elements _AUTHOR_DISCARD selects, every <time> and <figure>,
# each with all it holds), asked of one element: is it (or an element around it) taken out,
# and does it hold anything taken out. Every test is of an element's own tag and attributes,
# so an element is taken out exactly when it or an ancestor passes one.
_DISCARDED = f"ancestor-or-self::*[({_DISCARD_TAGS}) and ({_DISCARD_TEST})] | ancestor-or-self::time | ancestor-or-self::figure"
_HOLDS_DISCARDED = f"descendant::*[({_DISCARD_TAGS}) and ({_DISCARD_TEST})] | descendant::time | descendant::figure"


@lru_cache(maxsize=1)
def _author_xpaths():
    """(discard, author XPaths, author XPaths on the whole page, is-discarded test, pruning-
    changes-it test) written without re:test, or None when the installed trafilatura's
    expressions are not those they were written from. The whole-page author XPaths test
    for any ``rel`` child where trafilatura's test ``rel='me'`` (the only test of an
    element's content: pruning may change it), and the last test sends such an element to
    the search on a pruned copy, as it does one that holds something pruning takes out."""
    import hashlib

    from lxml.etree import XPath
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    now = hashlib.sha256("\0".join(x.path for x in AUTHOR_DISCARD_XPATHS + AUTHOR_XPATHS).encode()).hexdigest()
    if now != _AUTHOR_FROM:
        return None
    return ([XPath(_AUTHOR_DISCARD), *AUTHOR_DISCARD_XPATHS[1:]], [XPath(x) for x in _AUTHOR],
            [XPath(x.replace("rel='me'", "rel")) for x in _AUTHOR], XPath(f"boolean({_DISCARDED})"),
            XPath(f"boolean({_HOLDS_DISCARDED} | rel)"))


def _author(tree, extract_author):
    """trafilatura's ``extract_author`` (prune a copy of the page of comments, dates,
    figures..., then the first author-like element's text of 3 to 119 characters, its
    names normalised) with :func:`_author_xpaths`; its own function when those are None.

    The search runs on the page itself, without the copy and its pruning (~60 % of the
    search's CPU on bench/extraction.py's pages without a meta author, 0.44 -> 0.18 s over
    66 pages): an element pruning takes out is passed over, and an element that holds
    something pruning takes out (whose text pruning changes) or a ``rel`` child sends the
    whole search to the pruned copy, as before. Pruning changes nothing else an element's
    text or its tests read (an element taken out leaves its tail to the element before it,
    or to its parent), so the same elements are found in the same order, with the same text."""
    xpaths = _author_xpaths()
    if xpaths is None:  # pragma: no cover - another trafilatura release
        return extract_author(tree)
    from trafilatura.metadata import normalize_authors
    from trafilatura.utils import trim

    _, _, on_page, discarded, changed = xpaths
    for expression in on_page:
        for elem in expression(tree):
            if discarded(elem):
                continue
            if changed(elem):
                return _author_on_pruned_copy(tree, xpaths)
            content = trim(" ".join(elem.itertext()))
            if content and 2 < len(content) < 120:  # extract_metainfo's test, len_limit=120
                return normalize_authors(None, content)
    return None


def _author_on_pruned_copy(tree, xpaths):
    """trafilatura's own steps: a copy of the page pruned, then searched."""
    from copy import deepcopy

    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.metadata import extract_metainfo, normalize_authors

    author = extract_metainfo(prune_unwanted_nodes(deepcopy(tree), xpaths[0]), xpaths[1], len_limit=120)
    return normalize_authors(None, author) if author else author
