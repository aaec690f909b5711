"""Pollsters and research houses named by one word before what they published (issue 11,
organisations as sources): "a Pierpoll poll shows", "The Harbourview survey found", "according to a
new Roe Institute study" (several words are read as a name already).

A single capitalised word before a poll, a survey or a study is, in news English, the name of
the firm, institute or outlet that ran it ("a Pierpoll poll", "a Baymark study"), not the
surname of a person (a person's poll is written with the full name or a possessive, and a
person the document has introduced is looked up before this is asked). It is no name when it
is a place ("a Florida poll", :func:`.us_states.state_first_words`), an adjective of a people, a
party or a faith ("a Democratic poll", "a Hispanic survey": by its ending), a state the registry knows,
or a modifier capitalised at the start of the phrase ("New polls", "Another survey")."""
from __future__ import annotations

import re
from functools import lru_cache

from ..toml_data import word_set
from .source_vocab import source_vocab
from .us_states import state_first_words

# adjectives of peoples, parties and faiths by their English endings ("Democratic", "Republican",
# "Hispanic", "British", "Chinese", "Iraqi", "Catholic", "Evangelical")
_ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:an|ian|ic|ical|ish|ese|i|ive|al)")
# a single word written as a name: a capital, then letters (inner capitals allowed: "PierPoll")
_NAME_RE = re.compile(r"[A-Z][A-Za-z]{2,}")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return word_set("attribution.toml", "pollster_heads")


def is_adjective_of_a_people(word: str) -> bool:
    """Whether a capitalised word is by its ending an adjective of a people, a party or a faith
    ("Democratic", "Republican", "Hispanic", "British", "Chinese")."""
    return bool(_ADJECTIVE_RE.fullmatch(word))


def names_pollster(org: str, head: str, registry) -> bool:
    """Whether the one word `org` before the document head `head` names the organisation that
    ran the poll or study ("Pierpoll" of "a Pierpoll poll"); False for places, adjectives, states
    and modifiers, and for heads other than polls, surveys and studies ("the Roe report" may be
    a person's)."""
    if head.lower() not in _heads() or " " in org or not _NAME_RE.fullmatch(org):
        return False
    low = org.lower()
    if low in state_first_words() or low in source_vocab().document_modifiers or is_adjective_of_a_people(org):
        return False
    return registry.state_of(org) is None
