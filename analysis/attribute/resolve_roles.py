"""The readings of a subject phrase by what it describes, stages of :func:`.resolve.resolve`:
a state's institution, a head before a preposition ("a spokesman for the SDF"), one who speaks
for a person ("Putin's spokesman"), a role, a national group ("Russian officials"), a
prepositional tail, a leader's state, a statement, an organisation of a head, and an unnamed
source or a description bound to a person. Each returns a Speaker, :data:`.speaker.STOP` (no
speaker: resolve stops) or None (resolve tries its next reading)."""
from __future__ import annotations

import re

from ..toml_data import word_set
from .cues import vocab
from .described import NEAR_TO_RE
from .epithets import of_another_state
from .names import SCAN_CAPSEQ_RE
from .orgs import named_org_of_head, officials_of_a_body, state_institution
from .patterns import (AUXILIARIES, DETERMINER_RE, FUNCTION_WORDS, NATIONAL_GROUP_RE, NOMINAL_RE, POSSESSIVE_HEAD_RE,
                       POSSESSIVE_RE)
from .pronouns import resolve_pronoun
from .roles import PAST_OFFICE_WORDS
from .speaker import STOP, Speaker, is_person_kind
from .subjects import _head_and_rest


def _resolve(ctx, phrase: str, unit_text: str) -> Speaker | None:
    from .resolve import resolve  # (resolve reads its stages from this module)
    return resolve(ctx, phrase, unit_text)


# who speaks in someone's name: what they say is that person's position, as "Putin's spokesman"
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})

# an indefinite description brings in someone new ("a senator said"), never one already named
INDEFINITES = frozenset({"a", "an", "one", "another"})

# a prepositional tail after a head ("the Russian embassy in the United Kingdom")
_PREPOSITION_RE = re.compile(r"\s(?:in|at|from|for|with|on|to)\s")


def a_states_institution(ctx, phrase: str, unit_text: str, whole) -> Speaker | None:
    # "Syria's foreign ministry", "The Turkish Defence Ministry"
    return state_institution(ctx, phrase) if whole is None else None


def head_before_preposition(ctx, phrase: str, unit_text: str, whole) -> Speaker | None:
    # "Aides to Secretary of State John Kerry", "a resident of Tal Abyad", "a spokesman for
    # the SDF": the head before the preposition speaks
    v = vocab()
    hm = _head_and_rest(phrase)
    if hm and (hm[0] in v.official_heads or hm[0] in v.unnamed_heads):
        head = hm[0]
        rest = _resolve(ctx, hm[1], unit_text) if head in v.official_heads or head in SPOKESPEOPLE else None
        if rest is not None and rest.named and (not is_person_kind(rest.kind) or head in SPOKESPEOPLE):
            return rest  # "a spokesman for the SDF"; "a spokeswoman for Sen. Jane Roe": hers is the position
        return Speaker(f"(unnamed {head})", "unnamed")
    if hm and _someone_of_a_person(ctx, phrase, hm, unit_text):
        return Speaker(f"(unnamed {hm[0]})", "unnamed")  # "advisers to Mr. Obama", "a lawyer for Smith"
    return None


def spoken_for(ctx, phrase: str, unit_text: str, whole) -> Speaker | None:
    # "Erdogan's office", "Putin's spokesman": the person they speak for
    pm = POSSESSIVE_HEAD_RE.match(phrase)
    if pm and pm.group("head").lower() in ("office", "spokesman", "spokeswoman", "spokesperson", "press office"):
        sp = ctx.lookup_name(pm.group("who"))
        if sp is not None and sp.kind in ("person", "official"):
            return sp
    owner, _, head = phrase.lower().partition(" ")
    if owner in ("his", "her") and (head in SPOKESPEOPLE or head in ("office", "press office")):
        # "his spokesman", "her office": the person "he"/"she" is, whose position they give
        sp = resolve_pronoun(ctx, "he" if owner == "his" else "she", unit_text)
        if sp is not None and sp.named and is_person_kind(sp.kind):
            return sp
    return None


def role(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 2. a role description, and one who speaks for a body the phrase names ("a State Department
    # spokesman" no role binds to a person is the department's, as "officials at the department" are)
    context_state = _context_state(ctx, unit_text, phrase)
    sp = ctx.resolve_role(phrase, context_state)
    if sp is not None and sp.named and is_person_kind(sp.kind) and low_words and of_another_state(ctx, phrase, sp.name):
        return Speaker(f"(unnamed {low_words[-1]})", "unnamed")  # "the Vermont senator", not Missouri's
    if sp is not None and sp.named:
        return sp
    body = officials_of_a_body(ctx, phrase, _body_member_heads(), PAST_OFFICE_WORDS) \
        if phrase[-1:].islower() else None
    if body is not None:
        return body
    if sp:
        return sp
    return None


def national_group(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 3. a national group: "Russian officials" -> Russia
    v = vocab()
    m = NATIONAL_GROUP_RE.match(DETERMINER_RE.sub("", phrase))
    if m:
        st = ctx.registry.state_of(m.group("adj"))
        head = m.group("head").split()[-1]
        if st and head in v.official_heads:
            return Speaker(st, "state")
        if st and head in v.unnamed_heads:
            return Speaker(f"(unnamed {head})", "unnamed")
    pm = POSSESSIVE_HEAD_RE.match(DETERMINER_RE.sub("", phrase))
    if pm and pm.group("head").split()[-1] in word_set("attribution.toml", "state_body_heads") \
            and (st := ctx.registry.state_of(pm.group("who"))):
        return Speaker(st, "state")  # "Russia's military", "Iran's delegation": as "the Russian military"
    return None


def prepositional_tail(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 4. a prepositional tail is not the head: "the Russian embassy in the United Kingdom"
    cut = _PREPOSITION_RE.search(phrase)
    if cut and cut.start() > 0 and not whole:
        sp = _resolve(ctx, phrase[:cut.start()], unit_text)
        return STOP if sp is None else sp
    return None


def leaders_state(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 6. "the Putin government" (a leader's administration is an organisation of its own,
    # :func:`.orgs.administration_of`): the leader's state
    v = vocab()
    if found and low_words and low_words[-1] in v.official_heads:
        for m, sp in reversed(found):
            actor = ctx.registry.lookup(sp.name)
            country = getattr(actor, "country", None)
            if sp.kind in ("person", "official") and country:
                return Speaker(country, "state")
    return None


def the_statement(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 7. "the statement said": the statement of the last institution that spoke
    if low_words and low_words[-1] in ("statement", "readout", "communique", "declaration") \
            and low_words[0] in ("the", "its", "their") and ctx.last_org is not None:
        return ctx.last_org
    return None


def org_of_head(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 9. "police", "the campaign", "the Times": the one organisation of that head the document named
    return named_org_of_head(ctx, phrase) if len(low_words) <= 2 else None


# the nouns of an anonymous source: whoever "a campaign source" is, the document does not say
# (general usage of news reporting)
ANONYMOUS_HEADS = frozenset({"source", "sources"})


def anonymous_source(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # "a Roe campaign source", "sources close to Roe": a source named by the person it is near
    # is not that person, but someone the document does not name
    near = NEAR_TO_RE.search(phrase)
    head = (phrase[:near.start()] if near else phrase).rstrip()
    last = head.rsplit(" ", 1)[-1].lower()
    if last in ANONYMOUS_HEADS and " and " not in phrase and "," not in phrase \
            and any(is_person_kind(sp.kind) for _, sp in found):
        return Speaker(f"(unnamed {last})", "unnamed")
    return None


def unnamed_source(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # an unnamed source: "one commentator", "officials"; but "the spokeswoman" is the one
    # person the document introduced as its spokeswoman (10.)
    v = vocab()
    if low_words and (low_words[-1] in v.official_heads or low_words[-1] in v.unnamed_heads) and len(low_words) <= 4 \
            and not found:
        bound = ctx.titled.get(low_words[-1]) if low_words[0] == "the" else None
        if bound and len(bound) == 1 and NOMINAL_RE.match(phrase) and not of_another_state(ctx, phrase, next(iter(bound))):
            return ctx._speaker_for(next(iter(bound)))
        return Speaker(f"(unnamed {low_words[-1]})", "unnamed")
    return None


def bound_description(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    # 10. a description the document gave one person it introduced by name ("Sen. Claire
    # McCaskill" ... "the senator said"), else an unnamed source ("the announcer")
    v = vocab()
    if NOMINAL_RE.match(phrase) and not found and not AUXILIARIES.intersection(low_words) \
            and not FUNCTION_WORDS.intersection(low_words[1:]) \
            and (low_words[-1] in v.person_nouns or low_words[-1] in v.speaking_things):
        head = low_words[-1]
        bound = ctx.titled.get(head) if low_words[0] not in INDEFINITES else None
        if bound and len(bound) == 1 and not of_another_state(ctx, phrase, next(iter(bound))):
            return ctx._speaker_for(next(iter(bound)))
        return Speaker(f"(unnamed {head})", "unnamed")
    return None


def _body_member_heads() -> frozenset[str]:
    return word_set("attribution.toml", "body_member_heads")


def _context_state(ctx, unit_text: str, phrase: str) -> str | None:
    pos = unit_text.find(phrase)
    before = unit_text[: pos if pos >= 0 else len(unit_text)]
    last = None
    for m in SCAN_CAPSEQ_RE.finditer(before):
        for tok in m.group(0).split():
            st = ctx.registry.state_of(POSSESSIVE_RE.sub("", tok))
            if st:
                last = st
    return last


def _someone_of_a_person(ctx, phrase: str, hm: tuple[str, str], unit_text: str) -> bool:
    """ "advisers to Mr. Obama", "a lawyer for Jane Roe", "friends of the senator": a person
    noun in the plural or in lower case (not a title: "Secretary of State John Kerry") before
    a preposition and a person is someone else, who speaks for themselves."""
    head, rest = hm
    v = vocab()
    plural = head not in v.person_nouns and head.removesuffix("s") in v.person_nouns
    if not (head in v.person_nouns or plural):
        return False
    if not plural and f" {head} " not in f" {phrase} ":  # "Secretary of State John Kerry": a title
        return False
    sp = _resolve(ctx, rest, unit_text)
    return sp is not None and sp.named and is_person_kind(sp.kind)
