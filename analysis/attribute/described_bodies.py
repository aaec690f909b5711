"""A body named before a lower-case word that says what it is (issue 11, organisations as
sources): "the Pier Workers union said", "the Harbour Rising group said", "the Gazette
newspaper reported", "the Pier Action super PAC said". The capitalised words are the body's
name; the last word only describes it, and the body speaks as the name, not as an unnamed
"(unnamed union)".

Only after "the" (a definite body: "a Pier newspaper" describes one by its place), and not when
the capitalised words hold a US state's name (:func:`.us_states.state_patterns`), a state the registry knows, an
adjective of a people, a party or a faith ("the Democratic group"), or a person the document
named ("the Roe campaign" is read by :mod:`.orgs`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..toml_data import word_set
from .pollsters import is_adjective_of_a_people
from .sources import NAME_JOINERS
from .speaker import Speaker
from .us_states import state_patterns

# "the" (or "The"), one to four capitalised words (maybe joined by "of", "for", "on", "&":
# :data:`.sources.NAME_JOINERS`), and the describing head (one or two words)
_DESCRIBED_RE = re.compile(r"^[Tt]he\s+(?P<name>[A-Z][\w.&'’\-]*(?:\s+(?:" + "|".join(sorted(NAME_JOINERS))
                           + r")?\s*[A-Z][\w.&'’\-]*){0,3})\s+"
                           r"(?P<head>[a-z]+(?:\s+[a-z]+)?|super PAC|PAC)$")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return word_set("attribution.toml", "described_body_heads")


def named_body(ctx, phrase: str, unit_text: str, whole, found, low_words) -> Speaker | None:
    """The body a phrase names before its describing head ("the Pier Workers union" -> Pier
    Workers), as a reader of :func:`.resolve.resolve`; None for anything else."""
    if "the " not in phrase[:4].lower():
        return None
    m = _DESCRIBED_RE.match(phrase.strip())
    if m is None or m.group("head") not in _heads():
        return None
    name = m.group("name")
    known = ctx.registry.lookup(name)
    if known is not None and known.kind not in ("person", "state"):
        return ctx.actor_speaker(known)  # "the Houthi movement": a body the registry knows, whatever its name says
    toks = name.split()
    # (a state's whole name in it, "the Ohio group", "the New Hampshire union"; not a word a
    # state's name opens with, "the North Pier Workers union")
    if state_patterns()[0].search(name) or ctx.registry.state_of(name) \
            or any(ctx.registry.state_of(t) for t in toks) or is_adjective_of_a_people(toks[-1]):
        return None
    if known is not None:
        return ctx.actor_speaker(known) if known.kind != "person" else None
    sp = ctx.lookup_name(name)
    if sp is not None:
        return sp if sp.kind not in ("person", "official", "journalist") else None
    return Speaker(name, "organisation")  # (not learned as a name: its later bare mentions stay as they were read)
