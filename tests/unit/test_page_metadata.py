"""A saved page's author (analysis/ingest/page_metadata.py): trafilatura's own search,
written without regular-expression calls, finds the same author on pages of our own."""
import pytest
from trafilatura.metadata import extract_author
from trafilatura.utils import load_html

from analysis.ingest.page_metadata import _author, _author_xpaths

BODY = "<p>The ministers met in Geneva on Monday for four hours of talks on the border.</p>"


def page(inner: str) -> str:
    return f"<html><head><title>Talks</title></head><body><article>{inner}{BODY}</article></body></html>"


PAGES = {
    "a byline class": ('<div class="article-byline">By Jane Roe</div>', "Jane Roe"),
    "an author-name class": ('<span class="post-author-name">Ilona Marsh</span>', "Ilona Marsh"),
    "an id with Author": ('<p id="mainAuthor">Boris Ostrov</p>', "Boris Ostrov"),
    "itemprop author": ('<span itemprop="author">Ana Lima</span>', "Ana Lima"),
    "a rel author link": ('<a rel="author" href="/ana">Ana Lima</a>', "Ana Lima"),
    "a writer class on any element": ('<section class="writer">Tom Berg</section>', "Tom Berg"),
    "in the comments, not the author": (
        '<div id="comments-section"><span class="comment-author">thelastchargersfan</span></div>', None),
    "in a sidebar, not the author": ('<div class="sidebar"><span class="author">Someone Else</span></div>', None),
    "a comment list id": ('<div id="main-commentlist"><p class="byline">Reader Name</p></div>', None),
    "no author on the page": ("", None),
    "a case that differs": ('<div class="BYLINE">Jane Roe</div>', None),  # the tests are case-sensitive
    # what pruning changes: a date inside the byline (its text goes, its tail stays), a figure
    # around a byline, a pruned element right after the byline (its tail joins the byline's tail)
    "a date inside the byline": ('<p class="byline">By <time>5 May</time> Jane Roe</p>', "Jane Roe"),
    "a byline in a figure caption": ('<figure><span class="author">Photo Desk</span></figure>'
                                     '<span class="author">Tom Berg</span>', "Tom Berg"),
    "a pruned element after it": ('<span class="author">Ana Lima</span><span class="date">5 May</span> and more',
                                  "Ana Lima"),
    "a rel child": ('<p class="lead"><rel>me</rel> Ilona Marsh</p>', "Me Ilona Marsh"),
}


def test_the_rewritten_search_is_in_use_with_this_trafilatura():
    assert _author_xpaths() is not None


@pytest.mark.parametrize("name", PAGES)
def test_the_author_is_trafilaturas(name):
    inner, expected = PAGES[name]
    tree = load_html(page(inner))
    assert _author(tree, extract_author) == extract_author(tree) == expected


@pytest.mark.parametrize("inner, copies", [
    ('<div class="article-byline">By Jane Roe</div>', 0),
    ('<div class="sidebar"><span class="author">Someone Else</span></div>', 0),
    ('<p class="byline">By <time>5 May</time> Jane Roe</p>', 1),
    ('<p class="lead"><rel>me</rel> Ilona Marsh</p>', 1),
    ('<p class="lead"><rel>m<time>5 May</time>e</rel> Ilona Marsh</p>', 1),  # 'me' only once pruned
])
def test_the_search_prunes_a_copy_only_where_pruning_changes_an_elements_text(monkeypatch, inner, copies):
    from analysis.ingest import page_metadata

    calls = []
    real = page_metadata._author_on_pruned_copy
    monkeypatch.setattr(page_metadata, "_author_on_pruned_copy", lambda *a: calls.append(1) or real(*a))
    tree = load_html(page(inner))
    assert _author(tree, extract_author) == extract_author(tree)
    assert len(calls) == copies
