"""Sentences of the outlet that report two people's words in two clauses ("Republicans said
the bill failed, and Democrats accused the GOP of …"): :func:`clause_units` cuts such a unit
in two before the driver reads each clause as a sentence, with its own speaker."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Block, Unit
from .group_sources import SHARE_SUBJECT, group_source
from .base_forms import base_form_ok
from .patterns import DOUBLE_SINGLE_RE
from .quotes import _mask_quotes
from .second_reports import speech_act_verbs
from .asked_by import asked_cut

# a second clause with a subject of its own and a speech verb: "…, and Democrats accused …",
# "…, but analysts agreed …", "…; Obama and others vowed …", "…, and human rights groups
# warned …" (a capitalised name, a determined noun phrase or one whose head is a plural of at
# most five words, an auxiliary or adverb or two, then the verb): the conjunction, and the
# subject, auxiliary and verb after it
_SECOND_CLAUSE_RE = re.compile(r"(?:[,;]\s+(?:and|but|while|whereas|yet|though|although)|;|\s(?:while|whereas))\s+")
# (and a concessive clause after a comma, as "but": "…, though Roe said she doubted …")
# (and "while"/"whereas" with no comma before them: "Roe praised the plan while Doe suggests …")
# a clause of time after a comma whose subject reports words of its own: "'…,' Roe said, after
# Doe said …", "Roe assured Doe that …, after Doe warned her that …" (its verb one that reports
# words, ``frame_verbs`` or ``act_verbs``: "…, after the board voted to …" stays the speaker's;
# not "as", whose comment clause credits the words before it: "…, as Roe noted")
_TIME_CLAUSE_RE = re.compile(r",\s+(?:after|before|when|until|since|once)\s+")
# (the subject's length, one to five words, tried in turn from the shortest: a pattern's
# look-ahead commits to its first reading, and "human" before "rights groups warned" reads
# "rights" as the verb)
_OTHER_SUBJECT_RES = tuple(re.compile(
    r"(?P<subj>(?:[A-Z][\w.'’\-]*|[a-z]+s|[a-z]+(?=\s+[a-z])|the|a|an|his|her|their|its|many|most|some|other|several|"
    r"both|all)(?:\s+[\w.'’\-]+,?){%d})\s+(?P<aux>(?:(?:has|have|had|is|are|was|were|also|later|then|[a-z]+ly)\s+){0,2})"
    r"(?P<verb>[a-z]+(?: (?:for|on|out))?)\b" % k) for k in range(5))
# a second clause whose subject is another share of a poll's respondents: "…, while 22 percent
# said they might change their minds", "…; 46 percent said …", "…, and a third said the same of
# Doe" (the share, an adverb or auxiliary, then the verb: a speech verb or one of holding a view)
_SHARE_CLAUSE_RE = re.compile(_SECOND_CLAUSE_RE.pattern  # (the conjunction, as above)
                              + r"(?P<subj>" + SHARE_SUBJECT + r")\s+(?P<aux>(?:(?:still|also|now|[a-z]+ly)\s+)?)"
                              r"(?P<verb>[a-z]+)\b")
_THAT_BEFORE_RE = re.compile(r"\bthat\s*$")
_DETERMINER_WORDS = frozenset({"the", "a", "an", "her", "his", "their", "its", "our", "my", "your", "all", "those",
                               "these", "this", "that"})
# a name as a second clause's subject: capitalised words, with the particles and "of" of names
# and titles ("Secretary of State John Kerry")
_NAME_SUBJECT_RE = re.compile(r"(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|de|van|von|al|bin))*")
# what follows a verb that reports a clause: "that", a quotation, a colon
_REPORT_NEXT_RE = re.compile(r"\s*(?:,\s*)?(?:that\b|[\"“:])")
# a subject that opens with a lower-case word that is neither a determiner nor a plural
# ("human rights groups", "then", "strongly"): a noun phrase only when its head, the last word,
# is a plural noun and no word of it is an adverb or a past form (English bare plurals are
# subjects without a determiner; a bare singular is no subject: "…, and later said")
_BARE_MODIFIER_RE = re.compile(r"(?!(?:the|a|an|his|her|their|its|many|most|some|other|several|both|all)\b)"
                               r"[a-z]+(?<!s)\b")
_PLURAL_HEAD_RE = re.compile(r"(?:(?![a-z]+(?:ly|ed)\b)[a-z\-]+\s+){1,3}[a-z]+[^s\W]s")
# "and" with no comma before a second clause whose subject is a name and whose verb reports a
# clause or a quotation ("Roe accuses Doe of “…” and Vale says he is “…”"; read only after a
# first clause that reports words too, clause_units)
_BARE_AND_RE = re.compile(r"(?<=[\w\"”’'])\s+and\s+(?=[A-Z])")
_PRONOUN_NEXT_RE = re.compile(r"\s+(?:he|she|they|it|we|I)\s")
# the names of a list before its "and" ("… as Ann Vale, Tom Pier and Mark Stone said"): one subject
_NAME_LIST_END_RE = re.compile(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3},\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}$")
_CONJUNCTION_RE = re.compile(r",\s+(?:and|but|while|whereas|yet|though|although)\s")
# (a passive is no act of its subject: "…, and Trump is assured to be shut out"; a quantifier
# before an adverb is the adverb's: "…, and most recently defended …")
_BE = frozenset({"is", "are", "was", "were"})
_NOT_SUBJECT_WORDS = frozenset({"was", "is", "has", "does", "as", "thus", "perhaps", "always", "sometimes",
                                "unless", "he", "she", "they", "it", "we", "i", "you", "this", "that", "there",
                                "who", "which"})  # (a pronoun's second clause: second_reports.second_attribution)


# a sentence that opens with a subordinate clause reporting someone's words ("While Doe said
# there was clear evidence …, he said …", "Although Roe admitted that …, she claimed …", after
# a conjunction: "And while Roe has railed against …, she …", "And while he said …, he clarified …"),
# or a clause of time or cause whose verb names an act of speech ("After Roe argued that …, Doe
# said …", "When Roe accused Doe of …, he …"; its verb one of ``second_clause_verbs``,
# ``act_verbs`` or ``coordinated_report_verbs``: "When the firm signaled …", "After she assumed
# office, …" tell the circumstance; and only before a main clause that reports words too,
# "When Roe said …, the ferry left" is the outlet's account of an event): the subordinator, a subject of at most five words, an
# adverb or auxiliary, then the verb
_SUBORDINATE_REPORT_RE = re.compile(
    r"^\W*(?:(?:And|But|Yet|So),?\s+(?=[a-z]))?(?:(?i:while|although|though|even though|even as|whereas|"
    r"(?P<time>(?:just\s+|shortly\s+|soon\s+)?(?:after|before)|when|since|once|until|because)))\s+(?P<subj>(?:[\w.'’\-]+\s+){1,5}?)"
    r"(?:(?:has|had|have|also|[a-z]+ly)\s+){0,2}(?P<verb>[a-z]+)\b")
# the comma that closes it, before the main clause's subject and verb
_MAIN_CLAUSE_RE = re.compile(r"(?:,|[\"”])\s+(?=(?:he|she|they|it|we|I|the\s+[a-z]+|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+"
                             r"(?:(?:[a-z]+ly|also|still|has|had|have|is|was|were|will|would|did|does|do|could|can|"
                             r"should|may|might|never|not)\s+){0,2}(?P<verb>[a-z]+)\b)")


def _subordinate_cut(u: str, masked: str, v) -> int | None:
    """Where a sentence that opens with a subordinate clause reporting speech ends that clause
    (the comma before the main clause, or the quotation mark after a quoted one: '…
    “friends for some time,” he claimed'), or None."""
    m = _SUBORDINATE_REPORT_RE.match(masked)
    if m is None or not v.verb_re.fullmatch(m.group("verb")) \
            or m.group("time") and m.group("verb") not in speech_act_verbs() or any(w in _NOT_SUBJECT_WORDS - {"he", "she", "they", "i", "we"}
                                                                   for w in m.group("subj").lower().split()):
        return None
    c = next((c for c in _MAIN_CLAUSE_RE.finditer(masked, m.end()) if masked[c.start()] == "," or u[c.start() - 1] == ","), None)
    if c is None or len(masked[m.end():c.start()].strip()) < 10 or len(masked[c.end():].strip()) < 15:
        return None
    if m.group("time") and not v.verb_re.fullmatch(c.group("verb")):
        return None  # ("When Roe said …, the ferry left": a clause of time before an event is the outlet's)
    return c.start()


def _second_subjects(masked: str) -> Iterator[re.Match]:
    """Each reading of a second clause's subject, auxiliary and verb after a conjunction, the
    shortest subject first; its span is the conjunction's, from its comma. A poll's share as
    the subject ("…, while 22 percent said …") is read first, where it opens a clause."""
    if "percent" in masked or "%" in masked or " in " in masked or "half" in masked or "third" in masked \
            or "quarter" in masked or "majorit" in masked or "those" in masked:
        for m in _SHARE_CLAUSE_RE.finditer(masked):
            # (not inside a clause that a verb reports: "The poll finds that, while 37 percent say
            # …, 39 percent …"; nor a group cut short before its head: "half of her support")
            if not _THAT_BEFORE_RE.search(masked, 0, m.start()) \
                    and m.group("subj").rsplit(None, 1)[-1].lower() not in _DETERMINER_WORDS:
                yield m
    for c in _BARE_AND_RE.finditer(masked):
        m = _OTHER_SUBJECT_RES[1].match(masked, c.end())
        m = m if m is not None and _NAME_SUBJECT_RE.fullmatch(m.group("subj")) else _OTHER_SUBJECT_RES[0].match(masked, c.end())
        if m is not None and _NAME_SUBJECT_RE.fullmatch(m.group("subj")) \
                and (_REPORT_NEXT_RE.match(masked, m.end()) or _PRONOUN_NEXT_RE.match(masked, m.end())):
            yield _At(m, c)
    for c in sorted((*_SECOND_CLAUSE_RE.finditer(masked), *_TIME_CLAUSE_RE.finditer(masked)), key=lambda c: c.start()):
        first = True
        for rx in _OTHER_SUBJECT_RES:
            m = rx.match(masked, c.end())
            if m is None:
                continue
            subj = m.group("subj")
            if first or _REPORT_NEXT_RE.match(masked, m.end()) \
                    and (_NAME_SUBJECT_RE.fullmatch(subj) or group_source(subj) is not None):
                # (a longer reading only when it is a name or names a group and its verb reports
                # a clause or a quotation: "…, and human rights groups warned that …"; not "…,
                # and most of them tell pollsters …", "…, and most people know people …", "…,
                # and a defeat President Obama believes to be …")
                yield _At(m, c)
            first = False


class _At:
    """A reading of a second clause's subject and verb, whose span is its conjunction's."""
    __slots__ = ("m", "c")

    def __init__(self, m: re.Match, c: re.Match):
        self.m, self.c = m, c

    def group(self, name: str) -> str:
        return self.m.group(name)

    def start(self) -> int:
        return self.c.start()

    def end(self) -> int:
        return self.c.end()


def masked_mark(u: str, at: int) -> int:
    """1 when the cut at u[at] is a closing quotation mark (kept with the first clause), else 0."""
    return 1 if u[at] in "\"”" else 0


def clause_units(text: str, blocks: list[Block], units: list[Unit], v, has_speaker: bool) -> Iterator[Unit]:
    """The units, a sentence of the outlet's cut in two where a second clause with a subject
    of its own reports somebody's words ("Republicans said the bill failed, and Democrats
    accused the GOP of …"): each clause is then read as a sentence, with its own speaker."""
    for un in units:
        b = blocks[un.block]
        if b.kind == "spam" or (b.turn and b.label) or (b.kind == "comment" and not b.embedded) \
                or (has_speaker and b.kind == "body"):
            yield un
            continue
        u = text[un.start:un.end]
        if u.lstrip("\"“ ")[:2] in ("Wh", "Al", "Th", "Ev", "An", "Bu", "Ye", "Af", "Be", "Si", "On", "Un", "Ju", "Sh", "As", "If") \
                or u.lstrip("\"“ ")[:4] in ("So w", "So a", "So t", "Soon"):
            # (or a question asked of the main clause's subject: "Asked by Roe whether …, Doe said …")
            sub = _subordinate_cut(u, _mask_quotes(u), v) or asked_cut(_mask_quotes(u))
            if sub is not None:
                sub += masked_mark(u, sub)
                yield Unit(un.start, un.start + sub, un.block)
                second = un.start + sub + len(u[sub:]) - len(u[sub:].lstrip(",; "))
                yield Unit(second, un.end, un.block)
                continue
        if ";" not in u and _CONJUNCTION_RE.search(u) is None and " while " not in u and " whereas " not in u \
                and _TIME_CLAUSE_RE.search(u) is None and _BARE_AND_RE.search(u) is None:
            yield un
            continue
        # (the ''quotation marks'' of some archives read as the double marks they stand for, same
        # length, as the sentence's reading does: no cut inside a quotation)
        masked = _mask_quotes(DOUBLE_SINGLE_RE.sub('" ', u) if "''" in u else u)
        cut = None
        for m in _second_subjects(masked):
            subj, verb = m.group("subj"), m.group("verb")
            aux = m.group("aux").split()
            progressive = bool(aux) and aux[-1] in _BE and verb in v.clause_participles  # "…, and Roe is promising …"
            if subj.split()[0].lower() in _NOT_SUBJECT_WORDS or not (v.verb_re.fullmatch(verb) or progressive) \
                    or (verb in v.base_verbs and not base_form_ok(masked, getattr(m, "m", m).start("verb"))) \
                    or (_BARE_MODIFIER_RE.match(subj) and not _PLURAL_HEAD_RE.fullmatch(subj) and not isinstance(m, re.Match)) \
                    or (aux and aux[-1] in _BE and verb.endswith("ed")) \
                    or (" " not in subj and subj.islower() and aux and aux[0].endswith("ly")) \
                    or len(masked[:m.start()].strip()) < 15 or len(masked[m.end():].strip()) < 15 \
                    or (_TIME_CLAUSE_RE.match(masked, m.start()) and verb not in v.frame_verbs and verb not in v.act_verbs):
                continue
            if isinstance(m, _At) and m.c.re is _BARE_AND_RE and (not v.verb_re.search(masked, 0, m.start())
                                                                  or _NAME_LIST_END_RE.search(masked, 0, m.c.start())):
                continue  # ("Roe and Doe said …", "Vale, Pier and Roe said …": one subject; a second clause
                # only after a report of its own)
            cut = m
            break
        if cut is None:
            yield un
            continue
        yield Unit(un.start, un.start + cut.start(), un.block)
        second = un.start + cut.start() + len(u[cut.start():]) - len(u[cut.start():].lstrip(",; "))
        yield Unit(second, un.end, un.block)
