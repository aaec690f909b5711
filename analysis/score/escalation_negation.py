"""Escalation, second stage (1): what a negation does to a cue (the readers of what stands
before it are in ``escalation_negators``). Plain negation, denial,
rejection and yielding read back from each cue within its clause (and what they reach: a
negated cue's complement, an anaphor's antecedent), a warning against what is not
tolerated, an imperative to halt a hostile act (a demand), an aim to prevent one, a past
cooperative act that did not happen, and subsiding subjects ("tensions eased", "sanctions
were lifted")."""
from __future__ import annotations

from bisect import bisect_left
from itertools import compress, count

from .escalation_cues import (_INTENSIFIERS, _PASSIVE, _RAISING, BOUNDARY, _clause_start, _Hit, _is,
                              _negates)
from .escalation_lexicon import Lexicon
from .escalation_negators import (_NO_NEED, _PAST_NOT, _agent_named, _between_refusal, _conflict_in_general,
                                  _complement_start, _denied_fact, _event_fails, _manner_negated, _relative_negation, _found_absent, _imperative, _not_subsided, _obliged, _only_exception,
                                  _refused_conflict)


_DENY = "016"  # CAMEO 016, deny responsibility


def _negation(toks: list[str], hits: list[_Hit], lex: Lexicon, tset: set[str],
              at: dict[int, _Hit]) -> None:
    """Negation, denial, rejection, yielding and subsiding, in place on ``hits`` (``at``: the
    hit at each token)."""
    # negation, denial, rejection, yielding: look back from each cue within its clause
    operators: set[int] = set()
    negated: list[_Hit] = []
    ops = lex.operator_ends
    # where an operator can end: a cue with none of these before it in its window reads no
    # operator (the scan below only passes other cues until it meets one, changing nothing),
    # so its clause need not be found nor its words read (most cues: ~10 % of grading)
    nt = "n't" in " ".join(toks)  # (whether any token can end in "n't": the set look-ups alone in C)
    op_at = [k for k, t in enumerate(toks) if t in ops or t.endswith("n't")] if nt else \
        list(compress(count(), map(ops.__contains__, toks))) if not tset.isdisjoint(ops) else []
    for h in hits:
        x = bisect_left(op_at, h.i)  # (the last operator before the cue: none, or out of its window)
        if h.dropped or not x or op_at[x - 1] < h.i - lex.window:
            continue
        # (a cue in scare quotes stays in its clause: 'had not crossed "red lines"')
        lo = _clause_start(toks, h.i - 1 if h.i and toks[h.i - 1] == '"' else h.i, lex, floor=h.i - lex.window)
        passed: list[_Hit] = []
        for k in range(h.i - 1, lo - 1, -1):
            other = at.get(k)
            t = toks[k]
            if t not in ops and not t.endswith("n't"):
                # most tokens: no operator ends here, so none of the operators' readings below
                # applies, only the look past another cue at the end of the loop
                if other is not None and not other.dropped:
                    if t in lex.transparent or (h.value <= 0 and t in lex.yielding[0]):
                        passed.append(other)
                    else:
                        break  # another event in between: a negation before it is that event's
                continue
            kind = ""
            if _negates(toks, k, lex):
                kind = "negation"
            elif _is(toks, k, lex.denials) or (h.value > 0 and _is(toks, k, lex.preventing)):
                kind = "denial"
            elif (h.value < 0 or _conflict_in_general(toks, h, k)) and _is(toks, k, lex.rejections):
                kind = "rejection"
            elif h.value > 0 and _is(toks, k, lex.yielding):
                kind = "yielding"
            if kind == "negation" and h.cue.code == _DENY:
                # "we cannot deny that it has been a bitter experience", "he did not deny the
                # reports": a denial negated admits, it neither denies nor reassures
                h.dropped = True
                break
            if kind == "negation" and _only_exception(toks, h.j):
                # "this would not harm anyone but the Americans", "they brought nothing but war": a
                # negation with an exception after the act says whom or what it is done to alone (the
                # act is done), no negated act
                break
            if kind == "negation" and tuple(toks[k + 1:k + 3]) in _NO_NEED:
                # "we did not have to appeal", "no need to fight": no obligation, the act is
                # neither done nor refused
                h.dropped = True
                break
            if kind == "negation" and _manner_negated(toks, h):
                # "we don't want to negotiate too much in public", "it is not negotiating in
                # public": the negation bears on the manner, the act is neither refused nor denied
                h.dropped = True
                break
            if kind == "negation" and h.value < 0 and (toks[k] in _PAST_NOT or (toks[k] == "not" and toks[k - 1] == "did")):
                # "we did not forge a single treaty": a past cooperative act that did not happen is
                # told as absent, neither done nor refused ("we will not sign", "cannot agree" refuse)
                h.dropped = True
                break
            if kind == "denial" and h.value < 0 and toks[k].startswith("fail") and _event_fails(toks, hits, h, k, lex):
                # "Talks on the issue failed to achieve a deal": an event that did not bring about a
                # cooperative act reports no agreement and blames nobody (a party that "failed to
                # live up to the agreement" is accused, below as before)
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
            if kind == "negation" and h.value > 0 and (_denied_fact(toks, k, h.i, lex) or _found_absent(toks, k, h, lex)
                                                        or _relative_negation(toks, lo, k)):
                # "this is not a regional conflict", "they did not attack", "we don't see any
                # threat", "no attack occurred": a fact or a charge denied, no act
                # ([negation].fact_operators, perception, occurrence); reassurance keeps the flip below
                h.dropped = True
                break
            if kind == "denial" and h.value > 0 and _is(toks, k, lex.preventing):
                # "avert another war": an aim against what has not happened, neither the act nor its
                # undoing; "prevent a large-scale invasion", "deter aggression against NATO": a party's
                # deed named as its intent, the measures against it a warning (audit A6, CAMEO 13)
                operators.add(k)
                if other is not None:
                    other.dropped = True  # (the verb's own cue goes with it)
                if h.word in lex.situation_nouns or not h.cue.noun:
                    h.dropped = True
                else:
                    h.value *= lex.threat_of
                    h.negated = "warning"
                    h.main = True
                    h.prefix += "deterred:"
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
    # "we do not tolerate or support any war": refusing a state of conflict in general opposes it
    if not tset.isdisjoint(lex.refusing):
        for h in hits:
            if not h.dropped and h.cue.value > 0 and h.negated in ("", "warning") and _refused_conflict(toks, h, lex):
                h.value = -h.cue.value * lex.flip
                h.negated = "rejection"
                h.main = True
                h.prefix = h.prefix.replace("warning:", "")
                for h2 in hits:
                    if h2 is not h and h2.i < h.i and h.i - h2.i <= lex.window and h2.cue.noun is False:
                        h2.dropped = h2.dropped or _between_refusal(toks, h2.i, h.i, lex)
    # the negation reaches into the negated cue's complement ("a proposal for a cease-fire");
    # a rejection only reaches cooperative cues ("rejected an appeal for deploying troops")
    order = {id(h): x for x, h in enumerate(hits)} if negated else {}
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
            if h.word in lex.perception and h2.value > 0 and h.negated == "negation":
                h2.dropped = True  # "we don't see any credible threat": found absent, no act
                break
            h2.value = -h2.value * lex.flip
            h2.negated = h.negated
            h2.prefix += "negated:"
            last = h2
    # "won't allow this": the negation reaches back to the escalatory cue "this" stands for
    if tset & lex.anaphors:
        for k in list(compress(count(), map(lex.anaphors.__contains__, toks))):
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
            lo = _complement_start(toks, _clause_start(toks, k - size + 1, lex, words=False), k - size + 1, lex)
            if _not_subsided(toks, k - size + 1, lex):
                # "the shelling has not stopped", "the attacks which never ended": the act goes on,
                # told as happening (no topic); the negated verb is no act of its own
                for h in hits:
                    if lo <= h.i and h.j <= k - size + 1 and h.cue.noun and h.value > 0 and not h.dropped \
                            and not h.negated:
                        h.main = True
                for x in range(k - size + 1, k + 1):
                    if x in at:
                        at[x].dropped = True
                continue
            flipped = False
            ordered = _obliged(toks, k - size + 1, lex)
            for h in hits:
                if lo <= h.i and h.j <= k - size + 1 and h.cue.noun and h.value > 0 and not h.dropped \
                        and not h.negated:
                    if ordered and (h.word not in lex.situation_nouns or _agent_named(toks, h, lo, k - size + 1)):
                        # "Russia's aggression must stop", "the attacks have to end": a party's deed
                        # ordered to stop is a demand on that party (CAMEO 10, issue 16 audit A4 (b));
                        # a state of war ordered to end with no party named is an appeal for peace
                        # (A4 (c): "the fighting must stop"), read as subsiding below
                        h.cue = lex.obligation_cue
                        h.value = h.cue.value
                        h.main = True
                        h.prefix += f"{toks[k]}:"
                        for x in range(h.i + 1, k + 1):
                            if x in at and at[x] is not h:
                                at[x].dropped = True  # ("must": the same demand, counted once)
                        continue
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
