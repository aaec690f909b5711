"""Role descriptions: "Foreign Minister Sergey Lavrov" binds a role to a person of the
document; "the foreign minister", "Russia's top diplomat" resolve to the person the document
bound to that role, else to whoever held it on the document's date in the country in view,
else to nobody: ``(unnamed <role>)``."""
from __future__ import annotations

import re

from .evidence import _occurrences
from .patterns import DETERMINER_RE, POSSESSIVE_RE
from .speaker import Speaker


# words that put an office in the past: "former Secretary of State Hillary Clinton",
# "ex-President Trump", "then-Secretary Kerry", "the late President Carter" (general English)
PAST_OFFICE_WORDS = frozenset(("former", "ex", "then", "onetime", "one-time", "erstwhile", "late", "retired"))


def bind_role(ctx, phrase: str, person: str) -> None:
    words = phrase.split()
    for size in range(min(6, len(words)), 0, -1):
        tail = words[-size:]
        past = len(words) > size and words[-size - 1].lower().strip(",") in PAST_OFFICE_WORDS
        head, dash, rest = tail[0].partition("-")
        if dash and head.lower() in PAST_OFFICE_WORDS and rest:
            past, tail = True, [rest, *tail[1:]]  # "ex-President", "then-Secretary"
        cand = " ".join(tail).strip(" ,")
        hit = ctx.registry.role_of_phrase(_without_determiner(cand)) if cand else None
        if hit:
            role, country = hit
            country = country or _strip_possessive_country(cand, ctx.registry)[0]
            if past:
                # a former holder is named, not the holder the document's "the secretary" means
                ctx.former.setdefault((role, country), set()).add(person)
                ctx.former.setdefault((role, None), set()).add(person)
                return
            ctx.roles.setdefault((role, country), person)
            ctx.roles.setdefault((role, None), person)
            return


# the first letters of DETERMINER_RE's words (any case): a phrase opening otherwise has none
# to drop (tested first: ~6,000 phrases a corpus pass); a letter not in ASCII is always read
_DETERMINER_INITIALS = frozenset("taosmbihTAOSMBIH")


def _without_determiner(phrase: str) -> str:
    """``DETERMINER_RE.sub("", phrase)``."""
    c = phrase[:1]
    if c.isascii() and c not in _DETERMINER_INITIALS:
        return phrase
    return DETERMINER_RE.sub("", phrase)


def resolve_role(ctx, phrase: str, context_state: str | None) -> Speaker | None:
    country, rest = _strip_possessive_country(phrase, ctx.registry)
    hit = ctx.registry.role_of_phrase(rest)
    if not hit:
        return None
    role, implied = hit
    if phrase.split(" ", 1)[0].lower() in ("a", "an", "one", "another") and not re.search(r"\s(?:--|—|–)\s|,", phrase):
        # "a senator said": an indefinite description brings in someone new, never the senator
        # the document named (nor the office's holder)
        return Speaker(f"(unnamed {role})", "unnamed")
    country = implied or country
    if (role, country) in ctx.roles:
        return ctx._speaker_for(ctx.roles[(role, country)])
    # (a former holder named without a country is no holder for any country)
    former = ctx.former.get((role, None), set()) | ctx.former.get((role, country), set())
    if country is None:
        # "the president said": the person who held that role and last spoke or was mentioned
        for name in reversed(ctx.recent_named[-12:]):
            actor = ctx.registry.lookup(name)
            if actor is not None and actor.name not in former and _held(actor, role, ctx.date):
                return ctx.actor_speaker(actor)
        if (role, None) in ctx.roles:
            return ctx._speaker_for(ctx.roles[(role, None)])
    # the document's own people first: the first it names who held that role (for the country
    # the phrase names, if any: "the top US diplomat") on its date, before the registry's
    # holder, which for an undated document is today's (a subheading's "President also
    # says …" before the body names him)
    for name in ctx.people:
        actor = ctx.registry.lookup(name)
        if actor is not None and actor.name not in former and _held(actor, role, ctx.date, country):
            return ctx.actor_speaker(actor)
    # then the people it names by surname alone ("The top US diplomat reiterated …" in an
    # article that calls him "Blinken" throughout): of the registry's holders of that office
    # (on the document's date, at any time when it has none), the one the document names
    # first by a surname that is theirs alone
    actor = _holder_named_by_surname(ctx, role, country, former)
    if actor is not None:
        return ctx.actor_speaker(actor)
    where = country or context_state or ctx.main_state
    if where is None:
        # no country in view: "the president said" names nobody in particular
        return Speaker(f"(unnamed {role})", "unnamed")
    actor = ctx.registry.holder(role, where, ctx.date)
    if actor:
        return ctx.actor_speaker(actor)
    return None


def _holder_named_by_surname(ctx, role: str, country: str | None, former=()):
    """The holder of `role` (for `country`, if given) on the document's date whose registry
    surname the document writes capitalised earliest, or None."""
    text = ctx.doc.text
    low = None  # the text in lower case, made when a holder is first looked for
    best, best_at = None, len(text) + 1
    for actor in ctx.registry.holders(role, country):
        if actor.name in former or not _held(actor, role, ctx.date, country):
            continue
        for key in ctx.registry.surname_keys(actor):
            low = low if low is not None else text.lower()
            at = next((i for i in _occurrences(low, key) if text[i].isupper()), None)
            if at is not None and at < best_at:
                best, best_at = actor, at
    return best


def _held(actor, role: str, date: str | None, country: str | None = None) -> bool:
    for r in getattr(actor, "roles", ()):
        if getattr(r, "role", None) != role or country is not None and getattr(r, "country", None) != country:
            continue
        start, end = getattr(r, "start", None), getattr(r, "end", None)
        if date is None or ((not start or start[:len(date)] <= date) and (not end or date <= end)):
            return True
    return False


def _strip_possessive_country(phrase: str, registry) -> tuple[str | None, str]:
    """("Russia's top diplomat") -> ("Russia", "top diplomat"); the top US diplomat -> (United States, top diplomat)."""
    words = phrase.split()
    country = None
    rest = []
    for w in words:
        bare = POSSESSIVE_RE.sub("", w)
        st = registry.state_of(bare) if registry is not None and bare[:1].isupper() else None
        if st and country is None:
            country = st
            continue
        rest.append(w)
    text = " ".join(rest)
    text = DETERMINER_RE.sub("", text)
    return country, text


# --------------------------------------------------------------------------- subjects
