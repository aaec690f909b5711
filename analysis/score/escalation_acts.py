"""Escalation, third stage: which cues are acts between political actors (issue 16) and which
name a topic or are words in another sense: a party for "must" and for force verbs, event
nouns with their arguments, names ("the Korean War"). Who can be a party is read in
``escalation_parties``, other senses and special objects in ``escalation_senses``."""
from __future__ import annotations

from .escalation_cues import _PASSIVE, _PREPOSITIONS, BOUNDARY, _clause_start, _Hit, _is
from .escalation_lexicon import Lexicon
from .escalation_parties import _OPENERS, _READER_PARTIES, _actor_word, _courtesy, _has_party, _in_name, _target
from .escalation_senses import (_countered, _for_a_cause, _force_is_no_act, _other_object, _other_verb,
                                _to_outlaws)

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
    if not lex.heading_ordinals.isdisjoint(toks):
        _headings(toks, hits, lex)
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


# "I agree" with nothing after it in its clause assents to what was just said (a question, a
# remark) in the conversation, no agreement between parties ("we agree on the route", "I agree
# with Ankara's proposal" have their object and stay acts); English verbs of assent
_ASSENT = frozenset({"agree", "concur"})


# A capitalised noun cue after a party's possessive ("strengthening our Alliance", "their
# Union") names the party's own institution, not an event: it is read with its arguments as
# every noun cue (English possessive determiners of a party)
_OWN = frozenset({"our", "their", "your"})


_GIVING = frozenset({"05", "06", "07"})


# English determiners and object pronouns that open a verb's object ("shelling the town",
# "bombing its own people", "attacking them")
_OBJECT_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                             "my", "your", "them", "him", "us", "it"})  # "an attack by Mr. Putin"


def _done(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon) -> bool:
    """Whether a hostile event noun is told as done: used as a verb, performed by a light verb,
    an -ing form with its object ("bombing his own people") (:func:`_as_verb`), done to civilians
    ("this kindergarten attack"), a party's own by a possessive ("their genocide"), or the
    subject of a happening ("the shelling continued"). Not an adjective's agent or a target
    alone: for a reader's comment (audit A7), those name what the reader has an opinion about."""
    prev = toks[h.i - 1] if h.i else ""
    if _as_verb(toks, caps, h, lex) or prev.endswith("'s") or prev in ("their", "his", "its"):
        return True
    if prev in lex.civilian_targets or (h.j < len(toks) and toks[h.j] in lex.argument_preps | {"of"} and any(
            t in lex.civilian_targets for t in toks[h.j + 1:h.j + 4])):
        return True
    return _happens(toks, h, lex)


def _as_verb(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon) -> bool:
    """Whether an event noun is used as its verb ("will attack"), is a hostile -ing form with its
    object ("the army kept shelling the villages"), or is performed by a light verb ("launched
    an attack", :func:`_performs`)."""
    prev = toks[h.i - 1] if h.i else ""
    if prev in lex.verb_markers or prev.endswith("n't"):
        return True
    if h.value > 0 and h.word.endswith("ing") and h.j < len(toks) and prev not in lex.determiners and (
            toks[h.j] in _OBJECT_OPENERS or _actor_word(toks, caps, h.j)):
        return True
    lo = max(_clause_start(toks, h.i, lex, words=False), h.i - lex.support_window - 1)
    return any(_is(toks, k, lex.support) and _performs(toks, caps, k, h.i, lex) for k in range(lo, h.i))


def _happens(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether the event noun is the subject of a happening right after it ("the talks will go
    on", "the shelling continued")."""
    for k in range(h.j, min(len(toks), h.j + 4)):
        if toks[k] in BOUNDARY:
            break
        if _is(toks, k, lex.happen):
            return True
    return False


def _noun_is_act(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon) -> bool:
    """An event noun (war, peace, sanctions, attack, talks) is an act with its arguments:
    used as a verb ("will attack"), performed by a verb ("launched an attack", "imposed
    sanctions", "held talks"), with an actor as agent ("Turkish bombardments", "Russia's
    aggression") or target (:func:`_target`), endorsed if cooperative ("close cooperation"),
    or the subject of a happening ("the talks will go on"). Otherwise it names a topic
    ("the cost of war", "in this attack")."""
    prev = toks[h.i - 1] if h.i else ""
    if _as_verb(toks, caps, h, lex):
        return True
    if h.j < len(toks) and toks[h.j] in lex.topic_heads:
        return False  # "our peace formula", "Syria peace prospects", "aid groups": a compound naming a topic
    if _about(toks, h.i, lex):
        return False  # "a documentary about the Korean War", "a question on the Russian attack": its subject
    if _content_clause(toks, caps, h):
        return True  # "his demand that the U.S. stop supplying weapons": the speech act with its content
    if h.word in lex.situation_nouns and h.i >= 2 and toks[h.i - 2] == "the" and caps[h.i - 1] \
            and not prev.endswith("'s"):
        return _target(toks, caps, h, lex)  # "the Syrian conflict": a conflict named by its place, a topic
    if "any" not in toks[max(0, h.i - 3):h.i] and (  # ("any US-Russia deal": whoever's, a hypothetical)
            _actor_word(toks, caps, h.i - 1) or (h.i >= 2 and _actor_word(toks, caps, h.i - 2) and prev not in BOUNDARY)):
        return True
    if h.value > 0 and (prev in lex.civilian_targets or _target(toks, caps, h, lex, lex.civilian_targets)):
        return True  # "the kindergarten attack", "shelling of hospitals": an attack on a party's people
    if _target(toks, caps, h, lex):
        return True
    if h.value < 0:
        lo2 = max(_clause_start(toks, h.i, lex, words=False), h.i - 3)
        if any(t in lex.endorsing for t in toks[lo2:h.i] + toks[h.j:h.j + 4]):
            return True
    if _happens(toks, h, lex):
        return True
    ph = lex.on_the_table
    for k in range(h.j, min(len(toks), h.j + 6)):
        if toks[k] in BOUNDARY:
            break
        if toks[k] == ph[0] and tuple(toks[k:k + len(ph)]) == ph:
            return True  # "all options are on the table"
    return False


# CAMEO roots of speech acts whose content a that-clause states: appeal, demand, disapprove,
# reject, threaten ("his demand that the U.S. stop …", "a warning that they will respond")
_SPEECH_ACT_ROOTS = frozenset({"02", "10", "11", "12", "13"})
# English subjects that open a complement clause after "that" (a relative clause after the noun
# opens with its verb: "the demands that were rejected")
_CLAUSE_SUBJECTS = frozenset({"the", "a", "an", "this", "these", "those", "they", "he", "she", "it", "we", "i",
                              "you", "its", "their", "his", "her", "our", "any", "all", "no"})


def _content_clause(toks: list[str], caps: list[bool], h: _Hit) -> bool:
    """Whether a speech-act noun (demand, warning, appeal, threat, accusation …) has its content in
    a that-clause right after it: "that" and a subject ("his insistence and his demand that the
    U.S. stop …", "the warning that Moscow will respond")."""
    if h.cue.code[:2] not in _SPEECH_ACT_ROOTS or h.j + 1 >= len(toks) or toks[h.j] != "that":
        return False
    return toks[h.j + 1] in _CLAUSE_SUBJECTS or (caps[h.j + 1] and toks[h.j + 1] not in _OPENERS)


def _performs(toks: list[str], caps: list[bool], k: int, i: int, lex: Lexicon) -> bool:
    """Whether the light verb (or noun of performing) ending at ``k`` has the noun cue at ``i``
    as its own object: not a word of an idiom ("in order to", "in the face of"), and no
    preposition after another word between them, which would make the noun that word's
    argument ("faced criticism over any deal", "create conditions for peace"); "of" after a
    partitive ("launched a wave of attacks", "gave $7 billion in sanctions relief") or after "the
    risk of" and its kin ("bring the possibility of peace", read as the act in the context stage)
    keeps it the verb's, and so does any preposition after one that opens the verb's own
    phrase ("responsible in the first place for the conflict")."""
    for idiom in lex.support_idioms:
        for x, w in enumerate(idiom):
            if w == toks[k] and tuple(toks[k - x:k - x + len(idiom)]) == idiom:
                return False
    if k + 1 < i and (toks[k + 1] in _PREPOSITIONS or toks[k + 1] in _OWN_PHRASE):
        return True  # "responsible in the first place for the conflict": the verb's own phrase first
    for p in range(k + 2, i):
        t = toks[p]
        if t in lex.speech_objects:
            return False  # "gave different interpretations of the accord": words about it, not it
        if all(a.endswith("ly") or a in _ADVERBS for a in toks[k + 1:p]):
            continue  # "worked very hard on the aid front", "give up on peace": the verb's own phrase
        if t == "on" and toks[p + 1:p + 3] == ["the", "table"]:
            return True  # "options that remain on the table for sanctions": the idiom of [acts].on_the_table
        if t in _ARGUMENT_OF and not (t == "in" and toks[p - 1] in lex.partitives) and not (
                t == "with" and (toks[p - 1] in _PARTY_OBJECTS or _actor_word(toks, caps, p - 1))):
            return False
    return True


# A preposition after another word between a light verb and a noun cue makes the noun that
# word's argument ("criticism over any deal", "conditions for peace"); not "of", which mostly
# joins a part or a kind to its whole ("a new round of sanctions", "the framework of
# cooperation"), "to" (an infinitive as often) or "under" ("is under attack": the act suffered)
_ARGUMENT_OF = frozenset({"for", "on", "in", "about", "over", "at", "from", "with", "among", "into", "toward",
                          "towards", "without", "against", "by", "between"})
# English adverbs of degree and manner without "-ly", and the particles of phrasal verbs
# ("give up on peace"), that stand between a verb and its own phrase
_ADVERBS = frozenset({"very", "hard", "together", "so", "too", "also", "still", "already", "much", "more", "further",
                      "again", "now", "long", "up", "out", "off", "down", "away", "back"})
# words that open the verb's own phrase right after it ("ready to work within the framework")
_OWN_PHRASE = frozenset({"to", "within", "through"})
# the recipient of "provide ... with" ("provided them with aid", "provided Ukraine with $7 billion")
_PARTY_OBJECTS = frozenset({"them", "us", "him", "her", "it"})


_ABOUT = frozenset({"about", "on", "of", "over", "regarding", "concerning"})


def _about(toks: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the noun cue at ``i`` (with its determiners and modifiers) is what a noun of
    discourse is about: "a film on the Cuban missile crisis", "the history of the war", "a
    question about Russian sanctions" (``[acts].discourse_nouns``)."""
    for k in range(i - 1, max(-1, i - 6), -1):
        t = toks[k]
        if t in _ABOUT:
            return k > 0 and toks[k - 1] in lex.discourse_nouns
        if t in BOUNDARY or t in _PREPOSITIONS:
            return False
    return False
