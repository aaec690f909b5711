"""**Escalation** in [-1, 1] (+1 escalatory, -1 de-escalatory): the direction and strength of
what a statement does or reports between political actors (README, "What escalation
means"; issue 16). Tone is no input to it.

Cues come from ``data/escalation.toml``: the verbs of the CAMEO verb dictionary and hand-
written verb, noun and evaluative cues, each grounded in a CAMEO code and worth
-Goldstein/10 of it. They are read in their sentence (head and own words; every word list
and weight is in the file):

* an **event noun** (war, peace, sanctions, attack, talks) is an act only with its
  arguments: performed by a verb ("launched an attack"), negated or undone, appealed for,
  with an actor as agent ("Turkish bombardments") or target ("sanctions on Russia"),
  or the subject of a happening ("the talks will go on"); else it names a topic and is
  dropped, and so is a capitalised one ("the Korean War"). A force verb on a natural or
  social force is another sense ("fight poverty", "the earthquake destroyed");
* **negation** flips a cue ("won't allow a confrontation", "no hostile intentions"); so do
  denial and undoing verbs ("denies any plans to invade", "lifted sanctions"); rejections
  flip cooperative cues only, yielding verbs hostile ones only; "the risk of X" is X,
  dampened; "tensions eased" flips the subsiding subject;
* **appeals and promises** take the direction of their act ("called for sanctions"), a
  **threat** of an act is worth 0.7 of it ("threatened military action"); "X must" is a
  demand of a party;
* **conditions** ("if/unless"): the condition weighs less; the consequence keeps its
  direction and is marked a conditional threat or offer; hedges ("may") dampen;
* a **reported** past act counts 0.85 of a performed one; **questions**, **condolences**
  and a reporter's turn are 0;
* a verb of the attribution tail ('…," Lavrov warned.') counts at half weight beside the
  own words' cues, never alone.

The cues are averaged, weighted by reading order (the k-th cue of a sentence weighs
``decay**k``), lower in background phrases, conditions, the tail and for nouns. Each cue
says in words what it is: ``threat (consequence): "moscow will respond" (CAMEO 130,
Goldstein -4.4 -> +0.40)``.
"""
from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .cameo import _IRREGULAR, noun_forms, verb_forms
from .data import _data
from .text import normalise, split

# -------------------------------------------------------------------------- the cue lexicon


@dataclass(frozen=True)
class Cue:
    value: float  # escalation: -Goldstein/10 of its code
    code: str  # the CAMEO code that grounds it
    noun: bool  # a noun cue rather than a verb
    evaluative: bool = False  # a word that performs criticism or praise by being used ("adventurism")


def _cue(spec, noun: bool = False, evaluative: bool = False) -> Cue:
    return Cue(round(-float(spec[1]) / 10, 3), str(spec[0]), noun, evaluative)


def _words(words: Iterable[str], forms=verb_forms) -> tuple[frozenset[str], frozenset[str]]:
    """(one-word forms, two-word forms) of a list of verbs or nouns."""
    all_forms = {f for w in words for f in forms(w)}
    return frozenset(f for f in all_forms if " " not in f), frozenset(f for f in all_forms if f.count(" ") == 1)


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, Cue]
    phrases: dict[str, tuple[tuple[tuple[str, ...], Cue], ...]]  # first token -> (tokens, cue), longest first
    conditional_cues: dict[str, Cue]  # "respond": a threat only in a conditional sentence
    obligation: dict[str, Cue]  # "must": a demand, unless the speaker includes itself
    not_after: frozenset[str]
    formulas: frozenset[str]  # "it must be said": no demand
    speech_neutral: frozenset[str]
    negators: frozenset[str]
    cancelled_by_next: frozenset[str]  # "not only": no negation
    denials: tuple[frozenset[str], frozenset[str]]  # negate or undo their object, either direction
    rejections: tuple[frozenset[str], frozenset[str]]  # flip a cooperative object only
    yielding: tuple[frozenset[str], frozenset[str]]  # flip an escalatory object only
    reach: frozenset[str]
    subside: tuple[frozenset[str], frozenset[str]]
    transparent: frozenset[str]
    anaphors: frozenset[str]
    modifiers: frozenset[str]
    pass_through: frozenset[str]
    hedges: frozenset[str]
    determiners: frozenset[str]
    adjunct_openers: frozenset[str]
    clause_words: frozenset[str]
    window: int
    pass_window: int
    flip: float
    hedge: float
    modifier: float
    condition_weight: float
    condition: float
    consequence: float
    attribution_weight: float
    decay: float
    adjunct_weight: float
    noun_weight: float
    minimum: float
    reported: float = 1.0
    condolences: tuple[tuple[str, ...], ...] = ()
    actor_heads: frozenset[str] = frozenset()  # "the government must …": a party that can be asked
    act_names: dict[str, str] = None  # CAMEO root code -> the act's name in a cue
    question_speakers: frozenset[str] = frozenset()
    non_parties: frozenset[str] = frozenset()  # speaker kinds that are no party: their guesses are no acts
    support: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # verbs that perform a noun act
    support_window: int = 4
    verb_markers: frozenset[str] = frozenset()
    happen: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    argument_preps: frozenset[str] = frozenset()  # "sanctions on Russia", "an attack by Turkish forces"
    other_sense_objects: frozenset[str] = frozenset()  # "fight poverty"
    other_sense_subjects: frozenset[str] = frozenset()  # "the earthquake destroyed"
    force_verbs: frozenset[str] = frozenset()
    threat_verbs: frozenset[str] = frozenset()
    threat_of: float = 0.7
    demand_codes: tuple[str, ...] = ("10", "139")
    endorsing: frozenset[str] = frozenset()
    index: frozenset[str] = frozenset()  # every token a cue can start with
    subside_last: frozenset[str] = frozenset()  # last words of two-word subsiding verbs ("die down")
    intolerance: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # "will not tolerate X": a warning
    guesses: frozenset[str] = frozenset()  # a non-party's "will", "could": a guess at what may happen


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """escalation.toml, read once per process."""
    raw = tomllib.loads(_data("escalation.toml"))
    ignore = set(raw["ignore"]["lemmas"])
    neutral = {f for w in raw["attribution"]["neutral"] for f in verb_forms(w)}
    entries: dict[str, Cue] = {}
    for lemma, spec in raw["cameo"].items():  # derived: the dictionary's order decides
        if lemma not in ignore:
            c = _cue((spec["code"], spec["goldstein"]))
            for f in verb_forms(lemma) | set(spec.get("irregular", ())):
                entries.setdefault(f, c)
    for lemma, spec in raw["verbs"].items():  # hand-written: these win
        for f in verb_forms(lemma):
            entries[f] = _cue(spec)
    for form in set(raw["ignore"]["forms"]) | neutral:  # speech verbs are no verb cue ...
        entries.pop(form, None)
    for noun, spec in raw["nouns"].items():  # ... but "talks" is a noun cue
        for f in noun_forms(noun):
            entries[f] = _cue(spec, noun=True)
    for word, spec in raw["evaluative"]["words"].items():  # criticism or praise by the word itself
        for f in noun_forms(word):
            entries[f] = _cue(spec, noun=True, evaluative=True)
    phrases: dict[str, list] = {}
    for f, c in entries.items():
        if " " in f:
            toks = tuple(f.split())
            phrases.setdefault(toks[0], []).append((toks, c))
    neg, ctx, cond, comb = raw["negation"], raw["context"], raw["conditional"], raw["combine"]
    conditional_cues = {f: _cue(spec) for w, spec in cond["cues"].items() for f in verb_forms(w) | noun_forms(w)}
    obligation = {w: _cue(raw["obligation"]["cue"]) for w in raw["obligation"]["words"]}
    return Lexicon(
        index=frozenset(f for f in entries if " " not in f) | frozenset(phrases) | frozenset(conditional_cues)
        | frozenset(obligation),
        words={f: c for f, c in entries.items() if " " not in f},
        phrases={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()},
        conditional_cues=conditional_cues, obligation=obligation,
        not_after=frozenset(raw["obligation"]["not_after"]), formulas=frozenset(raw["obligation"]["formulas"]),
        speech_neutral=frozenset(neutral),
        negators=frozenset(neg["negators"]), cancelled_by_next=frozenset(neg["cancelled_by_next"]),
        denials=_words(neg["denials"]), rejections=_words(neg["rejections"]), yielding=_words(neg["yielding"]),
        reach=frozenset(neg["reach"]), subside=_words(neg["subside"]), intolerance=_words(neg["intolerance"]),
        guesses=frozenset(comb["guesses"]),
        subside_last=frozenset(w.split()[1] for w in _words(neg["subside"])[1]),
        transparent=frozenset(f for w in neg["transparent"] for f in verb_forms(w) | noun_forms(w)),
        anaphors=frozenset(neg["anaphors"]),
        modifiers=frozenset(f for w in ctx["modifiers"] for f in noun_forms(w)),
        pass_through=frozenset(f for w in ctx["pass_through"] for f in verb_forms(w)),
        hedges=frozenset(ctx["hedges"]), determiners=frozenset(ctx["determiners"]),
        adjunct_openers=frozenset(ctx["adjunct_openers"]), clause_words=frozenset(ctx["clause_words"]),
        window=int(neg["window"]), pass_window=int(ctx["pass_window"]), flip=float(neg["flip"]),
        hedge=float(ctx["hedge"]), modifier=float(ctx["modifier"]),
        condition_weight=float(cond["condition_weight"]), condition=float(cond["condition"]),
        consequence=float(cond["consequence"]), attribution_weight=float(raw["attribution"]["weight"]),
        decay=float(comb["decay"]), adjunct_weight=float(comb["adjunct_weight"]),
        noun_weight=float(comb["noun_weight"]), reported=float(comb["reported"]),
        question_speakers=frozenset(comb["question_speakers"]), non_parties=frozenset(comb["non_parties"]), act_names=dict(raw["acts"]["names"]),
        actor_heads=frozenset(f for w in raw["obligation"]["actor_heads"] for f in noun_forms(w)),
        condolences=tuple(tuple(p.split()) for p in raw["condolences"]["phrases"]),
        support=_words(raw["acts"]["support"]), support_window=int(raw["acts"]["support_window"]),
        verb_markers=frozenset(raw["acts"]["verb_markers"]), endorsing=frozenset(raw["acts"]["endorsing"]), happen=_words(raw["acts"]["happen"]),
        argument_preps=frozenset(raw["acts"]["argument_prepositions"]),
        other_sense_objects=frozenset(f for w in raw["senses"]["objects"] for f in noun_forms(w)),
        other_sense_subjects=frozenset(f for w in raw["senses"]["subjects"] for f in noun_forms(w)),
        force_verbs=frozenset(f for w in raw["senses"]["force_verbs"] for f in verb_forms(w)),
        threat_verbs=frozenset(f for w in ctx["threat_verbs"] for f in verb_forms(w)),
        threat_of=float(ctx["threat_of"]), demand_codes=tuple(ctx["demand_codes"]),
        minimum=float(comb["minimum"]),
    )


# -------------------------------------------------------------------------- escalation

TOKEN = re.compile(r"[a-z0-9]+(?:['.\-][a-z0-9]+)*'?|[,;:.!?()\[\]\"]|(?<= )-(?= )")
# TOKEN over the text before lowercasing: the characters that lowercase to [a-z0-9] are
# A-Z and the Kelvin sign, so on a text whose lowercasing keeps its length it finds the same
# tokens at the same places, in their own case: one pass gives the tokens and which are
# capitalised (no second tokenisation for the names)
_CASED = re.compile(r"[A-Za-z0-9\u212a]+(?:['.\-][A-Za-z0-9\u212a]+)*'?|[,;:.!?()\[\]\"]|(?<= )-(?= )")
BOUNDARY = frozenset(",;:.!?()[]\"-")
_PREPOSITIONS = frozenset({"with", "of", "for", "from", "by", "against", "on", "in", "at", "among", "between",
                           "about", "over", "under", "into", "toward", "towards", "without"})
_ADJ_ENDINGS = ("al", "ous", "ive", "ful", "ic", "ible", "able", "less", "est")
_PASSIVE = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "got"})
_SENTENCE_END = frozenset({".", "!", "?"})
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "adm",
                            "maj", "st", "prof", "amb", "sec", "pres", "jr", "sr", "inc", "co", "corp", "vs", "no",
                            "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "etc"})


def _ends_sentence(toks: list[str], k: int) -> bool:
    """Whether the "." at ``k`` ends a sentence (not "U.S.", "Mr.", "J.")."""
    p = toks[k - 1] if k else ""
    return not ("." in p or len(p) == 1 or p in _ABBREVIATIONS)


class _Caps:
    """Whether token k is capitalised, read when asked (a few tokens of a long statement are)
    from the tokens in their own case; all False without them."""
    __slots__ = ("cased",)

    def __init__(self, cased: list[str] | None):
        self.cased = cased

    def __getitem__(self, k: int) -> bool:
        return self.cased is not None and self.cased[k][0].isupper()


_CONDITIONS = frozenset({"if", "unless", "should"})
# verbs whose infinitive shares their subject ("tensions continued to ease")
_RAISING = frozenset({"continue", "continues", "continued", "continuing", "begin", "begins", "began", "begun",
                      "start", "starts", "started", "seem", "seems", "seemed", "appear", "appears", "appeared",
                      "expected", "likely", "set", "going", "have", "has", "had", "need", "needs", "tend", "tends",
                      "beginning", "starting", "about", "bound", "due", "unlikely"})
_PAST = frozenset(f for forms in _IRREGULAR.values() for f in forms)
_PRESENT = frozenset(_IRREGULAR) | {"cut", "hit", "put", "set", "shut", "let", "bid"}
_INTENSIFIERS = frozenset({"even", "ever", "really", "simply", "just", "be"})


@dataclass(slots=True)
class _Hit:
    i: int  # first token
    j: int  # one past the last token
    cue: Cue
    word: str
    value: float
    weight: float = 1.0
    prefix: str = ""
    dropped: bool = False  # consumed by another rule, or not an event
    negated: str = ""  # "negation", "denial", "rejection", "yielding"
    main: bool = False  # the act a pass-through verb points to: never background
    tense: str = ""  # the verb whose tense the act has ("called for sanctions": called)


def _is(toks: list[str], k: int, vocab: tuple[frozenset[str], frozenset[str]]) -> int:
    """How many tokens ending at ``k`` make a word of ``vocab``: 2 ("ruled out"), 1 or 0."""
    if k > 0 and f"{toks[k - 1]} {toks[k]}" in vocab[1]:
        return 2
    return 1 if toks[k] in vocab[0] else 0


def _negates(toks: list[str], k: int, lex: Lexicon) -> bool:
    t = toks[k]
    if t in lex.negators or t.endswith("n't"):
        return k + 1 >= len(toks) or toks[k + 1] not in lex.cancelled_by_next  # "not only … but also"
    return t == "longer" and k > 0 and toks[k - 1] == "no"


def _clause_start(toks: list[str], i: int, lex: Lexicon, words: bool = True) -> int:
    """The first token of the clause token ``i`` is in."""
    k = i - 1
    while k >= 0 and toks[k] not in BOUNDARY and not (words and toks[k] in lex.clause_words):
        k -= 1
    return k + 1


def _find_cues(toks: list[str], lex: Lexicon, conditional_sentence: bool) -> list[_Hit]:
    hits: list[_Hit] = []
    words, phrases, det = lex.words, lex.phrases, lex.determiners
    index = lex.index
    nxt = 0
    for i, t in enumerate(toks):
        if i < nxt or t not in index:
            continue
        size, c = 1, None
        for ptoks, pc in phrases.get(t, ()):
            if tuple(toks[i:i + len(ptoks)]) == ptoks:
                size, c = len(ptoks), pc
                break
        if c is None:
            c = words.get(t)
            if c is None and conditional_sentence:
                c = lex.conditional_cues.get(t)
            if c is None and t in lex.obligation:
                after = toks[i + 1:i + 3]
                formula = (after[:1] and after[0] in lex.formulas) or " ".join(after) in lex.formulas
                c = None if formula or (i and toks[i - 1] in lex.not_after) else lex.obligation[t]
            elif c is not None and not c.noun and not _is_event(toks, i, t, det, words):
                c = None
        if c is not None:
            hits.append(_Hit(i, i + size, c, " ".join(toks[i:i + size]), c.value))
            nxt = i + size
    return hits


def _is_event(toks: list[str], i: int, t: str, det: frozenset[str], words: dict) -> bool:
    """Whether a verb cue at ``i`` is a verb: not a noun after a determiner or possessive
    ("a crucial sign", "the best path"), not a participle used as an adjective ("with
    exiled dissidents"), not the first word of the sentence unless an -ing form or an
    imperative (a bare form before an object or a preposition: "Stop the attacks",
    "Punish them for it"; "Hosts and guests …" is no verb)."""
    if i == 0:
        if t.endswith("ing"):
            return True
        nxt = toks[1] if len(toks) > 1 else ""
        return not t.endswith(("s", "ed")) and (nxt in det or nxt in _PREPOSITIONS
                                                 or nxt in ("them", "him", "her", "it", "us", "all"))
    p = toks[i - 1]
    if p in det or p.endswith("'s") or (t.endswith("ed") and p in _PREPOSITIONS):
        return False
    # "a crucial sign": a base form after a determiner and an adjective ("the minister
    # accused", "the president warns" are subject and verb)
    return not (i > 1 and toks[i - 2] in det and not t.endswith(("ed", "ing", "s")) and p not in words
                and p.endswith(_ADJ_ENDINGS))



def _next_in_clause(toks: list[str], hits: list, idx: int, lex) -> "_Hit | None":
    """The next live cue after hits[idx] when it stands in the same clause (at most
    pass_window words between, no boundary or clause word among them); else None."""
    h = hits[idx]
    for h2 in hits[idx + 1:]:
        if h2.dropped:
            continue
        gap = toks[h.j:h2.i]
        if len(gap) <= lex.pass_window and not any(t in BOUNDARY or t in lex.clause_words for t in gap):
            return h2
        return None
    return None

def _read_context(toks: list[str], hits: list[_Hit], lex: Lexicon, tset: set[str], cond_pos: list[int]) -> None:
    n = len(toks)
    at: dict[int, _Hit] = {k: h for h in hits for k in range(h.i, h.j)}
    # adjacent noun cues of one direction are one compound; its head counts ("peace deal")
    for h1, h2 in pairwise(hits):
        if h1.j == h2.i and h1.cue.noun and h2.cue.noun and (h1.value > 0) == (h2.value > 0):
            h1.dropped = True
    # "the risk / fear / prospect of (a major) X": X, dampened; the modifier is no cue itself
    for h in hits:
        for k in range(h.i - 1, max(0, h.i - 5), -1):
            if toks[k] in BOUNDARY or (k in at and at[k] is not h):
                break
            if toks[k] == "of":
                if toks[k - 1] in lex.modifiers:
                    h.value *= lex.modifier
                    h.prefix += toks[k - 1] + " of:"
                    if k - 1 in at:
                        at[k - 1].dropped = True
                break
    # negation, denial, rejection, yielding: look back from each cue within its clause
    operators: set[int] = set()
    negated: list[_Hit] = []
    for h in hits:
        if h.dropped:
            continue
        lo = max(_clause_start(toks, h.i, lex), h.i - lex.window)
        passed: list[_Hit] = []
        for k in range(h.i - 1, lo - 1, -1):
            other = at.get(k)
            kind = ""
            if _negates(toks, k, lex):
                kind = "negation"
            elif _is(toks, k, lex.denials):
                kind = "denial"
            elif h.value < 0 and _is(toks, k, lex.rejections):
                kind = "rejection"
            elif h.value > 0 and _is(toks, k, lex.yielding):
                kind = "yielding"
            if kind == "negation" and h.value > 0:
                # "will not tolerate any attack", "will tolerate no further strikes": refusing
                # to tolerate a hostile act is a warning against it, not its absence
                tol = [x for x in range(max(k - 1, 0), h.i) if x != k and _is(toks, x, lex.intolerance)]
                if tol:
                    for x in tol:
                        for y in range(x - 1, x + 1):
                            if y in at and at[y] is not h:
                                at[y].dropped = True
                    h.value *= lex.threat_of
                    h.negated = "warning"
                    h.main = True
                    h.prefix += "warning:"
                    break
            if kind:
                h.value = -h.value * lex.flip
                h.negated = kind
                h.prefix += "negated:" if kind == "negation" else f"{toks[k]}:"
                negated.append(h)
                if kind != "negation":
                    operators.add(k)
                    if other is not None:
                        # the operator is consumed; the result is at least as strong as the
                        # operator's own cue in the same direction ("eased tensions": easing)
                        if other.value * h.value > 0 and abs(other.value) > abs(h.value):
                            h.value = other.value
                        passed.append(other)
                    # a negated operator undoes itself: "denied that they had violated the
                    # truce", "did not refuse to negotiate"
                    for k2 in range(k - 1, lo - 1, -1):
                        if _negates(toks, k2, lex) or _is(toks, k2, lex.denials):
                            h.value = -h.value * lex.flip
                            h.prefix = f"{toks[k2]}:" + h.prefix
                            h.negated = ""
                            if k2 in at:
                                passed.append(at[k2])
                            break
                        if k2 in at and not at[k2].dropped and toks[k2] not in lex.transparent:
                            break
                for p in passed:
                    p.dropped = True
                break
            if other is not None and not other.dropped:
                if toks[k] in lex.transparent or (h.value <= 0 and toks[k] in lex.yielding[0]):
                    passed.append(other)
                else:
                    break  # another event in between: a negation before it is that event's
    # the negation reaches into the negated cue's complement ("a proposal for a cease-fire");
    # a rejection only reaches cooperative cues ("rejected an appeal for deploying troops")
    order = {id(h): x for x, h in enumerate(hits)}
    for h in negated:
        if h.negated == "yielding" or not h.negated:
            continue
        last = h
        for h2 in hits[order[id(h)] + 1:]:
            if h2.dropped or h2.negated:
                continue
            gap = toks[last.j - 1:h2.i]  # with the last word of the cue: "calls for"
            if len(gap) > 6 or not any(t in lex.reach for t in gap) \
                    or any(t in BOUNDARY or t in lex.clause_words for t in gap[1:]) \
                    or (h.negated == "rejection" and h2.value > 0):
                break
            h2.value = -h2.value * lex.flip
            h2.negated = h.negated
            h2.prefix += "negated:"
            last = h2
    # "won't allow this": the negation reaches back to the escalatory cue "this" stands for
    if tset & lex.anaphors:
        for k in [k for k, t in enumerate(toks) if t in lex.anaphors]:
            if k >= 2 and toks[k - 1] in lex.transparent:
                j = k - 2
                while j >= 0 and toks[j] in _INTENSIFIERS:
                    j -= 1
                if j >= 0 and _negates(toks, j, lex):
                    before = [h for h in hits if h.j <= j and not h.dropped and h.value > 0]
                    if before:
                        b = before[-1]
                        b.value = -b.value * lex.flip
                        b.negated = "negation"
                        b.prefix += f"negated({toks[k]}):"
                        if k - 1 in at:
                            at[k - 1].dropped = True
    # "tensions eased", "the risk of major military action fades": the subject subsides
    # … and so does the subject of an undoing verb in the passive: "sanctions were lifted"
    if not tset.isdisjoint(lex.subside[0]) or not tset.isdisjoint(lex.subside_last) or not tset.isdisjoint(_PASSIVE):
        for k in [k for k, t in enumerate(toks) if k and (t in lex.subside[0] or t in lex.subside_last
                                                            or (t in lex.denials[0] and toks[k - 1] in _PASSIVE))]:
            size = _is(toks, k, lex.subside) or (1 if toks[k] in lex.denials[0] and toks[k - 1] in _PASSIVE else 0)
            # (not an infinitive that has a subject of its own: "an ultimatum to halt the raids"
            # does not halt the ultimatum; "tensions continued to ease" do ease)
            if not size or k in operators or toks[k - size] in lex.determiners or (
                    toks[k - size] == "to" and k - size > 0 and toks[k - size - 1] not in _RAISING):
                continue
            lo = _clause_start(toks, k - size + 1, lex, words=False)
            flipped = False
            for h in hits:
                if lo <= h.i and h.j <= k - size + 1 and h.cue.noun and h.value > 0 and not h.dropped \
                        and not h.negated:
                    h.value = -h.value * lex.flip
                    own = at.get(k - size + 1)  # at least the subsiding verb's own cue ("eased": easing, 060)
                    if own is not None and own.value < h.value:
                        h.value = own.value
                    h.negated = "subside"
                    h.prefix += " ".join(toks[k - size + 1:k + 1]) + ":"
                    flipped = True
            if flipped:
                for x in range(k - size + 1, k + 1):
                    if x in at:
                        at[x].dropped = True
    # "called for sanctions", "pledged to expel": the verb takes the direction of its act;
    # "threatened military action": a threat of the act, worth threat_of of it (CAMEO 138,
    # threaten with military force, -7.0, is 0.7 of using it, 190, -10.0), at least the threat
    for idx, h in enumerate(hits):
        threat = h.word in lex.threat_verbs
        if h.dropped or h.cue.noun or h.negated or not (threat or h.word in lex.pass_through):
            continue
        h2 = _next_in_clause(toks, hits, idx, lex)
        if h2 is None or (threat and h2.value <= 0):
            continue
        h.dropped = True
        h2.main = True
        h2.tense = h.word
        if threat:
            h2.value = max(h.value, h2.value * lex.threat_of)
            h2.prefix = "threat of>" + h2.prefix
        else:
            h2.prefix = f"{h.word}>" + h2.prefix
    # a demand or an ultimatum is the act, whatever it demands ("Iraq must cooperate with the
    # inspectors", "an ultimatum to halt attacks": CAMEO 10x / 139 code the demand, not its
    # content): the act it points to in its clause is its content, no act of its own
    for idx, h in enumerate(hits):
        if h.dropped or h.negated or not h.cue.code.startswith(lex.demand_codes) or h.value <= 0:
            continue
        h2 = _next_in_clause(toks, hits, idx, lex)
        if h2 is not None:
            h2.dropped = True
    # hedges; background (adjuncts, subordinate and participial clauses)
    for h in hits:
        if h.dropped:
            continue
        lo = _clause_start(toks, h.i, lex)
        for k in range(max(lo, h.i - 3), h.i):
            if toks[k] in lex.hedges:
                h.value *= lex.hedge
                h.prefix = "hedged:" + h.prefix
                break
        if not h.main and (
                (lo > 0 and (toks[lo - 1] in lex.adjunct_openers or (toks[lo - 1] == "," and toks[lo].endswith("ing"))))
                or any(toks[k] in lex.adjunct_openers for k in range(lo, h.i))):
            h.weight *= lex.adjunct_weight
    # conditions ("if/unless …") and their consequences: the rest of the condition's sentence
    if cond_pos:
        ends = [k for k, t in enumerate(toks) if t in _SENTENCE_END and (t != "." or _ends_sentence(toks, k))]
        conditions, sentences = [], []
        for c in cond_pos:
            e = c + 1
            while e < n and toks[e] not in (",", ";", ".", ":", "then"):
                e += 1
            conditions.append((c, e))
            x = bisect_left(ends, c)
            sentences.append((ends[x - 1] + 1 if x else 0, ends[x] if x < len(ends) else n))
        for h in hits:
            if any(s <= h.i < e for s, e in conditions):
                h.weight *= lex.condition_weight
                h.value *= lex.condition
                h.prefix = "if:" + h.prefix
            elif any(s <= h.i < e for s, e in sentences):
                h.value *= lex.consequence
                h.prefix = "conditional:" + h.prefix


_QUALIFIERS = (("if:", "condition"), ("conditional:", "consequence"), ("hedged:", "hedged"),
               ("attribution:", "in the attribution"), ("negated(", "negated"), ("negated:", "negated"),
               ("of:", "risk of"), ("threat of>", "threatened"), (">", "appealed for or promised"))


def _explain(h: _Hit, toks: list[str], lex: Lexicon) -> str:
    """A cue in words: the act (its CAMEO root's name, what the sentence does to it), the
    statement's words that make it, its CAMEO code and Goldstein score, and what it is worth:
    ``threat: "will respond with all means" (CAMEO 138, Goldstein -7.0 -> +0.70)``."""
    qual = []
    threatened = "threat of>" in h.prefix
    for mark, name in _QUALIFIERS:
        if mark in h.prefix and name not in qual and not (threatened and mark.startswith(("threat", ">"))):
            qual.append(name)
    if h.negated and h.negated not in ("negation",):
        qual.append({"denial": "undone", "rejection": "rejected", "yielding": "yielded to",
                     "subside": "subsiding", "warning": "warned against: not tolerated"}.get(h.negated, h.negated))
    if h.i < len(toks):
        lo = max(_clause_start(toks, h.i, lex, words=False), h.i - 4)
        span = " ".join(t for t in toks[lo:h.j] if t not in BOUNDARY or t == ",")
    else:
        span = h.word
    act = lex.act_names.get(h.cue.code[:2], "act")
    act = f"threat of {act}" if threatened else act
    act = f"{act} ({', '.join(qual)})" if qual else act
    goldstein = -h.cue.value * 10
    return f'{act}: "{span.replace(";", ",")}" (CAMEO {h.cue.code}, Goldstein {goldstein:+.1f} -> {h.value:+.2f})'


_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "and", "but",
                      "as", "if", "for", "of", "to", "by", "with", "from", "after", "before", "we", "i", "they",
                      "he", "she", "you", "our", "their", "his", "her", "my", "your", "there", "what", "when",
                      "while", "so", "no", "not", "all", "any", "some", "every", "mr", "ms", "mrs", "dr"})


def _actor_word(toks: list[str], caps: list[bool], k: int) -> bool:
    """Whether token ``k`` can name a political actor: a capitalised word that is no
    function word ("Russia", "Turkish", "U.S."), a possessive ("Moscow's") or a pronoun of
    a party ("our", "their")."""
    if k < 0 or k >= len(toks):
        return False
    t = toks[k]
    return (caps[k] and t not in _OPENERS and t not in BOUNDARY) or t.endswith("'s") \
        or t in ("our", "their", "we", "they", "us", "them")


def _has_party(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon) -> bool:
    """Whether the clause of hit ``h`` names a party that acts or is acted on: a name, a
    party's pronoun or an actor head ("the rebels", "government forces"). Quotation marks
    do not end the clause: a word in scare quotes stays in its sentence ('in response to
    "threatening" Nato exercises')."""
    lo = h.i
    while lo > 0 and (toks[lo - 1] not in BOUNDARY or toks[lo - 1] == '"'):
        lo -= 1
    hi = h.j
    while hi < len(toks) and (toks[hi] not in BOUNDARY or toks[hi] == '"'):
        hi += 1
    return any(_actor_word(toks, caps, k) or toks[k] in lex.actor_heads or toks[k] in _PARTY_WORDS
               for k in range(lo, hi) if not (h.i <= k < h.j))


_PARTY_WORDS = frozenset({"we", "they", "us", "them", "our", "their", "troops", "forces", "army", "militants",
                          "rebels", "fighters", "soldiers", "civilians", "insurgents", "terrorists", "enemy",
                          "enemies", "military", "navy", "police", "jets", "warplanes", "missiles", "drones"})


def _acts_and_topics(toks: list[str], caps: list[bool], hits: list[_Hit], lex: Lexicon) -> None:
    """Drop the cues that are no act between political actors (issue 16):

    * "X must …" is a demand only of a party ("Libya must", "they must"), not of "the world";
    * a force word on a natural or social force is another sense ("fight poverty", "the war
      on terror", "the earthquake destroyed villages");
    * a force verb is an act only with a party in its clause ("destroy documents" is not),
      and a force verb on an event noun without an actor argument is a topic ("fight these
      endless, senseless wars"); an -ing form after "be" with no object is an adjective;
    * an event noun is an act only with its arguments (:func:`_noun_is_act`); a capitalised
      one is a name ("the Korean War"). Evaluative words count wherever they stand."""
    for h in hits:
        if h.dropped:
            continue
        if h.word in lex.obligation:
            prev = toks[h.i - 1] if h.i else ""
            if not (_actor_word(toks, caps, h.i - 1) or prev in ("they", "he", "she", "you", "it")
                    or prev in lex.actor_heads):
                h.dropped = True
            continue
        if h.cue.evaluative:
            continue
        if h.cue.noun:
            if ((h.i and toks[h.i - 1] in lex.other_sense_objects)
                    or (h.j + 1 < len(toks) and toks[h.j] in ("against", "on", "of")
                        and toks[h.j + 1] in lex.other_sense_objects)
                    or (h.j < len(toks) and toks[h.j] in lex.other_sense_objects and h.word in lex.force_verbs)):
                h.dropped = True
            elif not (h.negated or h.main):
                if caps[h.i] and h.i and toks[h.i - 1] not in BOUNDARY:  # "the Korean War": a name
                    h.dropped = True
                else:
                    h.dropped = not _noun_is_act(toks, caps, h, lex)
            continue
        if h.word in lex.force_verbs:
            h.dropped = _force_is_no_act(toks, caps, hits, h, lex)
        # "the insults were striking because …": an -ing form after "be" with no object is an adjective
        if h.word.endswith("ing") and h.i and toks[h.i - 1] in _PASSIVE and (
                h.j >= len(toks) or (toks[h.j] in BOUNDARY and toks[h.j] != '"') or toks[h.j] in lex.clause_words):
            h.dropped = True


def _force_is_no_act(toks: list[str], caps: list[bool], hits: list[_Hit], h: _Hit, lex: Lexicon) -> bool:
    """Whether a force verb (fight, destroy, strike …) does no act between actors."""
    # "fight these endless, senseless wars": a force verb on an event noun is that noun's
    # event; without an actor argument it is a topic like the noun alone (both dropped)
    nxt_hits = [h2 for h2 in hits if h2.i > h.i and h2.cue.noun and not h2.cue.evaluative and h2.value > 0
                and h2.i - h.j <= 4 and not any(t in BOUNDARY for t in toks[h.j:h2.i] if t != ",")]
    if nxt_hits:
        h2 = nxt_hits[0]
        if not _target(toks, caps, h2, lex) and not any(_actor_word(toks, caps, k) for k in range(h.j, h2.i)):
            h2.dropped = True
            return True
    if h.negated:
        return False
    if not _has_party(toks, caps, h, lex):  # "destroy documents", "to kill one man"
        return True
    nxt = [t for t in toks[h.j:h.j + 3] if t not in lex.determiners]
    prev = [t for t in toks[max(0, h.i - 3):h.i] if t not in lex.determiners and t not in _PASSIVE]
    return bool((nxt and nxt[0] in lex.other_sense_objects) or (prev and prev[-1] in lex.other_sense_subjects))


def _target(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon) -> bool:
    """Whether an actor follows the cue as its argument ("sanctions on Russia", "an attack
    by the rebels", "talks with the Taliban"), or anything after "against"."""
    if h.j + 1 >= len(toks):
        return False
    if toks[h.j] == "against":
        return True
    return toks[h.j] in lex.argument_preps and (
        _actor_word(toks, caps, h.j + 1) or (toks[h.j + 1] == "the" and _actor_word(toks, caps, h.j + 2)))


def _noun_is_act(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon) -> bool:
    """An event noun (war, peace, sanctions, attack, talks) is an act with its arguments:
    used as a verb ("will attack"), performed by a verb ("launched an attack", "imposed
    sanctions", "held talks"), with an actor as agent ("Turkish bombardments", "Russia's
    aggression") or target (:func:`_target`), endorsed if cooperative ("close cooperation"),
    or the subject of a happening ("the talks will go on"). Otherwise it names a topic
    ("the cost of war", "in this attack")."""
    prev = toks[h.i - 1] if h.i else ""
    if prev in lex.verb_markers or prev.endswith("n't"):
        return True
    lo = max(_clause_start(toks, h.i, lex, words=False), h.i - lex.support_window - 1)
    if any(_is(toks, k, lex.support) for k in range(lo, h.i)):
        return True
    if _actor_word(toks, caps, h.i - 1) or (h.i >= 2 and _actor_word(toks, caps, h.i - 2) and prev not in BOUNDARY):
        return True
    if _target(toks, caps, h, lex):
        return True
    if h.value < 0:
        lo2 = max(_clause_start(toks, h.i, lex, words=False), h.i - 3)
        if any(t in lex.endorsing for t in toks[lo2:h.i] + toks[h.j:h.j + 4]):
            return True
    for k in range(h.j, min(len(toks), h.j + 4)):
        if toks[k] in BOUNDARY:
            break
        if _is(toks, k, lex.happen):
            return True
    return False


def escalation(text: str, compound: float | None = None, attribution: str | None = None, *,
               party: bool = True) -> tuple[float, tuple[str, ...]]:
    """Escalation of a statement's ``text`` in [-1, 1] and the cues that produced it.

    The text is split (:func:`split`); its head and own words are read for cues, its tail
    only adds its cue verbs at [attribution].weight beside them. A caller that has split
    the text already passes the tail as ``attribution`` (``text`` is then read whole).
    ``compound`` is accepted for callers of the earlier scorer and not used: tone is no
    input to escalation (issue 16). ``party`` False (a reader's comment): the speaker is no
    party, and what it guesses might happen (a hedged or conditional act) is neither done
    nor reported: left out."""
    lex = lexicon()
    if attribution is None:
        parts = split(text)
        text = f"{parts.head} {parts.words}" if parts.head else parts.words
        attribution = parts.tail
    norm = normalise(text)
    low = norm.lower()
    if len(low) == len(norm):
        cased = _CASED.findall(norm)
        toks = "\n".join(cased).lower().split("\n") if cased else []
    else:  # (a character whose lowercase is longer: no case information, as before)
        cased, toks = None, TOKEN.findall(low)
    tset = set(toks)
    # conditions: "if …", "unless …", and an inverted "Should the alliance attack, …"
    cond_pos = [k for k, t in enumerate(toks) if t == "if" or t == "unless"
                or (t == "should" and (k == 0 or toks[k - 1] in BOUNDARY))] if tset & _CONDITIONS else []
    conditional_sentence = bool(cond_pos) or ("any" in tset and ("would" in tset or "will" in tset))
    # most sentences hold no cue word at all: one set operation tells
    hits = [] if tset.isdisjoint(lex.index) else _find_cues(toks, lex, conditional_sentence)
    labels: list[str] = []
    values: list[tuple[float, float]] = []
    if hits:
        _read_context(toks, hits, lex, tset, cond_pos)
        # which tokens are capitalised (names: "Turkish bombardments", "the Korean War")
        caps = _Caps(cased)
        _acts_and_topics(toks, caps, hits, lex)
        # condolences do no act, whatever loss they name
        for ph in lex.condolences:
            if ph[0] in tset and any(tuple(toks[k:k + len(ph)]) == ph for k, t in enumerate(toks) if t == ph[0]):
                for h in hits:
                    h.dropped = True
                break
        # questions ask, they do not act: the cues of a sentence ending in "?" are left out
        ends = [k for k, t in enumerate(toks) if t in _SENTENCE_END and (t != "." or _ends_sentence(toks, k))]
        qends = ends
        if "?" in tset:
            for h in hits:
                x = bisect_left(qends, h.i)
                if x < len(qends) and toks[qends[x]] == "?":
                    h.dropped = True
        if not party:
            starts = [0] + [k + 1 for k in ends]
            for h in hits:
                s0 = starts[bisect_left(starts, h.i + 1) - 1]
                if ("hedged:" in h.prefix or "if:" in h.prefix or "conditional:" in h.prefix) or any(
                        t in lex.guesses or t.endswith("'ll") for t in toks[s0:h.i]):
                    h.dropped = True
        # reported acts (past forms, event nouns) count less than acts performed
        for h in hits:
            w = (h.tense or h.word).split()[0]
            if (h.cue.noun and not h.tense) or w.endswith("ed") or (w in _PAST and w not in _PRESENT):
                h.value *= lex.reported
        live = [h for h in hits if not h.dropped and abs(h.value) >= lex.minimum]
        if live and attribution:  # the tail's cue verbs, beside the own words' cues only
            for t in TOKEN.findall(normalise(attribution).lower()):
                c = lex.words.get(t)
                if c is not None and not c.noun and abs(c.value) >= lex.minimum:
                    live.append(_Hit(len(toks), len(toks), c, t, c.value, lex.attribution_weight, "attribution:"))
        # reading order within each sentence: the k-th cue of a sentence weighs decay**k
        rank: dict[int, int] = {}
        for h in live:
            sentence = bisect_left(ends, h.i)
            k = rank[sentence] = rank.get(sentence, -1) + 1
            w = h.weight * lex.decay ** k * (lex.noun_weight if h.cue.noun else 1.0)
            values.append((h.value, w))
            labels.append(_explain(h, toks, lex))
        consequences = [h.value for h in live if h.prefix.startswith("conditional:")]
        if consequences:
            labels.append("conditional threat: the consequence of a condition escalates"
                          if max(consequences, key=abs) > 0 else
                          "conditional offer: the consequence of a condition de-escalates")
    total = sum(w for _, w in values)
    score = sum(v * w for v, w in values) / total if total else 0.0
    return round(max(-1.0, min(1.0, score)), 4), tuple(labels)
