"""A reporting verb under negation: "Roe did not say whether she would run", "The campaign
would not say if …", "He doesn't think so", "Doe has not endorsed anyone". The sentence is
still its subject's (what they did or did not say, believe or back is their position, as an
analyst reads it), but never their words without the frame: the cue carries the negation
("did not say"), so the statement keeps its whole sentence, the "not" with it, and the
escalation score reads the negation where it stands. A passive or an infinitive ("was not
said", "to not say") stays no speech (:func:`.verb_senses.speech_here`)."""
from __future__ import annotations

import re
from functools import lru_cache

from .cues import vocab
from .second_reports import _word_re

# an auxiliary of "do", "have" or a modal with "not" or "never", or a contracted one, or "never"
# alone, at the end of the words before a verb, with at most one adverb after it ("did not
# immediately say", "has not yet endorsed", "has never publicly said"). General English.
NEGATED_AUX_RE = re.compile(
    r"(?:\b(?:do|does|did|has|have|had|will|would|could|can|should|may|might)\s+(?:not|never)"
    r"|\b(?:don|doesn|didn|hasn|haven|hadn|won|wouldn|couldn|can|shouldn)['’]t|\bcannot|\bnever)"
    r"(?:\s+(?:yet|even|always|ever|publicly|explicitly|directly|specifically|immediately|formally|officially))?\s*$",
    re.I)


def negated_before(pre: str, aux: bool = False) -> bool:
    """Whether the words before a verb (right-stripped) end with its negated auxiliary; `aux`:
    with an auxiliary ("did not", "hasn't"), not "never" alone."""
    tail = pre[-40:]
    low = tail.lower()
    if "not" not in low and "n't" not in low and "n’t" not in low and "ever" not in low:
        return False  # (substring tests first: this runs for every verb of every sentence)
    m = NEGATED_AUX_RE.search(tail)
    return m is not None and not (aux and m.group(0).lower().startswith("never"))


# the cue as a whole word: second_reports' patterns, compiled once per word (1,024 kept; 256
# of its own were too few for a corpus pass's cues)
_cue_re = _word_re


def negated_cue(u: str, cue: str, mention: tuple[int, int] | None) -> str:
    """The cue of a sentence with the negation of its verb ("did not say"), when the words
    between the speaker's mention and the cue's verb end with a negated auxiliary; the cue as
    it was otherwise (and always for a speaker named after the verb, or no verb at all)."""
    if mention is None or not cue or not vocab().verb_re.fullmatch(cue):
        return cue
    m = _cue_re(cue).search(u, mention[1])
    if m is None or m.start() - mention[1] > 60:
        return cue
    neg = NEGATED_AUX_RE.search(u, mention[1], m.start())
    if neg is None or u[neg.end():m.start()].strip():
        return cue
    return " ".join(u[neg.start():m.end()].lower().split())



def only_verb(masked: str, vm: re.Match, verb_re: re.Pattern) -> bool:
    """Whether the verb `vm` is the only one of the vocabulary in the sentence (quotations
    masked): a negated verb is a sentence's reporting verb only then. After another ("Roe said
    the FBI has not commented", "she said she could not support it") it is inside what that
    one reports, and before one ("Washington did not complain, an official said"; "Roe, who
    did not say so, said …") it is the reported words or an aside."""
    return not any(m.start() != vm.start() and not _NOUN_BEFORE_RE.search(masked, max(0, m.start() - 8), m.start())
                   for m in verb_re.finditer(masked))


# a determiner right before a word of the vocabulary: a noun there ("the plan", "a hope", "his
# claims"), no other reporting verb (general English)
_NOUN_BEFORE_RE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those)\s+$", re.I)


# an indirect question after a verb: what the speaker left open ("did not say whether …")
_OPEN_QUESTION_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:whether|if|when|why|how|what|who|where|which)\b")


def framing_verb(u: str, cue: str, v) -> str | None:
    """The verb of a negated cue ("did not say" -> "say"), for finding the speaker's own words
    as without the negation ("Roe did not say whether she would run" -> "whether she would
    run"; "Cruz never mentioned Doe by name" -> "Doe by name"), the cue keeping the negation;
    None for any other cue, and for a verb of belief, desire or support whose object the
    negation turns ("He doesn't think so", "Roe does not support the plan": the sentence stays
    whole, the "not" in it) unless an indirect question follows it, which has no polarity."""
    if " " not in cue:
        return None
    verbs = v.verb_re.findall(cue)
    if not verbs or not negated_before(cue[:cue.rfind(verbs[-1])].rstrip()):
        return None
    verb = verbs[-1]
    if verb in v.negation_turns:
        m = _word_re(verb).search(u)
        if m is None or not _OPEN_QUESTION_RE.match(u, m.end()):
            return None
    return verb


@lru_cache(maxsize=256)
def _spaced_re(cue: str) -> re.Pattern:
    """The cue as written in a sentence: its words with any spaces between, in any case."""
    return re.compile(r"\b" + r"\s+".join(map(re.escape, cue.split())) + r"\b", re.I)


def negated_cue_end(u: str, cue: str) -> int:
    """Where a negated cue ("haven't said") ends in the sentence, 0 for any other cue or none
    found: the outlet's tail after a sentence kept whole is looked for after its verb only (the
    subject before it, "The nominee and his aides haven't said …", is no other report)."""
    if " " not in cue or not NEGATED_AUX_RE.search(cue, 0, cue.rfind(" ")):
        return 0
    m = _spaced_re(cue).search(u)
    return m.end() if m is not None else 0
