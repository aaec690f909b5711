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
