"""Epithets: a definite description that the document gave one person or body it names
("Ben Roe, a retired neurosurgeon, …" … "the retired neurosurgeon said"; "Jane Roe is the
governor of Ohio" … "The governor said"; "Pier, a regional bank, …" … "the bank said").

News introduces a person or body with a description (an appositive after the name, a
predicate after "is"/"was", or a title word before the name: "neurosurgeon Ben Roe") and
then refers to them by that description's head noun with "the". Such a subject is bound to
the one named person or body the document described with that head; when it described
none or several, the source stays unnamed. Only a definite singular description is bound:
"a neurosurgeon said" brings in someone new, and a plural or a possessed head ("Roe's
aides", "his critics") are people around someone, not that someone. A description that names
a place or party before its head ("the Vermont senator") fits only a person the text puts with
that word, and never one it puts with another US state (:func:`of_another_state`, which the
role and title bindings of :mod:`.resolve_roles` also consult)."""
from __future__ import annotations

import re

from ..toml_data import word_set
from .patterns import ORG_HEADS
from .roles import PAST_OFFICE_WORDS
from .second_reports import _word_re
from .source_vocab import source_vocab
from .speaker import Speaker, is_person_kind, unnamed_head
from .us_states import state_patterns

# a capitalised name of one to four words (initials, hyphens, apostrophes inside)
_NAME = r"(?P<name>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|bin|al|da|del|la|le)){0,3})"
# the description's head: up to four words after its article, the last a lower-case noun
# before a complement, a comma or the sentence's end ("a retired neurosurgeon,", "the
# governor of Ohio", "an air-conditioning company that …")
_DESC = (r"(?:a|an|the)\s+(?P<mods>(?:[\w'’\-]+\s+){0,4}?)(?P<head>[a-z][a-z\-]{2,})"
         r"(?=\s*[,;.)]|\s+(?:of|for|at|to|in|with|from|on|and|who|that|which|since|until)\b)")
# "Ben Roe, a retired neurosurgeon,"; "Roe, who is the governor of Ohio,"; "Jane Roe is the
# governor of Ohio", "Roe was a real estate developer before …"
_DESCRIBED_RE = re.compile(r"(?<![\w.'’\-])" + _NAME + r"(?:,\s+(?:(?:who|which)\s+(?:is|was|has\s+been|had\s+been)\s+)?"
                           r"|\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+)(?:now\s+)?" + _DESC)

# a title word right before a full name: "neurosurgeon Ben Roe", "the retired neurosurgeon
# Ben Roe", "real estate developer Jane Roe" (the name of two words or more)
_TITLE_RE = re.compile(r"(?<![\w\-])(?P<head>[a-z][a-z\-]{2,}) (?P<name>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){1,3})")
# the two words before such a title word, its modifiers ("the retired", "former")
_MODS_BEFORE_RE = re.compile(r"(?:[\w\-]+\s+){0,2}$")

# the words an article opens a definite description with (general English)
_DEFINITE_RE = re.compile(r"^(?:[Tt]he)\s+")


def _no_heads() -> frozenset[str]:
    return word_set("attribution.toml", "epithet_non_heads")


def epithets(ctx) -> dict[str, set]:
    """The document's described heads: head noun -> (name, past) for the people and bodies it
    described with that head, `past` when the description puts it in the past ("a former
    governor"); read once per document, from its whole text. A body only by a body's head
    ("a regional bank"), a person only by another noun; a document's head ("the report") is
    no one's description."""
    got = getattr(ctx, "epithet_heads", None)
    if got is not None:
        return got
    out: dict[str, set] = {}
    text = ctx.doc.text
    skip = _no_heads() | source_vocab().document_heads
    for pattern in (_DESCRIBED_RE, _TITLE_RE):
        for m in pattern.finditer(text):
            head = m.group("head")
            if head in skip or head.endswith(("ly", "ing")) or _plural(head) or text[max(0, m.start() - 4):m.start()].lower() in ("of ", " of "):
                continue  # ("Secretary of State, the candidate": no name of its own)
            who = _named(ctx, m.group("name"), head in ORG_HEADS)
            if who is not None:
                mods = m.group("mods") if pattern is not _TITLE_RE else \
                    _MODS_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()).group(0)
                out.setdefault(head, set()).add((who, _past(mods)))
    ctx.epithet_heads = out
    return out


# the words that put an office in the past (a "retired neurosurgeon" is still "the neurosurgeon";
# a "former governor" is no longer "the governor")
_PAST_WORDS = PAST_OFFICE_WORDS - {"retired"}


def _plural(head: str) -> bool:
    """A plural head ("candidates"): a group, described by a list, not one person."""
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _qualified(ctx, phrase: str, name: str) -> bool:
    """Whether each capitalised word the description puts before its head ("the Vermont
    senator", "the Democratic candidate") stands near a mention of `name` in the text: a
    description that names a place or party fits only a person the document puts with it."""
    words = [w for w in phrase.split()[1:-1] if w[:1].isupper()]
    if not words:
        return True
    text = _without(ctx.doc.text, phrase)
    key = name.split()[-1]
    near = [text[max(0, m.start() - 80):m.end() + 80] for m in re.finditer(re.escape(key), text)]
    states = " ".join(_states_near(ctx, phrase, name))  # ("Sen. Jane Roe (D-Vt.)": Vermont)
    return all(any(_word_re(w).search(win) for win in near + [states]) for w in words)


def _without(text: str, phrase: str) -> str:
    """`text` with the description itself blanked out: its own words stand near whoever the
    sentence before it named."""
    return text.replace(phrase, " " * len(phrase)) if phrase else text


def _past(mods: str) -> bool:
    """Whether a description's modifiers put its office in the past ("former", "ex-")."""
    return any(w.lower() in _PAST_WORDS or w.lower().split("-")[0] in _PAST_WORDS and "-" in w
               for w in mods.split())


# a capitalised word that opens the sentence before the name, no part of it ("But Roe, a …")
_OPENER_RE = re.compile(r"^(?:The|But|And|Yet|So|Now|Then|When|While|If|As)\s+")


def _named(ctx, name: str, body: bool) -> str | None:
    """The canonical name of the person (or, `body`, the organisation) the document names so,
    else None."""
    name = _OPENER_RE.sub("", name)
    if not name or name.split()[0].lower() in ("he", "she", "it", "they", "this", "that", "there"):
        return None
    sp = ctx.lookup_name(name)
    if sp is None or not sp.named or (sp.kind in ("organisation", "media") if body else not is_person_kind(sp.kind)):
        return None
    return sp.name


def bound_epithet(ctx, phrase: str, head: str) -> Speaker | None:
    """The one person or body the document described with `head`, when `phrase` is a definite
    singular description with that head ("the retired neurosurgeon", "The Ohio governor");
    else None. People the document titled with that word ("neurosurgeon Ben Roe",
    :attr:`.context.DocContext.titled`) count among the candidates."""
    phrase = phrase.strip()
    if not _DEFINITE_RE.match(phrase) or not phrase.endswith(head) or "'" in phrase or "’" in phrase:
        return None
    if len(phrase.split()) > 5 or head in source_vocab().document_heads or _plural(head):
        return None  # ("the report said" is a document's, :func:`.sources.document_source`)
    past = _past(phrase)
    described = epithets(ctx).get(head, ())
    cands = {who for who, was in described if was == past}
    if not past:  # (one described as its former holder is not "the governor")
        cands |= set(ctx.titled.get(head, ())) - {who for who, was in described if was}
    cands = {who for who in cands if not of_another_state(ctx, phrase, who)}
    if len(cands) != 1:
        return None
    name = next(iter(cands))
    if not _qualified(ctx, phrase, name):
        return None
    sp = ctx._speaker_for(name)
    body = head in ORG_HEADS  # a body's head names a body, any other a person
    if not sp.named or (sp.kind not in ("organisation", "media") if body else not is_person_kind(sp.kind)):
        return None
    return sp


def bind_described(ctx, phrase: str, sp: Speaker | None) -> Speaker | None:
    """`sp`, an unnamed source read from `phrase` ("(unnamed neurosurgeon)"), bound to the one
    named person or body the document described with its head; else `sp` as it is."""
    head = unnamed_head(sp) if sp is not None and not sp.named else None
    return sp if head is None else bound_epithet(ctx, phrase, head) or sp


def of_another_state(ctx, phrase: str, name: str) -> bool:
    """Whether `phrase` names a US state ("the Vermont senator") that the document never puts
    near `name`, while it puts another state there ("Sen. Jane Roe (D-Mo.)", "Missouri Sen. Jane
    Roe"): the description is not that person's."""
    in_phrase, in_text, of = state_patterns()
    m = in_phrase.search(phrase)
    if m is None:
        return False
    seen = _states_near(ctx, phrase, name)
    return bool(seen) and of[m.group(1)] not in seen


def _states_near(ctx, phrase: str, name: str) -> set[str]:
    """The US states the text names next to `name` (before it: "Missouri Sen. Jane Roe"; or in a
    party-state tag after it: "Jane Roe (D-Mo.)"), `phrase` itself left out."""
    _, in_text, of = state_patterns()
    text = _without(ctx.doc.text, phrase)
    seen = set()
    for at in re.finditer(re.escape(name.split()[-1]), text):
        for s in in_text.finditer(text, max(0, at.start() - 40), min(len(text), at.end() + 25)):
            seen.add(of[s.group(1) or s.group(2)])
    return seen
