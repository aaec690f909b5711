"""Segment a document into blocks (headline, body, comment, spam, furniture) and units.

Real coverage arrives as scraped pages: an article with adverts inside it, site menus and
footers, reader comments after it (sometimes with their authors only recoverable from a
later "In reply to <opening words>… by <author>" line), press-briefing transcripts with
speaker labels, and comment threads with `u/name · time · points` headers. This module
turns such a page into blocks, each one paragraph with one role, and then into units:
sentences, never split inside a quotation.

Every offset refers to ``Document.text`` as read. The cues live in ``data/segment.toml``.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .model import Block, Document, Unit

# --------------------------------------------------------------------------- cues


@dataclass(frozen=True)
class Cues:
    furniture: re.Pattern
    furniture_floating: re.Pattern
    floating_hints: tuple[str, ...]
    furniture_max: int
    dateline: re.Pattern
    menu_run: int
    menu_words: int
    byline: re.Pattern
    teaser_heading: re.Pattern
    teaser_headline_words: int
    teaser_sentence_words: int
    repeated_line_words: int
    spam: re.Pattern
    spam_hints: tuple[str, ...]
    advert_heading: re.Pattern
    promo_words: frozenset[str]
    comment_strong: tuple[re.Pattern, ...]
    comment_weak: tuple[re.Pattern, ...]
    comment_threshold: int
    comment_form: re.Pattern
    min_article_paragraphs: int


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = tomllib.loads(resources.files("analysis").joinpath("data/segment.toml").read_text("utf-8"))
    ci = lambda ps: tuple(re.compile(p, re.I) for p in ps)  # noqa: E731
    c = raw["comments"]
    return Cues(
        # patterns anchored at the start are tried at position 0 only (re.match): most are
        furniture=re.compile("|".join(f"(?:{p[1:]})" for p in raw["furniture"]["line"] if p.startswith("^")), re.I),
        furniture_floating=re.compile("|".join(f"(?:{p})" for p in raw["furniture"]["line"] if not p.startswith("^")), re.I),
        furniture_max=int(raw["furniture"]["max_line"]),
        floating_hints=tuple(raw["furniture"]["floating_hints"]),
        dateline=re.compile(raw["furniture"]["dateline"], re.I),
        menu_run=int(raw["furniture"]["menu_run"]),
        menu_words=int(raw["furniture"]["menu_words"]),
        byline=re.compile(raw["furniture"]["byline"]),
        teaser_heading=re.compile(raw["furniture"]["teaser_heading"], re.I),
        teaser_headline_words=int(raw["furniture"]["teaser_headline_words"]),
        teaser_sentence_words=int(raw["furniture"]["teaser_sentence_words"]),
        repeated_line_words=int(raw["furniture"]["repeated_line_words"]),
        spam=re.compile("|".join(f"(?:{p})" for p in raw["spam"]["paragraph"]), re.I),
        spam_hints=tuple(raw["spam"]["hints"]),
        advert_heading=re.compile(raw["spam"]["advert_heading"], re.I),
        promo_words=frozenset(w.lower() for w in raw["spam"]["promo_words"]),
        comment_strong=ci(c["strong"]) + tuple(re.compile(p) for p in c["strong_case_sensitive"]),
        comment_weak=ci(c["weak"]) + tuple(re.compile(p) for p in c["weak_case_sensitive"]),
        comment_threshold=int(c["threshold"]),
        comment_form=re.compile("|".join(f"(?:{p})" for p in c["form"]), re.I),
        min_article_paragraphs=int(c["min_article_paragraphs"]),
    )


# --------------------------------------------------------------------------- patterns

# "In reply to He's right. Being scared… by Socrates55" (seed 003's comment format)
REPLY_RE = re.compile(r"^In reply to\s+(?P<quote>.+?)\s*(?:…|\.\.\.)\s*by\s+(?P<author>\S.{0,60}?)\s*$")
# "u/77de0006fe · 2022-02-17 09:08 · 35 points" (reddit) and "name · 3h ago · 5 points"
HEADER_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<author>u/[\w\-]+|\[deleted\]|@?[\w][\w .\-]{0,40}?)\s+[·•|]\s+"
    r"(?P<meta>(?:\d{4}-\d{2}-\d{2}|\d+\s*\w+\s+ago|\d{1,2}:\d{2}|[A-Z][a-z]{2} \d{1,2}).*)$"
)
# White House transcripts: "Q    text", "MS. PSAKI:", "THE PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:"
Q_RE = re.compile(r"^(?P<label>Q)(?:[ \t]{2,}|\t|:\s*|\.\s+)(?=\S)")
CAPS_LABEL_RE = re.compile(r"^(?P<label>(?:(?:MR|MS|MRS|DR|GEN|AMB|SEC)\.\s+)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-.]+){0,5})\s*:(?:\s+|$)")
# Kremlin transcripts: "Vladimir Putin:", "President of Russia Vladimir Putin:",
# "Question (retranslated):", "Federal Chancellor of Germany Angela Merkel (retranslated):"
NAME_LABEL_RE = re.compile(
    r"^(?P<label>[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the|and|de|da|al-\w+|al|bin|von|van|der|la|le)){0,10})"
    r"(?:\s*\((?:re-?translated|retranslation|via (?:an )?interpreter|through (?:an )?interpreter|in \w+)\))?\s*:(?:\s+|$)"
)
# Markdown-decorated labels: "[**Speaker Mike Johnson**](https://x.com/...)**:** “…”", "**Q:** …"
MD_LABEL_RE = re.compile(
    r"^(?:\[\*{0,2}(?P<a>[^\]*\n]{2,90}?)\*{0,2}\]\([^)\s]*\)|\*\*(?P<b>[^*\n]{1,90}?)\*\*)\s*(?:\*\*)?:(?:\*\*)?(?:\s+|$)"
)
# WordPress and its kin print a comment's author as "thelastchargersfan says:" on a line of
# its own, with the date on the next ("October 3, 2018 at 5:02 pm"); a saved page's text
# (ingest/html.py) writes its comments' authors the same way.
SAYS_RE = re.compile(r"^(?P<author>[^\s.!?:;\"“”][^!?:;\"“”]{0,59}?)\s+(?:says|said|writes|wrote|replied|commented):$")
# Disqus and most comment widgets copied from a browser: the handle on a line of its own, the
# time on the next ("2 hours ago", "5d", "March 3, 2024 at 5:02 pm") and the comment's words
# after it. Read as a thread only when two or more handles do so (a headline over a dateline,
# even repeated in a page's footer, is not one).
HANDLE_RE = re.compile(r"^@?[\w][\w.'’\- ]{0,38}[\w.]$")
RELTIME_RE = re.compile(r"^(?:(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|\d{1,2}\s*[smhdwy]"
                        r"|yesterday|just now)(?:\s*[·•|]\s*edited)?$", re.I)
# the line a saved page's text puts before its reader comments (ingest/html.py)
COMMENTS_MARKER = "— Reader comments —"
# A speaker label that a raw page broke across lines: its name (often after the speaker's
# role, as a hover card repeats it) on lines of their own, then a line with only the colon,
# optionally after "(retranslated)" (the raw Kremlin page, corpus 024).
COLON_ONLY_RE = re.compile(r"^(?:\((?:re-?translated|retranslation|via (?:an )?interpreter)\)\s*)?:$")
PAREN_ONLY_RE = re.compile(r"^\((?:re-?translated|retranslation|via (?:an )?interpreter)\)$")
GENERIC_LABELS = {"question", "remark", "answer", "reply", "moderator", "interviewer", "reporter",
                  "journalist", "audience", "participant", "comment", "response", "q", "a", "host", "anchor"}
# Words that start a sentence ending in a colon, never a speaker label ("But look where we are:")
NOT_LABEL_WORDS = {"we", "i", "what", "the", "but", "so", "and", "my", "on", "in", "let", "just", "this",
                   "that", "here", "there", "it", "our", "your", "published", "official", "note", "update",
                   "see", "read", "related", "source", "sources", "photo", "video", "watch", "listen"}

OFFICE_WORDS = {"of", "the", "president", "prime", "minister", "chancellor", "secretary", "king", "queen", "federal",
                "foreign", "chairman", "general", "director", "spokesman", "spokeswoman", "ambassador", "press"}
# Kickers news pages put before a headline or paragraph, in capitals: never a speaker label
KICKER_WORDS = {"breaking", "breaking news", "exclusive", "updated", "analysis", "opinion", "editorial",
                "correction", "clarification", "editor's note", "fact check", "live", "developing", "more",
                "read more", "also read", "read also", "see also", "photos", "gallery", "advertisement",
                "sponsored", "promoted", "watch live", "just in", "alert", "tags", "topics"}

TERMINAL = ".!?…:;\"”’')]。！？」』"
QUOTE_OPEN = "“"
QUOTE_CLOSE = "”"

# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # stripped content
    indent: int
    kind: str = "text"  # blank, reply, header, label, furniture, text
    label: str | None = None
    content_start: int | None = None  # for labels: where the turn's own words start
    author: str | None = None
    quote: str | None = None
    advert: bool = False  # an item under an advert heading: its paragraph is spam


@dataclass
class _Para:
    start: int
    end: int
    lines: list[_Line] = field(default_factory=list)
    kind: str = "body"
    label: str | None = None
    reply_to: str | None = None
    embedded: bool = False
    turn: bool = False
    blank_after: bool = False

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


def _split_lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            s = pos + lead
            e = s + len(stripped)
            indent = len(raw[:lead].expandtabs(4))
            out.append(_Line(s, e, stripped, indent))
        else:
            out.append(_Line(pos, pos, "", 0, kind="blank"))
        pos += len(raw) + 1
    return out


def _label_of(line: _Line) -> tuple[str, int] | None:
    """A transcript speaker label at the start of the line: (label, offset of the words after it)."""
    t = line.text
    md = MD_LABEL_RE.match(t)
    if md:
        label = (md.group("a") or md.group("b")).strip().rstrip(":").strip()
        inner = _Line(line.start, line.end, label + ": x", line.indent)
        if _label_of(inner) is not None:
            return label, line.start + md.end()
        return None
    m = Q_RE.match(t)
    if not m:
        m = CAPS_LABEL_RE.match(t)
        if m and (m.group("label").strip() in {"A", "I"}
                  or m.group("label").strip().lower().replace("’", "'") in NOT_LABEL_WORDS | KICKER_WORDS):
            m = None  # "READ: <headline>", "BREAKING: …": a kicker, not a speaker
    if not m:
        m = NAME_LABEL_RE.match(t)
        if m:
            label = m.group("label")
            words = label.split()
            if words[0].lower().strip(".") in NOT_LABEL_WORDS or len(label) > 90:
                return None
            if len(words) == 1 and words[0].lower() not in GENERIC_LABELS and not words[0].isupper():
                # a single capitalised word: only a label when it is a known generic one or a name
                if not re.match(r"^[A-Z][a-z]+$", words[0]) or words[0].lower() in NOT_LABEL_WORDS:
                    return None
            if any(w[0].islower() and w not in {"of", "the", "and", "de", "da", "al", "bin", "von", "van", "der", "la", "le"}
                   and not w.startswith("al-") for w in words):
                return None
    if not m:
        return None
    label = m.group("label").strip()
    if label.lower().replace("’", "'") in KICKER_WORDS:
        return None  # "BREAKING: …", "EXCLUSIVE: …": a kicker, not a speaker
    # a label introduces words on the same line or on the next line; nothing else
    return label, line.start + m.end()


def _is_furniture_line(t: str, c: Cues) -> bool:
    if len(t) > c.furniture_max and " " in t:
        return False
    if c.furniture.match(t):
        return True
    low = t.lower()
    if any(h in low for h in c.floating_hints) and c.furniture_floating.search(t):
        return True
    if len(t) <= 90 and t.startswith("By ") and c.byline.match(t):
        return True
    return len(t) <= 48 and bool(c.dateline.match(t))


def _handle_over_time(name: _Line, when: _Line, c: Cues) -> bool:
    """A commenter's handle on its own line with the comment's time on the next."""
    t = name.text
    if not HANDLE_RE.match(t) or len(t.split()) > 3 or t.startswith("By ") or c.furniture.match(t):
        return False
    w = when.text
    return bool(RELTIME_RE.match(w)) or (len(w) <= 48 and bool(c.dateline.match(w)))


def _is_comment_words(ln: _Line, c: Cues) -> bool:
    """The line under a handle and its time: words of a comment, not another date or place."""
    t = ln.text
    return (len(t.split()) >= 3 and not RELTIME_RE.match(t) and not (len(t) <= 48 and c.dateline.match(t))
            and not c.furniture.match(t))


def _is_headline_like(t: str, c: Cues) -> bool:
    return len(t.split()) <= c.teaser_headline_words and not re.search(r"[.!?:;,…\"”]$", t)


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


def _colon_label(content: list[_Line], i: int, c: Cues) -> tuple[str, int] | None:
    """(label, index of its first line) for the speaker label whose colon stands alone on
    content[i]: the short lines above it (role and name, as the page shows them), in order."""
    names: list[str] = []
    j = i - 1
    while j >= 0 and i - j <= 6:
        t = content[j].text
        if PAREN_ONLY_RE.match(t):
            j -= 1
            continue
        if len(t.split()) > 6 or re.search(r"[.!?:;,…\"”]$", t) or not t[:1].isupper():
            break
        names.insert(0, t)
        j -= 1
    seen: list[str] = []
    for t in names:
        if t not in seen and set(t.split()) != set(seen[-1].split() if seen else ()):
            seen.append(t)
    if not seen:
        return None
    label = " ".join(seen[:2]) if len(seen) > 1 and " of " in f" {seen[0]} " else seen[-1]
    return (label, j + 1) if NAME_LABEL_RE.match(label + ": x") else None


def _wrapped(prev: str, nxt: str) -> bool:
    """Whether `nxt` continues the sentence `prev` (which has no end punctuation) was cut in:
    a long line, a line ending in a title ("Mr"), or a line of 30 characters or more ending
    in a comma or a lower-case word or followed by one starting with a digit (hard-wrapped
    raw pages, corpus 024)."""
    last = prev.rsplit(None, 1)[-1].rstrip(".").lower() if prev.strip() else ""
    if len(prev) >= 45 or last in TITLE_ABBREV:
        return True
    # a shorter line: only a sentence's cut (a short heading may end in a lower-case word too)
    return len(prev) >= 30 and (prev.endswith(",") or nxt[:1].isdigit()
                                or bool(re.search(r"(?:^|\s)[a-z][\w'’-]*$", prev)))


MENU_MAX_CHARS = 60  # a menu item is short in characters too: a sentence in Japanese or Chinese has no spaces


def _is_menu_like(t: str, c: Cues) -> bool:
    return (len(t.split()) <= c.menu_words and len(t) <= MENU_MAX_CHARS
            and not re.search(r"[.!?:;,\"”。！？；：」』]$", t))


# --------------------------------------------------------------------------- segmenting


def segment(doc: Document) -> list[Block]:
    """Blocks of the document in reading order; every non-blank character is in one."""
    c = cues()
    text = doc.text
    lines = _split_lines(text)
    content = [ln for ln in lines if ln.kind != "blank"]

    # 1. line kinds
    counts: dict[str, int] = {}
    for ln in content:
        counts[ln.text] = counts.get(ln.text, 0) + 1
    n_labels = 0
    hint = (doc.kind or "").lower()
    page = hint == "page"  # extracted from HTML: trafilatura already removed the site's furniture
    marker = False
    n_says = 0  # "X says:" comment headers
    handles = [i for i in range(1, len(content) - 2)
               if _handle_over_time(content[i], content[i + 1], c) and _is_comment_words(content[i + 2], c)]
    if len({content[i].text for i in handles}) >= 2:
        for i in handles:
            content[i].kind, content[i].author = "header", content[i].text
            n_says += 1
    for i, ln in enumerate(content):
        if ln.kind == "header":
            continue
        if page and ln.text == COMMENTS_MARKER:
            ln.kind, marker = "header", True  # every paragraph after it is a reader comment
            continue
        m = SAYS_RE.match(ln.text)
        if m and len(m.group("author").split()) <= 4 and (
                (page and marker)
                or (i + 1 < len(content) and len(content[i + 1].text) <= 48
                    and c.dateline.match(content[i + 1].text))):
            ln.kind, ln.author = "header", m.group("author").strip()
            n_says += 1
            continue
        m = REPLY_RE.match(ln.text)
        if m:
            ln.kind, ln.quote, ln.author = "reply", m.group("quote"), m.group("author").strip()
            continue
        m = HEADER_RE.match(text[ln.start - ln.indent if ln.indent else ln.start: ln.end]) or HEADER_RE.match(ln.text)
        if m and ("·" in ln.text or "•" in ln.text):
            ln.kind, ln.author = "header", m.group("author").strip()
            continue
        if COLON_ONLY_RE.match(ln.text):
            found = _colon_label(content, i, c)
            if found:
                ln.label, ln.content_start = found[0], ln.end
                n_labels += 1
                for x in content[found[1]:i]:  # the label's own lines
                    x.kind, x.label = "furniture", None
            else:
                ln.kind = "furniture"
            continue
        if marker and (c.comment_form.search(ln.text)
                       or (len(ln.text.split()) <= 3 and not re.search(r"[.!?…]$", ln.text))):
            ln.kind = "furniture"  # a page's comment form and thread controls, not a comment
            continue
        if _is_furniture_line(ln.text, c):
            ln.kind = "furniture"
            continue
        lab = _label_of(ln)
        if lab:
            ln.label, ln.content_start = lab
            n_labels += 1
    n_headers = sum(ln.kind == "header" for ln in content)
    if n_headers >= 2 or hint == "comments" or marker or n_says:
        mode = "comments"
    elif n_labels >= 3 or (hint in ("transcript", "rawpage") and n_labels >= 1):
        mode = "transcript"
    elif hint == "speech" or doc.speaker:
        mode = "speech"
    else:
        mode = "article"
    if mode != "transcript":
        for ln in content:
            if ln.label and COLON_ONLY_RE.match(ln.text):
                ln.kind = "furniture"
            ln.label = None
    else:
        for ln in content:
            if ln.label and ln.kind == "text":
                ln.kind = "label"

    # a caption or teaser the page repeats verbatim: its repeats are furniture
    shown: set[str] = set()
    for ln in content:
        if (ln.kind == "text" and counts[ln.text] >= 2 and len(ln.text.split()) >= c.repeated_line_words
                and not ln.text.endswith(("?", "!"))):  # an interview's question, asked of each guest
            if ln.text in shown:
                ln.kind = "furniture"
            shown.add(ln.text)
    _teasers(content, c)

    # repeated short lines and menu runs are furniture (site navigation); a page's extracted
    # text has none left, and its short lines are list items and subheads
    for ln in ([] if page else content):
        if ln.kind == "text" and counts[ln.text] >= 2 and _is_menu_like(ln.text, c) and mode != "comments":
            ln.kind = "furniture"
    run: list[_Line] = []
    for ln in ([] if page else content) + [None]:
        if ln is not None and ln.kind in ("text", "furniture") and (
                _is_menu_like(ln.text, c) or (ln.kind == "furniture" and not any(ch.isalnum() for ch in ln.text))):
            run.append(ln)
            continue
        if sum(x.kind == "text" for x in run) >= 1 and len(run) >= c.menu_run:
            for x in run:
                x.kind = "furniture"
        run = []

    # 2. paragraphs: consecutive text lines, joined where a sentence was wrapped
    paras: list[_Para] = []
    furniture: list[_Line] = []
    prev: _Line | None = None
    cur: _Para | None = None
    for ln in lines:
        if ln.kind == "blank":
            if cur is not None and cur.turn and not cur.lines:
                continue  # "Viktor Orban:", a blank line, then his words: the label still holds
            if cur:
                cur.blank_after = True
            cur = None
            prev = None
            continue
        if ln.kind in ("reply", "header", "furniture"):
            furniture.append(ln)
            cur, prev = None, ln
            continue
        if ln.kind == "label":
            s = ln.content_start
            cur = _Para(s, ln.end, [], label=ln.label, turn=True)
            if s < ln.end:
                cur.lines.append(_Line(s, ln.end, text[s:ln.end].strip(), ln.indent))
                cur.start = cur.lines[0].start = s + (len(text[s:ln.end]) - len(text[s:ln.end].lstrip()))
            paras.append(cur)
            prev = ln
            continue
        joinable = (
            cur is not None and prev is not None and prev.kind in ("text", "label") and cur.lines
            and not cur.lines[-1].text.endswith(tuple(TERMINAL))
            and (ln.text[0].islower() or (mode != "comments" and _wrapped(cur.lines[-1].text, ln.text)))
        )
        label_only = cur is not None and not cur.lines and prev is not None and prev.kind == "label"
        if joinable or label_only:
            cur.lines.append(ln)
            cur.end = ln.end
            if label_only:
                cur.start = ln.start
        else:
            cur = _Para(ln.start, ln.end, [ln])
            paras.append(cur)
        prev = ln
    paras = [p for p in paras if p.lines]

    # 3. roles
    if mode == "transcript":
        label = None
        for p in paras:
            if p.turn:
                label = p.label
            elif label:
                p.label, p.turn = label, True
    if mode == "comments":
        _comments_from_headers(lines, paras)
    _headline(doc, paras, mode)
    _spam(paras, c)
    for p in paras:
        if all(ln.advert for ln in p.lines):
            p.kind = "spam"
    if mode == "article":
        if not _comments_from_reply_lines(furniture, paras):
            _unmarked_comments(paras, c)
    if mode in ("article", "comments"):
        for p in paras[1:]:
            if p.kind == "body" and _is_subhead(p):
                p.kind = "headline"

    blocks = [Block(p.kind, p.start, p.end, p.label, p.reply_to, p.embedded, p.turn) for p in paras]
    blocks += [Block("furniture", ln.start, ln.end, ln.author) for ln in furniture]
    blocks.sort(key=lambda b: b.start)
    return blocks


def _headline(doc: Document, paras: list[_Para], mode: str) -> None:
    if not paras:
        return
    first = paras[0]
    t = first.text
    title = (doc.title or "").strip()
    if first.turn:
        return
    if len(t) <= 300 and (first.blank_after or not t.endswith((".", "!", "”", '"')) or (title and t.startswith(title[:40]))):
        first.kind = "headline"


def _is_subhead(p: _Para) -> bool:
    t = p.text
    if t[:1] in "\"“" and t.rstrip("\"”’'")[-1:] in ".!?,":
        return False  # a short quotation: '"We will act as we see fit."'
    return (len(t.split()) <= 10 and len(t) <= 120 and not p.turn
            and not t.rstrip("\"”’'").endswith((".", ":", ";", ",", "!", "。", "！", "？", "：", "；")))


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
        if any(h in low for h in c.spam_hints) and c.spam.search(t):
            flagged.append(p)
            brands.update(_brands(t))
            continue
        if len(t.split()) > ADVERT_MAX_WORDS:
            continue  # an advert is short: a long paragraph is not read for brands
        b = _brands(t)
        if not b:
            continue
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
        flagged = [p for p in flagged if any(h in p.text.lower() for h in c.spam_hints) and c.spam.search(p.text)]
    for p in flagged:
        p.kind = "spam"


def _brands(t: str) -> set[str]:
    """Invented-looking product names: camelCase tokens such as camDown (not iPhone-style i/e prefixes)."""
    return {w for w in re.findall(r"\b[a-z]{2,}[A-Z][a-zA-Z]+\b", t)}


def _norm(s: str) -> str:
    s = s.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def _comments_from_reply_lines(furniture: list[_Line], paras: list[_Para]) -> bool:
    """Rebuild a thread whose authors are named only by trailing "In reply to … by X" lines.

    A reply line R ends the comment C just above it; C answers the comment that starts with
    R's quoted words, written by R's author. C starts at the nearest comment start above R
    unless that start is the quoted comment itself, in which case C is the last paragraph.
    """
    replies = [ln for ln in furniture if ln.kind == "reply"]
    if not replies:
        return False
    order = [p for p in paras if p.kind != "spam"]
    starts: dict[int, str | None] = {}  # index in order -> author (None = unknown)
    reply_to: dict[int, str] = {}

    def idx_before(pos: int) -> int:
        i = -1
        for k, p in enumerate(order):
            if p.end <= pos:
                i = k
        return i

    quoted: dict[int, int] = {}  # reply line index -> quoted paragraph index
    for r_i, r in enumerate(replies):
        q = _norm(r.quote or "").rstrip(",;:.")
        last = idx_before(r.start)
        for k in range(last, -1, -1):
            if q and _norm(order[k].text).startswith(q):
                quoted[r_i] = k
                starts[k] = r.author
                break
        if last + 1 < len(order):
            starts.setdefault(last + 1, None)
    for r_i, r in enumerate(replies):
        last = idx_before(r.start)
        if last < 0:
            continue
        prior = [k for k in starts if k <= last]
        s = max(prior) if prior else last
        if quoted.get(r_i) == s:
            s = last
        if s == quoted.get(r_i):
            continue
        starts.setdefault(s, None)
        reply_to[s] = r.author
    if not starts:
        return False
    first = min(starts)
    keys = sorted(starts)
    for k in range(first, len(order)):
        s = max(x for x in keys if x <= k)
        p = order[k]
        if p.kind == "headline" and k == 0:
            continue
        p.kind = "comment"
        p.label = starts[s]
        p.reply_to = reply_to.get(s)
    return True


def _comment_score(t: str, c: Cues) -> tuple[int, int]:
    """(strong, weak) points of comment register, quotations left out."""
    bare = re.sub(r"\"[^\"]*(\"|$)|“[^”]*(”|$)|‘[^’]*’", " Quote ", t).strip()
    strong = sum(2 for rx in c.comment_strong if rx.search(bare))
    weak = sum(1 for rx in c.comment_weak if rx.search(bare))
    return strong, weak


def _unmarked_comments(paras: list[_Para], c: Cues) -> None:
    """A reader comment pasted after the article with no header: told by its register.

    Not looked for when the article itself speaks in the first person (a column, a letter)
    in two or more paragraphs: there a change of register means nothing."""
    article = personal = 0
    start = None
    for i, p in enumerate(paras):
        if p.kind != "body":
            continue
        strong, weak = _comment_score(p.text, c)
        if strong and strong + weak >= c.comment_threshold:
            if article >= c.min_article_paragraphs and personal < 2:
                start = i
            break
        article += 1
        personal += weak > 0
    if start is None:
        return
    pasted = False
    for p in paras[start:]:
        if p.kind == "spam":
            continue
        if p.kind != "headline" or not pasted:
            p.kind = "comment"
        p.embedded = pasted
        if not pasted and re.match(r"^.{1,60}:$", p.text):
            pasted = True


def _comments_from_headers(lines: list[_Line], paras: list[_Para]) -> None:
    """Comment threads with a header line per comment; indentation gives the reply tree."""
    stack: list[tuple[int, str]] = []  # (indent, author)
    current: tuple[str, str | None] | None = None
    headers = [ln for ln in lines if ln.kind == "header"]
    hi = 0
    for p in paras:
        while hi < len(headers) and headers[hi].start < p.start:
            h = headers[hi]
            while stack and stack[-1][0] >= h.indent:
                stack.pop()
            parent = stack[-1][1] if stack else None
            stack.append((h.indent, h.author))
            current = (h.author, parent)
            hi += 1
        if current is not None:
            p.kind, p.label, p.reply_to = "comment", current[0], current[1]


# --------------------------------------------------------------------------- units

# Abbreviations that never end a sentence (titles before names, "Jan. 5", "No. 2").
TITLE_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
    "st", "prof", "pres", "rev", "hon", "messrs", "amb", "sec", "no", "nos", "vol", "art", "fig", "ft", "mt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "v", "cf",
    "i.e", "e.g", "approx", "est", "dept", "univ", "gens", "reps", "sens", "govs",
}
# Abbreviations that may end a sentence: split only when a sentence starter follows.
END_ABBREV = {"u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "inc", "co", "ltd", "corp", "jr", "sr", "d.c", "etc", "al"}
STARTERS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that",
            "these", "those", "there", "his", "her", "their", "its", "our", "as", "after", "before", "while",
            "meanwhile", "however", "yet", "so", "if", "when", "what", "why", "how", "mr", "ms", "mrs"}
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_WORD_AFTER = re.compile(r"[\"“‘'(\[]*(\w+)")
_BOUNDARY = re.compile(r"(?:[.!?]+|…)(?P<close>[\"”’'\)\]]*)(?P<ws>\s+)(?=[\"“‘'(\[A-Z0-9])")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], never breaking inside a double quotation."""
    spans = []
    seg_start = start
    chunk = text[start:end]
    depth_straight = False
    depth_curly = 0
    last = 0
    for m in _BOUNDARY.finditer(chunk):
        # update quote state up to the end of the closing marks
        upto = m.end("close")
        if chunk.count('"', last, upto) % 2:
            depth_straight = not depth_straight
        depth_curly = max(0, depth_curly + chunk.count(QUOTE_OPEN, last, upto) - chunk.count(QUOTE_CLOSE, last, upto))
        last = upto
        if depth_straight or depth_curly:
            continue
        if chunk[m.start()] == ".":
            word = _WORD_BEFORE.search(chunk, max(0, m.start() - 40), m.start())
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in TITLE_ABBREV:
                    continue
                if w in END_ABBREV:
                    nxt = _WORD_AFTER.match(chunk, m.end())
                    if (nxt.group(1).lower() if nxt else "") not in STARTERS:
                        continue
                if len(w) == 1 and w.isalpha() and word.group(1).isupper():
                    continue  # an initial: George W. Bush
        cut = start + m.end("close")
        if cut > seg_start:
            spans.append((seg_start, cut))
        seg_start = start + m.end()
    if seg_start < end:
        spans.append((seg_start, end))
    out = []
    for s, e in spans:
        piece = text[s:e]
        ls = len(piece) - len(piece.lstrip())
        rs = len(piece) - len(piece.rstrip())
        if e - rs > s + ls:
            out.append((s + ls, e - rs))
    return out


def units(text: str, blocks: list[Block]) -> list[Unit]:
    """Sentences of every block that is not furniture, in reading order."""
    out = []
    for i, b in enumerate(blocks):
        if b.kind == "furniture":
            continue
        for s, e in split_sentences(text, b.start, b.end):
            out.append(Unit(s, e, i))
    return out
