"""Names the registry lacks, learned per document.

:func:`learn_names` indexes the people a document names in full, the roles and titles it
gives them, and counts the states it names. A name the registry lacks is learned only with
evidence that it names a person (:mod:`.evidence`), and only for this document (the
registry as the document sees it, near-identical spellings included:
:class:`.document_actors.DocumentActors`): the shared registry is never changed."""
from __future__ import annotations

import re
from functools import lru_cache

from ..gender import given_name_gender
from ..toml_data import word_set
from ..targets import state_in_phrase
from .cues import vocab
from .evidence import (_LowerCase, _never_surnames, capitalised_mid_sentence, closed_class_words, _looks_like_a_person, _namesake_of_a_known_person,
                       _speaks_by_surname, word_surname, word_surname_evidence)
from .patterns import (CAP, TITLE_DOT, LOCAL_TITLE_WORDS, APPOSITIVE_HEAD_RE, CAPSEQ_RE, GENDERED, HONORIFIC_MENTION_RE, HONORIFIC_WORDS, LOWER_RUN_RE,
                       NON_NAME_WORDS, PARTICLES, POSSESSIVE_RE, TITLE_ABBREV, TITLE_WORDS)
from .place_names import is_place_word, particle_surname_of_another, place_given_name
from .roles import bind_role
from .speaker import _unpossess


# a generational suffix after a surname: no part of the name an actor is known by
GENERATION_RE = re.compile(r"(?:Jr|Sr)\.?|II|III|IV")


# a verb's past or third-person form ("Said", "Added", "Asks"), never a bare form that is also a
# given name ("Hope", "Will")
_INFLECTED_RE = re.compile(r"[a-z]+(?:ed|s)|said|told|wrote")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")  # (compiled once: asked for every token of a name)
# a hyphenated word with a lower-case part after the hyphen ("-based", "-born", "-anchor"): a
# description before a name, never a part of it ("Ruiz-Delgado", "Jean-Luc", "al-Assad")
_LOWER_AFTER_HYPHEN_RE = re.compile(r"-[a-z]")


# the capitalised token (patterns.CAP) that scanning() knows how to rewrite
_CAP_READ = rf"(?:{TITLE_DOT}|[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=[ \t][A-Z])|[A-Z][\w'’\-]*|al-[A-Z][\w\-]*)"


def scanning(pattern: str) -> str:
    """`pattern`, which opens as CAPSEQ_RE does (a look-ahead for a capital or "a", then one
    capitalised token, CAP), with that first token opening with the class [A-Za] itself: the
    same matches, but the engine skips the characters no match opens at instead of trying the
    pattern at each one (the scans of learn_names and targets: 688M -> 409M instructions a
    corpus pass). After the letter read, CAP's alternatives are tried in CAP's order, each
    where CAP's own would be: "al-..." only after an "a", the rest only after a capital, a
    title's first letter checked by a look-behind after the rest of it ("r(?<=Mr)"), so that
    each alternative still opens with a literal the engine can rule out at once. A pattern
    that does not open so, or a CAP this function does not know, is returned as it is."""
    head = "(?=[A-Za])" + CAP
    titles = re.fullmatch(r"\(\?:((?:\w+\|)*\w+)\)\\\.", TITLE_DOT)
    if not pattern.startswith(head) or CAP != _CAP_READ or titles is None:
        return pattern
    title = "|".join(f"{word[1:]}(?<={word})" for word in titles.group(1).split("|"))
    token = (rf"[A-Za](?:l(?<=al)-[A-Z][\w\-]*"
             rf"|(?<=[A-Z])(?:(?:{title})\.|\.(?:[A-Z]\.)+|\.(?=[ \t][A-Z])|[\w'’\-]*))")
    return token + pattern[len(head):]


SCAN_CAPSEQ_RE = re.compile(scanning(CAPSEQ_RE.pattern))  # CAPSEQ_RE's matches, found faster


def _memo(fn):
    """fn with its results remembered (for one document's pass)."""
    seen: dict = {}

    def call(arg):
        if arg not in seen:
            seen[arg] = fn(arg)
        return seen[arg]
    return call


def _no_possessive(tok: str) -> str:
    """`tok` without a possessive ending (POSSESSIVE_RE): the pattern is run only when `tok` has
    an apostrophe, which any match needs (most tokens have none; ~13,000 runs a corpus pass saved)."""
    return POSSESSIVE_RE.sub("", tok) if "'" in tok or "’" in tok else tok


def _given_before_state_word(toks: list[str], registry) -> bool:
    """ "Mark Cuban", "Jim Jordan", "David French": a listed given name right before a surname
    that is also a state's name or adjective is a person's name, unless the whole span is a
    state's ("Sierra Leone")."""
    return len(toks) >= 2 and given_name_gender(f"{_no_possessive(toks[-2]).strip('.')} _") is not None \
        and not registry.state_of(" ".join(_no_possessive(t) for t in toks[-2:]))


def _ing_nouns() -> frozenset[str]:
    """Nouns in "-ing" that open names ("Morning Joe"), from attribution.toml."""
    return word_set("attribution.toml", "ing_nouns")


def participle_word(word: str) -> bool:
    """A word in "-ing" of more than five letters that is no noun of ``ing_nouns``: a
    participle ("Introducing", "Responding"), not "Meeting" or "Morning"."""
    low = word.lower()
    return len(low) > 5 and low.endswith("ing") and low not in _ing_nouns()


def _person_tokens(toks: list[str], registry=None, lower=None) -> list[str] | None:
    """The tokens of a person's name at the end of a capitalised span, or None.

    Reads from the right and stops at a title, an office word, a state ("Finland Sauli
    Niinisto") or a possessive ("Russia's Putin"); but a state's name before a lone surname
    is a given name ("Jordan Peterson", "Sen. Georgia Smith": :func:`.place_names.place_given_name`;
    `lower`, the words the document writes in lower case, when known)."""
    out: list[str] = []
    if len(toks) > 2 and GENERATION_RE.fullmatch(toks[-1]):
        toks = toks[:-1]  # "Vann R. Newkirk II", "Joseph Kennedy III": the name without its generation
    for k, t in enumerate(reversed(toks)):
        bare = _no_possessive(t).strip(".")
        if k > 0 and t.endswith(("'s", "’s", "s'", "s’")):
            break  # a possessor ("Russia's Putin", "Reuters’ Jane Roe"), no part of the name
        initials = _INITIALS_RE.fullmatch(t) is not None  # "F.W. de Klerk": initials are a name's
        # (a middle initial is no word: "Jill A. Martin" has no article "a" in it)
        word = bare.lower() in NON_NAME_WORDS and not (initials and k > 0)
        if not bare or word or (bare.isupper() and len(bare) > 1 and not initials):
            break
        if k > 0 and not initials and bare.lower() in closed_class_words(numerals=False) \
                and not given_name_gender(f"{bare} _"):
            break  # "Everything Trump", "Amid Ferguson": a closed-class word opens a sentence, not a name
        if k > 0 and k == len(toks) - 1 and bare[1:].islower() and participle_word(bare) \
                and not given_name_gender(f"{bare} _"):
            break  # "Introducing Jane Roe", "Supporting Gays": a participle opens a headline, not a name
        if k > 1 and bare.lower() in vocab().person_nouns:
            break  # "Writer Jane Roe" at a sentence start: the noun describes her
        if k > 0 and "-" in bare and _LOWER_AFTER_HYPHEN_RE.search(bare) \
                and not given_name_gender(f"{bare.split('-', 1)[0]} _"):
            break  # "Brussels-based Jane Roe", "Co-anchor Jane Roe": a name's hyphenated parts are capitalised
            # (but for a given name's own: "Dan-el")
        if k > 0 and k == len(toks) - 1 and _INFLECTED_RE.fullmatch(bare.lower()) \
                and vocab().verb_re.fullmatch(bare.lower()) and not given_name_gender(f"{bare} _"):
            break  # 'Said Jane Roe, "…"': the verb before its subject is no part of the name ("Hope Hicks" is)
        if not bare[:1].isupper() and not re.fullmatch(PARTICLES + r"(?:-.*)?", bare):
            break  # "Bureau of Prisons": a lower-case word that is no particle ends the name
        if registry is not None and any(registry.state_of(part) or part.lower() in NON_NAME_WORDS
                                        for part in bare.split("-") if part[:1].isupper()) and "-" in bare:
            break  # "Korean-South", "Biegun-North": compounds, not names
        if registry is not None and registry.state_of(bare) and not (k == 0 and _given_before_state_word(toks, registry)) \
                and not (k > 0 and place_given_name(toks, len(toks) - 1 - k, registry, lower)):
            break
        out.append(bare if k == 0 else t)
    out.reverse()
    out = _from_given_name(out)
    if not 2 <= len(out) <= 4:
        return None
    if any(len(t.strip(".")) < 2 and not re.match(r"^[A-Z]\.?$", t) for t in out):
        return None
    return out


def _from_given_name(out: list[str]) -> list[str]:
    """Words before a name that cannot open it: a plural title ("Presidents Obama",
    "Senators Harry Reid"), and, before a listed given name, a plural noun or a headline's
    verb ("Floridians Jeb Bush", "Nominates Jim Yong Kim": endings no given name has) or a
    noun of what a person is ("Filmmaker Jack Marino", "Counsel James A. Baker")."""
    first = out[0].lower().strip(".") if out else ""
    if len(out) >= 2 and first.endswith("s") and (first[:-1] in TITLE_WORDS or first[:-1] in vocab().person_nouns):
        return out[1:]
    if len(out) < 3 or not given_name_gender(f"{out[1]} _") or given_name_gender(f"{out[0]} _"):
        return out
    if first.endswith(("tes", "ns", "rs", "ts")) or first in TITLE_WORDS or first in vocab().person_nouns:
        return out[1:]
    return out


def _named_in_full(text: str, actor) -> bool:
    """Whether the document writes a known person's full name or a full alias of theirs."""
    return actor is not None and any(n in text for n in (actor.name, *actor.aliases) if " " in n)


def _name_words(actor) -> frozenset[str]:
    """The words of a person's name and aliases, in lower case."""
    return _words_of((actor.name, *actor.aliases))


@lru_cache(maxsize=1 << 12)
def _words_of(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for n in names for w in n.split())


def _other_gender(title: str, name: str) -> bool:
    """ "Mr." before "Sanders" is not Sarah Sanders: a gendered honorific and a person whose
    given name says the other gender (an unknown gender rules nobody out)."""
    want = GENDERED.get(title.lower().strip("."))
    have = given_name_gender(name) if want else None
    return bool(have) and have != want


def learn_names(ctx, text: str) -> None:
    """Index the people this document names in full, and the roles it gives them, and
    count the states it names (for :attr:`main_state`) in the same pass."""
    v = vocab()
    lookup = _memo(ctx.registry.lookup)
    state_of = _memo(lambda tok: ctx.registry.state_of(_no_possessive(tok)))
    counts = ctx.state_counts
    known: dict[str, tuple] = {}  # span as written -> (registry person, where the name starts)
    lower = _LowerCase(text)  # the words this document writes in lower case (each looked up when first asked)
    # each name asked once per document: a long transcript repeats its names hundreds of times
    speaks = _memo(lambda name: _speaks_by_surname(text, list(name), lookup, v, lower, state_of,
                                                   is_place_word(name[0], ctx.registry)))
    # a function of the span and the registry's files alone: asked again for each repetition
    # of a span that names no known person
    person_tokens = _memo(lambda span: _person_tokens(span.split(), ctx.registry, lower))
    person_tokens_of = lambda toks: person_tokens(" ".join(toks))  # noqa: E731
    word_surnamed: set[str] = set()  # the people learned by a surname that is also a word
    capitals_tell = _memo(lambda span: capitalised_mid_sentence(text, span))

    def person_in(toks: list[str]) -> tuple:
        title = [t.lower().strip(".") in NON_NAME_WORDS for t in toks]  # (read once, not per sub-span)
        for size in range(min(len(toks), 4), 0, -1):
            for i in range(len(toks) - size, -1, -1):
                if title[i]:
                    continue  # "President Biden": the title belongs to the prefix
                if size == 1 and (i == 0 or not title[i - 1] or toks[i - 1].lower().strip(".") in LOCAL_TITLE_WORDS):
                    continue  # a lone surname only after a title ("President Biden"), not a local one ("Coach Brown")
                if size == 1 and i + 1 < len(toks) and toks[i + 1][:1].isupper() and toks[i + 1].isalpha() \
                        and not toks[i].endswith(("'s", "’s")):
                    continue  # and at the name's end: "Spokeswoman Haley Morris" is no Nikki Haley
                cand = _unpossess(" ".join(toks[i:i + size]))
                own = ctx.names.get(cand.lower()) if size == 1 else None
                # "Mr. Rubio" after "Luis Rubio": the document's own person, not the registry's namesake
                hit = lookup(own or cand)
                if hit is not None and hit.kind == "person" and not (size == 1 and _other_gender(toks[i - 1], hit.name)) \
                        and not particle_surname_of_another(toks, i, hit, ctx.registry):
                    return hit, i
        return None, len(toks)

    # span as written -> its tokens and the states they name: a document repeats its spans
    # (22,300 spans, 8,200 distinct in the corpus), each split and looked up once
    spans: dict[str, tuple[list[str], list[str]]] = {}
    for m in SCAN_CAPSEQ_RE.finditer(text):
        span = m.group(0)
        read = spans.get(span)
        if read is None:
            toks = span.split()
            read = spans[span] = (toks, [st for st in map(state_of, toks) if st])
        toks, states = read
        for st in states:
            counts[st] = counts.get(st, 0) + 1
        if len(toks) < 2:
            continue  # a full name has two tokens at least; a lone surname needs a title before it
        before = text[max(0, m.start() - 60):m.start()]
        found = known.get(span)
        if found is None:
            found = known[span] = person_in(toks)
        actor, at = found
        worded = None
        if actor is None:
            name_toks = person_tokens(span)
            worded = word_surname(toks, person_tokens_of) if not name_toks else None
            if worded:
                # "Mara Day said", "Dr. Tobin West": a surname that is also a word, with evidence
                at = len(toks) - len(worded)
                if not word_surname_evidence(text, m, toks, at, lower):
                    continue
                name_toks = worded
            if not name_toks:
                continue
            at = len(toks) - len(name_toks)
            # a namesake of a known person ("Dean Johnson") needs a given name the lists know,
            # or its capitals where they say something (not only at a sentence's, line's or
            # quotation's opening: "Maybe Trump hasn't …", "Longtime Clinton foe …"), or a
            # document that never names the known person in full (then "Alex Jones" stands)
            if not worded and not (_namesake_of_a_known_person(name_toks, lookup, v, lower)
                    and (given_name_gender(f"{name_toks[0]} _") or capitals_tell(span)
                         or not _named_in_full(text, lookup(_unpossess(name_toks[-1]))))
                    or _looks_like_a_person(text, m, toks, at, lower)
                    or speaks(tuple(name_toks))):
                continue
            full = " ".join(name_toks)
            # with the state its description names: "South African leader F.W. de Klerk"
            country = state_in_phrase(ctx.registry, before + " " + " ".join(toks[:at]))
            actor = ctx.registry.lookup(full) or ctx.add(full, "person", country)
            if actor.kind != "person":
                continue
            if worded:
                word_surnamed.add(actor.name)
        full = actor.name
        if states:
            # the words of a person's name are no mention of a state (counted above): "Jordan
            # Peterson", "Mark Cuban", "Jim Jordan" say nothing of the document's country
            words = _name_words(actor)
            for tok in toks[at:]:
                st = state_of(tok)
                if st and _no_possessive(tok).lower() in words:
                    counts[st] -= 1
        if full.lower() not in ctx.names:
            ctx.people.append(full)
        ctx.names.setdefault(full.lower(), full)
        surname = full.split()[-1].lower()
        # ("Day said" after "Mara Day"; "May told reporters" after the registry's Theresa May,
        # named in full: a person the registry knows needs no more evidence of a surname that
        # is also a month or a direction, but never a title's or a closed-class word)
        if surname not in NON_NAME_WORDS or full in word_surnamed \
                or worded is None and len(toks) - at >= 2 and surname not in _never_surnames():
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
            if w in GENDERED and w in last_words and len(toks) - at > 1:
                # only a word the text writes says a gender: "Rep." is read as "congressman"
                # for the titles, but a congresswoman is "Rep." too; and only before a full
                # name ("Mr. Brook" may be her husband: the surnames are weighed below)
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
    # ("Mr. Clinton" says nothing of Hillary Clinton; "Mr. Khan" and "Ms. Khan" in one text, two
    # people of one surname, say nothing of the one named in full)
    said: dict[str, set] = {}
    for m in HONORIFIC_MENTION_RE.finditer(text):
        full = ctx.full_name_of(m.group(2))
        if full and not _other_gender(m.group(1), full):
            said.setdefault(full, set()).add(GENDERED[m.group(1).lower()])
    for full, genders in said.items():
        if len(genders) == 1:
            ctx.gender.setdefault(full, next(iter(genders)))
