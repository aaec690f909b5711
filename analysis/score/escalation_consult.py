"""Escalation, third stage (2): consultations (CAMEO 040-044) that do no act, and cooperative
event nouns named as a time frame (issue 16 audit A2, A10): saying what was discussed, a meeting
as the time or place of something else ("in our bilateral meeting", "following the talks", "As
for the talks"), a meeting announced as a schedule ("he'd be meeting with") or told by its subject
matter ("the meeting was not about …"), unless the statement offers, proposes, agrees to or endorses
it."""
from __future__ import annotations

from .escalation_cues import _PREPOSITIONS, BOUNDARY, _Hit, _is
from .escalation_lexicon import Lexicon


def _no_consultation(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether a consultation cue (CAMEO 040-044) does no act (issue 16 audit A2): negated ("I
    don't have a visit to announce"), a verb of discussing (what was discussed is a topic), or a
    noun in a prepositional phrase (the time or place of something else: "in our bilateral
    meeting"); unless it is offered, proposed, agreed to or endorsed (:func:`_offered`)."""
    if h.negated == "negation":
        return True
    if _offered(toks, h, lex):
        return False
    if h.word in lex.consult_topics:
        return True
    if h.cue.noun and (_governing_preposition(toks, h, lex) != "" or _subject_told(toks, h, lex)):
        return True
    # ("a meeting" is the verb's -ing form as often as the noun: either way, from its light verb too)
    return (not h.cue.noun and _scheduled(toks, h, lex)) or _scheduled(toks, h, lex, _held_by(toks, h, lex))


_HOLDING = frozenset({"have", "hold", "host", "attend"})  # (the light verbs of a meeting: "will have a meeting with")


def _held_by(toks: list[str], h: _Hit, lex: Lexicon) -> int:
    """The index of the light verb of holding ("have", "hold", "host", "attend") whose object the
    meeting noun at ``h`` is, determiners and modifiers between ("will have a separate meeting
    with"), or -1."""
    for k in range(h.i - 1, max(-1, h.i - 4), -1):
        if toks[k] in _HOLDING:
            return k
        if toks[k] in BOUNDARY or toks[k] in lex.words or toks[k] in _PREPOSITIONS:
            return -1
    return -1


_BE = frozenset({"is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "be", "been", "not", "never"})
# what stands between a future auxiliary and the consultation verb ("will also meet", "'d be meeting",
# "would have been hosting", "will continue hosting")
_FUTURE_GAP = frozenset({"be", "been", "being", "have", "to", "also", "then", "soon", "later", "again", "continue",
                         "now", "still", "first", "next"})


def _scheduled(toks: list[str], h: _Hit, lex: Lexicon, at: int | None = None) -> bool:
    """Whether a consultation verb is announced as a schedule: a future or planning auxiliary
    ([combine].consult_future) before it with only be-forms, "to" and adverbs between ("he'd be
    meeting with", "will also meet", "is due to host"); "would like to meet" offers (not this), and
    so does the consequence of a condition ("they would meet him if he gave them a veto")."""
    if h.prefix.startswith("conditional:") or "if:" in h.prefix:
        return False
    v = h.i if at is None else at  # (a meeting noun: from its light verb, "will have a meeting")
    if v < 0:
        return False
    for k in range(v - 1, max(-1, v - 6), -1):
        t = toks[k]
        if t in ("will", "shall", "would") or t.endswith(("'ll", "'d")) or any(
                len(f) > 1 and tuple(toks[k - len(f) + 1:k + 1]) == f for f in lex.consult_future):
            return True
        if not (t in _FUTURE_GAP or t.endswith("ly")):
            return False
    return False


def _subject_told(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether a meeting noun's subject matter is what its clause tells: a be-form and "about"
    ("the meeting on chemical weapons wasn't about punishing Assad") or a participle of subject
    matter after it ("the call focused on trade"): what was discussed (audit A2)."""
    be = False
    for k in range(h.j, min(len(toks), h.j + 7)):
        t = toks[k]
        if t in BOUNDARY:
            return False
        if t in _BE:
            be = True
        elif t in lex.consult_subject and (be or t != "about"):
            return True
    return False


def _governing_preposition(toks: list[str], h: _Hit, lex: Lexicon) -> str:
    """The preposition whose object noun cue ``h`` is, its determiners and modifiers between ("in
    our bilateral meeting": "in"; "as for the talks": "as for"); "" when a verb or a boundary
    comes first ("held a summit in …": the verb's object; a modifier right before the noun is no
    verb: "the planned meeting", "a working visit")."""
    for k in range(h.i - 1, max(-1, h.i - 9), -1):
        t = toks[k]
        if t in _PREPOSITIONS or t in lex.time_prepositions:
            return "as for" if t == "for" and k and toks[k - 1] == "as" else t
        if t in BOUNDARY or t in lex.verb_markers or (t in lex.words and not lex.words[t].noun) \
                or (k < h.i - 1 and _is(toks, k, lex.support)):
            return ""
    return ""


def _time_frame(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether a cooperative event noun is the object of a preposition of time or of "as for"
    ("following the talks", "after the Geneva signing", "As for the talks"): it names when or about
    what something else happens, no act of its own, unless offered or endorsed."""
    if not h.cue.noun or h.cue.value >= 0 or h.negated or ">" in h.prefix:  # ("until the aggression stops")
        return False
    p = _governing_preposition(toks, h, lex)
    return p in lex.time_prepositions or p == "as for"


def _offered(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether a consultation is offered, proposed, agreed to or endorsed: a pass-through verb
    points to it ("offered to meet", "welcomed the summit"), "the possibility of" it, or a word of
    readiness or assent, or of praise ([acts].endorsing, also as an adverb: "constructively
    discuss", "a productive meeting": audit A2, 051), stands within three words before it."""
    before = toks[max(0, h.i - 3):h.i]
    return ">" in h.prefix or "of:" in h.prefix or any(t in lex.consult_offers for t in before) or any(
        t in lex.endorsing or (t.endswith("ly") and t[:-2] in lex.endorsing) for t in before)
