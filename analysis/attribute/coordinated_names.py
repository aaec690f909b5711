"""A list of named people as one subject: "Jane Roe, John Doe and Ann Vale have all attacked the
plan", "Sens. Ann Vale (D-Ohio), Tom Pier (R-Iowa) and Mark Stone said …", "Roe, Doe and other
economists say …". They speak together and the export has one speaker per statement: the one
named first, the head of the list as a reader and a parser take it (naming the last alone
reads the list from its tail). A pair ("Roe and Doe say") keeps the one named last, nearest the
verb (measured, issue 11: the first of a pair was right less often, as
:func:`.resolve_names.person_named` notes). Only a list of three names or more with no verb in
it, opening its clause (at the start of the sentence, after a comma, colon or dash, or after
"including", or a word that opens a clause: "as the United States, Britain and France support"),
and only when the name chosen is of the last one's sort: a person's for a person, a state's for a
state.

General English (how a coordinated subject is written), not read off any corpus."""
from __future__ import annotations

import re
from ..toml_data import word_set
from .cues import vocab
from .resolve import resolve
from .speaker import Speaker, is_person_kind
from .subjects import _subject_left

# one name in the list: capitalised words (titles, initials, a possessive outlet: "MSNBC's Jane
# Roe"), then a party and state in parentheses ("(D-Ohio)") or " of " and a place ("of Texas")
# (a dot only after a short word, a title or an initial: "Sens.", "J.", not a sentence's end)
_WORD = r"[A-Z](?:[\w'’-]{0,3}\.|[\w'’-]*)"
_CORE = rf"(?:{_WORD}\s+){{0,4}}{_WORD}"
_CORE_RE = re.compile(_CORE)
_NAME = _CORE + rf"(?:\s+\([^()]{{1,16}}\))?(?:\s+of\s+{_WORD}(?:\s+{_WORD})?)?"
# the names before the last one and the conjunction, ending where the last one begins
_LIST_RE = re.compile(rf"({_NAME})((?:,\s+{_NAME})*)(,?\s+and\s+)$")
_LIST_ITEM_RE = re.compile(rf",\s+({_NAME})")
# the names of a list after "Roe and other economists" (:mod:`.with_others`) took its last one
_COMMA_LIST_RE = re.compile(rf"({_NAME})((?:,\s+{_NAME})*)(,\s+)$")
# what may stand before the list: nothing, a mark that closes a phrase, or "including"
# or a word that opens a clause ("… as the United States, Britain and France support …")
_LIST_OPENS_RE = re.compile(r"(?:^|[,:;(—–]|\bincluding|\bsuch as|\b(?:as|while|when|because|after|before|since|"
                            r"although|though|if|that|and|but))\s*(?:the\s+)?$")


def first_of_names(ctx, u: str, sp: Speaker, mention: tuple[int, int] | None,
                   with_others: bool = False) -> tuple[Speaker, tuple[int, int]] | None:
    """(the first person of a list of names, the list's place in `u`) when the speaker `sp`,
    named at `mention`, is the last of such a list; None otherwise. `with_others`: the mention is
    already "Doe and other …" (:func:`.with_others.named_with_others`), a list before it needs
    no conjunction of its own ("Roe, Doe and other economists")."""
    if mention is None or not sp.named or not (is_person_kind(sp.kind) or sp.kind == "state"):
        return None
    left = u[:mention[0]]
    if not left.endswith(" ") or not (left.endswith("and ") or with_others and left.rstrip().endswith(",")):
        return None
    m = (_LIST_RE if left.endswith("and ") else _COMMA_LIST_RE).search(left)
    if m is None or not _LIST_OPENS_RE.search(left[:m.start()]) or not m.group(2) and not with_others:
        # (a pair, "Roe and Doe say", keeps the one named last: :func:`.resolve_names.person_named`)
        return None
    items = [(m.start(1), m.end(1))] + [(x.start(1) + m.start(2), x.end(1) + m.start(2))
                                        for x in _LIST_ITEM_RE.finditer(m.group(2))]
    v = vocab()
    for a, _ in items:
        if u[a:u.find(" ", a)].lower() in word_set("attribution.toml", "list_adjunct_prepositions"):
            continue  # "In Ohio, Roe, Doe and Vale said": an adjunct before the list, no name of it
        z = _CORE_RE.match(u, a).end()  # the name without its party and state
        phrase = _subject_left(u, z, v)
        if not phrase or not u[:z].endswith(phrase):
            continue
        first = resolve(ctx, phrase, u)
        if first is not None and first.named and (is_person_kind(first.kind) if is_person_kind(sp.kind)
                                                  else first.kind == sp.kind):
            return (first, (z - len(phrase), mention[1])) if first.name != sp.name else None
        return None  # (a name nobody is known by, or no person's: the list's head is unknown, the last one stays)
    return None


# a list of three names or more closed by a stray comma right before its verb ("Sen. Jane Roe of
# Ohio, John Doe of Iowa and Tom Vale of Utah, said"): the comma closes the subject, no appositive
_CLOSED_LIST_RE = re.compile(rf"{_NAME}(?:,\s+{_NAME})+,?\s+and\s+{_NAME}(?P<comma>\s*,)\s*$")


def list_comma(before: str) -> int | None:
    """Where the stray comma after a list of names that opens its clause stands in `before`
    (the words before a verb), None when there is no such list: the subject, read without the
    comma, is the list (its first person: :func:`first_of_names`), not an appositive's head."""
    m = _CLOSED_LIST_RE.search(before) if before.rstrip().endswith(",") and " and " in before else None
    if m is None or not _LIST_OPENS_RE.search(before[:m.start()]):
        return None
    return m.start("comma") + len(m.group("comma")) - 1
