"""Two readings of a sentence's source that :func:`.reported.sentence` tries after its verbs:
"according to X" anywhere after a position, and the poll whose figures a sentence gives ("In a
new poll, 18 percent say …"). Split out of ``reported``."""
from __future__ import annotations

from .group_sources import poll_share
from .mentions import mention_after
from .patterns import ACCORDING_RE
from .resolve import resolve
from .sources import ACCORDING_LOWER_RE, OBJECT_PRONOUNS, according_source, document_speaker, poll_opening


def according_speaker(ctx, u: str, masked: str, after: int):
    """The source of an "according to X" after position `after`, as :func:`.reported.sentence`
    returns it."""
    for rx in (ACCORDING_RE, ACCORDING_LOWER_RE):
        m = rx.search(masked, after)
        if m is None:
            continue
        sp = resolve(ctx, m.group("who"), u)
        if sp is None and rx is ACCORDING_LOWER_RE:
            obj = OBJECT_PRONOUNS.get(m.group("who").lower())
            sp = resolve(ctx, obj, u) if obj else according_source(m.group("who"))
        if sp is not None:
            return sp, "according to", None, mention_after(masked, m.group("who"), m.start("who"))
    return None


def poll_source(ctx, u: str, masked: str, cands: list):
    """The poll or document whose figures a sentence gives, as :func:`.reported.sentence` returns
    it: "In a new poll, 18 percent say …", "In the latest polls, he trails." (a poll that opens the
    sentence), "According to the survey, 51 percent said …" and "Most voters said …, according to
    the poll" (an "according to" with a poll's share as the only subject that speaks). A share of
    those asked speaks only through the poll: the sentence is the poll's, as the outlet reads it
    off the poll's figures. None when anyone else speaks in the sentence."""
    if any(c[4] is None or not poll_share(masked[c[4][0]:c[4][1]]) for c in cands):
        return None
    if cands and "ccording" in masked:
        return according_speaker(ctx, u, masked, 0)
    found = poll_opening(masked)
    if found is None:
        return None
    return document_speaker(ctx, found[1]), "in", None, found[0]
