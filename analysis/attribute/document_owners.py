"""A document after "according to" that its possessor owns: "according to his memoir", "according to
her Facebook profile", "according to the foundation's tally". A record of one's own is that
person's or body's account (general English: a possessive before a document names its author or
keeper), so the source is the possessor: a person a possessive pronoun stands for, or the
document's body a possessive description names. Nothing when the possessor is no named speaker."""
from __future__ import annotations

import re

from .resolve import resolve
from .source_vocab import source_vocab

# a possessive, up to three capitalised or lower-case modifiers, the document's head noun, and
# nothing after it but what tells when it came out ("his Facebook profile", "the group's annual
# tally", "her 2014 memoir")
_OWNED_RE = re.compile(r"(?P<owner>[Hh]is|[Hh]er|(?:[Tt]he\s+)?[a-z][\w\-]*['’]s)\s+(?P<mods>(?:[\w\-]+\s+){0,3}?)"
                       r"(?P<head>[a-z]+)(?:\s+(?:released|published|posted|filed|issued)\b.*)?")
_PRONOUNS = {"his": "he", "her": "she"}


def owned_document(ctx, phrase: str, u: str):
    """The named speaker whose document the phrase after "according to" is, else None."""
    m = _OWNED_RE.fullmatch(phrase.strip(" ,.'\"“”"))
    if m is None or m.group("head") not in source_vocab().document_heads:
        return None
    if any(w.lower() in ("by", "of", "from", "about", "on") for w in m.group("mods").split()):
        return None  # ("his book about Roe" is read elsewhere; a preposition is no modifier)
    owner = m.group("owner")
    who = _PRONOUNS.get(owner.lower()) or re.sub(r"['’]s$", "", owner)
    sp = resolve(ctx, who, u)
    return sp if sp is not None and sp.named else None
