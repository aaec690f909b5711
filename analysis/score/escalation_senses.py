"""Escalation, third stage (2): verbs and nouns in another sense, and the special readings of
a cue's object: a force verb on a natural or social force or for a cause ("fight poverty",
"fight for their freedom"), a threat countered ("countering global threats"), a noun cue
used as its verb of another sense ("to deal with it"), giving goods or money to a party (aid),
supplies to outlaws (an accusation), destroying an arsenal (disarmament); aid to a government's own
people (domestic policy), an appeal for a pro-form ("to do the same"), to a court or to one's own
nationals (no act between parties)."""
from __future__ import annotations

from .escalation_cues import _PASSIVE, _PREPOSITIONS, BOUNDARY, _Hit, _is
from .escalation_lexicon import Lexicon
from .escalation_parties import _OPENERS, _actor_word, _has_party, _target

def _countered(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon) -> bool:
    """Whether a noun of threat is the object of a verb of countering or facing, with only
    determiners and adjectives between and no actor ("countering global threats",
    "eliminating that threat", "meet new threats"): a danger named, no party's threat ("faces a
    threat from the militias" names who threatens)."""
    if h.j < len(toks) and toks[h.j] in ("from", "by"):
        return False
    for k in range(h.i - 1, max(-1, h.i - 4), -1):
        t = toks[k]
        if t in lex.countering:
            return True
        if t in BOUNDARY or _actor_word(toks, caps, k) or (t not in lex.determiners and t in lex.words):
            return False
    return False


def _gifts(toks: list[str], caps: list[bool], lex: Lexicon) -> list[_Hit]:
    """Giving goods or money to a party is aid (CAMEO 07): a verb of giving ([acts].giving_verbs)
    with a material object ([acts].gift_objects) and a party after "to" in its clause ("the EU
    has provided 5 billion euros to Ukraine", "sent vaccines to 40 countries"; in the passive, "food
    was sent to Syria")."""
    out = []
    for i, t in enumerate(toks):
        if t not in lex.giving_verbs or (i and (toks[i - 1] in lex.determiners or toks[i - 1] == "of")):
            continue  # ("the supply of grain": a noun)
        # the passive: the goods before "be" and the participle ("equipment will be provided to
        # the watchdog", "77 tonnes of food were sent to Syria")
        material = i >= 2 and toks[i - 1] in _PASSIVE and any(
            u in lex.gift_objects for u in toks[max(0, i - 8):i - 1] if u not in BOUNDARY) and not any(
            u in BOUNDARY for u in toks[max(0, i - 3):i])
        for k in range(i + 1, min(len(toks), i + 12)):
            u = toks[k]
            if u in BOUNDARY:
                break
            if u in lex.gift_objects:
                material = True
            elif u == "to" and material:
                if any(_actor_word(toks, caps, x) or toks[x] in lex.actor_heads or toks[x] in lex.recipients
                       for x in range(k + 1, min(len(toks), k + 5)) if toks[x] not in BOUNDARY):
                    out.append(_Hit(i, i + 1, lex.gift_cue, t, lex.gift_cue.value))
                break
    return out


def _to_outlaws(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether one of [senses].outlaws stands within outlaw_window words of cue ``h`` in its
    clause (its object, or its subject in the passive: "terrorists are supported by"), with
    no other cue between ("cooperation in fighting terrorist groups" fights them)."""
    w = lex.outlaw_window
    for k in range(h.j, min(len(toks), h.j + w)):
        if toks[k] in BOUNDARY or toks[k] in lex.words:
            break
        if toks[k] in lex.outlaws:
            return True
    for k in range(h.i - 1, max(-1, h.i - w - 1), -1):
        if toks[k] in BOUNDARY or toks[k] in lex.words:
            break
        if toks[k] in lex.outlaws:
            return True
    return False


_PLACE = frozenset({"in", "with", "ahead", "at", "on", "behind", "beyond", "within", "between", "elsewhere"})


_SUBJECTS = frozenset({"it", "that", "which", "what", "there", "where", "he", "she", "who", "this"})


def _other_verb(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether a noun cue of [acts].other_verb_senses is used as its verb of another sense:
    after a verb marker or a subject pronoun ("to deal with", "he talks"; "to talks" is the
    noun), or "lies" before a preposition of place ("the answer lies in", "ahead lies")."""
    prev = toks[h.i - 1] if h.i else ""
    if h.word in ("lie", "lies"):  # ("it lies to everyone" accuses: only where something lies)
        return (h.j < len(toks) and toks[h.j] in _PLACE) or prev == "ahead"
    if prev == "to":  # "to deal with it", but "no alternative to talks"
        return not h.word.endswith("s")
    return prev in lex.verb_markers or prev in _SUBJECTS


def _disarmament(toks: list[str], hits: list[_Hit], lex: Lexicon) -> None:
    """A destroying verb whose object, within four words after it, is a stock of weapons
    ("destroy the chemical arsenal") is disarmament, not an attack: its cue becomes
    [senses].disarm_cue before the context is read (so "refused to destroy" rejects it)."""
    for h in hits:
        if h.word not in lex.disarm_verbs:
            continue
        if h.cue is lex.disarm_cue:  # a verb that is no cue of its own: disarmament or nothing
            h.dropped = True
        after = toks[h.j:h.j + 5]
        for k, t in enumerate(after):
            if t in BOUNDARY:
                break
            if t in lex.disarm_objects or (k + 1 < len(after) and f"{t} {after[k + 1]}" in lex.disarm_objects):
                h.cue, h.value = lex.disarm_cue, lex.disarm_cue.value
                h.dropped = not _performed(toks, h.i, lex)
                break


_BE = frozenset({"is", "are", "was", "were", "be", "been", "am", "'s", "'re"})


def _performed(toks: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the verb at ``i`` is done or committed to by an actor: a finite verb, an -ing
    form after "be" ("are destroying"), or an infinitive or -ing form after a verb of
    committing, intending or agreeing ("agreed to destroy", "pledged to eliminate",
    "committed to destroying"). Not a gerund or participle naming a topic ("destroying
    the arsenal: a guide", "the means employed to destroy it")."""
    t, prev = toks[i], toks[i - 1] if i else ""
    if prev == "to":
        v = toks[i - 2] if i >= 2 else ""
        c = lex.words.get(v)
        return v in lex.pass_through or v in lex.transparent or (c is not None and not c.noun)
    if t.endswith("ing"):
        return prev in _BE
    return True


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
    if _for_a_cause(toks, caps, h):
        return True
    if not _has_party(toks, caps, h, lex, lex.civilian_targets):  # "destroy documents", "to kill one man"
        return True
    nxt = [t for t in toks[h.j:h.j + 3] if t not in lex.determiners]
    prev = [t for t in toks[max(0, h.i - 3):h.i] if t not in lex.determiners and t not in _PASSIVE]
    if (nxt and nxt[0] in lex.other_sense_objects) or (prev and prev[-1] in lex.other_sense_subjects):
        return True
    # (the subject of a passive is its object: "a compromise was struck")
    return _other_object(toks, h, lex) or bool(
        h.i >= 2 and toks[h.i - 1] in _PASSIVE and prev and prev[-1] in lex.other_sense_objects)


def _other_object(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether the object of force word ``h``, its head after determiners and adjectives,
    is one of [senses].objects: another sense ("fighting the pandemic", "strike a less
    aggressive tone")."""
    for k in range(h.j, min(len(toks), h.j + 4)):
        t = toks[k]
        if t in BOUNDARY or t in _PREPOSITIONS:
            return False
        if t in lex.other_sense_objects:
            return True
    return False


def _for_a_cause(toks: list[str], caps: list[bool], h: _Hit) -> bool:
    """Whether a force word is followed by "for" and a cause, no name within three words:
    "fight for their freedom", "fighting for paid leave" is a struggle for a cause, no act
    between actors ("fight for Kandahar" is fighting over a place)."""
    return h.j + 1 < len(toks) and toks[h.j] == "for" and not any(
        caps[k] and toks[k] not in _OPENERS for k in range(h.j + 1, min(len(toks), h.j + 4)))


_SENTENCE_END = frozenset({".", "!", "?", ";"})


def _domestic(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon) -> bool:
    """Whether aid or material help at ``h`` goes to a government's own people or programmes
    ([senses].domestic_beneficiaries): one of them within domestic_window words after it in its
    sentence ("to help improve housing stability", "assist federal, state, and local
    governments") or right before it ("student loans"), with no capitalised word before it ("help
    Ukrainian families", "assist Ukraine and its communities": a party named)."""
    def own(k: int) -> bool:
        t = toks[k]
        if t not in lex.domestic and not (k + 2 < len(toks) and f"{t} {toks[k + 1]} {toks[k + 2]}" in lex.domestic) \
                and not (k + 1 < len(toks) and f"{t} {toks[k + 1]}" in lex.domestic):
            return False
        return not (k and caps[k - 1] and toks[k - 1] not in BOUNDARY and k - 1 != h.i)
    if h.i and own(h.i - 1):
        return True
    for k in range(h.j, min(len(toks), h.j + lex.domestic_window)):
        if toks[k] in _SENTENCE_END or (caps[k] and toks[k] not in BOUNDARY):
            return False  # (a party named first is the one helped: "assist Ukraine and its communities")
        if own(k):
            return True
    return False


def _pro_act(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether the appeal at ``h`` asks for a pro-form ([senses].pro_acts) within pro_act_window
    words after it in its sentence: "we call on the world to do the same", "urged them to do so"
    (the act asked for is only in another sentence, audit A1)."""
    for k in range(h.j, min(len(toks) - 1, h.j + lex.pro_act_window)):
        if toks[k] in _SENTENCE_END:
            return False
        if toks[k] == "to" and any(tuple(toks[k + 1:k + 1 + len(p)]) == p for p in lex.pro_acts):
            return True
    return False


def _appeal_of_another_kind(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether the appeal at ``h`` is to a court ([senses].legal_objects within four words after
    it: "appeal to the Court of Arbitration", "appeal the verdict") or a government's advice to its
    own nationals to leave ([senses].nationals, then "to" and a verb of departing: "urged American
    citizens to depart Kazakhstan"): no act between political actors."""
    after = toks[h.j:h.j + 5]
    if any(t in lex.legal_objects for t in after[:4]):
        return True
    for x, t in enumerate(after[:3]):
        if t in lex.nationals:
            k = h.j + x + 1
            return k + 1 < len(toks) and toks[k] == "to" and bool(_is(toks, k + 1, lex.departing) or (
                k + 2 < len(toks) and _is(toks, k + 2, lex.departing) == 2))
    return False
