"""A sentence that opens with a participial clause of saying ("Citing a new poll, Roe said …",
"Claiming the count was rigged, Doe told reporters …", "Noting that the port had closed, Roe
urged …"): the participle's subject is the main clause's, so when the main clause gives the
sentence to a speaker, the words after the participle, up to the comma that closes the clause,
are that speaker's too, a statement of their own (the participle the cue, itself the outlet's).
Participles of saying are ``clause_participles`` and ``communication_participles`` of
analysis/data/attribution.toml (general English). Quirk et al. 1985 §15.58: the implied
subject of a supplementive -ing clause is the subject of the main clause."""
from __future__ import annotations

import re

# a capitalised participle opening the sentence, its words (no comma, semicolon or quotation
# inside), then the comma that closes the clause and the main clause's capitalised subject
_OPENING_RE = re.compile(r"\W{0,3}(?P<part>[A-Z][a-z]+ing)\s+(?P<words>[^,;:\"“”()]{8,240}?),\s+(?=[A-Z])")
# the same after a preposition or conjunction of time, manner or concession ("After reciting a
# passage, Roe said …", "In addition to stating that …, Doe vowed …", "Despite challenging the
# leader, Roe said …", "While discussing the tweet, Doe said …"): the participle in lower case
_PREPOSED_RE = re.compile(r"\W{0,3}(?:(?:And|But|Yet)\s+)?(?:After|Before|Since|While|When|In|By|Besides|Despite|Upon|"
                          r"Instead of|In addition to|Even after|Even while)\s+(?P<part>[a-z]+ing)\s+"
                          r"(?P<words>[^,;:\"“”()]{8,240}?),\s+(?=[A-Z])")


_PREPOSED_INITIALS = frozenset("ABSWIDEU")


def opening_participle(u: str, clause_participles) -> tuple[int, int, str] | None:
    """(start, end, participle) of the words of a participial clause of saying that opens `u`,
    else None."""
    if not u[:1].isupper() and not u.lstrip("\"“'‘ ")[:1].isupper():
        return None
    m = _OPENING_RE.match(u) or (_PREPOSED_RE.match(u) if u.lstrip("\"“'‘ ")[:1] in _PREPOSED_INITIALS else None)
    if m is None or m.group("part").lower() not in clause_participles or m.group("words").startswith("with "):
        return None  # ("Arguing with his staff, Roe …": a quarrel, no words said)
    return m.start("words"), m.end("words"), m.group("part").lower()

