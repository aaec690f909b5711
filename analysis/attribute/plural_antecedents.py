"""The antecedent of "they" as a source: a group of people named as the subject of the
sentence itself or of one of the last few sentences ("Two senators sent a letter … '…,' they
wrote" -> "(unnamed senators)"; "Republicans called the hearing because they felt …"), or an
institution or group that spoke there; else the last institution that spoke, as before.
English pronouns agree in number: "they" is never one person, and a plural noun phrase that
opens a sentence is its subject (subject-first salience, Lappin & Leass 1994)."""
from __future__ import annotations

import re

from .cues import vocab
from .group_sources import group_source
from .source_vocab import source_vocab
from .speaker import Speaker, is_person_kind, is_unnamed_group, unnamed_head

GROUP_WINDOW = 3  # sentences back: the paragraph or two a reader keeps a group in mind for

# a word that ends a subject noun phrase for certain: punctuation, a relative word
_PHRASE_END_RE = re.compile(r"[,;:.!?\"“”()]")
_WORD_RE = re.compile(r"\S+")


def opening_group(text: str) -> Speaker | None:
    """The group of people a sentence (or the part of it before a pronoun) opens with as its
    subject, maybe after an opening adverbial closed by a comma ("Still, Democrats believe",
    "Two senators sent", "Critics of the program, like …, see", "Her defenders argue"): the
    shortest run of its first words that :func:`.group_sources.group_source` reads as a plural
    group ("(unnamed senators)"); None for a sentence that opens otherwise."""
    if not text[:1].isalpha():
        text = text.lstrip(" \t\n\"“”'‘’")
        if not text[:1].isalpha():
            return None
    starts = [0]
    comma = text.find(",", 0, 40)
    if comma > 0:
        starts.append(comma + 1)
    for start in starts:
        words = _WORD_RE.findall(text, start, start + 120)[:7]
        for n in range(1, len(words) + 1):
            last = words[n - 1]
            if n > 1 and _is_verb(words[n - 2]):
                break  # "The study followed workers": past the subject's verb, an object
            stop = _PHRASE_END_RE.search(last)
            phrase = " ".join(words[:n - 1] + [last[:stop.start()]] if stop else words[:n]).strip()
            sp = group_source(phrase) if phrase else None
            if sp is not None and is_unnamed_group(sp):
                return sp
            if stop:
                break
    return None


def _is_verb(word: str) -> bool:
    """Whether a lower-case word reads as a finite verb (a verb of saying, or a regular past
    "-ed" form), which ends the subject noun phrase before it."""
    return word.islower() and (word.endswith("ed") or vocab().verb_re.fullmatch(word) is not None)


def they_antecedent(ctx, phrase: str, unit_text: str, masked: str, pos: int, after_verb: bool,
                    clause_start: bool) -> Speaker | None | bool:
    """What "they" in `unit_text` stands for: the group its own sentence opens with, when the
    pronoun opens a later clause of it (`clause_start`); None right after another verb of saying (`after_verb`: "a
    number of attendees said they …": that verb's subject speaks, :func:`.pronouns.resolve_pronoun`);
    else, in the last few sentences read, most recent first, an institution or group of people
    that spoke there or the group a sentence opened with, past sentences that go on about the
    same referent ("They sent a letter.") or that a person spoke, not past another sentence of
    the outlet (its subject is the new center). False when none is in view (the caller then
    falls back on the last institution that spoke). `masked` is the sentence with its
    quotations masked, `pos` where the pronoun stands in it (:func:`.speaker.pronoun_at`)."""
    if not opens_or_credits(masked, pos, phrase):
        # inside its sentence: the sentence's own subject, when the pronoun opens a clause of
        # it ("Republicans called the hearing because they felt …"); else nothing from before
        # the sentence (a pronoun in a relative clause, "the mail they never asked for", is
        # read by the rules of its sentence)
        if clause_start:
            own = opening_group(masked[:pos])
            if own is not None:
                return own
        return None if after_verb else False
    for text, sp in reversed(ctx.told[-GROUP_WINDOW:]):
        if sp.named and not is_person_kind(sp.kind):
            return sp  # an institution that spoke ("The campaign said … They added …")
        if is_unnamed_group(sp):
            return sp if _of_people(sp) else False
        if sp.kind == "narrator":
            grp = opening_group(text)
            if grp is not None:
                return grp
            if not _THEY_OPENS_RE.match(text):
                return False
    return False


# the words before a pronoun that opens its sentence: nothing but punctuation and a quotation
# (masked), a conjunction ("But they …"), or an opening adverbial closed by a comma ("Rather,
# they argue", "Within marriages, they said")
_OPENS_RE = re.compile(r"[\W_]*(?:(?:And|But|Yet|So|Still|Then|Now)\s+)?(?:[A-Za-z'’\-]+(?:\s+[A-Za-z'’\-]+){0,3}\s*,\s*)?")
# a credit after the words it reports: ", they say." / '"…," they wrote,' (a comma or a quotation
# before the pronoun, a verb and the sentence's end or a comma after it; ", they’ve suggested.")
_CREDIT_BEFORE_RE = re.compile(r"[,\"”_]\s*$")
_CREDIT_AFTER_RE = re.compile(r"(?:['’][a-z]{1,2})?\s*(?:[a-z]+ly\s+)?[a-z]+\s*(?:,|[.!?]?[\"”’']?\s*$)")

def opens_or_credits(masked: str, pos: int, phrase: str) -> bool:
    """Whether the pronoun at `pos` (:func:`.speaker.pronoun_at`) opens its sentence (past a
    conjunction or an opening adverbial) or credits the words before it (", they say.")."""
    return pos <= 0 or _OPENS_RE.fullmatch(masked, 0, pos + 1) is not None \
        or (_CREDIT_BEFORE_RE.search(masked, 0, pos + 1) is not None
            and _CREDIT_AFTER_RE.match(masked, pos + 1 + len(phrase)) is not None)


# a sentence that opens with "they" as its subject, past a conjunction ("But they …")
_THEY_OPENS_RE = re.compile(r"\W*(?:(?:And|But|So|Yet|Still|Then)\s+)?They\b")


def _of_people(sp: Speaker) -> bool:
    """An unnamed group of people, not of documents ("(unnamed results)" of "the results show")."""
    head = (unnamed_head(sp) or "").lower()
    return head not in source_vocab().document_heads
