"""Quotations credited by a tail of their own, and the side a group takes in a reduced
relative clause: readings :func:`.reported.sentence` asks when no speech verb of the sentence
named its speaker. Plain functions of a sentence and its document's context."""
from __future__ import annotations

import re

from .mentions import mention_before
from .patterns import SIDE_PARTICIPLE_RE
from .quotes import _mask_quotes, _mostly_quote
from .resolve import resolve
from .group_sources import group_source
from .source_vocab import source_vocab
from .speaker import Speaker
from .subjects import _subject_left

# the tail of a quotation that ends its sentence: the closing mark, a subject (a personal pronoun
# or a name) and a verb in the past or present ("started", "went on", "chimes in"), a particle, a
# few words of time or manner at most
_TAIL_FRAME_RE = re.compile(r"[,?!]\s*[\"”]\s+(?P<who>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+"
                            r"(?:[a-z]+ly\s+)?(?P<verb>(?:[a-z]+(?:ed|s)|went|shot|cut|broke|began|spoke)(?:\s+(?:on|in|up|back|out)\b)?)"
                            r"(?:\s+[^\"“”,;]{0,40})?[.!]?\s*$")
# the same tail inverted, the verb first and a name after it, then its description at most
# ('"…," reacted Trump.', '"…," agrees Jane Roe, 30, of Springfield.')
_INVERTED_TAIL_FRAME_RE = re.compile(r"[,?!]\s*[\"”]\s+(?P<verb>[a-z]+(?:ed|s))\s+"
                                     r"(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})(?:[,\s][^\"“”]{0,120})?[.!]?\s*$")
# a quotation's tail whose subject is "it" and whose verb is one of a text's saying (general English)
_IT_TAIL_RE = re.compile(r"[,?!]\s*[\"”]\s+(?P<who>it)\s+(?:now\s+|also\s+)?(?P<verb>read|reads|said|says|stated|states|continued|"
                         r"continues|added|adds|concluded|concludes|declared|declares|warned|warns)\b[^\"“”]{0,40}$")
# a document named in a sentence before: a determiner, up to two modifiers, its head noun
_DOCUMENT_NP_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w\-’']+\s+){0,2}?(?P<head>[a-z]+)\b")
_DOCUMENT_WINDOW = 2  # sentences back


def _document_in_view(ctx) -> Speaker | None:
    """The last document (``document_heads``) the few sentences before named, as an unnamed
    source ("(unnamed letter)"), or None."""
    heads = source_vocab().document_heads
    for text, _ in reversed(ctx.told[-_DOCUMENT_WINDOW:]):
        found = [m.group("head") for m in _DOCUMENT_NP_RE.finditer(_mask_quotes(text)) if m.group("head") in heads]
        if found:
            return Speaker(f"(unnamed {found[-1]})", "unnamed")
    return None


def quotation_tail(ctx, u: str):
    """(speaker, cue, None, mention) of a quotation whose tail names its speaker with a verb
    no list has ('"…," Hannity started.', '"…," reacted Trump.') or with "it" ('"…," it
    read.'), as :func:`.reported.sentence` returns it; else None."""
    m = (_TAIL_FRAME_RE.search(u) or _INVERTED_TAIL_FRAME_RE.search(u)) if u.lstrip()[:1] in "\"“" else None
    if m is not None and _mostly_quote(u[:m.start() + 2]):
        # '"…," Hannity started.', '"…," he went on.': a quotation with a tail of its own, a
        # subject and a verb of the manner of its saying that no list has, is that subject's,
        # not a continuation of the quotation before it
        who, (a, z) = m.group("who"), m.span("who")
        if who.endswith(".") and len(who.rsplit(" ", 1)[-1]) > 2:
            who, z = who[:-1], z - 1  # (the sentence's full stop, not an initial's)
        sp = resolve(ctx, who, u)
        if sp is not None:
            return sp, m.group("verb"), None, (a, z)
    m = _IT_TAIL_RE.search(u) if u.lstrip()[:1] in "\"“" and " it " in u else None
    if m is not None and _mostly_quote(u[:m.start() + 2]):
        # '"…," it read.': the institution that spoke last, else the document the sentences
        # before named ("The letter was sent on Monday. …") as an unnamed source
        # ("read" is a text's verb: the document first)
        sp = (_document_in_view(ctx) or resolve(ctx, "it", u)) if m.group("verb").startswith("read") \
            else (resolve(ctx, "it", u) or _document_in_view(ctx))
        if sp is not None:
            return sp, m.group("verb"), None, m.span("who")
    return None


def side_participle(masked: str, v):
    """ "Right to Rise, a super PAC backing Jeb Bush, spent …", "groups supporting Roe ran ads":
    the side a group or a body takes in a reduced relative clause, when nothing else in the
    sentence is anyone's statement; its speaker is the noun phrase before the participle, a
    group or a body (:func:`.group_sources.group_source`; never a person: "Roe, backing the
    plan, …" is an act, nor a thing: "evidence supporting the claim")."""
    for m in SIDE_PARTICIPLE_RE.finditer(masked):
        phrase = _subject_left(masked, m.start(), v)
        if not phrase:
            continue
        sp = group_source(phrase)
        if sp is None:
            continue
        return sp, m.group("verb"), None, mention_before(masked, phrase, m.start())
    return None
