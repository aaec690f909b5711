"""Quotation marks: masking quoted words out of a sentence, whether a sentence is mostly a
quotation, and a quotation left open at a paragraph's end that the next paragraph attributes."""
from __future__ import annotations

import re

from ..model import Statement, is_actor_name
from .patterns import QUOTE_RE, TITLE_DOT

TITLE_DOT_RE = re.compile(TITLE_DOT)


def _mask_quotes(u: str) -> str:
    """The sentence with quoted words replaced by underscores (same length), marks kept,
    and the dot of "Mr." blanked so that it does not end a clause."""
    u = TITLE_DOT_RE.sub(lambda m: m.group(0)[:-1] + " ", u)
    return QUOTE_RE.sub(lambda m: m.group(0)[0] + "_" * max(0, len(m.group(0)) - 2) + (m.group(0)[-1] if len(m.group(0)) > 1 else ""), u)


def _mostly_quote(u: str) -> bool:
    inside = sum(len(m.group(0)) for m in QUOTE_RE.finditer(u))
    return inside >= 0.6 * len(u.strip())


def _carry_back_open_quotes(statements: list[Statement]) -> None:
    """A quotation left open at the end of its paragraph and attributed only in the next
    one ('"We will not accept this.' / '"We call on our partners," Lavrov said.') takes
    the next paragraph's speaker."""
    for i in range(len(statements) - 2, -1, -1):
        st, nxt = statements[i], statements[i + 1]
        if st.cue != "narrator" or nxt.cue in ("narrator", "turn", "comment", "spam", "speech"):
            continue
        if st.section != nxt.section or not is_actor_name(nxt.speaker):
            continue
        t = st.text.lstrip()
        if t[:1] in "\"“" and nxt.text.lstrip()[:1] in "\"“" and _open_quote(t):
            st.speaker, st.speaker_kind, st.reported_by, st.cue = nxt.speaker, nxt.speaker_kind, nxt.reported_by, "continuation"
            st.speaker_start, st.speaker_end = nxt.speaker_start, nxt.speaker_end


def _open_quote(t: str) -> bool:
    return t.count('"') % 2 == 1 or t.count("“") > t.count("”")
