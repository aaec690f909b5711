"""Stance said in a verb phrase rather than a verb: a light verb with a noun of saying ("Roe
made the case that …", "Doe voiced support for …", "Roe cast doubt on …") and "be" with a
predicate of attitude ("Doe has been critical of …", "Roe is a fierce supporter of …", "they
are opposed to …"). As :mod:`.periphrases` does, the sentence is read as if it had the plain
verb ("Roe argued …", "Doe supported …", "Doe has criticized …"), written over the phrase and
padded with spaces, so that every offset into the sentence stays that of the text and the
subject, the cue and the speaker's words are found by the rules of one verb. The vocabulary
is analysis/data/stance_periphrases.toml (general English; where from, in the file)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..alternation import longest_first
from ..toml_data import data_file
from .cues import vocab
from .periphrases import _finite

# a determiner, then up to three modifiers ("an increasingly explicit, urgent case"); never a
# negation ("offered no support for …" is no support)
_DET = r"(?:(?:a|an|the|his|her|their|its|some|new|fresh|strong|more)\s+)?(?:(?!no\b|not\b|little\b)[a-z][a-z\-]*,?\s+){0,3}?"
# "be" before a predicate of attitude, with an adverb or two ("was especially critical of",
# "has long been a supporter of"); never under negation ("is not opposed to")
_BE = r"(?P<be>is|are|was|were|has been|have been|had been|has long been|have long been|remains|remained|remain)"
_ADV = r"(?P<adv>(?:(?:[a-z]+ly|also|still|long|now|both|all)\s+){0,2})"
_ARTICLE = r"(?:(?:a|an)\s+(?:(?!no\b|not\b)[a-z][a-z\-]*,?\s+){0,3}?)?"
# a verb of talking with adverbs before its preposition ("spoke emotionally of", "spoke out
# Tuesday about", "seldom speaks of", "spoke highly of") or in the progressive ("is talking
# about", "was speaking of"): read as the plain "spoke of"/"talks about" (Levin 1993's talk
# verbs, 37.5), "speak highly/well/favorably of" as "praise", "speak out against" as "criticize"
_TALK_RE = re.compile(
    r"\b(?:(?P<v>spoke|speaks|speak|talked|talks|talk)\s+(?P<mid>(?:(?:out|up|again|today|yesterday|[a-z]{3,}ly|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+){1,3})"
    r"|(?P<be>is|are|was|were|has been|have been|had been)\s+(?P<ing>talking|speaking)\s+(?P<out>out\s+)?)"
    r"(?P<p>about|of|against)\b")
_TALK_TENSE = {"spoke": "past", "talked": "past", "speaks": "present", "talks": "present", "speak": "base",
               "talk": "base", "is": "present", "are": "base", "was": "past", "were": "past"}
_PRAISE_ADVERBS = frozenset({"highly", "favorably", "favourably", "warmly", "glowingly", "fondly"})


@lru_cache(maxsize=1)
def _patterns():
    raw = data_file("stance_periphrases.toml")
    forms: dict[str, tuple[str, str]] = {}  # a light verb's form -> (its base, tense)
    for base, (past, present) in raw["light_verbs"].items():
        forms[base] = (base, "base")
        forms[past] = (base, "past")
        forms[present] = (base, "present")
    nouns = {(base, noun): verb for base, table in raw["light_nouns"].items() for noun, verb in table.items()}
    all_nouns = {noun for _, noun in nouns}
    light = re.compile(r"\b(?P<lv>" + longest_first(forms) + r")\s+" + _DET + r"(?P<noun>" + longest_first(all_nouns) + r")\b")
    preds = raw["be_predicates"]
    be = re.compile(r"\b" + _BE + r"\s+" + _ADV + r"(?P<pred>" + _ARTICLE + r"(?:" + longest_first(preds) + r"))\b")
    # (a test before either pattern: the nouns' first words and the predicates' heads)
    words = {k.split()[0] for k in all_nouns} | {k.split()[-2] if len(k.split()) > 1 else k for k in preds}
    keys = re.compile(r" (?:" + longest_first(words) + r")\b")
    return forms, nouns, light, preds, be, keys


def _inflect(verb: str, tense: str) -> str | None:
    """`verb` ("criticize", "call for", "warn that") in the tense wanted, as the vocabulary reads
    it ("criticized", "calls for", "warned that"), or None when it does not know that form."""
    head, _, rest = verb.partition(" ")
    v = vocab()
    if rest and rest != "that":
        whole = _finite(verb, tense == "past") if tense != "base" else (verb if v.verb_re.fullmatch(verb) else None)
        if whole:
            return whole
    one = _finite(head, tense == "past") if tense != "base" else (head if v.verb_re.fullmatch(head) else None)
    if one is None:
        return None
    return one + (" " + rest if rest else "")


def _padded(new: str, old: str) -> str | None:
    return new + " " * (len(old) - len(new)) if len(new) <= len(old) else None


def read_stance_periphrases(u: str) -> str:
    """The sentence with each light verb + noun of saying and each "be" + predicate of attitude
    written as the plain verb, padded to the same length; the sentence itself when it has none."""
    if "spo" in u or "talk" in u or "speak" in u:
        u = _TALK_RE.sub(_one_talk, u)
    forms, nouns, light, preds, be, keys = _patterns()
    if keys.search(u) is None:
        return u  # (the nouns' and predicates' words first, one pass: this runs for every sentence)

    def one_light(m: re.Match) -> str:
        base, tense = forms[m.group("lv")]
        verb = nouns.get((base, m.group("noun")))
        new = _inflect(verb, tense) if verb else None
        return (_padded(new, m.group(0)) if new else None) or m.group(0)

    def one_be(m: re.Match) -> str:
        pred = m.group("pred")
        key = next((k for k in preds if pred.endswith(k) and (len(pred) == len(k) or pred[-len(k) - 1] == " ")), None)
        if key is None:
            return m.group(0)
        if pred != key and preds[key] == "oppose" and key == "against":
            return m.group(0)  # ("is a vote against …": the noun before "against" is no predicate)
        b = m.group("be")
        aux = ""
        if b in ("is", "remains"):
            tense = "present"
        elif b in ("are", "remain"):
            tense = "base"
        elif b in ("was", "were", "remained"):
            tense = "past"
        else:  # "has been" -> "has criticized"
            aux, tense = b.split()[0] + " ", "past"
        new = _inflect(preds[key], tense)
        if new is None:
            return m.group(0)
        return _padded(aux + m.group("adv") + new, m.group(0)) or m.group(0)

    out = light.sub(one_light, u)
    return be.sub(one_be, out)


def _one_talk(m: re.Match) -> str:
    """One verb of talking read as its plain form (:data:`_TALK_RE`), or as it stands."""
    p = m.group("p")
    if m.group("v"):
        word, mid = m.group("v"), m.group("mid").split()
        tense, aux = _TALK_TENSE[word], ""
        base = "speak" if word.startswith("spo") or word.startswith("spe") else "talk"
    else:
        b, mid = m.group("be"), (["out"] if m.group("out") else [])
        aux, tense = (b.split()[0] + " ", "past") if " " in b else ("", _TALK_TENSE[b])
        base = "speak" if m.group("ing") == "speaking" else "talk"
    if p == "of" and _PRAISE_ADVERBS & set(mid):
        verb = "praise"
    elif p == "against":
        if "out" not in mid:
            return m.group(0)  # ("spoke Tuesday against the bill" is no stance read here)
        verb = "criticize"
    else:
        verb = base + " " + p
    new = _inflect(verb, tense)  # ("speak" is irregular in periphrases._finite: "spoke of")
    return (_padded(aux + new, m.group(0)) if new else None) or m.group(0)
