"""Escalation, second stage (0): the readers of what stands before a cue in the negation
scan: whether a negator denies a fact (a negated do/be/have) or an intent, whether a verb is
an imperative or ordered ("must stop"), whether a rejection opposes conflict in general, a
refusal chain, an event that fails, an agent named for a state of conflict. The scan itself
is ``escalation_negation``."""
from __future__ import annotations

from .escalation_cues import _PAST, _SENTENCE_END, _clause_start, _Hit, _is, _negates
from .escalation_lexicon import Lexicon

_GENERAL_CONFLICT = ("13", "18", "19", "20")


def _conflict_in_general(toks: list[str], h: _Hit, k: int) -> bool:
    """Whether an escalatory cue at ``h`` is conflict in general that a rejection verb at ``k``
    opposes ("we oppose confrontation", "rejects violence", "opposed to war"): a bare noun
    of threat or force right after the verb (or after a generic word: "oppose any
    aggression", "bloc confrontation"; not a name or a determiner) with no argument after it
    ("aggression against Syria" is a party's act)."""
    if not (h.cue.noun and h.cue.code[:2] in _GENERAL_CONFLICT and 0 < h.i - k <= 3 and toks[k] in _OPPOSE):
        return False
    if any(t not in _GENERIC for t in toks[k + 1:h.i]):  # "oppose Russian aggression": a party's act
        return False
    nxt = toks[h.j] if h.j < len(toks) else ""
    return nxt not in ("against", "on", "by", "of", "from", "upon", "toward", "towards")


_OPPOSE = frozenset({"oppose", "opposes", "opposed", "opposing", "reject", "rejects", "rejected", "rejecting"})
_GENERIC = frozenset({"all", "any", "every", "bloc", "armed", "military", "nuclear", "further", "new", "violent"})


_PAST_NOT = frozenset({"didn't", "didnt"})
# (English lack of obligation: "not have to", "no need to")
_NO_NEED = frozenset({("have", "to"), ("has", "to"), ("had", "to"), ("need", "to"), ("needs", "to")})

_IMPERATIVE_OPENERS = frozenset({"just", "please", "now", "so", "simply", "and", "then"})


# English pronouns of a party: "they failed to reach a deal" blames them
_PARTY_PRONOUNS = frozenset({"we", "they", "he", "she", "it", "i", "you"})


def _event_fails(toks: list[str], hits: list[_Hit], h: _Hit, k: int, lex: Lexicon) -> bool:
    """Whether the subject of "fail" at ``k`` is an event noun ("talks", "the meeting", "the
    efforts"), not a party: a noun cue before it in its clause with no party pronoun between."""
    lo = _clause_start(toks, k, lex, words=False)
    for h0 in hits:
        if h0 is not h and h0.cue.noun and lo <= h0.i < k:
            return not any(t in _PARTY_PRONOUNS for t in toks[h0.j:k])
    return False


_REFUSAL_GAP = frozenset({"or", "and", "any", "a", "all", "ever", "even", "further", "new", "another"})
# … and a deed of force named by a demonstrative or article, no agent ("does not endorse this attack",
# "we don't support a ground offensive"): disapproval of it is restraint (issue 16 audit A4 (c), as
# the annotations read an ally's offensive opposed); CAMEO roots 18-20 (assault, fight, mass violence)
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_DEED_GAP = frozenset({"this", "that", "the", "such", "an", "ground", "military"})


def _refused_conflict(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether ``h`` is a state of conflict in general ([acts].situation_nouns: no capitalised
    or possessive word before it, no argument after it) that a negated verb of
    [negation].refusing takes as its object ("we do not tolerate or support any war", "will
    never accept a war in Europe"; not "any Russian aggression", not "war against us"), or a deed of
    force named by a determiner with no agent ("does not endorse this attack")."""
    deed = h.cue.code[:2] in _FORCE_ROOTS
    if not (h.cue.noun and (h.word in lex.situation_nouns or deed)):
        return False
    if h.j < len(toks) and toks[h.j] in ("against", "on", "by", "of", "from", "upon", "with", "toward", "towards"):
        return False
    k = h.i - 1
    while k >= 0 and (toks[k] in _REFUSAL_GAP or (deed and toks[k] in _DEED_GAP)):
        k -= 1
    if k < 0 or toks[k] not in lex.refusing:
        return False
    return _between_refusal(toks, k, h.i, lex)


def _between_refusal(toks: list[str], k: int, i: int, lex: Lexicon) -> bool:
    """Whether token ``k`` stands in a chain of negated refusing verbs that ends at ``i``: back
    from ``i`` only refusing verbs and joining words to a negator ("do not tolerate or support")."""
    if not (toks[k] in lex.refusing):
        return False
    x = i - 1
    seen = False
    while x >= max(0, i - lex.window - 2):
        t = toks[x]
        if t in lex.refusing:
            seen = seen or x == k
        elif t not in _REFUSAL_GAP and t not in _DEED_GAP:
            return seen and _negates(toks, x, lex)
        x -= 1
    return False


# English modals and semi-modals of obligation before a verb ("must stop", "has to end", "needs to cease")
_OBLIGED = frozenset({"must", "to"})
_OBLIGED_TO = frozenset({"has", "have", "had", "need", "needs", "got"})


# English verbs and nouns of demanding that take a mandative subjunctive ("demanded that the
# sanctions be lifted", "his insistence that the threat be removed")
_MANDATIVE = frozenset({"demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "insisting",
                        "insistence", "require", "requires", "required", "requirement", "ask", "asked", "asks"})


def _obliged(toks: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the verb at ``k`` is ordered: "must" (with adverbs: "must immediately") or "has
    to", "needs to" right before it."""
    x = k - 1
    while x >= 0 and (toks[x].endswith("ly") or toks[x] in ("now", "all", "simply", "just")):
        x -= 1
    if x < 0:
        return False
    if toks[x] in lex.obligation:
        return True
    if toks[x] == "be":  # the mandative subjunctive: "his insistence that the threat be removed"
        for y in range(x - 1, max(0, x - 10), -1):
            if toks[y] in (",", ";", ".", ":", "!", "?"):
                return False
            if toks[y] == "that":
                return toks[y - 1] in _MANDATIVE
        return False
    return toks[x] == "to" and x > 0 and toks[x - 1] in _OBLIGED_TO


def _agent_named(toks: list[str], h: _Hit, lo: int, end: int) -> bool:
    """Whether the subject phrase of a state-of-conflict noun names who wages it: a possessive or
    a name before it ("Russia's war"), or "of"/"by" and a name after it ("the war of Russia")."""
    for x in range(lo, end):
        t = toks[x]
        if t.endswith("'s") or t in ("their", "his", "its", "your"):
            return True
        if x > lo and toks[x - 1] in ("by", "of") and x > h.i and t[:1].isalpha() and t not in ("the", "a"):
            return True
    return False


_FIRST = frozenset({"we", "i"})


def _operator(toks: list[str], k: int) -> str:
    """The do/be/have operator a negator at ``k`` is attached to: "didn't" -> "did", "is
    not" -> "is", "it's not" -> "is", "they're not" -> "are"; "" for any other negator."""
    t = toks[k]
    if t.endswith("n't"):
        return t[:-3]
    if t.endswith("nt") and t not in ("cant", "wont", "aint"):
        return t[:-2]  # (a reader's "didnt", "isnt")
    if not k or t not in ("not", "no"):
        return ""
    p = toks[k - 1]
    if t == "no":
        # "there was no shelling", "it is no conflict": "no" on a finite be is its negation (a
        # possessive "have no" is left out: "we have no hostile intentions" is reassurance)
        return p if p in _BE_NO else ""
    return {"'s": "is", "'re": "are", "'m": "am", "'ve": "have", "'d": "had"}.get(p[p.rfind("'"):], p) if "'" in p else p


# English adverbials of manner a negation can bear on instead of the act before them
_MANNER = (("in", "public"), ("publicly",), ("in", "secret"), ("secretly",), ("on", "twitter"), ("via", "twitter"),
           ("too", "much"), ("too", "fast"), ("too", "quickly"), ("in", "haste"))
_MANNER_FIRST = frozenset(m[0] for m in _MANNER)  # (a word that starts none: no phrase sliced to compare)


def _manner_negated(toks: list[str], h: _Hit) -> bool:
    """Whether an adverbial of manner follows the negated cue ``h`` within four words, in its
    clause ("not negotiating in public", "don't want to negotiate too much in public"): what is
    negated is how, not whether."""
    for x in range(h.j, min(len(toks), h.j + 4)):
        if toks[x] in (",", ";", ".", ":", "!", "?", "but", "and"):
            return False
        if toks[x] in _MANNER_FIRST and any(tuple(toks[x:x + len(m)]) == m for m in _MANNER):
            return True
    return False


def _perfect_after(toks: list[str], k: int) -> bool:
    """Whether the negator at ``k`` is followed by a perfect ("not have launched", "never have
    been"): after a modal, a past act denied or a counterfactual, no act either way."""
    if k + 2 >= len(toks) or toks[k + 1] != "have":
        return False
    v = toks[k + 2]
    return v == "been" or (v.endswith("ed") and len(v) > 4) or v in _PAST


_BE_NO = frozenset({"is", "are", "am", "was", "were"})


def _denied_fact(toks: list[str], k: int, i: int, lex: Lexicon) -> bool:
    """Whether the negator at ``k`` before the hostile cue at ``i`` denies a fact: on a finite
    do/be/have operator, in the past, or in the present with no first-person subject and no
    verb of intent between ("it is not a conflict"; not "we do not threaten", "they do not
    want war")."""
    if _perfect_after(toks, k):
        return True  # "could not have launched the attack", "wouldn't have struck": a past act denied
    op = _operator(toks, k)
    if op not in lex.fact_operators:
        return False
    if op in lex.past_operators:
        return True
    if any(t in lex.intent for t in toks[k + 1:i]):
        return False
    s = k - 1 if toks[k] in ("not", "no") else k
    p = toks[s - 1] if s else ""
    return not (p in _FIRST or p.startswith(("we'", "i'")) or (toks[s] if s < k else "").startswith(("we'", "i'")))


# English indefinite pronouns a relative clause follows ("everything that it cannot seize") and
# subject pronouns that open its own clause
_INDEFINITE = frozenset({"everything", "anything", "something", "nothing", "all", "whatever", "whoever"})
_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "i", "you"})


def _relative_negation(toks: list[str], lo: int, k: int) -> bool:
    """Whether the negator at ``k`` stands in a relative clause with a subject of its own ("destroys
    everything that it cannot seize", "the lands which they did not occupy"): it describes the
    antecedent; the main clause's act is neither negated nor reassuring, and the negated one no act."""
    for r in range(k - 2, lo - 1, -1):
        t = toks[r]
        if t in ("that", "which", "whom") and toks[r + 1] in _SUBJECTS and (t != "that" or (r and toks[r - 1] in _INDEFINITE)):
            return True
    return False


def _imperative(toks: list[str], k: int) -> bool:
    """Whether the verb at ``k`` opens a sentence (after "just", "please" …): an imperative."""
    while k > 0 and toks[k - 1] in _IMPERATIVE_OPENERS:
        k -= 1
    return k == 0 or toks[k - 1] in _SENTENCE_END or toks[k - 1] in ("!", ":", '"')


# English auxiliaries and adverbs that stand between a negator and its verb ("has not yet
# stopped", "did not really end")
_NEGATED_GAP = frozenset({"has", "have", "had", "is", "are", "was", "were", "been", "yet", "still", "really",
                          "even", "ever", "fully", "completely", "entirely"})


def _not_subsided(toks: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the subsiding verb at ``k`` is negated ("has not stopped", "never ended", "did not
    ease"): a negator right before it, auxiliaries and adverbs of degree between. What has not
    subsided goes on."""
    x = k - 1
    while x >= 0 and toks[x] in _NEGATED_GAP:
        x -= 1
    return x >= 0 and _negates(toks, x, lex)


# English exceptive phrases after a negated act: "not … anyone but X", "nobody else except X",
# "nothing other than X" say the act is done to X alone (a quantifier, then "but", "except" or
# "other than")
_ANY = frozenset({"anyone", "anybody", "anything", "any", "else", "one", "nobody", "nothing", "none"})
_EXCEPT = frozenset({"but", "except", "save"})


def _only_exception(toks: list[str], j: int) -> bool:
    """Whether an exceptive phrase follows the negated act ending at ``j`` in its clause, within
    four words ("would not harm anyone else but the Americans")."""
    seen = False
    for x in range(j, min(len(toks), j + 5)):
        t = toks[x]
        if t in _ANY:
            seen = True
        elif seen and (t in _EXCEPT or (t == "other" and x + 1 < len(toks) and toks[x + 1] == "than")):
            return True
        elif t in (",", ";", ".", ":", "!", "?"):
            return False
    return False


def _found_absent(toks: list[str], k: int, h: _Hit, lex: Lexicon) -> bool:
    """Whether the negator at ``k`` denies that the hostile act ``h`` is there: a verb of
    perception between them ("we don't see any credible threat"), or "no" before a noun act
    whose verb of occurring follows within three words ("no chemical attack occurred")."""
    if any(t in lex.perception for t in toks[k + 1:h.i]):
        return True
    if not (h.cue.noun and toks[k] == "no"):
        return False
    for x in range(h.j, min(len(toks), h.j + 4)):
        if toks[x] in (",", ";", ".", ":", "!", "?"):
            return False
        if _is(toks, x, lex.occurrence):
            return True
    return False


def _complement_start(toks: list[str], lo: int, v: int, lex: Lexicon) -> int:
    """The first token of the clause of the verb at ``v`` when a that-clause with a subject of its
    own opens between ``lo`` and it ("his demand that Borduria stop arming": the subject of "stop"
    is Borduria, not the demand); else ``lo``. A "that" right before an auxiliary or the verb
    opens a relative clause on the noun before it ("the attacks that have stopped")."""
    for y in range(v - 2, lo - 1, -1):
        if toks[y] == "that":
            nxt = toks[y + 1]
            if nxt not in lex.relative_gap and nxt not in lex.words:
                return y + 1
            return lo
    return lo
