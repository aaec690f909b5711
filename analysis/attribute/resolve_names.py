"""The readings of a subject phrase by the names in it, stages of :func:`.resolve.resolve`:
an honorific and a surname, a person of a place, an organisation's or institution's full
name, a person named in the phrase, a given name, a state or outlet heading the phrase, and a
name the registry lacks. Each returns a Speaker, :data:`.speaker.STOP` (no speaker: resolve
stops) or None (resolve tries its next reading)."""
from __future__ import annotations

import re

from ..gender import given_name_gender, opens_with_given_name
from ..toml_data import word_set
from .cues import vocab
from .evidence import capitalised_mid_sentence, closed_class_words, sentence_word
from .group_sources import group_source
from .names import GENERATION_RE, SCAN_CAPSEQ_RE, _person_tokens, participle_word
from .orgs import institution_name, unlisted_name_kind
from .patterns import (OBJECT_PREPOSITIONS, DETERMINER_RE, GENDERED, HONORIFIC_SURNAME_RE, LOCAL_TITLE_WORDS, NON_NAME_WORDS, ORG_HEADS,
                       ORG_NAME_RE, PARTICLES, PERSON_OF_PLACE_RE, TITLE_ABBREV, TITLE_WORDS, heads_a_joined_body)
from .place_names import names_a_body
from .pronouns import surname_with_pronoun
from .speaker import STOP, Speaker, _unpossess, is_person_kind, is_registry_person


def _resolve(ctx, phrase: str, unit_text: str) -> Speaker | None:
    from .resolve import resolve  # (resolve reads its stages from this module)
    return resolve(ctx, phrase, unit_text)


# words before a name that are no part of it ("Rep.", "Senator", "the")
_TITLES = frozenset(NON_NAME_WORDS) | frozenset(TITLE_ABBREV)


def honorific_of_gender(ctx, phrase: str, unit_text: str, whole) -> Speaker | None:
    # "Mrs. Clinton" in a document that named Bill and Hillary Clinton: the one of the honorific's gender
    hon = HONORIFIC_SURNAME_RE.match(phrase)
    want = GENDERED.get(phrase.split()[0].lower().strip(".")) if hon else None
    full = ctx.one_of_gender(_unpossess(hon.group("sur")), want) if want else None
    if full is not None:
        return ctx._speaker_for(full)
    return None


def person_of_place(ctx, phrase: str, unit_text: str, whole) -> Speaker | None:
    # "Sen. Bob Corker of Tennessee": a person of a place
    v = vocab()
    pm = PERSON_OF_PLACE_RE.match(phrase)
    who = _person_tokens(pm.group(1).split(), ctx.registry) if pm else None
    if who and who[-1].lower().strip(".") not in v.person_nouns and who[-1].lower().strip(".") not in TITLE_WORDS:
        # (not an office "of" something: "County Supervisor of Elections Jane Roe")
        sp = _resolve(ctx, pm.group(1), unit_text)
        return STOP if sp is None else sp
    return None


def organisation_name(ctx, phrase: str, unit_text: str, whole) -> Speaker | None:
    # "The Syrian Observatory for Human Rights": an organisation's full name
    v = vocab()
    om = ORG_NAME_RE.match(phrase)
    if om and " " in om.group("name") and not ctx.registry.state_of(om.group("name")):
        name = om.group("name")
        known = ctx.registry.lookup(name)
        if known is not None and not (known.kind == "person" and ctx.wrong_gender(phrase, known.name)):
            return ctx.actor_speaker(known)
        # (a name with "of" in it is no person's, whatever its last words: "Association of Flight
        # Attendants"; but an office's title before a given name and a surname is that person's:
        # "Chief of the General Staff Valery Gerasimov", "Secretary of State William Galvin")
        person = _person_tokens(name.split(), ctx.registry) if _OF_RE.search(name) else None
        if person and len(person) < len(name.split()) and not _OF_RE.search(" ".join(person)) \
                and (opens_with_given_name(person)
                     or is_registry_person(getattr(ctx.registry, "base", ctx.registry), " ".join(person))):
            # (or a person the registry's files, not this document, know by that name: "Russian
            # Chief of the General Staff Valery Gerasimov", whose given name no list has)
            sp = _resolve(ctx, " ".join(person), unit_text)
            return STOP if sp is None else sp
        if _OF_RE.search(name) and len(person or ()) < len(name.split()) \
                and name.split()[0].lower() not in v.person_nouns:  # "Minister of Defence" is a role
            return ctx.actor_speaker(ctx.add(name, "organisation"))
        # "the Food and Drug Administration", "Citizenship and Immigration Services": two
        # capitalised parts joined by "and" under an organisation's head word name one body
        last = name.rsplit(" ", 1)[-1].lower()
        if " and " in name and heads_a_joined_body(last) \
                and not _person_tokens(name.split(" and ")[0].split(), ctx.registry):
            return ctx.actor_speaker(ctx.add(name, "organisation"))
    return None


def institution(ctx, phrase: str, unit_text: str, whole) -> Speaker | None:
    return institution_name(ctx, phrase)  # "The Republican National Committee", "the Clinton Foundation"


def names_in(ctx, phrase: str) -> list:
    """(span match, speaker) for each name in the phrase, skipping possessive modifiers
    ("Russia's top diplomat")."""
    found = []
    for m in SCAN_CAPSEQ_RE.finditer(phrase):  # (CAPSEQ_RE's matches, found faster)
        modifier = m.group(0).endswith(("'s", "’s")) and phrase[m.end():].strip() \
            or phrase[max(0, m.start() - 5):m.start()].lower().endswith(("anti-", "pro-"))
        # ("an anti-Trump super PAC", "pro-Clinton groups": the name is what the body is for or against)
        sp = None if modifier else ctx.lookup_name(m.group(0))
        if sp:
            found.append((m, sp))
    return found


def person_named(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 1. a person named in the phrase, the last one: "Aides to Secretary of State John Kerry".
    # By convention a pair or list of people that speaks together ("Jane Roe and John Doe
    # say") is given to the one named last, nearest the verb: the export has one speaker per
    # statement. (Giving it to the first named instead was measured, issue 11: PolNeAR train
    # names-only F1 0.4646 -> 0.4642, name-alone 0.5119 -> 0.5110, so the convention stays.)
    for m, sp in reversed(found):
        if is_person_kind(sp.kind):
            return sp
    return None


_MIDDLE_INITIAL_RE = re.compile(r"[A-Z]\.")


def given_name(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # "Charlie King", "Sarah Chad": a listed given name and one or two capitalised words is a
    # person's name, though its surname is also a title or a state
    toks = phrase.split()
    while toks and toks[0].lower().strip(".") in _TITLES:
        toks = toks[1:]  # "Rep. Jim Jordan": the title is no part of the name
    # (a middle initial is no word of the name's: "Ann T. King")
    words = [t for i, t in enumerate(toks) if not (0 < i < len(toks) - 1 and _MIDDLE_INITIAL_RE.fullmatch(t))]
    if len(words) < len(toks) and (len(words) != 2 or GENERATION_RE.fullmatch(words[-1])):
        words = toks  # (only a given name, an initial and a surname: "James B. Roe Jr." as before)
    if 2 <= len(words) <= 3 and all(t[:1].isupper() and t[-1:].isalpha() for t in words) \
            and opens_with_given_name(words) and given_name_gender(f"{words[0]} _"):
        return ctx.actor_speaker(ctx.add(" ".join(toks), "person"))
    return None


def head_named(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 5. a state, institution or outlet that heads the phrase ("Ukraine", "the Kremlin")
    # (named by the span's last words: "the Washington Post" is no "Washington")
    for m, sp in reversed(found):
        if not phrase[m.end():].strip():
            if (phrase[:m.start()].split() or [""])[-1].lower() in OBJECT_PREPOSITIONS:
                break  # "a copy of the memo seen by Reuters": the object of a preposition, no head
            head = _head_named(ctx, m.group(0))
            if head is not None:
                return head
            break
    return None


def honorific_surname(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # "Mr. Burman", "Ms. Tanden": the person of that surname the document introduced, else the surname
    hm = HONORIFIC_SURNAME_RE.match(phrase)
    if hm:
        sur = _unpossess(hm.group("sur"))
        full = ctx.full_name_of(sur)
        return ctx._speaker_for(full) if full and not ctx.wrong_gender(phrase, full) else Speaker(sur, "person")
    return None


def title_surname(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # "Sen. Whitlow", "Gov. Kasich", "Senator Roe": a title before one capitalised word names the
    # person of that surname the document introduced, else the surname (not a state: "Gov. Ohio")
    tm = _TITLE_SURNAME_RE.match(phrase)
    if tm:
        sur = _unpossess(tm.group("sur"))
        if sur.lower() not in NON_NAME_WORDS and not ctx.registry.state_of(sur):
            full = ctx.full_name_of(sur)
            return ctx._speaker_for(full) if full else Speaker(sur, "person")
    return None


def unlisted_name(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 8. a name the registry lacks: "The Taliban", "Hezbollah", "Jens Frobel"
    v = vocab()
    words = phrase.split()
    bare = DETERMINER_RE.sub("", phrase)
    toks = bare.split()
    if toks and bare == phrase and sentence_word(ctx.doc.text, toks):
        return STOP  # "Amid", "Earlier", "Everything Trump": capitalised as the sentence's first word, no name
    if len(toks) == 1 and bare == phrase and toks[0].lower() in closed_class_words() and not toks[0][1:2].isupper():
        return STOP  # "One said", "Enough said", "Much said": a determiner, pronoun or numeral names no one
    group = group_source(phrase) if len(toks) == 1 and bare == phrase and toks[0].isalpha() else None
    if group is not None and not capitalised_mid_sentence(ctx.doc.text, toks[0]):
        # "Voters said", "Traders cited", "Users expect": a plural noun of people capitalised
        # only where it opens a sentence is the unnamed group it describes, as "voters" is
        if group.name == f"(unnamed {toks[0].lower()})" and ctx.registry.state_of(toks[0].removesuffix("s")):
            group = Speaker(f"(unnamed {toks[0]})", "unnamed")  # a people keeps its capital: "(unnamed Palestinians)"
        return group
    # (a surname's particle inside a name is in lower case: "Pieter van der Berg", "Ali al-Tamimi")
    if toks and len(toks) <= 5 and toks[0][:1].isupper() and all(t[:1].isupper() or _NAME_PARTICLE_RE.fullmatch(t) for t in toks) \
            and len(words) <= 6 and (len(toks) <= 4 or any(_NAME_PARTICLE_RE.fullmatch(t) for t in toks)) \
            and not any(t.lower().strip(".") in TITLE_WORDS for t in toks) \
            and not (len(toks) == 1 and (toks[0].lower() in NON_NAME_WORDS or toks[0].lower() in v.unnamed_heads
                                         or toks[0].lower() in v.official_heads)):
        person = _person_tokens(toks, ctx.registry, ctx.lower)
        if person and bare == phrase:
            return ctx.actor_speaker(ctx.add(" ".join(person), "person"))
        # (given_name_gender reads a given name only before a surname: "_" stands for one)
        given = given_name_gender(f"{toks[0]} _") if len(toks) == 1 and bare == phrase else None
        if not given and len(toks) == 1 and bare == phrase and toks[0].isalpha() \
                and re.search(re.escape(phrase) + r"\s*,\s*who\b", unit_text):
            given = ctx.gender.get(toks[0]) or "?"  # "Rihanna, who …": "who" is a person's pronoun
        if not given and len(toks) == 1 and bare == phrase and toks[0].isalpha():
            given = surname_with_pronoun(ctx, phrase, unit_text)
        if given and toks[0].isalpha():
            # "Melanie said": a person the text names by a given name alone, and her gender
            if given != "?":
                ctx.gender.setdefault(toks[0], given)
            return ctx.actor_speaker(ctx.add(toks[0], "person"))
        unlisted = unlisted_name_kind(toks, _opens_a_clause, ctx.registry) if not person and bare == phrase else None
        if unlisted == "person":
            return ctx.actor_speaker(ctx.add(bare, "person"))  # "April Roe": a month, a given name too
        if (not person or phrase != bare) and (phrase != bare or len(toks) == 1 or unlisted or toks[-1].lower().strip(".") in ORG_HEADS
                                                or names_a_body(toks, ctx.registry)) \
                and not ctx.registry.state_of(toks[-1]) and not (len(toks) == 1 and _opens_a_clause(toks[0])):
            # "The Taliban", "Hezbollah", "Christian News Service reported"; "The Harbour Trust"
            # (after "the", names that could be a person's are a body's)
            return ctx.actor_speaker(ctx.add(bare, "organisation"))
    return None


def described_name(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 11. "the nonpartisan Congressional Budget Office", "the longtime pollster Pat Roe": a name
    # after lower-case words that describe it is the name's (not a state's: "the Vermont senator")
    nm = _DESCRIBED_NAME_RE.match(phrase)
    if nm:
        sp = _resolve(ctx, f"the {nm.group('name')}", unit_text)
        return sp if sp is not None and sp.named and sp.kind != "state" else STOP
    return None


# a surname's particle as a name writes it inside, in lower case ("van", "de", "bin", "al-Tamimi")
_NAME_PARTICLE_RE = re.compile(PARTICLES + r"(?:-[A-Z][\w'’\-]*)?")

# the prepositions of an organisation's name ("Association of Flight Attendants")
_OF_RE = re.compile(r"\s(?:for|of|on)\s")

# a title of office before a surname alone: "Sen. Whitlow", "Gov. Kasich", "Senator Roe" (the
# honorifics "Mr."/"Ms." are HONORIFIC_SURNAME_RE's; "General" is left out: "General Electric",
# "General Motors" are companies). General English.
_TITLE_SURNAME_RE = re.compile(r"^(?:Sen|Rep|Gov|Gen|Adm|Col|Lt|Capt|Amb|Prof|Senator|Congressman|Congresswoman|"
                               r"Governor|Admiral|Ambassador|Professor|Mayor|Judge|"
                               + "|".join(sorted(w.capitalize() for w in LOCAL_TITLE_WORDS))  # "Coach Brown"
                               + r")\.?\s+(?P<sur>[A-Z][\w'’\-]+)$")

_DESCRIBED_NAME_RE = re.compile(r"^(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){1,3}"
                                r"(?P<name>[A-Z][\w.&'’\-]*(?:\s+(?:(?:of|for|and|on|the|to)\s+)?[A-Z][\w.&'’\-]*){1,5})$")


def _head_named(ctx, span: str) -> Speaker | None:
    """The actor that the last words of a capitalised span name, longest first ("the Kremlin",
    "Russia's Putin" -> Putin); None when its last word is no part of a known name ("Washington
    Post": a name of its own, not the capital's)."""
    toks = span.split()
    if names_a_body(toks, ctx.registry) and ctx.registry.lookup(span) is None:
        return None  # "Georgia Power" is no Samantha Power, "China Daily" no China
    for size in range(len(toks), 0, -1):
        sp = ctx._resolve_exact(_unpossess(" ".join(toks[len(toks) - size:])))
        if sp is not None:
            return sp
    return None


def _opens_a_clause(word: str) -> bool:
    """A capitalised word alone that opens a clause, not a body's name: a participle
    ("Responding to recent reports that …") or an imperative or other word that never begins
    a name ("Let us imagine …": targets.toml's not_name_openers)."""
    low = word.lower()
    if word.isupper():
        return False  # an acronym ("IS claimed responsibility")
    return low in word_set("targets.toml", "not_name_openers") \
        or participle_word(word)

