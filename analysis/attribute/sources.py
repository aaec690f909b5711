"""Sources of reported speech beyond a person's name, as plain functions over a subject
phrase or a sentence whose quotations are masked (issue 11, statement recall):

- documents, polls and records: "the report found", "A Government Accountability Office
  report released last year found", "according to a new Washington Post-ABC News poll"
  (``document_heads`` and ``document_verbs`` in attribution.toml): the organisation the
  phrase names, else an unnamed source;
- "according to" before a phrase in lower case ("according to police", "according to a
  campaign aide"), anywhere in the sentence;
- a name with an age or a possessive description between commas ("Quina Jones, 25, said";
  "China, Pyongyang's only ally, said").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..alternation import longest_first
from ..gender import opens_with_given_name
from ..toml_data import data_file
from .names import _person_tokens
from .patterns import AUXILIARIES, HEAD_BOUNDARY_RE, ORG_HEADS
from .quotes import _mask_quotes
from .speaker import Speaker


@dataclass(frozen=True)
class SourceVocab:
    document_heads: frozenset[str]
    document_verbs: frozenset[str]
    that_verbs: frozenset[str]
    group_heads: frozenset[str]
    collective_heads: frozenset[str]
    known_heads: frozenset[str]  # singular nouns of who or what may be a source: people, bodies, documents
    document_modifiers: frozenset[str]  # lower-case words that may stand before a document's head
    conformity_heads: frozenset[str]  # "according to plan": what one conforms to, never a source
    quantifier_subjects: frozenset[str]  # "Some say …", "Others argue …": an unnamed group
    negative_subjects: frozenset[str]  # "Nobody believes …": no speaker at all
    as_clause_verbs: frozenset[str]  # "As The Times reported, …": verbs of a reporting "as"-clause
    finding_verbs: frozenset[str] = frozenset()  # "The court found that …": whoever found it, before "that"


@lru_cache(maxsize=1)
def source_vocab() -> SourceVocab:
    raw = data_file("attribution.toml")
    people = set(raw.get("person_nouns", ())) | set(raw.get("journalist_words", ()))
    bodies = set(raw.get("collective_heads", ()))
    plurals = {_plural(p) for p in people | bodies if len(p) > 3}
    known = ("person_nouns", "journalist_words", "collective_heads", "document_heads", "speaking_things",
             "unnamed_heads", "official_heads")
    return SourceVocab(frozenset(raw.get("document_heads", ())), frozenset(raw.get("document_verbs", ())),
                       frozenset(raw.get("that_verbs", ())), frozenset(raw.get("group_heads", ())) | plurals,
                       frozenset(bodies), frozenset(w for k in known for w in raw.get(k, ())),
                       _LEAD | frozenset(raw.get("document_modifiers", ())),
                       frozenset(raw.get("conformity_heads", ())), frozenset(raw.get("quantifier_subjects", ())),
                       frozenset(raw.get("negative_subjects", ())), frozenset(raw.get("as_clause_verbs", ())),
                       frozenset(raw.get("finding_verbs", ())))


def _plural(noun: str) -> str:
    """The regular English plural: "supporter" -> "supporters", "company" -> "companies"."""
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# the words that may stand before a document's head noun besides capitalised names
_LEAD = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "new", "latest", "recent",
                   "last", "previous", "earlier", "first", "second", "final", "internal", "national", "state",
                   "federal", "annual", "joint", "separate", "exhaustive", "confidential", "leaked", "secret",
                   "draft", "official", "independent", "nonpartisan", "bipartisan", "public", "private",
                   "another", "one", "two", "instant", "opinion", "online", "television", "campaign", "court",
                   "police", "government", "congressional", "memorable", "detailed", "brief", "short", "long"})
# what may follow the head: a participle or a preposition that opens its modifier
_TAIL = re.compile(r"^(?:\s+(?:[a-z]+ed|by|from|of|in|on|to|for|with|at|about|into|this|last|over|this|these|that)\b.*)?$")
_CAP = re.compile(r"[A-Z][\w.&/'’\-]*")
_BY_ORG = re.compile(r"\b(?:by|from|of)\s+(?:the\s+)?(?P<org>[A-Z][\w.&/'’\-]*(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w.&/'’\-]*){0,5})")
_POSS = re.compile(r"['’]s?$")


def document_source(phrase: str) -> tuple[str | None, str] | None:
    """(the organisation or person a document phrase names, or None; the document's head
    noun) when `phrase` is a document, poll or record as a subject: "the report" -> (None,
    "report"); "A Government Accountability Office report released last year" ->
    ("Government Accountability Office", "report"); "a new report by Politico" -> ("Politico",
    "report"); "The GOP's complaint to the board" -> ("GOP", "complaint"). None otherwise."""
    heads = source_vocab().document_heads
    words = phrase.split()
    if not words or len(words) > 24:
        return None  # (the head is among the first eight words; its modifiers after it may run on)
    for i, w in enumerate(words[:8]):
        low = w.lower().strip(",.")
        if low in heads and (i == len(words) - 1 or _TAIL.match(" " + " ".join(words[i + 1:]))):
            before = words[:i]
            caps = []
            for k, b in enumerate(before):
                if _CAP.fullmatch(b) and not (k == 0 and b.lower() in ("the", "a", "an", "this", "its", "one")):
                    caps.append(b)
                elif b.lower() in source_vocab().document_modifiers or b.lower().strip("-").isdigit() \
                        or re.fullmatch(r"\d{4}", b) or _modifier_by_form(b, before[k + 1:]):
                    if caps:
                        break  # "the GOP's internal report": the name ends at a lower-case word
                else:
                    return None  # a word that is no modifier of a document ("Trump wants the report")
            org = " ".join(caps)
            org = _POSS.sub("", org) if org.endswith(("'s", "’s", "'", "’")) else org
            if not org:
                m = _BY_ORG.search(" ".join(words[i + 1:]))
                org = _POSS.sub("", m.group("org")) if m else ""
            return (org or None, low)
    return None


# a compound modifier with a number ("50-state", "two-day", "10-point") or an -ing adjective
# ("a rolling poll", "an ongoing review"): by its form, no list
_NUMBER_COMPOUND_RE = re.compile(r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                                 r"twenty|fifty|hundred|thousand)-[a-z]+")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "one"})


def _modifier_by_form(word: str, after: list[str]) -> bool:
    """Whether a lower-case word before a document's head modifies it by its form alone: a
    number compound, or an -ing adjective with only modifiers (no determiner) after it
    ("A Reuters rolling poll"; not "citing the report")."""
    low = word.lower()
    if _NUMBER_COMPOUND_RE.fullmatch(low):
        return True
    return low.endswith("ing") and len(low) > 5 and word.islower() \
        and not any(a.lower() in _DETERMINERS for a in after)


@lru_cache(maxsize=1)
def document_head_re() -> re.Pattern:
    """Any of ``document_heads`` as a word, in any case: a cheap test before reading a phrase."""
    return re.compile(r"\b(?:" + longest_first(source_vocab().document_heads) + r")\b", re.I)


def document_speaker(ctx, doc: tuple[str | None, str]) -> Speaker:
    """A document speaks for the organisation or person it names ("A Government
    Accountability Office report" -> that office; "a memorable Hillary Clinton ad" -> her),
    else as an unnamed source ("(unnamed report)")."""
    org, head = doc
    if org:
        actor = ctx.registry.lookup(org)
        if actor is not None:
            return ctx.actor_speaker(actor)
        sp = ctx.lookup_name(org)
        if sp is not None and sp.kind in ("person", "official", "journalist"):
            return sp
        toks = org.split()
        if single_word_name(org) and not ctx.registry.state_of(org):
            if len(toks) > 1 and opens_with_given_name(toks) and _person_tokens(toks, ctx.registry) \
                    and toks[-1].lower() not in ORG_HEADS:
                return ctx.actor_speaker(ctx.add(org, "person"))  # "a study by Jane Roe"
            return ctx.actor_speaker(ctx.add(org, "organisation"))  # "a Reuters/Ipsos poll"
    return Speaker(f"(unnamed {head})", "unnamed")


def single_word_name(org: str) -> bool:
    """Whether a one-word name before a document is plainly an organisation's ("CNN", "IMF",
    "Reuters/Ipsos"), not a surname ("the Mueller report")."""
    return " " in org or org.isupper() or "/" in org or "-" in org


ACCORDING_LOWER_RE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>(?:the|a|an|its|his|her|their|one|two|several|some|"
                                r"[a-z]+|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s?(?=\s+[a-z]))\b[^,.;:\"“”()]{0,100}?)"
                                r"(?=\s*(?:[,.;:()]|\s[-–—]+\s|$))")
# "according to" and whatever noun phrase follows it up to the clause's end, capitalised
# modifiers and abbreviations included ("according to U.S. Census data", "according to FEC
# filings"): read by :func:`according_source` when neither pattern above resolved it
ACCORDING_ANY_RE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>[^,;:()\"“”\s][^,;:()\"“”]{1,120}?)"
                              r"(?=\s*(?:[,;:()]|(?<!\b[A-Z])\.(?:\s|$)|\s[-–—]+\s|$))")
# "Quina Jones, 25, said", "Mitch McConnell, R-Ky., said", "China, Pyongyang's only ally and
# lifeline, said": a name, then an age, a party tag or a description opened by a possessive,
# between commas, right before the verb
AGE_OR_POSSESSIVE_APPOSITIVE_RE = re.compile(
    r"(?:^|[,;:\"”]\s*|\b(?:and|but|Even|even)\s+)(?P<who>(?:the\s+)?[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,5})\s*,\s+"
    r"(?:(?:(?:then|now)\s+)?\d{1,3}|[RDI]-[A-Z][\w.]*|[A-Z][\w.\-]*['’]s?\s[^,;:]{2,100})\s*,\s*$")
# ("that" as a pronoun or determiner is no clause: "ruled that out", "ruled that country for years")
THAT_NEXT_RE = re.compile(r"\s+(?:that\b(?!\s*[.,;]|\s+(?:out|up|down|off|away|way|much|far|country|nation|state|"
                          r"city|region|kingdom|land|territory|province)\b)|[\"“])|\s*:")


def that_verb_ok(masked: str, verb: str, verb_end: int) -> bool:
    """A form that is mostly a noun ("notes", "reports") is a verb only right before "that",
    ":" or a quotation: "Mr. Ruiz notes that …"."""
    return verb not in source_vocab().that_verbs or bool(THAT_NEXT_RE.match(masked, verb_end))


@lru_cache(maxsize=1)
def extra_verbs() -> re.Pattern:
    """The document verbs and clause-only forms that the attributor's main verb list lacks
    ("found", "shows", "notes"): each is speech only with its condition (a document as its
    subject, or "that" after it)."""
    raw = data_file("attribution.toml")
    main = set(raw["verbs"]) | set(raw.get("stance_verbs", ())) | set(raw.get("position_verbs", ())) \
        | set(raw.get("as_object_verbs", ()))
    sv = source_vocab()
    return re.compile(r"\b(" + longest_first((sv.document_verbs | sv.that_verbs) - main) + r")\b")


# a quantifier before a group: "most of the", "many", "a majority of her", "74 percent of"
_QUANTIFIER_RE = re.compile(
    r"^(?:(?:most|many|some|all|several|few|both|none|half|each|one|two|three|four|five|a few|a majority|"
    r"the majority|a minority|a number|a handful|a growing number|a group|dozens|hundreds|thousands|millions|"
    r"a chorus|a host|a slew|a couple|a pair|scores|a dozen|a lot|lots|plenty|a range|a variety|a coalition|"
    r"[\w.\-]+ percent|two-thirds|a third|a quarter)\s+of\s+)?"
    r"(?:(?:the|a|an|his|her|their|its|our|these|those|many|most|some|several|other|both|all|few|such|"
    r"more|fewer|numerous|various|certain)\s+)*", re.I)
# a poll's share of a group, approximated ("about 4 in 10 Republican voters", "more than half
# of white women", "majorities of Democratic voters", "roughly two-thirds of"), and the "or
# less"/"or more" after it: the group is the head after it. General English.
_SHARE_OF_RE = re.compile(
    r"^(?:(?:about|nearly|almost|roughly|around|approximately|some|over|under|more than|fewer than|less than|"
    r"at least|just|only|barely|well over)\s+)*"
    r"(?:\w+\s+(?:in|of|out of)\s+(?:\d+|ten|five|four|three)|half|majorities|\w+-(?:thirds|quarters|fifths)|"
    r"a (?:third|quarter|fifth)|[\d.,]+\s*(?:%|percent)|[A-Za-z\-]+\s+percent)\s+(?:of\s+)?(?=\S)(?!(?:across|in|among|on|at|from|with|for|said|say|says)\b)", re.I)
_OR_SO_RE = re.compile(r"\s+or\s+(?:less|more|so|fewer)$", re.I)
# a focusing adverb before a group ("Even some of her allies", "Only a few delegates") and a
# named possessor before its head ("Aung San Suu Kyi's political allies", "Ted Cruz's
# associates"): the group is the people of the head, whoever they belong to
_FOCUS_RE = re.compile(r"^(?:even|only|just|also|still|now)\s+", re.I)
_POSSESSOR_RE = re.compile(r"^(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w.\-]*['’]s?\s+(?=[a-z])")
_GROUP_WORD_RE = re.compile(r"[A-Za-z][\w'’\-]*(?:\.[A-Za-z]+)*\.?|\d[\w\-]*")  # ("E.U. leaders")
# plural nouns of people by their suffix, whatever their root ("environmentalists",
# "conservationists", "politicians", "civilians"): general English morphology; not the verbs
# and things that end so ("insists", "lists", "wrists")
_PEOPLE_SUFFIX_RE = re.compile(r"(?-i:[a-z]{4,}(?:ists|ians))")
_NOT_PEOPLE_SUFFIX = frozenset({"insists", "persists", "resists", "assists", "consists", "exists", "subsists",
                                "desists", "twists", "wrists", "meridians"})
# plural nouns that are names (of parties, of peoples) and keep their capital at a sentence's start
_PEOPLES = frozenset({"democrats", "republicans", "americans", "europeans"})
_NOT_A_MODIFIER = frozenset({"who", "which", "that", "whose", "whom", "and", "or", "but", "if", "when", "as",
                             "he", "she", "they", "it", "we", "i", "you", "not", "there", "here", "this"})


# a share of those asked as the subject ("Thirty percent said", "Only 24 percent say", "26%
# believe", "those surveyed say"): the poll's respondents
_SHARE_RE = re.compile(
    r"(?:(?:only|just|about|nearly|almost|roughly|some|over|under|more than|fewer than|less than|another|a mere|barely)\s+)?"
    r"(?:half|[\d.,]+\s*(?:%|percent)|[A-Za-z\-]+\s+percent|\w+\s+in\s+(?:\d+|ten|five|four|three)|"
    r"(?:a|the)\s+(?:majority|plurality)|\w+-(?:thirds|quarters|fifths)|those\s+(?:surveyed|polled|questioned|asked))", re.I)


def group_source(phrase: str) -> Speaker | None:
    """An unnamed group or body as the subject of a speech verb, when nothing else resolved
    it: "supporters", "Most of the vulnerable Senate Republicans", "Her campaign workers",
    "Proponents of the new bill", "the oil industry" -> "(unnamed <head>)". The head is the
    last word before a preposition; the words before it are modifiers (lower-case words,
    names, possessives); it must be a plural noun of people (``group_heads``, or a
    ``person_nouns`` word in the plural) or a collective body (``collective_heads``)."""
    sv = source_vocab()
    if _SHARE_RE.fullmatch(phrase.strip(" ,.'\"")):
        return Speaker("(unnamed respondents)", "unnamed")
    rest = _QUANTIFIER_RE.sub("", _SHARE_OF_RE.sub("", _FOCUS_RE.sub("", _OR_SO_RE.sub("", phrase.strip(" ,.'\""))))).strip()
    owned = _POSSESSOR_RE.sub("", rest)
    possessed, rest = owned != rest, owned
    cut = re.search(r"\s(?:of|in|for|from|at|on|across|around|with|to|inside|outside)\s", rest)
    if cut:
        rest = rest[:cut.start()]  # "Proponents of the new bill": the head before the preposition
    words = _GROUP_WORD_RE.findall(rest)
    if not words or len(words) > (3 if possessed else 5) or len(rest.split()) != len(words):
        return None
    if any(w.lower() in _NOT_A_MODIFIER or w.lower() in AUXILIARIES for w in words) \
            or phrase.split()[0].endswith("ing"):
        return None  # "(is) giving voters at least …": a verb's object, not a subject
    head = words[-1]
    low = head.lower()
    plural = low in sv.group_heads or (bool(_PEOPLE_SUFFIX_RE.fullmatch(low)) and low not in _NOT_PEOPLE_SUFFIX)
    if not plural and not (low in sv.collective_heads and head.islower()):
        return None
    if not plural and len(words) == 1 and rest == phrase.strip(" ,.'\""):
        return None  # a bare singular ("Government said") is no description of a body
    if rest.lower() in sv.quantifier_subjects:
        return Speaker("(unnamed people)", "unnamed")  # '"…," others said': whoever they are
    proper = head[:1].isupper() and (head is not words[0] or low in _PEOPLES)
    return Speaker(f"(unnamed {head if proper else low})", "unnamed")


def share_group(phrase: str) -> Speaker | None:
    """The group a subject that opens with a poll's share speaks for ("about 4 in 10 Republican
    voters in each state", "majorities of Democratic voters in Alabama and Virginia", "a
    majority of voters"), before any name inside it ("Virginia") is read as the subject."""
    bare = _FOCUS_RE.sub("", phrase.strip(" ,.'\""))
    if not (_SHARE_OF_RE.match(bare) or re.match(r"(?:an?|the)\s+(?:majority|minority|plurality)\s+of\s", bare, re.I)):
        return None
    return group_source(phrase)


def participle_words(u: str, part: str, act: bool) -> tuple[int, int] | None:
    """Where the words of a speech participle of the main clause are: "The ministry
    defended the strikes, saying the city is a front line" -> "the city is a front line"
    (the main clause is the outlet's account of an act); an act the escalation score reads
    keeps its participle ("…, warning that …", "…, accusing Kyiv of …"). None when the
    participle opens the sentence or leaves too little on either side."""
    masked = _mask_quotes(u)
    m = re.search(r"(?:,|\band|\bby)\s+(?:[a-z]+ly\s+)?(" + re.escape(part) + r")\b", masked)
    if m is None or len(masked[:m.start()].strip()) < 12:
        return None
    if act:
        start = m.start(1)
    else:
        hm = HEAD_BOUNDARY_RE.match(masked, m.end(1))
        start = hm.end() if hm is not None and hm.group(0).strip(" ,:") in ("", "that") else m.end(1)
        start += len(u[start:]) - len(u[start:].lstrip())
    end = len(u.rstrip())
    return (start, end) if end - start >= 12 else None


def act_participle(part: str, act_verbs: frozenset[str]) -> bool:
    """Whether a participle is the form of a verb the escalation score reads as an act
    ("warning" of "warned", "accusing" of "accused", "denying" of "deny")."""
    stem = part[:-3]
    return any(f in act_verbs for f in (stem, stem + "ed", stem + "es", stem + "s", stem + "e", stem[:-1] + "ied"))


# a pronoun after "according to" and the subject form it is resolved as
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_INTERVIEWS_RE = re.compile(r"^(?:(?:an?|the|several|many|multiple|\w+)\s+)?interviews?\s+with\s+", re.I)
# where the head of a source phrase ends: a relative clause, a participle or a preposition after it
_HEAD_END_RE = re.compile(r"\s(?:who|that|which|whose|[a-z]+ed|by|in|from|of|at|for|with|on|to|familiar|close)\b")


def according_source(phrase: str) -> Speaker | None:
    """The source a phrase after "according to" names when nothing else resolved it: the
    people of "interviews with …", an unnamed group ("members who spoke with reporters"), else
    the phrase's head noun in lower case as an unnamed source ("press reports" -> "(unnamed
    reports)", "exit polls reported by …" -> "(unnamed polls)"). "according to" makes what
    follows a source, so any noun phrase will do; None for anything else."""
    phrase = _INTERVIEWS_RE.sub("", phrase.strip(" ,.'\""))
    sp = group_source(phrase)
    if sp is not None:
        return sp
    cut = _HEAD_END_RE.search(phrase)
    sp = group_source(phrase[:cut.start()]) if cut else None
    if sp is not None:
        return sp  # "Democrats involved in the talks"
    words = (phrase[:cut.start()] if cut else phrase).split()
    if not words or len(words) > 6 or any(w.lower() in _NOT_A_MODIFIER - _ADJECTIVE_JOINERS
                                          or w.lower() in AUXILIARIES for w in words):
        return None
    if words[-1].lower() in _ADJECTIVE_JOINERS or words[0].lower() in _ADJECTIVE_JOINERS:
        return None
    head = words[-1]
    if not re.fullmatch(r"[a-z]{3,}", head) or head in source_vocab().conformity_heads:
        return None  # "according to plan", "according to the rules": conformity, no source
    if not re.fullmatch(r"[a-z]{3,}s", head) and head not in source_vocab().known_heads \
            and not _DETERMINED_RE.match(phrase):
        return None  # (a bare singular noun must be one known to speak: "according to taste")
    return Speaker(f"(unnamed {head})", "unnamed")


# "complete but unofficial returns": conjunctions that may join a source's modifiers
_ADJECTIVE_JOINERS = frozenset({"and", "but", "or"})
# a noun phrase with a determiner or a possessive before its head ("his biography", "one global
# index", "the state's polling average", "Roe's plea agreement"): a source after "according to"
_DETERMINED_RE = re.compile(r"^(?:the|a|an|one|his|her|its|their|our|this|that|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*['’]s?)\s", re.I)

