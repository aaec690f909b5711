"""Names the registry lacks, learned per document, and near-identical spellings of one name.

:func:`learn_names` indexes the people a document names in full, the roles and titles it
gives them, and counts the states it names. A name the registry lacks is learned only with
evidence that it names a person (:func:`_looks_like_a_person`), and only for this document
(:class:`DocumentActors`): the shared registry is never changed."""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

from ..actors import HONORIFICS, Actor, _key
from ..actors import _unpossess as _actor_unpossess
from ..gender import opens_with_given_name
from ..targets import state_in_phrase
from .cues import Vocab, vocab
from .patterns import (APPOSITIVE_HEAD_RE, CAPSEQ_RE, GENDERED, HONORIFIC_MENTION_RE, HONORIFIC_WORDS, INVERTED_BEFORE_RE,
                       LOWER_RUN_RE, NON_NAME_WORDS, PARTICLES, POSSESSIVE_RE, TITLE_ABBREV, TITLE_WORDS)
from .roles import bind_role
from .speaker import _unpossess


# a generational suffix after a surname: no part of the name an actor is known by
GENERATION_RE = re.compile(r"(?:Jr|Sr)\.?|II|III|IV")


class _LowerCase:
    """`word in lower`: whether the text writes `word` in lower case, as a word after a space
    or a line break and before a space, a line break or one of ",.;:" (one substring search
    per word, remembered)."""

    def __init__(self, text: str):
        self.text, self.seen = text, {}

    def __contains__(self, word: str) -> bool:
        hit = self.seen.get(word)
        if hit is None:
            hit = self.seen[word] = _written_as_word(self.text, word)
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


_DOUBLED_RE = re.compile(r"(.)\1+")
_LATER_VOWEL_RE = re.compile(r"[aeiouy'\-]")


@lru_cache(maxsize=1 << 14)  # each learned name is asked again at every add() of its document
def _name_skeleton(name: str) -> tuple[str, ...] | None:
    """ "Qassem Suleimani" and "Qasem Soleimani" -> ("ksm", "slmn"): each part of a name
    without diacritics, doubled letters and vowels after its first letter, q as k, ph as f."""
    parts = [p for p in _key(name).replace(".", " ").split() if len(p) > 1]
    if len(parts) < 2:
        return None
    out = []
    for p in parts:
        p = _DOUBLED_RE.sub(r"\1", p.replace("ph", "f").replace("q", "k").replace("ck", "k"))
        out.append(p[0] + _LATER_VOWEL_RE.sub("", p[1:]))
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


def _memo(fn):
    """fn with its results remembered (for one document's pass)."""
    seen: dict = {}

    def call(arg):
        if arg not in seen:
            seen[arg] = fn(arg)
        return seen[arg]
    return call


def _person_tokens(toks: list[str], registry=None) -> list[str] | None:
    """The tokens of a person's name at the end of a capitalised span, or None.

    Reads from the right and stops at a title, an office word, a state ("Finland Sauli
    Niinisto") or a possessive ("Russia's Putin")."""
    out: list[str] = []
    if len(toks) > 2 and GENERATION_RE.fullmatch(toks[-1]):
        toks = toks[:-1]  # "Vann R. Newkirk II", "Joseph Kennedy III": the name without its generation
    for k, t in enumerate(reversed(toks)):
        bare = POSSESSIVE_RE.sub("", t).strip(".")
        if k > 0 and t.endswith(("'s", "’s")):
            break
        initials = re.fullmatch(r"(?:[A-Z]\.){1,3}", t) is not None  # "F.W. de Klerk": initials are a name's
        if not bare or bare.lower() in NON_NAME_WORDS or (bare.isupper() and len(bare) > 1 and not initials):
            break
        if k > 1 and bare.lower() in vocab().person_nouns:
            break  # "Writer Jane Roe" at a sentence start: the noun describes her
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


def learn_names(ctx, text: str) -> None:
    """Index the people this document names in full, and the roles it gives them, and
    count the states it names (for :attr:`main_state`) in the same pass."""
    v = vocab()
    lookup = _memo(ctx.registry.lookup)
    state_of = _memo(lambda tok: ctx.registry.state_of(POSSESSIVE_RE.sub("", tok)))
    counts = ctx.state_counts
    known: dict[str, tuple] = {}  # span as written -> (registry person, where the name starts)
    lower = None  # the words this document writes in lower case (made when first needed)
    # each name asked once per document: a long transcript repeats its names hundreds of times
    speaks = _memo(lambda name: _speaks_by_surname(text, list(name), lookup, v, lower, state_of))

    def person_in(toks: list[str]) -> tuple:
        for size in range(min(len(toks), 4), 0, -1):
            for i in range(len(toks) - size, -1, -1):
                if toks[i].lower().strip(".") in NON_NAME_WORDS:
                    continue  # "President Biden": the title belongs to the prefix
                if size == 1 and (i == 0 or toks[i - 1].lower().strip(".") not in NON_NAME_WORDS):
                    continue  # a lone surname only after a title ("President Biden")
                cand = _unpossess(" ".join(toks[i:i + size]))
                own = ctx.names.get(cand.lower()) if size == 1 else None
                # "Mr. Rubio" after "Luis Rubio": the document's own person, not the registry's namesake
                hit = lookup(own or cand)
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
            name_toks = _person_tokens(toks, ctx.registry)
            if not name_toks:
                continue
            at = len(toks) - len(name_toks)
            if lower is None:
                lower = _LowerCase(text)
            if not (_namesake_of_a_known_person(name_toks, lookup, v, lower)
                    or _looks_like_a_person(text, m, toks, at, lower)
                    or speaks(tuple(name_toks))):
                continue
            full = " ".join(name_toks)
            # with the state its description names: "South African leader F.W. de Klerk"
            country = state_in_phrase(ctx.registry, before + " " + " ".join(toks[:at]))
            actor = ctx.registry.lookup(full) or ctx.add(full, "person", country)
            if actor.kind != "person":
                continue
        full = actor.name
        if full.lower() not in ctx.names:
            ctx.people.append(full)
        ctx.names.setdefault(full.lower(), full)
        surname = full.split()[-1].lower()
        if surname not in NON_NAME_WORDS:
            ctx.names.setdefault(surname, full)
            same = ctx.namesakes.setdefault(surname, [])
            if full not in same:
                same.append(full)
        prefix = (before + " " + " ".join(toks[:at])).strip()
        title = TITLE_ABBREV.get(toks[at - 1].lower().strip(".")) if at else None
        last_words = LOWER_RUN_RE.findall(prefix.lower())[-2:]
        for w in {title, *last_words} - {None}:
            if w in TITLE_WORDS or w in HONORIFIC_WORDS or w in v.person_nouns or w in v.unnamed_heads:
                ctx.titled.setdefault(w, set()).add(full)
            if w in GENDERED and w in last_words:
                # only a word the text writes says a gender: "Rep." is read as "congressman"
                # for the titles, but a congresswoman is "Rep." too
                ctx.gender.setdefault(full, GENDERED[w])
        if any(w in v.journalist_words for w in last_words):
            ctx.kinds[full] = "journalist"
        # bind a role description that stands in front of the name ("Foreign Minister Sergey Lavrov")
        bind_role(ctx, prefix[-60:], full)
        # or in an appositive after it: "Thomas Varga, the mayor of Springfield," / ", a spokeswoman for …"
        app = APPOSITIVE_HEAD_RE.match(text, m.end())
        if app:
            head = app.group("head").lower()
            if head in v.person_nouns or head in v.official_heads:
                ctx.titled.setdefault(head, set()).add(full)
                if head in GENDERED:
                    ctx.gender.setdefault(full, GENDERED[head])
                bind_role(ctx, app.group("desc"), full)
    # "Mr. Burman", "Ms. Tanden": the gender of a surname the document named in full
    for m in HONORIFIC_MENTION_RE.finditer(text):
        full = ctx.full_name_of(m.group(2))
        if full:
            ctx.gender.setdefault(full, GENDERED[m.group(1).lower()])


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


def _speaks_by_surname(text: str, name: list[str], lookup, v: Vocab, lower, state_of) -> bool:
    """ "Orrin Vaszary" … "Vaszary said": a name the registry lacks whose surname alone speaks in
    the document is a person's (:func:`_speaks_at`). Its first word must read as a given
    name: not a word the text writes in lower case, a verb form ("Injecting Clinton"), an
    opener or a person noun; and the surname must be no one the registry knows (a known
    surname is read by :func:`_namesake_of_a_known_person`); nor a pronoun or a people's name
    ("Americans")."""
    first, surname = name[0].strip("."), POSSESSIVE_RE.sub("", name[-1]).strip(".,")
    low = first.lower()
    if len(name) != 2 or len(first) < 2 or not first.isalpha() or low in NON_NAME_WORDS or low in v.person_nouns \
            or low in v.openers or low in v.subordinators or low in _PREPOSITIONS or low.endswith(("ing", "ly", "ed")) \
            or v.verb_re.fullmatch(low) or lookup(surname) is not None or lookup(first) is not None:
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
    if re.match(r"\s*,\s*(?:who|whose)\b|\s*,\s*\d{1,3}\s*,", after):
        return True  # "X, who …", "Quina Jones, 25, said"
    cop = _COPULA_RE.match(after)
    if cop and any(w in v.person_nouns for w in re.findall(r"[a-z]+", cop.group(1).lower())[:6]):
        return True  # "Florin Oberholt is a former army captain"
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
