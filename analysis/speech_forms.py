"""Forms of reported speech beyond a finite speech verb, as plain functions over a sentence
whose quotations are masked.

- verbs that report speech only next to a quotation ("continued": ``QUOTE_ONLY``);
- a pronoun and a verb form that is mostly a noun elsewhere: "He notes that …"
  (``pronoun_verbs`` in attribution.toml);
- the progressive: "He’s claiming that …", "Trump is calling for …", "She was insisting …"
  (a form of *be* and a speech participle: ``clause_participles`` in attribution.toml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .alternation import longest_first
from .toml_data import data_file, word_set

# a form of "be" (or its contraction on the subject), an optional -ly adverb, a participle.
# (Written to open with a class of characters, the space or apostrophe, checked after it by a
# look-behind: "\s(?:is|…)|(?<=\w)['’]s|(?<=\w)['’]re", the same matches, but the engine skips
# the positions no match opens at: 3x faster. The same for the two patterns below.)
PROGRESSIVE_RE = re.compile(
    r"[\s'’](?:(?<=\s)(?:(?:is|are|was|were)(?:n['’]t)?|has been|have been|had been)|(?<=\w['’])(?:s|re))"
    r"\s+(?:(?:not|also|still|now|just|[a-z]+ly)\s+){0,2}(?P<part>[a-z]+ing)\b")


# (a participle that is also an adjective is a verb before "that", "to", an object or a
# name: "Trump is demanding that …", "X is promising to …", "is encouraging his supporters")
_VERBAL_NEXT_RE = re.compile(r"\s+(?:that|to|the|a|an|his|her|its|their|our|[A-Z])\b"
                             # (or an object of a word or two before "that" or "to": "is telling
                             # customers that …", "is encouraging young voters to …")
                             r"|\s+(?:[a-z]+\s+){1,2}(?:that|to)\s")
ADJECTIVAL = frozenset({"encouraging", "promising", "telling", "threatening", "demanding", "questioning"})
# participles of taking a side that a particle makes a phrasal verb of motion, no side taken
# ("is backing down from …", "are backing off", "was backing away"); general English
_PARTICLE_NEXT_RE = re.compile(r"\s+(?:down|off|away|out|up|into|by)\b")
# progressive forms that report an intention or a stance only with what follows them ("is
# seeking to …", "are planning to …", "is looking to …", "is talking about …", "are pushing
# for …"); the words after that are the statement (own_words). General English.
# ("to" and a verb after it: an infinitive; also what verb_senses asks of ``infinitive_verbs``)
INFINITIVE_NEXT_RE = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
TO_PARTICIPLES = frozenset({"seeking", "planning", "aiming", "intending", "looking"})  # (their "to …" is the statement's)
# (or an object and "to" before a verb: "is pushing fellow senators to reject …"; not a place
# or a person it goes to: "is pushing the bill to the floor")
_FOR_OR_TO_VERB_RE = re.compile(r"\s+(?:hard\s+)?for\b"
                                r"|\s+(?=(?:[\w'’\-]+\s+){1,3}to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z])")
_TO_RE = re.compile(r"\s+to\b")
_OBJECT_RE = re.compile(r"\s+(?=[\w“\"])")
PROGRESSIVE_NEXT = {**dict.fromkeys(TO_PARTICIPLES, INFINITIVE_NEXT_RE), "talking": re.compile(r"\s+about\b"),
                    "pushing": _FOR_OR_TO_VERB_RE, "pressing": _FOR_OR_TO_VERB_RE,
                    # (thanks, a reference, an offer, a weighing: "is thanking supporters", "was referring
                    # to …", "is offering his view", "is mulling a run")
                    "referring": _TO_RE, "pointing": _TO_RE,
                    **dict.fromkeys(("thanking", "offering", "mulling", "expecting", "proposing"), _OBJECT_RE),
                    # (holding to a stance: "is doubling down on …")
                    "doubling": re.compile(r"\s+down\s+on\b")}


def progressive_positions() -> frozenset[str]:
    """attribution.toml's ``progressive_positions``: positions and intentions, as
    position_verbs: inside another's report they are that reporter's words ("Beck said Trump
    was seeking to …" is Beck's; reported.py)."""
    return word_set("attribution.toml", "progressive_positions")


@lru_cache(maxsize=1)
def _side_taking() -> frozenset[str]:
    """The participles of taking a side among them ("backing", "supporting"): those with no
    word required after them (``PROGRESSIVE_NEXT``)."""
    return progressive_positions() - PROGRESSIVE_NEXT.keys()


def progressive_speech(masked: str, participles: frozenset[str]) -> list[tuple[int, int, str]]:
    """(where the subject ends, where the participle starts, the participle) for each
    progressive speech form of the sentence, left to right."""
    out = []
    if "ing" not in masked:  # every match ends in a participle
        return out
    for m in PROGRESSIVE_RE.finditer(masked):
        if m.group("part") in participles and (m.group("part") not in ADJECTIVAL
                                               or _VERBAL_NEXT_RE.match(masked, m.end())) \
                and not (m.group("part") in _side_taking() and _PARTICLE_NEXT_RE.match(masked, m.end())) \
                and not (m.group("part") in PROGRESSIVE_NEXT and not PROGRESSIVE_NEXT[m.group("part")].match(masked, m.end())):
            out.append((m.start(), m.start("part"), m.group("part")))
    return out


def stance_adjectives() -> frozenset[str]:
    """attribution.toml's ``stance_adjectives``: "is confident that …" reports a position."""
    return word_set("attribution.toml", "stance_adjectives")


@lru_cache(maxsize=1)
def _stance_adjective_re() -> re.Pattern:
    return re.compile(
        r"[\s'’](?:(?<=\s)(?:is|are|was|were|be|been|remains|remain|remained|seems|seem|seemed|appears|appear|appeared|"
        r"grew|grows|became|becomes|feels|feel|felt)|(?<=\w['’])(?:s|re))"
        r"\s+(?:(?:[a-z]+ly|so|very|more|less|not|still|also|now|all|both|quite|fairly|deeply|"
        r"increasingly)\s+){0,2}(?P<adj>" + longest_first(stance_adjectives()) + r")\s+that\b")


def adjective_stance(masked: str) -> list[tuple[int, int, str]]:
    """(where the subject ends, where the adjective starts, the adjective) for each "be" + an
    adjective of belief or feeling + "that" of the sentence ("X is confident that …")."""
    if "that" not in masked or not stance_adjectives():  # the pattern ends in "that"
        return []
    return [(m.start(), m.start("adj"), m.group("adj")) for m in _stance_adjective_re().finditer(masked)]


@lru_cache(maxsize=1)
def progressive_frames() -> frozenset[str]:
    """Progressive speech participles that add nothing to what is said ("is saying that …"):
    a statement attributed with one keeps only the speaker's own words."""
    raw = data_file("attribution.toml")
    return frozenset(raw.get("progressive_frames", ()))


@lru_cache(maxsize=1)
def _quote_only() -> frozenset[str]:
    raw = data_file("attribution.toml")
    return frozenset({"continued", "continues"}) | frozenset(raw.get("quote_only_verbs", ()))


# verbs that are speech only next to a quotation: "continued" and the verbs of manner of
# saying or writing of attribution.toml's ``quote_only_verbs`` ('"…," she sang')
QUOTE_ONLY = _quote_only()
# verbs of answering that report speech only with what was said in the sentence (a quotation,
# a colon, "that …") or a quotation just before them ('"…," she replied'): "Carson has
# responded to the rant", "The party responded by blocking his access" are acts, no speech
REPLY_ONLY = frozenset({"responded", "responds", "replied", "answered"})
_SAID_AFTER_RE = re.compile(r"[^.;!?]*?(?:[:\"“‘]|\bthat\b)")


def says_something(u: str, verb_start: int, verb_end: int) -> bool:
    """Whether a reply verb at u[verb_start:verb_end] has what was said in its sentence, or ends
    it: the tail of a quotation that its own question or exclamation mark closed ('"Why?" Roe
    replied.', :func:`.attribute.quotes._carry_back_tail_frames`)."""
    return bool(_SAID_AFTER_RE.match(u, verb_end)) or next_to_quotation(u, verb_start, verb_end) \
        or bool(_ENDS_SENTENCE_RE.match(u, verb_end)) and not _SUBORDINATE_BEFORE_RE.search(u, 0, verb_start)


_ENDS_SENTENCE_RE = re.compile(r"\s*[.!]?\s*$")
# (not the verb of a subordinate clause that ends its sentence: "… as he replied.";
# nor one after an auxiliary or a negation: "The agency has not replied.", "Roe never responded.")
_SUBORDINATE_BEFORE_RE = re.compile(r"\b(?:as|when|while|after|before|because|until|since|if|though|although|once|"
                                    r"not|never|has|have|had|will|would|did|does|do)\b|n[’']t\b")
_QUOTE_BEFORE_RE = re.compile(r"[\"”’']\s*,?\s*(?:\S+\s+){0,3}$")
# (or a colon that ends the sentence: "Caddell continued:" and the quotation's paragraph)
_QUOTE_AFTER_RE = re.compile(r"\s*[,:]?\s*[\"“‘]|\s*:\s*$")


def next_to_quotation(u: str, verb_start: int, verb_end: int) -> bool:
    """Whether the verb at u[verb_start:verb_end] stands right after a quotation ('"…," he
    continued') or right before one ('He continued: "…"')."""
    return bool(_QUOTE_BEFORE_RE.search(u[:verb_start]) or _QUOTE_AFTER_RE.match(u, verb_end))


@lru_cache(maxsize=1)
def _pronoun_verb_re() -> re.Pattern:
    raw = data_file("attribution.toml")
    verbs = raw.get("pronoun_verbs", ())
    # "\b(?P<who>[Hh]e|[Ss]he|[Ii]t)" written to open with the class of the pronouns' first letters,
    # the word boundary a look-behind after it: the same matches, 2.3x faster (the engine skips
    # the other letters)
    return re.compile(r"(?P<who>[HhSsIi](?<!\w.)(?:e(?<=[Hh]e)|he(?<=[Ss]he)|t(?<=[Ii]t)))\s+(?:(?:also|again|then|later|now|even)\s+)?"
                      r"(?P<verb>" + (longest_first(verbs) if verbs else "(?!)") + r")\b")


def pronoun_speech(masked: str) -> list[tuple[int, int, str, str]]:
    """(where the pronoun starts, where the verb starts, the pronoun, the verb) for each
    "He notes …"-like pair of the sentence."""
    return [(m.start("who"), m.start("verb"), m.group("who"), m.group("verb"))
            for m in _pronoun_verb_re().finditer(masked)]


# a finite verb of a main clause after its subject (a name, a pronoun, a noun in lower case):
# a past form in -ed or of a few common irregular verbs, an auxiliary, a present form in -s
_FINITE_RE = re.compile(r"(?<=[\w.’'])\s+(?:[a-z]+ly\s+)?(?P<verb>(?:[a-z]{2,}ed|is|was|has|had|have|are|were|will|would|"
                        r"took|made|went|gave|came|spoke|wrote|sent|put|set|held|led|met|left|told|said|shook|"
                        r"stood|sat|got|ran|won|lost|saw|knew|thought|felt|kept|brought|began|drew|fell|grew|"
                        r"threw|broke|chose|rose|paid|sought|fought|heard|became|struck|wore|spent|sold|built|"
                        r"meant|dealt|fled|forgot|hid|bit|shot|stuck|swore|taught|understood|withdrew|hit|"
                        r"[a-z]{2,}[^s’'\W]s)\b)")
# words in -ed or -s that mostly stand inside a noun phrase, never its verb
_NOT_FINITE = frozenset({"united", "based", "armed", "alleged", "news", "its", "this", "his", "hers", "ours", "yours",
                         "theirs", "always", "perhaps", "sometimes", "across", "towards", "afterwards", "unless",
                         "whereas", "thus", "various", "serious", "previous", "famous", "numerous", "bus",
                         "campus", "census", "status", "virus", "bonus", "focus", "consensus", "process",
                         "congress", "access", "business", "address", "progress", "success", "press", "class",
                         "less", "unless", "nevertheless", "regardless", "politics", "economics", "species",
                         "series", "means", "lens", "chaos", "gas", "yes", "plus", "bias", "alias", "canvas",
                         "naked", "wicked", "sacred", "hundred", "kindred", "rugged", "beloved", "learned"})


def main_verb(masked: str, end: int) -> int | None:
    """Where the finite verb of the clause that a participle after `end` belongs to starts:
    the first finite verb of the sentence's last main clause before `end` (after an
    introduction closed by a comma: "During a speech on Monday, Trump attacked …"); None
    when there is none."""
    for m in _FINITE_RE.finditer(masked, 0, end):
        if m.group("verb") not in _NOT_FINITE and not _after_opening_word(masked, m.start()):
            return m.start("verb")
    return None


def _after_opening_word(masked: str, at: int) -> bool:
    """Whether the only word before `at` is a preposition, conjunction or sentence adverb
    that opens the sentence ("Amid responses from …", "Despite reports …"): no subject, so the
    form after it is a noun, not a verb."""
    from .attribute.evidence import closed_class_words  # (attribute imports this module)
    words = masked[:at].split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() in closed_class_words(alone=True)


# "add" in its sense of increasing ("won Virginia, adding to his victories", "added to the
# confusion"): "to" and no clause or quotation of what was said after it (not "added to
# reporters that …"). General English.
_ADD_FORMS = frozenset({"adding", "added", "adds"})
_ADDING_TO_RE = re.compile(r"\badd(?:ing|ed|s)\s+to\s+(?![^.;:\"“”]{0,60}(?:\bthat\b|[:\"“]))")


def adds_to(u: str, cue: str) -> bool:
    """Whether the sentence's verb `cue` is "add" in its sense of increasing, no speech ("won
    Virginia, adding to his victories"), with no quotation before it ('"…," Roe added to People.')."""
    m = _ADDING_TO_RE.search(u) if cue in _ADD_FORMS else None
    return m is not None and not re.search(r"[\"”]|''", u[:m.start()])
