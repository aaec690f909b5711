"""A transcript turn's label -> its speaker: "MS. PSAKI", "THE PRESIDENT", "President of
Russia Vladimir Putin", "Q", "Question (retranslated)"."""
from __future__ import annotations

import re

from .cues import vocab
from .names import _person_tokens
from .patterns import NON_NAME_WORDS, POSSESSIVE_RE
from .speaker import Speaker, is_person_kind


def _describes(word: str, v) -> bool:
    """A label word that describes a speaker rather than naming one ("ANNOUNCER", "CROWD",
    "NARRATOR", "AUDIENCE")."""
    return word in NON_NAME_WORDS or word in v.person_nouns or word in v.unnamed_heads or word in v.official_heads \
        or word.removesuffix("s") in v.person_nouns or word in v.reporter_labels or word in v.moderator_labels or word in v.describing_labels


def label_speaker(ctx, label: str) -> Speaker:
    """The speaker a transcript label names: "MS. PSAKI", "THE PRESIDENT",
    "President of Russia Vladimir Putin", "Question (retranslated)"."""
    v = vocab()
    clean = re.sub(r"\s*\(.*?\)\s*", " ", label).strip()
    low = clean.lower().strip(".")
    if low in v.reporter_labels:
        return Speaker("(reporter)", "journalist")
    if low in v.moderator_labels:
        return Speaker("(moderator)", "journalist")
    if clean.isupper():  # "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre"; "UN Ambassador X" stays as it is
        clean = " ".join("-".join(p.capitalize() for p in w.split("-")) if len(w) > 1 else w for w in clean.split())
    title = re.sub(r"^(Mr|Ms|Mrs|Dr)\.?\s+", "", clean)
    honorific = title != clean
    toks = title.split()
    name_toks = _person_tokens(toks, ctx.registry)
    # a name at the end of the label, longest first
    for size in range(min(4, len(toks)), 0, -1):
        sp = ctx.lookup_name(" ".join(toks[-size:]))
        if sp and is_person_kind(sp.kind) and not (size == 1 and name_toks and ctx._other_given_name(
                name_toks, len(name_toks) - 1, sp, listed=False)):
            return sp  # ("Speaker Dean Johnson" is no Boris Johnson: a name of its own, below)
    sp = ctx.resolve_role(title.lower(), None)
    if sp:
        return sp
    if name_toks:
        return ctx.actor_speaker(ctx.add(" ".join(name_toks), "person"))
    last = POSSESSIVE_RE.sub("", toks[-1]) if toks else ""
    if (len(toks) >= 2 or honorific) and last[:1].isupper() and last.lower() not in NON_NAME_WORDS:
        return Speaker(last, "person")  # "PRESIDENT ABBAS": a title and a surname
    if len(toks) == 1 and len(last) > 2 and last.isalpha() and not _describes(last.lower(), v) \
            and not ctx.registry.state_of(last) and ctx.registry.lookup(last) is None:
        return Speaker(last, "person")  # "TAPPER:", "BLITZER:": a broadcast transcript labels a turn by surname
    return Speaker(f"({title.lower()})", "unnamed")
