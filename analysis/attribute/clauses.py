"""Sentences of the outlet that report two people's words in two clauses ("Republicans said
the bill failed, and Democrats accused the GOP of …"): :func:`clause_units` cuts such a unit
in two before the driver reads each clause as a sentence, with its own speaker."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Block, Unit
from .quotes import _mask_quotes

# a second clause with a subject of its own and a speech verb: "…, and Democrats accused …",
# "…, but analysts agreed …", "…; Obama and others vowed …" (a capitalised name or a
# determined noun phrase of at most five words, an auxiliary or adverb or two, then the verb)
_OTHER_SUBJECT_RE = re.compile(
    r"(?:[,;]\s+(?:and|but|while|whereas|yet)|;)\s+"
    r"(?=(?P<subj>(?:[A-Z][\w.'’\-]*|[a-z]+s|the|a|an|his|her|their|its|many|most|some|other|several|both|all)"
    r"(?:\s+[\w.'’\-]+,?){0,4}?)\s+(?P<aux>(?:(?:has|have|had|is|are|was|were|also|later|then|[a-z]+ly)\s+){0,2})"
    r"(?P<verb>[a-z]+(?: (?:for|on|out))?)\b)")
_CONJUNCTION_RE = re.compile(r",\s+(?:and|but|while|whereas|yet)\s")
# (a passive is no act of its subject: "…, and Trump is assured to be shut out"; a quantifier
# before an adverb is the adverb's: "…, and most recently defended …")
_BE = frozenset({"is", "are", "was", "were"})
_NOT_SUBJECT_WORDS = frozenset({"was", "is", "has", "does", "as", "thus", "perhaps", "always", "sometimes",
                                "unless", "he", "she", "they", "it", "we", "i", "you", "this", "that", "there",
                                "who", "which"})  # (a pronoun's second clause: second_reports.second_attribution)


# a sentence that opens with a subordinate clause reporting someone's words ("While Comey said
# there was clear evidence …, he said …", "Although Roe admitted that …, she claimed …"): the
# subordinator, a subject of at most five words, an adverb or auxiliary, then the verb
_SUBORDINATE_REPORT_RE = re.compile(
    r"^\W*(?:While|Although|Though|Even though|Even as|Whereas)\s+(?P<subj>(?:[\w.'’\-]+\s+){1,5}?)"
    r"(?:(?:has|had|have|also|[a-z]+ly)\s+){0,2}(?P<verb>[a-z]+)\b")
# the comma that closes it, before the main clause's subject and verb
_MAIN_CLAUSE_RE = re.compile(r"(?:,|[\"”])\s+(?=(?:he|she|they|it|we|I|the\s+[a-z]+|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+"
                             r"(?:(?:[a-z]+ly|also|still|has|had|have|is|was|were|will|would|did|does|do|could|can|"
                             r"should|may|might|never|not)\s+){0,2}[a-z]+\b)")


def _subordinate_cut(u: str, masked: str, v) -> int | None:
    """Where a sentence that opens with a subordinate clause reporting speech ends that clause
    (the comma before the main clause, or the quotation mark after a quoted one: '…
    “friends for some time,” he claimed'), or None."""
    m = _SUBORDINATE_REPORT_RE.match(masked)
    if m is None or not v.verb_re.fullmatch(m.group("verb")) or any(w in _NOT_SUBJECT_WORDS - {"he", "she", "they", "i", "we"}
                                                                   for w in m.group("subj").lower().split()):
        return None
    c = next((c for c in _MAIN_CLAUSE_RE.finditer(masked, m.end()) if masked[c.start()] == "," or u[c.start() - 1] == ","), None)
    if c is None or len(masked[m.end():c.start()].strip()) < 10 or len(masked[c.end():].strip()) < 15:
        return None
    return c.start()


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
        if u.lstrip("\"“ ")[:2] in ("Wh", "Al", "Th", "Ev"):
            sub = _subordinate_cut(u, _mask_quotes(u), v)
            if sub is not None:
                sub += masked_mark(u, sub)
                yield Unit(un.start, un.start + sub, un.block)
                second = un.start + sub + len(u[sub:]) - len(u[sub:].lstrip(",; "))
                yield Unit(second, un.end, un.block)
                continue
        if ";" not in u and _CONJUNCTION_RE.search(u) is None:
            yield un
            continue
        masked = _mask_quotes(u)
        cut = None
        for m in _OTHER_SUBJECT_RE.finditer(masked):
            subj, verb = m.group("subj"), m.group("verb")
            aux = m.group("aux").split()
            progressive = bool(aux) and aux[-1] in _BE and verb in v.clause_participles  # "…, and Roe is promising …"
            if subj.split()[0].lower() in _NOT_SUBJECT_WORDS or not (v.verb_re.fullmatch(verb) or progressive) \
                    or (aux and aux[-1] in _BE and verb.endswith("ed")) \
                    or (" " not in subj and subj.islower() and aux and aux[0].endswith("ly")) \
                    or len(masked[:m.start()].strip()) < 15 or len(masked[m.end():].strip()) < 15:
                continue
            cut = m
            break
        if cut is None:
            yield un
            continue
        yield Unit(un.start, un.start + cut.start(), un.block)
        second = un.start + cut.start() + len(u[cut.start():]) - len(u[cut.start():].lstrip(",; "))
        yield Unit(second, un.end, un.block)
