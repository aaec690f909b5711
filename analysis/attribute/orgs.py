"""Organisations a document names, for the common nouns that later stand for them: "the
Charlotte-Mecklenburg Police Department" ... "police said"; "The New York Times" ... "the
Times wrote"; "Hillary Clinton's campaign" ... "the campaign says". And a capitalised name
that is an institution's by its head ("The Republican National Committee says").

Plain functions over one document's context (:class:`.context.DocContext`)."""
from __future__ import annotations

import re

from ..toml_data import word_set
from ..gender import _place_words, given_name_gender, opens_with_given_name
from .evidence import capitalised_mid_sentence, closed_class_words
from .names import SCAN_CAPSEQ_RE
from .pronouns import resolve_pronoun
from .patterns import DETERMINER_RE, ORG_HEADS
from .speaker import Speaker, _unpossess, is_person_kind

# "the campaign", "police", "The Times", "the committee": a determiner (or none) and one head
BARE_HEAD_RE = re.compile(r"^(?:(?:[Tt]he|[Ii]ts)\s+)?(?P<head>[A-Za-z]+)$")
# "Hillary Clinton's campaign", "the Sanders campaign", "Trump's presidential campaign"
CAMPAIGN_MENTION_RE = re.compile(r"(?P<who>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3})(?:['’]s?)?"
                                 r"[ \t]+(?:(?:presidential|re-?election|Senate|primary)[ \t]+)?campaign\b")
# "the Obama administration", "Mr. Obama's administration" (:func:`administration_of`)
ADMINISTRATION_MENTION_RE = re.compile(r"(?P<who>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2})(?:['’]s)?[ \t]+administration\b")

# heads that name a kind of body more often than one body: "the press", "the group", "the party"
VAGUE_HEADS = frozenset({"press", "news", "group", "party", "inc", "corp", "school", "church", "forces", "guard",
                         "project", "service", "society"})


def named_org_of_head(ctx, phrase: str) -> Speaker | None:
    """ "the campaign", "police", "the Times": the one organisation the document named whose
    name has that head word ("Jane Roe campaign", "Pier County Police
    Department", "The Harbour Times"); None when it named none or several (then the source
    stays unnamed)."""
    m = BARE_HEAD_RE.match(phrase.strip())
    if m is None:
        return None
    head = m.group("head").lower()
    if head == "administration":
        return _the_campaign(ctx, ADMINISTRATION_MENTION_RE, "administration")
    if head not in ORG_HEADS or head in VAGUE_HEADS:
        return None
    if head == "campaign":
        return _the_campaign(ctx)
    found = {name for name in _document_orgs(ctx) if head in name.lower().replace("-", " ").split()}
    if len(found) != 1:
        return None
    name = found.pop()
    actor = ctx.registry.lookup(name) or ctx.add(name, "organisation")
    return ctx.actor_speaker(actor)


def _document_orgs(ctx) -> list[str]:
    """The names of organisations the document writes in full: a capitalised span of two
    words or more that ends in an institution's head ("… Police Department", "… Times",
    "… Committee"), without its determiner, or a span the registry knows as an organisation
    or outlet; read once per document."""
    if ctx.orgs is None:
        out: list[str] = []
        for m in SCAN_CAPSEQ_RE.finditer(ctx.doc.text):  # (CAPSEQ_RE's matches, the engine skipping lower case)
            span = DETERMINER_RE.sub("", _unpossess(m.group(0)))
            toks = span.split()
            if len(toks) < 2:
                continue
            actor = ctx.registry.lookup(span)
            if actor is not None:
                if actor.kind in ("organisation", "media") and actor.name not in out:
                    out.append(actor.name)
                continue
            if toks[-1].lower() in ORG_HEADS and span not in out:
                out.append(span)
        ctx.orgs = out
    return ctx.orgs


def _the_campaign(ctx, mentions: re.Pattern = CAMPAIGN_MENTION_RE, head: str = "campaign") -> Speaker | None:
    """ "the campaign": the campaign of the one candidate whose campaign the document named;
    of several, the campaign of the one of them the last sentences named or had speak (a
    definite description picks the most salient referent that fits it), else None. The same
    for "the administration" and the leaders whose administrations it named."""
    people = set()
    for m in mentions.finditer(ctx.doc.text):
        sp = ctx.lookup_name(_unpossess(m.group("who")))
        if sp is not None and sp.named and is_person_kind(sp.kind):
            people.add(sp.name)
    if len(people) > 1:
        spoke = [ctx.last_person.name] if ctx.last_person is not None and ctx.last_person.named else []
        recent = [n for n in ctx.recent[-CAMPAIGN_WINDOW:] + spoke if n in people]
        people = {recent[-1]} if recent else people
    if len(people) != 1:
        return None
    return ctx.actor_speaker(ctx.add(f"{people.pop()} {head}", "organisation"))


CAMPAIGN_WINDOW = 4  # the people last mentioned: about the sentence or two before


_DESCRIPTOR_RE = re.compile(r"[a-z][a-z\-]*")  # a lower-case word (hyphens too: "left-leaning")


def institution_name(ctx, phrase: str) -> Speaker | None:
    """ "The Republican National Committee", "the Supreme Court", "The Clinton Foundation": a
    determiner, up to two lower-case words that describe it, then capitalised words that end in an institution's head, is that
    institution (the registry's, else one of this document), not a person or state named
    inside it. None for any other phrase, or one that is a state's word and the head alone
    ("the Russian Army": the state's)."""
    bare = DETERMINER_RE.sub("", phrase)
    if bare == phrase or not phrase.lower().startswith("the "):
        return None
    toks = bare.split()
    # up to two lower-case words that describe the body before its name: "the opposition Syrian
    # National Coalition", "the conservative Family Research Council"
    described = 0
    while described < min(2, len(toks) - 2) and _DESCRIPTOR_RE.fullmatch(toks[described]):
        described += 1
    toks = toks[described:]
    bare = " ".join(toks)
    if not 1 < len(toks) <= 5 or toks[-1].lower() not in ORG_HEADS or not all(t[:1].isupper() for t in toks):
        return None
    if toks[-1].lower() == "campaign":
        return None
    # a state's name or adjective and the head alone ("the Russian Army", "the Syrian
    # Coalition") is left to the state and the role readings; with a name of its own between
    # them it names a body ("The Syrian National Coalition", "the Iraqi National Alliance")
    if len(toks) - sum(1 for t in toks if ctx.registry.state_of(_unpossess(t))) < 2:
        return None
    actor = ctx.registry.lookup(bare) or ctx.add(bare, "organisation")
    if is_person_kind(actor.kind):
        return None
    return ctx.actor_speaker(actor)


# "the Obama administration", "Mr. Obama's administration", "the Bush White House": a leader's
# administration named for the leader (general English)
ADMINISTRATION_RE = re.compile(r"^(?:[Tt]he\s+)?(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}?)(?:['’]s)?"
                               r"\s+(?:administration|White\s+House)$")


def administration_of(ctx, phrase: str) -> Speaker | None:
    """A leader's administration as a source is an organisation of its own, named for the
    person, as a candidate's campaign is ("the Obama administration" -> "Barack Obama
    administration"): it speaks for the government the person heads, not in the person's own
    words. None unless the phrase names one and its person is known."""
    m = ADMINISTRATION_RE.match(phrase)
    if m is None:
        return None
    sp = ctx.lookup_name(_unpossess(m.group("who")))
    if sp is None or not sp.named or not is_person_kind(sp.kind):
        return None
    country = getattr(ctx.registry.lookup(sp.name), "country", None)  # the state it governs
    return ctx.actor_speaker(ctx.add(f"{sp.name} administration", "organisation", country))



# "State Department officials", "a senior White House official", "An FBI spokesman", "Verizon
# executives": lower-case modifiers, a capitalised name, and the head of the people who speak for it
_BODY_OFFICIALS_RE = re.compile(r"^(?P<pre>(?:[a-z][\w\-]*\s+){0,3})(?P<body>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})"
                                r"\s+(?P<head>[a-z]+)$")
_ACRONYM_RE = re.compile(r"(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5})")


def officials_of_a_body(ctx, phrase: str, heads: frozenset[str], past: frozenset[str]) -> Speaker | None:
    """ "State Department officials", "an FBI spokesman", "Verizon executives": the people whose
    head is one of `heads` speak for the body their capitalised modifier names, as "officials at
    the State Department" and "Russian officials" speak for theirs. The body must be one: an
    organisation or outlet the registry or the document knows by that name, a name of two words
    or more that ends in an institution's head ("Labor Department"), or an acronym ("FBI"),
    not a state's or a person's. None when a modifier in `past` says they no longer speak for
    it ("a former FBI official"), or for any other phrase."""
    m = _BODY_OFFICIALS_RE.match(DETERMINER_RE.sub("", phrase))
    if m is None or m.group("head") not in heads or past.intersection(m.group("pre").split()):
        return None
    body = _unpossess(m.group("body"))
    if ctx.registry.state_of(body):
        return None  # "U.S. officials": a state's, read as its national group
    sp = ctx.lookup_name(body)
    if sp is not None:
        return sp if sp.named and sp.kind in ("organisation", "media") else None
    toks = body.split()
    if (len(toks) > 1 and toks[-1].lower() in ORG_HEADS) or (len(toks) == 1 and _ACRONYM_RE.fullmatch(body)):
        actor = ctx.registry.lookup(body) or ctx.add(body, "organisation")
        return None if is_person_kind(actor.kind) else ctx.actor_speaker(actor)
    if len(toks) <= 2 and all(t[1:].islower() and t.isalpha() for t in toks) and ctx.lower is not None \
            and not any(t.lower() in ctx.lower or t.lower() in _PARTY_WORDS or t.lower().endswith(_ADJECTIVE_ENDINGS)
                        for t in toks) \
            and not given_name_gender(f"{toks[0]} _") and capitalised_mid_sentence(ctx.doc.text, toks[0]):
        # "an Intel spokeswoman", "Carrier executives": a name the text writes capitalised inside a
        # sentence and never in lower case ("Local leaders" opens a sentence only)
        return ctx.actor_speaker(ctx.registry.lookup(body) or ctx.add(body, "organisation"))
    return None


# a party's words as a modifier ("a Democratic official", "Republican leaders"): its members, no body
_PARTY_WORDS = frozenset({"republican", "democrat", "democratic", "independent", "libertarian", "gop"})
# the singular of a party's member as a name's last word: "Wisconsin Republican" is a person so
# described, no body's name (general American usage, as resolve's _PARTY_MEMBER_RE)
_PARTY_MEMBERS = frozenset({"republican", "democrat", "independent", "libertarian"})
# the endings of the adjectives of peoples and places ("Kurdish", "Chinese", "Syrian", "European",
# "Mexican"): such a word last is a modifier, no name's end (general English morphology)
_ADJECTIVE_ENDINGS = ("ish", "ese", "ian", "ean", "can")


def unlisted_name_kind(toks: list[str], opens_a_clause, registry) -> str | None:
    """The kind of actor a capitalised name of two words or more names when no reading of a
    person's name took it (its words also name months, places or common things, and no listed
    given name opens it read from the right: "Western Journalism", "Human Rights Watch",
    "April Roe"): "person" when a listed given name opens it ("April Roe"), else "organisation".
    None for no name: a possessive inside ("China’s South China Sea"), a closed-class word or a
    participle first ("Alongside BLM", "Leading Democrats"; `opens_a_clause`), a party's
    member last ("Wisconsin Republican")."""
    if len(toks) < 2 or any(t.endswith(("'s", "’s")) for t in toks[:-1]):
        return None
    if toks[0].lower().strip(".") in closed_class_words(numerals=False) or opens_a_clause(toks[0]):
        return None
    if toks[-1].lower() in _PARTY_MEMBERS or toks[-1].lower().endswith(_ADJECTIVE_ENDINGS):
        return None
    if any(registry.state_of(" ".join(toks[:k])) for k in range(1, len(toks))):
        return None  # "North Korean officials", "Syrian Kurdish forces": a state's word modifies a noun
    if toks[-1].lower() in _place_words():
        return None  # "Court Street", "Affordable Care Act": a place or a law, no speaker
    return "person" if opens_with_given_name(toks) else "organisation"


# "the Roe campaign", "Doe's presidential campaign", "his campaign": a candidate's campaign;
# "Roe's team", "the Roe campaign team": the staff who speak for a person, a body of its own as a
# campaign is
CAMPAIGN_RE = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Za-z][\w\-]*\s+){0,3}?(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}|[Hh]is|[Hh]er)"
                         r"(?:['’]s?)?\s+(?:(?:presidential|re-?election|Senate|primary|White\s+House)\s+)?"
                         r"(?P<head>campaign|(?:campaign\s+)?team)$")


def campaign_of(ctx, phrase: str, unit_text: str) -> Speaker | None:
    """A person's campaign as a source is an organisation of its own, named for the person
    ("the Doe campaign", "Mrs. Doe's campaign", "Presidential candidate Jane Roe's
    campaign" -> "Ann Doe campaign", "Jane Roe campaign"; "Roe's team" -> "Jane Roe team"): it
    speaks for the candidate but is not the candidate. None unless the phrase names a
    campaign and its person is known (a pronoun resolved as a subject would be)."""
    # (the pattern ends with "campaign" or "team": tested first, ~550 phrases a corpus pass)
    m = CAMPAIGN_RE.match(phrase) if phrase.endswith(("campaign", "campaign\n", "team")) else None
    if m is None:
        return None
    who = m.group("who")
    if who.lower() in ("his", "her"):
        sp = resolve_pronoun(ctx, "he" if who.lower() == "his" else "she", unit_text)
    else:
        sp = ctx.lookup_name(_unpossess(who))
    if sp is None or not sp.named or not is_person_kind(sp.kind):
        return None
    head = "team" if m.group("head").endswith("team") else "campaign"
    return ctx.actor_speaker(ctx.add(f"{sp.name} {head}", "organisation"))


# a state (its name, its name's possessive or its adjective), then up to two words and the head
# of one of its institutions, as news writes them in either case: "Syria's foreign ministry",
# "Turkey’s Defence Ministry", "The Syrian Foreign Ministry", "Iran's government"
_STATE_INSTITUTION_RES = tuple(
    re.compile(r"^(?:[Tt]he\s+)?(?P<state>[A-Z][\w.\-]*" + more + r")(?:['’]s)?"
               r"\s+(?P<rest>(?:[A-Za-z\-]+\s+){0,2}(?P<head>[A-Za-z]+))$")
    for more in ("", r"\s+[A-Z][\w.\-]*"))  # a state of one word, or of two ("South Korea's")


def state_institution(ctx, phrase: str) -> Speaker | None:
    """A state's institution (attribution.toml ``state_institution_heads``) speaks for the
    state, as "the Syrian foreign ministry" does: the registry's body that holds it as a role
    ("Russia's Foreign Ministry" -> the Russian Ministry of Foreign Affairs), else the state
    itself. Its words in lower case or all capitalised, so that "The Syrian Foreign Ministry",
    "Syria's foreign ministry" and "Syria’s Foreign Ministry" are one speaker. None for any other
    phrase."""
    heads = word_set("attribution.toml", "state_institution_heads")
    for pattern in _STATE_INSTITUTION_RES:
        m = pattern.match(phrase)
        if m is None or m.group("head").lower() not in heads:
            continue
        words = m.group("rest").split()
        if not (all(w.islower() for w in words) or all(w[:1].isupper() for w in words)):
            continue
        state = ctx.registry.state_of(_unpossess(m.group("state")))
        if state is not None:
            break
    else:
        return None
    held = ctx.registry.holder(m.group("rest").lower(), state, ctx.date)
    if held is not None and not is_person_kind(held.kind):
        return ctx.actor_speaker(held)
    return Speaker(state, "state")
