"""A speech participle in an absolute "with" clause of the outlet's: "Republicans were
irritated, with Sen. Jane Roe calling the plan a “menu”", "The talk ended with Roe asking Doe
whether …". English puts the participle's subject right after "with" (Quirk et al. 1985
§15.58, verbless and non-finite absolute clauses): that noun phrase is the speaker, the
participle's object or clause the statement, as after a main clause's ", calling …". Only
the speech participles of ``clause_participles``, and only a subject that resolves to a named
speaker ("with polls showing …", "with 30 percent saying …" are a document's or a share's,
:func:`.sources.document_participle` and :func:`.group_sources.share_saying`)."""
from __future__ import annotations

import re

from .mentions import Span
from .resolve import resolve

# "with" + a noun phrase of at most six words, no clause mark inside + a participle
_WITH_PARTICIPLE_RE = re.compile(r"\b[Ww]ith\s+(?P<who>(?:[\w.'’\-]+\s+){0,5}?[\w.'’\-]+)\s+"
                                 r"(?:[a-z]+ly\s+)?(?P<part>[a-z]+ing)\b")


def with_participle(ctx, u: str, masked: str, v) -> tuple[object, str, None, Span] | None:
    """(speaker, participle, None, where the speaker is named) for the first "with" clause
    whose participle is a speech participle and whose subject names somebody; else None."""
    if "with " not in masked.lower() or "ing" not in masked:
        return None
    for m in _WITH_PARTICIPLE_RE.finditer(masked):
        if m.group("part") not in v.clause_participles:
            continue
        sp = resolve(ctx, m.group("who"), u)
        if sp is not None and sp.named and len(masked[m.end():].split()) >= 2:
            return sp, m.group("part"), None, m.span("who")
    return None
