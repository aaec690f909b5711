"""A report at the end of a sentence whose first verb is no report of its own: "Roe will call
for new rules, the campaign said.", "Roe plans to visit Ohio, Doe said." An act still to come
(a verb after "will", "would", "shall" or "to") has not been said yet: what the sentence gives
is the closing source's report about it, and the sentence is that source's (a position held,
"Roe wants …, Doe said", is :func:`.reported._sentence`'s own rule)."""
from __future__ import annotations

import re

# a verb still to come: after a modal of the future or of reported intention, or after "to"
# ("will call for", "would ask", "plans to call for", "is expected to demand"), an adverb or a
# negation between them ("will also call for", "would not ask"). General English grammar.
_TO_COME_RE = re.compile(r"\b(?:will|would|shall|to|['’]ll)\s+(?:(?:not|also|again|soon|later|[a-z]+ly)\s+)?$")


def closing_report(masked: str, cands: list, first: tuple, held_verbs: frozenset):
    """The candidate of a closing report (", the campaign said.") that speaks for the whole
    sentence, when the first verb is a position held or an act still to come and the closing
    source is another; None otherwise. `cands` as :func:`.reported._sentence` gathers them
    (verb position, speaker, verb, trailing, mention), named or not."""
    outer = next((c for c in reversed(cands) if c[3]), None)
    if outer is None or outer is first or outer[0] <= first[0] or outer[1].name == first[1].name:
        return None
    if first[2].lower() in held_verbs or _TO_COME_RE.search(masked, 0, first[0]):
        return outer
    return None
