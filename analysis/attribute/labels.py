"""A transcript turn's label -> its speaker: "MS. PSAKI", "THE PRESIDENT", "President of
Russia Vladimir Putin", "Q", "Question (retranslated)"."""
from __future__ import annotations

import re
from functools import lru_cache

from .cues import vocab
from .names import _person_tokens
from .patterns import NON_NAME_WORDS, POSSESSIVE_RE
from .speaker import NARRATOR_SPEAKER, Speaker, is_person_kind


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
    if low in v.answer_labels:
        return interviewee(ctx, v)
    if clean.isupper():  # "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre"; "UN Ambassador X" stays as it is
        clean = " ".join("-".join(p.capitalize() for p in w.split("-")) if len(w) > 1 else w for w in clean.split())
    title = re.sub(r"^(Mr|Ms|Mrs|Dr)\.?\s+", "", clean)
    honorific = title != clean
    toks = title.split()
    name_toks = _person_tokens(toks, ctx.registry)
    if toks and not (name_toks and len(name_toks) > 1):
        # "TAPPER:", "MR. TAPPER:" after "JAKE TAPPER:": a surname without a given name is the
        # person an earlier label named in full, before any namesake the registry knows (a
        # bare surname never beats a full name the document itself gives)
        fits = [full for full in ctx.label_people.get(POSSESSIVE_RE.sub("", toks[-1]).lower(), ())
                if not ctx.wrong_gender(clean, full)]  # "MS. ROE:" after "JOHN ROE:" and "MARY ROE:"
        if len(fits) == 1:
            return ctx._speaker_for(fits[0])
    # a name at the end of the label, longest first
    for size in range(min(4, len(toks)), 0, -1):
        sp = ctx.lookup_name(" ".join(toks[-size:]))
        if sp and is_person_kind(sp.kind) and not (size == 1 and name_toks and ctx._other_given_name(
                name_toks, len(name_toks) - 1, sp, listed=False)):
            return _remember_full_label(ctx, sp) if size > 1 else sp
            # ("Speaker Dean Johnson" is no Boris Johnson: a name of its own, below)
    sp = ctx.resolve_role(title.lower(), None)
    if sp:
        return sp
    if name_toks and not all(_describes(t.lower().strip(".,"), v) for t in toks):
        # (a label of describing words alone, "AUDIENCE MEMBER", names no one)
        return _remember_full_label(ctx, ctx.actor_speaker(ctx.add(" ".join(name_toks), "person")))
    last = POSSESSIVE_RE.sub("", toks[-1]) if toks else ""
    if (len(toks) >= 2 or honorific) and last[:1].isupper() and last.lower() not in NON_NAME_WORDS \
            and not (not honorific and all(_describes(t.lower().strip(".,"), v) for t in toks)):
        return Speaker(last, "person")  # "PRESIDENT ABBAS": a title and a surname
    if len(toks) == 1 and len(last) > 2 and last.isalpha() and not _describes(last.lower(), v) \
            and not ctx.registry.state_of(last) and ctx.registry.lookup(last) is None:
        return Speaker(last, "person")  # "TAPPER:", "BLITZER:": a broadcast transcript labels a turn by surname
    return _unnamed(title, v)


def _remember_full_label(ctx, sp: Speaker) -> Speaker:
    """Remember a person a label names in full, so that a later label of their surname alone
    is theirs."""
    if " " in sp.name and is_person_kind(sp.kind):
        same = ctx.label_people.setdefault(sp.name.rsplit(" ", 1)[-1].lower(), [])
        if sp.name not in same:
            same.append(sp.name)
    return sp


def _unnamed(label: str, v) -> Speaker:
    """A label that says what its speaker is, in the export contract's forms: "SENIOR
    ADMINISTRATION OFFICIAL" -> (unnamed official), "ANNOUNCER" -> (unnamed announcer),
    "ALL" -> (unnamed speakers), "NOTE" -> (narrator)."""
    words = re.findall(r"[a-z][a-z'’\-]*", label.lower())
    head = words[-1] if words else ""
    if head in v.outlet_labels:
        return NARRATOR_SPEAKER
    if head in v.several_labels or not head:
        return Speaker("(unnamed speakers)", "unnamed")
    return Speaker(f"(unnamed {head})", "unnamed")


@lru_cache(maxsize=4)
def _answer_line_re(labels: frozenset[str]) -> re.Pattern:
    """An answer turn's label (``answer_labels``) at a line's start: "A:", "Answer:", "A."."""
    return re.compile(r"(?im)^[ \t]*(?:" + "|".join(map(re.escape, sorted(labels))) + r")\s*[:.]\s")


def interviewee(ctx, v) -> Speaker:
    """The person an interview's answers ("A: …") belong to: the first person the document
    names before its first answer (the headline and lead of a Q&A introduce who is
    interviewed), leaving out the journalists it names ("senior writer Jane Roe"); else an
    unnamed interviewee."""
    if ctx.interviewee is not None:
        return ctx.interviewee
    text = ctx.doc.text
    first = _answer_line_re(v.answer_labels).search(text)
    end = first.start() if first else len(text)
    found = Speaker("(unnamed interviewee)", "unnamed")
    for name in ctx.people:
        if ctx.kinds.get(name) == "journalist":
            continue
        surname = name.rsplit(" ", 1)[-1]
        at = text.find(surname, 0, end)
        if at >= 0:
            found = ctx._speaker_for(name)
            break
    ctx.interviewee = found
    return found
