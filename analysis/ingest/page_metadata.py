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
_AUTHOR_DISCARD = f""".//*[self::a or self::div or self::section or self::span][
    @id='comments' or @class='comments' or @class='title' or @class='date' or
    {_any('starts-with', 'id', 'comments')} or {_any('contains', 'id', 'comment-list', 'commentlist', 'ProductReviews')} or
    {_any('starts-with', 'class', 'Comments', 'comments')} or
    {_any('contains', 'class', 'commentlist', 'comments-list', 'sidebar', 'is-hidden', 'quote', 'embedly-instagram',
          'article-share', 'article-support', 'print', 'category', 'meta-date', 'meta-reviewer')} or
    contains(@data-component, 'Figure')]"""
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


@lru_cache(maxsize=1)
def _author_xpaths():
    """(discard, author XPaths) written without re:test, or None when the installed
    trafilatura's expressions are not those they were written from."""
    import hashlib

    from lxml.etree import XPath
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    now = hashlib.sha256("\0".join(x.path for x in AUTHOR_DISCARD_XPATHS + AUTHOR_XPATHS).encode()).hexdigest()
    if now != _AUTHOR_FROM:
        return None
    return [XPath(_AUTHOR_DISCARD), *AUTHOR_DISCARD_XPATHS[1:]], [XPath(x) for x in _AUTHOR]


def _author(tree, extract_author):
    """trafilatura's ``extract_author`` (prune a copy of the page of comments, dates,
    figures..., then the first author-like element's text of 3 to 119 characters, its
    names normalised) with :func:`_author_xpaths`; its own function when those are None."""
    xpaths = _author_xpaths()
    if xpaths is None:  # pragma: no cover - another trafilatura release
        return extract_author(tree)
    from copy import deepcopy

    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.metadata import extract_metainfo, normalize_authors

    author = extract_metainfo(prune_unwanted_nodes(deepcopy(tree), xpaths[0]), xpaths[1], len_limit=120)
    return normalize_authors(None, author) if author else author
