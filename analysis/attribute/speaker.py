"""Who a statement is given to (:class:`Speaker`), and the small rules about speakers that
every stage of attribution shares, one function each."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import NARRATOR, NON_ACTOR_PREFIX
from ..toml_data import word_set
from .patterns import POSSESSIVE_RE

# the kinds of speaker that are one human being ("he" and "she" can be one of them)
PERSON_KINDS = ("person", "official", "journalist")


@dataclass
class Speaker:
    name: str
    kind: str  # person, official, journalist, state, organisation, media, group, unnamed, narrator, commenter, reporter

    @property
    def named(self) -> bool:
        # is_actor_name, inlined: asked ~16,000 times a corpus pass
        name = self.name
        return bool(name) and not name.startswith(NON_ACTOR_PREFIX)


NARRATOR_SPEAKER = Speaker(NARRATOR, "narrator")

# a reading of a subject phrase that answers "no speaker": resolve stops there and returns None
# (a reading that returns None lets resolve try the next one)
STOP = object()
REPORTER = Speaker("(reporter)", "journalist")
# a line that opens with the reporter's label and a dash: "Q — right now are …"
REPORTER_LINE_RE = re.compile(r"[ \t]*(?:Q|QUESTION)[ \t]*[—–]+[ \t]")


class _NoActor:
    kind = None


_NO = _NoActor()


def is_person_kind(kind: str | None) -> bool:
    """A speaker of this kind is one human being: a person, an official or a journalist."""
    return kind in PERSON_KINDS


def is_unnamed_group(sp: Speaker) -> bool:
    """An unnamed source of several people ("(unnamed officials)", "(unnamed people)" for "Some
    say …"): "they" can be it, "he" and "she" cannot."""
    return sp.kind == "unnamed" and (sp.name.endswith("s)") or sp.name == "(unnamed people)")


def unnamed_head(sp: Speaker) -> str | None:
    """The description of an unnamed source as the text writes it ("(unnamed spokeswoman)" ->
    "spokeswoman"), None for any other speaker."""
    name = sp.name
    return name[len(_UNNAMED):-1] if name.startswith(_UNNAMED) and name.endswith(")") else None


_UNNAMED = "(unnamed "


def is_unnamed_thing(sp: Speaker) -> bool:
    """An unnamed source that is no human being: a document, a publication or an institution by its
    common noun ("(unnamed paper)", "(unnamed book)", "(unnamed campaign)"): "he" and "she" cannot
    be it (attribution.toml ``speaking_things`` and ``document_heads``, but the people among them)."""
    head = unnamed_head(sp) if sp.kind == "unnamed" else None
    return head is not None and head.rsplit(" ", 1)[-1].lower() in _thing_heads()


@lru_cache(maxsize=1)
def _thing_heads() -> frozenset[str]:
    people = word_set("attribution.toml", "person_nouns") | _HUMAN_THINGS
    return (word_set("attribution.toml", "speaking_things") | word_set("attribution.toml", "document_heads")) - people


# heads of ``speaking_things`` that are one human being's voice ("the announcer said", "a caller asked")
_HUMAN_THINGS = frozenset({"announcer", "narrator", "voice", "caller"})


def is_registry_person(registry, name: str) -> bool:
    """`name` is a person in the registry (or among the names the document taught it)."""
    return (registry.lookup(name) or _NO).kind == "person"


# the endings of a possessive: "Russia's", "Roe’s", "Sanders'"
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def _unpossess(s: str) -> str:
    """ "Russia's" -> "Russia"; a plural or -s name's possessive too: "Sanders'" -> "Sanders"."""
    return POSSESSIVE_RE.sub("", s) if s.endswith(POSSESSIVE_ENDINGS) else s


def pronoun_at(masked: str, phrase: str) -> int:
    """Where the space before the first `phrase` (a pronoun) of a sentence stands, the pronoun
    followed by a space, a comma or a contraction ("… he said", "… he’s said", "they'd"); -1
    when it stands nowhere after a space (a sentence that opens with it)."""
    at = masked.find(" " + phrase)
    while at >= 0:
        after = masked[at + 1 + len(phrase):at + 2 + len(phrase)]
        if after in (" ", ",", "'", "’"):
            return at
        at = masked.find(" " + phrase, at + 1)
    return -1
