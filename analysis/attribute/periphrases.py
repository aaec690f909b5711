"""A reporting verb said in two words: "Roe went on to warn that …", "The letter goes on to
accuse …", "Roe continues to insist …", "Doe appeared to suggest …", "they seem to think …".
The sentence is read as if it had the verb alone ("Roe warned that …"), written over the
periphrasis and padded with spaces, so that every offset into the sentence stays that of the
text: the subject, the cue and the speaker's words are found by the rules of one verb."""
from __future__ import annotations

import re
from functools import lru_cache

from .cues import vocab

# "went on to" / "goes on to" + a verb in its base form (with its particle: "call for"); and
# the aspectual and evidential verbs that add only "still" or "seemingly" to a report: "continues
# to insist", "continued to call for", "appeared to suggest", "seem to think" (general English:
# the catenative verbs of continuation and appearance, Quirk et al. 1985 §3.49), not "began to"
# or "tried to", whose report may never have been made
_WENT_ON_RE = re.compile(r"\b(?P<aux>went on|goes on|continued|continues|continue|appeared|appears|appear|"
                         r"seemed|seems|seem) to (?P<verb>[a-z]+)(?P<part> (?:for|on|out)\b)?")
_PAST = frozenset({"went on", "continued", "appeared", "seemed"})
_BASE = frozenset({"continue", "appear", "seem"})
# past and third-person forms that no spelling rule gives (general English)
_IRREGULAR = {"say": ("said", "says"), "tell": ("told", "tells"), "write": ("wrote", "writes"),
              "speak": ("spoke", "speaks"), "think": ("thought", "thinks")}


@lru_cache(maxsize=512)
def _finite(base: str, past: bool) -> str | None:
    """The past ("warned") or third-person ("warns") form of a base form that the vocabulary
    reads as a reporting verb, or None."""
    verb_re = vocab().verb_re
    head, _, particle = base.partition(" ")
    if head in _IRREGULAR:
        forms = [_IRREGULAR[head][0 if past else 1]]
    elif past:
        forms = [head + "d", head + "ed", head[:-1] + "ied", head + head[-1:] + "ed"]
    else:
        forms = [head + "s", head + "es", head[:-1] + "ies"]
    for f in forms:
        word = f + (" " + particle if particle else "")
        if verb_re.fullmatch(word):
            return word
    return None


def read_periphrases(u: str) -> str:
    """The sentence with each "went on to V" / "continues to V" / "appeared to V" … of a
    reporting verb V written as V's finite form, padded to the same length; the sentence itself
    when it has none."""
    if " to " not in u or not (" on to " in u or "ontinue" in u or "ppear" in u or "eem" in u):
        return u  # (substring tests first: this runs for every sentence of the body)
    def one(m: re.Match) -> str:
        verb = m.group("verb") + (m.group("part") or "")
        aux = m.group("aux")
        if aux in _BASE:  # "they continue to insist": the base form, as the subject has it
            finite = verb if vocab().verb_re.fullmatch(verb) else None
        else:
            finite = _finite(verb, aux in _PAST)
        if finite is None:
            return m.group(0)
        return finite + " " * (len(m.group(0)) - len(finite))
    return _WENT_ON_RE.sub(one, u)
