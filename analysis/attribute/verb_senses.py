"""Whether a match of the speech-verb vocabulary is speech where it stands, before anyone asks
whose: not a passive ("was said", "a contractor accused of spying", "militants believed to
be …"), a participle ("Saudi-backed", "a plan backed by Moscow"), a noun ("the call for calm",
"full support"), an aside, the outlet's question or guess ("What did Trump say?", "Roe may want
to …"), an act on an object ("threatened the military assets", "maintains a wide lead"), nor a
verb of a list read only in its speech sense ("compared the levy to theft", "sees Roe as a
uniter", "called it a sham"). :func:`speech_here` is the first test of
:func:`.verb_subjects.verb_candidate`. Plain functions of a sentence and the vocabulary."""
from __future__ import annotations

import re

from ..toml_data import word_set
from ..speech_forms import INFINITIVE_NEXT_RE, QUOTE_ONLY, REPLY_ONLY, says_something, next_to_quotation
from .patterns import (ACT_OBJECT_RE, PREDICATIVE_OBJECT_RE, QUESTION_AUX_RE, QUOTE_AFTER_RE, QUOTE_NEXT_RE,
                       SPEECH_SIGN_RE)
from .complements import called_complement
from .bare_frames import holding_object
from .negation import negated_before, only_verb
from .base_forms import BASE_SUBJECT_RE, base_form_ok
from .subjects import _DASH_ASIDE_RE

# what follows a participle of taking a side, not its finite verb: a passive agent ("backed by
# Moscow"), the adjective "opposed to", a particle of motion ("backed away from"). General English.
_OBJECT_PARTICIPLE_RE = re.compile(r"\s+(?:by|to|away|down|off|out|into)\b")
_AS_NEXT_RE = re.compile(r"\s+as\b")
# a that-clause right after a verb of the manner of saying ("Roe gushed that the pier was
# lovely", "Doe shot back that …"): "that" and the subject of a clause, not the determiner
# "that" ("the crowd cheered that decision"). General English.
_THAT_CLAUSE_NEXT_RE = re.compile(r"\s+that\s+(?:the|a|an|he|she|it|they|we|I|you|his|her|their|its|this|there|"
                                  r"[A-Z][\w.'’\-]*)\b")
# "offered" with an object that is something said ("offered some pointed advice to …", "offered
# her firmest promise yet that …", "offered no proof that …"): a determiner or quantifier, up to
# three modifiers, and a noun of saying or of what is said (general English: the objects of
# Levin 1993's verbs of communication and of judgement, 37 and 33), not "offered a job"
_OFFER_FORMS = frozenset({"offered", "offers"})
_SAID_OBJECT_RE = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|some|no|few|little|several|many|any|more|fresh|new|yet\s+another|another)\s+)?"
    r"(?:[a-z][a-z\-]*,?\s+){0,3}?(?:advice|words|remarks?|comments?|thoughts|insights?|assessments?|views?|"
    r"opinions?|praise|criticism|critiques?|defen[cs]es?|apology|apologies|condolences|congratulations|thanks|"
    r"prayers|explanations?|rationale|justifications?|responses?|reply|replies|rebuttals?|retorts?|promises?|"
    r"pledges?|assurances?|reassurances?|predictions?|warnings?|proof|evidence|details|vision|preview|"
    r"analysis|endorsements?|tribute|compliments?|testimony|arguments?|suggestions?|recommendations?|"
    r"support|ideas?|olive\s+branch|specifics|proposals?|solutions?|reasons?|encouragement|sympathy)\b")
# "declined"/"refused" with an object that is a request to speak or the speaking itself ("declined
# comment", "declined multiple requests for an interview", "refused questions from reporters"):
# a refusal to speak, said or not, as "declined to comment" is (general English), not "declined
# the nomination" nor "refused treatment"
_DECLINE_FORMS = frozenset({"declined", "declines", "refused", "refuses"})
_SPEAKING_OBJECT_RE = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|multiple|repeated|several|further|all|any|numerous|many)\s+)?"
    r"(?:[a-z]+\s+)?(?:comment|comments|requests?|interviews?|questions?|invitations?)\b")
# "hopes" before a clause of its own ("Roe hopes his campaign can recover"): a subject, then a
# modal or a finite auxiliary within a few words; "hopes" is otherwise mostly a noun ("Roe's
# hopes are fading", "hopes of a deal")
_HOPE_FORMS = frozenset({"hopes"})
_HOPED_CLAUSE_RE = re.compile(
    r"\s+(?:that\s+)?(?:he|she|they|it|we|I|you|his|her|their|its|the|a|an|this|these|[A-Z][\w.'’\-]*)\b"
    r"(?:\s+[\w'’\-]+){0,5}?\s+(?:will|would|can|could|may|might|should|is|are|was|were|do|does|did|has|have|had)\b")
# a day or an adverb between a verb of intention and its infinitive ("promised on Tuesday to …",
# "sought Wednesday to ease …", "refused again to …", "declined politely to …"): the adjunct of
# time or manner English puts there (general English)
_TIMED_INFINITIVE_RE = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|again|"
    r"(?:last|this|earlier|later)\s+(?:week|month|year)|[a-z]{3,}ly)(?:\s+(?:morning|afternoon|evening|night))?,?"
    r"\s+(?:not\s+)?to\s+[a-z]")
# a promise of what will be, in a clause ("promised that the pier would reopen", "promised voters
# that …", "promised her plan would be paid for by …"): "that" after the verb or its listener,
# or the subject of a clause with a modal or an auxiliary (as after "hopes"); general English
_PROMISE_FORMS = frozenset({"promised"})
_PROMISED_THAT_RE = re.compile(r"\s+(?:(?:him|her|them|us|me|you|voters|supporters|[A-Z][\w.'’\-]*)\s+)?that\b")
# an object and an infinitive after a verb of urging on ("encouraged voters to back the levy",
# "implored delegates to unite"): a determiner or a name and up to five more words, then "to"
# and a verb, not "to" a noun phrase ("encouraged by the plan", "was encouraged to the end")
_OBJECT_INFINITIVE_RE = re.compile(r"\s+(?!by\b|about\b|that\b)[\w.'’\-]+(?:\s+[\w.'’\-]+){0,5}?\s+to\s+"
                                   r"(?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your)\b)[a-z]+\b")
# participles that before "to be"/"to have" are passives of a reduced relative ("two men
# believed to be members of …", "a group said to have …"), never an active verb (general English)
REDUCED_PASSIVES = frozenset({"believed", "thought", "said", "reported", "alleged", "known", "considered",
                              "rumored", "rumoured", "understood", "presumed", "deemed", "feared", "claimed"})
REDUCED_PASSIVE_NEXT_RE = re.compile(r"\s+to\s+(?:be|have)\b")
# the preposition of a judgment's complement right after its verb ("accused of", "blamed for")
_COMPLEMENT_PREPOSITION_RE = re.compile(r"\s+(?:of|for|with)\b")
# a perfect auxiliary or a relative word and a subject before such a verb: the verb is active, its
# object moved before it ("countries the department has criticized for …", "the man that police
# accused of theft")
_OBJECT_MOVED_RE = re.compile(r"\b(?:has|have|had|that|which|whom|who)(?:\s+[\w.'’\-]+){0,4}$")


def _object_moved(pre: str) -> bool:
    """Whether the words before a verb of judgment end with a perfect auxiliary or a relative
    word and its subject (an aside between dashes left out: "countries that the department -
    before and after her time - criticized for …"): the verb is active, its object before it."""
    if "-" in pre or "—" in pre or "–" in pre:
        pre = _DASH_ASIDE_RE.sub("", pre)
    return _OBJECT_MOVED_RE.search(pre, max(0, len(pre) - 60)) is not None


def _passive_complement_verbs() -> frozenset[str]:
    """attribution.toml ``passive_complement_verbs``: passive before their complement's preposition."""
    return word_set("attribution.toml", "passive_complement_verbs")


# a reporter's credit line at a story's end: "reported from" a place, the sentence ending there
# ("Ryan Grim reported from Washington, D.C.", "… reported from Midway Atoll, and Jane Roe from
# Kaneohe Bay, Hawaii."); no "that" of anything reported
_REPORTED_FROM_RE = re.compile(r"\s+from\s+[A-Z](?:(?!\bthat\b)[^;:\"“”])*[.]?\s*$")


def _acquainted(masked: str, end: int) -> bool:
    """Whether "know" at masked[:end] has a person or a thing as its object, not a clause: a
    name or an object pronoun, then acquaintance_next or the clause's end ("knew Meles well"),
    or no object at all ("a topic she knew well", "the Trump we all knew,")."""
    m = _KNOWN_OBJECT_RE.match(masked, end)
    if m is None:
        return False
    nxt = m.group("next").lower()
    return not nxt or nxt in ",.;" or nxt in word_set("attribution.toml", "acquaintance_next")


# what follows "know": an object pronoun or a name at most, then the next word or mark
_KNOWN_OBJECT_RE = re.compile(r"(?:\s+(?:him|her|them|me|us|(?:[A-Z][\w.'’\-]*\s*){1,3}))?\s*(?P<next>[a-z]+|[,.;]|$)")


def _speculated(pre: str) -> bool:
    """Whether the words before a verb end with a modal of possibility or advice ("may", "might",
    "had better": attribution.toml speculative_modals), an adverb between at most
    (speculative_modal_adverbs)."""
    words = re.findall(r"[\w’']+", pre[-40:].lower())
    if words and (words[-1].endswith("ly") or words[-1] in word_set("attribution.toml", "speculative_modal_adverbs")):
        words = words[:-1]
    modals = word_set("attribution.toml", "speculative_modals")
    return bool(words) and (words[-1] in modals or " ".join(words[-2:]) in modals)


def _comparison_verbs() -> frozenset[str]:
    """attribution.toml ``comparison_verbs``: a judgement only with an object and "to" after it."""
    return word_set("attribution.toml", "comparison_verbs")


# an object (a pronoun, a name or a determined noun phrase, up to six words) and "to" after a verb
# of likening ("compared the levy to theft", "likened him to a dictator"); not "compared to …"
_LIKENED_TO_RE = re.compile(r"\s+(?!(?:to|with|by)\b)(?:(?:him|her|them|it|himself|herself|themselves|itself|"
                            r"(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z][\w.'’\-]*)(?:\s+[\w.'’\-]+){0,5}?)"
                            r"\s+to\s+(?!(?:be|have)\b)"
                            # (a bare noun phrase likened to a determined one: "compared abortion to the
                            # Holocaust"; not an adverb, "compared favorably to", nor a purpose, "compared
                            # prices to find …")
                            r"|(?![a-z]+ly\b)[a-z][a-z\-]{2,}(?:\s+[a-z][\w'’\-]*){0,3}?"
                            r"\s+to\s+(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z])\b)")


# a position verb as a passive ("opposed by the U.S.") and the object and "as" that make "see",
# "view", "regard" a position ("sees Roe as a uniter"; not "as well", "as soon as", "as if"; "views
# Roe favorably" was tried and dropped: 0 of 4 train statements aligned with a right speaker)
_POSITION_NEXT_NO_RE = re.compile(r"\s+(?:\w+ly\s+)?(?:by|off|out|away|down|up|for|from|of|among|in|on|"
                                 r"behind|at|with|as|is|was|are|were|has|had)\b|\s*[,.;:)]")


def _position_verb_ok(masked: str, verb: str, start: int, end: int) -> bool:
    """Whether a position verb is one here: not a passive ("opposed by the U.S."), a phrasal
    verb ("backed off") or a noun ("his full support", "support for the bill"); a base form only
    after a pronoun, an auxiliary, a plural or a share. (A compound, "Russian-backed", is no
    speech verb at all: :func:`verb_candidate` turns away any verb after a hyphen first.)"""
    if _POSITION_NEXT_NO_RE.match(masked, end):
        return False
    if verb.split(" ", 1)[0].endswith(("s", "d")):  # a finite form: "supports", "opposed", "leans toward", "pushed for"
        return True
    return bool(BASE_SUBJECT_RE.search(masked, 0, start))


_AS_PASSIVE_RE = re.compile(r"\s+(?:\w+ly\s+)?by\b")  # "remarks viewed by some as …"
_AS_OBJECT_RE = re.compile(r"\s+(?:in\s+)?[\w'’\-]+(?:\s+[\w'’.\-]+){0,7}?\s+as\s+"
                           r"(?!(?:well|if|though|long|soon|much|many|far|of|to|for|a result|such|usual)\b)")


# the tests of the words before a verb, `pre` (right-stripped): each ends where `pre` does, so
# it is searched from the few characters it can span (a search of the whole prefix per verb
# scanned the sentence once per verb); the word boundary still sees the character before
# "was said", "to say", "was widely ridiculed" (an adverb in -ly between: still a passive)
_BE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are|be|to|not)(?:\s+(?-i:[a-z]{2,}ly))?\s*$", re.I)
_CONTRACTED_S_RE = re.compile(r"\w['’]s$")  # "she’s expected to argue"


def speech_here(u: str, masked: str, v, vm: re.Match, question: bool, asides: list[tuple[int, int]]) -> bool:
    """Whether the speech verb `vm` of sentence `u` (`masked`: its quotations masked) is speech
    here, by its form and the words around it; `question` whether the sentence is the outlet's
    question, `asides` the spans set off by dashes or brackets."""
    verb = vm.group(1)
    pre = masked[:vm.start()].rstrip()
    if negated_before(pre, aux=True):
        if not only_verb(masked, vm, v.verb_re):
            return False  # "Roe said the FBI has not commented": inside another verb's report (:mod:`.negation`)
    elif _BE_BEFORE_RE.search(pre, max(0, len(pre) - 24)):
        return False
    if verb == "reported" and _REPORTED_FROM_RE.match(masked, vm.end()):
        return False  # "Lerer reported from Los Angeles.": the story's credit line, where a reporter was
    if verb in word_set("attribution.toml", "know_forms") and _acquainted(masked, vm.end()):
        return False  # "Nega knew Meles well", "the Trump we all knew,": acquaintance, no position
    if verb.lower() in v.held_verbs and _speculated(pre):
        return False  # "Roe may want to check the figures": the outlet's guess, no position of Roe's
    if masked[vm.start() - 1:vm.start()] == "-" \
            or (verb in v.object_verbs and _OBJECT_PARTICIPLE_RE.match(masked, vm.end())):
        return False  # "Saudi-backed", "a plan backed by Moscow", "voters opposed to it": participles, no speech
    if _CONTRACTED_S_RE.search(pre, max(0, len(pre) - 3)) and re.match(r"\s+to\b", masked[vm.end():]):
        return False  # "she’s expected to argue": "is expected", not speech
    if verb in REDUCED_PASSIVES and REDUCED_PASSIVE_NEXT_RE.match(masked, vm.end()):
        return False  # "militants believed to be part of …": a passive participle, nobody believes
    if verb in _passive_complement_verbs() and _COMPLEMENT_PREPOSITION_RE.match(masked, vm.end()) \
            and not _object_moved(pre):
        return False  # "a contractor accused of spying": a passive participle, nobody accuses
    if question and QUESTION_AUX_RE.search(pre):
        return False  # "What did Trump say?": the outlet asks, nobody says
    if any(a < vm.start() < b and b - a < 0.6 * len(masked.strip()) for a, b in asides):
        return False  # "… – Trump once said the pair 'fell in love' – …": an aside, not the sentence
    if verb in v.quote_object_verbs and not QUOTE_AFTER_RE.match(masked, vm.end()) \
            and not PREDICATIVE_OBJECT_RE.match(masked, vm.end()) and not called_complement(masked, vm.end()):
        return False  # "called the meeting": speech only as 'called Clinton a “disgrace”', "called it a sham"
    if verb in v.infinitive_verbs and verb not in v.position_verbs and not INFINITIVE_NEXT_RE.match(masked, vm.end()) \
            and not (verb in _OFFER_FORMS and _SAID_OBJECT_RE.match(masked, vm.end())) \
            and not (verb in _HOPE_FORMS and _HOPED_CLAUSE_RE.match(masked, vm.end())) \
            and not _TIMED_INFINITIVE_RE.match(masked, vm.end()) \
            and not (verb in _DECLINE_FORMS and _SPEAKING_OBJECT_RE.match(masked, vm.end())) \
            and not (verb in _PROMISE_FORMS and (_PROMISED_THAT_RE.match(masked, vm.end())
                                                 or _HOPED_CLAUSE_RE.match(masked, vm.end()))):
        return False  # "the plans were": an intention only before "to …"
    if verb in word_set("attribution.toml", "object_infinitive_verbs") and not _OBJECT_INFINITIVE_RE.match(masked, vm.end()):
        return False  # "Roe said he was encouraged by the plan": speech only as "encouraged voters to …"
    if verb in v.position_verbs and not _position_verb_ok(masked, verb, vm.start(), vm.end()):
        return False  # "opposed by the U.S.", "a Russian-backed force", "full support", "backed off"
    if verb in v.base_verbs and not base_form_ok(masked, vm.start()):
        return False  # "the call for calm", "a note", "this question": nouns; "Democrats call for calm" a verb
    if verb in v.as_object_verbs and (not _AS_OBJECT_RE.match(masked, vm.end()) or _AS_PASSIVE_RE.match(masked, vm.end())):
        return False  # "we will see", "the views": a position only as "sees Roe as a uniter"
    if verb in v.quote_verbs and not QUOTE_NEXT_RE.match(masked, vm.end()):
        return False  # "tensions have continued to ease": speech only before its quotation
    if verb in QUOTE_ONLY and not next_to_quotation(u, vm.start(), vm.end()) \
            and not (verb not in v.quote_verbs and _THAT_CLAUSE_NEXT_RE.match(masked, vm.end())):
        return False  # "tensions have continued to ease": no speech without a quotation
    if verb in REPLY_ONLY and not says_something(u, vm.start(), vm.end()):
        return False  # "Vale has responded to the rant": an act, nothing said in it
    if verb in v.describing_verbs and _AS_NEXT_RE.match(masked, vm.end()) \
            and not QUOTE_AFTER_RE.match(masked, vm.end()):
        return False  # "targets that the army described as crucial": the object went before, no speech
    if verb in _comparison_verbs() and not _LIKENED_TO_RE.match(masked, vm.end()):
        return False  # "compared with last year": arithmetic; speech in "compared the levy to theft"
    if verb in v.speech_sense_verbs and not SPEECH_SIGN_RE.match(masked, vm.end()):
        return False  # "the militia attacked the town": force; speech in "attacked Roe for her vote"
    if holding_object(masked, verb, vm.end()):
        return False  # "Roe maintains a wide lead": keeping, not saying
    if verb in v.complement_verbs and ACT_OBJECT_RE.match(masked, vm.end()):
        return False  # "Trump threatened the military assets of Assad": an act, not speech
    return True
