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

Unnamed groups and a poll's share of a group are read in ``group_sources``; the word lists
all of them use in ``source_vocab``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..alternation import longest_first
from ..gender import opens_with_given_name
from ..toml_data import data_file, word_set
from .names import _person_tokens
from .pollsters import names_pollster
from .patterns import AUXILIARIES, HEAD_BOUNDARY_RE, MONTHS, ORG_HEADS, PARTICIPLE_OPENER
from .group_sources import _NOT_A_MODIFIER, group_source
from .quotes import _mask_quotes
from .source_vocab import source_vocab
from .speaker import Speaker


# what may follow the head: a participle or a preposition that opens its modifier
_TAIL = re.compile(r"^(?:\s+(?:[a-z]+ed|taken|done|given|made|written|held|run|out|sent|seen|shown|drawn|by|from|of|in|on|"
                   r"to|for|with|at|about|into|this|last|over|this|these|that)\b.*)?$")
# (the participles of English's irregular verbs a document's modifier opens with: "a poll taken
# last week", "a survey done for the party", "a study out Thursday")
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
        return None  # (the head is among the first ten words; its modifiers after it may run on)
    for i, w in enumerate(words[:10]):
        low = w.lower().strip(",.")
        if low in heads and (i == len(words) - 1 or _TAIL.match(" " + " ".join(words[i + 1:]))):
            before = words[:i]
            if w[:1].isupper() and before and _CAP.fullmatch(before[-1]) \
                    and any(x.lower().strip(",.") in heads for x in words[i + 1:10]):
                continue  # "a Bureau of Pier Statistics report": a capitalised head inside a name before the head
            if w[:1].isupper() and low in source_vocab().outlet_name_heads and before and _CAP.fullmatch(before[-1]) \
                    and not _POSS.search(before[-1]) and before[-1].lower() not in _DETERMINERS \
                    and before[-1].lower() not in source_vocab().document_modifiers:
                return None  # "the Huffington Post", "The Jerusalem Post": a capitalised head ends a name, an outlet's
            if w[:1].isupper() and low in source_vocab().outlet_name_heads and i == len(words) - 1 \
                    and all(b.lower() == "the" for b in before) and i > 0:
                return None  # "the Post", "The Post said": an outlet's short name (:func:`.orgs.named_org_of_head`)
            caps = []
            for k, b in enumerate(before):
                if _CAP.fullmatch(b) and not (k == 0 and b.lower() in ("the", "a", "an", "this", "its", "one")) \
                        and not (k == 0 and _opening_modifier(b, before[1:] + [w])) \
                        and not _TIME_POSSESSIVE_RE.fullmatch(" ".join(before[k:k + 2]).lower()) \
                        and not _TIME_POSSESSIVE_RE.fullmatch(b.lower()) and not (not caps and _MONTH_RE.fullmatch(b)):
                    caps.append(b)
                elif caps and b.lower() in NAME_JOINERS and k + 1 < len(before) and _CAP.fullmatch(before[k + 1]):
                    caps.append(b)  # "A University of Pier poll", "a Center for Pier Progress study": one name
                elif b.lower() in source_vocab().document_modifiers or b.lower().strip("-").isdigit() or _MONTH_RE.fullmatch(b) \
                        or re.fullmatch(r"\d{4}", b) or _modifier_by_form(b, before[k + 1:]):
                    if caps:
                        break  # "the GOP's internal report": the name ends at a lower-case word
                else:
                    return None  # a word that is no modifier of a document ("Trump wants the report")
            if w[:1].isupper() and any(c.lower() in NAME_JOINERS for c in caps) and not _POSS.search(caps[-1]):
                return None  # "the Bureau of Pier Statistics", "the Center for Pier Research": a name, no document
            org = " ".join(caps)
            org = _POSS.sub("", org) if org.endswith(("'s", "’s", "'", "’")) else org
            if not org:
                tail = " ".join(words[i + 1:])
                holders = word_set("attribution.toml", "document_holder_participles")
                # (not who saw or obtained it: "a copy of the memo seen by Reuters")
                m = next((m for m in _BY_ORG.finditer(tail) if (tail[:m.start()].split() or [""])[-1].lower() not in holders),
                         None)
                org = _POSS.sub("", m.group("org")) if m else ""
            return (org or None, low)
    return None


# the lower-case words inside an organisation's name between its capitalised words ("Bureau of
# Labor Statistics", "Center for Pier Progress", "Council on Pier Relations"); not "and", which
# as often joins two names ("the Pier and Roe polls"). General English. (Also the joiners of
# :mod:`.described_bodies`'s names.)
NAME_JOINERS = frozenset({"of", "for", "on", "&"})


def _opening_modifier(word: str, after: list[str]) -> bool:
    """Whether a word capitalised only because it opens the phrase is a modifier of the document,
    not a name: "Another recent Pier News poll", "New polls released Sunday", "Exit polls" (one of
    ``document_modifiers``; "New" only before a lower-case word: "New Harbour Times poll" is a name)."""
    low = word.lower()
    if low not in source_vocab().document_modifiers:
        return False
    return low != "new" or not after or not after[0][:1].isupper()


# a compound modifier with a number ("50-state", "two-day", "10-point") or an -ing adjective
# ("a rolling poll", "an ongoing review"): by its form, no list
_NUMBER_COMPOUND_RE = re.compile(r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                                 r"twenty|fifty|hundred|thousand)-[a-z]+")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "one"})
# a possessive of a time, which dates a document and names nobody: "last year's", "Tuesday's",
# "Monday night's", "this week's", "May's" (general English)
_TIME_POSSESSIVE_RE = re.compile(r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|next)\s+)?"
                                 r"(?:year|years|week|weeks|month|months|day|days|night|morning|evening|weekend|"
                                 r"quarter|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
                                 r"march|april|may|june|july|august|september|october|november|december)['’]s?")


# a month that dates a document before the name of its author ("a September Washington
# Post-ABC News poll", "the May jobs report"): a modifier, no part of the name
_MONTH_RE = re.compile(r"(?:early-|mid-|late-)?(?:" + MONTHS + r")")


def _modifier_by_form(word: str, after: list[str]) -> bool:
    """Whether a lower-case word before a document's head modifies it by its form alone: a
    number compound, a possessive of time ("last year's FBI statistics", "Monday night's
    results"), or an -ing adjective with only modifiers (no determiner) after it ("A Reuters
    rolling poll"; not "citing the report")."""
    low = word.lower()
    if _NUMBER_COMPOUND_RE.fullmatch(low) or _TIME_POSSESSIVE_RE.fullmatch(low) \
            or (after and _TIME_POSSESSIVE_RE.fullmatch(low + " " + after[0].lower())):
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
        if (single_word_name(org) or names_pollster(org, head, ctx.registry)) and not ctx.registry.state_of(org):
            if len(toks) > 1 and opens_with_given_name(toks) and _person_tokens(toks, ctx.registry) \
                    and toks[-1].lower() not in ORG_HEADS:
                return ctx.actor_speaker(ctx.add(org, "person"))  # "a study by Jane Roe"
            return ctx.actor_speaker(ctx.add(org, "organisation"))  # "a Reuters/Ipsos poll"
    return Speaker(f"(unnamed {head})", "unnamed")


def single_word_name(org: str) -> bool:
    """Whether a one-word name before a document is plainly an organisation's ("CNN", "IMF",
    "Reuters/Ipsos"), not a surname ("the Mueller report")."""
    return " " in org or org.isupper() or "/" in org or "-" in org


# a poll or survey that opens a sentence as where its figures come from: "In a new Washington
# Post-ABC News poll, 18 percent say …", "In the latest polls, he trails.", "In the survey,
# conducted May 1-4, Roe led Doe 47 percent to 39 percent." (the phrase, an optional
# participle of its making between commas, then the clause). General English news usage.
_POLL_OPENING_RE = re.compile(
    r"^[\s\"“”']*(?:(?:But|And|Yet|So|Still|Meanwhile|Now|Also|Then)\s*,?\s+)?In\s+(?P<who>[^,;:\"“”]{3,120}?)"
    r"(?:,\s+(?:conducted|released|taken|published|done|fielded|carried out)\b[^,;:\"“”]{0,80})?,\s+(?=\S)")
_POLL_WORD_RE = re.compile(r"\b(?:polls?|surveys?|polling)\b", re.I)
# the heads of a phrase that names a poll or what it gave ("the latest poll", "early results of
# the exit polls", "the polling average")
_POLL_HEADS = frozenset({"poll", "polls", "survey", "surveys", "polling", "results", "findings", "average",
                         "averages"})


def poll_opening(masked: str) -> tuple[tuple[int, int], tuple[str | None, str], int] | None:
    """A poll that opens the sentence as an adjunct ("In the latest CNN/ORC poll, …"): (where
    the poll's phrase stands, its :func:`document_source` reading, where the clause after it
    starts), or None."""
    m = _POLL_OPENING_RE.match(masked) if "In" in masked[:16] else None
    if m is None or not _POLL_WORD_RE.search(m.group("who")):
        return None
    doc = document_source(m.group("who"))
    if doc is None or doc[1] not in _POLL_HEADS or len(masked[m.end():].split()) < 2:
        return None  # (a clause of one word is none: "In the polls, anyway.")
    return m.span("who"), doc, m.end()


# a document and its participle of showing after a preposition of circumstance: "with polls
# showing Roe ahead", "Despite polls showing her behind", "in the wake of a new poll showing …"
# (an absolute clause of the outlet's, whose report is the document's). General English.
DOCUMENT_PARTICIPLES = frozenset({"showing", "indicating", "suggesting"})
_DOCUMENT_PARTICIPLE_RE = re.compile(
    r"\b(?:[Ww]ith|[Dd]espite|[Aa]mid|[Aa]fter|[Ff]ollowing|[Gg]iven|[Ii]n the wake of)\s+"
    r"(?P<who>[^,;:()\"“”]{2,80}?)\s+(?P<part>" + "|".join(sorted(DOCUMENT_PARTICIPLES)) + r")\b(?:\s+that\b)?\s*")


def document_participle(masked: str) -> tuple[tuple[str | None, str], tuple[int, int], str, int] | None:
    """A document's participle of showing in an absolute clause ("with polls showing Roe
    ahead"): (its :func:`document_source` reading, where the document is named, the
    participle, where its words start), or None."""
    m = _DOCUMENT_PARTICIPLE_RE.search(masked) if "ing" in masked else None
    if m is None or len(m.group("who").split()) > 7 or _RELATIVE_WORD_RE.search(m.group("who")):
        return None  # ("in the wake of polls … that showed Roe making a strong showing": a noun)
    doc = document_source(m.group("who"))
    if doc is None or len(masked[m.end():].split()) < 2:
        return None
    return doc, m.span("who"), m.group("part"), m.end()


_RELATIVE_WORD_RE = re.compile(r"\b(?:that|which|who|whose|where|when)\b")


ACCORDING_LOWER_RE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>(?:the|a|an|its|his|her|their|one|two|several|some|"
                                r"[a-z]+|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s?(?=\s+[a-z]))\b"
                                r"(?:[^,.;:\"“”()]|(?<=\b[A-Z])\.){0,100}?)"
                                r"(?=\s*(?:[,;:()]|(?<!\b[A-Z])\.|\s[-–—]+\s|$))")
# (an initial's period stays in the phrase: "according to data from the U.S. Department of …")
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
    ":" or a quotation: "Ms. Roe notes that …"; or, for ``zero_that_verbs``, before a clause
    whose subject is a name, a determiner's phrase or a pronoun with its finite verb a few words
    on ("The Pier Times reports Roe will resign")."""
    if verb not in source_vocab().that_verbs or THAT_NEXT_RE.match(masked, verb_end):
        return True
    return verb in word_set("attribution.toml", "zero_that_verbs") and bool(_ZERO_THAT_CLAUSE_RE.match(masked, verb_end))


# a clause with no "that" after "reports"/"notes": its subject (a capitalised word, a
# determiner or a pronoun) and a finite verb within seven words ("… reports Roe will resign",
# "… notes the levy is usually paid by …"); not a plural noun's verb ("News reports say")
_ZERO_THAT_CLAUSE_RE = re.compile(
    r"\s+(?:[A-Z][\w'’.\-]*|the|a|an|his|her|their|its|it|he|she|they|this|these)\b(?:\s+[\w'’.\-]+){0,6}?\s+"
    r"(?:is|was|are|were|will|would|has|had|have|could|can|may|might|should|did|does|[a-z]+ed)\b")


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


@lru_cache(maxsize=1024)
def _participle_re(part: str) -> re.Pattern:
    """The participle `part` after a comma, "and", "by", "after" or "before" (compiled once per
    participle)."""
    return re.compile(PARTICIPLE_OPENER + r"\s+(?:[a-z]+ly\s+)?(" + re.escape(part) + r")\b")


def participle_words(u: str, part: str, act: bool) -> tuple[int, int] | None:
    """Where the words of a speech participle of the main clause are: "The ministry
    defended the strikes, saying the city is a front line" -> "the city is a front line"
    (the main clause is the outlet's account of an act); an act the escalation score reads
    keeps its participle ("…, warning that …", "…, accusing Kyiv of …"). None when the
    participle opens the sentence or leaves too little on either side."""
    masked = _mask_quotes(u)
    m = _participle_re(part).search(masked) if part in masked else None
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

