"""Which words of a reported sentence are the speaker's own: the whole sentence, or without a
reporting frame whose verb adds nothing, in two parts when a second speech verb of the same
subject follows ("… and warned that …", ", adding that …"). Split out of ``driver`` (the
driver decides who speaks; this module, what of the sentence they said)."""
from __future__ import annotations

import re

from ..speech_forms import PROGRESSIVE_NEXT, PROGRESSIVE_RE, TO_PARTICIPLES, progressive_frames, stance_adjectives
from .according_spans import according_clause, as_clause_words
from .context import DocContext
from .frames import object_frame, own_words_span
from .kept_whole import words_after_verb
from .introduced import NAMING_VERBS as _NAMING_VERBS, relative_naming_words
from .negation import framing_verb, negated_cue_end
from .patterns import (DOCUMENT_FRAMES, DOUBLE_SINGLE_RE, FIRST_REPORTED_RE, MESSAGE_PARTICIPLE_RE, MESSAGE_PARTICIPLES,
                       NOT_SPOKEN_CUES, SIDE_PARTICIPLE_RE, SIDE_PARTICIPLES)
from .quotes import _mask_quotes, quoted_parts
from .relative_reports import relative_clause_end, relative_report
from .second_reports import _word_re, second_attribution
from ..targets import targets as _targets
from .sources import DOCUMENT_PARTICIPLES, act_participle, document_participle, participle_words, poll_opening
from .poll_adjuncts import poll_adjunct
from .speaker import _NO, Speaker, is_person_kind, is_unnamed_group
from .group_sources import share_saying
from .asked_by import asked_by_words
from .subordinate_reports import opening_clause_end
from .tails import tail_cut


def own_words(u: str, cue: str, sp: Speaker, v, ctx: DocContext | None = None,
               mention: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """The spans of u that are the speaker's own words: the whole unit, or without a
    reporting frame whose verb adds nothing (:func:`.frames.own_words_span`), in two parts
    when a second speech verb of the same subject follows ("… and warned that …",
    ", adding that …": :func:`.second_reports.second_attribution`), and with what a
    non-restrictive relative clause that closes the sentence right after the speaker's mention
    reports ('"…," said Roe, who predicted …': :func:`.relative_reports.relative_report`; one
    before the sentence's verb, "Roe, who said …, recounted …", the driver puts first, with its
    own cue)."""
    spans = _own_words(u, cue, sp, v, ctx, mention)
    end = opening_clause_end(_mask_quotes(u), mention[0]) if mention is not None and spans else None
    if end is not None and spans[-1][0] < end < spans[-1][1]:
        spans = spans[:-1] + [(spans[-1][0], end)]  # "When Roe said she would run, the crowd cheered"
    if cue and ("who" in u or "which" in u) and cue not in NOT_SPOKEN_CUES and spans:
        spans = relative_clause_end(u, cue, spans)
    rel = relative_report(u, cue, sp, mention, v)
    if rel is not None and rel[0] >= spans[-1][1]:
        return spans + [rel[:2]]
    return spans


def _own_words(u: str, cue: str, sp: Speaker, v, ctx: DocContext | None = None,
               mention: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    whole = [(0, len(u))]
    # (the cue first: most units are transcript turns, whose speaker needs no test)
    if cue in NOT_SPOKEN_CUES or not (sp.named or sp.kind == "unnamed"):
        return whole
    if "''" in u:
        # the ''quotation marks'' of some archives read as the double marks they stand for (as
        # the sentence's reading does, same length); a span that ends on the first of a
        # closing pair takes the second too
        spans = _own_words(DOUBLE_SINGLE_RE.sub('" ', u), cue, sp, v, ctx, mention)
        return [(a, z + 1 if u[z - 1:z + 1] == "''" else z) for a, z in spans]
    if cue in SIDE_PARTICIPLES:
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
            start = at.end() if cue in TO_PARTICIPLES else nxt.end()  # ("to …" is theirs)
            start += len(u[start:]) - len(u[start:].lstrip())
            end = tail_cut(masked, start, len(u.rstrip()), v, cue)
            if end - start >= 3:
                return [(start, end)]
    if cue == "reported by":  # "The meeting was first reported by Politico.": the meeting is what was reported
        m = FIRST_REPORTED_RE.match(_mask_quotes(u))
        return [m.span("what")] if m else whole
    cue = framing_verb(u, cue, v) or cue  # "did not say whether …": as "said" (:mod:`.negation`)
    if cue == ":":  # 'Said Vale: "…"': the quotation after the colon
        q = re.search(r":\s*(?=[\"“”]|'')", u) or _FINAL_QUOTATION_RE.search(_mask_quotes(u))
        return [(q.end(), len(u.rstrip()))] if q else whole
    if cue == "according to":
        m = _THATS_ACCORDING_RE.match(u)
        if m is not None:  # "That's according to a new poll.": the pronoun stands for what the source said
            return [m.span(1)]
        inner = according_clause(u, mention)  # "In addition, according to the agency, …": the clause after it
        if inner is not None:
            return [inner]
    inner = as_clause_words(u, mention) if ", as " in u else None
    if inner is not None:  # "Weeks ago, as the Gazette reported, Roe and Doe met …": the clause it credits
        return [inner]
    if cue == "in":  # "In a new poll, 18 percent say …": the clause after the poll (:func:`.sources.poll_opening`)
        masked = _mask_quotes(u)
        found = poll_opening(masked)
        if found is not None:
            return [(found[2], tail_cut(masked, found[2], len(u.rstrip()), v))]
        found = poll_adjunct(masked)  # "Roe led by six points in a new Pier News poll": the clause before it
        if found is not None:
            start = len(u) - len(u.lstrip())
            return [(start, len(u[:found[2]].rstrip()))]
    sub = _SUBORDINATOR_END_RE.search(u, 0, mention[0]) if cue in DOCUMENT_FRAMES and mention is not None else None
    if sub is not None and sub.group(1).lower() in v.subordinators:
        # "…, as polls show Roe surging": what the document shows, from its verb to the clause's end
        masked = _mask_quotes(u)
        m = _word_re(cue).search(masked, mention[1])
        if m is not None:
            start = _THAT_SPACE_RE.match(masked, m.end()).end()
            end = tail_cut(masked, start, len(u.rstrip()), v)
            if end - start >= 12:
                return [(start, end)]
    asked = asked_by_words(_mask_quotes(u)) if cue == "asked" else None
    if asked is not None:  # "Asked by Roe whether the pier would reopen, …": the question
        return [asked]
    if cue in DOCUMENT_PARTICIPLES:  # "…, with polls showing Roe ahead": the words after the participle
        masked = _mask_quotes(u)
        found = document_participle(masked)
        if found is not None and found[2] == cue:
            end = tail_cut(masked, found[3], len(u.rstrip()), v)
            comma = masked.find(", ", found[3], end)
            if comma >= 0 and len(masked[:found[1][0]].split()) <= 3:
                end = comma  # "Despite polls showing her behind, Roe campaigned …": the clause ends at the main one
            if end - found[3] >= 12:
                return [(found[3], end)]
    if cue == "saying" and mention is not None:  # "…, with 30 percent of voters saying …": the words after it
        masked = _mask_quotes(u)
        said = share_saying(masked)
        if said is not None and said[1] == tuple(mention):
            end = tail_cut(masked, said[2], len(u.rstrip()), v)
            if end - said[2] >= 12:
                return [(said[2], end)]
    framed = cue in v.frame_verbs or cue in progressive_frames() or cue in DOCUMENT_FRAMES \
        or object_frame(cue, v) or cue in stance_adjectives()
    # (a verb with its particle, "called on", "pointed out", "went after", is one verb; other cues
    # of several words, "according to", "quoted as saying", are no verb a second one can follow)
    split = second_attribution(_mask_quotes(u), cue, v.verb_re) \
        if " " not in cue or _PHRASAL_RE.fullmatch(cue) or cue != "according to" and v.verb_re.fullmatch(cue) else None
    if split and split[2] and not _pronoun_agrees(ctx, sp, split[2]):
        split = None  # "Trump said …, but she denied …": somebody else's words
    other = split is not None and split[2] in ("he", "she") and _SUBORDINATE_SECOND_RE.match(u, split[0]) is not None \
        and _nearer_antecedent(ctx, sp, split[2], _after_cue(u, cue, split[0]))
    # ("Roe says he knew little about Doe when he announced …": Doe's act, the nearer person's, is
    # the outlet's account; Roe's words end before it)
    named = relative_naming_words(u, cue) if split is None and cue in _NAMING_VERBS else None
    if named is not None:  # "…, which he once called “a club …”": the quotation alone
        return [named]
    final = _final_quotation(u, cue) if split is None else None
    if final is not None:
        return [final]
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
    if own is None and not act and (framed or not v.verb_re.fullmatch(cue) and _ONE_QUOTATION_TAIL_RE.match(u)):
        # (a verb no list has, after the one quotation that opens the sentence: '"…," Roe
        # started.' -> the quotation)
        parts = _quoted_own_words(head, cue)  # '"…," said X, a …, "…"': the quotations
        if parts:
            return parts + ([(split[1], len(u.rstrip()))] if split and not other else [])
    if own is None and (framed or act):
        own = own_words_span(head, cue, v, sp.name, keep_verb=act, named_at=mention[0] if mention else None,
                             named_end=mention[1] if mention else None)
    # (a sentence kept whole, its frame inside it, still ends before the outlet's tail: "The
    # test, Roe said, was the biggest yet, although it may take days to …")
    # "Roe, for her part, is labeling the plan …", "Doe is criticizing the board …": the progressive
    # predicate of the subject named, its words from the participle on (the verb kept, as an
    # act's, for the escalation score), the subject the outlet's
    prog = _subject_progressive(_mask_quotes(head), cue.split()[0], mention) \
        if own is None and mention is not None and cue.split()[0].endswith("ing") and cue not in progressive_frames() else None
    first = own
    if first is None and prog is not None:
        end = tail_cut(_mask_quotes(head), prog, len(head.rstrip()), v, cue)
        first = (prog, end) if end - prog >= 12 else None
    if first is None:
        # (a sentence kept whole: the words after its subject and verb, "Regarding the war, Roe
        # defended the process" -> "the process", :mod:`.kept_whole`)
        after = words_after_verb(head, cue, mention, act)
        first = (after, tail_cut(_mask_quotes(head), after, len(head.rstrip()), v)) if after is not None \
            else (0, tail_cut(_mask_quotes(head), negated_cue_end(head, cue), len(head.rstrip()), v))
    if not split or other:
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
# what may stand between a subject's mention and its progressive predicate: an aside between
# commas ("Roe, for her part, is …", "Doe, speaking at a rally, is …")
_ASIDE_RE = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;:\"“”]{1,80},)?\s*")  # (after a party tag too: "Roe (D-Ohio), …")


def _subject_progressive(masked: str, part: str, mention: tuple[int, int]) -> int | None:
    """Where the participle `part` of the progressive predicate right after the subject's
    `mention` stands ("Roe is labeling …"), an aside between commas allowed; None otherwise."""
    for m in PROGRESSIVE_RE.finditer(masked, mention[1]):
        if m.group("part") == part:
            return m.start("part") if _ASIDE_RE.fullmatch(masked, mention[1], m.start()) else None
    return None
# where the object of such a participle ends: a comma, a dash or a semicolon, or the verb of the
# main clause after it (an auxiliary, a verb in -ed, a past form of spending and running)
_SIDE_OBJECT_END_RE = re.compile(r"\s*[,;—–]|\s+-\s|\s+(?:[a-z]+ly\s+)?(?:also\s+)?(?:has|have|had|is|are|was|were|will|would|"
                                 r"could|can|did|does|do|spent|paid|ran|gave|bought|began|took|[a-z]{3,}ed)\b")

# a sentence of one quotation and a tail after it
_ONE_QUOTATION_TAIL_RE = re.compile(r"\s*[\"“][^\"“”]*[\"”]\s+[^\"“”]*$")

# a direct quotation that closes the sentence after its verb of saying and a comma or colon
# ('Roe said, "Probably."', 'Roe told the paper simply, "We lost."', 'Roe responded, with a
# smile: "…"'), or right after the verb ('the crowd chanted "…"'): the words between are the
# frame's (general English punctuation of direct speech)
_FINAL_QUOTATION_RE = re.compile(r"[,:]\s*(?=[\"“][^\"“”]*[\"”][.!?]?\s*$)")
_VERB_QUOTATION_RE = re.compile(r"\s+(?=[\"“][^\"“”]*[\"”][.!?]?\s*$)")
# direct speech opens with a capital ('said, "Probably."'); a quoted fragment after a comma
# goes on with the sentence ('It was, the president said, "a stone where …"')
_CAPITAL_OPENING_RE = re.compile(r"[\"“]\W{0,3}[A-Z0-9]")


def _final_quotation(u: str, cue: str) -> tuple[int, int] | None:
    """The span of a quotation that ends the sentence and that the cue's verb introduces, after
    a comma or a colon (with no other clause between: no full stop, semicolon or quotation
    mark) or right after the verb; None for any other sentence (one that opens with its
    quotation is :func:`_quoted_own_words`'s)."""
    if u.lstrip()[:1] in ("\"", "“") or " " in cue and cue not in _PHRASAL_CUES:
        return None
    masked = _mask_quotes(u)
    m = _word_re(cue).search(masked)
    if m is None:
        return None
    q = _VERB_QUOTATION_RE.match(masked, m.end())
    if q is None:
        gap = _CLAUSE_GAP_RE.match(masked, m.end())
        q = _FINAL_QUOTATION_RE.match(masked, gap.end()) if gap else None
    if q is None or q.end() >= len(u.rstrip()) or not _CAPITAL_OPENING_RE.match(u, q.end()):
        return None
    return q.end(), len(u.rstrip())


# the words between the verb and the comma before the quotation: its object, adverbs, a phrase
# of manner ("told the paper simply", "responded, with a smile"), no clause of its own
_CLAUSE_GAP_RE = re.compile(r"(?:(?!\b(?:that|if|whether|when|because|who|which)\b)[^.;:\"“”]){0,80}?"
                            r"(?=[,:]\s*[\"“][^\"“”]*[\"”][.!?]?\s*$)")
_PHRASAL_CUES = frozenset({"pointed out", "points out"})

# "That's according to …", "This is according to …": a demonstrative that stands for the words
# before it, as the sentence's subject
_THATS_ACCORDING_RE = re.compile(r"\W*(?:(?:And|But)\s+)?(That|This)(?:['’]s|\s+is|\s+was)\s+according\s+to\b")
# the word right before a subject: a subordinator opens its clause ("after leaked emails showed")
_SUBORDINATOR_END_RE = re.compile(r"\b([A-Za-z]+)\s+$")
_THAT_SPACE_RE = re.compile(r"(?:\s+that\b)?\s*")  # (what follows a document's verb before its words)


_PHRASAL_RE = re.compile(r"[a-z]+ (?:on|for|out)")
_SECOND_CUE_RE = re.compile(r"(?:(?:(?:has|have|had|did|does|do|would|will|could)(?: not| never|n['’]t)|never) "
                            r"(?:(?:also|again|since|repeatedly|publicly|yet|once|explicitly|specifically|directly|always) )?)?"
                            r"[a-z]+(?: (?:for|on)\b)?")  # ("did not confirm": a negated second report, whole)


def _quoted_own_words(u: str, cue: str) -> list[tuple[int, int]] | None:
    """The quotations of a sentence that opens with one and names its speaker after it
    (:func:`.quotes.quoted_parts`), the verb found outside the quotations."""
    if u.lstrip()[:1] not in ("\"", "“"):
        return None
    m = _word_re(cue).search(_mask_quotes(u))
    return quoted_parts(u, m.start()) if m else None


# a second report in a subordinate clause ("…, when he told …", "… because she said …"): its
# pronoun is the sentence's speaker only when no other person it can stand for is named before it
_SUBORDINATE_SECOND_RE = re.compile(r",?\s+(?:(?:even|just)\s+)?(?:because|when|after|as|since|before|until)\b")


def _after_cue(u: str, cue: str, end: int) -> str:
    """The words of `u` between its cue's verb and `end`: what the speaker's report names (a
    name in the subject's own phrase, "Roe, a Doe ally, said …", is no antecedent there)."""
    m = _word_re(cue).search(u, 0, end) if cue in u else None
    return u[m.end() if m else 0:end]


def _nearer_antecedent(ctx: DocContext | None, sp: Speaker, who: str, before: str) -> bool:
    """Whether `before` (the report before a subordinate clause's "he"/"she") names a person
    other than the speaker whom the pronoun can stand for: of its gender, or of none known."""
    if ctx is None:
        return False
    gender = "m" if who == "he" else "f"
    for name in _targets(ctx, before, {sp.name}):
        if (ctx.kinds.get(name) or (ctx.registry.lookup(name) or _NO).kind) in ("person", "official") \
                and ctx.gender_of(name) in (None, gender):
            return True
    return False


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
