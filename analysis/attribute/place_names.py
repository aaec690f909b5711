"""Given names that are also the names of places (issue 11): "Jordan Peterson", "Georgia
Smith", "Chad Bown", "America Ferrera", "Paris Jackson".

English given names are often the names of countries and cities (Jordan, Georgia, Chad,
Israel, India, Kenya, America, Paris …). In a capitalised run a state's name normally stands
before the name of someone of that state ("Finland Sauli Niinisto") or of a body ("China
Daily", "Georgia Power", "Israel Defense Forces"), so the name readers stop at it. But a
state's own name before one more capitalised word that can only be a surname, with nothing
between them, is a person's full name: a place is named before a person's full name, not
before a bare surname ("Finland Niinisto" is no English), and a body's name ends in a word
that says what it is (Power, Daily, Forces, Times …). These functions say when."""
from __future__ import annotations

import re
from functools import lru_cache

from ..gender import _place_words
from ..toml_data import word_set
from .cues import vocab
from .patterns import HONORIFIC_WORDS, INSTITUTION_WORDS, NON_NAME_WORDS, ORG_HEADS, PARTICLES, TITLE_ABBREV, TITLE_WORDS

# a surname as written: a capital and at least one lower-case letter ("Bown", "O'Rourke",
# "McDonald", "Smith-Jones"); not an acronym ("TV", "AP") or a number
_SURNAME_SHAPE_RE = re.compile(r"[A-Z][a-z]*(?:['’][A-Z])?[a-z]*(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?")
_INITIAL_RE = re.compile(r"(?:[A-Z]\.){1,2}")


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """The words that end the names of outlets, firms and bodies (``attribution.toml``
    ``body_name_words``), besides the heads of organisations and institutions the patterns list."""
    return word_set("attribution.toml", "body_name_words") | ORG_HEADS \
        | frozenset(INSTITUTION_WORDS) | _place_words()


def names_a_body(toks: list[str], registry) -> bool:
    """ "China Daily", "Georgia Power", "Kenya Airways": a state's name and one word that ends
    the name of an outlet, a firm or a body (``body_name_words``, the organisation heads) name
    that body, not the state nor a person of that surname."""
    return len(toks) == 2 and is_place_word(toks[0], registry) and toks[1][1:].islower() \
        and (toks[1].lower() in _outlet_words() or toks[1].lower() in ORG_HEADS)


def _outlet_words() -> frozenset[str]:
    return word_set("attribution.toml", "body_name_words")


def is_place_word(tok: str, registry) -> bool:
    """Whether `tok` is a state's own name or alias written as a name ("Jordan", "Georgia",
    "Paris"), not an adjective ("Georgian") or an acronym ("US")."""
    if not tok[1:].islower() or not tok.isalpha():
        return False
    actor = registry.lookup(tok)
    return actor is not None and actor.kind == "state"


def reads_as_surname(word: str, registry, lower=None) -> bool:
    """Whether a capitalised word can only be a person's surname: shaped as one, not a word of
    a closed class, a title, a describing noun or a word that ends a body's or a place's name
    ("Power", "Daily", "Forces", "Valley"), not a state's word or any actor the registry
    knows by it ("Hamas", "Putin"), and not a word the document writes in lower case
    (`lower`, when given: "power" in "Georgia Power said the power was out")."""
    from .evidence import closed_class_words  # (evidence reads the name readers: imported late)
    if len(word) < 2 or not _SURNAME_SHAPE_RE.fullmatch(word):
        return False
    if "-" in word:  # "Smith-Jones", each part a surname ("Saint-Germain" is a place's)
        return all(reads_as_surname(part, registry, lower) for part in word.split("-"))
    low = word.lower()
    v = vocab()
    if low in NON_NAME_WORDS or low in TITLE_WORDS or low in TITLE_ABBREV or low in _body_words() \
            or low in v.person_nouns or low in v.official_heads or low in v.unnamed_heads \
            or low.removesuffix("s") in v.person_nouns or low in closed_class_words():
        return False
    if registry.state_of(word) or registry.lookup(word) is not None:
        return False
    return lower is None or low not in lower


def place_given_name(toks: list[str], j: int, registry, lower=None) -> bool:
    """Whether the place word toks[j] is the given name of the person named by the rest of
    the span: it opens the span or follows a title or a describing noun ("Sen. Georgia Smith",
    "Economist Chad Bown"), what follows it is one surname, maybe after initials ("Georgia A.
    Smith"), that :func:`reads_as_surname`, and the span is no state's or actor's name as a whole."""
    if not is_place_word(toks[j], registry):
        return False
    if j > 0:
        before = toks[j - 1].lower().strip(".")
        if not (before in TITLE_ABBREV or before in TITLE_WORDS or before in NON_NAME_WORDS
                or before in vocab().person_nouns):  # "Economist Chad Bown"
            return False
    rest = toks[j + 1:]
    if not rest or not all(_INITIAL_RE.fullmatch(t) for t in rest[:-1]):
        return False
    whole = " ".join(toks[j:])
    if registry.state_of(whole) or registry.lookup(whole) is not None:
        return False
    return reads_as_surname(rest[-1], registry, lower)


_PARTICLE_RE = re.compile(PARTICLES, re.I)


def particle_surname_of_another(toks: list[str], i: int, actor, registry) -> bool:
    """ "Ana da Silva" is not Lula da Silva, "Khalid bin Salman" not Mohammed bin Salman: a
    surname that opens with a particle (toks[i]: "da", "bin", "van") follows a given name or a
    title and nothing else, so a capitalised word before it that is no title, honorific,
    describing noun or state's word, and none of the known person's own given names (nor one
    of their initial, the benefit of the doubt: "Luiz"/"Lula"), is another person's given name."""
    if i < 1 or not _PARTICLE_RE.fullmatch(toks[i]):
        return False
    word = toks[i - 1].strip(".,")
    low = word.lower()
    if len(low) < 2 or not word[:1].isupper() or not low.isalpha() or low in NON_NAME_WORDS or low in TITLE_WORDS \
            or low in TITLE_ABBREV or low in HONORIFIC_WORDS or low in vocab().person_nouns or registry.state_of(word):
        return False
    theirs = {g for n in (actor.name, *getattr(actor, "aliases", ())) for g in n.lower().split()}
    return not any(g[:1] == low[:1] for g in theirs)
