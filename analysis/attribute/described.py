"""A described source: the subject of a plain verb of saying ("say", "told", "wrote") that no
name, role, body or listed group resolves, read as a noun phrase and given to its head noun
as an unnamed source: "a wide array of economists say" -> "(unnamed economists)", "The NFL
legend said" -> "(unnamed legend)", "one employee told" -> "(unnamed employee)". Whoever
"says" something in a news sentence is its source, whatever the noun the writer chose for
them; only the plain verbs of saying are read so, since a subject of "call", "believe" or
"ask" may be no speaker ("the plan calls for …"), nor of "write" ("a native who writes fiction"). Not a pronoun, a clause or a verb phrase
(an auxiliary, "than", "to"), and a bare singular without a determiner ("Government said")
is no description."""
from __future__ import annotations

import re
from functools import lru_cache

from ..toml_data import data_file
from .patterns import AUXILIARIES
from .speaker import Speaker

# a phrase's head ends before a preposition, a relative word or a participle of its modifier
# ("officials familiar with …", "voters who …", "a source speaking to …"). General English.
_HEAD_END_RE = re.compile(r"\s(?:of|in|at|on|for|from|with|to|about|over|after|before|during|against|by|inside|outside|across|around|among|under|near|like|"
                          r"including|who|whom|whose|that|which|familiar|close|involved|speaking|here|there)\b")
# determiners and possessives that make a singular noun a description of someone ("the", "a",
# "one", "another", "his", "Roe's")
_DETERMINED_RE = re.compile(r"^(?:the|a|an|one|another|each|every|his|her|its|their|our|my|your|"
                            r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*['’]s?)\s", re.I)
_FOCUS_RE = re.compile(r"^(?:(?:even|only|just|also|still|now|but|and|yet)\s+)+", re.I)
# a relative clause without its relative word, its subject a personal pronoun ("the experts I
# interviewed", "people we spoke to")
_REDUCED_RELATIVE_RE = re.compile(r"(?<=[a-z]s)\s+(?:I|we|you|he|she|they)\s+[a-z]+ed(?:\s+(?:to|with))?$")
_RELATIVE_RE = re.compile(r"\s(?:who|whom|whose|that|which)\b")
# a relative clause with a subject of its own: "who U.S. officials say", "that the report found"
_OBJECT_RELATIVE_RE = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|some|many|most|his|her|their|its|our)\s)")
# where the antecedent of a relative word starts: after the last preposition or comma before it
_ANTECEDENT_START_RE = re.compile(r"(?:,|\s(?:of|in|at|on|for|from|with|to|among|by|about|like|between))\s+")
# shares of those asked: "another 12 percent", "nearly two-thirds" (a poll's respondents)
_SHARES = frozenset({"percent", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
                     "minority", "plurality"})
# a word of the phrase: a name, a lower-case word, an abbreviation ("U.S.") or a number ("under-35")
_WORD_RE = re.compile(r"[A-Za-z][\w'’\-]*(?:\.[A-Za-z]+)*\.?|\d[\w\-]*")
# words that make the phrase no noun phrase: a clause ("laws have been invalidated"), a
# comparison ("more ethanol than the oil industry"), pronouns and question words
_NOT_IN_PHRASE = frozenset({
    "than", "to", "not", "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "what", "which",
    "who", "whom", "whose", "this", "that", "these", "those", "there", "here", "if", "when", "while", "because",
    "so", "then", "as", "where", "how", "why",
    # adverbs that stand between a subject and its verb ("the reporting often tells")
    "often", "also", "still", "never", "always", "again", "already", "ever", "soon", "even", "just", "only", "later"})


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset, frozenset, frozenset]:
    raw = data_file("attribution.toml")
    return (frozenset(raw.get("described_source_verbs", ())), frozenset(raw.get("quantity_nouns", ())),
            frozenset(raw.get("not_speaker_nouns", ())))


def described_verb(verb: str) -> bool:
    """Whether `verb` is a plain verb of saying whose subject is its source, whatever it is."""
    return verb in _vocab()[0]


def _acronym(word: str) -> bool:
    """A word of two or more capitals is an acronym, not the pronoun or function word its
    lower case spells: "The US ambassador" (not "us"), "the WHO envoy", "IT experts"."""
    return len(word) > 1 and word.isupper()


def described_source(phrase: str) -> Speaker | None:
    """ "(unnamed <head>)" for a noun phrase that describes a source, else None."""
    _, quantities, not_speakers = _vocab()
    phrase = _FOCUS_RE.sub("", phrase.strip(" ,.'\"“”"))
    phrase = _REDUCED_RELATIVE_RE.sub("", phrase)  # "all the experts I interviewed": the experts
    rel = _RELATIVE_RE.search(phrase)
    if rel and not phrase[rel.end():].strip():
        # "… undeclared voters who" + say: the relative's antecedent, the words right before it
        # after the last preposition or comma ("His lead among undeclared voters")
        before = phrase[:rel.start()].rstrip(" ,")
        cut = list(_ANTECEDENT_START_RE.finditer(before))
        phrase = before[cut[-1].end():] if cut else before
    elif rel:
        if _OBJECT_RELATIVE_RE.match(phrase, rel.end()):
            return None  # "hackers who U.S. officials" + say: the clause has a subject of its own
        phrase = phrase[:rel.start()]  # "some voters who have listened to …" + said
    words = phrase.split()
    if "," in phrase or any((w.lower() in _NOT_IN_PHRASE or w.lower() in AUXILIARIES) and not _acronym(w)
                            for w in words):
        return None
    # "a wide array of economists", "the share of Republicans": the head is the group after "of"
    for i, w in enumerate(words[:5]):
        if w.lower() == "of" and i and words[i - 1].lower() in quantities:
            phrase = " ".join(words[i + 1:])
            break
    cut = _HEAD_END_RE.search(phrase)
    head_phrase = phrase[:cut.start()] if cut else phrase
    words = _WORD_RE.findall(head_phrase)
    if not words or len(words) > 6 or len(head_phrase.split()) != len(words):
        return None
    head = words[-1]
    if head.lower() in _SHARES and len(words) > 1:
        return Speaker("(unnamed respondents)", "unnamed")  # "another 12 percent who say": a poll's
    if head.lower() in quantities:
        return None  # "some say": whoever they are (the quantifier subjects' own rule)
    if not re.fullmatch(r"[a-z][a-z\-]*[a-z]", head) or len(head) < 3 or head in not_speakers \
            or head.endswith(("ly", "ing")) or head in ("and", "or", "but"):
        return None
    if words[0].endswith("ing") and len(words) > 1 and words[0].islower():
        return None  # "(is) giving voters …": a verb and its object, no subject
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if not plural and (not _DETERMINED_RE.match(head_phrase + " ") or "and" in words or "or" in words):
        return None  # a bare singular ("Government said") names no one
    return Speaker(f"(unnamed {head})", "unnamed")


# an adjective of nearness or knowledge and its object after a source's head ("sources close to
# X", "people familiar with the talks", "an official involved in the case"). General English.
NEAR_TO_RE = re.compile(r"\s+(?:close|closest|familiar|knowledgeable|involved|privy|briefed|"
                         r"(?:directly|personally)\s+(?:familiar|involved))\s+(?:to|with|about|in|on)\s")


# a quotation, a semicolon, a colon, a parenthesis or a dash: no one long subject across it
_NO_SUBJECT_MARK_RE = re.compile(r"[\"“”;:()]|\s[-–—]+\s")
# a conjunction or sentence adverb before the subject that opens a sentence
_OPENER_RE = re.compile(r"^[\s\"“”']*(?:(?:But|And|Yet|Still|Meanwhile|However|Indeed|Now|So),?\s+)?")


# an opening adverbial phrase of the sentence closed by a comma: a preposition, a participle or a
# sentence adverb and the words after it ("On Tuesday,", "And on Tuesday,", "In an interview
# with the BBC,", "Alarmed by the unrest,", "Speaking to reporters,", "Similarly,", "Last
# week,"); general English. (A participle only before a lower-case word: "United Nations" is a
# name.)
_INTRO_RE = re.compile(
    r"^[\s\"“”']*(?:(?:But|And|Yet|So|Still|Meanwhile|However|Now|Then),?\s+)?"
    r"(?:(?i:on|in|at|during|after|before|since|amid|despite|following|throughout|over|under|within|for|from|with|by"
    r"|upon|unlike|like|as for)\s"
    r"|[A-Za-z][a-z]+(?:ed|ing)\s+[a-z]"
    r"|(?:Last|This|Next|Earlier|Later|Yesterday|Today|Tonight|Meanwhile|However|Still|Instead|Separately|Similarly|"
    r"Likewise|Additionally|Finally|Ultimately|Previously|Recently|Notably|Privately|Publicly|Afterwards?|Overall|"
    r"Again|Also|Now|Then)\b)"
    r"[^,;:]{0,80}(?:,|(?<=_)[”\"])\s+")


def after_intro(masked: str, end: int, u: str | None = None) -> int:
    """Where the subject of the sentence's main clause can start: after an opening adverbial
    phrase and its comma ("On Tuesday, the …"), else 0. The comma may stand inside the closing
    mark of a title the phrase quotes ('On Tuesday's episode of “The Morning Show,” the …'):
    `u`, the sentence unmasked, tells (without it, no such phrase is read)."""
    m = _INTRO_RE.match(masked, 0, end)
    if m is None:
        return 0
    mark = m.group(0).rstrip()
    if mark[-1:] in "”\"" and (u is None or u[len(mark) - 2:len(mark) - 1] != ","):
        return 0
    return m.end()


def opening_subject(masked: str, verb_start: int, u: str | None = None) -> str:
    """The words from the sentence's start to its verb, when they may be one long subject
    whose nearest words alone are no noun phrase ("Experts on Korea and nuclear
    nonproliferation said", "Officials at the Security Office, a division of the agency,
    said"): no quotation and no semicolon before the verb, a capitalised first word; "" else.
    An opening adverbial phrase and its comma are no part of it ("On Tuesday, the former
    secretary of state and current nominee said": :func:`after_intro`)."""
    intro = after_intro(masked, verb_start, u)
    lead = masked[intro:verb_start]
    if _NO_SUBJECT_MARK_RE.search(lead) or intro and "," in lead:
        return ""
    lead = lead[_OPENER_RE.match(lead).end():].rstrip(" ,")
    return lead if (intro or lead[:1].isupper()) and len(lead.split()) <= 16 else ""


def opening_group(lead: str, sp: Speaker | None) -> Speaker | None:
    """An unnamed source read from a sentence's opening words, when its head is among the first
    four of them ("Political observers in …"): further on, the words before it are a clause of
    their own ("Women make up a majority of …")."""
    m = re.fullmatch(r"\(unnamed (.+)\)", sp.name) if sp is not None else None
    if m is None:
        return None
    return sp if m.group(1).lower() in (w.lower() for w in lead.split()[:4]) else None
