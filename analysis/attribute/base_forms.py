"""Where a verb's base form is a verb and not the noun it is spelt like: after a pronoun, an
auxiliary, a plural subject or a share ("they support", "would back", "voters oppose",
"Democrats call for …", "46 percent favor") and not after a determiner or a singular ("full
support", "the call for …", "this question", "a cautious note"). Plain functions over the
words before the verb; read by :mod:`.verb_senses` (positions and ``base_verbs``) and
:mod:`.clauses` (a second clause's verb)."""
from __future__ import annotations

import re

# what may stand right before a base form that is a verb: a pronoun, an auxiliary, a plural
# noun (not a possessive), a share ("46 percent", "a majority"), a relative pronoun, or two names
# joined by "and" ("Mr. Roe and Mr. Doe emphasize …", "Jane Roe and John Doe call for …")
BASE_SUBJECT_RE = re.compile(r"(?:\b(?:I|we|you|they|who|would|will|could|should|might|may|must|can|do|did|"
                             r"does|not|also|still|strongly|percent|majority|majorities|most|many)|%|"
                             r"\band\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}|"
                             r"\b(?-i:[A-Za-z][a-z]+[^s'’\W]s))\s*$", re.I)
# what makes the word before a base form no plural subject ("this call", "his demand", "a
# cautious note", "the news question"): a determiner or pronoun in -s, a singular in -s (-ss,
# -us, -is: "press", "cautious", "crisis"), "a"/"an" just before it; and an object relative
# clause ("the attack which Washington and Riyadh blame on …": what they blame went before).
# General English.
_NOT_PLURAL_BEFORE_RE = re.compile(r"(?:\b(?:this|his|its|was|has|is|us|as|news|series)|[a-z](?:ss|us|is)"
                                   r"|\b(?:a|an)\s+[\w\-]+)\s*$", re.I)
_OBJECT_RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|that|whom)\s+(?:[\w.'’\-]+\s+){1,4}$")


_ADVERB_END_RE = re.compile(r"(?<=\S)\s+(?-i:[a-z]{3,}ly)\s*$")


def base_form_ok(masked: str, start: int) -> bool:
    """Whether a base form of ``base_verbs`` (attribution.toml) at masked[start] is a verb:
    after a pronoun, an auxiliary, a plural or a share ("Democrats call for …", "they note …",
    "will announce", "did not deny"), not after a determiner or a singular noun in -s ("this
    call", "a cautious note"), nor in an object relative clause ("… which critics blame on Roe")."""
    pre = masked[max(0, start - 60):start]
    adverb = _ADVERB_END_RE.search(pre)
    if adverb:
        pre = pre[:adverb.start()] + " "  # "did not immediately respond", "Democrats regularly blast"
    return bool(BASE_SUBJECT_RE.search(pre)) and not _NOT_PLURAL_BEFORE_RE.search(pre) \
        and not _OBJECT_RELATIVE_BEFORE_RE.search(pre)
