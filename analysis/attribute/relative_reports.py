"""The report of a non-restrictive relative clause right after the speaker's mention: "Jane
Roe, who said the audit was late, resigned …" (the clause's report her own statement, the
sentence's verb, when it is the clause's, cut where the clause ends), '"…," said Roe, who
predicted a recount.' (the clause's words a second statement of hers). Read by
:func:`.own_words.own_words` and the driver. Plain functions of a sentence."""
from __future__ import annotations

import re

from .bare_frames import bare_frame
from .patterns import DOUBLE_SINGLE_RE, NOT_SPOKEN_CUES
from .quotes import _mask_quotes
from .second_reports import _word_re
from .speaker import Speaker


# the sentence's own verb inside a non-restrictive relative clause ("Roe, who said the audit was
# late, resigned …"; with a subject of its own, "The vote, which she has said was a mistake, cost
# her …"), and the comma that closes that clause before the main predicate of its
# antecedent: a finite verb, an adverb before it at most
_CUE_IN_RELATIVE_RE = re.compile(r",\s+(?:who|(?:which|who|whom)\s+(?:he|she|they|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}))"
                                 r"\s+(?:(?:has|had|have|also|later|once|then|previously|[a-z]+ly)\s+){0,2}$")
_MAIN_PREDICATE_RE = re.compile(r",\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?(?:has|have|had|is|was|were|are|will|"
                                r"would|did|does|[a-z]{3,}ed|" + r"(?!(?:this|his|its|as|was|is|has|does|less|unless|"
                                r"thus|plus|perhaps|always|across|towards)\b)[a-z]{3,}[^s\W]s)\b")


def relative_clause_end(u: str, cue: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The span cut where the relative clause its verb opens ends (the first span that holds that
    end), when the sentence's verb is that clause's ("Jane Roe, who said the audit was late, resigned from the board." ->
    "the audit was late"): what follows the clause's closing comma is the outlet's account of its
    antecedent. The spans as they are otherwise."""
    masked = _mask_quotes(DOUBLE_SINGLE_RE.sub('" ', u))
    m = _word_re(cue).search(masked) if cue[:1].isalpha() else None
    if m is None or not _CUE_IN_RELATIVE_RE.search(masked, max(0, m.start() - 60), m.start()):
        return spans
    if spans[0][0] < m.end():
        return spans
    for k, (a, z) in enumerate(spans):
        # (or a later span of the clause's, after a second verb of it: "Roe, who endorsed Doe and
        # said she would campaign with him, did not show up")
        c = _MAIN_PREDICATE_RE.search(masked, a, z)
        if c is not None:
            return spans if c.start() - a < 12 else spans[:k] + [(a, c.start())] + spans[k + 1:]
    return spans


# a non-restrictive relative clause right after a mention, its verb after an adverb or an
# auxiliary or two ("Roe, who has long argued …", "…, said Roe, who also predicted …")
# (after the speaker's appositive too: "…, said Roe, the head of the trust, who predicted …")
_WHO_REPORT_RE = re.compile(r"(?:,\s+(?!who\b)(?:a|an|the|[A-Z][\w.'’\-]*)\s[^,;:\"“”()—–]{2,80}?)?"
                            r",\s+(?P<who>who)\s+(?:(?:has|had|have|also|later|once|then|previously|since|often|"
                            r"repeatedly|[a-z]+ly)\s+){0,2}(?P<verb>[a-z]+)\b")


def relative_report(u: str, cue: str, sp: Speaker, mention: tuple[int, int] | None, v
                    ) -> tuple[int, int, str, tuple[int, int]] | None:
    """The span, from its verb, the verb and where "who" stands (the mention of the clause's
    subject, as "he" is a pronoun's: :func:`.mentions.relative_subject`) of a non-restrictive
    relative clause that opens right after the `mention` of the speaker `sp` and reports speech
    or a position of theirs: "Jane Roe, who said the audit was late, accused …" -> "said the
    audit was late"; '"…," said Jane Roe, who predicted a recount.' -> "predicted a recount."
    The clause ends at the comma before the sentence's own verb `cue` when that follows it,
    else at the sentence's end (none with a semicolon, a colon, a quotation, a bracket or a dash
    after its verb). None for any other sentence."""
    if mention is None or cue in NOT_SPOKEN_CUES or not (sp.named or sp.kind == "unnamed") \
            or "who" not in u[mention[1]:mention[1] + 100]:
        return None
    masked = _mask_quotes(DOUBLE_SINGLE_RE.sub('" ', u))
    m = _WHO_REPORT_RE.match(masked, mention[1])
    if m is None or not v.verb_re.fullmatch(m.group("verb")) or m.group("verb") in v.quote_verbs:
        return None
    start = m.start("verb")
    main = _word_re(cue).search(masked, m.end()) if cue and cue[:1].isalpha() else None
    if main is not None:
        # "Roe, who said …, resigned": to the comma that closes the clause before the main verb
        end = masked.rfind(",", m.end(), main.start())
        if end < 0 or masked[end:main.start()].strip(" ,").count(" ") > 3:
            return None
    else:
        # '"…," said Roe, who predicted …': to the end, when nothing else follows it
        end = len(masked.rstrip())
        if _CLAUSE_MARK_RE.search(masked, m.end(), end):
            return None
    if bare_frame(u[start:end].rstrip(" ,") + ".", m.group("verb")) or end - start < 15 \
            or _ANONYMITY_RE.search(masked, start, end):
        return None  # ("Roe added:", "who asked not to be named": nothing of the speaker's own)
    return start, end, m.group("verb"), m.span("who")


_CLAUSE_MARK_RE = re.compile(r"[;:\"“”(—–]")
# a source's terms for being quoted, the aside of news writing ("who asked not to be named", "who
# spoke on condition of anonymity", "who requested anonymity"): no report of theirs. General English.
_ANONYMITY_RE = re.compile(r"\banonymity\b|\bto be (?:named|identified|quoted)\b|\bby name\b")
