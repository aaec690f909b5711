"""The actors a statement is about: its targets.

Every capitalised span of the sentence (subject, object and prepositional positions alike)
is read left to right, the longest run of tokens that names an actor first:

* a registry name or alias ("Argentina", "the Kremlin", "Foreign Minister Lavrov"), a
  person this document has named ("Mr Eggert" -> Konstantin Eggert);
* a state's demonym or adjective, which keeps its state whatever sector word follows it
  ("Brazilian ship" -> Brazil, "Palestinian civilians" -> Palestine, "Iraqi government" ->
  Iraq, "Russians" -> Russia), also before a hyphen ("Israeli-occupied", "US-led");

and is never:

* the speaker (or whoever relays them);
* a phrase the registry does not know and the document did not name as a person (a
  capitalised sentence opening such as "Regarding Europe", "Should Americans" or a
  heading such as "Economic Cooperation" that an earlier rule took for a name);
* a state or capital that is also a common first name or surname, standing in a person's
  name ("Chad Wolf", "Michael Jordan", "George Washington": data/targets.toml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .actors import _unpossess as unpossess
from .gender import given_name_gender
from .toml_data import data_file

# "US-Russia" is two actors; "Israeli-occupied", "US-led" keep only their state
_SPAN_SPLIT = re.compile(r"[ \t]+|(?<=\w)-(?=[A-Z])")
_HYPHEN_TAIL = re.compile(r"^(?P<head>[A-Z][\w.'’]*)-[a-z][\w\-]*$")
_PLURAL = re.compile(r"(?<=[a-z])s$")
# a lower-case word: r"\b[a-z][a-z'’\-]+\b", its opening "\b" written as a look-behind after
# the first letter, so the engine skips to letters (the same words, 13 % less time)
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z'’\-]+\b")
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\b(?:and|or|said|says|told|with|by|of)\b")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")  # "F.W." before "de Klerk"


@lru_cache(maxsize=1)
def _att():
    from . import attribute  # attribute calls this module: imported when first used

    return attribute


def targets(ctx, u: str, exclude: set[str]) -> tuple[str, ...]:
    """The actors sentence `u` names, in order of first mention, without those in `exclude`."""
    out: list[str] = []
    seen: dict[str, int] = {}
    cache = ctx._span_text  # span -> its actors' names, each with whether it may be a target
    for span in _joined_re().findall(u):  # (the pattern has no groups: whole matches)
        found = cache.get(span)
        if found is None:
            found = cache[span] = [(sp.name, sp.named and sp.kind != "media") for sp in _joined_actors(ctx, span)]
        for name, target in found:
            seen[name] = seen.get(name, 0) + 1
            if target and name not in exclude and name not in out:
                out.append(name)
    for own in _speakers_own_states(ctx, u, exclude):
        if own in out and seen.get(own) == 1:
            out.remove(own)  # "Nigerian minister X said ...": X's own state only describes X
    return tuple(out)


@lru_cache(maxsize=1)
def _joined_re() -> re.Pattern:
    """A capitalised run, or several joined by the small words of a name: "International Court
    of Justice", "Democratic Republic of the Congo", "Trinidad and Tobago", "Council of Europe"."""
    cap = _att().CAPSEQ_RE.pattern
    joined = rf"{cap}(?:[ \t]+(?:of|for|and|on|in|de|du|des|del)(?:[ \t]+the)?[ \t]+{cap})*"
    return re.compile(_att().names.scanning(joined))  # the same matches, found faster


def _joined_actors(ctx, text: str) -> list:
    """The actors of runs joined by small words: the longest joined stretch that names a
    registry actor ("International Court of Justice"), else each run on its own ("Russia and
    China")."""
    if " " not in text and "\t" not in text:
        # one word ("Russia", "US-Russia"): one run, split only at a hyphen (skips the run
        # pattern for the 80 % of spans that are single words)
        return _span_actors(ctx, _SPAN_SPLIT.split(text) if "-" in text else [text])
    att = _att()
    parts = [m.span() for m in att.CAPSEQ_RE.finditer(text)]
    if len(parts) == 1:
        return _span_actors(ctx, _SPAN_SPLIT.split(text))
    out = []
    i = 0
    while i < len(parts):
        hit = None
        first = text[parts[i][0]:parts[i][1]].split()
        for j in range(len(parts) - 1, i, -1):
            for k in range(len(first)):  # "UN International Court of Justice": drop leading words
                cand = " ".join(first[k:]) + text[parts[i][1]:parts[j][1]]
                sp = ctx._resolve_exact(unpossess(cand))
                if sp is not None and _is_actor(ctx, sp):
                    hit = (k, j, sp)
                    break
            if hit:
                break
        if hit is None:
            out.extend(_span_actors(ctx, _SPAN_SPLIT.split(text[parts[i][0]:parts[i][1]])))
            i += 1
            continue
        k, j, sp = hit
        if k:
            out.extend(_span_actors(ctx, first[:k]))
        out.append(sp)
        i = j + 1
    return out


def _speakers_own_states(ctx, u: str, exclude: set[str]) -> list[str]:
    """The states that describe the speaker where the sentence names them ("Nigerian junior
    foreign minister Dubem Oniya") when that is the speaker's own state."""
    found = []
    for name in exclude:
        words = name.split() if name else None
        if not words or words[-1] not in u:
            continue  # (the surname is in the full name: neither is in the sentence)
        # where the sentence names them, full name first, then surname (a cheap scan before
        # any look-up: most speakers are not named in the sentence that quotes them)
        at = next((at for at in map(u.find, dict.fromkeys((name, words[-1]))) if at > 0), -1)
        if at < 0:
            continue
        actor = ctx.registry.lookup(name)
        if actor is None or actor.kind != "person" or not actor.country:
            continue
        st = state_in_phrase(ctx.registry, u[max(0, at - 80):at])
        if st == actor.country:
            found.append(st)
    return found


def _span_actors(ctx, toks: list[str]) -> list:
    """The actors a capitalised span names, left to right, longest first."""
    att = _att()
    out = []
    i, n = 0, len(toks)
    data = _data()
    region_heads = data["region_heads"]
    last_end = 0  # where the last actor found ends: a word before that is no name word
    while i < n:
        if _key(toks[i]) in region_heads:
            region = next((size for size in (3, 2, 1) if i + size <= n and _key(unpossess(
                " ".join(toks[i:i + size]))) in data["regions"]), 0)
            if region:
                i += region  # "Latin America" is no United States
                continue
        for size in range(n - i, 0, -1):
            cand = unpossess(" ".join(toks[i:i + size]) if size > 1 else toks[i])
            sp = ctx._resolve_exact(cand)
            if sp is None or not _is_actor(ctx, sp):
                st = demonym_state(ctx.registry, cand) if size <= 3 else None  # "South African"
                sp = att.Speaker(st, "state") if st else None
            elif (sp.kind == "state" and i + size < n and _key(cand) != _key(sp.name)
                  and _key(toks[i + size]) in data["venue_words"]):
                sp = None  # "the Minsk Agreements", "the Paris Club": named after the city
                size += 1
            if sp is not None:
                if size == 1 and sp.kind == "state" and _key(unpossess(toks[i])) in data["given_name_places"]:
                    if i + 1 < n and _name_word(ctx, toks[i + 1]):
                        sp, size = None, 2  # "Chad Wolf": neither is an actor
                    elif i > last_end and _name_word(ctx, toks[i - 1]):
                        sp = None  # "Michael Jordan", "George Washington"
                if sp is not None:
                    out.append(sp)
                    last_end = i + size
                i += size
                break
        else:
            i += 1
    return out


def demonym_state(registry, tok: str) -> str | None:
    """The state a demonym or adjective stands for: "Brazilian", "Russians", "Israeli-occupied",
    "US-led" (a state's name before a hyphen). Capitalised words only."""
    if not tok[:1].isupper():
        return None
    # remembered with the registry (a document's view of it hands this to the registry it
    # reads): states and demonyms come from the registry's files only, never from a document
    memo = registry.memo("targets.demonym_state")
    try:
        return memo[tok]
    except KeyError:
        st = memo[tok] = _demonym_state(registry, tok)
        return st


def _demonym_state(registry, tok: str) -> str | None:
    tok = unpossess(tok)
    m = _HYPHEN_TAIL.match(tok)
    if m:
        if tok.lower().endswith(("-speaking", "-speaker", "-speakers", "-language")):
            return None  # a language: "Russian-speaking"
        tok = m.group("head")
    st = registry.state_of(tok)
    if st is None and _PLURAL.search(tok):
        st = registry.state_of(tok[:-1])  # "Palestinians", "Americans"
    return st


def _is_actor(ctx, sp) -> bool:
    """A registry actor, or a person this document named; not a name some earlier rule
    guessed ("Regarding Europe")."""
    if not sp.named:
        return False
    actor = ctx.registry.lookup(sp.name)
    if actor is not None and getattr(actor, "known", True):
        return True
    if actor is not None and actor.kind != "person":
        return False
    return sp.name.lower() in ctx.names and _plausible_name(ctx, sp.name)


def _plausible_name(ctx, name: str) -> bool:
    """A name learned from this document's text reads as a person's: it does not open with a
    closed-class word ("Regarding Europe", "Should Americans"), and no word of it but the
    surname is one the document also writes in lower case ("Economic Cooperation",
    "Chemical Weapons", "High Commissioner"; "Shalanda Young" keeps her surname)."""
    toks = name.split()
    if toks[0].lower() in _openers() or toks[0].lower().rstrip(".") in ("st", "saint"):
        return False  # "St Petersburg", "St. Louis Fed": a place or a saint
    att = _att()
    data = _data()
    # a listed given name before a surname is the name's own word, though it is a common noun
    # too ("Bill Clinton", "Bill Gates": not the office word of "Farm Bill", nor "the bill")
    given = 1 if len(toks) >= 2 and toks[0][:1].isupper() and given_name_gender(f"{toks[0]} _") else 0
    if any(t.lower().strip(".") in att.NON_NAME_WORDS or t.lower().strip(".") in att.HONORIFIC_WORDS
           or t.lower().strip(".") in data["office_words"] or _key(t) in data["regions"]
           or _key(t) in data["not_name_openers"] for t in toks[given:]):
        return False  # an office or institution word inside: "Fed Chair Jay Powell", "High Commissioner"
    text = ctx.doc.text
    if _numbered(text, name):
        return False  # "Nord Stream 2": people are not numbered
    lower = _lower_words(ctx)
    words = [t.lower() for t in toks if t[:1].isupper()]  # not the particles of "van Rooyen"
    if not words or any(w in lower for w in words[given:-1]):
        return False
    if words[-1] in lower and len(toks) > 1 and not _used_alone(text, toks[-2], toks[-1]):
        return False  # "Super Bowl", "Highway Patrol": the last word is a common noun here ...
    return True


def _numbered(text: str, name: str) -> bool:
    """`name` followed by spaces or tabs and a digit somewhere in `text` (str.find, not a
    pattern compiled per name: each name is new, so re's cache never helps)."""
    at = text.find(name)
    while at >= 0:
        k = end = at + len(name)
        while k < len(text) and text[k] in " \t":
            k += 1
        if k > end and k < len(text) and text[k].isdecimal():
            return True
        at = text.find(name, at + 1)
    return False


def _lower_words(ctx):
    """The words the document writes in lower case (``word in _lower_words(ctx)``)."""
    return _lower_words_of(ctx.doc.text)


@lru_cache(maxsize=8)  # a str keeps its hash: one document's look-ups share one memo
def _lower_words_of(text: str):
    """`word in` it: whether `word` is one of the words `_LOWER_WORD` finds in `text`
    (:func:`_words_in_lower_case`), read only where the word occurs, each word once: a few
    words are asked per document, where collecting every word of it cost 2.5 % of the
    pipeline."""
    return _att()._LowerCase(text, _written_in_lower_case)


_LOWER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'’-")  # the characters of a _LOWER_WORD
_LOWER_TOKEN = re.compile(r"[a-z][a-z'’\-]+")


def _written_in_lower_case(text: str, word: str) -> bool:
    """``word in _words_in_lower_case(text)``, without reading all of `text`: at each place
    `word` occurs, the pattern is run over the stretch of _LOWER_CHARS around it. Its matches
    never leave such a stretch, and the scan of the whole text enters each stretch at its
    start (the character before is none of _LOWER_CHARS), so the stretch's matches are the
    ones the whole text's scan finds there (the end bound takes in the character after the
    stretch, which the pattern's last word boundary reads)."""
    if not _LOWER_TOKEN.fullmatch(word):
        return False
    n = len(text)
    at = text.find(word)
    while at >= 0:
        start, end = at, at + len(word)
        while start and text[start - 1] in _LOWER_CHARS:
            start -= 1
        while end < n and text[end] in _LOWER_CHARS:
            end += 1
        if word in _LOWER_WORD.findall(text, start, end + 1):
            return True
        at = text.find(word, end)  # (the stretch's other places were read with it)
    return False


def _words_in_lower_case(text: str) -> frozenset[str]:
    """Every word `text` writes in lower case (what :func:`_lower_words_of` answers for one word)."""
    return frozenset(_LOWER_WORD.findall(text))


def _used_alone(text: str, before: str, last: str) -> bool:
    """... unless the document also names the person by that surname alone ("Ms. Young said")."""
    for m in re.finditer(r"\b" + re.escape(last) + r"\b", text):
        prev = text[max(0, m.start() - len(before) - 1):m.start()].strip()
        if prev != before and not text[:m.start()].rstrip().endswith((".", "!", "?", "\n")):
            return True
    return False


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    raw = data_file("targets.toml")
    data = {k: frozenset(_key(w) for w in raw[k])
            for k in ("not_name_openers", "regions", "venue_words", "office_words", "given_name_places")}
    data["region_heads"] = frozenset(r.split()[0] for r in data["regions"])
    return data


def _openers() -> frozenset[str]:
    return _data()["not_name_openers"]


def _name_word(ctx, w: str) -> bool:
    """A capitalised word that may be part of a person's name: no actor, state, demonym,
    title or institution word ("Wolf" in "Chad Wolf", "Michael" in "Michael Jordan")."""
    att = _att()
    w = unpossess(w)
    low = w.lower().strip(".")
    if not w[:1].isupper() or w.isupper() or low in att.NON_NAME_WORDS or low in att.HONORIFIC_WORDS \
            or low in _data()["not_name_openers"] or low in _lower_words(ctx):  # "Take Georgia, ..."
        return False
    return ctx._resolve_exact(w) is None and demonym_state(ctx.registry, w) is None


def _key(s: str) -> str:
    return s.lower().strip(" .")


def state_in_phrase(registry, phrase: str) -> str | None:
    """The state a description in front of a person names ("South African leader",
    "Nigerian junior foreign minister", "Russia's ambassador", "Kenyan President"): a state
    or demonym among its last five words, followed by description words only (lower case or
    titles), none past a clause break. "in Moscow" right before a name describes nobody."""
    att = _att()
    tail = _CLAUSE_BREAK.split(phrase)[-1]
    words = tail.split()[-5:]
    for j in range(len(words) - 2, -1, -1):
        rest = words[j + 1:]
        if not all(w.islower() or w.lower().strip(".") in att.NON_NAME_WORDS or _INITIALS.match(w) for w in rest):
            continue
        for size in (2, 1):  # "South African", "Sri Lankan" before "African", "Lankan"
            if j - size + 1 < 0:
                continue
            phrase_ = " ".join(words[j - size + 1:j + 1])
            st = registry.state_of(phrase_) if size > 1 else None
            st = st or (demonym_state(registry, phrase_) if size == 1 else None)
            if st:
                return st
    return None
