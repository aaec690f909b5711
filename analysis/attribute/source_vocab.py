"""The word lists that name sources of reported speech (``attribution.toml``: document heads
and verbs, group and collective heads, the nouns of people, bodies and documents), read once
into a :class:`SourceVocab` shared by the source readers (``sources``, ``group_sources``)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..toml_data import data_file, word_set


@dataclass(frozen=True)
class SourceVocab:
    document_heads: frozenset[str]
    document_verbs: frozenset[str]
    that_verbs: frozenset[str]
    group_heads: frozenset[str]
    collective_heads: frozenset[str]
    known_heads: frozenset[str]  # singular nouns of who or what may be a source: people, bodies, documents
    document_modifiers: frozenset[str]  # lower-case words that may stand before a document's head
    conformity_heads: frozenset[str]  # "according to plan": what one conforms to, never a source
    quantifier_subjects: frozenset[str]  # "Some say …", "Others argue …": an unnamed group
    negative_subjects: frozenset[str]  # "Nobody believes …": no speaker at all
    as_clause_verbs: frozenset[str]  # "As The Times reported, …": verbs of a reporting "as"-clause
    finding_verbs: frozenset[str] = frozenset()  # "The court found that …": whoever found it, before "that"
    outlet_name_heads: frozenset[str] = frozenset()  # "the Huffington Post": a document head that ends an outlet's name
    another_subjects: frozenset[str] = frozenset()  # "Another wondered …": one more of the unnamed sources just quoted


@lru_cache(maxsize=1)
def source_vocab() -> SourceVocab:
    raw = data_file("attribution.toml")
    people = set(raw.get("person_nouns", ())) | set(raw.get("journalist_words", ()))
    bodies = set(raw.get("collective_heads", ()))
    plurals = {_plural(p) for p in people | bodies if len(p) > 3}
    known = ("person_nouns", "journalist_words", "collective_heads", "document_heads", "speaking_things",
             "unnamed_heads", "official_heads")
    return SourceVocab(frozenset(raw.get("document_heads", ())), frozenset(raw.get("document_verbs", ())),
                       frozenset(raw.get("that_verbs", ())), frozenset(raw.get("group_heads", ())) | plurals,
                       frozenset(bodies), frozenset(w for k in known for w in raw.get(k, ())),
                       _LEAD | frozenset(raw.get("document_modifiers", ())),
                       frozenset(raw.get("conformity_heads", ())), frozenset(raw.get("quantifier_subjects", ())),
                       frozenset(raw.get("negative_subjects", ())), frozenset(raw.get("as_clause_verbs", ())),
                       frozenset(raw.get("finding_verbs", ())), frozenset(raw.get("outlet_name_heads", ())),
                       frozenset(raw.get("another_subjects", ())))


def capitalised_office_heads() -> frozenset[str]:
    """Offices a document capitalises alone after "the" ("The Minister said")."""
    return word_set("attribution.toml", "capitalised_office_heads")


def office_acronyms() -> frozenset[str]:
    """Offices written as acronyms ("CEO", "MP"), in lower case."""
    return word_set("attribution.toml", "office_acronyms")


def _plural(noun: str) -> str:
    """The regular English plural: "supporter" -> "supporters", "company" -> "companies"."""
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# the words that may stand before a document's head noun besides capitalised names
_LEAD = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "new", "latest", "recent",
                   "last", "previous", "earlier", "first", "second", "final", "internal", "national", "state",
                   "federal", "annual", "joint", "separate", "exhaustive", "confidential", "leaked", "secret",
                   "draft", "official", "independent", "nonpartisan", "bipartisan", "public", "private",
                   "another", "one", "two", "instant", "opinion", "online", "television", "campaign", "court",
                   "police", "government", "congressional", "memorable", "detailed", "brief", "short", "long"})
