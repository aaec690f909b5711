"""Quotations introduced by a colon with no speech verb before it: a speaker's label in an
article ('Rep. Jane Roe (D-Ohio): "…"'), the verb before its subject ('Said Roe: "…"'), or a
clause about its subject that announces what follows ('Roe made the following comment: "…"',
'Roe released this statement:' and the quoted paragraph after it). General English."""
from __future__ import annotations

import re

from ..speech_forms import main_verb
from .patterns import PARTY_TAG_RE
from .resolve import resolve
from .speaker import Speaker
from .subjects import _subject_left

# the colon, then an opening quotation mark (the quotation is masked: its marks stay)
_COLON_QUOTE_RE = re.compile(r":\s*[\"“”]")
# a label: a name (a title, a party tag) and nothing else before the colon
_LABEL_RE = re.compile(r"^\s*(?:[A-Z][\w.'’\-]*\s+(?:(?:and|of|de|van|von|al|bin)\s+)?){0,6}[A-Z][\w.'’\-]*\s*$")
# the verb first: "Said Ellis:", "Added the senator:", "Wrote one reader:"
_VERB_FIRST_RE = re.compile(r"^\s*(?P<verb>[A-Z][a-z]+)\s+(?P<who>\S.{0,80})$")
# verbs whose subject hears or is given what the quotation says, and does not say it ("Roe
# faced a question: …", "the sign read: …")
_RECEIVING = frozenset({"faced", "faces", "received", "receives", "got", "gets", "heard", "hears", "saw", "sees",
                        "read", "reads", "fielded", "fields", "was", "were", "is", "are", "had", "has", "have",
                        "took", "takes", "drew", "draws", "prompted", "sparked", "triggered"})
_MAX_PREDICATE_WORDS = 8

Span = tuple[int, int] | None


def colon_source(ctx, u: str, masked: str, verb_re: re.Pattern, v) -> tuple[Speaker, Span] | None:
    """The speaker of a quotation after a colon (or of the quoted paragraph after a line that
    ends with one), and where the text names them; None when what stands before the colon
    names nobody who speaks."""
    m = _COLON_QUOTE_RE.search(masked)
    if m is None and masked.rstrip().endswith(":"):
        colon = len(masked.rstrip()) - 1  # 'Roe released this statement:' + the next paragraph
    elif m is not None and not re.search(r"[\"“”]", masked[:m.start()]):
        colon = m.start()
    else:
        return None
    before = PARTY_TAG_RE.sub(lambda t: " " * len(t.group(0)), masked[:colon])
    phrase = before.strip()
    if not phrase or len(phrase.split()) > 16:
        return None
    if _LABEL_RE.match(phrase) and m is not None and not phrase.isupper():
        sp = resolve(ctx, phrase, u)  # 'Rep. Jane Roe (D-Ohio): "…"'
        return (sp, _at(masked, phrase)) if _speaks(sp) else None
    vf = _VERB_FIRST_RE.match(phrase)
    if vf and verb_re.fullmatch(vf.group("verb").lower()):
        sp = resolve(ctx, vf.group("who"), u)  # 'Said Ellis: "…"'
        return (sp, _at(masked, vf.group("who").strip())) if _speaks(sp) else None
    at = main_verb(before, colon)
    if at is None:
        return None
    verb = re.match(r"[a-z]+", before[at:])
    if verb is None or verb.group(0) in _RECEIVING or len(before[at:].split()) > _MAX_PREDICATE_WORDS:
        return None
    subject = _subject_left(before, at, v)
    if not subject or subject.lower() in v.subordinators:
        return None
    lead = before[:before.find(subject)] if subject in before else "?"
    if lead.strip() and not lead.rstrip().endswith(","):
        return None  # the subject opens the sentence (after an introduction closed by a comma)
    sp = resolve(ctx, subject, u)
    return (sp, _at(masked, subject)) if _speaks(sp) else None


def _speaks(sp: Speaker | None) -> bool:
    """A named person, state or organisation, or an unnamed person: someone whose words a
    quotation can be."""
    return sp is not None and (sp.named or sp.kind == "unnamed")


def _at(masked: str, phrase: str) -> Span:
    i = masked.find(phrase)
    return (i, i + len(phrase)) if i >= 0 and phrase else None
