"""What the registry holds: actors and their roles with dates, the kinds and the keys of its
files' tables."""
from __future__ import annotations

from dataclasses import dataclass

KINDS = ("person", "state", "organisation", "group", "media")
# actor tables of a file and the kind each gives; [[actor]] entries say their kind
TABLES = {"person": "person", "state": "state", "organisation": "organisation", "organization": "organisation",
          "group": "group", "media": "media", "actor": None}
ACTOR_KEYS = {"name", "kind", "country", "aliases", "adjectives", "roles", "replace", "note", "leader", "iso2", "iso3"}
ROLE_KEYS = {"role", "country", "from", "to", "note"}
TOP_KEYS = set(TABLES) | {"roles", "role_country"}
# Roles looked up through others when nobody holds them by name. A state's entry may give
# its own order for "leader" (`leader = ["chancellor"]`).
LEADER_ROLES = ("supreme leader", "president", "chancellor", "prime minister", "monarch")
META_ROLES = {
    "leader": LEADER_ROLES,
    "head of state": ("monarch", "supreme leader", "president", "nominal head of state"),
    "head of government": ("prime minister", "chancellor", "president"),
}


@dataclass(frozen=True)
class Role:
    role: str
    country: str | None
    start: str | None  # ISO date (a year or month in the file is widened to its first day)
    end: str | None  # ISO date (a year or month in the file is widened to its last day); None: still held


@dataclass
class Actor:
    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    adjectives: tuple[str, ...] = ()
    known: bool = True  # False for names found in text only
    iso2: str | None = None  # states: ISO 3166-1 alpha-2
    iso3: str | None = None  # states: ISO 3166-1 alpha-3



def _strings(value, origin: str, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{origin}: {what} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


@dataclass
class _RawRole:
    role: str
    country: str | None
    start: str | None
    end: str | None
    lo: int
    hi: int

