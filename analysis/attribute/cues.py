"""The cue words of attribution, read from ``analysis/data/attribution.toml``: speech verbs,
participles, subject openers, heads of officials and unnamed sources, transcript labels."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..alternation import longest_first
from ..toml_data import data_file

# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Vocab:
    verb_re: re.Pattern
    participles: frozenset[str]
    between_re: re.Pattern
    openers: frozenset[str]
    official_heads: frozenset[str]
    unnamed_heads: frozenset[str]
    journalist_words: frozenset[str]
    subordinators: frozenset[str]
    no_inversion: frozenset[str]
    reporter_labels: frozenset[str]
    clause_participles: frozenset[str]
    person_nouns: frozenset[str]
    complement_verbs: frozenset[str]
    quote_verbs: frozenset[str]
    infinitive_verbs: frozenset[str]
    quote_object_verbs: frozenset[str]
    speaking_things: frozenset[str]
    frame_verbs: frozenset[str]
    act_verbs: frozenset[str]
    moderator_labels: frozenset[str]
    describing_labels: frozenset[str]
    answer_labels: frozenset[str] = frozenset()
    outlet_labels: frozenset[str] = frozenset()
    several_labels: frozenset[str] = frozenset()
    object_verbs: frozenset[str] = frozenset()
    position_verbs: frozenset[str] = frozenset()
    as_object_verbs: frozenset[str] = frozenset()
    speech_sense_verbs: frozenset[str] = frozenset()
    describing_verbs: frozenset[str] = frozenset()
    progressive_participles: frozenset[str] = frozenset()
    following_heads: frozenset[str] = frozenset()
    negation_turns: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    held_verbs: frozenset[str] = frozenset()
    base_verbs: frozenset[str] = frozenset()  # verbs only after a plural, a pronoun or an auxiliary
    personal_verbs: frozenset[str] = frozenset()  # speech only with a person or an unnamed source as subject
    # the last words (lower case) of the ``between`` phrases: a text whose last word is none of
    # them nor an -ly adverb cannot end with a match of between_re (:func:`between_at_end`);
    # None: always search
    between_last: frozenset[str] | None = None


# any adverb in -ly between a subject and its verb ("X sharply criticized", "X, the mayor,
# forcefully told": the comma before it stays, and closes the appositive), in lower case; not
# the nouns and names that end so ("the family said", "Kelly said", "an ally told"), nor the
# outlet's own judgement of what it reports ("Russian state TV certainly thinks so" is narration)
_LY_ADVERB = (r"(?-i:(?!(?:family|ally|rally|reply|supply|assembly|monopoly|anomaly|bully|belly|jelly|folly|tally|"
              r"italy|july|only|certainly|clearly|surely|obviously|evidently|apparently|probably|possibly|"
              r"presumably|undoubtedly|supposedly|allegedly|reportedly|really|truly)\b)[a-z]{3,}ly)")


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    raw = data_file("attribution.toml")
    verbs = set(raw["verbs"]) | set(raw.get("stance_verbs", ())) | set(raw.get("infinitive_verbs", ())) \
        | set(raw.get("quote_only_verbs", ())) | set(raw.get("communication_verbs", ())) \
        | set(raw.get("object_verbs", ())) | set(raw.get("position_verbs", ())) \
        | set(raw.get("as_object_verbs", ())) | set(raw.get("speech_sense_verbs", ())) \
        | set(raw.get("comparison_verbs", ())) | set(raw.get("base_verbs", ()))
    between = {b.lower() for b in raw["between"]}  # (one case: the pattern ignores it)
    # each list longest word first, written as a prefix tree (analysis/alternation.py)
    return Vocab(
        verb_re=re.compile(r"\b(" + longest_first(verbs) + r")\b"),
        participles=frozenset(raw["participles"]),
        between_re=re.compile(r"(?:[\s,]+(?:" + longest_first(between) + r")|\s+" + _LY_ADVERB
                              + r")+[\s,]*$", re.I),
        openers=frozenset(raw["subject_openers"]),
        official_heads=frozenset(raw["official_heads"]),
        unnamed_heads=frozenset(raw["unnamed_heads"]),
        journalist_words=frozenset(raw["journalist_words"]),
        subordinators=frozenset(raw["subordinators"]),
        no_inversion=frozenset(raw["no_inversion"]),
        reporter_labels=frozenset(raw["reporter_labels"]),
        clause_participles=frozenset(raw["clause_participles"]) | frozenset(raw.get("communication_participles", ())),
        person_nouns=frozenset(raw["person_nouns"]) | frozenset(raw["journalist_words"]),
        complement_verbs=frozenset(raw["complement_verbs"]),
        quote_verbs=frozenset(raw["quote_verbs"]),
        infinitive_verbs=frozenset(raw.get("infinitive_verbs", ())),
        quote_object_verbs=frozenset(raw["quote_object_verbs"]),
        speaking_things=frozenset(raw["speaking_things"]) | frozenset(raw["unnamed_heads"]) | frozenset(raw["official_heads"]),
        frame_verbs=frozenset(raw["frame_verbs"]),
        act_verbs=frozenset(raw.get("act_verbs", ())),
        moderator_labels=frozenset(raw["moderator_labels"]),
        describing_labels=frozenset(raw["describing_labels"]),
        answer_labels=frozenset(raw.get("answer_labels", ())),
        outlet_labels=frozenset(raw.get("outlet_labels", ())),
        several_labels=frozenset(raw.get("several_labels", ())),
        object_verbs=frozenset(raw.get("object_verbs", ())),
        speech_sense_verbs=frozenset(raw.get("speech_sense_verbs", ())),
        describing_verbs=frozenset(raw.get("describing_verbs", ())),
        # ("is referring to", "were endorsing": an ongoing act, read as a clause's participle only)
        progressive_participles=frozenset(raw["clause_participles"]) | frozenset(raw.get("progressive_positions", ())),
        position_verbs=frozenset(raw.get("position_verbs", ())),
        as_object_verbs=frozenset(raw.get("as_object_verbs", ())),
        following_heads=frozenset(raw.get("following_heads", ())),
        negation_turns=frozenset(raw.get("negation_turns", ())),
        holding_verbs=frozenset(raw.get("holding_verbs", ())),
        held_verbs=frozenset(raw.get("held_verbs", ())),
        base_verbs=frozenset(raw.get("base_verbs", ())),
        personal_verbs=frozenset(raw.get("personal_verbs", ())),
        between_last=frozenset(b.split()[-1] for b in between),
    )


# between_re is anchored at the end but searched from every space of the text before a verb
# (~55,000 texts on the corpus, seeds and PolNeAR): the text's last word, read first, rules
# out most of them. The same result: a match ends with one of those words (or an -ly adverb),
# then only spaces and commas; a word not in ASCII is always searched (case folding).
def _ends_between(v: Vocab, s: str) -> bool:
    """Whether `s` may end with a match of ``v.between_re`` (False only when it cannot)."""
    if v.between_last is None:
        return True
    t = s.rstrip()
    while t.endswith(","):  # the pattern's closing [\s,]*
        t = t[:-1].rstrip()
    if not t:
        return False  # no word at all
    word = t.rsplit(None, 1)[-1]
    word = word[word.rfind(",") + 1:]
    return not word.isascii() or word.endswith("ly") or word.lower() in v.between_last


# a capitalised word after a word in capitals (an acronym): part of a name ("USA Today reported",
# "USA TODAY reported"), not the adverb "today" between a subject and its verb; a day's name is
# capitalised anywhere ("NATO Monday said")
_CAPS_PAIR_RE = re.compile(r"\b[A-Z]{2,}\s+((?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                           r"[A-Z][A-Za-z]*)\b")


def between_at_end(v: Vocab, s: str) -> re.Match | None:
    """``v.between_re.search(s)``: the adverbs and auxiliaries that end `s`, or None; a word of
    them in capitals after another word in capitals is no adverb (the match starts after it)."""
    m = v.between_re.search(s) if _ends_between(v, s) else None
    while m is not None:
        caps = [c for c in _CAPS_PAIR_RE.finditer(s, max(0, m.start() - 40)) if c.start(1) >= m.start()]
        if not caps:
            return m
        m = v.between_re.search(s, caps[-1].end(1))
    return None


def strip_between(v: Vocab, s: str) -> str:
    """``v.between_re.sub("", s)``: `s` without the adverbs and auxiliaries that end it."""
    m = between_at_end(v, s)
    return s[:m.start()] if m else s
