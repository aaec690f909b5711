"""A person the text names by the given name alone, as the appositive of a kinship noun: "his
wife, Jane, …", "Roe's daughter, Ann, …", "her husband, Tom, …". No list of people knows
such a name, but the noun says it is a person and of which gender: the antecedent of a
following "she" ("his wife, Jane, spoke next …" / '"…," she said') when the person the
text was about is a man (:func:`.pronouns.resolve_pronoun`). The kinship nouns are data
(attribution.toml ``kin_nouns``), their genders :data:`.patterns.GENDERED`'s."""
from __future__ import annotations

import re
from functools import lru_cache

from ..toml_data import word_set
from .patterns import GENDERED


@lru_cache(maxsize=1)
def _kin_re() -> re.Pattern:
    """A possessive ("his", "her", "their", "Roe's"), at most one modifier, a kinship noun, a
    comma, a capitalised name of one or two words and the comma that closes the appositive."""
    kin = sorted(word_set("attribution.toml", "kin_nouns"), key=len, reverse=True)
    return re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.\-]*['’]s)\s+(?:[a-z]+\s+)?(?P<kin>" + "|".join(kin)
                      + r")\s*,\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,")


def kin_named(sentences: list[str], want: str) -> str | None:
    """The name of the latest kin appositive of gender `want` ("m"/"f") in `sentences` (the last
    few sentences read, oldest first), else None."""
    for u in reversed(sentences):
        if "," not in u:
            continue
        for m in reversed(list(_kin_re().finditer(u))):
            if GENDERED.get(m.group("kin")) == want:
                return m.group("name")
    return None
