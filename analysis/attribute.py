"""Attribute every unit of a document to its speaker, and find the actors it is about.

The rules, in the order they are tried for a sentence of an article:

1. "X quoted Y as saying …" -> Y, relayed by X.
2. Speech-act verbs outside quotation marks, with their subject on the left
   ("Lavrov said", "Russia's top diplomat accuses", "the defence ministry this week
   insisted") or, after a quotation, on the right ('"…," argues journalist Konstantin Eggert').
   Two of them in one sentence are relayed speech: "Price said Blinken reiterated …" and
   "Blinken reiterated …, Price said" both give Blinken, reported by Price. A name
   followed by a quotation that opens with a speech verb (Blinken "underscored that …")
   counts as that name's verb.
3. "X was (widely) quoted arguing …".
   Not a verb in the outlet's question ("What did Trump say?"), in an aside between
   dashes or brackets, or "threatened" with a concrete object (an act). A speech
   participle of the main clause (", saying …") and a second verb after "and"/"but" belong
   to the sentence's subject.
4. "according to X", ", per X"; a quotation hiding its tail behind inner quotation marks;
   a credit after a dash ('“…” ― Name') or an embedded post ('— Name (@handle)').
5. A quotation with no attribution of its own right after an attributed statement
   continues that speaker.
6. Otherwise the outlet's own sentence: (narrator).

A statement attributed with a verb that adds nothing to what is said (``frame_verbs``) is
the speaker's own words only, the frame left out (:func:`own_words_span`).

Subjects resolve, in order, to: a pronoun's antecedent (the last speaker), a person named
in this document or the registry ("Mr Eggert" -> Konstantin Eggert), a role description
("Russia's top diplomat", "the foreign minister", "State Department spokesperson") bound in
this document or held on the document's date in the registry, a state or institution
("Ukraine", "the Kremlin", "the defence ministry" of the state in context), a national
group ("Russian officials" -> Russia) or an unnamed source ("(unnamed commentator)"); he
and she skip people of the other gender; a description ("the senator") binds to the one
person the document gave that title; a role with no country in view is the first of the
document's own people who held it, else unnamed.

Names the registry lacks are learned per document (:class:`DocumentActors`), only with
evidence that they name a person or an organisation, and a near-identical spelling of a
registry person is that person: a document's output depends on its text, its metadata and
the registry files alone.

Transcript turns belong to their label's speaker, a speech with a known speaker to that
speaker, reader comments to their author (or "(unknown commenter)").
"""
from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .actors import HONORIFICS, Actor, _key
from .gender import contracted_pronoun, given_name_gender, opens_with_given_name
from .speech_forms import QUOTE_ONLY, next_to_quotation, progressive_frames, progressive_speech, pronoun_speech
from .speech_sources import (ACCORDING_LOWER_RE, AGE_OR_POSSESSIVE_APPOSITIVE_RE, document_source, extra_verbs,
                             single_word_name, source_vocab, subject_after_intro, that_verb_ok)
from .actors import _unpossess as _actor_unpossess
from .model import NARRATOR, SPAM, UNKNOWN_COMMENTER, Block, Document, Statement, Unit
from .targets import state_in_phrase
from .targets import targets as _targets  # the actors a statement is about (analysis/targets.py)

# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Vocab:
    verb_re: re.Pattern
    participles: frozenset[str]
    between_re: re.Pattern
    openers: frozenset[str]
    official_heads: frozenset[str]
    unnamed_heads: frozenset[str]
    journalist_words: frozenset[str]
    subordinators: frozenset[str]
    no_inversion: frozenset[str]
    reporter_labels: frozenset[str]
    clause_participles: frozenset[str]
    person_nouns: frozenset[str]
    complement_verbs: frozenset[str]
    quote_verbs: frozenset[str]
    quote_object_verbs: frozenset[str]
    speaking_things: frozenset[str]
    frame_verbs: frozenset[str]
    moderator_labels: frozenset[str]


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    raw = tomllib.loads(resources.files("analysis").joinpath("data/attribution.toml").read_text("utf-8"))
    verbs = sorted(set(raw["verbs"]) | set(raw.get("stance_verbs", ())), key=len, reverse=True)
    between = sorted(set(raw["between"]), key=len, reverse=True)
    return Vocab(
        verb_re=re.compile(r"\b(" + "|".join(re.escape(v) for v in verbs) + r")\b"),
        participles=frozenset(raw["participles"]),
        between_re=re.compile(r"(?:[\s,]+(?:" + "|".join(re.escape(b) for b in between) + r"))+[\s,]*$", re.I),
        openers=frozenset(raw["subject_openers"]),
        official_heads=frozenset(raw["official_heads"]),
        unnamed_heads=frozenset(raw["unnamed_heads"]),
        journalist_words=frozenset(raw["journalist_words"]),
        subordinators=frozenset(raw["subordinators"]),
        no_inversion=frozenset(raw["no_inversion"]),
        reporter_labels=frozenset(raw["reporter_labels"]),
        clause_participles=frozenset(raw["clause_participles"]),
        person_nouns=frozenset(raw["person_nouns"]) | frozenset(raw["journalist_words"]),
        complement_verbs=frozenset(raw["complement_verbs"]),
        quote_verbs=frozenset(raw["quote_verbs"]),
        quote_object_verbs=frozenset(raw["quote_object_verbs"]),
        speaking_things=frozenset(raw["speaking_things"]) | frozenset(raw["unnamed_heads"]) | frozenset(raw["official_heads"]),
        frame_verbs=frozenset(raw["frame_verbs"]),
        moderator_labels=frozenset(raw["moderator_labels"]),
    )


# --------------------------------------------------------------------------- patterns

PRONOUNS = {"he", "she", "they", "it", "we"}
PARTICLES = r"(?:al|bin|ibn|de|da|di|del|von|van|der|den|la|le|du|dos|bin)"
# One capitalised token: names, initials, "U.S.", "Mr.", "al-Assad", "Zelenskyy's". Tokens
# are joined by spaces only (never across a line or a sentence end).
TITLE_DOT = r"(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|St|Prof|Amb|Sec|Pres)\."
CAP = rf"(?:{TITLE_DOT}|[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=[ \t][A-Z])|[A-Z][\w'’\-]*|al-[A-Z][\w\-]*)"
# (the lookahead only lets the engine skip lower-case positions without trying every
# alternative of CAP: the same matches, in about half the time on the corpus)
CAPSEQ_RE = re.compile(rf"(?=[A-Za]){CAP}(?:[ \t]+(?:{PARTICLES}[ \t]+)*{CAP})*")
QUOTE_RE = re.compile(r"\"[^\"]*\"?|“[^”]*”?")
POSSESSIVE_RE = re.compile(r"['’]s?$")
DETERMINER_RE = re.compile(r"^(?:the|a|an|one|another|some|two|three|several|many|other|most|both|its|his|her|their)\s+", re.I)
QUOTED_AS_RE = re.compile(r"\bquoted\s+(?P<who>.{2,120}?)\s+as\s+(?P<part>\w+ing)\b")
WAS_QUOTED_RE = re.compile(r"^(?P<who>.{2,120}?)\s+(?:was|were|has been|have been|is|are)\s+(?:\w+ly\s+)?quoted\s+(?:as\s+)?(?P<part>\w+ing)\b")
ACCORDING_RE = re.compile(r"(?:\b[Aa]ccording to|,\s*per)\s+(?P<who>(?:the\s+)?[A-Z][\w'’.\- ]{1,80}?)(?=[,.;:]|$)")
QUOTE_VERB_RE = re.compile(r"(?<=\w)\s+[\"“](?P<verb>\w+)\b")
# A name, an appositive or relative clause between commas, then the verb.
APPOSITIVE_RE = re.compile(r"(?:^|[,;:\"”]\s*)(?P<who>(?:the\s+)?[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3})\s*,\s+(?:a|an|the|who|which|whose|his|her|its|one|(?:[A-Za-z]+\s+){0,2}[A-Za-z]+\s+(?:of|at|for|to))\b(?:[^,;:]{2,140},\s*){0,2}[^,;:]{2,140}(?:,|[\"”])\s*$")
# "the mayor", "a campaign spokeswoman", "the 34-year-old mother": a determiner and lower-case words
NOMINAL_RE = re.compile(r"^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:\s+[\w'’\-]+){0,3}\s+[a-z][\w'’\-]*$")
AUXILIARIES = frozenset({"would", "will", "can", "could", "should", "may", "might", "must", "is", "are", "was",
                         "were", "has", "have", "had", "be", "been", "do", "does", "did", "not"})
HONORIFIC_SURNAME_RE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Mister)\.?\s+(?P<sur>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)$")
DOUBLE_SINGLE_RE = re.compile(r"''")
DASH_CREDIT_RE = re.compile(r"[”\"]\s*[―—–]\s*(?P<who>[A-Z][\w.'’\-]*(?:[ \t\u00a0]+[A-Z][\w.'’\-]*){0,4})\.?\s*$")
PARTICIPLE_RE = re.compile(r"(?:,|\band)\s+(?:\w+ly\s+)?([a-z]+ing)\b")
LEAD_SUBJECT_RE = re.compile(r"^\W*(?:(?:But|And|So|Yet|Still|Meanwhile|Now|Later|Earlier|Instead),?\s+)?"
                             r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,4}|[Hh]e|[Ss]he|They|It)"
                             r"(?=\s+(?:\w+ly\s+)?(?:is|was|has|had|have|are|were|will|would|[a-z]+ed|[a-z]+s)\b)")

LOWER_RUN_RE = re.compile(r"[a-z]+")


class _LowerCase:
    """`word in lower`: whether the text writes `word` in lower case, as a word after a space
    (a plain substring search per word, remembered)."""

    def __init__(self, text: str):
        self.text, self.seen = text, {}

    def __contains__(self, word: str) -> bool:
        hit = self.seen.get(word)
        if hit is None:
            t = self.text
            hit = self.seen[word] = any(f"{lead}{word}{end}" in t for lead in (" ", "\n")
                                        for end in (" ", ",", ".", ";", ":", "\n"))
        return hit


ASIDE_RE = re.compile(r"\s[–—]\s[^–—]{3,200}?\s[–—]\s|\([^()]{3,200}\)")
QUESTION_AUX_RE = re.compile(r"\b(?:did|does|do|will|would|can|could|should|might|may|must|has|have|had|is|are|was|were)"
                             r"\s+(?:[Mm]r\.?\s+|[Mm]s\.?\s+)?[A-Z]?[\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}\s*$")
# "threatened the military assets of Assad": a determined object and no "with …"/"that …"
# after it is an act; "threatened sanctions", "threatened to …", "threatened them with …" are speech
ACT_OBJECT_RE = re.compile(r"\s+(?:the|a|an|its|his|her|their|our|this|these|those)\b(?![^.;\"“]{0,50}\b(?:with|that)\b)")
RAW_TAIL_RE = re.compile(r"[,?!]\s*[\"”]\s+(?P<who>[Hh]e|[Ss]he|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+"
                         r"(?P<verb>[a-z]+)\b[^\"“”]{0,80}$")
POST_CREDIT_RE = re.compile(r"[—–―]\s*(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})\s*\(@\w+\)")
# where a head frame ends: '… said (on Monday) that', '… said:', '… told the BBC,', '… said' + a clause
HEAD_BOUNDARY_RE = re.compile(r"(?:[^\"“”,:;.]{0,60}?\s+that\b|[^\"“”,:;.]{0,60}?[:,](?=\s*[\"“])|(?=\s+(?!(?:to|in|on|at|during|after|before|of|by|with|for|from|as|so|and|but|that)\b)[\w“\"]))\s*")
# verbs that take a clause without "that" ("Cruz said he wasn't going to …")
CLAUSE_VERBS = frozenset({"said", "says", "say", "believe", "believes", "believed", "think", "thinks", "argued",
                          "argues", "insisted", "insists", "contended", "contends", "asserted", "asserts"})
# a clause right after a verb: "… told reporters that …", "… said:"; then the verb heads it
CLAUSE_NEXT_RE = re.compile(r"\s+(?:[\w'’]+\s+){0,3}that\b|\s*:")
# what documents are said to do, adding nothing to what they say ("the poll showed Clinton leading")
DOCUMENT_FRAMES = frozenset({"found", "finds", "shows", "showed", "show", "reads", "indicates", "indicated"})
ACCORDING_HEAD_RE = re.compile(r"[^,;:\"“”]{1,100},\s*")
PARTY_TAG_RE = re.compile(r"(?<=[A-Za-z.])\s*\([A-Z][\w.]*(?:-[\w. ]+)?\)")
CLAUSE_AFTER_NAME_RE = re.compile(r"\s(?:[a-z]+ed|is|was|has|had|have|are|were|will|would|could|should|can|may|"
                                  r"might|must|did|does|do)\b")
# a speech verb right after a comma or a closing quotation mark, before a name (and maybe its
# outlet's possessive: "…, noted NBC’s Dante Chinni")
INVERTED_BEFORE_RE = re.compile(r"[,\"”]\s*([a-z]+)\s+(?:(?:[A-Z][\w.&]*\s+){0,2}[A-Z][\w.&]*['’]s\s+)?$")
TRAILING_PRONOUN_RE = re.compile(r"(?<=\s)(?:he|she|they)$")
COORDINATED_RE = re.compile(r"[^,;:]{8,}\s(?:and|but)\s*$")
# words before a name, or titles, that say whether "he" or "she" can be that person
GENDERED = {"mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "emir": "m",
            "sheikh": "m", "congressman": "m", "businessman": "m", "spokesman": "m", "husband": "m",
            "father": "m", "son": "m", "brother": "m", "uncle": "m", "nephew": "m", "grandson": "m",
            "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "dame": "f", "lady": "f",
            "queen": "f", "princess": "f", "congresswoman": "f", "businesswoman": "f", "spokeswoman": "f",
            "chairwoman": "f", "actress": "f", "wife": "f", "mother": "f", "daughter": "f", "sister": "f",
            "aunt": "f", "niece": "f", "granddaughter": "f", "widow": "f", "first lady": "f"}
HONORIFIC_MENTION_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’\-]+)")
# last words that make a capitalised name an organisation's ("Christian News Service")
ORG_HEADS = frozenset({"service", "news", "center", "centre", "foundation", "institute", "committee", "council",
                       "commission", "agency", "bureau", "department", "ministry", "office", "association",
                       "society", "union", "party", "group", "network", "times", "post", "journal", "press",
                       "coalition", "alliance", "league", "fund", "bank", "court", "board", "project", "campaign",
                       "corporation", "company", "inc", "corp", "university", "college", "school", "church",
                       "police", "army", "navy", "guard", "forces"})
PERSON_OF_PLACE_RE = re.compile(r"^(.+?)\s+of\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?$")
LOCATIVES = frozenset({"in", "at", "from", "near", "of", "outside", "inside", "into", "to", "across", "on", "for", "with"})
QUOTE_AFTER_RE = re.compile(r"[^.;:\"“”]{1,80}[\"“]")
QUOTE_NEXT_RE = re.compile(r"\s*[,:]|\s*[\"“]|\.?\s*$")
TRAILING_NAME_RE = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*$")
# the comma that closes a parenthetical "…, he said, …" (after an optional time or adverb)
PAREN_CLOSE_RE = re.compile(r"(?:\s+(?:on\s+)?[A-Z]?[a-z]+day|\s+\w+ly|\s+(?:last|this)\s+\w+)?\s*,")
PREPOSITIONS = frozenset({"to", "for", "of", "at", "with", "from", "in"})
POSSESSIVE_HEAD_RE = re.compile(r"^(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['’]s?\s+(?P<head>[a-z]+(?: office)?)$")
ORG_NAME_RE = re.compile(r"^(?:[Tt]he\s+)?(?:[\w.\-]+-based\s+)?(?P<name>[A-Z][\w'’\-]*(?:\s+(?:(?:for|of|and|the|on|de|du)\s+)*[A-Z][\w'’\-]*)*)$")
NAME_APPOSITIVE_RE = re.compile(r"[a-z][^,;:]*,\s*(?P<who>[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){1,3}),\s*$")
COMPLEMENT_RE = re.compile(r"\bthat\b|[:\"“]|\b(?:he|she|they|it|we)\s+(?:would|will|was|is|had|has|could|should)\b")
INVERSION_STOP_RE = re.compile(r"[,.;:()\"“”]|\s(?:after|when|in|on|at|during|who|as|while|before|because|to|from|with|about|of the|that)\s")
NATIONAL_GROUP_RE = re.compile(r"^(?P<adj>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+(?P<head>[a-z'’]+(?:\s+[a-z]+)?)$")
NON_NAME_WORDS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "as", "for", "if", "it", "this", "that", "these", "those",
    "there", "then", "when", "while", "he", "she", "we", "they", "i", "his", "her", "our", "their", "its",
    "mr", "mrs", "ms", "dr", "president", "prime", "minister", "secretary", "senator", "sen", "gen", "general",
    "foreign", "chancellor", "ambassador", "state", "department", "ministry", "house", "white", "news", "times",
    "post", "street", "journal", "agency", "council", "committee", "university", "party", "army", "forces",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "west", "western", "east", "eastern", "north", "south", "european", "union", "nations", "united",
    "security", "defence", "defense", "office", "spokesman", "spokeswoman", "spokesperson", "chief", "staff",
    "deputy", "vice", "press", "official", "officials", "q", "question", "so", "now", "yes", "no", "well",
    "meanwhile", "however", "after", "before", "today", "what", "why", "how", "who", "where", "my", "your",
    "all", "some", "many", "most", "every", "each", "both", "if", "not", "since", "with", "by", "from",
}
FUNCTION_WORDS = {"the", "a", "an", "of", "from", "to", "with", "in", "on", "at", "by", "for", "and", "or",
                  "that", "which", "who", "this", "these", "those", "its", "their", "his", "her", "as", "than", "not"}
# Titles and office words that stand before a name but are not part of it
# ("Advisor Jake Sullivan", "Secretary-General Ban Ki-moon", "Supreme Leader").
TITLE_WORDS = {
    "advisor", "adviser", "director", "editor", "coordinator", "communications", "strategic", "secretary-general",
    "supreme", "leader", "chairman", "chairwoman", "commander", "ambassador", "envoy", "governor", "mayor", "king",
    "queen", "prince", "crown", "pope", "sheikh", "emir", "lord", "sir", "dame", "representative", "congressman",
    "congresswoman", "premier", "admiral", "colonel", "captain", "lieutenant", "sergeant", "judge", "justice",
    "acting", "former", "national", "nsc", "federal", "islamic", "republic", "kingdom", "democratic", "arab",
    "emirates", "federation", "senior", "speaker", "intelligence", "treasury", "commerce", "homeland", "energy",
    "affairs", "relations", "bureau", "ambassador-designate", "designate", "nominee", "elect", "cabinet", "administration", "analyst", "journalist", "correspondent", "professor",
    "rep", "sen", "gov", "amb", "sec", "pres", "lt", "col", "adm", "prof", "gen.", "mr.", "mrs.", "ms.", "dr.",
}
# Capitalised words of institutions, places and events: a span holding one is no person
# ("Senate Democrats", "Camp David Accords").
INSTITUTION_WORDS = {
    "senate", "congress", "democrats", "republicans", "democrat", "republican", "parliament", "assembly", "duma",
    "court", "police", "government", "ministry", "navy", "air", "force", "guard", "corps", "command", "embassy", "consulate", "airport",
    "city", "province", "region", "district", "island", "islands", "sea", "ocean", "river", "valley", "bay",
    "gulf", "strait", "peninsula", "coast", "square", "palace", "hall", "room", "centre", "center", "institute",
    "foundation", "fund", "bank", "group", "company", "corporation", "association", "organization",
    "organisation", "coalition", "alliance", "front", "movement", "revolution", "war", "summit", "conference",
    "talks", "treaty", "accord", "accords", "agreement", "deal", "act", "plan", "program", "programme",
    "initiative", "strategy", "doctrine", "policy", "day", "week", "year", "olympics", "games", "cup",
    "north", "south", "east", "west", "central", "camp", "base", "station", "general", "services", "armed",
    "republic", "kingdom", "union", "nations", "council", "committee", "commission", "agency", "times", "post",
    "new", "human", "rights", "saint", "san", "los", "las", "fort", "port", "mount", "lake", "islamic", "free",
    "royal", "observatory", "institute", "university", "college", "school", "hospital", "street", "avenue",
    "airlines", "news", "press", "radio", "television", "tv", "channel", "network", "post", "daily",
}
NON_NAME_WORDS |= TITLE_WORDS | INSTITUTION_WORDS
# abbreviated titles and the noun a later "the …" uses for the same person
TITLE_ABBREV = {"sen": "senator", "rep": "congressman", "gov": "governor", "gen": "general", "adm": "admiral",
                "col": "colonel", "lt": "lieutenant", "capt": "captain", "amb": "ambassador", "prof": "professor",
                "dr": "doctor", "sec": "secretary", "pres": "president"}
HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "sir", "dame", "president", "minister", "secretary", "senator", "sen",
                   "general", "gen", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chancellor", "premier",
                   "chief", "deputy", "head", "leader", "envoy", "official", "adviser", "advisor", "director",
                   "commander", "colonel", "governor", "mayor", "rep", "congressman", "congresswoman", "professor"}


@dataclass
class Speaker:
    name: str
    kind: str  # person, official, journalist, state, organisation, media, group, unnamed, narrator, commenter, reporter

    @property
    def named(self) -> bool:
        return not self.name.startswith("(")


NARRATOR_SPEAKER = Speaker(NARRATOR, "narrator")
REPORTER = Speaker("(reporter)", "journalist")
# a line that opens with the reporter's label and a dash: "Q — right now are …"
REPORTER_LINE_RE = re.compile(r"[ \t]*(?:Q|QUESTION)[ \t]*[—–]+[ \t]")


class _NoActor:
    kind = None


_NO = _NoActor()


# --------------------------------------------------------------------------- name variants


def _name_skeleton(name: str) -> tuple[str, ...] | None:
    """ "Qassem Suleimani" and "Qasem Soleimani" -> ("ksm", "slmn"): each part of a name
    without diacritics, doubled letters and vowels after its first letter, q as k, ph as f."""
    parts = [p for p in _key(name).replace(".", " ").split() if len(p) > 1]
    if len(parts) < 2:
        return None
    out = []
    for p in parts:
        p = re.sub(r"(.)\1+", r"\1", p.replace("ph", "f").replace("q", "k").replace("ck", "k"))
        out.append(p[0] + re.sub(r"[aeiouy'\-]", "", p[1:]))
    return tuple(out)


_VARIANTS: dict[str, dict] = {}  # registry fingerprint -> skeleton -> its people


def _registry_variants(registry) -> dict:
    fp = registry.fingerprint()
    if fp not in _VARIANTS:
        index: dict[tuple, list] = {}
        for a in registry.actors.values():
            if a.kind == "person" and getattr(a, "known", True):
                for n in (a.name,) + tuple(a.aliases):
                    k = _name_skeleton(n)
                    if k is not None and a not in index.setdefault(k, []):
                        index[k].append(a)
        _VARIANTS[fp] = index
    return _VARIANTS[fp]


# --------------------------------------------------------------------------- document context


class DocumentActors:
    """The registry as one document sees it: the shipped and user files, plus the names this
    document taught (``add``). The registry itself is never changed, so a document's output
    is a function of its text, its metadata and the registry files alone: no order, subset
    or worker of a batch changes it."""

    def __init__(self, registry):
        self.base = registry
        self.learned: dict[str, Actor] = {}  # look-up key -> actor found in this document's text
        self._seen: dict[str, Actor | None] = {}  # mention -> learned actor, forgotten by add()

    def __getattr__(self, name):  # state_of, holder, role_of_phrase, … : the registry's own
        return getattr(self.base, name)

    def lookup(self, mention: str):
        hit = self.base.lookup(mention)
        if hit is not None or not self.learned or not mention:
            return hit
        try:
            return self._seen[mention]
        except KeyError:
            pass
        bare = _actor_unpossess(mention)
        for cand in (mention, bare, HONORIFICS.sub("", bare + " ").strip()):
            hit = self.learned.get(_key(cand)) if cand else None
            if hit is not None:
                break
        self._seen[mention] = hit
        return hit

    def variant_of(self, name: str):
        """The one person of the registry, or of this document, whose name is a near-identical
        spelling or transliteration of `name` ("Angela Markel" -> Angela Merkel, "Qassem
        Suleimani" -> Qasem Soleimani): the same consonant skeleton in every part of the name
        and at least 80 % of the characters alike. To keep a variant apart, give it its own
        entry in an actor file: an exact name always wins."""
        key = _name_skeleton(name)
        if key is None:
            return None
        index = _registry_variants(self.base)
        found = list(index.get(key, ()))
        found += [a for a in self.learned.values() if a.kind == "person" and _name_skeleton(a.name) == key]
        found = [a for a in found if difflib.SequenceMatcher(None, _key(a.name), _key(name)).ratio() >= 0.8]
        return found[0] if len({a.name for a in found}) == 1 else None

    def add(self, name: str, kind: str = "person", country: str | None = None):
        """A name found in this document that the registry lacks (``known=False``)."""
        hit = self.lookup(name) if kind == "person" else None
        if hit is None and kind != "person":
            hit = self.base._by_key.get(_key(name)) or self.learned.get(_key(name))
        if hit is None and kind == "person":
            hit = self.variant_of(name)
        if hit is not None:
            return hit
        actor = Actor(name, kind, country, known=False)
        self.learned[_key(name)] = actor
        self._seen.clear()
        return actor



@dataclass
class DocContext:
    doc: Document
    registry: object
    names: dict[str, str] = field(default_factory=dict)  # surname / full name (lower) -> canonical
    kinds: dict[str, str] = field(default_factory=dict)  # canonical -> speaker kind
    roles: dict[tuple[str, str | None], str] = field(default_factory=dict)  # (role, country) -> canonical
    state_counts: dict[str, int] = field(default_factory=dict)
    last_person: Speaker | None = None
    last_org: Speaker | None = None
    recent: list[str] = field(default_factory=list)  # people mentioned so far, most recent last
    people: list[str] = field(default_factory=list)  # the people the document names in full, in order
    titled: dict[str, set] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)  # person -> "m"/"f", from the titles the document gives  # a word the document puts before a name -> those people
    _exact: dict[str, "Speaker | None"] = field(default_factory=dict)  # lookup cache, cleared by add()
    _spans: dict[tuple[str, ...], list] = field(default_factory=dict)
    _span_text: dict[str, list] = field(default_factory=dict)  # capitalised span as written -> actors

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
        for size in range(n, 0, -1):
            for i in range(n - size, -1, -1):
                sp = self._resolve_exact(_unpossess(" ".join(toks[i:i + size])))
                if sp:
                    return sp
        return None

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
        if cand not in self._exact:
            self._exact[cand] = self._resolve_uncached(cand)
        return self._exact[cand]

    def _resolve_uncached(self, cand: str) -> Speaker | None:
        key = cand.lower().strip(" .")
        if key in self.names:
            canon = self.names[key]
            actor = self.registry.lookup(canon)
            return self.actor_speaker(actor) if actor else Speaker(canon, self.kinds.get(canon, "person"))
        if key in NON_NAME_WORDS:
            return None
        actor = self.registry.lookup(cand)
        if actor:
            return self.actor_speaker(actor)
        return None

    def learn_names(self, text: str) -> None:
        """Index the people this document names in full, and the roles it gives them, and
        count the states it names (for :attr:`main_state`) in the same pass."""
        v = vocab()
        lookup = _memo(self.registry.lookup)
        state_of = _memo(lambda tok: self.registry.state_of(POSSESSIVE_RE.sub("", tok)))
        counts = self.state_counts
        known: dict[str, tuple] = {}  # span as written -> (registry person, where the name starts)
        lower = None  # the words this document writes in lower case (made when first needed)

        def person_in(toks: list[str]) -> tuple:
            for size in range(min(len(toks), 4), 0, -1):
                for i in range(len(toks) - size, -1, -1):
                    if toks[i].lower().strip(".") in NON_NAME_WORDS:
                        continue  # "President Biden": the title belongs to the prefix
                    if size == 1 and (i == 0 or toks[i - 1].lower().strip(".") not in NON_NAME_WORDS):
                        continue  # a lone surname only after a title ("President Biden")
                    hit = lookup(_unpossess(" ".join(toks[i:i + size])))
                    if hit is not None and hit.kind == "person":
                        return hit, i
            return None, len(toks)

        for m in CAPSEQ_RE.finditer(text):
            span = m.group(0)
            toks = span.split()
            for tok in toks:
                st = state_of(tok)
                if st:
                    counts[st] = counts.get(st, 0) + 1
            if len(toks) < 2:
                continue  # a full name has two tokens at least; a lone surname needs a title before it
            before = text[max(0, m.start() - 60):m.start()]
            found = known.get(span)
            if found is None:
                found = known[span] = person_in(toks)
            actor, at = found
            if actor is None:
                name_toks = _person_tokens(toks, self.registry)
                if not name_toks:
                    continue
                at = len(toks) - len(name_toks)
                if lower is None:
                    lower = _LowerCase(text)
                if not self._looks_like_a_person(text, m, toks, at, lower):
                    continue
                full = " ".join(name_toks)
                # with the state its description names: "South African leader F.W. de Klerk"
                country = state_in_phrase(self.registry, before + " " + " ".join(toks[:at]))
                actor = self.registry.lookup(full) or self.add(full, "person", country)
                if actor.kind != "person":
                    continue
            full = actor.name
            if full.lower() not in self.names:
                self.people.append(full)
            self.names.setdefault(full.lower(), full)
            surname = full.split()[-1].lower()
            if surname not in NON_NAME_WORDS:
                self.names.setdefault(surname, full)
            prefix = (before + " " + " ".join(toks[:at])).strip()
            title = TITLE_ABBREV.get(toks[at - 1].lower().strip(".")) if at else None
            last_words = LOWER_RUN_RE.findall(prefix.lower())[-2:]
            for w in {title, *last_words} - {None}:
                if w in TITLE_WORDS or w in HONORIFIC_WORDS or w in v.person_nouns or w in v.unnamed_heads:
                    self.titled.setdefault(w, set()).add(full)
                if w in GENDERED:
                    self.gender.setdefault(full, GENDERED[w])
            if any(w in v.journalist_words for w in last_words):
                self.kinds[full] = "journalist"
            # bind a role description that stands in front of the name ("Foreign Minister Sergey Lavrov")
            self._bind_role(prefix[-60:], full)
        # "Mr. Burman", "Ms. Tanden": the gender of a surname the document named in full
        for m in HONORIFIC_MENTION_RE.finditer(text):
            full = self.full_name_of(m.group(2))
            if full:
                self.gender.setdefault(full, GENDERED[m.group(1).lower()])

    def gender_of(self, name: str) -> str | None:
        """ "m"/"f" for a person: the titles the document gives them, else their given name."""
        return self.gender.get(name) or given_name_gender(name)

    def full_name_of(self, surname: str) -> str | None:
        """The one person this document named in full with this surname ("Burman" -> "Leonard Burman")."""
        key = surname.lower()
        hit = self.names.get(key)
        if hit:
            return hit
        found = {full for k, full in self.names.items() if " " in k and k.rsplit(" ", 1)[-1] == key}
        return found.pop() if len(found) == 1 else None

    def _looks_like_a_person(self, text: str, m: re.Match, toks: list[str], at: int, lower) -> bool:
        """A name the registry lacks is learned as a person only with evidence in the text:
        a title or descriptor right before it ("journalist Konstantin Eggert", "Mr. X", "Sen. Y";
        not a possessive: "Biden's Bipartisan Infrastructure Law"), an appositive after it that
        says who it is ("Fyodor Lukyanov, editor of …", "X, a Moscow-based analyst", "X, who"),
        or a speech verb right after it ("Jung Pak said"). Never a word broken at a line end
        ("Lindsey Gra-"), nor a span opened by a word the document also writes in lower case
        (a common word at a sentence start: "Regarding Europe", "Should Americans")."""
        v = vocab()
        name = toks[at:]
        if not self._person_evidence(text, m, toks, at, v):
            return False
        first = name[0].strip(".").lower()
        # checked last: it reads the whole text once per word
        return not (len(first) > 1 and first in lower)

    def _person_evidence(self, text: str, m: re.Match, toks: list[str], at: int, v: Vocab) -> bool:
        name = toks[at:]
        if any(t.endswith(("-", "‐", "‑")) for t in name):
            return False
        first = name[0].strip(".").lower()
        if len(first) > 1 and (first in v.openers or first in v.subordinators):
            return False
        if any(t.lower().endswith("s") and t.lower()[:-1] in v.person_nouns for t in name):
            return False  # "Messrs Presidents": titles, not a name
        if opens_with_given_name(name):
            return True  # "Tina Houchins had a question": a given name opens it
        inv = INVERTED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if inv and v.verb_re.fullmatch(inv.group(1)):
            return True  # '"…," said Jane Roe' / '…, noted NBC’s Dante Chinni': an inverted speaker
        # a title before it, maybe with its place between: "UN Special Envoy for Syria Geir Pedersen"
        prev = (text[max(0, m.start() - 60):m.start()] + " " + " ".join(toks[:at])).split()
        for k, word in enumerate(reversed(prev[-5:])):
            if k == 0 and word.endswith(","):
                word = word[:-1]  # "the Russian ambassador to Lebanon, Alexander Zasypkin"
            if POSSESSIVE_RE.search(word):
                break  # "Biden's Bipartisan Infrastructure Law": the possessor's thing
            w = word.lower().strip(".,")
            if w in v.person_nouns or w.removesuffix("s") in v.person_nouns or w in TITLE_ABBREV or w in HONORIFIC_WORDS:
                return True
            if not (word[:1].isupper() or (k and w in ("for", "of", "the", "on", "to", "at"))) or word.endswith((",", ".")):
                break
        after = text[m.end():m.end() + 80]
        if re.match(r"\s*,\s*(?:who|whose)\b|\s*,\s*\d{1,3}\s*,", after):
            return True  # "X, who …", "Quina Jones, 25, said"
        app = re.match(r"\s*,\s*([^,;:()\"“”]{1,60})", after)
        if app and any(w in v.person_nouns for w in re.findall(r"[a-z]+", app.group(1).lower())[:7]):
            return True
        # an inverted speech verb right before it: '"…," said Jung Pak'
        if prev and v.verb_re.fullmatch(prev[-1]) and re.search(r"[,\"”]\s*\S+\s*$", text[max(0, m.start() - 30):m.start()]):
            return True
        if prev and prev[-1].lower() in ("in", "from", "at", "near", "of", "outside", "into", "to", "across"):
            return False  # "a resident of Tal Abyad said": a place, and the resident speaks
        # a speech verb right after it, or after one adverb or auxiliary ("X has said", "X also told")
        nxt = re.match(r"\s+(\w+)(?:\s+(\w+(?:\s\w+)?))?", after)
        return bool(nxt and (v.verb_re.fullmatch(nxt.group(1)) or (
            nxt.group(2) and v.between_re.search(" " + nxt.group(1)) and v.verb_re.match(nxt.group(2)))))

    def _bind_role(self, phrase: str, person: str) -> None:
        words = phrase.split()
        for size in range(min(6, len(words)), 0, -1):
            cand = " ".join(words[-size:]).strip(" ,")
            hit = self.registry.role_of_phrase(DETERMINER_RE.sub("", cand)) if cand else None
            if hit:
                role, country = hit
                country = country or _strip_possessive_country(cand, self.registry)[0]
                self.roles.setdefault((role, country), person)
                self.roles.setdefault((role, None), person)
                return

    @property
    def main_state(self) -> str | None:
        if not self.state_counts:
            return None
        return max(self.state_counts.items(), key=lambda kv: kv[1])[0]

    # -- roles ------------------------------------------------------------------
    def resolve_role(self, phrase: str, context_state: str | None) -> Speaker | None:
        country, rest = _strip_possessive_country(phrase, self.registry)
        hit = self.registry.role_of_phrase(rest)
        if not hit:
            return None
        role, implied = hit
        country = implied or country
        if (role, country) in self.roles:
            return self._speaker_for(self.roles[(role, country)])
        if country is None:
            # "the president said": the most recently mentioned person who held that role
            for name in reversed(self.recent[-12:]):
                actor = self.registry.lookup(name)
                if actor is not None and _held(actor, role, self.date):
                    return self.actor_speaker(actor)
            if (role, None) in self.roles:
                return self._speaker_for(self.roles[(role, None)])
            # the document's own people first: the first it names who held that role
            # (a subheading's "President also says …" before the body names him)
            for name in self.people:
                actor = self.registry.lookup(name)
                if actor is not None and _held(actor, role, self.date):
                    return self.actor_speaker(actor)
        where = country or context_state or self.main_state
        if where is None:
            # no country in view: "the president said" names nobody in particular
            return Speaker(f"(unnamed {role})", "unnamed")
        actor = self.registry.holder(role, where, self.date)
        if actor:
            return self.actor_speaker(actor)
        return None

    def _speaker_for(self, name: str) -> Speaker:
        actor = self.registry.lookup(name)
        return self.actor_speaker(actor) if actor else Speaker(name, self.kinds.get(name, "person"))


def _memo(fn):
    """fn with its results remembered (for one document's pass)."""
    seen: dict = {}

    def call(arg):
        if arg not in seen:
            seen[arg] = fn(arg)
        return seen[arg]
    return call


def _unpossess(s: str) -> str:
    return POSSESSIVE_RE.sub("", s) if s.endswith(("'s", "’s")) else s


def _held(actor, role: str, date: str | None) -> bool:
    for r in getattr(actor, "roles", ()):
        if getattr(r, "role", None) != role:
            continue
        start, end = getattr(r, "start", None), getattr(r, "end", None)
        if date is None or ((not start or start[:len(date)] <= date) and (not end or date <= end)):
            return True
    return False


def _person_tokens(toks: list[str], registry=None) -> list[str] | None:
    """The tokens of a person's name at the end of a capitalised span, or None.

    Reads from the right and stops at a title, an office word, a state ("Finland Sauli
    Niinisto") or a possessive ("Russia's Putin")."""
    out: list[str] = []
    for k, t in enumerate(reversed(toks)):
        bare = POSSESSIVE_RE.sub("", t).strip(".")
        if k > 0 and t.endswith(("'s", "’s")):
            break
        initials = re.fullmatch(r"(?:[A-Z]\.){1,3}", t) is not None  # "F.W. de Klerk": initials are a name's
        if not bare or bare.lower() in NON_NAME_WORDS or (bare.isupper() and len(bare) > 1 and not initials):
            break
        if not bare[:1].isupper() and not re.fullmatch(PARTICLES + r"(?:-.*)?", bare):
            break  # "Bureau of Prisons": a lower-case word that is no particle ends the name
        if registry is not None and any(registry.state_of(part) or part.lower() in NON_NAME_WORDS
                                        for part in bare.split("-") if part[:1].isupper()) and "-" in bare:
            break  # "Korean-South", "Biegun-North": compounds, not names
        if registry is not None and registry.state_of(bare):
            break
        out.append(bare if k == 0 else t)
    out.reverse()
    if not 2 <= len(out) <= 4:
        return None
    if any(len(t.strip(".")) < 2 and not re.match(r"^[A-Z]\.?$", t) for t in out):
        return None
    return out


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


def _head_and_rest(phrase: str) -> tuple[str, str] | None:
    """("aides", "Secretary of State John Kerry") for "Aides to Secretary of State John Kerry":
    the word before the first preposition, and what follows it."""
    words = phrase.split()
    for i, w in enumerate(words[:4]):
        if w.lower() in PREPOSITIONS:
            return (words[i - 1].lower(), " ".join(words[i + 1:])) if i >= 1 else None
    return None


def _subordinate(u: str, phrase: str, verb_start: int, v: Vocab) -> bool:
    """Whether the subject before this verb opens with a subordinating word ("After X announced")."""
    left = v.between_re.sub("", u[:verb_start]).rstrip()
    if phrase and left.endswith(phrase):
        left = left[: len(left) - len(phrase)]
    words = re.findall(r"[A-Za-z']+", left[-20:])
    return bool(words) and words[-1].lower() in v.subordinators


def _parenthetical(u: str, phrase: str, verb_start: int, verb_end: int, v: Vocab) -> bool:
    """Whether "X said" stands between commas inside the clause it attributes
    ("The park, which, Tompkins said, is full"; "It was, he said, a mistake")."""
    left = v.between_re.sub("", u[:verb_start]).rstrip()
    if phrase and left.endswith(phrase):
        left = left[: len(left) - len(phrase)].rstrip()
    return left.endswith(",") and bool(PAREN_CLOSE_RE.match(u, verb_end))


def _subject_left(u: str, verb_start: int, v: Vocab) -> str:
    """The subject phrase just left of a verb: back to the nearest clause boundary; for a
    relative clause ("Trump, who during a press conference … vowed") its antecedent."""
    left = u[:verb_start]
    # (closed by a comma or not: "Derek Mitchell, who served as ambassador, said")
    rel = re.search(r"(?:^|[,;:]\s*)([^,;:]{1,80}),\s+who\b[^,;:]{0,200},?\s*$", left)
    if rel and not re.search(r"[,;:]", left[rel.end(1) + 1:].rstrip(", ").replace(", who", "", 1)):
        return rel.group(1).strip()
    left = v.between_re.sub("", left)
    cut = max(left.rfind(ch) for ch in (",", ";", ":", "\"", "“", "”", "(", " - ", " – ", " — "))
    phrase = left[cut + 1:] if cut >= 0 else left
    phrase = phrase.strip(" -–—")
    words = phrase.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in v.openers:
            words = words[i + 1:]
            break
    return " ".join(words)


def _subject_right(u: str, verb_end: int) -> str:
    right = u[verb_end:]
    m = INVERSION_STOP_RE.search(right)
    return (right[:m.start()] if m else right).strip()


class Attributor:
    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.v = vocab()

    # -- subject phrase -> speaker ---------------------------------------------
    def resolve(self, phrase: str, unit_text: str) -> Speaker | None:
        ctx, v = self.ctx, self.v
        phrase = phrase.strip(" ,.'\"")
        if not phrase or len(phrase.split()) > 12:
            return None
        phrase = contracted_pronoun(phrase) or phrase  # "He’s claiming", "she'd said"
        low = phrase.lower()
        if low in PRONOUNS:
            if low in ("he", "she"):
                # the nearest person named before the pronoun in the same sentence (outside quotations)
                masked = _mask_quotes(unit_text)
                pos = masked.find(" " + phrase + " ")
                before = masked[:pos] if pos > 0 else ""
                want = "m" if low == "he" else "f"
                people = [n for n in _targets(ctx, before, set()) if ((ctx.registry.lookup(n) or _NO).kind == "person"
                          or ctx.kinds.get(n)) and (ctx.gender_of(n) or want) == want]
                if people:
                    return ctx._speaker_for(people[-1])
                last = ctx.last_person
                if last is not None and last.named and (ctx.gender_of(last.name) or want) != want:
                    # "she" after a man: the latest person the document named who is a woman,
                    # else the latest whose gender nothing says
                    window = ctx.recent[-20:][::-1]
                    for name in [n for n in window if ctx.gender_of(n) == want] or window:
                        if (ctx.gender_of(name) or want) == want:
                            return ctx._speaker_for(name)
                    return None  # nobody of the pronoun's gender in view: not the man before "she"
                return last
            if low in ("it", "they"):
                # an institution or a group: the last one that spoke; never a single person
                return ctx.last_org
            return ctx.last_person
        if phrase.endswith(("'s", "’s")):
            return None  # "Putin's claims that …": a noun, not a speaker
        words = phrase.split()
        if len(words) > 12 or words[-1].lower() in FUNCTION_WORDS or words[-1][:1].isdigit():
            return None  # not a noun phrase ("… emanating from the" before an adjective)
        doc = document_source(phrase)
        if doc is not None and (doc[0] or doc[1] not in ("statement", "readout", "communique") or ctx.last_org is None):
            return self._document_speaker(doc, unit_text)  # "the report found", "a Reuters/Ipsos poll shows"
        whole = ctx.registry.lookup(DETERMINER_RE.sub("", phrase))
        if whole is not None and " " in phrase.strip():
            return ctx.actor_speaker(whole)  # "the Organisation for Security and Co-operation in Europe"
        # "Aides to Secretary of State John Kerry", "a resident of Tal Abyad", "a spokesman for
        # the SDF": the head before the preposition speaks
        hm = _head_and_rest(phrase)
        if hm and hm[0] in (v.official_heads | v.unnamed_heads):
            head = hm[0]
            rest = self.resolve(hm[1], unit_text) if head in v.official_heads else None
            if rest is not None and rest.named and rest.kind not in ("person", "official", "journalist"):
                return rest
            return Speaker(f"(unnamed {head})", "unnamed")
        # "Erdogan's office", "Putin's spokesman": the person they speak for
        pm = POSSESSIVE_HEAD_RE.match(phrase)
        if pm and pm.group("head").lower() in ("office", "spokesman", "spokeswoman", "spokesperson", "press office"):
            sp = ctx.lookup_name(pm.group("who"))
            if sp is not None and sp.kind in ("person", "official"):
                return sp
        # "Sen. Bob Corker of Tennessee": a person of a place
        pm = PERSON_OF_PLACE_RE.match(phrase)
        if pm and _person_tokens(pm.group(1).split(), ctx.registry):
            return self.resolve(pm.group(1), unit_text)
        # "The Syrian Observatory for Human Rights": an organisation's full name
        om = ORG_NAME_RE.match(phrase)
        if om and " " in om.group("name") and not ctx.registry.state_of(om.group("name")):
            name = om.group("name")
            known = ctx.registry.lookup(name)
            if known is not None:
                return ctx.actor_speaker(known)
            if re.search(r"\s(?:for|of|on)\s", name) and not _person_tokens(name.split(), ctx.registry):
                return ctx.actor_speaker(ctx.add(name, "organisation"))
        spans = [m for m in CAPSEQ_RE.finditer(phrase)]
        found = []  # (span match, speaker), skipping possessive modifiers ("Russia's top diplomat")
        for m in spans:
            modifier = m.group(0).endswith(("'s", "’s")) and phrase[m.end():].strip()
            sp = None if modifier else ctx.lookup_name(m.group(0))
            if sp:
                found.append((m, sp))
        # 1. a person named in the phrase
        for m, sp in reversed(found):
            if sp.kind in ("person", "official", "journalist"):
                return sp
        # 2. a role description
        context_state = self._context_state(unit_text, phrase)
        sp = ctx.resolve_role(phrase, context_state)
        if sp:
            return sp
        # 3. a national group: "Russian officials" -> Russia
        m = NATIONAL_GROUP_RE.match(DETERMINER_RE.sub("", phrase))
        if m:
            st = ctx.registry.state_of(m.group("adj"))
            head = m.group("head").split()[-1]
            if st and head in v.official_heads:
                return Speaker(st, "state")
            if st and head in v.unnamed_heads:
                return Speaker(f"(unnamed {head})", "unnamed")
        # 4. a prepositional tail is not the head: "the Russian embassy in the United Kingdom"
        cut = re.search(r"\s(?:in|at|from|for|with|on|to)\s", phrase)
        if cut and cut.start() > 0 and not whole:
            return self.resolve(phrase[:cut.start()], unit_text)
        # 5. a state, institution or outlet that heads the phrase ("Ukraine", "the Kremlin")
        for m, sp in reversed(found):
            if not phrase[m.end():].strip():
                return sp
        # 6. "the Obama administration", "the Putin government": the leader's state
        low_words = re.findall(r"[a-z]+", low)
        if found and low_words and low_words[-1] in v.official_heads:
            for m, sp in reversed(found):
                actor = ctx.registry.lookup(sp.name)
                country = getattr(actor, "country", None)
                if sp.kind in ("person", "official") and country:
                    return Speaker(country, "state")
        # 7. "the statement said": the statement of the last institution that spoke
        if low_words and low_words[-1] in ("statement", "readout", "communique", "declaration") \
                and low_words[0] in ("the", "its", "their") and ctx.last_org is not None:
            return ctx.last_org
        # "Mr. Burman", "Ms. Tanden": the person of that surname the document introduced, else the surname
        hm = HONORIFIC_SURNAME_RE.match(phrase)
        if hm:
            sur = _unpossess(hm.group("sur"))
            full = ctx.full_name_of(sur)
            return ctx._speaker_for(full) if full else Speaker(sur, "person")
        # 8. a name the registry lacks: "The Taliban", "Hezbollah", "Jens Frobel"
        bare = DETERMINER_RE.sub("", phrase)
        toks = bare.split()
        if toks and len(toks) <= 4 and all(t[:1].isupper() for t in toks) and len(words) <= 5 \
                and not any(t.lower().strip(".") in TITLE_WORDS for t in toks) \
                and not (len(toks) == 1 and (toks[0].lower() in NON_NAME_WORDS or toks[0].lower() in v.unnamed_heads
                                             or toks[0].lower() in v.official_heads)):
            person = _person_tokens(toks, ctx.registry)
            if person and bare == phrase:
                return ctx.actor_speaker(ctx.add(" ".join(person), "person"))
            if not person and (phrase != bare or len(toks) == 1 or toks[-1].lower().strip(".") in ORG_HEADS) \
                    and not ctx.registry.state_of(toks[-1]):
                # "The Taliban", "Hezbollah", "Christian News Service reported"
                return ctx.actor_speaker(ctx.add(bare, "organisation"))
        # 9. an unnamed source: "one commentator", "officials"
        if low_words and low_words[-1] in (v.official_heads | v.unnamed_heads) and len(low_words) <= 4 and not found:
            return Speaker(f"(unnamed {low_words[-1]})", "unnamed")
        # 10. a description the document gave one person it introduced by name ("Sen. Claire
        # McCaskill" ... "the senator said"), else an unnamed source ("the announcer")
        if NOMINAL_RE.match(phrase) and not found and not AUXILIARIES.intersection(low_words) \
                and not FUNCTION_WORDS.intersection(low_words[1:]) \
                and (low_words[-1] in v.person_nouns or low_words[-1] in v.speaking_things):
            head = low_words[-1]
            bound = ctx.titled.get(head)
            if bound and len(bound) == 1:
                return ctx._speaker_for(next(iter(bound)))
            return Speaker(f"(unnamed {head})", "unnamed")
        return None

    def _document_speaker(self, doc: tuple[str | None, str], unit_text: str) -> Speaker:
        """A document speaks for the organisation or person it names ("A Government
        Accountability Office report" -> that office), else as an unnamed source."""
        org, head = doc
        ctx = self.ctx
        if org:
            actor = ctx.registry.lookup(org)
            if actor is not None:
                return ctx.actor_speaker(actor)
            sp = ctx.lookup_name(org)
            if sp is not None and sp.kind in ("person", "official", "journalist"):
                return sp  # "a memorable Hillary Clinton ad"
            toks = org.split()
            if single_word_name(org) and not ctx.registry.state_of(org):
                if len(toks) > 1 and opens_with_given_name(toks) and _person_tokens(toks, ctx.registry):
                    return ctx.actor_speaker(ctx.add(org, "person"))  # "a study by Jane Roe"
                return ctx.actor_speaker(ctx.add(org, "organisation"))  # "a Reuters/Ipsos poll"
        return Speaker(f"(unnamed {head})", "unnamed")

    def _context_state(self, unit_text: str, phrase: str) -> str | None:
        pos = unit_text.find(phrase)
        before = unit_text[: pos if pos >= 0 else len(unit_text)]
        last = None
        for m in CAPSEQ_RE.finditer(before):
            for tok in m.group(0).split():
                st = self.ctx.registry.state_of(POSSESSIVE_RE.sub("", tok))
                if st:
                    last = st
        return last

    # -- one sentence ------------------------------------------------------------
    def sentence(self, u: str, prev: Statement | None, prev_adjacent: bool) -> tuple[Speaker, str, Speaker | None]:
        v = self.v
        u = DOUBLE_SINGLE_RE.sub('" ', u)  # the ''quotation marks'' of some archives, same length
        masked = PARTY_TAG_RE.sub(lambda m: " " * len(m.group(0)), _mask_quotes(u))  # "Sen. X (D-Mo.) said"

        # an embedded post: '… they admitted to.. — Donald J. Trump (@realDonaldTrump) September 7, 2019'
        m = POST_CREDIT_RE.search(u)
        if m:
            sp = self.resolve(m.group("who"), u)
            if sp is not None and sp.named:
                return sp, "post", None

        m = QUOTED_AS_RE.search(masked)
        if m and m.group("part") in v.participles:
            inner = self.resolve(m.group("who"), u)
            outer = self.resolve(_subject_left(masked, m.start(), v), u)
            if inner and inner.named:
                return inner, "quoted as saying", outer if outer and outer.name != inner.name else None
        m = WAS_QUOTED_RE.search(masked)
        if m and m.group("part") in v.participles:
            sp = self.resolve(_subject_left(masked, m.end("who"), v) or m.group("who"), u)
            if sp:
                return sp, "quoted", None

        cands: list[tuple[int, Speaker, str, bool]] = []  # (verb pos, speaker, verb, trailing)
        subordinate: list[tuple[int, Speaker, str, bool]] = []  # verbs of "After X announced …" clauses
        question = masked.rstrip(" \"”’')").endswith("?")
        asides = [m.span() for m in ASIDE_RE.finditer(masked)]
        for vm in v.verb_re.finditer(masked):
            verb = vm.group(1)
            pre = masked[:vm.start()].rstrip()
            if re.search(r"\b(?:was|were|been|being|is|are|be|to|not)\s*$", pre, re.I):
                continue
            if re.search(r"\w['’]s$", pre) and re.match(r"\s+to\b", masked[vm.end():]):
                continue  # "she’s expected to argue": "is expected", not speech
            if question and QUESTION_AUX_RE.search(pre):
                continue  # "What did Trump say?": the outlet asks, nobody says
            if any(a < vm.start() < b and b - a < 0.6 * len(masked.strip()) for a, b in asides):
                continue  # "… – Trump once said the pair 'fell in love' – …": an aside, not the sentence
            if verb in v.quote_object_verbs and not QUOTE_AFTER_RE.match(masked, vm.end()):
                continue  # "called the meeting": speech only as 'called Clinton a “disgrace”'
            if verb in v.quote_verbs and not QUOTE_NEXT_RE.match(masked, vm.end()):
                continue  # "tensions have continued to ease": speech only before its quotation
            if verb in QUOTE_ONLY and not next_to_quotation(u, vm.start(), vm.end()):
                continue  # "tensions have continued to ease": no speech without a quotation
            if verb in v.complement_verbs and ACT_OBJECT_RE.match(masked, vm.end()):
                continue  # "Trump threatened the military assets of Assad": an act, not speech
            if verb not in v.no_inversion and (re.search(r"[,\"“”]\s*$", pre) or re.search(r"^\s*$", pre)):
                # inverted: '"…," said X' / '"…," argues journalist X'
                who = _subject_right(masked, vm.end())
                if who and CLAUSE_AFTER_NAME_RE.search(who):
                    who = ""  # "…, said Clinton reached out": a clause, not an inverted subject
                sp = self.resolve(who, u) if who else None
                if sp and re.search(r"[\"”,]\s*,?\s*$", pre):
                    cands.append((vm.start(), sp, verb, True))
                    continue
                if sp and pre == "":
                    cands.append((vm.start(), sp, verb, False))
                    continue
            phrase = _subject_left(masked, vm.start(), v)
            sp = self.resolve(phrase, u) if phrase else None
            if sp is None and phrase and " " in phrase:
                # "the third time AROS said", "in an interview with RT he blasted": the name or
                # pronoun right before the verb
                tail = TRAILING_NAME_RE.search(phrase) or TRAILING_PRONOUN_RE.search(phrase)
                if tail and tail.start() > 0 and phrase[:tail.start()].split()[-1].lower() not in LOCATIVES:
                    phrase = tail.group(0).strip()
                    sp = self.resolve(phrase, u)
            if sp is None and not phrase and COORDINATED_RE.search(v.between_re.sub("", masked[:vm.start()])):
                # "Clinton has encouraged Europe to spend more but has said she will …": the
                # subject of the first verb
                lead = LEAD_SUBJECT_RE.match(masked)
                if lead:
                    phrase = lead.group("who")
                    sp = self.resolve(phrase, u)
            if sp is not None and _subordinate(masked, phrase, vm.start(), v) \
                    and not _parenthetical(masked, phrase, vm.start(), vm.end(), v):
                subordinate.append((vm.start(), sp, verb, False))
                continue
            if sp is None:
                # "The foreign ministry spokeswoman, Maria Zakharova, claimed"
                nm = NAME_APPOSITIVE_RE.search(v.between_re.sub("", masked[:vm.start()]))
                if nm:
                    phrase = nm.group("who")
                    sp = self.resolve(phrase, u)
            if sp is None:
                # "Yelena Suponina, a Moscow-based analyst, said" / "Mr. McCain, who …, said"
                app = APPOSITIVE_RE.search(v.between_re.sub("", masked[:vm.start()]))
                if app:
                    phrase = app.group("who")
                    sp = self.resolve(phrase, u)
            if sp is None:
                # "Quina Jones, 25, said", "China, Pyongyang's only ally, said"
                app = AGE_OR_POSSESSIVE_APPOSITIVE_RE.search(v.between_re.sub("", masked[:vm.start()]))
                if app:
                    phrase = app.group("who")
                    sp = self.resolve(phrase, u)
            if sp is None:
                continue
            trailing = bool(re.search(r"[,\"”]\s*" + re.escape(phrase) + r"\s*$", v.between_re.sub("", masked[:vm.start()]))) \
                and not COMPLEMENT_RE.search(masked[vm.end():])
            cands.append((vm.start(), sp, verb, trailing))

        for vm in extra_verbs().finditer(masked):
            # "the report found …", "a new poll shows …"; "Mr. Ruiz notes that …"
            verb, at = vm.group(1), vm.start()
            if re.search(r"\b(?:was|were|been|being|is|are|be|to|not)\s*$", masked[:at], re.I) \
                    or not that_verb_ok(masked, verb, vm.end()):
                continue
            phrase = _subject_left(masked, at, v)
            if not phrase or (verb not in source_vocab().that_verbs and document_source(phrase) is None):
                continue
            sp = self.resolve(phrase, u)
            if sp is not None and not _subordinate(masked, phrase, at, v):
                cands.append((at, sp, verb, False))

        for m in QUOTE_VERB_RE.finditer(u):
            if not v.verb_re.fullmatch(m.group("verb")):
                continue
            phrase = _subject_left(masked, m.start(), v)
            sp = self.resolve(phrase, u) if phrase else None
            if sp:
                cands.append((m.start(), sp, m.group("verb"), False))

        for subject_end, at, part in progressive_speech(masked, v.clause_participles):
            # "He’s claiming that …", "Trump is calling for …"
            phrase = _subject_left(masked, subject_end, v)
            sp = self.resolve(phrase, u) if phrase else None
            if sp is not None and not _subordinate(masked, phrase, subject_end, v):
                cands.append((at, sp, part, False))

        for who_at, at, who, verb in pronoun_speech(masked):
            # "He notes that …": a verb after a pronoun that is mostly a noun elsewhere
            sp = self.resolve(who, u)
            if sp is not None and not _subordinate(masked, who, who_at + len(who), v):
                cands.append((at, sp, verb, False))

        if not cands and subordinate and not re.search(r",", masked[subordinate[0][0]:]):
            cands = subordinate  # "When Lavrov snapped that …": the whole sentence is that clause
        named = [c for c in cands if c[1].named] or cands
        if named:
            named.sort(key=lambda c: c[0])
            first = named[0]
            trailing = [c for c in named if c[3]]
            if trailing and trailing[-1] is not first:
                outer = trailing[-1]
                if outer[1].name != first[1].name:
                    return first[1], first[2], outer[1]
                return first[1], first[2], None
            if len(named) > 1 and not first[3]:
                second = named[1]
                gap = masked[first[0]:second[0]]
                if len(gap) < 40 + len(first[2]) and second[1].name != first[1].name and not re.search(r"[;.]", gap):
                    return second[1], second[2], first[1]
            return first[1], first[2], None

        m = ACCORDING_RE.search(masked)
        if m:
            sp = self.resolve(m.group("who"), u)
            if sp:
                return sp, "according to", None
        m = ACCORDING_LOWER_RE.search(masked)
        if m:  # "according to police", "according to a new Washington Post-ABC News poll"
            sp = self.resolve(m.group("who"), u)
            if sp:
                return sp, "according to", None

        # a quotation whose inner quotation marks hide its tail from the mask:
        # '"His use of the word "leverage" shows a "business transaction," he said.'
        m = RAW_TAIL_RE.search(u)
        if m and v.verb_re.fullmatch(m.group("verb")):
            sp = self.resolve(m.group("who"), u)
            if sp is not None:
                return sp, m.group("verb"), None
        # a quotation credited after a dash: '“We must vote.” ― Jorge Falcon'
        m = DASH_CREDIT_RE.search(u)
        if m and _mostly_quote(u[:m.start() + 1]):
            sp = self.resolve(m.group("who"), u)
            if sp is None and _person_tokens(m.group("who").split(), self.ctx.registry):
                sp = self.ctx.actor_speaker(self.ctx.add(m.group("who"), "person"))
            if sp is not None:
                return sp, "credit", None

        # "Trump is questioning the vote, encouraging his supporters to …": a speech participle
        # of the main clause belongs to its subject
        m = PARTICIPLE_RE.search(masked)
        if m and m.group(1).lower() in v.clause_participles:
            lead = LEAD_SUBJECT_RE.match(masked)
            if lead and lead.end("who") <= m.start():
                sp = self.resolve(lead.group("who"), u)
                if sp is not None and sp.named:
                    return sp, m.group(1).lower(), None

        if prev is not None and prev_adjacent and u.lstrip()[:1] in "\"“" and prev.cue not in (None, "narrator") \
                and not prev.speaker.startswith("(") and _mostly_quote(u):
            return Speaker(prev.speaker, prev.speaker_kind), "continuation", None
        return NARRATOR_SPEAKER, "narrator", None

    # -- labels -------------------------------------------------------------------
    def label(self, label: str) -> Speaker:
        """The speaker a transcript label names: "MS. PSAKI", "THE PRESIDENT",
        "President of Russia Vladimir Putin", "Question (retranslated)"."""
        v, ctx = self.v, self.ctx
        clean = re.sub(r"\s*\(.*?\)\s*", " ", label).strip()
        low = clean.lower().strip(".")
        if low in v.reporter_labels:
            return Speaker("(reporter)", "journalist")
        if low in v.moderator_labels:
            return Speaker("(moderator)", "journalist")
        if clean.isupper():  # "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre"; "UN Ambassador X" stays as it is
            clean = " ".join("-".join(p.capitalize() for p in w.split("-")) if len(w) > 1 else w for w in clean.split())
        title = re.sub(r"^(Mr|Ms|Mrs|Dr)\.?\s+", "", clean)
        honorific = title != clean
        toks = title.split()
        # a name at the end of the label, longest first
        for size in range(min(4, len(toks)), 0, -1):
            sp = ctx.lookup_name(" ".join(toks[-size:]))
            if sp and sp.kind in ("person", "official", "journalist"):
                return sp
        sp = ctx.resolve_role(title.lower(), None)
        if sp:
            return sp
        name_toks = _person_tokens(toks, ctx.registry)
        if name_toks:
            return ctx.actor_speaker(ctx.add(" ".join(name_toks), "person"))
        last = POSSESSIVE_RE.sub("", toks[-1]) if toks else ""
        if (len(toks) >= 2 or honorific) and last[:1].isupper() and last.lower() not in NON_NAME_WORDS:
            return Speaker(last, "person")  # "PRESIDENT ABBAS": a title and a surname
        return Speaker(f"({title.lower()})", "unnamed")


TITLE_DOT_RE = re.compile(TITLE_DOT)


def _mask_quotes(u: str) -> str:
    """The sentence with quoted words replaced by underscores (same length), marks kept,
    and the dot of "Mr." blanked so that it does not end a clause."""
    u = TITLE_DOT_RE.sub(lambda m: m.group(0)[:-1] + " ", u)
    return QUOTE_RE.sub(lambda m: m.group(0)[0] + "_" * max(0, len(m.group(0)) - 2) + (m.group(0)[-1] if len(m.group(0)) > 1 else ""), u)


def _mostly_quote(u: str) -> bool:
    inside = sum(len(m.group(0)) for m in QUOTE_RE.finditer(u))
    return inside >= 0.6 * len(u.strip())


# --------------------------------------------------------------------------- entry point


def attribute(doc: Document, blocks: list[Block], units: list[Unit], registry) -> list[Statement]:
    """Statements for the units of one document, in reading order."""
    text = doc.text
    registry = DocumentActors(registry)  # names learned here stay in this document
    ctx = DocContext(doc, registry)
    readable = " \n".join(text[b.start:b.end] for b in blocks if b.kind != "furniture")
    if doc.title:
        readable = doc.title + " \n" + readable
    ctx.learn_names(readable)  # and counts the states
    att = Attributor(ctx)
    doc_speaker = None
    if doc.speaker:
        doc_speaker = ctx.lookup_name(doc.speaker) or Speaker(doc.speaker, "official")
        if not doc_speaker.named:
            doc_speaker = Speaker(doc.speaker, "official")
    labels: dict[str, Speaker] = {}

    out: list[Statement] = []
    prev: Statement | None = None
    prev_unit: Unit | None = None
    for un in units:
        b = blocks[un.block]
        u = text[un.start:un.end]
        reported = None
        if b.kind == "spam":
            sp, cue = Speaker(SPAM, "spam"), "spam"
        elif b.turn and b.label:
            if b.label not in labels:
                labels[b.label] = att.label(b.label)
            sp, cue = labels[b.label], "turn"
            line = text.rfind("\n", b.start, un.start) + 1 or b.start
            if REPORTER_LINE_RE.match(text, line) and b.label.strip(" .").lower() not in att.v.reporter_labels:
                sp = REPORTER  # "Q — because …": a reporter's line inside an official's turn
        elif b.kind == "comment" and not b.embedded:
            sp = Speaker(b.label, "commenter") if b.label else Speaker(UNKNOWN_COMMENTER, "commenter")
            cue = "comment"
            if not b.label:
                # a comment told only by its register (no author): reported speech in it is
                # still that speaker's ("Johnnie Wilson, of Springfield, said he had fought …")
                said_sp, said_cue, rep = att.sentence(u, None, False)
                if said_sp.named and said_cue not in ("narrator", "continuation"):
                    sp, cue, reported = said_sp, said_cue, (rep.name if rep and rep.named else None)
        elif doc_speaker is not None and b.kind == "body":
            sp, cue = doc_speaker, "speech"
        else:
            adjacent = prev_unit is not None and un.block - prev_unit.block <= 1 and prev is not None \
                and prev.section == (b.kind if b.kind != "comment" else "comment")
            sp, cue, rep = att.sentence(u, prev, adjacent)
            reported = rep.name if rep and rep.named else None
            if sp.named and sp.kind in ("person", "official", "journalist"):
                ctx.last_person = sp
            elif sp.named:
                ctx.last_org = sp
        exclude = {sp.name} | ({reported} if reported else set())
        targets = _targets(ctx, u, exclude) if b.kind != "spam" else ()
        people = [t for t in targets if ctx.kinds.get(t) or (registry.lookup(t) or _NO).kind == "person"]
        ctx.recent.extend(people)
        if cue == "narrator" and people:
            # the outlet's own sentence: its subject, the first person of its main clause, is
            # the likely antecedent of a following "he"
            main = people
            first_word = (re.match(r"\W*(\w+)", u) or [None, ""])[1].lower()
            if first_word in att.v.subordinators and "," in u:
                main = [p for p in _targets(ctx, u[u.index(","):], exclude) if p in people] or people
            actor = registry.lookup(main[0])
            ctx.last_person = ctx.actor_speaker(actor) if actor else Speaker(main[0], "person")
        elif sp.kind == "unnamed" and not sp.name.endswith("s)"):
            ctx.last_person = sp  # "A resident said …" / "he added"
        start, end = un.start, un.end
        if (cue in att.v.frame_verbs or cue in progressive_frames() or cue in DOCUMENT_FRAMES) \
                and (sp.named or sp.kind == "unnamed"):
            own = own_words_span(u, cue, att.v, sp.name)
            if own is not None:  # the speaker's own words, without "X said on Monday"
                start, end = un.start + own[0], un.start + own[1]
        frames = _frame_parts(text, un.start, un.end, start, end)
        for a, z in frames[:1] if frames and frames[0][0] < start else ():
            out.append(_frame_statement(doc, len(out), b.kind, text, a, z))
        st = Statement(
            doc_id=doc.doc_id, seq=len(out), char_start=start, char_end=end,
            section=b.kind, speaker=sp.name, speaker_kind=sp.kind, text=text[start:end],
            reported_by=reported, cue=cue, targets=targets,
        )
        out.append(st)
        for a, z in (f for f in frames if f[0] >= end):
            out.append(_frame_statement(doc, len(out), b.kind, text, a, z))
        prev, prev_unit = st, un
    _carry_back_open_quotes(out)
    _mark_learned(out, registry)
    return out


def _frame_parts(text: str, u_start: int, u_end: int, start: int, end: int) -> list[tuple[int, int]]:
    """The reporting frame left around a speaker's own words ("Lavrov said on Monday"), as
    spans trimmed of spaces, those with a letter in them: the outlet's words, so they stay in
    the export as its narration and every character of the body is in some statement."""
    parts = []
    for a, z in ((u_start, start), (end, u_end)):
        piece = text[a:z]
        if any(c.isalpha() for c in piece):
            lead = len(piece) - len(piece.lstrip())
            parts.append((a + lead, a + len(piece.rstrip())))
    return parts


def _frame_statement(doc: Document, seq: int, section: str, text: str, a: int, z: int) -> Statement:
    return Statement(doc_id=doc.doc_id, seq=seq, char_start=a, char_end=z, section=section,
                     speaker=NARRATOR_SPEAKER.name, speaker_kind=NARRATOR_SPEAKER.kind, text=text[a:z],
                     cue="frame")


def _mark_learned(statements: list[Statement], actors: "DocumentActors") -> None:
    """What this document taught about a name the registry lacks (its kind and the state its
    description gave: "South African leader F.W. de Klerk") travels with the statements that
    name it, in ``extra["learned"]``, so the store can record the actor as the document saw
    it without the shared registry ever being changed."""
    if not actors.learned:
        return
    by_name = {a.name: a for a in actors.learned.values()}
    for st in statements:
        named = {n: by_name[n] for n in (st.speaker, *st.targets) if n in by_name}
        if named:
            st.extra["learned"] = {n: (a.kind, a.country) for n, a in named.items()}


def own_words_span(u: str, verb: str, v: Vocab, speaker: str = "") -> tuple[int, int] | None:
    """Where a sentence's own words are, without a reporting frame whose verb adds nothing to
    what is said (``frame_verbs``): '"We are ready," Lavrov said on Monday.' -> the quotation;
    'Lavrov said on Monday that they were ready.' -> "they were ready."; 'They were ready,
    according to Lavrov.' -> "They were ready". None when the frame is not at an end of the
    sentence (more quoted words after it) or leaves too little."""
    masked = _mask_quotes(DOUBLE_SINGLE_RE.sub('" ', u))
    m = re.search(r"\b" + re.escape(verb) + r"\b", masked)
    if m is None:
        return None
    before, after = masked[:m.start()], masked[m.end():]
    # a tail: '…," Lavrov said.', '…, said one source.', '…, according to X.'
    lead = len(masked) - len(masked.lstrip())
    if masked[lead:lead + 1] in ("\"", "“"):
        q = QUOTE_RE.match(masked, lead)  # the quotation that opens the sentence, up to its closing mark
        cut = q.end() - 1 if q and q.end() <= m.start() else -1
    else:
        cut = max(before.rfind(", "), before.rfind("\""), before.rfind("”"))  # quotations are masked: a mark closes one
    surname = speaker.split()[-1] if speaker else ""
    named_before = bool(surname) and surname in before[:max(cut, 0)] and surname not in masked[cut:]
    opened_by_quote = masked[lead:lead + 1] in ("\"", "“")
    # (after an opening quotation the frame may carry a long description of its speaker:
    # '"…," Jane Roe, the top Democrat on the committee and one of its sponsors, said.')
    if cut >= 0 and not re.search(r"[\"“”]", after) and len(before[cut:].split()) <= (30 if opened_by_quote else 12) \
            and not named_before and not (not opened_by_quote and CLAUSE_NEXT_RE.match(after)) \
            and (opened_by_quote or len(after.split()) <= 8 or after.lstrip().startswith(("on ", "in ", "at ", "during "))):
        # (a tail frame leaves at most a few words after its verb: "Campaigning in 2012, Obama
        # mentioned climate change." is no tail)
        end = cut + 1
        if before[:cut].strip() and len(u[:end].strip()) >= 12:
            start = len(u) - len(u.lstrip())
            return start, end
        return None
    # a head: 'Lavrov said (on Monday) that …', 'Lavrov said: "…"', 'Lavrov said they …'
    if re.search(r"[,;]", before) and not named_before and not before.lstrip().startswith(("According", "according")) \
            and not subject_after_intro(before, speaker):
        return None  # the frame is not at the start of the sentence
    hm = (ACCORDING_HEAD_RE if verb == "according to" else HEAD_BOUNDARY_RE).match(masked, m.end())
    if hm is not None and not hm.group(0).strip() and verb not in CLAUSE_VERBS and verb not in DOCUMENT_FRAMES:
        return None  # "added a note of caution": an object, not a clause
    if hm is None:
        return None
    start = hm.end()
    end = len(u.rstrip())
    if end - start < 12:
        return None
    return start, end


def _carry_back_open_quotes(statements: list[Statement]) -> None:
    """A quotation left open at the end of its paragraph and attributed only in the next
    one ('"We will not accept this.' / '"We call on our partners," Lavrov said.') takes
    the next paragraph's speaker."""
    for i in range(len(statements) - 2, -1, -1):
        st, nxt = statements[i], statements[i + 1]
        if st.cue != "narrator" or nxt.cue in ("narrator", "turn", "comment", "spam", "speech"):
            continue
        if st.section != nxt.section or nxt.speaker.startswith("("):
            continue
        t = st.text.lstrip()
        if t[:1] in "\"“" and nxt.text.lstrip()[:1] in "\"“" and _open_quote(t):
            st.speaker, st.speaker_kind, st.reported_by, st.cue = nxt.speaker, nxt.speaker_kind, nxt.reported_by, "continuation"


def _open_quote(t: str) -> bool:
    return t.count('"') % 2 == 1 or t.count("“") > t.count("”")
