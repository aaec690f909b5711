"""A party tag after a name ("Sen. Jane Roe (D-Ohio) said") is read as blank, the name next to
its verb; so is a stray comma between the tag and the verb ("Gov. Jane Roe (R-Ohio), said, …"),
which closes no appositive (one that opens there goes on in lower case: "(R-Ohio), a member of
the panel, said" keeps its comma)."""
from __future__ import annotations

import re

from .patterns import PARTY_TAG_RE

# the comma, the verb, and the start of what it reports: a quotation (after a comma or colon),
# "that", or a clause's subject ("said the plant would close"), or more than a short phrase
# ("said after a lunch on Tuesday that …"); not a listener or an adjunct alone that ends the
# sentence ("…, shouted to the crowd.": the frame of a quotation before it)
_COMMA_THEN_WORD_RE = re.compile(r",\s+([a-z]+)(?=\s*[,:]?\s*[\"“]|\s+(?:that|the|a|an|he|she|they|it|we|I|his|her|their|this|there)\b"
                                 r"|[^\"“”]{40})")


def blank_party_tags(masked: str, verb_re: re.Pattern) -> str:
    """`masked` with its party tags, and a comma right after one before a speech verb, as spaces
    (same length)."""
    def blank(m: re.Match) -> str:
        nxt = _COMMA_THEN_WORD_RE.match(masked, m.end())
        if nxt is not None and verb_re.fullmatch(nxt.group(1)):
            return " " * (len(m.group(0)) + 1)
        return " " * len(m.group(0))
    out, at = [], 0
    for m in PARTY_TAG_RE.finditer(masked):
        out.append(masked[at:m.start()])
        blanked = blank(m)
        out.append(blanked)
        at = m.start() + len(blanked)
    out.append(masked[at:])
    return "".join(out)
