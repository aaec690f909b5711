"""analysis/ingest/xpath_prefilter.py: the conditions put in front of a regular-expression
test are necessary ones, so every expression selects what it selected before."""
from __future__ import annotations

import random
import re

import pytest
from lxml import html as lxml_html
from lxml.etree import XPath

from analysis.ingest.xpath_prefilter import install, prefiltered, required_literals

NS = {"re": "http://exslt.org/regular-expressions"}


@pytest.mark.parametrize("pattern, literals", [
    ("sidebar", ["sidebar"]),
    ("^promo-|widget", ["promo-", "widget"]),
    ("bread-?crumb", ["bread"]),                       # a longest run that every match has
    ("^[Rr]eply(?!ies)|(?:page|post)-replies", ["-replies", "eply"]),
    ("foot(?:er|note)s?", ["foot"]),
    ("(?:top|side)-bar", ["-bar"]),
    ("(?:ab)+c", ["ab"]),
    ("nav|navbar|subnav", ["nav"]),                    # the longer ones contain 'nav'
])
def test_required_literals(pattern, literals):
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern", ["[a-z]+", "x?", "(?i)banner", "(?i:banner)", "a|[bc]", "it's"])
def test_no_literals_when_not_certain(pattern):
    assert required_literals(pattern) is None


def test_every_match_contains_a_required_literal():
    rng = random.Random(12)
    patterns = ["^promo-|widget", "bread-?crumb", "^[Rr]eply(?!ies)|(?:page|post)-replies", "foot(?:er|note)s?",
                "(?:top|side)-bar", "(?:ab)+c", " ad |-ad-|(?:^| )ad-"]
    alphabet = "abcdefoprtuwy-_ RPe"
    for pattern in patterns:
        lits = required_literals(pattern)
        rx = re.compile(pattern)
        for _ in range(3000):
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
            if rx.search(s):
                assert any(lit in s for lit in lits), (pattern, s)


def test_a_pattern_matching_empty_text_gets_no_condition():
    path = ".//*[re:test(@class, 'x?')]"
    assert prefiltered(path) == path


def test_a_test_with_flags_is_left_alone():
    path = ".//*[re:test(@class, 'banner', 'i')]"
    assert prefiltered(path) == path


def test_conditions_written_in_front():
    got = prefiltered(".//div[re:test(@id|@class, '^promo-|widget')]")
    assert got == (".//div[((@id|@class) and (contains(@id|@class, 'promo-') or contains(@id|@class, 'widget')) "
                   "and re:test(@id|@class, '^promo-|widget'))]")
    # more literals than MAX_LITERALS: only the attribute's presence
    many = prefiltered(".//div[re:test(@class, 'aa|bb|cc|dd')]")
    assert many == ".//div[((@class) and re:test(@class, 'aa|bb|cc|dd'))]"


PAGE = """<html><body>
<div class="promo-box">a</div><div class="site-promo-box">b</div><div id="widget-1" class="x">c</div>
<div class="" id="promo-">d</div><div>e</div><section class="Reply">f</section><section class="replies">g</section>
<section class="reply-list">h</section><section class="Replies">i</section><section id="post-replies">j</section>
<div class="top-bar navbar"><div class="side-bar">k</div></div><div style="display:none" class="footnotes">l</div>
<div class="breadcrumb">m</div><div class="bread-crumb"><span class="breadcrumbs">n</span></div>
</body></html>"""


@pytest.mark.parametrize("expression", [
    ".//div[re:test(@id|@class, '^promo-|widget')]",
    ".//*[self::div or self::section][re:test(@id, '^(?:[Rr]eply(?!ies)|post-replies)') or "
    "re:test(@class, '^[Rr]eply(?!ies)|(?:page|post)-replies')]",
    ".//*[re:test(@class, '(?:top|side)-bar|foot(?:er|note)s?|bread-?crumb')][1]",
    "(.//*[re:test(@class, 'nav|navbar|subnav') or re:test(@style, 'display: ?none')])[1]",
])
def test_the_same_elements_in_the_same_order(expression):
    tree = lxml_html.fromstring(PAGE)
    before = XPath(expression, namespaces=NS)(tree)
    after = XPath(prefiltered(expression), namespaces=NS)(tree)
    assert before and after == before


def test_install_rewrites_trafilatura_in_place_once():
    from trafilatura import xpaths

    install()
    assert install() == 0  # once per process
    body = xpaths.BODY_XPATH[0].path
    assert "re:test" in body and "contains(" in body
    # the author expressions stay as page_metadata.py checks them (it uses its own rewriting)
    from analysis.ingest.page_metadata import _author_xpaths

    assert _author_xpaths.__wrapped__() is not None
