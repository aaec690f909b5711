"""Escalation, first stage: tokens, sentences and the cue words of a statement (the act
words the lexicon knows, a verb cue only where it is a verb), with the small readers of a
token the later stages share (negators, clause starts)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, count

from .cameo import _IRREGULAR
from .escalation_lexicon import Cue, Lexicon, Words

# (an initialism keeps its last dot: "u.s." is one token, so "the U.S. attack" has its agent
# next to it; that dot never ended a sentence, see _ends_sentence)
#
# A token is a word ``[a-z0-9]+(?:['.\-][a-z0-9]+)*``, with an initialism's last dot
# ``(?<=\.[a-z0-9])\.`` and a closing apostrophe ``'?`` after it; a punctuation mark; or a
# dash between spaces ``(?<= )-(?= )``. Written with its first character factored out (any
# character a token can start with, then what follows it by which kind that was), so the
# pattern opens with one character set: the regex engine then skips the characters no token
# starts with (spaces) in its own fast loop instead of trying the whole pattern at each
# (~18 % fewer instructions tokenising, ~4 % of escalation; same tokens: the same words,
# tried in the same order)
_WORD_OR_MARK = (r"[{w},;:.!?()\[\]\"\-](?:(?<=[{w}])[{w}]*(?:['.\-][{w}]+)*(?:\.(?<=\.[{w}]\.)|)'?"
                 r"|(?<=[,;:.!?()\[\]\"])|(?<= -)(?= ))")
TOKEN = re.compile(_WORD_OR_MARK.format(w="a-z0-9"))
# TOKEN over the text before lowercasing: the characters that lowercase to [a-z0-9] are
# A-Z and the Kelvin sign, so on a text whose lowercasing keeps its length it finds the same
# tokens at the same places, in their own case: one pass gives the tokens and which are
# capitalised (no second tokenisation for the names)
_CASED = re.compile(_WORD_OR_MARK.format(w="A-Za-z0-9\u212a"))


def _cased_tokens(norm: str) -> list[str]:
    """``_CASED.findall(norm)``, on an ASCII text read piece by piece between its spaces: a piece
    of letters and digits alone (~85 % of them) is a token as it stands, only the others go to
    the pattern (no token spans a space, and a lookbehind looks back only over letters, digits and
    marks, never before its piece; the dash between spaces, the one token that reads the spaces
    around it, sends its text whole). Findall's cost per match was most of tokenising: ~25 %
    fewer instructions tokenising, ~4 % of escalation."""
    if not norm.isascii() or " - " in norm:
        return _CASED.findall(norm)
    out: list[str] = []
    append = out.append
    for p in norm.split():
        if p.isalnum():  # (ASCII: [A-Za-z0-9]+)
            append(p)
        else:
            out += _CASED.findall(p)
    return out


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


def _sentence_ends(toks: list[str]) -> list[int]:
    """Where the sentences of ``toks`` end: each "!", "?" and "." that ends one (the marks
    found in C, as _find_cues finds its cue words: most tokens are none)."""
    return [k for k in compress(count(), map(_SENTENCE_END.__contains__, toks))
            if toks[k] != "." or _ends_sentence(toks, k)]


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
    background: bool = False  # in a concessive or contrastive clause ([context].scene_openers)


def _is(toks: list[str], k: int, vocab: Words) -> int:
    """How many tokens ending at ``k`` make a word of ``vocab``: 2 ("ruled out"), 1 or 0."""
    t = toks[k]
    # (the pair is built only when the token ends some two-word form: ~190,000 calls a pass
    # of the corpus, most on tokens that end none)
    if k > 0 and t in vocab.last and f"{toks[k - 1]} {t}" in vocab.two:
        return 2
    return 1 if t in vocab.one else 0


def _negates(toks: list[str], k: int, lex: Lexicon) -> bool:
    t = toks[k]
    if t in lex.negators or t.endswith("n't"):
        return k + 1 >= len(toks) or toks[k + 1] not in lex.cancelled_by_next  # "not only … but also"
    return t == "longer" and k > 0 and toks[k - 1] == "no"


def _clause_start(toks: list[str], i: int, lex: Lexicon, words: bool = True, floor: int = 0) -> int:
    """The first token of the clause token ``i`` is in; with ``floor``, that or ``floor``
    whichever is later (``max(_clause_start(…), floor)``, read back no further than ``floor``)."""
    k = i - 1
    floor = max(floor, 0)
    if words:
        cw = lex.clause_words
        while k >= floor and toks[k] not in BOUNDARY and toks[k] not in cw:
            k -= 1
    else:
        while k >= floor and toks[k] not in BOUNDARY:
            k -= 1
    return max(k + 1, floor)


def _find_cues(toks: list[str], lex: Lexicon, conditional_sentence: bool, bare: bool = False) -> list[_Hit]:
    """The cue words of ``toks``. ``bare``: the statement opens with a lowercase word, a
    clause whose subject the attribution took off ("accused the alliance of …"): its
    first word, if a verb cue, is the verb in any form."""
    hits: list[_Hit] = []
    words, phrases, det = lex.words, lex.phrases_by_second, lex.determiners
    index, phrase_only = lex.index, lex.phrase_starts_only
    nxt = 0
    for i in compress(count(), map(index.__contains__, toks)):  # (the tokens a cue can start with, found in C)
        if i < nxt:
            continue
        t = toks[i]
        size, c = 1, None
        starting = phrases.get(t)
        if starting and i + 1 < len(toks):
            # (every phrase has two words or more: only those whose second word follows are
            # tried, and their whole slice built)
            for ptoks, pc in starting.get(toks[i + 1], ()):
                if tuple(toks[i:i + len(ptoks)]) == ptoks:
                    size, c = len(ptoks), pc
                    break
        if c is None:
            if t in phrase_only:
                continue  # (no phrase follows a word that only starts phrases: ~half the index's tokens)
            c = words.get(t)
            if c is None and conditional_sentence:
                c = lex.conditional_cues.get(t)
            if c is None and t in lex.disarm_verbs:  # "eliminate", "scrap": an act only as disarmament
                c = lex.disarm_cue
            if c is None and t in lex.time_words and _time_for(toks, i, lex):
                hits.append(_Hit(i, i + 1, lex.obligation_cue, t, lex.obligation_cue.value, main=True))
                nxt = i + 1
                continue
            if c is None and t in lex.obligation:
                after = toks[i + 1:i + 3]
                formula = (after[:1] and after[0] in lex.formulas) or " ".join(after) in lex.formulas
                c = None if formula or (i and toks[i - 1] in lex.not_after) else lex.obligation[t]
            elif c is not None and not c.noun and not (bare and i == 0) and not _is_event(toks, i, t, det, words,
                                                                                      lex.adjectives):
                c = None
            elif c is not None and not c.noun and _plural_noun(toks, i, t, words):
                # "ordered punitive strikes", "military strikes against Assad": a plural noun
                # after an adjective, an event noun with its arguments, not a verb
                c = Cue(c.value, c.code, True)
        if c is not None and c.value > 0 and i + size < len(toks) and toks[i + size] in lex.classifier_heads:
            c = None  # "a brigade combat team", "attack helicopters": a modifier naming a unit
        if c is not None:
            hits.append(_Hit(i, i + size, c, t if size == 1 else " ".join(toks[i:i + size]), c.value))
            nxt = i + size
    return hits


def _time_for(toks: list[str], i: int, lex: Lexicon) -> bool:
    """Whether "time" at ``i`` opens "(it is high) time for X to …" with X another party."""
    if not (i and toks[i - 1] in lex.time_before and i + 2 < len(toks) and toks[i + 1] == "for"):
        return False
    for k in range(i + 2, min(len(toks), i + 7)):
        t = toks[k]
        if t == "to":
            return k > i + 2
        if t in BOUNDARY or t in lex.not_after:
            return False
    return False


def _plural_noun(toks: list[str], i: int, t: str, words: dict) -> bool:
    """Whether an -s form of a verb cue is a plural noun: after an adjective ("punitive
    strikes", "military attacks"), which no subject of a verb is."""
    if i == 0 or not t.endswith("s") or t.endswith("ss"):
        return False
    p = toks[i - 1]
    return p not in words and p.endswith(_ADJ_ENDINGS + ("ary",)) and p not in _NOT_ADJECTIVES


_NOT_ADJECTIVES = frozenset({"it", "is", "this", "us", "he", "she", "who", "also", "always", "just", "still"})


def _is_event(toks: list[str], i: int, t: str, det: frozenset[str], words: dict,
              adjectives: frozenset[str] = frozenset()) -> bool:
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
                and (p.endswith(_ADJ_ENDINGS) or p in adjectives))



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


def _embedded_if(toks: list[str], lex: Lexicon) -> None:
    """Read "if" as "whether" in place where it opens an embedded question, right after a verb or
    adjective of knowing, asking or checking ([conditional].if_whether: "didn't know if he'd meet
    him", "to see if we can get them out", "asked if"); no condition, and the question's cues are
    left out as an embedded question's. Not after "you know" (a discourse marker before a real
    condition: "You know, if they back away, …")."""
    for k in range(1, len(toks)):
        if toks[k] == "if" and toks[k - 1] in lex.if_whether and not (toks[k - 1] == "know" and toks[k - 2] == "you"):
            toks[k] = "whether"
