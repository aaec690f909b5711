"""The tail of a quotation cut off by its own "?" or "!" and written as a sentence of its own,
with a verb that reports speech only next to its quotation ('"A new tax?" Roe repeated.',
'"Would the pier reopen?" Roe pressed.', '"Stop!" she hollered.'): the verb of manner of
saying (``quote_only_verbs``) or of pressing a question (``asked_tail_verbs``, attribution.toml)
reports the quotation just before it. The sentence is the speaker's subject and verb alone, with
a short adjunct at most; :func:`.quotes._carry_back_tail_frames` then gives the quotation its
speaker and makes the tail the outlet's frame. General English."""
from __future__ import annotations

import re

from ..toml_data import word_set
from ..speech_forms import QUOTE_ONLY
from .resolve import resolve
from .speaker import Speaker

# the tail: a name (up to four capitalised words) or a personal pronoun, an adverb, the verb
# (and its particle), a short adjunct, the full stop
_TAIL_RE = re.compile(r"^\s*(?P<who>(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*|[Hh]e|[Ss]he)\s+(?:[a-z]{3,}ly\s+)?"
                      r"(?P<verb>[a-z]+(?:\s+(?:back|out|in|up|on))?)"
                      r"(?:\s+(?:again|on|in|at|to|about|with|during|after)\b[^.;:,\"“”]{0,40})?[.!]\s*$")
# a quotation that closes with its own question or exclamation mark
_ASKING_QUOTE_RE = re.compile(r"^\s*(?:[\"“]|'').*[?!](?:['’]?[\"”]|'')\s*$", re.S)


def asked_tail(ctx, u: str, prev_text: str, v) -> tuple[Speaker, str, tuple[int, int]] | None:
    """(speaker, verb, where u names them) for a sentence that is the tail of the asking or
    exclaiming quotation `prev_text` just before it in its paragraph, or None."""
    m = _TAIL_RE.match(u)
    if m is None or not _ASKING_QUOTE_RE.match(prev_text):
        return None
    verb = m.group("verb")
    if verb not in QUOTE_ONLY and verb not in word_set("attribution.toml", "asked_tail_verbs") \
            and not v.verb_re.fullmatch(verb):
        return None
    sp = resolve(ctx, m.group("who"), u)
    if sp is None or not (sp.named or sp.kind == "unnamed"):
        return None
    return sp, verb, m.span("who")
