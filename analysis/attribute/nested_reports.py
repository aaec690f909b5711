"""A report inside another's report ("Kirk noted that Trump has mocked a reporter", "The Journal
notes that Roe tweeted that …", "Roe said Doe told reporters …"): the sentence is what the
first speaker says, the second's words or acts are what they report (a claim of the first
speaker's, which the second might deny); only a spokesperson's report of their principal's
words is the principal's, relayed ("Price said Blinken reiterated that …"). Plain functions
over a sentence whose quotations are masked, and the candidates of :func:`.reported.sentence`
((verb position, speaker, verb, trailing, mention))."""
from __future__ import annotations

import re

from .resolve_roles import SPOKESPEOPLE

# what stands between a verb of saying and the next verb inside the clause it reports: a few
# words of where or to whom and "that", or nothing ("noted that", "told AP that", "said"), a
# subordinator that may open the clause ("said that when …"), then the clause's subject, with no
# punctuation or coordinated clause ("and", "but") between
_COMPLEMENT_OPENING_RE = re.compile(r"\s*(?:(?:[\w.'’]+\s+){0,3}that\s+)?(?:(?:when|if|while|as|because|after|before)\s+)?"
                                    r"(?:(?!and\b|but\b)[^\s,;:.()\"“”—–]+\s+){1,8}")


def in_complement(masked: str, first, second, v) -> bool:
    """Whether the second verb and its subject are inside the clause the first verb reports ("Kirk
    noted that Trump has mocked …", "Roe said Doe told reporters …"): what the sentence says is the
    first speaker's, the second's words and acts are what they report (a verb of holding a
    position keeps its subject's words: "Roe wanted Doe to say …")."""
    if first[2].lower() in v.held_verbs or first[2] in v.base_verbs:
        return False
    return _COMPLEMENT_OPENING_RE.fullmatch(masked, first[0] + len(first[2]), second[0]) is not None


def speaks_for(ctx, masked: str, cand) -> bool:
    """Whether a speaker is someone's spokesperson, by the words naming them ("State Department
    spokesperson Ned Price") or a role the registry gives them (a spokesperson's or a press
    secretary's: actors.toml)."""
    if cand[4] is not None and _SPOKESPERSON_RE.search(masked, max(0, cand[4][0] - 60), cand[4][1]):
        return True
    actor = ctx.registry.lookup(cand[1].name)
    return any(_SPOKESPERSON_RE.search(getattr(r, "role", "") or "") for r in getattr(actor, "roles", ()) or ())


# resolve_roles.SPOKESPEOPLE, and the registry's "press secretary"
_SPOKESPERSON_RE = re.compile(r"\b(?:" + "|".join(sorted(SPOKESPEOPLE)) + r"|press secretary)\b", re.I)
