"""Who the outlet's own sentence is about: its subject, the likely antecedent of a following
"he" or "she" ("Vale defied the question." -> Vale; "The senator met Jane Roe." -> the
senator the document named). Split out of ``driver``, which keeps the last person so found."""
from __future__ import annotations

import re

from ..gender import given_name_gender
from .context import DocContext
from .patterns import NON_NAME_WORDS
from .resolve import resolve
from .speaker import Speaker, is_person_kind


# `opens_with`'s pattern with the surname as a backreference to the text before a NUL
# ("Roe\0Jane Roe said …"): compiled once, where a pattern per surname (re.escape) compiled
# one for every person named, ~130 on bench/extraction.py's 92 pages. The same match: \1 is
# the surname literally, and the NUL before the sentence is no word character, as its start.
_OPENS_WITH_RE = re.compile(r"([^\0]*)\0\W*(?:[A-Z][\w.'’\-]*\s+){0,3}\1\b")


def opens_with(u: str, name: str) -> bool:
    """Whether the sentence opens with the person's name, as its subject ("Jane Roe said …",
    "Sen. Roe, who …"): a capitalised run of at most three words, then their surname."""
    surname = name.rsplit(" ", 1)[-1]
    if "\0" in surname:  # never in a name; the pattern of its own then
        return re.match(r"\W*(?:[A-Z][\w.'’\-]*\s+){0,3}" + re.escape(surname) + r"\b", u) is not None
    return _OPENS_WITH_RE.match(surname + "\0" + u) is not None


# a capitalised word that opens a sentence as its subject, before a verb in the past tense
# ("Vale defied …"; "Vale, 45, denounced …" is not this form: the verb must follow it)
_SURNAME_SUBJECT_RE = re.compile(r"\W*(?:(?:But|And|Yet|So|Still|Meanwhile|Later|Then),?\s+)?"
                                 r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[a-z]+ly\s+)?(?:also\s+)?[a-z]{3,}ed\b")


def surname_subject(ctx: DocContext, u: str, v, lowered) -> str | None:
    """The surname that is the subject of a sentence of the outlet ("Vale defied the
    question, and didn't make a choice."), when it names no actor the registry or the
    document knows and the text never writes it in lower case (no "Critics", "Officials"):
    the person a following "he" or "she" most likely means. None otherwise."""
    m = _SURNAME_SUBJECT_RE.match(u)
    if m is None:
        return None
    name = m.group("name")
    low = name.lower()
    if low in NON_NAME_WORDS or low in v.openers or low in v.subordinators or low in v.unnamed_heads \
            or low in v.official_heads or low in v.person_nouns or low in lowered:
        return None
    if ctx.lookup_name(name) is not None or ctx.registry.state_of(name) or given_name_gender(f"{name} _"):
        return None  # a known actor (the existing rules place them), a state, a given name
    return name


# a definite description of a person that opens a sentence, maybe as a possessor: "The president
# met …", "The senator's plan …", "The former secretary of state …" (its first three words)
_ROLE_SUBJECT_RE = re.compile(r"The((?:\s+[a-z\-]+(?:['’]s)?){1,3})")
ROLE_OPENINGS = ("The ",)  # (what _ROLE_SUBJECT_RE opens with: tested first)


def role_subject(ctx: DocContext, u: str, v) -> Speaker | None:
    """The person a role description that opens the outlet's sentence stands for ("The
    president …", "The former senator's …" -> the person the document or the registry holds the
    role), or None: its head is the first noun of a person (``person_nouns``) of its words."""
    m = _ROLE_SUBJECT_RE.match(u)
    if m is None:
        return None
    words = m.group(1).split()
    for k, word in enumerate(words):
        head = word.removesuffix("'s").removesuffix("’s")
        if head in v.person_nouns:
            sp = resolve(ctx, " ".join(["the", *words[:k], head]), u)
            return sp if sp is not None and sp.named and is_person_kind(sp.kind) else None
    return None


FIRST_WORD_RE = re.compile(r"\W*(\w+)")
# a sentence whose subject is a personal pronoun: "She was a booster of Jane Roe.", "But he …",
# also after an opening adverbial, which English puts before the subject: a time ("But on
# Sunday he …", "Later, she …"), a prepositional phrase or a subordinate clause closed by a
# comma ("At the rally, he …", "When Roe arrived, she …"): a person named there is no subject
PRONOUN_SUBJECT_RE = re.compile(
    r"\W*(?:(?:And|But|Yet|So|Still|Now|Then)\s+)?"
    r"(?:(?:(?:[Oo]n|[Ii]n|[Bb]y)\s+(?:\w+\s+)?\w+|[Ll]ater|[Ee]arlier|[Tt]hen|[Ss]oon|[Aa]gain|[Nn]ow|[Tt]oday|[Yy]esterday"
    r"|[Ll]ast\s+\w+|[Tt]his\s+\w+|\w+ly)\s*,?\s+"
    r"|(?:[Aa]t|[Ii]n|[Oo]n|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Dd]espite|[Ww]ith|[Ww]ithout|[Tt]hroughout|[Ff]or|"
    r"[Ff]rom|[Ww]ithin|[Aa]mid|[Ff]ollowing|[Ww]hen|[Ww]hile|[Aa]s|[Aa]lthough|[Tt]hough|[Ii]f|[Bb]ecause|[Oo]nce)\s+"
    r"[^,;:.!?\"“”]{1,80},\s+)?(?:He|She|he|she)\b")

