"""A document's blocks: each line's kind, paragraphs, then each paragraph's role."""
from __future__ import annotations

import re

from ..model import UNKNOWN_COMMENTER, Block, Document
from .comments import (_comments_from_headers, _comments_from_reply_lines, _handle_over_time, _is_comment_words,
                       _unmarked_comments)
from .cues import COLON_ONLY_RE, COMMENTS_MARKER, DELETED_AUTHORS, HEADER_RE, REPLY_RE, SAYS_RE, TERMINAL, cues
from .furniture import _is_furniture_line, _is_menu_like, _spam, _teasers
from .lines import PRONOUN_RE, _colon_label, _label_of, _Line, _Para, _split_lines, _wrapped
from .turns import carry_turns, glued_questions, reads_as_transcript, title_cased


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
    declared = hint in ("transcript", "rawpage")  # its labels need no other evidence
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
        m = SAYS_RE.match(ln.text) if ln.text.endswith(":") else None  # (it ends in a colon: most lines are not tried)
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
        if ("·" in ln.text or "•" in ln.text) and (  # the cheap test first: most lines have neither
                m := HEADER_RE.match(text[ln.start - ln.indent if ln.indent else ln.start: ln.end])
                or HEADER_RE.match(ln.text)):
            author = m.group("author").strip()
            ln.kind, ln.author = "header", UNKNOWN_COMMENTER if author in DELETED_AUTHORS else author
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
        if lab and not declared and title_cased(ln.text[lab[1] - ln.start:], c):
            ln.heading = True  # "Jane Roe: 'It Is Not A Radical Idea'": a headline
        elif lab:
            ln.label, ln.content_start = lab
            n_labels += 1
    if not declared and n_labels >= 2:  # two "A:" answers at least
        n_labels += glued_questions(content)
    n_headers = sum(ln.kind == "header" for ln in content)
    if n_headers >= 2 or hint == "comments" or marker or n_says:
        mode = "comments"
    elif (declared and n_labels >= 1) or (n_labels >= 3 and (
            declared or reads_as_transcript([ln for ln in content if ln.label], c))):
        mode = "transcript"
    elif hint == "speech" or doc.speaker:
        mode = "speech"
    else:
        mode = "article"
    if mode != "transcript":
        for ln in content:
            if ln.label and COLON_ONLY_RE.match(ln.text):
                ln.kind = "furniture"
            elif ln.label and len(ln.text[ln.content_start - ln.start:].split()) <= c.subhead_words \
                    and not PRONOUN_RE.search(ln.text):
                ln.heading = True  # "Okafor: Hold the suburbs.": a section's heading
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
        carry_turns(paras, c.subhead_words, declared)
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
            if p.kind == "body" and (_is_subhead(p) or (len(p.lines) == 1 and p.lines[0].heading)):
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

