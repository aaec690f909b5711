"""Reader comments: threads with a header per comment (``X says:``, ``u/name · time``,
a handle over a time), threads rebuilt from "In reply to … by X" lines, and a comment
pasted after an article with no header, told by its register."""
from __future__ import annotations

import re

from .cues import HANDLE_MAX, HANDLE_RE, IGNORECASE_ODD, RELTIME_RE, Cues
from .lines import _Line, _Para


def _handle_over_time(name: _Line, when: _Line, c: Cues) -> bool:
    """A commenter's handle on its own line with the comment's time on the next."""
    t = name.text
    if len(t) > HANDLE_MAX or not HANDLE_RE.match(t) or len(t.split()) > 3 or t.startswith("By ") or c.furniture.match(t):
        return False
    w = when.text
    return bool(RELTIME_RE.match(w)) or (len(w) <= 48 and bool(c.dateline.match(w)))


def _is_comment_words(ln: _Line, c: Cues) -> bool:
    """The line under a handle and its time: words of a comment, not another date or place."""
    t = ln.text
    return (len(t.split()) >= 3 and not RELTIME_RE.match(t) and not (len(t) <= 48 and c.dateline.match(t))
            and not c.furniture.match(t))


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


_QUOTATION_RE = re.compile(r"\"[^\"]*(\"|$)|“[^”]*(”|$)|‘[^’]*’")


def _comment_score(t: str, c: Cues) -> tuple[int, int]:
    """(strong, weak) points of comment register, quotations left out. Without a strong cue,
    weak is only whether there is a weak one (1 or 0): all that :func:`_unmarked_comments`
    reads of such a paragraph, and most of an article's paragraphs are such."""
    bare = _QUOTATION_RE.sub(" Quote ", t).strip()
    low = bare.lower()
    exact = not any(map(bare.__contains__, IGNORECASE_ODD))
    strong = sum(2 for cue in c.comment_strong if cue.search(bare, low, exact))
    if not strong:
        return 0, int(any(cue.search(bare, low, exact) for cue in c.comment_weak))
    weak = sum(1 for cue in c.comment_weak if cue.search(bare, low, exact))
    return strong, weak


def _unmarked_comments(paras: list[_Para], c: Cues) -> None:
    """A reader comment pasted after the article with no header: told by its register.

    Not looked for when the article itself speaks in the first person (a column, a letter)
    in two or more paragraphs: there a change of register means nothing. One strong cue
    alone (fewer than ``comment_confirm_points``) starts the comments only when the next
    paragraph has a strong cue too or nothing follows: an article may open one paragraph in
    a reader's voice ("And yet, …", "Meanwhile in …") and go on in its own."""
    article = personal = 0
    start = None
    body = [i for i, p in enumerate(paras) if p.kind == "body"]
    for n, i in enumerate(body):
        if personal >= 2:
            return  # the article speaks in the first person in two paragraphs: nothing to look for
        p = paras[i]
        strong, weak = _comment_score(p.text, c)
        if strong and strong + weak >= c.comment_threshold:
            later = body[n + 1:]
            if (strong + weak < c.comment_confirm_points and later
                    and not _comment_score(paras[later[0]].text, c)[0]):
                article += 1  # the article's own paragraph, in a reader's voice for a moment
                personal += weak > 0
                continue
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
