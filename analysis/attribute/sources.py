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
from .patterns import ORG_HEADS
from .speaker import Speaker


@dataclass(frozen=True)
class SourceVocab:
    document_heads: frozenset[str]
    document_verbs: frozenset[str]
    that_verbs: frozenset[str]


@lru_cache(maxsize=1)
def source_vocab() -> SourceVocab:
    raw = data_file("attribution.toml")
    return SourceVocab(frozenset(raw.get("document_heads", ())), frozenset(raw.get("document_verbs", ())),
                       frozenset(raw.get("that_verbs", ())))


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
    if not words or len(words) > 16:
        return None
    for i, w in enumerate(words[:8]):
        low = w.lower().strip(",.")
        if low in heads and (i == len(words) - 1 or _TAIL.match(" " + " ".join(words[i + 1:]))):
            before = words[:i]
            caps = []
            for k, b in enumerate(before):
                if _CAP.fullmatch(b) and not (k == 0 and b.lower() in ("the", "a", "an", "this", "its", "one")):
                    caps.append(b)
                elif b.lower() in _LEAD or b.lower().strip("-").isdigit() or re.fullmatch(r"\d{4}", b):
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
                                r"[a-z]+)\b[^,.;:\"“”()]{0,100}?)(?=\s*(?:[,.;:(]|$))")
# "Quina Jones, 25, said", "Mitch McConnell, R-Ky., said", "China, Pyongyang's only ally and
# lifeline, said": a name, then an age, a party tag or a description opened by a possessive,
# between commas, right before the verb
AGE_OR_POSSESSIVE_APPOSITIVE_RE = re.compile(
    r"(?:^|[,;:\"”]\s*|\b(?:and|but|Even|even)\s+)(?P<who>(?:the\s+)?[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,5})\s*,\s+"
    r"(?:(?:(?:then|now)\s+)?\d{1,3}|[RDI]-[A-Z][\w.]*|[A-Z][\w.\-]*['’]s?\s[^,;:]{2,100})\s*,\s*$")
THAT_NEXT_RE = re.compile(r"\s+(?:that\b|[\"“])|\s*:")


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
    main = set(raw["verbs"]) | set(raw.get("stance_verbs", ()))
    sv = source_vocab()
    return re.compile(r"\b(" + longest_first((sv.document_verbs | sv.that_verbs) - main) + r")\b")


_LAST_CLAUSE_RE = re.compile(r"[,;]([^,;]*)$")
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i"})


def subject_after_intro(before: str, speaker: str) -> bool:
    """Whether the words before a reporting verb end with its subject after an introductory
    phrase and a comma: "Heading into the debate, Sanders told MSNBC that …", "After the vote,
    he said …". The introduction is the outlet's; what follows the verb is the speaker's."""
    m = _LAST_CLAUSE_RE.search(before)
    words = (m.group(1) if m else before).split()
    if not 1 <= len(words) <= 8 or not speaker:
        return False
    key = speaker.strip("()").split()[-1].lower()
    low = {re.sub(r"['’]s?$", "", w.lower().strip(".")) for w in words}
    return key in low or bool(low & _PRONOUN_SUBJECTS)


_SECOND_RE = re.compile(r"(?:,?\s+and\s+(?:also\s+|later\s+|then\s+)?|,\s+(?:[a-z]+ly\s+)?|\s+and\s+(?:also\s+|later\s+|then\s+)?|\s+before\s+(?=[a-z]+ing\b))"
                        r"(?P<verb>called (?:for|on)|calls for|[a-z]+)\b")
# a second clause with its own pronoun subject: "…, and he urged …", "…, but she denied that …",
# "…, though she noted …" (the pronoun, with an adverb or auxiliary or two before the verb)
_PRONOUN_SECOND_RE = re.compile(r",?\s+(?:and|but|while|although|though|yet)\s+(?P<who>he|she|they)\s+"
                                r"(?:(?:[a-z]+ly|also|later|then|again|still|has|had|have|would|will)\s+){0,2}"
                                r"(?P<verb>called (?:for|on)|calls for|[a-z]+)\b")


@lru_cache(maxsize=1)
def _second_verbs() -> frozenset[str]:
    raw = data_file("attribution.toml")
    return frozenset(raw.get("second_clause_verbs", ())) | frozenset(raw["clause_participles"])


def second_attribution(masked: str, cue: str, verb_re: re.Pattern | None = None) -> tuple[int, int, str | None] | None:
    """(where the first statement ends, where the second starts, the second's pronoun
    subject or None) when a sentence attributed with `cue` goes on with a second speech verb
    of the same subject: "Lavrov said the talks failed and warned that …", '"…," Trump said,
    adding that …', or (any speech verb of `verb_re`) of a pronoun after a conjunction:
    "Kerry said the talks failed, and he urged …". The second statement opens with its verb
    (what an act of speech reads); both parts keep at least 15 characters."""
    first = re.search(r"\b" + re.escape(cue) + r"\b", masked)
    if first is None:
        return None
    verbs = _second_verbs()
    found = []
    m = next((m for m in _SECOND_RE.finditer(masked, first.end()) if m.group("verb") in verbs), None)
    if m is not None:
        found.append((m.start(), m.start("verb"), None))
    if verb_re is not None:
        p = next((p for p in _PRONOUN_SECOND_RE.finditer(masked, first.end())
                  if p.group("verb") in verbs or verb_re.fullmatch(p.group("verb"))), None)
        if p is not None:
            found.append((p.start(), p.start("verb"), p.group("who")))
    if not found:
        return None
    a, b, who = min(found)
    if len(masked[:a].strip()) >= 15 and len(masked[b:].strip()) >= 15:
        return a, b, who
    return None
