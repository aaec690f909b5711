"""The registry as one document sees it (:class:`DocumentActors`): the shared registry's
actors, plus the names the document taught, and the one person whose name a near-identical
spelling is ("Angela Markel" -> Angela Merkel). The names are learned by
:func:`.names.learn_names`; the registry itself is never changed."""
from __future__ import annotations

from functools import lru_cache

from ..actors import HONORIFICS, Actor, _key
from ..spelling import name_skeleton, similar_spelling
from ..actors import _unpossess as _actor_unpossess


_VARIANTS: dict[str, dict] = {}  # registry fingerprint -> skeleton -> its people


def _registry_variants(registry) -> dict:
    fp = registry.fingerprint()
    if fp not in _VARIANTS:
        index: dict[tuple, list] = {}
        for a in registry.actors.values():
            if a.kind == "person" and getattr(a, "known", True):
                for n in (a.name,) + tuple(a.aliases):
                    k = name_skeleton(n)
                    if k is not None and a not in index.setdefault(k, []):
                        index[k].append(a)
        _VARIANTS[fp] = index
    return _VARIANTS[fp]


@lru_cache(maxsize=1 << 14)
def _learned_keys(mention: str) -> tuple[str, ...]:
    """The keys a mention is looked up by among a document's learned names, in order: as
    written, without its possessive, without its honorifics ("President Jane Roe's" ->
    "jane roe"). A function of the string alone, remembered: a document asks each mention
    again after every name it learns."""
    bare = _actor_unpossess(mention)
    return tuple(_key(cand) for cand in (mention, bare, HONORIFICS.sub("", bare + " ").strip()) if cand)


class DocumentActors:
    """The registry as one document sees it: the shipped and user files, plus the names this
    document taught (``add``). The registry itself is never changed, so a document's output
    is a function of its text, its metadata and the registry files alone: no order, subset
    or worker of a batch changes it."""

    def __init__(self, registry):
        self.base = registry
        self.learned: dict[str, Actor] = {}  # look-up key -> actor found in this document's text
        self._seen: dict[str, Actor | None] = {}  # mention -> learned actor, forgotten by add()

    def __getattr__(self, name):  # state_of, holder, role_of_phrase, … : the registry's own
        value = getattr(self.base, name)
        if getattr(value, "__self__", None) is self.base:
            # a method of the registry: kept on this view, so the next call finds it at once
            # (asked here thousands of times per document; the registry's methods never change)
            self.__dict__[name] = value
        return value

    def lookup(self, mention: str):
        hit = self.base.lookup(mention)
        if hit is not None or not self.learned or not mention:
            return hit
        try:
            return self._seen[mention]
        except KeyError:
            pass
        for key in _learned_keys(mention):
            hit = self.learned.get(key)
            if hit is not None:
                break
        self._seen[mention] = hit
        return hit

    def variant_of(self, name: str):
        """The one person of the registry, or of this document, whose name is a near-identical
        spelling or transliteration of `name` ("Angela Markel" -> Angela Merkel, "Qassem
        Suleimani" -> Qasem Soleimani): the same consonant skeleton in every part of the name
        and at least 80 % of the characters alike. To keep a variant apart, give it its own
        entry in an actor file: an exact name always wins."""
        key = name_skeleton(name)
        if key is None:
            return None
        index = _registry_variants(self.base)
        found = list(index.get(key, ()))
        found += [a for a in self.learned.values() if a.kind == "person" and name_skeleton(a.name) == key]
        found = [a for a in found if similar_spelling(a.name, name)]
        return found[0] if len({a.name for a in found}) == 1 else None

    def add(self, name: str, kind: str = "person", country: str | None = None):
        """A name found in this document that the registry lacks (``known=False``)."""
        hit = self.lookup(name) if kind == "person" else None
        if hit is None and kind != "person":
            hit = self.base._by_key.get(_key(name)) or self.learned.get(_key(name))
        if hit is None and kind == "person":
            hit = self.variant_of(name)
        if hit is not None:
            return hit
        actor = Actor(name, kind, country, known=False)
        self.learned[_key(name)] = actor
        self._seen.clear()
        return actor
