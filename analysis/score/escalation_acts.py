"""Escalation, third stage: which cues are acts between political actors (issue 16) and which
name a topic or are words in another sense: a party for "must" and for force verbs, event
nouns with their arguments, names ("the Korean War")."""
from __future__ import annotations

from .escalation_cues import _PASSIVE, _PREPOSITIONS, BOUNDARY, _clause_start, _ends_sentence, _Hit, _is
from .escalation_lexicon import Lexicon

_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "and", "but",
                      "as", "if", "for", "of", "to", "by", "with", "from", "after", "before", "we", "i", "they",
                      "he", "she", "you", "our", "their", "his", "her", "my", "your", "there", "what", "when",
                      "while", "so", "no", "not", "all", "any", "some", "every", "mr", "ms", "mrs", "dr",
                      # English closed-class words and sentence adverbs that open sentences
                      # capitalised and name nobody ("Enough to destroy the world", "Well, …")
                      "well", "yeah", "yes", "now", "why", "however", "do", "how", "okay", "just", "today",
                      "can", "first", "one", "does", "because", "are", "therefore", "or", "did", "look",
                      "last", "right", "again", "good", "hi", "two", "will", "both", "since", "over", "even",
                      "has", "given", "here", "oh", "maybe", "sure", "more", "unfortunately", "obviously",
                      "hey", "once", "sorry", "during", "moreover", "have", "who", "also", "only", "despite",
                      "indeed", "where", "many", "following", "nothing", "could", "regarding", "instead",
                      "please", "secondly", "such", "another", "yet", "was", "then", "nobody", "thus",
                      "absolutely", "other", "were", "apparently", "although", "three", "back", "which",
                      "would", "under", "according", "should", "naturally", "having", "perhaps", "very",
                      "second", "about", "actually", "otherwise", "thirdly", "enough", "let", "is", "thank",
                      "thanks", "everyone", "everybody", "nah", "lol"})


def _actor_word(toks: list[str], caps: list[bool], k: int) -> bool:
    """Whether token ``k`` can name a political actor: a capitalised word that is no
    function word ("Russia", "Turkish", "U.S."), a possessive ("Moscow's") or a pronoun of
    a party ("our", "their")."""
    if k < 0 or k >= len(toks):
        return False
    t = toks[k]
    return (caps[k] and t not in _OPENERS and t not in BOUNDARY) or t.endswith("'s") \
        or t in ("our", "their", "we", "they", "us", "them")


def _has_party(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon, more: frozenset[str] = frozenset()) -> bool:
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
               or toks[k] in more for k in range(lo, hi) if not (h.i <= k < h.j))


_READER_PARTIES = frozenset({"he", "she", "him", "her", "his"})


_PARTY_WORDS = frozenset({"we", "they", "us", "them", "our", "their", "troops", "forces", "army", "militants",
                          "rebels", "fighters", "soldiers", "civilians", "insurgents", "terrorists", "enemy",
                          "enemies", "military", "navy", "police", "jets", "warplanes", "missiles", "drones"})


def _acts_and_topics(toks: list[str], caps: list[bool], hits: list[_Hit], lex: Lexicon, party: bool = True) -> None:
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
      readers ("thanks for this", "agreed") or about things, no act between political actors."""
    outlaws = None  # (whether the statement names an outlaw at all: looked up once, when needed)
    for h in hits:
        if h.dropped:
            continue
        if h.value < 0 and h.cue.code[:2] in _GIVING:
            if outlaws is None:
                outlaws = not lex.outlaws.isdisjoint(toks)
            if outlaws and _to_outlaws(toks, h, lex):
                h.cue = lex.outlaw_cue  # "stop supplying terrorists": accused of sponsoring them
                h.value = lex.outlaw_cue.value * (-lex.flip if h.negated else 1.0)  # ("never armed terrorists")
                continue
        if h.main and h.cue is lex.obligation_cue:
            continue  # an order to halt an act ("Stop the attacks"): the demand is the act
        if h.word in lex.obligation:
            prev = toks[h.i - 1] if h.i else ""
            if not (_actor_word(toks, caps, h.i - 1) or prev in ("they", "he", "she", "you", "it")
                    or prev in lex.actor_heads):
                h.dropped = True
            continue
        if h.word in lex.other_verb_senses and _other_verb(toks, h, lex):
            h.dropped = True  # "to deal with it", "he talks", "the answer lies in": another verb
            continue
        if h.cue.evaluative:
            continue
        if h.cue.noun:
            if ((h.i and toks[h.i - 1] in lex.other_sense_objects)
                    or (h.j + 1 < len(toks) and toks[h.j] in ("against", "on", "of")
                        and toks[h.j + 1] in lex.other_sense_objects)
                    or (h.word in lex.force_verbs and _other_object(toks, h, lex))
                    or (h.word in lex.force_verbs and not h.negated and _for_a_cause(toks, caps, h))
                    or (h.cue.code[:2] == "13" and _countered(toks, caps, h, lex))):
                h.dropped = True
            elif not (h.negated or h.main):
                if caps[h.i] and h.i and toks[h.i - 1] not in BOUNDARY and toks[h.i - 1] not in _OWN:
                    h.dropped = True  # "the Korean War": a name ("our Alliance" is the party's own: below)
                else:
                    h.dropped = not _noun_is_act(toks, caps, h, lex)
            continue
        if _in_name(toks, caps, h):
            h.dropped = True  # "the American Rescue Plan", "Mutually Assured Destruction": a name
            continue
        if h.word in lex.target_verbs and any(t in lex.targets for t in toks[h.j:h.j + 4]
                                              if t not in BOUNDARY):
            h.dropped = True  # "meet the requirements", "improve governance": no act
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
        # "the insults were striking because …": an -ing form after "be" with no object is an adjective
        if h.word.endswith("ing") and h.i and toks[h.i - 1] in _PASSIVE and (
                h.j >= len(toks) or (toks[h.j] in BOUNDARY and toks[h.j] != '"') or toks[h.j] in lex.clause_words):
            h.dropped = True


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
    has provided 5 billion euros to Ukraine", "sent vaccines to 40 countries")."""
    out = []
    for i, t in enumerate(toks):
        if t not in lex.giving_verbs or (i and (toks[i - 1] in lex.determiners or toks[i - 1] == "of")):
            continue  # ("the supply of grain": a noun)
        material = False
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


def _in_name(toks: list[str], caps: list[bool], h: _Hit) -> bool:
    """Whether a verb cue is a word of a name: capitalised mid-sentence ("and Ban would not
    speculate", "the American Rescue Plan"); between two capitalised words only in a sentence
    not in title case (a headline capitalises its verbs: "Russia Expels British Diplomats")."""
    k, cased = h.i, caps.cased
    if not (cased and 0 < k and cased[k][0].isupper()) or toks[k - 1] in BOUNDARY:
        return False
    if not (cased[k - 1][0].isupper() and h.j < len(toks) and cased[h.j][0].isupper()):
        return True
    words = [x for x in range(len(toks)) if toks[x][0].isalpha()]
    return sum(caps[x] for x in words) * 2 < len(words)


_THANKS = frozenset({"thank", "thanks", "thanked", "thanking"})
# "I agree" with nothing after it in its clause assents to what was just said (a question, a
# remark) in the conversation, no agreement between parties ("we agree on the route", "I agree
# with Ankara's proposal" have their object and stay acts); English verbs of assent
_ASSENT = frozenset({"agree", "concur"})
# A capitalised noun cue after a party's possessive ("strengthening our Alliance", "their
# Union") names the party's own institution, not an event: it is read with its arguments as
# every noun cue (English possessive determiners of a party)
_OWN = frozenset({"our", "their", "your"})
_GIVING = frozenset({"05", "06", "07"})


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
_SENTENCE_END = frozenset({".", "!", "?"})


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


def _courtesy(toks: list[str], caps: list[bool], h: _Hit) -> bool:
    """Whether thanks are a courtesy to those present, no praise between political actors:
    no name or party in their sentence ("Thank you all very much", "Thanks,
    everybody", "thank you for being here", "thanks to the skill of the staff"). Thanks to a
    party stay praise (CAMEO 051: "I want to thank the Congress for its support", "thank
    you, Mr. President")."""
    lo = h.i
    while lo > 0 and not (toks[lo - 1] in _SENTENCE_END and _ends_sentence(toks, lo - 1)):
        lo -= 1
    hi = h.j
    while hi < len(toks) and not (toks[hi] in _SENTENCE_END and _ends_sentence(toks, hi)):
        hi += 1
    for k in range(lo, hi):
        t = toks[k]
        if h.i <= k < h.j or t in ("we", "us", "our", "i"):
            continue
        if (caps[k] and k > lo and t not in _OPENERS and t not in BOUNDARY) or t.endswith("'s") or t in _PARTY_WORDS:
            return False
    return True


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


def _target(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon, places: frozenset[str] = frozenset()) -> bool:
    """Whether an actor follows the cue as its argument ("sanctions on Russia", "an attack
    by the rebels", "talks with the Taliban"), or anything after "against"; ``places``: words
    that count as an actor there ("an attack on a hospital")."""
    if h.j + 1 >= len(toks):
        return False
    if toks[h.j] == "against":
        return True
    if places and toks[h.j] in lex.argument_preps | {"of"}:
        return any(t in places for t in toks[h.j + 1:h.j + 4])
    return toks[h.j] in lex.argument_preps and (
        _actor_word(toks, caps, h.j + 1) or (toks[h.j + 1] in _BEFORE_NAME and _actor_word(toks, caps, h.j + 2))
        or (toks[h.j + 1] in _BEFORE_NAME and h.j + 3 < len(toks) and toks[h.j + 2] == "."
            and _actor_word(toks, caps, h.j + 3)))


_BEFORE_NAME = frozenset({"the", "mr", "ms", "mrs", "dr"})
# English determiners and object pronouns that open a verb's object ("shelling the town",
# "bombing its own people", "attacking them")
_OBJECT_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                             "my", "your", "them", "him", "us", "it"})  # "an attack by Mr. Putin"


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
    if h.value > 0 and h.word.endswith("ing") and h.j < len(toks) and prev not in lex.determiners and (
            toks[h.j] in _OBJECT_OPENERS or _actor_word(toks, caps, h.j)):
        return True  # "the army kept shelling the villages": an -ing form with its object is the verb
    lo = max(_clause_start(toks, h.i, lex, words=False), h.i - lex.support_window - 1)
    if any(_is(toks, k, lex.support) for k in range(lo, h.i)):
        return True
    if _actor_word(toks, caps, h.i - 1) or (h.i >= 2 and _actor_word(toks, caps, h.i - 2) and prev not in BOUNDARY):
        return True
    if h.value > 0 and (prev in lex.civilian_targets or _target(toks, caps, h, lex, lex.civilian_targets)):
        return True  # "the kindergarten attack", "shelling of hospitals": an attack on a party's people
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
    ph = lex.on_the_table
    for k in range(h.j, min(len(toks), h.j + 6)):
        if toks[k] in BOUNDARY:
            break
        if toks[k] == ph[0] and tuple(toks[k:k + len(ph)]) == ph:
            return True  # "all options are on the table"
    return False
