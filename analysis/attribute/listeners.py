"""Who a reporting verb was said to, and what else may stand between it and the words it
reports: the listener of a verb of telling ("told reporters he …"), the adjuncts that leave a
tail frame's verb without an object ("…, Roe said on Monday."), and the quantities that are no
adjunct ("…, CNN reported at least six …"). Read by :mod:`.frames`. General English, not read
off any corpus."""
from __future__ import annotations

import re

from .patterns import AUXILIARIES

# what may follow the verb of a tail frame: nothing, an adjunct of time, place or manner, a
# participle ("…, he said, citing …"), or an inverted subject ("…, said Jane Roe")
_ADJUNCT_OPENERS = frozenset({"on", "in", "at", "during", "after", "before", "last", "this", "earlier", "later",
                              "yesterday", "today", "tonight", "recently", "of", "to", "from", "via", "through",
                              "by", "for", "with", "when", "while", "as", "about", "without", "again", "too",
                              "also", "then", "afterward", "afterwards", "here", "there", "privately", "publicly"})
TELL_VERBS = frozenset({"told", "tells", "tell", "asked", "asks", "informed", "assured", "assures", "reminded",
                        "warned", "warns", "urged", "urges"})  # (their listener follows: "…, Roe told reporters")


# the words after "at", "as", "about", "over" that make it the start of a quantity ("at least
# six", "at most", "as many as", "as much as", "about a dozen", "over half"), no adjunct. General English.
_QUANTITY_AFTER = frozenset({"least", "most", "many", "much", "few", "a", "an", "half", "one", "two", "three", "four",
                             "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands"})
# the listener of a verb of telling before a clause told without "that": an object pronoun, or a
# name or a short noun phrase, then a personal pronoun subject ("told reporters he …", "told The
# Times she …", "told him they …"). General English.
_NOT_LISTENER = r"(?!(?:he|she|they|it|we|I|that|if|whether|when|why|how|what|where|who|which|about|because|as|while|after|before|since|until|once|though|although|unless|and|but|or)\b)"
LISTENER_RE = re.compile(r"\s+(?:him|her|them|us|me|you|(?:(?:the|a|an|his|her|their|its)\s+)?"
                          r"(?:" + _NOT_LISTENER + r"[\w.'’\-]+\s+){0,2}"
                          + _NOT_LISTENER + r"[\w.'’\-]+)\s+(?=(?:he|she|they|it|we|I|there)\s)")

def no_object_after(after: str, verb: str) -> bool:
    """Whether the words after a verb leave it without an object, as a tail frame's verb is
    ("…, Roe said on Monday."): not "Every December, Time announces its person of the year",
    whose verb has its object and whose first words are no quotation of anyone."""
    words = after.strip(" .,;:!?)-—–").split()
    if not words or verb in TELL_VERBS or verb == "according to":
        return True
    first = words[0].strip(",.").lower()
    if len(words) > 1 and (words[1].lower() in _QUANTITY_AFTER and first in ("at", "as", "about", "over")
                           or first in ("there", "here") and words[1].lower() in AUXILIARIES):
        return False  # "…, CNN reported at least six planes …", "Roe says there is …": an object or a clause, no adjunct
    return first in _ADJUNCT_OPENERS or first.endswith(("ly", "ing")) or words[0][:1].isupper() or first.isdigit()
