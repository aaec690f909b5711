"""A speaker's words of several sentences are a statement per sentence. A quotation that runs
over sentences ('"It is dawning on many of us. Of course he is trying to look tough," Roe
says.') stays one unit while its speaker is read (segmentation never cuts inside a
quotation); its statements are then cut at the sentence ends inside it, each its speaker's,
the later ones continuing the first. A hand annotator marks statements sentence by sentence
(gold/GUIDELINES.md), and a sentence's tone and escalation are its own."""
from __future__ import annotations

from dataclasses import replace

from ..model import Statement
from ..segment import split_sentences
from .patterns import NOT_SPOKEN_CUES

# the double quotation marks, read as an apostrophe (one character for one) so that the
# sentence splitter, which never cuts inside a quotation, cuts inside these words
_QUOTES = str.maketrans({'"': "'", "“": "'", "”": "'"})


def by_sentence(statements: list[Statement], text: str) -> list[Statement]:
    """`statements` with each reported statement of several sentences cut into one per
    sentence (the later ones with the cue "continuation"), renumbered in reading order."""
    out: list[Statement] = []
    for st in statements:
        if st.cue in NOT_SPOKEN_CUES and st.cue != "continuation" or st.speaker.startswith("(narrator"):
            out.append(st)
            continue
        spans = split_sentences(st.text.translate(_QUOTES), 0, len(st.text))  # (offsets in st.text)
        if len(spans) < 2:
            out.append(st)
            continue
        for k, (a, z) in enumerate(spans):
            piece = _piece(st, text, st.char_start + a, st.char_start + z, k, len(spans))
            if piece is not None:
                out.append(piece)
    for seq, st in enumerate(out):
        st.seq = seq
    return out


def _piece(st: Statement, text: str, a: int, z: int, k: int, n: int) -> Statement | None:
    while a < z and text[a].isspace():
        a += 1
    while z > a and text[z - 1].isspace():
        z -= 1
    if z <= a:
        return None
    extra = dict(st.extra)
    if k:
        extra.pop("frame_before", None)
    if k < n - 1:
        extra.pop("frame_after", None)
    return replace(st, char_start=a, char_end=z, text=text[a:z], cue=st.cue if not k else "continuation", extra=extra)
