"""An embedded post ('I had good talks. We agreed on a date. — Jane Roe (@janeroe) May 9, 2018',
'<tweet id="1" author="@janeroe">… — Jane Roe (@janeroe) May 9, 2018</tweet>'): the post is its
paragraph (after an opening tag), its author the credit line at its end. The author's words are
the post's text, without the tag and the credit line (the outlet's frame), and every sentence
of the post is the author's, not only the one the credit line closes."""
from __future__ import annotations

import re

from ..model import Statement
from .patterns import POST_CREDIT_RE

# the opening tag of an embedded post, as some archives keep it ('<tweet id="…" author="@…">')
_OPEN_TAG_RE = re.compile(r"<(?:tweet|blockquote)\b[^<>]*>")


def _last_tag(text: str, a: int, z: int) -> re.Match | None:
    """The last opening tag of a post in text[a:z], or None."""
    tag = None
    for tag in _OPEN_TAG_RE.finditer(text, a, z):
        pass
    return tag


def post_words(u: str) -> tuple[int, int] | None:
    """Where the author's own words are in the sentence a post's credit line closes: from the
    sentence's start (after an opening tag) to the dash of the credit line."""
    m = POST_CREDIT_RE.search(u) if "(@" in u else None
    if m is None:
        return None
    tag = _last_tag(u, 0, m.start())
    a = tag.end() if tag else 0
    a += len(u[a:m.start()]) - len(u[a:m.start()].lstrip())
    z = len(u[:m.start()].rstrip())
    return (a, z) if z > a else None


def credit_posts_back(statements: list[Statement], text: str) -> None:
    """The sentences of a post before the one its credit line closes, read as the outlet's, are
    the author's too: those of the same paragraph, after the post's opening tag if it has one
    (a paragraph's narration before the tag stays the outlet's)."""
    for i, st in enumerate(statements):
        if st.cue != "post":
            continue
        j = i - 1
        while j >= 0 and statements[j].cue == "narrator" and statements[j].section == st.section \
                and "\n" not in text[statements[j].char_start:st.char_start]:
            prev = statements[j]
            tag = _last_tag(text, prev.char_start, prev.char_end)
            if tag is not None:
                if text[prev.char_start:tag.start()].strip():
                    break  # (the outlet's words before the tag)
                start = tag.end() + len(text[tag.end():prev.char_end]) - len(text[tag.end():prev.char_end].lstrip())
                if start < prev.char_end:
                    _credit(prev, st, text, start)
                break
            if "</tweet>" in prev.text or "</blockquote>" in prev.text:
                break  # (the end of another post)
            _credit(prev, st, text, prev.char_start)
            j -= 1


def _credit(prev: Statement, post: Statement, text: str, start: int) -> None:
    prev.char_start, prev.text = start, text[start:prev.char_end]
    prev.speaker, prev.speaker_kind, prev.reported_by, prev.cue = post.speaker, post.speaker_kind, None, "post"
    prev.speaker_start, prev.speaker_end = post.speaker_start, post.speaker_end
