"""Who speaks a speech participle of a sentence's main clause (", saying …", ", accusing …"): the
main clause's subject, a name, a national group or a body the text names ("Trump is questioning
the vote, encouraging his supporters to …", "North Korean officials reacted coldly, accusing …").
A stage of :func:`.reported.sentence`; general English, not read off any corpus."""
from __future__ import annotations

import re

from ..speech_forms import main_verb
from .mentions import mention_after, mention_before
from .resolve import resolve
from .subjects import _subject_left, _subordinate, lead_subject

# the lower-case head after a capitalised modifier that opens a sentence ("North Korean | officials")
_GROUP_HEAD_RE = re.compile(r"\s+([a-z]+)\b")


def participle_speaker(ctx, u: str, masked: str, v, m: re.Match):
    """The speaker of a speech participle of the main clause (`m`, PARTICIPLE_RE), as
    :func:`.reported.sentence` returns it: its subject. "Trump is questioning the vote, encouraging his
    supporters to …", "During a speech, Trump attacked Clinton, saying …". None when the
    main clause's subject names nobody."""
    lead = lead_subject(ctx, masked)
    if lead and lead.end("who") <= m.start():
        who = lead.group("who")
        head = _GROUP_HEAD_RE.match(masked, lead.end("who"))
        if head and head.group(1) in v.official_heads:
            who += head.group(0)  # "North Korean officials reacted coldly, saying …": the officials
        sp = resolve(ctx, who, u)
        if sp is not None and sp.named:
            return sp, m.group(1).lower(), None, mention_after(masked, who, lead.start("who"))
    # the subject of the main clause's verb after an introduction or before a title:
    # "During a speech, Trump attacked Clinton, saying …", "Democratic nominee Hillary
    # Clinton chimed in on Twitter, saying …"
    at = main_verb(masked, m.start())
    for _ in range(2):
        phrase = _subject_left(masked, at, v) if at is not None else ""
        sp = resolve(ctx, phrase, u) if phrase else None
        if sp is not None and sp.named and not _subordinate(masked, phrase, at, v):
            return sp, m.group(1).lower(), None, mention_before(masked, phrase, at)
        # an opening phrase closed by a comma whose word reads as a finite verb ("But a few
        # days later, Trump reversed himself, telling CBS …": "days"): the main clause's verb
        # is the first after that comma
        comma = masked.find(", ", at, m.start()) if at is not None else -1
        if comma < 0:
            return None
        at = main_verb(" " * (comma + 1) + masked[comma + 1:], m.start())
    return None
