"""A quotation after a colon whose introducing clause keeps its subject and speech verb apart:
a parenthetical after the subject ("Jane Roe, exasperated, responded:", "Roe, who signed the
law, interjected:"), a modal or adverbs before the verb ("A spokesman for Roe could only
quip:", "Roe famously responded:") and "to say" after it ("Roe interjected to say:"). The
clause is read with those parts left out: what remains must be a short subject that names a
speaker and a verb of speech. General English; read by :mod:`.reported` when
:func:`.introduced.colon_source` finds no speaker."""
from __future__ import annotations

import re

from .introduced import colon_before_quotation
from .mentions import Span
from .resolve import resolve
from .speaker import Speaker, is_person_kind

# the colon, then an opening quotation mark (quotations masked: their marks stay; no markdown
# bold after the colon, as :data:`.introduced._COLON_QUOTE_RE` allows)
_COLON_QUOTE_RE = re.compile(r":\s*[\"“”]")
# the clause before the colon: a subject (no comma, at most six words, a capital or an article
# first), an optional parenthetical closed by a comma (a relative clause, or one to three words
# in lower case), modals and adverbs, the verb, and "to say"
_MODALS = r"could|would|can|will|did|must|might|should"
_CLAUSE_RE = re.compile(
    r"^\s*(?P<who>(?:[Aa]n?\s+|[Tt]he\s+)?[A-Z][\w.'’\-]*(?:\s+[\w.'’\-]+){0,5}?)"
    r"(?:,\s*(?:who|which)\s+[^,:;\"“”]{1,120},|,\s*(?:[a-z][\w\-]*\s*){1,3},)?"
    r"(?P<mods>(?:\s+(?:" + _MODALS + r"|then|only|also|later|just|[a-z]{3,}ly))*)"
    r"\s+(?P<verb>[a-z]+)(?:\s+to\s+say)?\s*$")
_MODAL_RE = re.compile(r"\b(?:" + _MODALS + r")\b")


def described_colon_source(ctx, u: str, masked: str, v) -> tuple[Speaker, Span] | None:
    """The speaker of a quotation after a colon whose introducing clause is
    "SUBJECT[, parenthetical,] [modal] [adverbs] VERB [to say]:", with a verb of speech
    (after a modal its base form), and where the text names them; None otherwise."""
    if ":" not in masked:
        return None
    colon = colon_before_quotation(masked, _COLON_QUOTE_RE)  # (or 'Roe, visibly moved, responded:' + the next paragraph)
    if colon is None:
        return None
    c = _CLAUSE_RE.match(masked[:colon])
    if c is None or not (c.group("mods") or c.end("who") < c.start("mods") or "to say" in masked[c.end("verb"):colon]):
        return None  # (a plain "Roe responded:": introduced.colon_source reads it)
    verb = c.group("verb")
    base = _MODAL_RE.search(c.group("mods") or "")
    if not (v.verb_re.fullmatch(verb) or base and v.verb_re.fullmatch(verb + "s")):
        return None
    who = c.group("who")
    if who.split()[-1].lower() in v.subordinators or who.split()[0].lower() in v.subordinators:
        return None
    sp = resolve(ctx, who, u)
    if sp is None or not (sp.named or sp.kind == "unnamed"):
        return None
    return sp, c.span("who")



# a person's name that closes the words before a colon, a title or description before it, and
# when it was said after it ("… surprise pollster Jane Roe:", "Here's Roe in December 1992:",
# "Former senator Jane Roe:")
_NAME_END_RE = re.compile(r"(?P<who>(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*)"
                          r"(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+\.?\s*)?(?:\d{1,4},?\s*){0,2}|\s+(?:last|this)\s+[a-z]+)?\s*$")


# prepositions whose object a name may be (general English)
_PREPOSITIONS = frozenset({"about", "after", "against", "at", "by", "for", "from", "of", "on", "to", "toward", "towards",
                           "with", "without", "like", "unlike", "over", "under", "between", "among", "into", "onto"})


def name_colon_source(ctx, u: str, masked: str, v) -> tuple[Speaker, Span] | None:
    """The person whose name closes the words before a colon that introduces a quotation, when
    no verb of speech stands before the name (whose quotation would be that verb's subject's:
    'Roe attacked Doe: "…"'): 'The result doesn't surprise pollster Jane Roe: "…"', 'Here's Roe
    in 1992: "…"', 'Former senator Jane Roe:"…"'. General English: a colon after a name
    introduces what that person says, as a transcript's label does."""
    if ":" not in masked:
        return None
    colon = colon_before_quotation(masked, _COLON_QUOTE_RE)
    if colon is None or colon >= len(masked.rstrip()) - 1:
        return None
    before = masked[:colon]
    m = _NAME_END_RE.search(before)
    if m is None:
        return None
    words = re.findall(r"[a-z]+", before[:m.start()])
    if any(v.verb_re.fullmatch(w) for w in words) or words and words[-1] in _PREPOSITIONS:
        return None  # (a name after a preposition is what the quotation is about: "named after Roe:")
    toks = m.group("who").split()
    for k in range(len(toks)):  # ("Here's Jane Roe": the name without the words capitalised before it)
        who = " ".join(toks[k:])
        sp = resolve(ctx, who, u)
        if sp is not None and sp.named and is_person_kind(sp.kind):
            at = m.start("who") + m.group("who").index(who)
            return sp, (at, at + len(who))
    return None
