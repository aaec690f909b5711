"""What a verb of naming calls its object without quotation marks, besides "a …"/"as …"
(:data:`.patterns.PREDICATIVE_OBJECT_RE`): an evaluative adjective ("called the charges
unsubstantiated", "calls Roe unqualified", "branded the vote fraudulent") or an indefinite noun
phrase after a bare noun ("called climate change a hoax"). Such a sentence is its subject's
judgement, as an analyst reads it; "called the police", "called an emergency session", "called
off the strike", "called the race for Roe" stay no speech. The adjective suffixes and the
particles are general English (derivational morphology of adjectives), not read off any corpus."""
from __future__ import annotations

import re

_OBJECT_HEAD = (r"(?:him|her|them|it|himself|herself|themselves|itself|me|us|you|"
                r"(?:the|his|her|their|its|this|that|these|those|[A-Z][\w'’.\-]*)(?:\s+[\w'’\-]+){0,4}?)")
# adjectives by their derivational suffix, with a negative prefix or not: "dangerous",
# "unlawful", "reckless", "irresponsible", "divisive", "unrealistic", "unqualified",
# "unsubstantiated", "racist"; what may follow the complement: the end of the clause or a
# conjunction (never a noun it would modify: "called the historic session")
_ADJECTIVE = (r"(?:[a-z]+(?:ous|ful|less|ible|able|ive|istic|ical|ist|ified|ated|ized|ised)"
              r"|un[a-z]{3,}ed)")
_AFTER_ADJECTIVE = r"(?=\s*(?:[,.;:)!?]|$|\s(?:and|or|but|because|for|in|to|after|before|during|on|at)\b))"
# a bare noun phrase as the object before "a"/"an" ("climate change a hoax"), not a particle or
# preposition of a phrasal verb ("called up a reserve unit", "called off a strike")
_PARTICLES = r"(?:up|off|back|out|in|on|for|over|down|away|together|into|upon|around|after|forth|at|to|by|from|with|about)"
_BARE_OBJECT = rf"(?!{_PARTICLES}\b)[a-z]+(?:\s+(?!{_PARTICLES}\b|an?\b)[a-z]+){{0,2}}"

CALLED_COMPLEMENT_RE = re.compile(
    rf"\s+(?:{_OBJECT_HEAD}\s+(?:(?:so|too|very|utterly|totally|completely|deeply|largely|simply|wildly)\s+)?{_ADJECTIVE}{_AFTER_ADJECTIVE}"
    rf"|{_BARE_OBJECT}\s+an?\s+(?!(?:day|night|few|lot|couple|number|bit|week|month|year|total|while|time|dozen)\b)[a-z])")


def called_complement(masked: str, end: int) -> bool:
    """Whether what follows a verb of naming (at `end`) is an object and what it is called."""
    return CALLED_COMPLEMENT_RE.match(masked, end) is not None


# the quotation a verb of naming calls its object (:data:`.patterns.QUOTE_AFTER_RE`: within 80
# characters, no full stop or colon before it), masked: its opening mark, its masked words,
# its closing mark
_NAMED_QUOTE_RE = re.compile(r"[^.;:\"“”]{1,80}?[\"“][^\"“”]*[\"”]")


def named_quote_end(masked: str, verb_end: int, end: int) -> int:
    """Where the statement of a verb of naming ends when a cut fell between its object and the
    quotation that names it ("called the plan, which the council adopted in May, “a disaster”"
    -> through "“a disaster”"): the quotation's closing mark; `end` when it already reaches
    there or no quotation follows."""
    m = _NAMED_QUOTE_RE.match(masked, verb_end)
    return m.end() if m is not None and m.end() > end else end
