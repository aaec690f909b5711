"""The actor registry: canonical names, kinds, countries, roles with dates, aliases.

The shipped registry is ``data/actors.toml``; a user's own files (``--actors FILE`` or the
``STANCEWATCH_ACTORS`` environment variable) extend or override it in the same format.
Names found in text that the registry lacks become actors too (``Registry.add``).
"""
from __future__ import annotations

import hashlib
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

KINDS = ("person", "state", "organisation", "group", "media")
TABLES = {"person": "person", "state": "state", "organisation": "organisation", "group": "group", "media": "media"}
# Words that stand before a name and are not part of it ("President Putin", "Mr Lavrov").
HONORIFICS = re.compile(
    r"^(?:(?:the|mr|mrs|ms|dr|sir|dame|lord|president|vice president|prime minister|premier|chancellor|"
    r"foreign minister|foreign secretary|secretary of state|secretary|minister|senator|sen|rep|gov|gen|general|"
    r"ambassador|amb|king|queen|prince|crown prince|ayatollah|supreme leader|leader|spokesman|spokeswoman|"
    r"spokesperson|chairman|commissioner|envoy|deputy|acting|former|defense secretary|defence secretary|"
    r"secretary-general|secretary general|press secretary|director|adviser|advisor)\.?\s+)+",
    re.I,
)
# Order in which a "leader" of a state is looked for.
LEADER_ROLES = ("supreme leader", "president", "chancellor", "prime minister", "head of state")


@dataclass(frozen=True)
class Role:
    role: str
    country: str | None
    start: str | None
    end: str | None

    def held_on(self, date: str | None) -> bool:
        if not date:
            return not self.end
        # a date may be a year ("2022") or a day; compare on the common prefix
        return (not self.start or self.start[: len(date)] <= date) and (not self.end or date <= self.end[: max(len(date), 10)])


@dataclass
class Actor:
    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    adjectives: tuple[str, ...] = ()
    known: bool = True  # False for names found in text only


@lru_cache(maxsize=1 << 16)
def _key(s: str) -> str:
    """A look-up key: no diacritics, straight apostrophes, hyphens as spaces, lower case."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").replace("‘", "'").replace("ı", "i")
    s = re.sub(r"(?<=\w)-(?=\w)", " ", s)
    s = s.lower()
    # dotted abbreviations lose their dots: "U.S." = "U.S" = "US", "J.D." = "JD"
    s = re.sub(r"\b(?:[a-z]\.\s?){1,3}[a-z]\b\.?", lambda m: m.group(0).replace(".", "").replace(" ", ""), s)
    return re.sub(r"\s+", " ", s).strip(" ,")


def _strip_mention(m: str) -> str:
    m = m.strip()
    m = re.sub(r"['’]s?$", "", m) if re.search(r"\w['’]s?$", m) else m
    return HONORIFICS.sub("", m).strip()


class Registry:
    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self._by_key: dict[str, Actor] = {}
        self._surnames: dict[str, set[str]] = {}
        self._states: dict[str, str] = {}
        self._roles: dict[str, tuple[str, str | None]] = {}
        self._role_phrases: list[str] = []
        self._hash = hashlib.sha256()
        self._holders: dict[tuple[str, str | None], list[tuple[Role, Actor]]] = {}
        self._lookups: dict[str, Actor | None] = {}  # remembered look-ups, forgotten by add()

    # -- loading -------------------------------------------------------------------
    def _load_text(self, text: str, origin: str) -> None:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise ValueError(f"{origin}: not a valid actor file: {e}") from None
        self._hash.update(origin.encode() + b"\0" + text.encode())
        for table, kind in TABLES.items():
            entries = data.get(table, [])
            if not isinstance(entries, list):
                raise ValueError(f"{origin}: [[{table}]] must be an array of tables")
            for i, e in enumerate(entries, 1):
                if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
                    raise ValueError(f"{origin}: {table} #{i} has no name")
                try:
                    roles = tuple(Role(r[0].lower(), (r[1] or None) if len(r) > 1 else None,
                                       (r[2] or None) if len(r) > 2 else None, (r[3] or None) if len(r) > 3 else None)
                                  for r in e.get("roles", []))
                except (TypeError, IndexError, AttributeError):
                    raise ValueError(f"{origin}: {table} {e['name']!r}: roles must be [[role, of, from, to], ...]") from None
                actor = Actor(e["name"].strip(), kind, e.get("country") or None, tuple(e.get("aliases", [])), roles,
                              tuple(e.get("adjectives", [])))
                old = self.actors.get(actor.name)
                if old is not None and not e.get("replace"):
                    actor = Actor(old.name, kind if table != old.kind and e.get("kind") else old.kind,
                                  actor.country or old.country,
                                  old.aliases + tuple(a for a in actor.aliases if a not in old.aliases),
                                  old.roles + tuple(r for r in actor.roles if r not in old.roles),
                                  old.adjectives + tuple(a for a in actor.adjectives if a not in old.adjectives))
                self.actors[actor.name] = actor
        for role, phrases in data.get("roles", {}).items():
            for ph in phrases:
                self._roles[_key(ph)] = (role.lower(), None)
        for ph, country in data.get("role_country", {}).items():
            role = self._roles.get(_key(ph), (None, None))[0]
            if role:
                self._roles[_key(ph)] = (role, country)

    def _index(self) -> None:
        self._lookups.clear()
        self._by_key.clear()
        self._surnames.clear()
        self._states.clear()
        self._holders.clear()
        explicit: dict[str, Actor] = {}
        for a in self.actors.values():
            for n in (a.name,) + a.aliases:
                explicit.setdefault(_key(n), a)
            if a.kind == "person" and len(a.name.split()) >= 2:
                # the last word as written ("Jean-Pierre", "al-Assad"), keyed like any mention
                self._surnames.setdefault(_key(a.name.split()[-1]), set()).add(a.name)
            if a.kind == "state":
                for n in (a.name,) + a.aliases + a.adjectives:
                    self._states.setdefault(_key(n), a.name)
                    if n.lower().startswith("the "):
                        self._states.setdefault(_key(n[4:]), a.name)
            for r in a.roles:
                self._holders.setdefault((r.role, r.country), []).append((r, a))
        for surname, names in self._surnames.items():
            if len(names) == 1 and surname not in explicit:
                self._by_key[surname] = self.actors[next(iter(names))]
        self._by_key.update(explicit)
        self._role_phrases = sorted(self._roles, key=len, reverse=True)

    # -- look-ups ------------------------------------------------------------------
    def lookup(self, mention: str) -> Actor | None:
        """The actor a mention names: canonical name, alias, unambiguous surname, with
        honorifics, possessives, diacritics, hyphens and middle initials forgiven."""
        if not mention:
            return None
        try:
            return self._lookups[mention]
        except KeyError:
            pass
        hit = self._lookup(mention)
        self._lookups[mention] = hit
        return hit

    def _lookup(self, mention: str) -> Actor | None:
        k = _key(mention)
        hit = self._by_key.get(k)
        if hit is not None:
            return hit
        k = _key(_strip_mention(mention))
        if k.startswith("the "):
            k = k[4:]
        hit = self._by_key.get(k)
        if hit is None and " " in k:
            # "Sergei V. Lavrov": drop middle initials
            k2 = " ".join(t for t in k.split() if not re.fullmatch(r"[a-z]\.?", t))
            hit = self._by_key.get(k2)
        return hit

    def holder(self, role: str, country: str | None, date: str | None) -> Actor | None:
        """Who held `role` for `country` (a state or organisation) on `date` (ISO date or year)."""
        if role == "leader":
            for r in LEADER_ROLES:
                hit = self.holder(r, country, date)
                if hit:
                    return hit
            return None
        cands = self._holders.get((role, country), [])
        if not cands and country is None:
            cands = [c for (r, _), lst in self._holders.items() if r == role for c in lst]
        if not cands:
            return None
        if date and len(date) == 4:  # a year: whoever held it for most of the year
            best = max(cands, key=lambda ra: _days_in_year(ra[0], int(date)))
            return best[1] if _days_in_year(best[0], int(date)) > 0 else None
        live = [(r, a) for r, a in cands if r.held_on(date)]
        if not live:
            return None
        return max(live, key=lambda ra: ra[0].start or "")[1]

    def role_of_phrase(self, phrase: str) -> tuple[str, str | None] | None:
        """ "top diplomat" -> ("foreign minister", None); "State Department spokesperson" -> (…, "United States")."""
        return self._roles.get(_key(phrase))

    @property
    def role_phrases(self) -> list[str]:
        return list(self._role_phrases)

    def state_of(self, word: str) -> str | None:
        """A state's name, alias, metonym or demonym -> the state ("Russian", "Moscow" -> Russia)."""
        if not word:
            return None
        k = _key(word)
        hit = self._states.get(k)
        if hit is None and (k.endswith("'s") or k.endswith("'")):
            hit = self._states.get(k.rstrip("s").rstrip("'"))
        return hit

    def add(self, name: str, kind: str = "person", country: str | None = None) -> Actor:
        """A name found in text that the registry lacks becomes an actor (known=False)."""
        hit = self.lookup(name) if kind == "person" else self._by_key.get(_key(name))
        if hit is not None:
            return hit
        actor = Actor(name, kind, country, known=False)
        self.actors[name] = actor
        self._by_key[_key(name)] = actor
        self._lookups.clear()
        return actor

    def all_names(self) -> list[str]:
        names = {n for a in self.actors.values() for n in (a.name,) + a.aliases}
        return sorted(names, key=len, reverse=True)

    def fingerprint(self) -> str:
        """A hash of the loaded files: changes when any of them changes."""
        return self._hash.hexdigest()[:16]


def _days_in_year(r: Role, year: int) -> int:
    from datetime import date

    lo, hi = date(year, 1, 1), date(year, 12, 31)
    try:
        s = date.fromisoformat(r.start) if r.start else lo
        e = date.fromisoformat(r.end) if r.end else hi
    except ValueError:
        return 0
    return max(0, (min(e, hi) - max(s, lo)).days)


def load_registry(extra: Iterable[str | Path] = ()) -> Registry:
    """The shipped registry, then each user file in order, then $STANCEWATCH_ACTORS."""
    reg = Registry()
    reg._load_text(resources.files("analysis").joinpath("data/actors.toml").read_text("utf-8"), "actors.toml")
    files = [Path(p) for p in extra]
    env = os.environ.get("STANCEWATCH_ACTORS")
    if env:
        files += [Path(p) for p in env.split(os.pathsep) if p]
    for f in files:
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise ValueError(f"{f}: cannot read actor file: {e}") from None
        reg._load_text(text, str(f))
    reg._index()
    return reg
