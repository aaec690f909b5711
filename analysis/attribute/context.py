"""What attribution knows about one document while it reads it (:class:`DocContext`): the
people it named, the roles and titles it gave them, the states it counts, the latest person
and institution that spoke, and the registry as the document sees it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..actors.names import HONORIFICS
from ..gender import given_name_gender
from ..model import Document
from ..toml_data import data_file
from .evidence import _LowerCase
from .names import learn_names
from .patterns import GENDERED, HONORIFIC_KEY_RE, LOCAL_TITLE_WORDS, NON_NAME_WORDS, PARTICLES
from .place_names import names_a_body, particle_surname_of_another, reads_as_surname
from .roles import bind_role, resolve_role
from .speaker import Speaker, _unpossess, is_person_kind


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, frozenset]:
    return {k: frozenset(v) for k, v in data_file("given_names.toml").get("short_forms", {}).items()}


# the honorifics that say a person's gender before their name ("Mr", "Mrs", "Ms", "Miss")
# the words HONORIFIC_KEY_RE opens with ("mr", "mrs", "miss", "mister", …)
_HONORIFIC_OPENINGS = ("mr", "ms", "mis", "dr", "sir", "dame")

HONORIFIC_GENDER_WORDS = frozenset({"mr", "mister", "mrs", "ms", "miss"})

# a title's word -> the words a registry role spells it with ("Sen. X" -> senator)
# (the registry writes a secretary of state or foreign secretary as "foreign minister")
_OFFICE_WORDS = {"sen": ("senator",), "gov": ("governor",), "rep": ("representative",), "pres": ("president",),
                 "adm": ("admiral",), "amb": ("ambassador",), "pm": ("prime",), "sec": ("secretary", "minister"),
                 "secretary": ("secretary", "minister")}
# words of a title or a role that name no office of their own
_NOT_OFFICE_WORDS = frozenset({"the", "of", "for", "and", "former", "late", "acting", "deputy", "vice", "state", "foreign",
                               "general", "national", "chief", "senior"})

# a surname's particle, as written inside a name ("da Silva", "Van Dyke", "bin Salman")
_PARTICLE_RE = re.compile(PARTICLES, re.I)


@dataclass
class DocContext:
    doc: Document
    registry: object
    names: dict[str, str] = field(default_factory=dict)  # surname / full name (lower) -> canonical
    kinds: dict[str, str] = field(default_factory=dict)  # canonical -> speaker kind
    roles: dict[tuple[str, str | None], str] = field(default_factory=dict)  # (role, country) -> canonical
    former: dict[tuple[str, str | None], set] = field(default_factory=dict)  # (role, country) -> people named as its former holders
    state_counts: dict[str, int] = field(default_factory=dict)
    last_person: Speaker | None = None
    last_org: Speaker | None = None
    recent: list[str] = field(default_factory=list)  # people mentioned so far, most recent last
    # the people mentioned and the people who spoke so far, each sentence's speaker after those it
    # mentions, most recent last (the antecedents of "the president said": :func:`.roles.resolve_role`)
    recent_named: list[str] = field(default_factory=list)
    last_sentence: list[str] = field(default_factory=list)  # the people the sentence just read mentions
    interviewee: "Speaker | None" = None  # whose an interview's "A:" answers are (labels.interviewee), once found
    label_people: dict[str, list] = field(default_factory=dict)  # surname (lower) -> the full names turn labels gave ("JANE ROE:")
    last_unnamed: str | None = None  # the latest single unnamed source a sentence was given ("(unnamed user)")
    spoke: list = field(default_factory=list)  # per sentence read: the person who spoke it, or None
    told: list = field(default_factory=list)  # per sentence read: (its text, its speaker)
    people: list[str] = field(default_factory=list)  # the people the document names in full, in order
    titled: dict[str, set] = field(default_factory=dict)  # a word the document puts before a name -> those people
    gender: dict[str, str] = field(default_factory=dict)  # person -> "m"/"f", from the titles the document gives
    namesakes: dict[str, list] = field(default_factory=dict)  # surname -> the people of that name, in order
    last_namesake: dict[str, str] = field(default_factory=dict)  # shared surname -> the one named last
    epithet_heads: dict | None = None  # head noun -> (name, past) of those the document described so (:mod:`.epithets`), when needed
    orgs: list | None = None  # the organisations the document names in full (:mod:`.orgs`), read when first needed
    _exact: dict[str, "Speaker | None"] = field(default_factory=dict)  # lookup cache, cleared by add()
    _spans: dict[tuple[str, ...], list] = field(default_factory=dict)
    _span_text: dict[str, list] = field(default_factory=dict)  # capitalised span as written -> actors
    unit_end: int = 0  # where the unit being read ends in the text (the driver sets it): a cut sentence goes on after it
    lower: object = None  # `word in lower`: the document writes it in lower case (evidence._LowerCase), set by the driver

    @property
    def date(self) -> str | None:
        return self.doc.published

    # -- names ------------------------------------------------------------------
    def actor_speaker(self, actor) -> Speaker:
        kind = actor.kind
        if kind == "person":
            kind = self.kinds.get(actor.name) or ("official" if getattr(actor, "roles", ()) else "person")
        return Speaker(actor.name, kind)

    def lookup_name(self, span: str) -> Speaker | None:
        """A capitalised span -> the actor it names: the longest sub-span, rightmost first
        ("Russia's Putin" -> Vladimir Putin)."""
        toks = span.split()
        n = len(toks)
        if n == 2 and names_a_body(toks, self.registry) and self.registry.lookup(span) is None:
            return None  # "Georgia Power", "China Daily": a body of its own, not a person or state in it
        for size in range(n, 0, -1):
            for i in range(n - size, -1, -1):
                sp = self._resolve_exact(_unpossess(" ".join(toks[i:i + size])))
                if sp is None or size == 1 and i and toks[i - 1].lower() == "the" and toks[i].lower() in NON_NAME_WORDS:
                    continue  # ("the West" is no Tobin West, whose surname is that word)
                # a surname: one word, or a particle and what follows it ("da Silva", "bin Salman")
                particle = size > 1 and i > 0 and _PARTICLE_RE.fullmatch(toks[i]) is not None
                if not (i and self.wrong_gender(toks[i - 1], sp.name)) \
                        and not ((size == 1 or particle and i + size == n)
                                 and (self._given_name_before_surname(toks, i, sp) or self._other_given_name(toks, i, sp))) \
                        and not (size == 1 and (self._common_word_inside_a_name(toks, i, sp)
                                                or self._registry_surname_after_local_title(toks, i, sp))) \
                        and not (particle and is_person_kind(sp.kind) and particle_surname_of_another(
                            toks, i, self.registry.lookup(sp.name) or sp, self.registry)):
                    return sp
        return None

    def _registry_surname_after_local_title(self, toks: list[str], i: int, sp: Speaker) -> bool:
        """ "Warden Jones", "Coach Brown": a bare surname after a local office's title
        (``LOCAL_TITLE_WORDS``) is the document's own person, not the registry's national figure
        of that surname, unless the document names that figure."""
        return (i > 0 and toks[i - 1].lower().strip(".") in LOCAL_TITLE_WORDS and " " in sp.name
                and toks[i].lower().strip(".,") not in self.names)

    def _common_word_inside_a_name(self, toks: list[str], i: int, sp: Speaker) -> bool:
        """ "the Photovoltaic Power Systems Program" is no Samantha Power: a known person's
        surname that is also a word the document writes in lower case ("power"), standing
        inside a longer capitalised name (a capitalised word on each side, the one before it
        neither a title nor a possessive: "President Power", "Russia's Putin" keep theirs), is
        a word of that name."""
        if not (0 < i < len(toks) - 1) or " " not in sp.name or not is_person_kind(sp.kind):
            return False
        before, after = toks[i - 1], toks[i + 1]
        if not after[:1].isupper() or before.lower().strip(".,") in NON_NAME_WORDS \
                or before.endswith(("'s", "’s", "s'", "s’")) or not before[:1].isupper():
            return False
        if self.lower is None:  # (set by the driver; made here for a context used on its own)
            self.lower = _LowerCase(self.doc.text)
        return toks[i].lower() in self.lower

    def _other_given_name(self, toks: list[str], i: int, sp: Speaker, listed: bool = True) -> bool:
        """ "Speaker Mike Johnson" is not Boris Johnson: a known person's surname after a given
        name (with `listed`, one of ``given_names.toml``) that is none of theirs names another
        person of that surname. A given name of their name or an alias is theirs, and so is one
        that opens with the same letter as one of those ("Sergei"/"Sergey", "Jim"/"James", but
        also "Jill"/"Joe": the benefit of the doubt goes to the known person) or a listed
        short form of one ("Bill"/"William", ``given_names.toml`` [short_forms])."""
        if not i or " " not in sp.name or not is_person_kind(sp.kind):
            return False
        given = toks[i - 1].strip(".,").lower()
        if given in NON_NAME_WORDS or len(given) < 2 or not given.isalpha() \
                or (listed and given_name_gender(f"{given} _") is None):
            return False
        actor = self.registry.lookup(sp.name)
        names = (sp.name,) + tuple(getattr(actor, "aliases", ()) or ())
        theirs = {g for n in names for g in n.lower().split()[:-1]}
        return not any(g[:1] == given[:1] for g in theirs) and not theirs.intersection(_short_forms().get(given, ()))

    def _given_name_before_surname(self, toks: list[str], i: int, sp: Speaker) -> bool:
        """ "Bruce Ash", "Spokeswoman Haley Morris", "Austin Smith": a known person's surname
        followed in the same name by another capitalised word is someone else's given name
        (not Tammy Bruce, not Nikki Haley, not Lloyd Austin) when it is a given name
        (``given_names.toml``), stands after a title, or opens the name before a word that
        can only be a surname (:func:`.place_names.reads_as_surname`: no "Clinton Foundation",
        "Trump Tower"); a possessive ("Haley's Ash") ends the name."""
        if not (i + 1 < len(toks) and " " in sp.name and is_person_kind(sp.kind)
                and not toks[i].endswith(("'s", "’s", "s'", "s’")) and toks[i + 1][:1].isupper()
                and toks[i + 1].strip(".,").isalpha()):
            return False
        # (the surname after it may open with a particle: "Kim Van Dyke", "Ana de la Cruz")
        rest = toks[i + 1:]
        while len(rest) > 1 and _PARTICLE_RE.fullmatch(rest[0]):
            rest = rest[1:]
        return (given_name_gender(f"{toks[i]} _") is not None
                or i > 0 and toks[i - 1].lower().strip(".") in NON_NAME_WORDS
                or i == 0 and len(rest) == 1 and reads_as_surname(rest[0].strip(".,"), self.registry, self.lower))

    def add(self, name: str, kind: str, country: str | None = None):
        """A name the registry lacks becomes an actor; cached look-ups are redone."""
        self._exact.clear()
        self._spans.clear()
        self._span_text.clear()
        return self.registry.add(name, kind, country)

    def actors_in_span(self, toks: list[str]) -> list[Speaker]:
        """Every actor a capitalised span names, left to right ("US-Russia", "Russia's Putin")."""
        key = tuple(toks)
        if key not in self._spans:
            self._spans[key] = self._actors_in_span(toks)
        return self._spans[key]

    def _actors_in_span(self, toks: list[str]) -> list[Speaker]:
        n = len(toks)
        for size in range(n, 0, -1):
            for i in range(0, n - size + 1):
                sp = self._resolve_exact(_unpossess(" ".join(toks[i:i + size])))
                if sp:
                    return self._actors_in_span(toks[:i]) + [sp] + self._actors_in_span(toks[i + size:])
        return []

    def _resolve_exact(self, cand: str) -> Speaker | None:
        try:
            return self._exact[cand]
        except KeyError:
            sp = self._exact[cand] = self._resolve_uncached(cand)
            return sp

    def _resolve_uncached(self, cand: str) -> Speaker | None:
        key = cand.lower().strip(" .")
        if key not in self.names and key.startswith(_HONORIFIC_OPENINGS):
            # "Mr. Rubio": the document's own Luis Rubio before the registry's Marco Rubio
            # (the pattern's words tested first: ~12,000 keys a corpus pass, few with one)
            bare = HONORIFIC_KEY_RE.sub("", key)
            key = bare if bare in self.names and " " not in bare else key
        elif key not in self.names and " " in key and self.names:
            key = self._titled_surname(cand, key)
        if key in self.names:
            # a surname several people of the document share: the one it named last
            canon = self.last_namesake.get(key) or self.names[key]
            if self.wrong_gender(cand, canon):
                # "Mrs. Clinton" after Bill and Hillary Clinton: the first namesake of her gender
                fit = [n for n in self.namesakes.get(key, ()) if not self.wrong_gender(cand, n)]
                canon = fit[0] if fit else None
            if canon is not None:
                actor = self.registry.lookup(canon)
                return self.actor_speaker(actor) if actor else Speaker(canon, self.kinds.get(canon, "person"))
        if key in NON_NAME_WORDS:
            return None
        actor = self.registry.lookup(cand)
        if actor and not (actor.kind == "person" and self.wrong_gender(cand, actor.name)):
            return self.actor_speaker(actor)
        return None

    def _titled_surname(self, cand: str, key: str) -> str:
        """ "Sen. Sanders", "the Sanders campaign": a title (or "the") and a surname the
        document gives a person of its own in full is that person (Bernie Sanders), unless
        the registry's person of that surname holds the title's office ("President Obama" is
        Barack Obama in a story that names Michelle Obama). Issue 11: a bare surname never
        beats a full name the document introduces, and a title does not make it one. When the
        document names the registry's person in full too, the mention stays theirs."""
        bare = HONORIFICS.sub("", key + " ").strip()
        if bare == key or " " in bare or bare not in self.names or (key.startswith("the ") and bare in NON_NAME_WORDS):
            return key  # ("the West", "the Post" name no Tobin West, no Mara Post)
        actor = self.registry.lookup(cand)
        if actor is None:
            return bare
        if actor.name.lower() in self.names:
            return key  # the registry's person is one of the document's own ("The Trump campaign" beside Ivanka Trump)
        offices = {o for w in re.findall(r"[a-z]+", key[:len(key) - len(bare)]) for o in _OFFICE_WORDS.get(w, (w,))}
        held = {w for r in getattr(actor, "roles", ()) for w in r.role.lower().split()}
        return key if offices & held - _NOT_OFFICE_WORDS else bare

    def wrong_gender(self, mention: str, name: str) -> bool:
        """ "Mr. Sanders" is no woman, "Mrs. Clinton" no man: a mention that opens with a
        gendered honorific cannot name a person whose gender the document or their given name
        gives as the other one (an unknown gender rules nobody out)."""
        first = mention.split(" ", 1)[0].lower().strip(".")
        want = GENDERED.get(first) if first in HONORIFIC_GENDER_WORDS else None
        have = self.gender_of(name) if want else None
        return bool(have) and have != want

    def mentioned(self, people: list[str], speaker: str | None = None) -> None:
        """A sentence was read that mentions these people (besides its speaker, a person's name
        or None), in order."""
        self.recent.extend(people)
        self.recent_named.extend(people)
        if speaker:
            self.recent_named.append(speaker)
        self.last_sentence = list(people)

    def saw(self, names) -> None:
        """`names` were just named (a speaker, targets): a surname they share with another person
        of the document now means them ("Gary Johnson" ... "Jeh Johnson says" ... "Johnson said")."""
        changed = False
        for name in names:
            surname = name.rsplit(" ", 1)[-1].lower()
            same = self.namesakes.get(surname, ())
            if len(same) > 1 and name in same and self.last_namesake.get(surname) != name:
                self.last_namesake[surname] = name
                changed = True
        if changed:  # look-ups of that surname are redone
            self._exact.clear()
            self._spans.clear()
            self._span_text.clear()

    def learn_names(self, text: str) -> None:
        """Index the people this document names in full, and the roles it gives them, and
        count the states it names (:func:`.names.learn_names`)."""
        learn_names(self, text)

    def gender_of(self, name: str) -> str | None:
        """ "m"/"f" for a person: the titles the document gives them, else their given name."""
        return self.gender.get(name) or given_name_gender(name)

    def one_of_gender(self, surname: str, gender: str) -> str | None:
        """Of several people this document named in full with this surname, the one of this
        gender ("Mrs. Clinton" after Bill and Hillary Clinton -> Hillary Clinton)."""
        key = surname.lower()
        same = {full for k, full in self.names.items() if " " in k and k.rsplit(" ", 1)[-1] == key}
        fit = [full for full in same if self.gender_of(full) == gender]
        return fit[0] if len(same) > 1 and len(fit) == 1 else None

    def full_name_of(self, surname: str) -> str | None:
        """The one person this document named in full with this surname ("Burman" -> "Leonard Burman")."""
        key = surname.lower()
        hit = self.names.get(key)
        if hit:
            return hit
        found = {full for k, full in self.names.items() if " " in k and k.rsplit(" ", 1)[-1] == key}
        return found.pop() if len(found) == 1 else None

    def _bind_role(self, phrase: str, person: str) -> None:
        bind_role(self, phrase, person)

    @property
    def main_state(self) -> str | None:
        """The state the document is about, the country in view of a bare role ("the foreign
        minister said"): the one it names most, at least twice and more than any other. A
        state named once ("talks with Poland") or level with another is no such context."""
        if not self.state_counts:
            return None
        ranked = sorted(self.state_counts.values(), reverse=True)
        if ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        return max(self.state_counts.items(), key=lambda kv: kv[1])[0]

    def resolve_role(self, phrase: str, context_state: str | None) -> Speaker | None:
        return resolve_role(self, phrase, context_state)

    def _speaker_for(self, name: str) -> Speaker:
        actor = self.registry.lookup(name)
        return self.actor_speaker(actor) if actor else Speaker(name, self.kinds.get(name, "person"))
