"""Unnamed groups as sources of reported speech (issue 11, statement recall): a group or body
named by its plural head ("supporters", "Most of the vulnerable Senate Republicans", "the oil
industry") and a poll's share of a group ("about 4 in 10 Republican voters", "Thirty percent
said"), as plain functions over a subject phrase. Split out of ``sources.py`` along its stages:
documents and "according to" there, groups here."""
from __future__ import annotations

import re

from .patterns import AUXILIARIES
from .source_vocab import source_vocab
from .speaker import Speaker

# a quantifier before a group: "most of the", "many", "a majority of her", "74 percent of"
_QUANTIFIER_RE = re.compile(
    r"^(?:(?:most|many|some|all|several|few|both|none|half|each|one|two|three|four|five|a few|a majority|"
    r"the majority|a minority|a number|a handful|a growing number|a group|dozens|hundreds|thousands|millions|"
    r"a chorus|a host|a slew|a couple|a pair|scores|a dozen|a lot|lots|plenty|a range|a variety|a coalition|"
    r"[\w.\-]+ percent|two-thirds|a third|a quarter)\s+of\s+)?"
    r"(?:(?:the|a|an|his|her|their|its|our|this|that|these|those|same|many|most|some|several|other|both|all|few|such|"
    r"more|fewer|numerous|various|certain)\s+)*", re.I)
# a poll's share of a group, approximated ("about 4 in 10 Republican voters", "more than half
# of white women", "majorities of Democratic voters", "roughly two-thirds of"), and the "or
# less"/"or more" after it: the group is the head after it. General English.
_SHARE_OF_RE = re.compile(
    r"^(?:(?:about|nearly|almost|roughly|around|approximately|some|over|under|more than|fewer than|less than|"
    r"at least|just|only|barely|well over|a full|fully|a mere|a whopping|an estimated)\s+)*"
    r"(?:\w+\s+(?:in|of|out of)\s+(?:\d+|ten|five|four|three)|half|majorities|\w+-(?:thirds|quarters|fifths)|"
    r"a (?:third|quarter|fifth)|[\d.,]+\s*(?:%|percent)|[A-Za-z\-]+\s+percent)\s+(?:of\s+)?(?=\S)(?!(?:across|in|among|on|at|from|with|for|said|say|says)\b)", re.I)
_OR_SO_RE = re.compile(r"\s+or\s+(?:less|more|so|fewer)$", re.I)
# the participle of being asked after the group a share is of ("those surveyed", "Cuban-Americans
# polled"); general English
_ASKED_RE = re.compile(r"(?:^|\s+)(?:surveyed|polled|questioned|interviewed|sampled|asked)$", re.I)
# a focusing adverb before a group ("Even some of her allies", "Only a few delegates") and a
# named possessor before its head ("Aung San Suu Kyi's political allies", "Ted Cruz's
# associates"): the group is the people of the head, whoever they belong to
_FOCUS_RE = re.compile(r"^(?:even|only|just|also|still|now)\s+", re.I)
_POSSESSOR_RE = re.compile(r"^(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w.\-]*['’]s?\s+(?=[a-z])")
_GROUP_WORD_RE = re.compile(r"[A-Za-z][\w'’\-]*(?:\.[A-Za-z]+)*\.?|\d[\w\-]*")  # ("E.U. leaders")
# plural nouns of people by their suffix, whatever their root ("environmentalists",
# "conservationists", "politicians", "civilians"): general English morphology; not the verbs
# and things that end so ("insists", "lists", "wrists")
_PEOPLE_SUFFIX_RE = re.compile(r"(?-i:[a-z]{4,}(?:ists|ians))")
_NOT_PEOPLE_SUFFIX = frozenset({"insists", "persists", "resists", "assists", "consists", "exists", "subsists",
                                "desists", "twists", "wrists", "meridians"})
# plural nouns that are names (of parties, of peoples) and keep their capital at a sentence's start
_PEOPLES = frozenset({"democrats", "republicans", "americans", "europeans"})
# words in -ing that are adjectives before a noun of people, never a verb whose object the
# phrase is ("leading Democrats", "ruling party members", "striking workers"). General English.
_ING_ADJECTIVES = frozenset({"leading", "ruling", "governing", "opposing", "competing", "remaining", "visiting",
                             "dissenting", "founding", "participating", "striking", "protesting", "voting",
                             "working", "neighboring", "neighbouring", "rising", "incoming", "outgoing", "sitting",
                             "ranking", "warring", "rival", "grieving", "aging", "ageing", "retiring", "serving"})
# a body's noun written as an acronym ("a super PAC", "the PAC": a political action committee, US usage)
_ACRONYM_HEADS = frozenset({"PAC"})
_NOT_A_MODIFIER = frozenset({"who", "which", "that", "whose", "whom", "and", "or", "but", "if", "when", "as",
                             "he", "she", "they", "it", "we", "i", "you", "not", "there", "here", "this"})


# a share of those asked as the subject ("Thirty percent said", "Only 24 percent say", "26%
# believe", "those surveyed say"): the poll's respondents
_SHARE_RE = re.compile(
    r"(?:(?:only|just|about|nearly|almost|roughly|some|over|under|more than|fewer than|less than|another|a mere|barely|"
    r"a full|fully|a whopping|an estimated)\s+)*"
    r"(?:half|[\d.,]+\s*(?:%|percent)|[A-Za-z\-]+\s+percent|\w+\s+in\s+(?:\d+|ten|five|four|three)|"
    r"(?:a|the)\s+(?:majority|plurality)|\w+-(?:thirds|quarters|fifths)|those\s+(?:surveyed|polled|questioned|asked))", re.I)


# a poll's share of those asked as a clause's subject, with the group after "of" ("22 percent",
# "nearly three in five", "a third", "three-quarters", "only 49 percent of Republicans",
# "nine out of 10 voters"): read where a second clause may open (:mod:`.clauses`). General English.
SHARE_SUBJECT = (
    r"(?:(?:only|just|about|nearly|almost|roughly|some|over|under|more than|fewer than|less than|a mere|barely|"
    r"a full|another)\s+)*"
    r"(?:half|\d[\d.,]*\s*(?:%|percent)|[A-Za-z]+(?:-[a-z]+)?\s+percent|(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three)|(?:a|the)\s+(?:majority|plurality|third|quarter|fifth)|"
    r"[a-z]+-(?:thirds|quarters|fifths)|majorities|those\s+(?:surveyed|polled|questioned|asked))"
    r"(?:\s+of\s+(?:the\s+|all\s+|those\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)?")

# the preposition after a group's head ("Proponents of the new bill"), and a poll's majority
_HEAD_PREPOSITION_RE = re.compile(r"\s(?:of|in|for|from|at|on|across|around|with|to|inside|outside)\s")
_MAJORITY_OF_RE = re.compile(r"(?:an?|the)\s+(?:majority|minority|plurality)\s+of\s", re.I)


def group_source(phrase: str) -> Speaker | None:
    """An unnamed group or body as the subject of a speech verb, when nothing else resolved
    it: "supporters", "Most of the vulnerable Senate Republicans", "Her campaign workers",
    "Proponents of the new bill", "the oil industry" -> "(unnamed <head>)". The head is the
    last word before a preposition; the words before it are modifiers (lower-case words,
    names, possessives); it must be a plural noun of people (``group_heads``, or a
    ``person_nouns`` word in the plural) or a collective body (``collective_heads``)."""
    sv = source_vocab()
    if _SHARE_RE.fullmatch(phrase.strip(" ,.'\"")):
        return Speaker("(unnamed respondents)", "unnamed")
    shared = _SHARE_OF_RE.sub("", _FOCUS_RE.sub("", _OR_SO_RE.sub("", phrase.strip(" ,.'\""))))
    if shared != phrase.strip(" ,.'\"") and _ASKED_RE.search(shared):
        # "31 percent of those surveyed", "56 percent of Cuban-Americans polled": the group
        # before the participle of being asked; those asked alone are the poll's respondents
        shared = _ASKED_RE.sub("", shared)
        if shared.lower() in ("", "those", "all those", "the people", "people", "all"):
            return Speaker("(unnamed respondents)", "unnamed")
    rest = _QUANTIFIER_RE.sub("", shared).strip()
    owned = _POSSESSOR_RE.sub("", rest)
    possessed, rest = owned != rest, owned
    cut = _HEAD_PREPOSITION_RE.search(rest)
    if cut and rest[cut.start():cut.end()].strip() in ("outside", "inside") and " " not in rest[cut.end():].strip():
        cut = None  # "outside groups", "inside sources": an adjective before the head, no preposition
    if cut:
        rest = rest[:cut.start()]  # "Proponents of the new bill": the head before the preposition
    words = _GROUP_WORD_RE.findall(rest)
    if not words or len(words) > (3 if possessed else 5) or len(rest.split()) != len(words):
        return None
    if any(w.lower() in _NOT_A_MODIFIER or w.lower() in AUXILIARIES for w in words) \
            or phrase.split()[0].endswith("ing") and phrase.split()[0].lower() not in _ING_ADJECTIVES:
        return None  # "(is) giving voters at least …": a verb's object, not a subject
    head = words[-1]
    low = head.lower()
    plural = low in sv.group_heads or (bool(_PEOPLE_SUFFIX_RE.fullmatch(low)) and low not in _NOT_PEOPLE_SUFFIX) \
        or ("-" in low and low.rsplit("-", 1)[1] in _PEOPLES)  # ("Cuban-Americans", "African-Americans")
    if not plural and not (low in sv.collective_heads and (head.islower() or head in _ACRONYM_HEADS)):
        return None
    if not plural and len(words) == 1 and rest == phrase.strip(" ,.'\""):
        return None  # a bare singular ("Government said") is no description of a body
    if rest.lower() in sv.quantifier_subjects:
        return Speaker("(unnamed people)", "unnamed")  # '"…," others said': whoever they are
    proper = head[:1].isupper() and (head is not words[0] or low in _PEOPLES or low.rsplit("-", 1)[-1] in _PEOPLES)
    return Speaker(f"(unnamed {head if proper else low})", "unnamed")


def share_group(phrase: str) -> Speaker | None:
    """The group a subject that opens with a poll's share speaks for ("about 4 in 10 Republican
    voters in each state", "majorities of Democratic voters in Alabama and Virginia", "a
    majority of voters"), before any name inside it ("Virginia") is read as the subject."""
    bare = _FOCUS_RE.sub("", phrase.strip(" ,.'\""))
    if not (_SHARE_OF_RE.match(bare) or _MAJORITY_OF_RE.match(bare)):
        return None
    return group_source(phrase)


def poll_share(phrase: str) -> bool:
    """Whether a subject phrase is a poll's share of those asked, not anyone who speaks for
    themselves: "51 percent of respondents", "Six in 10", "a majority of voters", "those
    surveyed", "nearly half"."""
    bare = _FOCUS_RE.sub("", phrase.strip(" ,.'\""))
    return bool(_SHARE_RE.fullmatch(bare) or _SHARE_OF_RE.match(bare) or _MAJORITY_OF_RE.match(bare))


# a share of a poll's respondents in an absolute clause of the outlet's: "…, with 30 percent of
# voters saying they have a positive view of him", "…, with three in 10 saying …" (general
# English: "with" + a noun phrase + a participle)
_WITH_SHARE_SAYING_RE = re.compile(r"\b[Ww]ith\s+(?P<who>" + SHARE_SUBJECT + r")\s+saying\b(?:\s+that\b)?\s*")


def share_saying(masked: str) -> tuple[Speaker, tuple[int, int], int] | None:
    """A poll's share saying something in a "with" clause: (the group it speaks for, where it
    is named, where its words start), or None."""
    m = _WITH_SHARE_SAYING_RE.search(masked) if "saying" in masked else None
    sp = group_source(m.group("who")) if m else None
    if sp is None or len(masked[m.end():].split()) < 2:
        return None
    return sp, m.span("who"), m.end()

