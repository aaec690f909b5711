"""Escalation, second stage: what a statement does to each cue it holds: compounds, "the risk
of", negation (``escalation_negation``: denial, rejection and yielding and what they reach, a
warning against what is not tolerated, subsiding subjects), appeals, promises and threats of
an act, demands, hedges, background clauses, conditions and their consequences."""
from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from .escalation_cues import (_PAST, _PREPOSITIONS, _PRESENT, _SENTENCE_END, BOUNDARY, _clause_start, _ends_sentence,
                              _Hit, _next_in_clause, _sentence_ends)
from .escalation_lexicon import Lexicon
from .escalation_negation import _negation

_ADVERB_SINCE = frozenset({"has", "have", "had", "ever", "long", "been", "not", "only", "then"})


def _opens_scene(toks: list[str], k: int, lex) -> bool:
    """Whether token ``k`` opens a concessive or contrastive clause; "since" not as an
    adverb ("has since stalled", "ever since", "since then")."""
    t = toks[k]
    if t not in lex.scene_openers:
        return False
    return t != "since" or not ((k and toks[k - 1] in _ADVERB_SINCE)
                                or (k + 1 < len(toks) and toks[k + 1] in _ADVERB_SINCE))


def _relative(toks: list[str], lo: int, h: _Hit, lex) -> bool:
    """Whether cue ``h`` stands in a relative clause: one opened by a relative pronoun
    after a noun ("the alliance, which threatens", "areas where talks may fail", "a
    world in which no one imposes"), or by "that" right before the cue's own verb, with
    at most auxiliaries, negators and adverbs between ("an adversary that regularly
    threatens", "projectiles that don't threaten"; "said that Russia attacked" is a
    complement clause with a subject of its own)."""
    if lo > 1 and toks[lo - 1] in lex.relatives:
        # (after a comma, "…, which is battling …", "…, from which X withdrew": a non-restrictive
        # clause adds news of its own and is read as it stands)
        p = lo - 3 if toks[lo - 2] in _PREPOSITIONS else lo - 2
        return p >= 0 and toks[p] not in BOUNDARY and toks[p] not in _BE and toks[p] not in _FREE_HEADS
    if h.cue.noun:  # ("bought into that deception": a determiner)
        return False
    for k in range(h.i - 1, max(lo, h.i - 4) - 1, -1):
        t = toks[k]
        if t == "that":
            return k > 0 and toks[k - 1] not in BOUNDARY and toks[k - 1] not in lex.speech_neutral \
                and toks[k - 1] not in _BE \
                and toks[k - 1] not in _FREE_HEADS
        if not (t in lex.relative_gap or t.endswith(("n't", "ly"))):
            return False
    return False


_BE = frozenset({"is", "are", "was", "were", "be", "been", "am", "'s", "'re"})
# "those who were responsible": a pronoun head, the relative clause is the argument itself
_FREE_HEADS = frozenset({"those", "anyone", "someone", "everyone", "anybody", "somebody", "everybody", "all", "one"})


# "there must be an end to the violence", "the world must reject aggression": an obligation of no
# party in particular is an appeal to all (issue 16 audit A4 (c)), like one asked of all sides
_NO_PARTY = frozenset({"there", "world", "community", "humanity", "everyone", "everybody", "mankind", "one"})


_APPEAL = "02"  # CAMEO 02, appeal (urge, call for, ask)


def _all_sides(toks: list[str], i: int, lex) -> bool:
    """Whether the subject right before token ``i`` names every side of a dispute ("both
    sides", "all parties", "the Syrian parties", "the two sides")."""
    if not (i and toks[i - 1] in lex.sides):
        return False
    return any(toks[k] in lex.all_of for k in range(max(0, i - 4), i - 1))


def _read_context(toks: list[str], hits: list[_Hit], lex: Lexicon, tset: set[str], cond_pos: list[int]) -> None:
    """What the statement does to each cue, in place on ``hits``, stage by stage: compounds and
    "the risk of"; negation (:func:`escalation_negation._negation`); auxiliaries; appeals,
    promises and threats of an act; demands; hedges and background; conditions."""
    n = len(toks)
    at: dict[int, _Hit] = {k: h for h in hits for k in range(h.i, h.j)}
    # adjacent noun cues of one direction are one compound; its head counts ("peace deal")
    for h1, h2 in pairwise(hits):
        # (a null cue, Goldstein 0, only blocks a phrase: "a negotiated solution with respect to Syria")
        if h1.j == h2.i and h1.cue.noun and h2.cue.noun and h2.value and (h1.value > 0) == (h2.value > 0):
            h1.dropped = True
    # "the risk / fear / prospect of (a major) X": X, dampened; the modifier is no cue itself
    # (read only when the statement has "of" and a modifier: else the look back changes nothing)
    for h in hits if "of" in tset and not tset.isdisjoint(lex.modifiers) else ():
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
    _negation(toks, hits, lex, tset, at)
    # "helped broker a deal", "helped turn the war", "helping to secure stability": "help" before a
    # verb is an auxiliary of that verb's act, no aid of its own (aid is "help" with an object:
    # "help Ukraine", "help the refugees"); the act it helps, if any, is read as it stands
    if not tset.isdisjoint(lex.auxiliaries):
        for h in hits:
            if h.dropped or h.negated or h.word not in lex.auxiliaries or h.j >= n:
                continue
            nxt = toks[h.j]
            c = lex.words.get(nxt)
            if nxt == "to" or nxt in lex.bare_infinitives or (c is not None and not c.noun):
                h.dropped = True
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
        elif h.cue.code.startswith(lex.endorse_codes):  # "hailed the show of force": endorsed
            h2.prefix = f"{h.word} endorsed>" + h2.prefix
        else:
            h2.prefix = f"{h.word}>" + h2.prefix
            if h.cue.code.startswith(_APPEAL) and h2.cue.code.startswith(lex.custody_codes) and h2.value < 0:
                # "urged our German colleagues to extradite this criminal": asking another party
                # to hand someone over is a demand (audit A4 (a), CAMEO 10), not cooperation
                h2.cue = lex.obligation_cue
                h2.value = h2.cue.value
    # a demand or an ultimatum is the act, whatever it demands ("Iraq must cooperate with the
    # inspectors", "an ultimatum to halt attacks": CAMEO 10x / 139 code the demand, not its
    # content): the act it points to in its clause is its content, no act of its own
    for idx, h in enumerate(hits):
        if h.dropped or h.negated or not h.cue.code.startswith(lex.demand_codes) or h.value <= 0:
            continue
        h2 = _next_in_clause(toks, hits, idx, lex)
        if h.word in lex.obligation and (_all_sides(toks, h.i, lex) or (h.i and toks[h.i - 1] in _NO_PARTY)):
            # "both sides must return to the table", "the parties must reach consent": asked of
            # every side of a dispute, an obligation is a mediator's appeal, which takes the
            # direction of the act it asks for (none: no act), not a demand on an adversary
            h.dropped = True
            if h2 is not None:
                h2.main = True
                h2.prefix = f"{h.word}>" + h2.prefix
            continue
        if h2 is not None:
            h2.dropped = True
    # hedges; background (adjuncts, subordinate and participial clauses)
    hedged = not tset.isdisjoint(lex.hedges)  # (most statements have no hedge: none to look for)
    against = "against" in tset  # (no "against": no defence against a cue)
    # (the hits come in reading order: a clause start is read back only to the previous hit's
    # word, and is that hit's own when no boundary or clause word stands between them)
    prev_i, prev_lo = 0, 0
    for h in hits:
        if h.dropped:
            continue
        lo = _clause_start(toks, h.i, lex, floor=prev_i) if h.i >= prev_i else _clause_start(toks, h.i, lex)
        if lo == prev_i and h.i >= prev_i:
            lo = prev_lo
        prev_i, prev_lo = h.i, lo
        for k in range(max(lo, h.i - 3), h.i) if hedged else ():
            if toks[k] in lex.hedges:
                h.value *= lex.hedge
                h.prefix = "hedged:" + h.prefix
                break
        if not h.main and (
                (lo > 0 and (toks[lo - 1] in lex.adjunct_openers or (toks[lo - 1] == "," and toks[lo].endswith("ing"))))
                or not lex.adjunct_openers.isdisjoint(toks[lo:h.i])):
            h.weight *= lex.adjunct_weight
            # (a scene opener among the clause's words tested in C before each is read)
            h.background = (lo > 0 and _opens_scene(toks, lo - 1, lex)) or (
                not lex.scene_openers.isdisjoint(toks[lo:h.i])
                and any(_opens_scene(toks, k, lex) for k in range(lo, h.i)))
        if not h.main and not h.background and _relative(toks, lo, h, lex):
            # a relative clause describes a noun of the main clause ("an adversary that
            # threatens", "areas where agreements may be impossible"): its act is background
            if not (lo > 0 and toks[lo - 1] in lex.adjunct_openers):
                h.weight *= lex.adjunct_weight
            h.background = True
        if against and not h.main and not h.background and h.value > 0 and _defended_against(toks, lo, h, lex):
            # "Ukraine as it defends itself against Russian aggression": the attack the defender
            # suffers is named in passing (audit A11), the statement's point is elsewhere
            h.weight *= lex.adjunct_weight
            h.background = True
    # conditions ("if/unless …") and their consequences: the rest of the condition's sentence
    if cond_pos:
        ends = _sentence_ends(toks)
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


_THREAT_ROOT = "13"  # CAMEO 13, threaten (threaten, warn, ultimatum)
_PAST_BE = frozenset({"was", "were", "had", "did"})


def _reported_threat(toks: list[str], h: _Hit, cond_pos: list[int]) -> bool:
    """Whether ``h`` is a threat told as made, whose condition is its content: a CAMEO 13 cue
    in a past form, or after a past verb in its clause ("Putin threatened that if anyone
    intervened …", "he issued a threat if anyone intervened", "there were warnings that if
    Russia moved …"), with the condition after it. A threat already made is no consequence of
    that condition (English sequence of tenses: the condition is reported speech, backshifted),
    so a reader who tells it reports a party's act, not a guess of its own."""
    if not h.cue.code.startswith(_THREAT_ROOT) or not any(c > h.i for c in cond_pos):
        return False
    def past(t: str) -> bool:
        return t.endswith("ed") or t in _PAST_BE or (t in _PAST and t not in _PRESENT)
    if past(h.word.split()[0]):
        return True
    for k in range(h.i - 1, max(-1, h.i - 8), -1):
        if toks[k] in BOUNDARY and toks[k] != ",":  # (a comma between adjectives: "a clear, open threat")
            return False
        if past(toks[k]):
            return True
    return False


_WH = frozenset({"how", "what", "why", "where", "when", "who", "which"})
_PREDICTION = frozenset({"would", "will", "could", "might", "may", "'ll", "'d"})


def _guessed_clauses(toks: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """The embedded wh-questions that weigh what would happen: a wh-word right after a verb or
    adjective of knowing, asking or uncertainty, whose clause (to the next boundary) holds a
    modal of prediction ("it was uncertain how far Putin would be willing to go", "to know how
    invading Taiwan would work out"). Like "whether" (escalation), the clause asks about an act,
    it does not do or report one; a plain one states what is known ("we know what their
    occupation means": no modal, the act stays)."""
    out = []
    for k in range(1, len(toks)):
        if toks[k] not in _WH or toks[k - 1] not in lex.knowing:
            continue
        e = k + 1
        while e < len(toks) and (toks[e] not in BOUNDARY or (toks[e] == "." and not _ends_sentence(toks, e))):
            e += 1  # (the clause runs on past "Mr.")
        if not _PREDICTION.isdisjoint(toks[k + 1:e]):
            out.append((k, e))
    return out


def _defended_against(toks: list[str], lo: int, h: _Hit, lex: Lexicon) -> bool:
    """Whether hostile cue ``h`` is what a party defends itself or another against: "against"
    before it (determiners, adjectives and a party's name between) and a verb of defending
    ([context].defending) before that in its sentence, within 24 words ("to defend Ukraine against
    aggression", "as they defend their homes, their hospitals … against Russian aggression")."""
    k = h.i - 1
    while k >= lo and k >= h.i - 3 and toks[k] != "against":
        k -= 1
    if k < lo or toks[k] != "against":
        return False
    for x in range(k - 1, max(-1, k - 25), -1):  # (across the commas of a list of what is defended)
        if toks[x] in _SENTENCE_END:
            return False
        if toks[x] in lex.defending:
            return True
    return False
