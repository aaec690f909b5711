"""A named poll as an adjunct inside the clause whose figures it gives (issue 11, documents and
organisations as sources): "Roe led Doe by six points in a new Pier News poll released
Thursday", "Doe was at 25 percent in the latest Harbour poll, up eight points from March". The
clause before "in" is what the poll found, and the poll speaks as the organisation it names.

Only a poll that names its organisation is read: an unnamed one ("she leads in the polls",
"ahead in most surveys") is a manner of speaking news uses of standings as often as of a
poll's report. A poll that opens the sentence ("In a new poll, …") is
:func:`.sources.poll_opening`'s."""
from __future__ import annotations

import re

from .sources import document_source

# "in" and a determined phrase that ends in a poll's head, with a participle of its making and
# a date after it; then the clause's end, a comma, or a preposition that continues the clause
# ("… in the Pier average of recent polls by nine points"). General English news usage.
_POLL_ADJUNCT_RE = re.compile(
    r"\sin\s+(?P<who>(?:a|an|the|its|this|that|last\s+\w+['’]s|\w+['’]s)\s+[^,;:.\"“”()]{0,70}?"
    r"\b(?:poll|polls|survey|surveys|polling|average)\b"
    r"(?:\s+(?:released|conducted|taken|published|out)\b[^,;:.\"“”()]{0,40}?)?)"
    r"(?=\s*[,.;]|\s+(?:by|and|but|with|to|for|on|last|this|among)\b|\s*$)")
# the least the clause before the poll must hold: a subject and its predicate
_MIN_CLAUSE_WORDS = 4


def poll_adjunct(masked: str) -> tuple[tuple[str, str], tuple[int, int], int] | None:
    """A named poll inside the clause it reports ("… led by six points in a new Pier News
    poll"): (its :func:`.sources.document_source` reading, where the poll is named, where its
    "in" stands: the clause before it is the poll's), or None."""
    if "in " not in masked:
        return None
    for m in _POLL_ADJUNCT_RE.finditer(masked):
        if len(masked[:m.start()].split()) < _MIN_CLAUSE_WORDS:
            continue
        doc = document_source(m.group("who"))
        if doc is not None and doc[0]:
            return doc, m.span("who"), m.start() + 1
    return None
