"""The registry itself: its files loaded and indexed, and every look-up (a name, a state, a
role's holder on a date) a dictionary hit, remembered per mention."""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from .. import toml_data
from ..actor_files import registry_texts
from .model import (ACTOR_KEYS, KINDS, LEADER_ROLES, META_ROLES, ROLE_KEYS, TABLES, TOP_KEYS, Actor, Role, _RawRole,
                    _strings)
from .names import HONORIFICS, SURNAME_STOPWORDS, _is_acronym, _key, _no_initials, _surnames, _unpossess
from .periods import _FAR, _parse_date, _query_span

class Registry:
    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self._raw_roles: dict[str, list[_RawRole]] = {}
        self._leaders: dict[str, tuple[str, ...]] = {}
        self._phrases: dict[str, str] = {}  # key -> canonical role
        self._phrase_text: dict[str, str] = {}  # key -> the phrase as written
        self._role_country: dict[str, str] = {}  # key -> country the phrase implies
        self._digests: list[str] = []
        self._fingerprint = hashlib.sha256(b"").hexdigest()
        # built by _index()
        self._by_key: dict[str, Actor] = {}
        self._after_title: dict[str, Actor] = {}  # surnames that are ordinary words: "Mrs May"
        self._states: dict[str, str] = {}
        self._holders: dict[tuple[str, str | None], list[tuple[int, int, Actor]]] = {}
        self._lookups: dict[str, Actor | None] = {}  # remembered look-ups, forgotten by add()
        self._caps_only: set[str] = set()
        self._holder_memo: dict[tuple, Actor | None] = {}
        self._memos: dict[str, dict] = {}  # memo(): answers derived from the index, forgotten by _index()
        self._state_memo = self.memo("Registry.state_of")  # word -> state_of(word)
        self._role_memo = self.memo("Registry.role_of_phrase")  # phrase -> role_of_phrase(phrase)

    # -- loading -------------------------------------------------------------------
    def _load_text(self, text: str, origin: str) -> None:
        try:
            data = toml_data.loads(text)
        except toml_data.TOMLDecodeError as e:
            raise ValueError(f"{origin}: not a valid actor file: {e}") from None
        unknown = set(data) - TOP_KEYS
        if unknown:
            raise ValueError(f"{origin}: unknown table {sorted(unknown)[0]!r} (expected one of "
                             f"{', '.join('[[' + t + ']]' for t in TABLES)}, [roles], [role_country])")
        self._digests.append(hashlib.sha256(text.encode("utf-8")).hexdigest())
        self._fingerprint = hashlib.sha256("\n".join(self._digests).encode()).hexdigest()
        for table, kind in TABLES.items():
            entries = data.get(table, [])
            if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
                raise ValueError(f"{origin}: [[{table}]] must be an array of tables")
            for i, e in enumerate(entries, 1):
                self._load_actor(e, table, kind, f"{origin}: {table} #{i}")
        roles = data.get("roles", {})
        if not isinstance(roles, dict):
            raise ValueError(f"{origin}: [roles] must be a table of role = [phrases]")
        for role, phrases in roles.items():
            canon = role.strip().lower()
            for ph in _strings(phrases, origin, f"[roles] {role!r}") + (role,):
                self._phrases[_key(ph)] = canon
                self._phrase_text.setdefault(_key(ph), ph.strip().lower())
        rc = data.get("role_country", {})
        if not isinstance(rc, dict) or not all(isinstance(v, str) for v in rc.values()):
            raise ValueError(f"{origin}: [role_country] must be a table of phrase = \"country\"")
        for ph, country in rc.items():
            if _key(ph) not in self._phrases:
                raise ValueError(f"{origin}: [role_country] {ph!r} is not a phrase of the [roles] table")
            self._role_country[_key(ph)] = country.strip()

    def _load_actor(self, e: dict, table: str, kind: str | None, where: str) -> None:
        name = e.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{where} has no name")
        name = name.strip()
        where = f"{where.rsplit(' #', 1)[0]} {name!r}"
        unknown = set(e) - ACTOR_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown field {sorted(unknown)[0]!r} (fields: {', '.join(sorted(ACTOR_KEYS))})")
        given = e.get("kind")
        if given is not None and (not isinstance(given, str) or given.lower() not in KINDS):
            raise ValueError(f"{where}: kind must be one of {', '.join(KINDS)}")
        if kind and given and given.lower() != kind:
            raise ValueError(f"{where}: kind {given!r} in a [[{table}]] table")
        kind = kind or (given.lower() if given else None)
        if not kind:
            raise ValueError(f"{where}: [[actor]] entries need a kind ({', '.join(KINDS)})")
        country = e.get("country")
        if country is not None and not isinstance(country, str):
            raise ValueError(f"{where}: country must be a string")
        country = (country or "").strip() or None
        aliases = _strings(e.get("aliases"), where, "aliases")
        adjectives = _strings(e.get("adjectives"), where, "adjectives")
        roles = e.get("roles") or []
        if not isinstance(roles, list):
            raise ValueError(f"{where}: roles must be a list of {{ role = ..., country = ..., from = ..., to = ... }}")
        old = self.actors.get(name)
        # a role without a country is the actor's own (the entry's, else the one it extends)
        default = country if "country" in e or old is None else old.country
        raw = [self._parse_role(r, default, f"{where}: role #{j}") for j, r in enumerate(roles, 1)]
        leader = _strings(e.get("leader"), where, "leader")
        iso = {}
        for f in ("iso2", "iso3"):
            v = e.get(f)
            if v is not None and (not isinstance(v, str) or not re.fullmatch(r"[A-Z]{%s}" % f[-1], v.strip())):
                raise ValueError(f"{where}: {f} must be {f[-1]} capital letters (ISO 3166-1)")
            iso[f] = v.strip() if v else None
        if old is not None and not e.get("replace"):
            actor = Actor(name, kind, country if "country" in e else old.country,
                          old.aliases + tuple(a for a in aliases if a not in old.aliases), (),
                          old.adjectives + tuple(a for a in adjectives if a not in old.adjectives),
                          iso2=iso["iso2"] or old.iso2, iso3=iso["iso3"] or old.iso3)
            have = self._raw_roles.get(name, [])
            raw = have + [r for r in raw if r not in have]
        else:
            actor = Actor(name, kind, country, aliases, (), adjectives, iso2=iso["iso2"], iso3=iso["iso3"])
            self._leaders.pop(name, None)
        if leader:
            self._leaders[name] = tuple(r.lower() for r in leader)
        self.actors[name] = actor
        self._raw_roles[name] = raw

    @staticmethod
    def _parse_role(r, country: str | None, where: str) -> _RawRole:
        if isinstance(r, list):  # the compact form [role, of, from, to]
            if not 1 <= len(r) <= 4 or not all(isinstance(x, (str, _dt.date)) for x in r):
                raise ValueError(f"{where}: a role is {{ role = ..., country = ..., from = ..., to = ... }}")
            r = dict(zip(("role", "country", "from", "to"), r))
        if not isinstance(r, dict):
            raise ValueError(f"{where}: a role is {{ role = ..., country = ..., from = ..., to = ... }}")
        unknown = set(r) - ROLE_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown field {sorted(unknown)[0]!r} (fields: role, country, from, to)")
        role = r.get("role")
        if not isinstance(role, str) or not role.strip():
            raise ValueError(f"{where}: no role named")
        of = r.get("country", country)
        if of is not None and not isinstance(of, str):
            raise ValueError(f"{where}: country must be a string")
        start, lo = _parse_date(r.get("from"), where, "from", end=False)
        end, hi = _parse_date(r.get("to"), where, "to", end=True)
        if lo > hi:
            raise ValueError(f"{where}: 'from' {start} is after 'to' {end}")
        return _RawRole(role.strip().lower(), (of or "").strip() or None, start, end, lo, hi)

    def _index(self) -> None:
        self._lookups.clear()
        self._holder_memo.clear()
        self._forget()
        self._states = {}
        # keys only an acronym gives ("WHO", "US", "AU"): they match a mention in capitals
        # only, so the word "Who" opening a question is no organisation
        caps: set[str] = set()
        plain: set[str] = set()
        for a in self.actors.values():
            for n in (a.name,) + a.aliases + a.adjectives:
                (caps if _is_acronym(n) else plain).add(_key(n))
        self._caps_only = caps - plain
        for a in self.actors.values():
            if a.kind == "state":
                for n in (a.name,) + a.aliases + a.adjectives:
                    self._states.setdefault(_key(n), a.name)
                    if _key(n).startswith("the "):
                        self._states.setdefault(_key(n)[4:], a.name)
        # names: a later file's alias beats an earlier one's; a canonical name beats any alias
        explicit: dict[str, Actor] = {}
        for a in self.actors.values():
            for n in a.aliases:
                explicit[_key(n)] = a
        for a in self.actors.values():
            explicit[_key(a.name)] = a
        derived: dict[str, set[str]] = {}
        for a in self.actors.values():
            names = (a.name,) + a.aliases
            for n in names:
                k = _key(n)
                for v in {_no_initials(k), k.removeprefix("the ")}:
                    derived.setdefault(v, set()).add(a.name)
            if a.kind == "person":
                for n in names:  # "King Charles" is no Mr Charles: titles go first
                    for s in _surnames(HONORIFICS.sub("", n + " ").strip(), a.country):
                        derived.setdefault(_key(s), set()).add(a.name)
        by_key: dict[str, Actor] = {}
        self._after_title = {}
        for k, v in derived.items():
            if len(v) == 1 and k:
                (self._after_title if k in SURNAME_STOPWORDS else by_key)[k] = self.actors[next(iter(v))]
        by_key.update(explicit)
        self._by_key = by_key
        # roles: canonical role names and places, then who held what when
        self._holders = {}
        for name, raws in self._raw_roles.items():
            a = self.actors[name]
            roles = []
            spans = []
            for r in raws:
                role = self._phrases.get(_key(r.role), r.role)
                of = self._place(r.country)
                roles.append(Role(role, of, r.start, r.end))
                spans.append((role, of, r.lo, r.hi))
            a.roles = tuple(dict.fromkeys(roles))
            for role, of, lo, hi in spans:
                self._holders.setdefault((role, of), []).append((lo, hi, a))
                if of is not None:
                    self._holders.setdefault((role, None), []).append((lo, hi, a))

    def _place(self, country: str | None) -> str | None:
        """A state or organisation as the registry names it: "US" -> "United States", "Nato" -> "NATO"."""
        if not country:
            return None
        k = _key(country)
        if k in self._states:
            return self._states[k]
        a = self._by_key.get(k) or self._by_key.get(k.removeprefix("the "))
        return a.name if a is not None and a.kind != "person" else country

    def memo(self, name: str) -> dict:
        """A dictionary of remembered answers that depend on the registry alone, such as the
        state a demonym names: kept with the registry, so a corpus's documents share it (a
        document's own names never reach the registry), and emptied whenever the registry
        changes (indexed again, or a name added with ``add``)."""
        try:
            return self._memos[name]
        except KeyError:
            return self._memos.setdefault(name, {})

    def _forget(self) -> None:
        for m in self._memos.values():
            m.clear()

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
        hit = self._by_key_cased(mention)
        if hit is not None:
            return hit
        bare = _unpossess(mention)
        k = _key(bare)
        hit = self._by_key_cased(bare) or self._without_initials(k)
        if hit is not None:
            return hit
        # "the Kremlin", "President Putin", "Foreign Minister Sergei Lavrov", "Mr. Lavrov"
        rest = HONORIFICS.sub("", bare + " ").strip()
        if not rest or rest == bare:
            return None
        k = _key(rest)
        return self._by_key_cased(rest) or self._without_initials(k) or self._after_title.get(k)

    def _without_initials(self, k: str) -> Actor | None:
        """ "sergei v lavrov" -> Sergei Lavrov (a key with no middle initial is not looked up again)."""
        k2 = _no_initials(k)
        return self._by_key.get(k2) if k2 != k else None

    def _by_key_cased(self, text: str) -> Actor | None:
        k = _key(text)
        if k in self._caps_only and not _is_acronym(text.removeprefix("the ").removeprefix("The ")):
            return None
        return self._by_key.get(k)

    def holder(self, role: str, country: str | None, date=None) -> Actor | None:
        """Who held `role` for `country` (a state or organisation) on `date`: an ISO day, a month
        ("2022-03") or a year ("2022"), when the holder for most of that period counts;
        None for the latest holder. `role` may be any phrase of the roles table."""
        key = (role, country, date)
        try:
            return self._holder_memo[key]
        except KeyError:
            pass
        hit = self._holder(role, country, date)
        self._holder_memo[key] = hit
        return hit

    def _holder(self, role: str, country: str | None, date) -> Actor | None:
        found = self.role_of_phrase(role)
        role, implied = found if found else (role.strip().lower(), None)
        country = self._place(country or implied)
        if role in META_ROLES:
            hit = self._pick((role, country), date)
            if hit:
                return hit
            order = self._leaders.get(country, LEADER_ROLES) if role == "leader" and country else META_ROLES[role]
            for r in order:
                hit = self._pick((r, country), date)
                if hit:
                    return hit
            return None
        return self._pick((role, country), date)

    def _pick(self, key: tuple[str, str | None], date) -> Actor | None:
        cands = self._holders.get(key)
        if not cands:
            return None
        if date is None or date == "":
            live = [c for c in cands if c[1] == _FAR]
            return max(live, key=lambda c: c[0])[2] if live else max(cands, key=lambda c: (c[1], c[0]))[2]
        span = _query_span(date)
        if span is None:
            return None
        qlo, qhi = span
        best, best_key = None, None
        for lo, hi, a in cands:
            days = min(hi, qhi) - max(lo, qlo) + 1
            if days <= 0:
                continue
            k = (days, lo)
            if best_key is None or k > best_key:
                best, best_key = a, k
        return best

    def holders(self, role: str, country: str | None) -> list[Actor]:
        """Everyone the registry records as having held `role` (a canonical role) for `country`
        (any country: None), at any time, each once, in the registry's order."""
        seen: dict[str, Actor] = {}
        for _, _, a in self._holders.get((role, country), ()):
            seen.setdefault(a.name, a)
        return list(seen.values())

    def surname_keys(self, actor: Actor) -> tuple[str, ...]:
        """The lower-case surnames by which a bare mention names this actor alone ("blinken")."""
        keys = self.memo("Registry.surname_keys")  # (emptied whenever the registry changes)
        if not keys:
            for k, a in self._by_key.items():
                if " " not in k and a.kind == "person":
                    keys.setdefault(a.name, []).append(k)
            keys[None] = []  # (built, if the registry has no person)
        return tuple(keys.get(actor.name, ()))

    def role_of_phrase(self, phrase: str) -> tuple[str, str | None] | None:
        """ "top diplomat" -> ("foreign minister", None); "State Department spokesperson" ->
        ("foreign ministry spokesperson", "United States"); "Russia's top diplomat" and
        "the Russian foreign minister" -> ("foreign minister", "Russia")."""
        if not phrase:
            return None
        try:  # a document tries every tail of the words before each name: remembered
            return self._role_memo[phrase]
        except KeyError:
            hit = self._role_memo[phrase] = self._role_of_phrase(phrase)
            return hit

    def _role_of_phrase(self, phrase: str) -> tuple[str, str | None] | None:
        k = _key(phrase)
        k = k.removeprefix("the ")
        role = self._phrases.get(k)
        if role is not None:
            return role, self._place(self._role_country.get(k))
        # a state before the phrase: "Russia's top diplomat", "US secretary of state"
        toks = k.split()
        for n in (3, 2, 1):
            if len(toks) > n:
                rest = " ".join(toks[n:])
                # (the role's words first: most tails name no role, and a state is then not asked;
                # state_of's answer depends on the registry alone, so the order changes nothing)
                if rest in self._phrases:
                    st = self.state_of(" ".join(toks[:n]))
                    if st:
                        return self._phrases[rest], st
        return None

    def state_of(self, word: str) -> str | None:
        """A state's name, alias, metonym or demonym -> the state ("Russian", "Moscow" -> Russia)."""
        if not word:
            return None
        try:  # asked for every capitalised word of every document: remembered
            return self._state_memo[word]
        except KeyError:
            hit = self._state_memo[word] = self._state_of(word)
            return hit

    def _state_of(self, word: str) -> str | None:
        k = _key(word)
        hit = self._states.get(k)
        if hit is None:
            if k.endswith(("'s", "'")):
                k = re.sub(r"'s?$", "", k)
            k = k.removeprefix("the ")
            hit = self._states.get(k)
        if hit is not None and k in self._caps_only and not _is_acronym(re.sub(r"['’]s?$", "", word).split()[-1]):
            return None  # "Us" is no United States
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
        self._forget()  # a role's place may now be this actor (_place)
        return actor

    def fingerprint(self) -> str:
        """sha256 of the loaded files' contents, in order: changes when any of them changes."""
        return self._fingerprint


def load_registry(extra: Iterable[str | Path] = ()) -> Registry:
    """The shipped registry, then each user file in order, then $STANCEWATCH_ACTORS.

    A user file has the shipped file's format. An entry whose name is already an actor's
    adds its aliases and roles to it and replaces the fields it gives (`replace = true`
    replaces the whole entry). A malformed file raises ValueError naming the file."""
    texts = registry_texts(extra)

    def build() -> Registry:
        reg = Registry()
        for text, origin in texts:
            reg._load_text(text, origin)
        reg._index()
        return reg

    # built once per set of files and kept in the user's cache folder (build_cache.py): the
    # build is 60-80 ms of every start, reading it back ~10 ms; a changed file, or a change
    # to this module or the two it reads the files with, builds it again
    from .. import actor_files, build_cache

    from . import model, names, periods

    code = (__file__, model.__file__, names.__file__, periods.__file__, toml_data.__file__, actor_files.__file__)
    return build_cache.cached("registry", texts, code, build)

