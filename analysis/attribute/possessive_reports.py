"""A named source's words as the complement of a noun of saying, thinking or intending after
the source's possessive ("Roe's claim that the levy is fair …", "Doe's refusal to endorse him
…", "Roe's call for a recount …"): in a sentence of the outlet's, the complement is the named
source's statement, up to the end of its clause, the rest of the sentence the outlet's frame.
The nouns are data (analysis/data/stance_periphrases.toml, ``possessive_nouns``): nouns that take
an appositive that-clause, a to-infinitive or a "for"/"of" object and name what someone said,
held or meant to do (Quirk et al. 1985 §17.26 on appositive clauses after nouns such as
"claim", "belief", "promise"; general English, not read off any corpus). Facts and events
("Roe's fact that", "Roe's trip to") are no such nouns."""
from __future__ import annotations

import re
from functools import lru_cache

from ..alternation import longest_first
from ..toml_data import data_file
from .pronouns import resolve_pronoun
from .resolve import resolve


@lru_cache(maxsize=1)
def _nouns() -> str:
    """The nouns, each with the word that opens its complement, as one alternation."""
    raw = data_file("stance_periphrases.toml")["possessive_nouns"]
    return "|".join(r"(?:" + longest_first(nouns) + r")\s+(?P<" + opener + r">" + opener + r")\b"
                    for opener, nouns in raw.items())


# up to two modifiers between the possessive and its noun ("Roe's own claim", "his repeated calls")
_MODIFIERS = r"(?:(?:own|latest|new|recent|repeated|earlier|controversial|[a-z]+ly)\s+){0,2}"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # a capitalised name of up to four words, its possessive, up to two modifiers, the noun, then
    # the word that opens its complement
    return re.compile(r"(?P<who>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*)['’]s\s+" + _MODIFIERS
                      + r"(?P<noun>" + _nouns() + r")")


@lru_cache(maxsize=1)
def _pronoun_pattern() -> re.Pattern:
    """The same nouns after a possessive pronoun of a single person, but those of an act or a
    plan (stance_periphrases.toml ``pronoun_possessive.acts``): "his claim that …", "her promise
    to …", not "his plan to …", "her push to …" (whose possessor is the pronoun's antecedent,
    :func:`possessor`)."""
    acts = data_file("stance_periphrases.toml")["pronoun_possessive"]["acts"]
    return re.compile(r"(?P<who>\b[Hh](?:is|er))\s+" + _MODIFIERS + r"(?!(?:" + "|".join(acts) + r")\b)(?P<noun>"
                      + _nouns() + r")")


# "to" before a noun phrase or a number: a preposition ("his commitment to the crew", "her
# pledge to Doe", "its offer to 20 firms"), not the infinitive of an intention (general English)
# (a plural noun ends in "s" after a letter but "s" or "u": not "to address", "to focus")
_TO_OBJECT_RE = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|[a-z]+[^su\W]s)\b"
                           r"|[A-Z]|\d)")


# where the complement's clause ends: a comma, semicolon, colon, dash or bracket, or the sentence's end
_CLAUSE_END_RE = re.compile(r"\s*(?:[,;:()]|\s[-–—]+\s|[.!?][\"”’']?\s*$|$)")
# an auxiliary or a form of "be": the main clause's predicate after the noun phrase ("Roe's plan
# to cut the levy is popular"); a that-clause has its own first ("Roe's claim that costs have
# risen is false"), so there the second one ends it
_PREDICATE_RE = re.compile(r"\s(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|did|does|do|"
                           r"seems|seemed|remains|remained)\s")


# capitalised words that open a sentence before a name: no part of it
_NOT_NAME_OPENERS = frozenset({"but", "and", "yet", "so", "maybe", "perhaps", "still", "then", "now", "in", "on",
                               "at", "for", "with", "after", "before", "despite", "since", "while", "when", "as",
                               "if", "though", "although", "because", "the", "unlike", "like", "under", "by"})


def possessive_report(u: str) -> tuple[str, str, tuple[int, int], tuple[int, int]] | None:
    """(the source's phrase, the noun as the cue, the span of the noun and its complement, the
    phrase's span) of the first possessive report in a sentence, else None."""
    m = _pattern().search(u) if "'s " in u or "’s " in u else None  # (a substring test first: this runs
    if m is None and ("his " in u or "her " in u or "His " in u or "Her " in u):  # for every sentence of the outlet's)
        m = _pronoun_pattern().search(u)
    if m is None:
        return None
    opener = next(k for k in ("that", "to", "for", "of", "on") if m.groupdict().get(k))
    if opener == "to" and _TO_OBJECT_RE.match(u, m.end(opener)):
        return None  # "his commitment to the crew", "her call to Roe": a preposition, no intention
    start = m.start(opener) if opener in ("that", "to") else m.end(opener)
    start += len(u[start:]) - len(u[start:].lstrip())
    end = next((e.start() for e in _CLAUSE_END_RE.finditer(u, m.end()) if e.start() > start + 8), len(u))
    preds = [p.start() for p in _PREDICATE_RE.finditer(u, start, end)]
    if len(preds) > (opener == "that"):
        end = preds[opener == "that"]
    if end - start < 12:
        return None
    noun = m.group("noun")[: m.start(opener) - m.start("noun")].strip()
    who = m.group("who")
    words = who.split()
    while len(words) > 1 and words[0].lower() in _NOT_NAME_OPENERS:
        words.pop(0)  # ("But Roe's claim …", "Maybe Roe's decision …": the name is the rest)
    name = " ".join(words)
    # the words from the noun on ("insistence that the threat be removed", "call for sanctions"):
    # the noun says what the speaker did with them, and the tone and escalation scores read it, as
    # they read an act's verb kept with its object
    return name, noun, (m.start("noun"), end), (m.end("who") - len(name), m.end("who"))


# the subject pronoun of a possessive one, as long as it ("his" -> "he ", "her" -> "she"): the
# sentence keeps its length, so the pronoun stands where the possessive did
_SUBJECT_FORM = {"his": "he ", "her": "she", "His": "He ", "Her": "She"}


def possessor(ctx, who: str, at: tuple[int, int], u: str):
    """The speaker of a possessive report's possessor `who` at `at` in sentence `u`: a named
    possessor as :func:`.resolve.resolve` reads it; "his"/"her" as "he"/"she" in its place
    (:func:`.pronouns.resolve_pronoun`: a person named before it in the sentence, else the one
    the text is about), never an unnamed one ("his claim that …" with nobody in view is the
    outlet's sentence)."""
    if who in _SUBJECT_FORM:
        form = _SUBJECT_FORM[who]
        sp = resolve_pronoun(ctx, form.strip(), u[:at[0]] + form + u[at[1]:])
    else:
        sp = resolve(ctx, who, u)
    return sp if sp is not None and sp.named else None
