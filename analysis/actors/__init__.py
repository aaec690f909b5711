"""The actor registry: canonical names, kinds, countries, roles with dates, aliases.

The shipped registry is ``data/states.toml`` (every state, generated) and ``data/actors.toml``; a user's own files (``--actors FILE`` or the
``STANCEWATCH_ACTORS`` environment variable) extend or override it in the same format.
Names found in text that the registry lacks become actors too (``Registry.add``).

Every look-up is a dictionary hit on a normalised key (no diacritics, hyphens as spaces,
dotted initials joined, lower case), built once at load time and remembered per mention:
the registry is consulted for every sentence of a large corpus.

The package's modules: ``model`` (actors, roles, the files' tables), ``names`` (look-up keys,
possessives, surnames), ``periods`` (role dates) and ``registry`` (the files loaded, indexed
and looked up; :func:`load_registry`).
"""
from __future__ import annotations

from .model import KINDS, LEADER_ROLES, META_ROLES, Actor, Role
from .names import FAMILY_NAME_FIRST, HONORIFICS, PARTICLES, SURNAME_STOPWORDS, _key, _surnames, _unpossess
from .registry import Registry, load_registry

__all__ = ["KINDS", "LEADER_ROLES", "META_ROLES", "Actor", "Role", "FAMILY_NAME_FIRST", "HONORIFICS", "PARTICLES",
           "SURNAME_STOPWORDS", "_key", "_surnames", "_unpossess", "Registry", "load_registry"]
