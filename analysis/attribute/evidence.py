"""The evidence that a name the registry lacks is a person's (issue 11): a given name, a title
or a describing noun before it, an appositive or a copula after it, a speech verb after it, a
surname that speaks alone elsewhere in the document ("Orrin Vaszary" … "Vaszary said"), and
the words the document writes in lower case (a common word at a sentence start is no name).
Plain functions over a document's text, read by :func:`.names.learn_names`."""
from __future__ import annotations

import re
from functools import lru_cache

from ..gender import given_name_gender, opens_with_given_name
from ..toml_data import data_file, word_set
from .cues import Vocab, vocab
from .patterns import FUNCTION_WORDS, GENDERED, HONORIFIC_WORDS, INVERTED_BEFORE_RE, NON_NAME_WORDS, POSSESSIVE_RE, TITLE_ABBREV, TITLE_WORDS
from .source_vocab import capitalised_office_heads
from .speaker import _unpossess

class _LowerCase:
    """`word in lower`: whether the text writes `word` in lower case, by default as a word
    after a space or a line break and before a space, a line break or one of ",.;:" (one
    substring search per word, remembered); `written(text, word)` asks it another way."""

    def __init__(self, text: str, written=None):
        self.text, self.seen, self.written = text, {}, written or _written_as_word

    def __contains__(self, word: str) -> bool:
        hit = self.seen.get(word)
        if hit is None:
            hit = self.seen[word] = self.written(self.text, word)
        return hit


def _written_as_word(t: str, word: str) -> bool:
    # each place `word` occurs, its neighbours checked: one scan of the text, where asking for
    # each of the twelve lead/end pairs (" word,", "\nword;", …) took twelve
    n = len(word)
    at = t.find(word, 1)
    while at >= 0:
        if t[at - 1] in " \n" and at + n < len(t) and t[at + n] in " ,.;:\n":
            return True
        at = t.find(word, at + 1)
    return False


def _namesake_of_a_known_person(name: list[str], lookup, v: Vocab, lower) -> bool:
    """ "Dean Johnson" when the registry knows Boris Johnson: a given name and the surname of
    a person the registry knows, but another given name than theirs (and than any of their
    aliases'), names someone else of that surname, whom the document introduces (a bare
    "Johnson" in it is then theirs, not the registry's). Not a word before a surname that
    describes the person ("Democrat Clinton", "Candidate Trump") or that the document writes
    in lower case."""
    first = name[0].strip(".")
    if len(name) < 2 or len(first) < 2 or not first.isalpha() or first.lower() in NON_NAME_WORDS \
            or first.lower() in v.person_nouns or first.lower() in v.openers or lookup(first) is not None \
            or first.endswith(("ing", "ly")) or v.verb_re.fullmatch(first.lower()):  # "Injecting Clinton's …"
        return False
    known = lookup(_unpossess(name[-1]))
    if known is None or known.kind != "person":
        return False
    given = {n.split()[0].lower() for n in (known.name, *known.aliases) if " " in n}
    # a listed given name says a person though the text also writes it as a word ("Bill Clinton": "a bill")
    return first.lower() not in given and (first.lower() not in lower or opens_with_given_name(name))


def _looks_like_a_person(text: str, m: re.Match, toks: list[str], at: int, lower) -> bool:
    """A name the registry lacks is learned as a person only with evidence in the text:
    a title or descriptor right before it ("journalist Konstantin Eggert", "Mr. X", "Sen. Y";
    not a possessive: "Biden's Bipartisan Infrastructure Law"), an appositive after it that
    says who it is ("Fyodor Lukyanov, editor of …", "X, a Moscow-based analyst", "X, who"),
    or a speech verb right after it ("Jung Pak said"). Never a word broken at a line end
    ("Lindsey Gra-"), nor a span opened by a word the document also writes in lower case
    (a common word at a sentence start: "Regarding Europe", "Should Americans")."""
    v = vocab()
    name = toks[at:]
    if name[-1].lower() in capitalised_office_heads() \
            and (toks[at - 1] if at else text[max(0, m.start() - 5):m.start()]).lower().split()[-1:] == ["the"]:
        return False  # "The High Commissioner said", "…, said the Special Rapporteur": an office, no name
    if not _person_evidence(text, m, toks, at, v):
        return False
    first = name[0].strip(".").lower()
    # checked last: it reads the whole text once per word; a listed given name is a name though
    # the text also writes it as a word ("Mark Udall": "a mark")
    return not (len(first) > 1 and first in lower) or opens_with_given_name(name)

# a copula and a description: "X is a former captain", "X was the mayor"
_COPULA_RE = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+([^,;:.()\"“”]{1,60})")


# English prepositions (general knowledge): a capitalised one opens a sentence, never a name ("Outside Vantorr")
_PREPOSITIONS = frozenset("""about above across after against along amid among around at before behind below beneath
beside besides between beyond by despite down during except for from in inside into like near of off on onto outside
over past per since through throughout to toward towards under underneath unlike until up upon via with within
without""".split())


# a surname as news writes it: "Vaszary", "McConnell", "DeVrane", "O'Neill" (not a compound: as often the name of a law or a firm)
_SURNAME_RE = re.compile(r"(?:[A-Z][a-z]{0,2}['’]?)?[A-Z][a-z]+")

# pronouns: a capitalised one opens a sentence and is no surname ("… You said"). General English.
_PRONOUN_WORDS = frozenset("i you he she it we they me him her us them one".split())


def _speaks_by_surname(text: str, name: list[str], lookup, v: Vocab, lower, state_of, place_given: bool = False) -> bool:
    """ "Orrin Vaszary" … "Vaszary said": a name the registry lacks whose surname alone speaks in
    the document is a person's (:func:`_speaks_at`). Its first word must read as a given
    name: not a word the text writes in lower case, a verb form ("Injecting Clinton"), an
    opener or a person noun; and the surname must be no one the registry knows (a known
    surname is read by :func:`_namesake_of_a_known_person`); nor a pronoun or a people's name
    ("Americans"). With `place_given`, the first word is a state's name read as a given name
    ("Jordan Peterson": :func:`.place_names.place_given_name`), which the registry knows as the state."""
    first, surname = name[0].strip("."), POSSESSIVE_RE.sub("", name[-1]).strip(".,")
    low = first.lower()
    if len(name) != 2 or len(first) < 2 or not first.isalpha() or low in NON_NAME_WORDS or low in v.person_nouns \
            or low in v.openers or low in v.subordinators or low in _PREPOSITIONS or low.endswith(("ing", "ly", "ed")) \
            or v.verb_re.fullmatch(low) or lookup(surname) is not None or (lookup(first) is not None and not place_given):
        return False
    if len(surname) < 3 or not _SURNAME_RE.fullmatch(surname) \
            or surname.lower() in _PRONOUN_WORDS or (surname.endswith("s") and state_of(surname[:-1])):
        return False  # nor a pronoun or a people's name: "African Americans said"
    # one given name before the surname in the whole text: "Brill Oberholt" (a firm) beside
    # "Hank Oberholt" leaves the lone "Oberholt" to neither
    givens, speaks = set(), False
    for at in _occurrences(text, surname):
        prev = _PREV_WORD_RE.search(text, max(0, at - 40), at)
        if prev and prev.group(1)[:1].isupper() and not _ends_a_sentence(prev):
            if prev.group(1).lower() not in NON_NAME_WORDS and prev.group(1).isalpha():
                givens.add(prev.group(1))
            continue  # part of a longer capitalised span ("Fox News said" is no "News")
        speaks = speaks or _speaks_at(text, at, at + len(surname), v)
    return speaks and givens == {first} and low not in lower


# the word right before a place in the text (with the space after it)
_PREV_WORD_RE = re.compile(r"([\w.'’\-]+)\s+$")
_INVERTED_VERB_RE = re.compile(r"[,\"”]\s*([a-z]+)\s+$")
_NEXT_WORDS_RE = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?\s+(\w+)(?:\s+(\w+))?")


def _ends_a_sentence(prev: re.Match) -> bool:
    """Whether the word before a place closes the sentence or line before it ("… Orla Roe.
    Roe said"), not a title or an initial that opens a name with it ("Mr. Roe", "J. Roe")."""
    word = prev.group(1)
    if "\n" in prev.group(0):
        return True
    bare = word.rstrip(".").lower()
    return word.endswith(".") and len(bare) > 1 and bare not in TITLE_ABBREV and bare not in HONORIFIC_WORDS


def _occurrences(text: str, word: str):
    """Where `word` stands in the text as a word of its own (str.find: a regex with
    look-arounds scans a long transcript far slower)."""
    n, at = len(word), text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + n] if at + n < len(text) else " "
        if not (before.isalnum() or before in "'’.-_") and not (after.isalnum() or after in "'’-_"):
            yield at
        at = text.find(word, at + n)


def _speaks_at(text: str, start: int, end: int, v: Vocab) -> bool:
    """Whether the word at text[start:end] is the subject of a speech verb ("Vaszary said",
    "Vaszary also told", "Vaszary, 33, said") or its inverted speaker ('…," said Vaszary.')."""
    inv = _INVERTED_VERB_RE.search(text, max(0, start - 30), start)
    if inv and v.verb_re.fullmatch(inv.group(1)):
        return True
    nxt = _NEXT_WORDS_RE.match(text[end:end + 40])
    return bool(nxt and (v.verb_re.fullmatch(nxt.group(1)) or (
        nxt.group(2) and v.between_re.search(" " + nxt.group(1)) and v.verb_re.fullmatch(nxt.group(2)))))


# what follows a name that says it is a person's: "X, who …", "Quina Jones, 25, said", an
# appositive after its comma, the next words (a speech verb, or an adverb and one)
_WHO_OR_AGE_RE = re.compile(r"\s*,\s*(?:who|whose)\b|\s*,\s*\d{1,3}\s*,")
_APPOSITIVE_AFTER_RE = re.compile(r"\s*,\s*([^,;:()\"“”]{1,60})")
_FOLLOWING_WORDS_RE = re.compile(r"\s+(\w+)(?:\s+(\w+(?:\s\w+)?))?")


def _person_evidence(text: str, m: re.Match, toks: list[str], at: int, v: Vocab) -> bool:
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
    if _WHO_OR_AGE_RE.match(after):
        return True  # "X, who …", "Quina Jones, 25, said"
    cop = _COPULA_RE.match(after)
    if cop and any(w in v.person_nouns for w in re.findall(r"[a-z]+", cop.group(1).lower())[:6]):
        return True  # "Florin Oberholt is a former army captain"
    app = _APPOSITIVE_AFTER_RE.match(after)
    if app and any(w in v.person_nouns for w in re.findall(r"[a-z]+", app.group(1).lower())[:7]):
        return True
    # an inverted speech verb right before it: '"…," said Jung Pak'
    if prev and v.verb_re.fullmatch(prev[-1]) and re.search(r"[,\"”]\s*\S+\s*$", text[max(0, m.start() - 30):m.start()]):
        return True
    if prev and prev[-1].lower() in ("in", "from", "at", "near", "of", "outside", "into", "to", "across"):
        return False  # "a resident of Tal Abyad said": a place, and the resident speaks
    # a speech verb right after it, or after one adverb or auxiliary ("X has said", "X also told")
    nxt = _FOLLOWING_WORDS_RE.match(after)
    if nxt and (v.verb_re.fullmatch(nxt.group(1)) or (
            nxt.group(2) and v.between_re.search(" " + nxt.group(1)) and v.verb_re.match(nxt.group(2)))):
        return True
    # a verb only a human being is the subject of ("X spoke", "X can be heard yelling")
    act = _HUMAN_ACT_RE.match(after)
    return act is not None and act.group(1) in human_subject_verbs()


# the verb after a subject, past an adverb and a modal or a verb of perception in the
# passive ("X then spoke", "X can be heard yelling", "X was seen weeping")
_HUMAN_ACT_RE = re.compile(r"\s+(?:[a-z]+ly\s+|then\s+|also\s+)?(?:(?:can|could|is|was|may|might)\s+(?:be\s+)?"
                           r"(?:heard|seen)\s+)?([a-z]+)\b")


def human_subject_verbs() -> frozenset[str]:
    """Verbs whose subject is a human being (``attribution.toml`` human_subject_verbs)."""
    return word_set("attribution.toml", "human_subject_verbs")


# the word classes whose lone word is a subject of its own ("Another said", "One says", "You
# know"): an unnamed source, left to the rules for those (see sentence_word)
_SUBJECT_CLASSES = frozenset({"determiners", "pronouns", "numerals"})


@lru_cache(maxsize=4)
def closed_class_words(numerals: bool = True, alone: bool = False) -> frozenset[str]:
    """The closed English word classes of ``word_classes.toml`` (prepositions, determiners,
    pronouns, numerals, conjunctions, auxiliaries, sentence adverbs), in lower case; without
    the numerals if `numerals` is false (a numeral opens the names of bodies: "Zero Hedge",
    "Three Mile Island"); `alone`: only the classes whose word is never a subject by itself."""
    raw = data_file("word_classes.toml")
    return frozenset(w.lower() for cls, words in raw.items()
                     if (numerals or cls != "numerals") and not (alone and cls in _SUBJECT_CLASSES) for w in words)


def capitalised_mid_sentence(text: str, word: str) -> bool:
    """Whether the text writes `word` capitalised after a word of its own sentence ("the One
    Campaign", "Dan Rather"), not only where a sentence, a line or a quotation opens with it."""
    for at in _occurrences(text, word):
        prev = _PREV_WORD_RE.search(text, max(0, at - 40), at)
        if prev and not _ends_a_sentence(prev) and prev.group(1).strip("-"):
            return True
    return False


def sentence_word(text: str, toks: list[str]) -> bool:
    """Whether a capitalised span the registry lacks is capitalised only because it opens a
    sentence, and so is no name: its first word is of a closed word class ("Everything
    Trump", "Should Americans", "Regarding Europe"; a numeral opens names: "Zero Hedge"), or
    it is one preposition, conjunction, auxiliary or sentence adverb ("Amid", "Earlier",
    "Having"); unless the document also writes that word capitalised in the middle of a
    sentence ("the One Campaign"), or it is a listed given name ("Will Hurd"). (A lone
    determiner, pronoun or numeral, "Another said", "One says", is a subject of its own.)"""
    first = toks[0].strip(".,;:'’\"“”")
    if not all(t[:1].isupper() for t in toks) or first[1:2].isupper() or given_name_gender(f"{first} _"):
        return False  # "CNN", "U.S." are written so wherever they stand
    words = closed_class_words(alone=True) if len(toks) == 1 else closed_class_words(numerals=False)
    if first.lower() not in words:
        return False
    return not capitalised_mid_sentence(text, first)


@lru_cache(maxsize=1)
def _never_surnames() -> frozenset[str]:
    """The words of NON_NAME_WORDS no person's surname is: titles and honorifics ("Union
    Leader"), the closed-class words that never name (determiners, pronouns, conjunctions,
    sentence adverbs, numerals), the function words a speaker's phrase never ends with ("Al
    From" stays unread: FUNCTION_WORDS) and given_names.toml's ``not_surnames`` (the weekdays)."""
    raw = data_file("word_classes.toml")
    closed = {w.lower() for cls in ("determiners", "pronouns", "conjunctions", "sentence_adverbs", "numerals")
              for w in raw.get(cls, ())}
    return frozenset(TITLE_WORDS | HONORIFIC_WORDS | set(TITLE_ABBREV) | set(GENDERED) | closed | FUNCTION_WORDS
                     | word_set("given_names.toml", "not_surnames"))


_PLACEHOLDER_SURNAME = "Qzx"  # a surname no list knows, read in the word's place
_DATE_AFTER_RE = re.compile(r"\s+\d")


def word_surname(toks: list[str], person_tokens) -> list[str] | None:
    """ "Mara Day", "Tobin West", "Lin Ko May": the tokens of a person's name at the
    end of a capitalised span whose last word is also a month, a direction, an institution's or
    an event's word (NON_NAME_WORDS, which end no name `person_tokens` reads), read as
    `person_tokens` reads the span with another surname there; None for a title, an honorific
    or a closed-class word there ("Union Leader", "Jane Roe Monday"). Whether it is a person's
    name is :func:`word_surname_evidence`'s to say."""
    if len(toks) < 2:
        return None
    last = POSSESSIVE_RE.sub("", toks[-1]).strip(".")
    low = last.lower()
    if len(last) < 3 or not last.isalpha() or not last[1:].islower() or low not in NON_NAME_WORDS \
            or low in _never_surnames():
        return None
    head = person_tokens(toks[:-1] + [_PLACEHOLDER_SURNAME])
    return head[:-1] + [last] if head else None


def word_surname_evidence(text: str, m: re.Match, toks: list[str], at: int, lower) -> bool:
    """Whether a name whose surname is a word (:func:`word_surname`) is a person's: a given
    name the lists know and the evidence :func:`_looks_like_a_person` asks of any name ("Mara
    Day said", "Dr. Mara Day"); without a listed given name, a description is not enough ("a
    New Hampshire Republican said", "Silicon Valley technophiles"). Never after "the" (an outlet or a thing: "The Charlotte Post", "the Mara Day
    parade"), nor before a number (a date: "… Jane Roe May 5")."""
    before = toks[at - 1] if at else (text[max(0, m.start() - 12):m.start()].split() or [""])[-1]
    if before.lower() == "the" or _DATE_AFTER_RE.match(text, m.end()):
        return False
    return bool(given_name_gender(f"{toks[at]} _")) and _looks_like_a_person(text, m, toks, at, lower)
