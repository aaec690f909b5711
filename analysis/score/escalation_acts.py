"""Escalation, third stage: which cues are acts between political actors (issue 16) and which
name a topic or are words in another sense: a party for "must" and for force verbs, event
nouns with their arguments, names ("the Korean War"). Who can be a party is read in
``escalation_parties``, an event noun's arguments in ``escalation_nouns``, other senses and
special objects in ``escalation_senses``."""
from __future__ import annotations

from .escalation_cues import _PASSIVE, _PAST, _PRESENT, _SENTENCE_END, BOUNDARY, _Hit
from .escalation_lexicon import Lexicon
from .escalation_nouns import _done, _noun_is_act
from .escalation_parties import _READER_PARTIES, _actor_word, _courtesy, _has_party, _in_name
from .escalation_senses import (_appeal_of_another_kind, _countered, _domestic, _for_a_cause, _force_is_no_act,
                                _other_object, _other_verb, _pro_act, _to_outlaws)

def _acts_and_topics(toks: list[str], caps: list[bool], hits: list[_Hit], lex: Lexicon, party: bool = True,
                     tset: set[str] | frozenset[str] | None = None) -> None:
    """Drop the cues that are no act between political actors (issue 16):

    * "X must …" is a demand only of a party ("Libya must", "they must"), not of "the world";
    * a force word on a natural or social force is another sense ("fight poverty", "the war
      on terror", "the earthquake destroyed villages");
    * a force verb is an act only with a party in its clause ("destroy documents" is not),
      and a force verb on an event noun without an actor argument is a topic ("fight these
      endless, senseless wars"); an -ing form after "be" with no object is an adjective;
    * an event noun is an act only with its arguments (:func:`_noun_is_act`); a capitalised
      one is a name ("the Korean War"). Evaluative words count wherever they stand;
    * ``party`` False (a reader's comment): a verb act with no party in its clause is between
      readers ("thanks for this", "agreed") or about things, no act between political actors.

    ``tset``: the set of ``toks`` when the caller has it (its few distinct words are looked up,
    not each token)."""
    if tset is None:
        tset = frozenset(toks)
    if not tset.isdisjoint(lex.heading_ordinals):
        _headings(toks, hits, lex)
    outlaws = None  # (whether the statement names an outlaw at all: looked up once, when needed)
    domestic = not tset.isdisjoint(lex.domestic_words)
    to = "to" in tset  # (no "to": no capacity to act, "the capability to strike")
    for h in hits:
        if h.dropped:
            continue
        root = h.cue.code[:2]  # (the cue's CAMEO root, read by the tests below: each changes the cue only to continue)
        if domestic and h.value < 0 and root in _MATERIAL and _domestic(toks, caps, h, lex):
            h.dropped = True  # "helping homeowners", "student loans": domestic policy, no act between parties
            continue
        if h.value < 0 and root in _GIVING:
            if outlaws is None:
                outlaws = not tset.isdisjoint(lex.outlaws)
            if outlaws and _to_outlaws(toks, h, lex):
                h.cue = lex.outlaw_cue  # "stop supplying terrorists": accused of sponsoring them
                h.value = lex.outlaw_cue.value * (-lex.flip if h.negated else 1.0)  # ("never armed terrorists")
                continue
        if h.main and h.cue is lex.obligation_cue:
            continue  # an order to halt an act ("Stop the attacks"): the demand is the act
        if h.word in lex.obligation:
            prev = toks[h.i - 1] if h.i else ""
            if _joint_subject(toks, h.i):
                # "All parties in the region must meet their responsibilities", "the parties must
                # reach consent": a "must" addressed to all parties jointly is an appeal (A4 c)
                h.cue = lex.words["appeal"]
                h.value = h.cue.value
                continue
            if not (_actor_word(toks, caps, h.i - 1) or prev in ("they", "he", "she", "you", "it")
                    or prev in lex.actor_heads or _punitive_passive(toks, hits, h)):
                h.dropped = True
            continue
        if (root == "03" or ">" in h.prefix) and _offered_in_free_relative(toks, h, lex):
            h.dropped = True  # "what Putin and Russia offer isn't a new order": the thing offered, named
            continue
        if root == "02" and (_pro_act(toks, h, lex) or _appeal_of_another_kind(toks, h, lex)):
            # "we call on the world to do the same": the act asked for is elsewhere (A1); "appeal to
            # the Court", "urged American citizens to depart": no request to another party
            h.dropped = True
            continue
        if h.word in lex.other_verb_senses and _other_verb(toks, h, lex):
            h.dropped = True  # "to deal with it", "he talks", "the answer lies in": another verb
            continue
        if h.value > 0 and to and "to" in toks[max(0, h.i - 8):h.i] and _capacity(toks, h, lex):
            h.dropped = True  # "the capability to strike", "enough nukes to destroy": could do
            continue
        if h.cue.evaluative:
            continue
        if h.cue.noun:
            if ((h.i and toks[h.i - 1] in lex.other_sense_objects)
                    or (h.j + 1 < len(toks) and toks[h.j] in ("against", "on", "of")
                        and toks[h.j + 1] in lex.other_sense_objects)
                    or (h.word in lex.force_verbs and _other_object(toks, h, lex))
                    or (h.word in lex.force_verbs and not h.negated and _for_a_cause(toks, caps, h))
                    or (root == "13" and _countered(toks, caps, h, lex))):
                h.dropped = True
            elif not (h.negated or h.main):
                if caps[h.i] and h.i and toks[h.i - 1] not in BOUNDARY and toks[h.i - 1] not in _OWN:
                    h.dropped = True  # "the Korean War": a name ("our Alliance" is the party's own: below)
                else:
                    # a reader's hostile event noun counts only as done or told as done, not named by
                    # its agent's adjective or its target alone ("the scope of Russian aggression",
                    # "war against a nuclear power": an opinion about it, audit A7)
                    h.dropped = not _noun_is_act(toks, caps, h, lex) or (
                        not party and h.value > 0 and not _done(toks, caps, h, lex)) or (
                        not party and h.value < 0 and not _has_party(toks, caps, h, lex, _READER_PARTIES))
            continue
        if _in_name(toks, caps, h):
            h.dropped = True  # "the American Rescue Plan", "Mutually Assured Destruction": a name
            continue
        if h.word in lex.target_verbs and any(t in lex.targets for t in toks[h.j:h.j + 4]
                                              if t not in BOUNDARY):
            h.dropped = True  # "meet the requirements", "improve governance": no act
            continue
        if h.word.startswith(("allow", "permit")) and _event_let_happen(toks, h):
            h.dropped = True  # "Trump allowed this to happen": an event let happen, no concession to a party
            continue
        if h.word in _THANKS and _courtesy(toks, caps, h):
            h.dropped = True
            continue
        if h.word in _ASSENT and h.i and toks[h.i - 1] == "i" and (h.j >= len(toks) or toks[h.j] in BOUNDARY):
            h.dropped = True  # "I agree.", "Exactly so, I agree": assent to what was said, no act
            continue
        if h.word in lex.force_verbs and h.j < len(toks) and (toks[h.j] in lex.comitative or (
                toks[h.j] == "with" and h.j + 1 < len(toks) and toks[h.j + 1] in ("us", "our"))):
            h.cue = lex.alongside_cue  # "fought alongside us", "fought with us": military cooperation
            h.value = h.cue.value * (-lex.flip if h.negated else 1.0)
            for h2 in hits:  # the partner named after it is no act ("alongside our troops")
                if h.j < h2.i <= h.j + 3 and h2.cue.noun:
                    h2.dropped = True
            continue
        if h.word in lex.force_verbs and h.cue is not lex.disarm_cue:  # (disarmament is between parties)
            h.dropped = _force_is_no_act(toks, caps, hits, h, lex)
        elif not (party or h.negated or h.main or h.prefix) and not _has_party(toks, caps, h, lex, _READER_PARTIES):
            # a reader's verb act with no party in its clause is an exchange between readers
            # ("thanks for this", "agreed", "I agree with you") or about things, not between
            # political actors; "he", "she" name the leaders readers write about
            h.dropped = True
        # "the year Israel was established", "peace will be established": a material-cooperation
        # verb (CAMEO 06) in the passive with no agent reports that something came into being, no
        # act between parties ("aid was delivered", 07, is given by someone whether named or not)
        if (h.cue.code[:2] == "06" and h.value < 0 and h.word.endswith("ed") and h.i and toks[h.i - 1] in _PASSIVE
                and "by" not in toks[h.j:h.j + 4]):
            h.dropped = True
        if h.word in lex.summon_verbs and any(t in lex.envoys for t in _clause_after(toks, h.j, 4)):
            h.cue = lex.summon_cue  # "summoned the Russian ambassador": a reprimand, no meeting
            h.value = h.cue.value
            h.dropped = h.dropped or bool(h.negated)  # (a summons not made: no act either way)
        if h.value > 0 and not h.cue.noun and _patient_state(toks, h, lex):
            h.dropped = True
        # "the insults were striking because …": an -ing form after "be" with no object is an adjective
        if h.word.endswith("ing") and h.i and toks[h.i - 1] in _PASSIVE and (
                h.j >= len(toks) or (toks[h.j] in BOUNDARY and toks[h.j] != '"') or toks[h.j] in lex.clause_words):
            h.dropped = True


def _clause_after(toks: list[str], j: int, n: int) -> list[str]:
    """Up to ``n`` tokens from ``j``, to the clause's first boundary."""
    out = []
    for t in toks[j:j + n]:
        if t in BOUNDARY:
            break
        out.append(t)
    return out


_STATE_ADVERBS = frozenset({"already", "still", "also", "just", "now", "long", "never", "repeatedly", "often"})


def _patient_state(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether the hostile verb at ``h`` is a perfect or progressive passive with no agent
    ("he has already been punished", "Russia has been accused of …", "a state is being
    invaded", "we've been warned"): the clause tells the state its subject is in, the
    patient's, and names no one who acts (no "by" after it in its sentence) (the resultative perfect and the progressive passive:
    Quirk et al. 1985, 3.63-3.66 and 4.26), no act between parties. An act named by an event
    noun ("the sanctions have been imposed") or with its agent ("has been shelled by the
    army") stays the act reported; so does the simple past ("he was detained"), a narrative
    event."""
    w = h.word.split()[0]
    if not (w.endswith(("ed", "en")) or (w in _PAST and w not in _PRESENT)):
        return False  # (an active progressive: "have been battling", "we have been warning")
    k = h.i - 1
    while k >= 0 and (toks[k].endswith("ly") or toks[k] in _STATE_ADVERBS):
        k -= 1
    if k < 1 or toks[k] not in ("been", "being"):
        return False
    for t in toks[h.j:]:  # an agent anywhere after it in its sentence ("accused of …, by officials")
        if t == "by":
            return False
        if t in _SENTENCE_END:
            break
    aux = k - 1
    while aux >= 0 and (toks[aux].endswith("ly") or toks[aux] in _STATE_ADVERBS):
        aux -= 1
    subject = toks[aux - 1] if aux >= 1 else ""
    c = lex.words.get(subject)
    return not (c is not None and c.noun)


_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "so"})
def _capacity(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether the hostile act at ``h`` is the infinitive after a noun of capacity or a
    quantity that suffices ("the capability to interdict", "enough nukes to destroy", "plenty
    of time to launch a strike"): what a party could do, neither done nor threatened (the
    infinitival complement of a noun of ability, Quirk et al. 1985, 17.30). Not "enough" after
    an adjective ("serious enough to attract sanctions": a degree, the act foreseen)."""
    for k in range(h.i - 1, max(-1, h.i - 9), -1):  # (through a purpose infinitive: "time to launch a strike to destroy")
        t = toks[k]
        if t in BOUNDARY:
            return False
        if t in _CLAUSE_OPENERS:
            return False  # (the act of a clause of its own: "capabilities to ensure that they are punished")
        if t != "to":
            continue
        before = toks[max(0, k - 3):k]
        if before and before[-1] in lex.capacity_nouns:
            # a capability used or shown is the act itself ("use all our capabilities to",
            # "demonstrate the capacity to impose costs": a show of force)
            return lex.capacity_shown.isdisjoint(toks[max(0, k - 6):k - 1])
        if "enough" in before:
            e = max(x for x, w in enumerate(before) if w == "enough")
            return e < len(before) - 1  # "enough" then a noun: a quantity ("enough nukes to")
        if before[-3:] == ["plenty", "of", "time"]:
            return True
    return False


# English verbs of an event's coming about or going on ("allow this to happen", "allowed to
# materialize"): what is let happen is an event, not a party's act
_EVENT_VERBS = frozenset({"happen", "occur", "materialize", "materialise", "continue", "persist", "unfold",
                          "spread", "recur", "worsen", "fester", "drag"})


def _event_let_happen(toks: list[str], h: _Hit) -> bool:
    """Whether a permitting verb ``h`` lets an event come about: "to" and a verb of occurring
    within five words after it, an adverb between allowed ("is allowed to fully materialize")."""
    for x in range(h.j, min(len(toks) - 1, h.j + 5)):
        if toks[x] in BOUNDARY:
            return False
        if toks[x] == "to":
            nxt = toks[x + 2] if toks[x + 1].endswith("ly") and x + 2 < len(toks) else toks[x + 1]
            return nxt in _EVENT_VERBS
    return False


_JOINT_HEADS = frozenset({"parties", "sides", "countries", "states", "nations", "stakeholders"})


def _joint_subject(toks: list[str], k: int) -> bool:
    """Whether the clause before "must" at ``k`` has all parties jointly as its subject: it
    opens with "all", "both" or "each" and a word for parties ("All parties in the Middle East
    must", "both sides must"), or "the parties"/"the sides" stand right before it."""
    lo = k
    while lo > 0 and toks[lo - 1] not in BOUNDARY:
        lo -= 1
    if k - lo >= 2 and toks[lo] in ("all", "both", "each") and toks[lo + 1] in _JOINT_HEADS:
        return True
    return k >= 2 and toks[k - 1] in ("parties", "sides") and toks[k - 2] in ("the", "all", "both")


_COPULA = frozenset({"is", "are", "was", "will", "be", "remains", "concerns"})


def _headings(toks: list[str], hits: list[_Hit], lex: Lexicon) -> None:
    """A plan's numbered item named ("The fourth item is security guarantees", "the sixth point
    of the formula is the withdrawal of troops"): the cues after the copula, to the end of its
    sentence, are the item's title, a topic (audit A10); the ordinal's own phrase holds no act."""
    for k, t in enumerate(toks):
        if t not in lex.heading_ordinals or k + 1 >= len(toks) or toks[k + 1] not in lex.heading_nouns:
            continue
        e = k + 2
        while e < len(toks) and e < k + 9 and toks[e] not in _COPULA and toks[e] not in BOUNDARY:
            e += 1
        if e >= len(toks) or toks[e] not in _COPULA:
            continue
        end = e + 1
        while end < len(toks) and toks[end] not in (".", "!", "?", ";"):
            end += 1
        for h in hits:
            if k <= h.i < end:
                h.dropped = True


_MODALS = frozenset({"should", "must", "will", "would", "shall", "can", "could", "may", "might", "to", "'ll"})
_FIRST_PERSON = frozenset({"we", "i", "us", "me", "our", "my", "ourselves", "myself"})


def _blames(toks: list[str], h: _Hit, lex: Lexicon) -> bool:  # (called on the found cues, before context)
    """Whether "responsible" / "culpable" at ``h`` is the predicate of a party other than the
    speaker: a be-form or "held" before it (adverbs and "not" between), no first-person word in
    the three words before that ("the regime was responsible"; not "those responsible", "we are
    responsible for our citizens")."""
    k = h.i - 1
    while k >= 0 and (toks[k].endswith("ly") or toks[k] in ("not", "also", "solely", "directly", "partly")):
        k -= 1
    if k < 0 or toks[k] not in lex.blame_copulas:
        return False
    if k and toks[k - 1] in _MODALS:
        return False  # "they should be responsible", "will be responsible for allowing": a duty, no blame
    if h.j < len(toks) and toks[h.j] == "for":
        # responsible for a harm or a hostile act blames; "for the future of the region" is a duty
        for x in range(h.j + 1, min(len(toks), h.j + 7)):
            t = toks[x]
            if t in BOUNDARY:
                break
            c = lex.words.get(t)
            if t in lex.harms or (c is not None and c.value > 0):
                break
        else:
            return False
        if toks[x] in BOUNDARY:
            return False
    lo = k
    while lo > 0 and toks[lo - 1] not in (".", "!", "?", ";", ":") and k - lo < 8:
        lo -= 1
    return not any(t in _FIRST_PERSON for t in toks[lo:k])  # ("we, leaders and politicians, are responsible")


_THANKS = frozenset({"thank", "thanks", "thanked", "thanking"})


def _offered_in_free_relative(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether a verb of promising or offering (CAMEO 03: the cue itself, or the pass-through verb
    before the act it points to) stands in a free relative clause, "what" and its subject (a name,
    a pronoun, a short noun phrase) and auxiliaries right before it: "what Putin and Russia offer",
    "what we offer as security guarantees", "what I can promise to you is": the clause names the
    thing offered, a topic (Quirk et al. 1985, 15.8: nominal relative clauses), not the act."""
    verbs = [k for k in range(h.i, max(-1, h.i - 4), -1) if toks[k] in lex.words
             and lex.words[toks[k]].code[:2] == "03" and not lex.words[toks[k]].noun]
    for v in verbs:
        for k in range(v - 1, max(-1, v - 5), -1):
            t = toks[k]
            if t == "what":
                if k + 1 < v:
                    return True
                break
            if t in BOUNDARY or t in _WH_STOP:
                break
    return False


# (what ends the free relative's search: another clause opens, or the verb is negated)
_WH_STOP = frozenset({"that", "which", "who", "if", "because", "to", "not", "never"})


# "I agree" with nothing after it in its clause assents to what was just said (a question, a
# remark) in the conversation, no agreement between parties ("we agree on the route", "I agree
# with Ankara's proposal" have their object and stay acts); English verbs of assent
_ASSENT = frozenset({"agree", "concur"})


# A capitalised noun cue after a party's possessive ("strengthening our Alliance", "their
# Union") names the party's own institution, not an event: it is read with its arguments as
# every noun cue (English possessive determiners of a party)
_OWN = frozenset({"our", "their", "your"})


_GIVING = frozenset({"05", "06", "07"})
_MATERIAL = frozenset({"06", "07"})  # material cooperation and aid


def _punitive_passive(toks: list[str], hits: list[_Hit], h: _Hit) -> bool:
    """Whether "must" at ``h`` is followed by "be" and a hostile act in the passive ("those
    responsible must be punished", "the guilty must be brought to justice"): a call for an act
    against its subject, whoever carries it out (issue 16 audit A4 a), a demand even when the
    subject is no party by its words."""
    if h.j + 1 >= len(toks) or toks[h.j] != "be":
        return False
    return any(h.j < h2.i <= h.j + 4 and (h2.cue.code[:2] in _PUNITIVE or h2.cue.code[:2] in _CONDEMNING)
               for h2 in hits)


# CAMEO roots of acts against what is named: disapprove (11: "must be condemned"), reject (12: "must
# be rejected"), both calls for an act against their subject (A4 a) as a punishment is
_CONDEMNING = frozenset({"11", "12"})
_PUNITIVE = frozenset({"16", "17"})  # CAMEO roots: reduce relations (sanction, expel), coerce (punish, arrest)
