"""The outlet's words after a speaker's own words: a sentence whose reported clause runs to
its end may close with the outlet's comment on what was said, not the speaker's words ("X
said the plant would close, throwing 300 people out of work."; "X announced 30,000 job
cuts, a record for the company."). :func:`tail_cut` ends the statement before such a tail;
what it leaves stays in the export as narration."""
from __future__ import annotations

import re
from functools import lru_cache

from ..toml_data import data_file
from .cues import Vocab
from .patterns import AUXILIARIES

# a participle after a comma: ", throwing …", ", sending a signal …"
_PARTICIPLE_TAIL_RE = re.compile(r",\s+(?P<ing>[a-z]+ing)\s")
# a noun phrase after a comma that ends the sentence: ", a move that angered …", ", the highest
# for any candidate."
_APPOSITIVE_TAIL_RE = re.compile(r",\s+(?:a|an|the)\s+(?P<np>[^,;:\"“”]*)$")
# a noun phrase with a verb or a coordination of its own is a clause or the end of a list
# (", the issue is becoming …", ", the health law or Planned Parenthood"), unless the verb is
# in a relative clause that describes the noun (", a move that has angered …")
_CLAUSE_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted((AUXILIARIES - {"not"}) | {"or", "and", "said", "says", "told", "tells"}))
                             + r")\b")
_RELATIVE_RE = re.compile(r"\b(?:that|which|who|whose|where|when)\b")
# a verb in the past with its object or complement (", the minister pointed to …")
_PAST_VERB_RE = re.compile(r"\b[a-z]+ed\s+(?:to|the|a|an|that|his|her|their|its|by|on|in|at|for|with|out|up)\b")
MIN_WORDS = 12  # characters of the speaker's words a cut leaves at least


@lru_cache(maxsize=1)
def _not_participles() -> frozenset[str]:
    return frozenset(data_file("attribution.toml")["ing_prepositions"])


def _participle_tail(masked: str, start: int, end: int, v: Vocab) -> int | None:
    """Where a participial phrase of the outlet starts (", throwing a wrench into …"): any
    -ing word after a comma that is no speech participle (", adding that …", ", saying …":
    the speaker's), no preposition in -ing (", including …", ", depending on …") and no
    gerund subject (", having X on the ticket could help …")."""
    for m in _PARTICIPLE_TAIL_RE.finditer(masked, start, end):
        w = m.group("ing")
        if m.start() - start < MIN_WORDS or w in _not_participles() or w in v.clause_participles \
                or w in v.participles or v.verb_re.fullmatch(w):
            continue
        return m.start()
    return None


def _appositive_tail(masked: str, start: int, end: int, v: Vocab) -> int | None:
    """Where a closing appositive noun phrase starts (", a mass layoff rivaling …", ", the
    presumptive nominee."): a determiner after the last comma, and no verb or coordination of
    its own outside a relative clause (", the minister pointed to …" is a clause)."""
    m = _APPOSITIVE_TAIL_RE.search(masked[:end], start)
    if m is None or m.start() - start < MIN_WORDS:
        return None
    np = m.group("np")
    rel = _RELATIVE_RE.search(np)
    head = np[:rel.start()] if rel else np
    clause = _CLAUSE_WORD_RE.search(head) or _PAST_VERB_RE.search(head) or v.verb_re.search(head)
    return None if clause else m.start()


# a second clause of the outlet's after the reported one: a semicolon, or a conjunction after
# a comma or a dash with a subject of its own (a personal pronoun, a name, a determined noun or a
# number and its noun) and its finite verb
# ("…; hours later, she issued …", "…, but Pence was adamant.", "… - and he makes sure …")
_CLAUSE_TAIL_RE = re.compile(
    r";|(?:,|\s[-–—]+)\s+(?:and|but|while|whereas|although|though|yet|even as|just as|even though)\s+"
    r"(?:he|she|they|we|I|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}|"
    r"(?:the|some|many|most|other|his|her|their|\d[\d,.]*)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+)\s+(?:[a-z]+ly\s+)?"
    r"(?:" + "|".join(sorted(AUXILIARIES - {"not", "be", "been"})) + r"|[a-z]+ed|[a-z]+s)\b")


def _clause_tail(masked: str, start: int, end: int) -> int | None:
    """Where a second clause of the outlet's starts after the speaker's words: a semicolon,
    or a conjunction with a subject and a verb of its own (quotations masked)."""
    m = _CLAUSE_TAIL_RE.search(masked, start, end)
    return m.start() if m is not None and m.start() - start >= MIN_WORDS else None


def tail_cut(masked: str, start: int, end: int, v: Vocab) -> int:
    """Where the speaker's own words masked[start:end] end, without the outlet's closing
    participial phrase or appositive noun phrase, or a second clause of its own (quotations
    masked: a tail is never cut inside quoted words)."""
    cuts = [c for c in (_participle_tail(masked, start, end, v), _appositive_tail(masked, start, end, v),
                        _clause_tail(masked, start, end))
            if c is not None]
    return min(cuts) if cuts else end
