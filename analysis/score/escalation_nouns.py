"""Event nouns and their arguments for the escalation scorer (issue 16): whether a noun cue
(war, sanctions, talks, attack) is an act between parties, performed by a light verb ("launched
an attack"), used as its verb, with an actor as agent or target, the subject of a happening or
witnessed ("monitors reported shelling"), or names a topic ("the cost of war", "a film about the
war"). :mod:`.escalation_acts` reads every cue with these."""
from __future__ import annotations

from .escalation_cues import _PASSIVE, _PREPOSITIONS, BOUNDARY, _clause_start, _Hit, _is
from .escalation_lexicon import Lexicon
from .escalation_parties import _OPENERS, _actor_word, _target

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
    # (no set built per cue: "of" beside the argument prepositions)
    if prev in lex.civilian_targets or (h.j < len(toks) and (toks[h.j] in lex.argument_preps or toks[h.j] == "of")
                                        and any(t in lex.civilian_targets for t in toks[h.j + 1:h.j + 4])):
        return True
    return _happens(toks, h, lex)


def _as_verb(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon) -> bool:
    """Whether an event noun is used as its verb ("will attack"), is a hostile -ing form with its
    object ("the army kept shelling the villages"), or is performed by a light verb ("launched
    an attack", :func:`_performs`)."""
    prev = toks[h.i - 1] if h.i else ""
    if (prev in lex.verb_markers or prev.endswith("n't")) and h.j - h.i == 1:
        return True  # (a noun phrase of two words, "security guarantees", "peace talks", is no verb)
    if h.value > 0 and h.word.endswith("ing") and h.j < len(toks) and prev not in lex.determiners and (
            toks[h.j] in _OBJECT_OPENERS or _actor_word(toks, caps, h.j)):
        return True
    support, floor = lex.support, h.i - lex.support_window - 1
    window = toks[max(floor, 0):h.i]  # (the clause's words are among these: its start is read only if needed)
    if support.one.isdisjoint(window) and support.last.isdisjoint(window):
        return False  # (no support verb's form ends among the words before: none to read one by one)
    lo = _clause_start(toks, h.i, lex, words=False, floor=floor)
    return any(_is(toks, k, support) and _performs(toks, caps, k, h.i, lex) for k in range(lo, h.i))


def _happens(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether the event noun is the subject of a happening right after it ("the talks will go
    on", "the shelling continued"), or one of force is told as witnessed (:func:`_witnessed`)."""
    for k in range(h.j, min(len(toks), h.j + 4)):
        if toks[k] in BOUNDARY:
            break
        if _is(toks, k, lex.happen):
            return True
    return h.cue.noun and h.cue.code[:2] in _FORCE and _witnessed(toks, h, lex)


_FORCE = frozenset({"18", "19", "20"})  # CAMEO's roots of force: assault, fight, mass violence


_EXISTENTIAL = frozenset({"was", "were", "been"})  # (past: "if there is a just war" is no event told)


def _witnessed(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether a noun of force is the object of a verb of witnessing or reporting with at
    most three modifiers between ("monitors reported heavy shelling"), the subject of one in the
    passive ("shelling was reported"), or stated by "there was / were" ("there was shelling"):
    an event told as taken place ([acts].witnessed)."""
    for k in range(h.i - 1, max(-1, h.i - 5), -1):
        t = toks[k]
        if t in lex.witnessed or (t in _EXISTENTIAL and k and toks[k - 1] == "there"):
            return True
        if t in BOUNDARY or t in _PREPOSITIONS or t in _PASSIVE or t in lex.clause_words or t in lex.negators \
                or t == "that":
            break
    k = h.j
    while k < len(toks) and k < h.j + 3 and toks[k] in _PASSIVE:
        k += 1
    return k > h.j and k < len(toks) and toks[k] in lex.witnessed


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
        lo2 = _clause_start(toks, h.i, lex, words=False, floor=h.i - 3)
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
