"""Escalation, second stage: what a statement does to each cue it holds: compounds, "the risk
of", negation, denial, rejection and yielding (and what they reach), a warning against what
is not tolerated, subsiding subjects, appeals, promises and threats of an act, demands,
hedges, background clauses, conditions and their consequences."""
from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from .escalation_cues import (_INTENSIFIERS, _PREPOSITIONS, _PASSIVE, _RAISING, _SENTENCE_END, BOUNDARY, _clause_start,
                              _ends_sentence, _Hit, _is, _negates, _next_in_clause)
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


def _imperative(toks: list[str], k: int) -> bool:
    """Whether the verb at ``k`` opens a sentence (after "just", "please" …): an imperative."""
    while k > 0 and toks[k - 1] in _IMPERATIVE_OPENERS:
        k -= 1
    return k == 0 or toks[k - 1] in _SENTENCE_END or toks[k - 1] in ("!", ":", '"')


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


def _all_sides(toks: list[str], i: int, lex) -> bool:
    """Whether the subject right before token ``i`` names every side of a dispute ("both
    sides", "all parties", "the Syrian parties", "the two sides")."""
    if not (i and toks[i - 1] in lex.sides):
        return False
    return any(toks[k] in lex.all_of for k in range(max(0, i - 4), i - 1))


def _read_context(toks: list[str], hits: list[_Hit], lex: Lexicon, tset: set[str], cond_pos: list[int]) -> None:
    n = len(toks)
    at: dict[int, _Hit] = {k: h for h in hits for k in range(h.i, h.j)}
    # adjacent noun cues of one direction are one compound; its head counts ("peace deal")
    for h1, h2 in pairwise(hits):
        # (a null cue, Goldstein 0, only blocks a phrase: "a negotiated solution with respect to Syria")
        if h1.j == h2.i and h1.cue.noun and h2.cue.noun and h2.value and (h1.value > 0) == (h2.value > 0):
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
    ops = lex.operator_ends
    for h in hits:
        if h.dropped:
            continue
        # (a cue in scare quotes stays in its clause: 'had not crossed "red lines"')
        lo = max(_clause_start(toks, h.i - 1 if h.i and toks[h.i - 1] == '"' else h.i, lex), h.i - lex.window)
        passed: list[_Hit] = []
        for k in range(h.i - 1, lo - 1, -1):
            other = at.get(k)
            kind = ""
            t = toks[k]
            if t not in ops and not t.endswith("n't"):
                pass  # (most tokens: no operator ends here)
            elif _negates(toks, k, lex):
                kind = "negation"
            elif _is(toks, k, lex.denials):
                kind = "denial"
            elif (h.value < 0 or _conflict_in_general(toks, h, k)) and _is(toks, k, lex.rejections):
                kind = "rejection"
            elif h.value > 0 and _is(toks, k, lex.yielding):
                kind = "yielding"
            if kind == "negation" and tuple(toks[k + 1:k + 3]) in _NO_NEED:
                # "we did not have to appeal", "no need to fight": no obligation, the act is
                # neither done nor refused
                h.dropped = True
                break
            if kind == "negation" and h.value < 0 and (toks[k] in _PAST_NOT or (toks[k] == "not" and toks[k - 1] == "did")):
                # "we did not forge a single treaty": a past cooperative act that did not happen is
                # told as absent, neither done nor refused ("we will not sign", "cannot agree" refuse)
                h.dropped = True
                break
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
            if kind == "denial" and h.value > 0 and _is(toks, k, lex.preventing):
                # "prevent a large-scale invasion", "avert another war": an aim against what has not
                # happened, neither the act nor its undoing
                h.dropped = True
                operators.add(k)
                if other is not None:
                    other.dropped = True  # (the verb's own cue goes with it)
                break
            if kind == "denial" and h.value > 0 and toks[k] in lex.halting and _imperative(toks, k):
                # "Stop the attacks!", "End the occupation now": an order to another party to halt
                # its hostile act is a demand (CAMEO 10), not the act undone
                h.cue = lex.obligation_cue
                h.value = h.cue.value
                h.main = True  # (the act ordered halted is the order's, no topic)
                h.prefix += f"{toks[k]}:"
                operators.add(k)
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
                    size = max(1, _is(toks, k, lex.denials), _is(toks, k, lex.rejections), _is(toks, k, lex.yielding))
                    for k2 in range(k - size, lo - 1, -1):  # (before the operator's own words: "give up")
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
        if h.negated == "yielding" or not h.negated or h.dropped:  # (dropped: consumed as an operator)
            continue
        last = h
        for h2 in hits[order[id(h)] + 1:]:
            if h2.dropped or h2.negated:
                continue
            gap = toks[last.j - 1:h2.i]  # with the last word of the cue: "calls for"
            # (a negated light verb reaches its event noun of its own direction: "cannot
            # impose sanctions"; not "cannot agree to a war", which rejects)
            light = _is(toks, last.j - 1, lex.support) and last.cue.value * h2.value > 0
            if len(gap) > 6 or not (light or any(t in lex.reach for t in gap)) \
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
    # (a passive alone is no subsiding: only with a verb of `denials`, and the tokens are read
    # only when the statement has one of these words)
    if not tset.isdisjoint(lex.subside[0]) or not tset.isdisjoint(lex.subside_last) or (
            not tset.isdisjoint(_PASSIVE) and not tset.isdisjoint(lex.denials[0])):
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
    # a demand or an ultimatum is the act, whatever it demands ("Iraq must cooperate with the
    # inspectors", "an ultimatum to halt attacks": CAMEO 10x / 139 code the demand, not its
    # content): the act it points to in its clause is its content, no act of its own
    for idx, h in enumerate(hits):
        if h.dropped or h.negated or not h.cue.code.startswith(lex.demand_codes) or h.value <= 0:
            continue
        h2 = _next_in_clause(toks, hits, idx, lex)
        if h.word in lex.obligation and _all_sides(toks, h.i, lex):
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
            h.background = (lo > 0 and _opens_scene(toks, lo - 1, lex)) or any(
                _opens_scene(toks, k, lex) for k in range(lo, h.i))
        if not h.main and not h.background and _relative(toks, lo, h, lex):
            # a relative clause describes a noun of the main clause ("an adversary that
            # threatens", "areas where agreements may be impossible"): its act is background
            if not (lo > 0 and toks[lo - 1] in lex.adjunct_openers):
                h.weight *= lex.adjunct_weight
            h.background = True
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
