"""A person and the unnamed people around them as one subject: "Sanders and his aides believe
…", "Ms. Roe and other labor leaders remain confident …", "She and her husband supported …".
They speak together, and the export's one speaker is the person, as of a pair of names it is
the one named last (:func:`.resolve.resolve`); the unnamed group alone would leave the
statement out of the export though the text names who holds the view."""
from __future__ import annotations

import re

from .cues import vocab
from .resolve import resolve
from .speaker import Speaker, is_person_kind
from .subjects import _subject_left

# the unnamed people around someone, after "and": "(Roe and) his aides", "(Roe and) other leaders"
_WITH_OTHERS_RE = re.compile(r"(?:his|her|other|fellow)\s")
_AND_END_RE = re.compile(r"\s+and\s+$")


def named_with_others(ctx, u: str, sp: Speaker, mention: tuple[int, int] | None
                      ) -> tuple[Speaker, tuple[int, int]] | None:
    """(the person, the whole coordination's place in `u`) when the unnamed group `sp` named at
    `mention` is the second half of "<person> and his/her/other …"; None otherwise."""
    if sp.kind != "unnamed" or mention is None or not _WITH_OTHERS_RE.match(u, mention[0]):
        return None
    m = _AND_END_RE.search(u[:mention[0]])
    if m is None:
        return None
    first = _subject_left(u, m.start(), vocab())
    if not first or not u[:m.start()].endswith(first):
        return None
    person = resolve(ctx, first, u)
    if person is None or not person.named or not is_person_kind(person.kind):
        return None
    return person, (m.start() - len(first), mention[1])
