"""Furniture and spam: site lines that are never statements (menus, datelines, teaser
lists, repeated captions) and adverts, which are kept but flagged."""
from __future__ import annotations

import re

from .cues import Cues, spam_search
from .lines import _Line, _Para


def _is_furniture_line(t: str, c: Cues) -> bool:
    if len(t) > c.furniture_max and " " in t:
        return False
    if c.furniture.match(t):
        return True
    low = t.lower()
    if any(map(low.__contains__, c.floating_hints)) and c.furniture_floating.search(t):
        return True
    if len(t) <= 90 and t.startswith("By ") and c.byline.match(t):
        return True
    return len(t) <= 48 and bool(c.dateline.match(t))


_HEADLINE_END = re.compile(r"[.!?:;,…\"”]$")


def _is_headline_like(t: str, c: Cues) -> bool:
    return len(t.split()) <= c.teaser_headline_words and not _HEADLINE_END.search(t)


def _teasers(content: list[_Line], c: Cues) -> None:
    """A teaser heading and the list under it are furniture; under an advert heading the
    items are kept and flagged spam (see segment.toml)."""
    i = 0
    while i < len(content):
        ln = content[i]
        adverts = ln.kind in ("text", "furniture") and bool(c.advert_heading.match(ln.text))
        if not (adverts or ln.kind in ("text", "furniture") and c.teaser_heading.match(ln.text)):
            i += 1
            continue
        ln.kind = "furniture"
        items: list[_Line] = []
        j = i + 1
        while j < len(content):
            x = content[j]
            if x.kind not in ("text", "furniture"):
                break
            if _is_headline_like(x.text, c):
                items.append(x)
            elif (items and _is_headline_like(items[-1].text, c)
                  and len(x.text.split()) <= c.teaser_sentence_words
                  and (j + 1 == len(content) or _is_headline_like(content[j + 1].text, c)
                       or content[j + 1].kind == "furniture")):
                items.append(x)  # a teaser sentence under its headline
            else:
                break
            j += 1
        for x in items:
            if adverts:
                x.advert = True  # kept, flagged spam
            else:
                x.kind = "furniture"
        i = j


MENU_MAX_CHARS = 60  # a menu item is short in characters too: a sentence in Japanese or Chinese has no spaces


_MENU_END = re.compile(r"[.!?:;,\"”。！？；：」』]$")


def _is_menu_like(t: str, c: Cues) -> bool:
    # (the length first: most lines are longer, and need no split)
    return len(t) <= MENU_MAX_CHARS and len(t.split()) <= c.menu_words and not _MENU_END.search(t)


# An advert speaks to or for its customer ("your webcam", "I can get more gigs"); news copy
# about a product ("hackers can install malware on macOS") does not, outside quotations.
_PERSONAL = re.compile(r"\b(I|I'm|I've|my|me|you|your|you're|we|our|us)\b", re.I)
_QUOTED = re.compile(r"\"[^\"]*(\"|$)|“[^”]*(”|$)")
ADVERT_MAX_WORDS = 80  # the longest advert in the seeds has 43 words; a news paragraph runs longer


def _spam(paras: list[_Para], c: Cues) -> None:
    """Adverts: a promotional phrase, or an invented-looking brand with promotional words
    in a short paragraph that addresses the reader, and every short paragraph naming a brand
    an advert named. Never most of a document: a page about a product is not an advert."""
    brands: set[str] = set()
    flagged: list[_Para] = []
    for p in paras:
        t = p.text
        low = t.lower()
        if spam_search(c, t, low):
            flagged.append(p)
            brands.update(_brands(t))
            continue
        b = _brands(t)  # (a cheap search first: most paragraphs name no brand, and need no split)
        if not b:
            continue
        if len(t.split()) > ADVERT_MAX_WORDS:
            continue  # an advert is short: a long paragraph is not read for brands
        words = set(re.findall(r"[a-z]+", low))
        if len(words & c.promo_words) >= 2 and _PERSONAL.search(_QUOTED.sub(" ", t)):
            flagged.append(p)
            brands.update(b)
    if brands:
        rx = re.compile(r"\b(" + "|".join(map(re.escape, brands)) + r")\b")
        for p in paras:
            if all(p is not f for f in flagged) and len(p.text.split()) <= ADVERT_MAX_WORDS and rx.search(p.text):
                flagged.append(p)
    text_paras = [p for p in paras if p.kind in ("body", "comment")]
    if flagged and len(flagged) * 2 > len(text_paras) and len(text_paras) > 2:
        flagged = [p for p in flagged if spam_search(c, p.text, p.text.lower())]
    for p in flagged:
        p.kind = "spam"


def _brands(t: str) -> set[str]:
    """Invented-looking product names: camelCase tokens such as camDown (not iPhone-style i/e prefixes)."""
    if not _CAMEL.search(t):  # the cheap test first: most paragraphs have no camelCase at all
        return set()
    return {w for w in re.findall(r"\b[a-z]{2,}[A-Z][a-zA-Z]+\b", t)}


# read as "a capital after a small letter": re skips in C to the next capital, where "[a-z][A-Z]"
# tried every small letter (the same answer; half the time over the corpus paragraphs)
_CAMEL = re.compile(r"[A-Z](?<=[a-z][A-Z])")
