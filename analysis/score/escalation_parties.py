"""Escalation, third stage (1): who can be a party to an act. A name, a party's pronoun or an
actor head in a cue's clause ("Turkish", "they", "the rebels"), an actor as a noun's argument
("sanctions on Russia"), a verb cue that is a word of a name ("the American Rescue Plan"), and
thanks that are a courtesy to those present rather than praise of a party."""
from __future__ import annotations

from .escalation_cues import BOUNDARY, _ends_sentence, _Hit
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
    return (caps[k] and t not in _OPENERS and t not in BOUNDARY and not _common_opener(toks, caps, k)) \
        or t.endswith("'s") or t in ("our", "their", "we", "they", "us", "them")


# English derivational endings of abstract nouns and adverbs, which no state, body or person's
# name has ("Punishment", "Meanwhile", "Unfortunately"; "Italy" is too short to be read so)
_COMMON_ENDINGS = ("ment", "ness", "ity", "ism", "ship", "while", "ally", "ously", "ively", "ingly", "ately")
_NAMED_HEADS = frozenset({"parliament", "government", "establishment", "ministry"})


def _common_opener(toks: list[str], caps: list[bool], k: int) -> bool:
    """Whether the capitalised token ``k`` is capitalised only because it opens a sentence and
    is a common word by its ending, not a name: the first word, or after a sentence's end, with
    no capitalised word after it (a name's: "Security Council") and no actor head."""
    if k and toks[k - 1] not in _SENTENCE_END:
        return False
    t = toks[k]
    return t.endswith(_COMMON_ENDINGS) and t not in _NAMED_HEADS and not (k + 1 < len(toks) and caps[k + 1])


def _has_party(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon, more: frozenset[str] = frozenset(),
               exclude: frozenset[str] = frozenset()) -> bool:
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
               or toks[k] in more for k in range(lo, hi) if not (h.i <= k < h.j) and toks[k] not in exclude)


_READER_PARTIES = frozenset({"he", "she", "him", "her", "his"})


_PARTY_WORDS = frozenset({"we", "they", "us", "them", "our", "their", "troops", "forces", "army", "militants",
                          "rebels", "fighters", "soldiers", "civilians", "insurgents", "terrorists", "enemy",
                          "enemies", "military", "navy", "police", "jets", "warplanes", "missiles", "drones"})


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


_SENTENCE_END = frozenset({".", "!", "?"})


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


def _target(toks: list[str], caps: list[bool], h: _Hit, lex: Lexicon, places: frozenset[str] = frozenset()) -> bool:
    """Whether an actor follows the cue as its argument ("sanctions on Russia", "an attack
    by the rebels", "talks with the Taliban", "a strike on a Syrian base"; after "of", the
    noun's agent or patient: "the condemnation of Hamas", not for a gathering's members:
    ``[acts].genitive_prepositions``), or anything after "against"; ``places``: words
    that count as an actor there ("an attack on a hospital")."""
    if h.j + 1 >= len(toks):
        return False
    if toks[h.j] == "against":
        return True
    if places and (toks[h.j] in lex.argument_preps or toks[h.j] == "of"):
        return any(t in places for t in toks[h.j + 1:h.j + 4])
    p = toks[h.j]
    if p not in lex.argument_preps and (p not in lex.genitive_preps or h.cue.code[:2] in lex.genitive_excluded):
        return False  # ("the cost of war" has its noun after "of", not before: untouched)
    k = h.j + 1
    while k < h.j + 4 and k < len(toks) and toks[k] in lex.determiners:
        k += 1  # "a strike on a Syrian air base", "aid to their allies"
    if h.cue.code[:2] in lex.coerced_roots and _party_people(toks, caps, k, lex):
        return True  # "the expulsion of 31 U.S. diplomats", "the arrest of two British citizens"
    return _actor_word(toks, caps, k) or (toks[h.j + 1] in _BEFORE_NAME and _actor_word(toks, caps, h.j + 2)) or (
        toks[h.j + 1] in _BEFORE_NAME and h.j + 3 < len(toks) and toks[h.j + 2] == "." and _actor_word(toks, caps, h.j + 3))


_BEFORE_NAME = frozenset({"the", "mr", "ms", "mrs", "dr"})
_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens",
                      "several", "hundreds", "scores", "many", "more", "other"})


def _party_people(toks: list[str], caps: list[bool], k: int, lex: Lexicon) -> bool:
    """Whether a state's people ([acts].party_people) stand at ``k``, after a count and a
    party's name ("31 U.S. diplomats", "two British citizens", "employees"), or a party's
    people named after a count ("three Americans")."""
    counted = False
    for x in range(k, min(len(toks), k + 4)):
        t = toks[x]
        if t in lex.party_people or (counted and _actor_word(toks, caps, x)):
            return True  # ("two British citizens", "three Americans": a count before the name)
        if not (t.isdigit() or t in _NUMBERS or t == "." or _actor_word(toks, caps, x)):
            return False
        counted = counted or t.isdigit() or t in _NUMBERS
    return False
