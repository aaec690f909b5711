"""Which words of a reported sentence are the speaker's own: the whole sentence, or without a
reporting frame whose verb adds nothing, in two parts when a second speech verb of the same
subject follows ("… and warned that …", ", adding that …"). Split out of ``driver`` (the
driver decides who speaks; this module, what of the sentence they said)."""
from __future__ import annotations

import re

from ..speech_forms import PROGRESSIVE_NEXT, PROGRESSIVE_RE, progressive_frames, stance_adjectives
from .context import DocContext
from .frames import object_frame, own_words_span
from .negation import framing_verb, negated_cue_end
from .patterns import (DOCUMENT_FRAMES, DOUBLE_SINGLE_RE, FIRST_REPORTED_RE, MESSAGE_PARTICIPLE_RE, MESSAGE_PARTICIPLES,
                       SIDE_PARTICIPLE_RE)
from .quotes import _mask_quotes, quoted_parts
from .second_reports import _word_re, second_attribution
from .sources import act_participle, participle_words
from .speaker import Speaker, is_person_kind, is_unnamed_group
from .tails import tail_cut

# cues of statements that are no reported speech of one sentence: never split or trimmed
NOT_SPOKEN_CUES = frozenset({"narrator", "continuation", "turn", "comment", "spam", "speech", "frame", "post", "credit"})


def own_words(u: str, cue: str, sp: Speaker, v, ctx: DocContext | None = None,
               mention: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """The spans of u that are the speaker's own words: the whole unit, or without a
    reporting frame whose verb adds nothing (:func:`.frames.own_words_span`), in two parts
    when a second speech verb of the same subject follows ("… and warned that …",
    ", adding that …": :func:`.second_reports.second_attribution`)."""
    whole = [(0, len(u))]
    # (the cue first: most units are transcript turns, whose speaker needs no test)
    if cue in NOT_SPOKEN_CUES or not (sp.named or sp.kind == "unnamed"):
        return whole
    if "''" in u:
        # the ''quotation marks'' of some archives read as the double marks they stand for (as
        # the sentence's reading does, same length); a span that ends on the first of a
        # closing pair takes the second too
        spans = own_words(DOUBLE_SINGLE_RE.sub('" ', u), cue, sp, v, ctx, mention)
        return [(a, z + 1 if u[z - 1:z + 1] == "''" else z) for a, z in spans]
    if cue in _SIDE_PARTICIPLES and " " not in cue:
        # "a super PAC backing Jeb Bush": the side taken is the participle's object
        masked = _mask_quotes(u)
        side = next((m for m in SIDE_PARTICIPLE_RE.finditer(masked) if m.group("verb") == cue), None)
        if side is not None:
            start = side.end()
            stop = _SIDE_OBJECT_END_RE.search(masked, start)  # the main clause's verb after the object
            end = stop.start() if stop else len(u.rstrip())
            return [(start, tail_cut(masked, start, end, v, cue))]
    if cue in PROGRESSIVE_NEXT:
        # "Roe is seeking to …", "Doe is talking about …": what follows the participle's particle
        masked = _mask_quotes(u)
        # (the progressive only: "…, pointing to the audit" after a main clause is read as before)
        at = next((m for m in PROGRESSIVE_RE.finditer(masked) if m.group("part") == cue
                   and PROGRESSIVE_NEXT[cue].match(masked, m.end())), None)
        if at is not None:
            nxt = PROGRESSIVE_NEXT[cue].match(masked, at.end())
            start = at.end() if cue in _TO_PARTICIPLES else nxt.end()
            start += len(u[start:]) - len(u[start:].lstrip())
            end = tail_cut(masked, start, len(u.rstrip()), v, cue)
            if end - start >= 3:
                return [(start, end)]
    if cue == "reported by":  # "The meeting was first reported by Politico.": the meeting is what was reported
        m = FIRST_REPORTED_RE.match(_mask_quotes(u))
        return [m.span("what")] if m else whole
    cue = framing_verb(u, cue, v) or cue  # "did not say whether …": as "said" (:mod:`.negation`)
    if cue == ":":  # 'Said Ellis: "…"': the quotation after the colon
        q = re.search(r":\s*(?=[\"“”]|'')", u)
        return [(q.end(), len(u.rstrip()))] if q else whole
    framed = cue in v.frame_verbs or cue in progressive_frames() or cue in DOCUMENT_FRAMES \
        or object_frame(cue, v) or cue in stance_adjectives()
    # (a verb with its particle, "called on", "pointed out", "went after", is one verb; other cues
    # of several words, "according to", "quoted as saying", are no verb a second one can follow)
    split = second_attribution(_mask_quotes(u), cue, v.verb_re) \
        if " " not in cue or _PHRASAL_RE.fullmatch(cue) or cue != "according to" and v.verb_re.fullmatch(cue) else None
    if split and split[2] and not _pronoun_agrees(ctx, sp, split[2]):
        split = None  # "Trump said …, but she denied …": somebody else's words
    head = u[:split[0]] if split else u
    act = cue in v.act_verbs  # an act the escalation score reads: its object, the verb its cue (frames.own_words_span)
    # "…, saying …": the main clause is the outlet's
    own = participle_words(head, cue, act_participle(cue, v.act_verbs)) \
        if cue in v.clause_participles or cue in MESSAGE_PARTICIPLES else None
    if own is None and not framed and (cue in v.clause_participles or cue in MESSAGE_PARTICIPLES):
        # "… sent a letter to the board urging them to …": a message's participle with no comma
        # before it, its words what follows it (an act's participle kept, as after a comma; a
        # frame's, "… tweets saying that …", is cut by own_words_span below)
        msg = next((m for m in MESSAGE_PARTICIPLE_RE.finditer(_mask_quotes(head)) if m.group("part") == cue), None)
        if msg is not None:
            start = msg.start("part") if act_participle(cue, v.act_verbs) else msg.end("part")
            start += len(head[start:]) - len(head[start:].lstrip())
            own = (start, len(head.rstrip())) if len(head.rstrip()) - start >= 12 else None
    if own is not None:  # ("…, saying X, even as the party met": the outlet's clause after X is no part of it)
        own = (own[0], tail_cut(_mask_quotes(head), own[0], own[1], v))
    if own is None and framed and not act:
        parts = _quoted_own_words(head, cue)  # '"…," said X, a …, "…"': the quotations
        if parts:
            return parts + ([(split[1], len(u.rstrip()))] if split else [])
    if own is None and (framed or act):
        own = own_words_span(head, cue, v, sp.name, keep_verb=act, named_at=mention[0] if mention else None,
                             named_end=mention[1] if mention else None)
    # (a sentence kept whole, its frame inside it, still ends before the outlet's tail: "The
    # test, Roe said, was the biggest yet, although it may take days to …")
    first = own or (0, tail_cut(_mask_quotes(head), negated_cue_end(head, cue), len(head.rstrip()), v))
    if not split:
        return [first]
    masked, spans, at = _mask_quotes(u), [first], split[1]
    for _ in range(_MORE_PREDICATES):
        # a third predicate of the same subject: "Roe praised X, mocked Y and urged Z"
        more = second_attribution(masked[at:], second_cue(u, at), v.verb_re)
        if more is None or more[2] and not _pronoun_agrees(ctx, sp, more[2]):
            break
        spans.append((at, at + more[0]))
        at += more[1]
    return spans + [(at, tail_cut(masked, at, len(u.rstrip()), v))]


_MORE_PREDICATES = 3
_SIDE_PARTICIPLES = frozenset({"supporting", "backing", "opposing", "endorsing"})
_TO_PARTICIPLES = frozenset({"seeking", "planning", "aiming", "intending", "looking"})  # ("to …" is theirs)
# where the object of such a participle ends: a comma, a dash or a semicolon, or the verb of the
# main clause after it (an auxiliary, a verb in -ed, a past form of spending and running)
_SIDE_OBJECT_END_RE = re.compile(r"\s*[,;—–]|\s+-\s|\s+(?:[a-z]+ly\s+)?(?:also\s+)?(?:has|have|had|is|are|was|were|will|would|"
                                 r"could|can|did|does|do|spent|paid|ran|gave|bought|began|took|[a-z]{3,}ed)\b")


_PHRASAL_RE = re.compile(r"[a-z]+ (?:on|for|out)")
_SECOND_CUE_RE = re.compile(r"[a-z]+(?: (?:for|on)\b)?")


def _quoted_own_words(u: str, cue: str) -> list[tuple[int, int]] | None:
    """The quotations of a sentence that opens with one and names its speaker after it
    (:func:`.quotes.quoted_parts`), the verb found outside the quotations."""
    if u.lstrip()[:1] not in ("\"", "“"):
        return None
    m = _word_re(cue).search(_mask_quotes(u))
    return quoted_parts(u, m.start()) if m else None


def _pronoun_agrees(ctx: DocContext | None, sp: Speaker, who: str) -> bool:
    """Whether "he", "she" or "they" can be the speaker `sp`: one person of that gender (or
    of none known) for he/she, a body or a group for they."""
    if who == "they":
        return not is_person_kind(sp.kind) and (sp.kind != "unnamed" or is_unnamed_group(sp))
    if not is_person_kind(sp.kind) and (sp.kind != "unnamed" or is_unnamed_group(sp)):
        return False
    gender = ctx.gender_of(sp.name) if ctx is not None and sp.named else None
    return gender is None or gender == ("m" if who == "he" else "f")


def second_cue(u: str, at: int) -> str:
    """The verb that opens a second attribution ("warned", "adding")."""
    m = _SECOND_CUE_RE.match(u, at)
    return m.group(0) if m else "said"
