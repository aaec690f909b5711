"""Escalation: the act of a quotation's frame ('welcomed the move: "…"', '…," Kyiv condemned
the strikes.', 'X threatened that if …'), read when the statement's own words do or report none
(issue 16). Split from :mod:`.escalation`."""
from __future__ import annotations

from .escalation_cues import _CASED, _PAST, _PRESENT, BOUNDARY, _Hit
from .escalation_lexicon import Lexicon
from .text import normalise

# English determiners and object pronouns that open a verb's object ("welcomed the move",
# "condemned them"); not "that" or "it", which open or stand for a complement clause
# ("warned that …", "warned it would …"): the manner of saying, no object
_FRAME_OBJECTS = frozenset({"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my",
                            "your", "them", "him", "us"})
_AT_PARTY = frozenset({"11", "12", "13"})  # CAMEO roots disapprove, reject, threaten


def _framing_act(attribution: str, n: int, lex: Lexicon) -> _Hit | None:
    """The act of a quotation's frame when the own words do or report none: its first cue
    verb with an object right after it ('welcomed the move on Twitter: "…"', '…," Kyiv
    condemned the strikes.'), a reported act (a past form counts [combine].reported of it).
    A verb alone says how the words were said ('…," Lavrov warned.'): no act of its own.
    ``n``: the own words' token count (the hit stands after them, as the tail's cues do)."""
    cased = _CASED.findall(normalise(attribution))
    for x, w in enumerate(cased[:-1]):
        t = w.lower()
        c, o = lex.words.get(t), x + 1
        if c is None and t in lex.phrases and x + 2 < len(cased):
            # a phrasal verb of words aimed at a party, whose object is that party ("telling off
            # the ambassador"; not "called off a strike", whose object is an act it undoes)
            pair = (t, cased[x + 1].lower())
            c = next((pc for ptoks, pc in lex.phrases[t] if ptoks == pair and pc.code[:2] in _AT_PARTY), None)
            t, o = " ".join(pair), x + 2
        if c is None or c.noun or abs(c.value) < lex.minimum or t in lex.transparent:
            continue  # (a verb of permission takes an act as its object: "allowing the gas to …")
        nxt = cased[o]
        # "threatened that …": what a threat says is its condition and its menace, the act
        # itself ("warned that …" says how a remark was made, and stays no act)
        if nxt.lower() in _FRAME_OBJECTS or (nxt[0].isupper() and nxt.lower() not in BOUNDARY) or (
                t in lex.threat_verbs and nxt.lower() == "that"):
            past = t.endswith("ed") or (t in _PAST and t not in _PRESENT)
            span = " ".join(w for w in cased[x:x + 4] if w not in BOUNDARY).lower()
            return _Hit(n, n, c, span, c.value * (lex.reported if past else 1.0), 1.0, "attribution:")
        return None  # (the frame's verb has no object: how it was said)
    return None
