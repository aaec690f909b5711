"""A subject phrase -> its speaker: a pronoun's antecedent, a person named in the phrase or
the document ("Mr Eggert" -> Konstantin Eggert), a role description, a state, institution or
outlet, a national group ("Russian officials" -> Russia), a name the registry lacks, or an
unnamed source ("(unnamed commentator)").

:func:`resolve` tries its readings in order, as plain stage functions: the ones before the
registry's lookup of the whole phrase are here; those by the names in the phrase are in
:mod:`.resolve_names`, those by what it describes (roles, heads, groups) in :mod:`.resolve_roles`."""
from __future__ import annotations

import re

from ..gender import contracted_pronoun
from ..toml_data import word_set
from .patterns import (INSTITUTION_WORDS, LOWER_RUN_RE, DETERMINER_RE, FUNCTION_WORDS, ORG_HEADS, POSTED_RE, PRONOUNS)
from .described_bodies import named_body
from .epithets import bind_described
from .orgs import administration_of, campaign_of
from .resolve_names import (described_name, given_name, head_named, honorific_of_gender, honorific_surname,
                            institution, names_in, organisation_name, person_named, person_of_place, title_surname,
                            unlisted_name)
from .resolve_roles import (a_states_institution, anonymous_source, bound_description, head_before_preposition, leaders_state,
                            national_group, org_of_head, prepositional_tail, role, spoken_for, the_statement,
                            unnamed_source)
from .source_vocab import capitalised_office_heads, office_acronyms, source_vocab
from .sources import document_source, document_speaker
from .pronouns import resolve_pronoun
from .speaker import STOP, Speaker, _unpossess, is_person_kind


def resolve(ctx, phrase: str, unit_text: str) -> Speaker | None:
    """The speaker of a subject phrase in the sentence `unit_text`: the first of the readings
    below, in their order, that answers (a Speaker; or STOP: no speaker), else None. An
    unnamed source read from a definite description is the one person or body the document
    described so (:mod:`.epithets`). A diplomat's posting is where they serve, never who
    speaks (:func:`without_posting`)."""
    sp = _resolve(ctx, phrase, unit_text)
    if sp is None or not is_person_kind(sp.kind):
        sp = without_posting(ctx, phrase, unit_text) or sp
    return bind_described(ctx, phrase, sp)


# a diplomat's or a diplomatic office's post and where it is ("Syria's ambassador to the United
# Nations", "France's envoy to NATO", "the U.S. ambassador to Russia", "the Russian embassy in the
# United Kingdom"). General English: the nouns of diplomatic posts.
_POSTED_ROLE_RE = re.compile(r"(?P<head>.*\b" + POSTED_RE.pattern + r")\s+(?:to|at|in)\s+(?:the\s+)?[A-Z][^,;:]*")


def without_posting(ctx, phrase: str, unit_text: str) -> Speaker | None:
    """The speaker of a diplomat's description read without the posting after the role, when
    the whole phrase named no person ("Syria's ambassador to the United Nations" is Syria's
    ambassador, not the United Nations; a registry's holder of the whole role, "the Russian
    ambassador to the UN", or a name after it, "Ambassador to the UN Jane Roe", is read before)."""
    m = _POSTED_ROLE_RE.fullmatch(phrase.strip(" ,.'\"“”"))
    if m is None or not m["head"].strip():
        return None
    sp = _resolve(ctx, m["head"], unit_text)
    if sp is None:  # no one the document or the registry knows: the unnamed diplomat
        sp = Speaker(f"(unnamed {m['head'].split()[-1].lower()})", "unnamed")
    return sp


# a member's party and state, as an appositive after the name ("Senator Jane Roe, Republican of
# Ohio, has said"): general English newspaper style, never a name of its own
_PARTY_OF_PLACE_RE = re.compile(r"(?:a\s+)?(?:Republican|Democrat|Independent|Democratic-Farmer-Labor)\s+(?:from|of)\s+"
                                r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}")


def _resolve(ctx, phrase: str, unit_text: str) -> Speaker | None:
    phrase = phrase.strip(" ,.'\"")
    if not phrase or len(phrase.split()) > 12 and document_source(phrase) is None:
        return None  # (a document's phrase may be long: "The GOP's complaint to the … Board on …")
    if _PARTY_OF_PLACE_RE.fullmatch(phrase):
        return None  # "Jane Roe, Republican of Ohio, said": the party and state set after a name name no one
    phrase = contracted_pronoun(phrase) or phrase  # "He’s claiming", "she'd said"
    sp = office_acronym(ctx, phrase, unit_text)
    if sp is not None:
        return None if sp is STOP else sp
    phrase = with_cut_initials(ctx, phrase, unit_text)
    for stage in _BEFORE_THE_REGISTRY:
        sp = stage(ctx, phrase, unit_text)
        if sp is not None:
            return None if sp is STOP else sp
    whole = ctx.registry.lookup(DETERMINER_RE.sub("", phrase))
    sp = a_document(ctx, phrase, whole)
    if sp is not None:
        return None if sp is STOP else sp
    if whole is not None and " " in phrase.strip():
        sp = the_whole_phrase(ctx, phrase, whole)
        if sp is not None:
            return sp
        whole = None  # "Mr. Sanders" is not the registry's Sarah Sanders
    for stage in _BEFORE_THE_NAMES:
        sp = stage(ctx, phrase, unit_text, whole)
        if sp is not None:
            return None if sp is STOP else sp
    found = names_in(ctx, phrase)
    low_words = LOWER_RUN_RE.findall(phrase.lower())
    for stage in _BY_NAMES_AND_DESCRIPTIONS:
        sp = stage(ctx, phrase, unit_text, whole, found, low_words)
        if sp is not None:
            return None if sp is STOP else sp
    return None


def office_acronym(ctx, phrase: str, unit_text: str) -> Speaker | None:
    last = phrase.rsplit(" ", 1)[-1]
    if last.isupper() and len(last) <= 4 and last.lower() in office_acronyms() and " " in phrase:
        # "a bank CEO", "the company CFO", "a Labour MP": the acronym heads a description, as its
        # lower-case noun would ("a bank ceo" -> an unnamed ceo), and is no name of anyone
        sp = resolve(ctx, phrase[:-len(last)] + last.lower(), unit_text)
        if sp is not None and sp.name == f"(unnamed {last.lower()})":
            sp = Speaker(f"(unnamed {last})", sp.kind)  # written as the text writes it: "(unnamed CEO)"
        return STOP if sp is None else sp
    return None


def with_cut_initials(ctx, phrase: str, unit_text: str) -> str:
    if phrase[-1:].isupper() and (phrase[-2:-1] == " " or phrase[-2:-1] == "." and _INITIALS_END_RE.search(phrase)
                                  and not ctx.registry.state_of(phrase.split()[-1] + ".")):
        phrase = _with_its_surname(phrase, unit_text)  # "Charles B" / "J.R" (not "U.S") + ". Rangel"
    return phrase


def a_pronoun(ctx, phrase: str, unit_text: str) -> Speaker | None:
    if phrase.lower() in PRONOUNS:
        sp = resolve_pronoun(ctx, phrase, unit_text)
        return STOP if sp is None else sp
    return None


def no_actor(ctx, phrase: str, unit_text: str) -> Speaker | None:
    low = phrase.lower()
    sv = source_vocab()
    if low in sv.quantifier_subjects or low in sv.negative_subjects or low in sv.another_subjects:
        return STOP  # "Others say …", "Nobody believes …": never an actor called "Others"
    if low in _no_subjects():
        return STOP  # "You know, …": the reader addressed, never an actor called "You"
    return None


def a_campaign(ctx, phrase: str, unit_text: str) -> Speaker | None:
    return campaign_of(ctx, phrase, unit_text) or administration_of(ctx, phrase)


def a_party_member(ctx, phrase: str, unit_text: str) -> Speaker | None:
    pm = _PARTY_MEMBER_RE.match(phrase)
    if pm is not None:
        return _party_member(ctx, pm.group("party"))
    return None


def no_noun_phrase(ctx, phrase: str, unit_text: str) -> Speaker | None:
    if phrase.endswith(("'s", "’s")):
        return STOP  # "Putin's claims that …": a noun, not a speaker
    words = phrase.split()
    if words[-1].lower() in FUNCTION_WORDS or words[-1][:1].isdigit() and document_source(phrase) is None:
        return STOP  # not a noun phrase ("… emanating from the" before an adjective)
    return None


def capitalised_office(ctx, phrase: str, unit_text: str) -> Speaker | None:
    # "The Minister", "the Ambassador", "said the High Commissioner": an office capitalised as
    # official documents write it is its lower-case description ("the minister"), unless the
    # registry has it by that name (a name this document learned from its own capitals is none)
    lowered = _office_lowered(ctx, phrase)
    if lowered is not None and getattr(ctx.registry, "base", ctx.registry).lookup(DETERMINER_RE.sub("", phrase)) is None:
        sp = resolve(ctx, lowered, unit_text)
        return STOP if sp is None else sp
    return None


def a_document(ctx, phrase: str, whole) -> Speaker | None:
    doc = document_source(phrase) if whole is None or whole.kind == "person" else None  # "The Washington Post" is no post
    if doc is not None and (doc[0] or doc[1] not in ("statement", "readout", "communique") or ctx.last_org is None):
        sp = document_speaker(ctx, doc)  # "the report found", "a Reuters/Ipsos poll shows"
        return STOP if sp is None else sp
    return None


def the_whole_phrase(ctx, phrase: str, whole) -> Speaker | None:
    """The registry's actor of the whole phrase (more than one word); None when it is a person
    of the wrong gender."""
    # "the Organisation for Security and Co-operation in Europe"; but "Mr. Rubio" is the
    # document's own Luis Rubio before the registry's namesake
    own = ctx._resolve_exact(_unpossess(DETERMINER_RE.sub("", phrase))) if whole.kind == "person" else None
    if own is not None and is_person_kind(own.kind):
        return own
    if whole.kind != "person" or not ctx.wrong_gender(phrase, whole.name):
        return ctx.actor_speaker(whole)
    return None


# the readings in their order: each returns a Speaker, STOP (no speaker) or None (the next one).
# Their arguments: the context, the phrase and its sentence; then `whole`, the registry's actor
# of the whole phrase (None once it is a person of the wrong gender); then `found`, the names in
# the phrase (names_in), and `low_words`, its lower-case words
_BEFORE_THE_REGISTRY = (a_pronoun, no_actor, a_campaign, a_party_member, no_noun_phrase, capitalised_office)
_BEFORE_THE_NAMES = (a_states_institution, head_before_preposition, honorific_of_gender, spoken_for, person_of_place,
                     organisation_name, institution)
_BY_NAMES_AND_DESCRIPTIONS = (anonymous_source, person_named, given_name, role, national_group, prepositional_tail, head_named,
                              leaders_state, the_statement, honorific_surname, title_surname, unlisted_name,
                              named_body, org_of_head, unnamed_source, bound_description, described_name)


# "the New Hampshire Republican", "the Utah Democrat": a person described by the place they
# represent and their party, an anaphor of someone the document named (general English
# usage of American political reporting)
_PARTY_MEMBER_RE = re.compile(r"^[Tt]he\s+(?:[A-Z][\w.'’\-]*\s+){1,3}(?P<party>Republican|Democrat|Independent|Libertarian)$")


def _party_member(ctx, party: str) -> Speaker:
    """The person the document titled with the party ("Republican Jane Roe"), else the
    person it last named who spoke or was a sentence's subject, else an unnamed party member."""
    titled = ctx.titled.get(party.lower())
    if titled and len(titled) == 1:
        return ctx._speaker_for(next(iter(titled)))
    if ctx.last_person is not None and ctx.last_person.named:
        return ctx.last_person
    return Speaker(f"(unnamed {party})", "unnamed")


# "The Minister", "the Deputy Minister", "The Russian Ambassador": the determiner, then up to
# three capitalised words (hyphens inside: "Secretary-General")
_CAPITALISED_OFFICE_RE = re.compile(r"^[Tt]he((?:\s+[A-Z][\w\-]*){1,3})$")


def _office_lowered(ctx, phrase: str) -> str | None:
    """"The Minister" -> "the minister"; "The Russian Ambassador" -> "the Russian ambassador"
    (a state's word keeps its capital: it names the office's country): a capitalised phrase whose
    head is an office (``capitalised_office_heads``) and none of whose words names an
    institution ("The Court", "The Senate Committee"); else None."""
    m = _CAPITALISED_OFFICE_RE.match(phrase)
    if m is None:
        return None
    words = m.group(1).split()
    if words[-1].lower() not in capitalised_office_heads():
        return None
    if any(w.lower() in INSTITUTION_WORDS or w.lower() in ORG_HEADS for w in words):
        return None
    return "the " + " ".join(w if ctx.registry.state_of(w) else w.lower() for w in words)


def _no_subjects() -> frozenset[str]:
    return word_set("attribution.toml", "lone_no_subjects")


# a phrase that ends in a name's initials cut before their last dot: "according to J.R" (+ ". Roe")
_INITIALS_END_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,2}[A-Z]$")

# the rest of a name cut at its middle initial's dot: "according to Charles B" + ". Rangel."
_AFTER_INITIAL_RE = re.compile(r"\.[ \t]+(?P<rest>(?:[A-Z]\.[ \t]+)?[A-Z][\w'’\-]+(?:,?[ \t]+(?:Jr|Sr)\b\.?)?)")


def _with_its_surname(phrase: str, unit_text: str) -> str:
    """ "Charles B" -> "Charles B. Rangel" when the sentence goes on with the initial's dot and
    a capitalised word: a phrase cut at a middle initial, as a sentence end, is the whole name."""
    pos = unit_text.find(phrase)
    m = _AFTER_INITIAL_RE.match(unit_text, pos + len(phrase)) if pos >= 0 else None
    return f"{phrase}. {m.group('rest')}" if m else phrase
