"""A second report in the sentence of a first, by the same speaker ("Lavrov said the talks
failed and warned that …", '"…," Trump said, adding that …', "Kerry said the talks failed,
and he urged …", "Roe refuses to release … or explain …", "Roe was defending …, but admitted
…"; its verb a speech verb, an act or a verb of urging, ``coordinated_report_verbs``), and a reporting verb's subject after the outlet's introductory phrase
("After the vote, he said …"): where one statement ends and the next begins. Plain functions
over a sentence whose quotations are masked. (A second clause with a subject of its own, a
second speaker, is :mod:`.clauses`.)"""
from __future__ import annotations

import re
from functools import lru_cache

from ..toml_data import data_file

_LAST_CLAUSE_RE = re.compile(r"[,;]([^,;]*)$")
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i"})


def subject_after_intro(before: str, speaker: str) -> bool:
    """Whether the words before a reporting verb end with its subject after an introductory
    phrase and a comma: "Heading into the debate, Sanders told MSNBC that …", "After the vote,
    he said …". The introduction is the outlet's; what follows the verb is the speaker's."""
    m = _LAST_CLAUSE_RE.search(before)
    words = (m.group(1) if m else before).split()
    if not 1 <= len(words) <= 8 or not speaker:
        return False
    key = speaker.strip("()").split()[-1].lower()
    low = {re.sub(r"['’]s?$", "", w.lower().strip(".")) for w in words}
    return key in low or bool(low & _PRONOUN_SUBJECTS)


# ('"…," adding that …': the comma inside the quotation, which is masked, the participle after its mark;
# a participle after a preposition of time or addition: "…, before adding …", "…, aside from saying …",
# "…, while also suggesting …")
# (each alternative opens with a space, a comma or a dash: the look-ahead for one lets the engine
# leave a letter at once instead of trying every alternative there; the same matches, 57 -> 23 ms
# over the sentences of a corpus pass and saved pages. The same for the two patterns below.)
_SECOND_RE = re.compile(r"(?=[\s,—–])(?:\s*[—–]\s*(?=[a-z]+ing\b)|,?\s+and\s+(?:also\s+|later\s+|then\s+)?|,?\s+(?:before|after|while|aside from|besides)\s+(?:(?:also|even|later|then)\s+)?(?=[a-z]+ing\b)|,\s+(?:[a-z]+ly\s+)?|\s+and\s+(?:also\s+|later\s+|then\s+)?|(?<=[\"”])\s+(?=[a-z]+ing\b))"
                        r"(?P<verb>called (?:for|on)|calls for|[a-z]+)\b")
# a second clause with its own pronoun subject: "…, and he urged …", "…, but she denied that …",
# "…, though she noted …" (the pronoun, with an adverb or auxiliary or two before the verb), or a
# subordinate one: "… in October, when he told …", "… because she said …", "… even as he
# defended …" (own_words checks that no nearer person is the pronoun's antecedent)
_PRONOUN_SECOND_RE = re.compile(r"(?=[\s,]),?\s+(?:(?:even|just)\s+)?(?P<conj>and|but|while|although|though|yet|because|when|after|as|since|before|until)\s+(?P<who>he|she|they)\s+"
                                r"(?:(?:[a-z]+ly|also|later|then|again|still|has|had|have|would|will)\s+){0,2}"
                                r"(?P<verb>called (?:for|on)|calls for|[a-z]+)\b")
# the same clause negated, after a contrast ("…, but she did not say who …", "…, though he
# has never endorsed …", "…, but they haven't disavowed …"): its words open with the auxiliary,
# like a negated second predicate's ("did not confirm")
_NEGATED_PRONOUN_SECOND_RE = re.compile(r"(?=[\s,]),?\s+(?:(?:even|just)\s+)?(?:but|although|though|yet|while)\s+(?P<who>he|she|they)\s+"
                                        r"(?:(?:[a-z]+ly|also|still)\s+)?"
                                        r"(?P<aux>(?:did|does|do|has|have|had|would|will|could)(?:\s+not|\s+never|n['’]t)|never)\s+"
                                        r"(?:(?:yet|once|publicly|explicitly|specifically|directly|always|[a-z]+ly)\s+)?"
                                        r"(?P<verb>called (?:for|on)|[a-z]+)\b")


# a relative clause at the end whose subject, a pronoun, reports what the sentence named: "…
# in Florida, which she describes as her second home", "…, which he called a disgrace"
_RELATIVE_SECOND_RE = re.compile(r",\s+(?:which|whom)\s+(?P<who>he|she|they)\s+(?:(?:also|later|once|then|has|had|have)\s+)?"
                                 r"(?P<verb>[a-z]+)\b(?=[^,;:]*$)")
# a second verb phrase of the same subject after a conjunction: "… and said …", "…, but insisted …",
# with its own auxiliary: "…, and has called for …", "… but did not suggest …"
# (the words between a coordinating conjunction and a second predicate's verb: an adverb, then
# a perfect or "do" auxiliary with its negation and adverb; frames.py reads the same words)
SECOND_ADVERB = r"(?:(?:also|later|then|again|still|[a-z]+ly)\s+)?"
SECOND_AUX = r"(?:(?P<aux>has|have|had|did|does|do)\s+(?:not\s+)?(?:(?:also|again|since|repeatedly|publicly)\s+)?)?"
# ("yet" after a negation is an adverb, no conjunction: "had not yet answered", "hasn't yet said")
_CONJ_SECOND_RE = re.compile(r"(?=[\s,—–])(?<!\bnot)(?<!n't)(?<!n’t)(?<!\bnever)(?:,?\s+|\s*[—–]\s*)(?P<conj>and|but|yet|or)\s+"
                             + SECOND_ADVERB + SECOND_AUX +
                             r"(?P<verb>called (?:for|on)|calls for|call for|pointed out|points out|point out|[a-z]+)\b")
# the auxiliary of a verb, right before it: "has called for", "did not suggest"
# (or of the progressive: "was defending …, but admitted …")
_AUX_BEFORE_RE = re.compile(r"\b(?P<aux>has|have|had|did|does|do|was|were|is|are)\s+(?:not\s+)?(?:[a-z]+ly\s+|also\s+)?$")
_AUX_TENSE = {"had": "past", "did": "past", "has": "s", "does": "s", "have": "base", "do": "base",
              "was": "past", "were": "past", "is": "s", "are": "base"}
# a verb's infinitive complement, whose own verb a second base form after "and"/"or" can go on
# from: "refuses to release the audit or explain the gap"
_INFINITIVE_AFTER_RE = re.compile(r"\s+(?:not\s+)?to\s+[a-z]+")
# a comma (and an adverb) right before a participle: the participle follows a main clause
# ("Roe attacked Doe, saying …"; :func:`second_attribution`)
_COMMA_BEFORE_RE = re.compile(r",\s*(?:[a-z]+ly\s+)?$")
# past forms of speech verbs that do not end in -ed
_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "knew", "felt", "thought", "sought", "held", "saw",
                             "found", "gave", "made", "took", "went", "spoke", "swore", "forgot", "understood"})


def _tense(verb: str) -> str:
    """A finite speech verb's tense as its form shows it: "past", "s" (he says) or "base"."""
    first = verb.split()[0]
    if first in _IRREGULAR_PAST or first.endswith("ed"):
        return "past"
    return "s" if first.endswith("s") and not first.endswith("ss") else "base"


def _second_tense(c: re.Match) -> str:
    """The tense of a second predicate's verb, by its auxiliary when it has one ("and has
    called for" is "s", like "has attacked"; "but did not suggest" past)."""
    return _AUX_TENSE[c.group("aux")] if c.group("aux") else _tense(c.group("verb"))


@lru_cache(maxsize=1)
def _second_verbs() -> frozenset[str]:
    raw = data_file("attribution.toml")
    return frozenset(raw.get("second_clause_verbs", ())) | frozenset(raw["clause_participles"]) \
        | frozenset(raw.get("communication_participles", ()))


@lru_cache(maxsize=1)
def _coordinated_verbs() -> frozenset[str]:
    """Verbs besides the speech verbs (``verb_re``) that open a second predicate of the same
    subject: the acts of ``act_verbs`` ("… and mocked …") and ``coordinated_report_verbs``."""
    raw = data_file("attribution.toml")
    return frozenset(raw["act_verbs"]) | frozenset(raw.get("coordinated_report_verbs", ()))


@lru_cache(maxsize=1)
def speech_act_verbs() -> frozenset[str]:
    """The verbs that name an act of speech itself (``second_clause_verbs``, ``act_verbs``,
    ``coordinated_report_verbs``, and the participles of the first): what a clause of time
    reports ("After Roe argued …"), where a verb of signalling, knowing or assuming tells the
    circumstance ("When the firm signaled …")."""
    return _second_verbs() | _coordinated_verbs()


def _speech_participle(word: str, verb_re: re.Pattern) -> bool:
    """Whether `word` is the -ing participle of a verb whose past form is a speech verb or an act
    (", answering questions about …" as "answered"; "arguing", "admitting", "citing")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return any(_reports(past, verb_re) for past in (stem + "ed", stem + "d", stem[:-1] + "ed" if stem[-1:] == stem[-2:-1] else stem + "ed"))


def _reports(verb: str, verb_re: re.Pattern, participle: bool = False) -> bool:
    """Whether a second predicate's verb reports speech, an act of speech or an attitude (a
    speech participle after a first one: "mocking … and pointedly saying …")."""
    return verb in _coordinated_verbs() or bool(verb_re.fullmatch(verb)) \
        or participle and verb.endswith("ing") and verb in _second_verbs()


@lru_cache(maxsize=1024)
def _word_re(word: str) -> re.Pattern:
    """`word` as a whole word; compiled once per word (re's own cache is shared with every
    pattern of the pipeline, and a long corpus pass pushes these out of it)."""
    return re.compile(r"\b" + re.escape(word) + r"\b")


def second_attribution(masked: str, cue: str, verb_re: re.Pattern | None = None) -> tuple[int, int, str | None] | None:
    """(where the first statement ends, where the second starts, the second's pronoun
    subject or None) when a sentence attributed with `cue` goes on with a second speech verb
    of the same subject: "Lavrov said the talks failed and warned that …", '"…," Trump said,
    adding that …', or (any speech verb of `verb_re`) of a pronoun after a conjunction:
    "Kerry said the talks failed, and he urged …". The second statement opens with its verb
    (what an act of speech reads); both parts keep at least 15 characters."""
    first = _word_re(cue).search(masked) if cue in masked else None
    if first is None:
        return None
    verbs = _second_verbs()
    found = []
    m = next((m for m in _SECOND_RE.finditer(masked, first.end())
              if m.group("verb") in verbs or verb_re is not None and _speech_participle(m.group("verb"), verb_re)), None)
    if m is not None:
        found.append((m.start(), m.start("verb"), None))
    if verb_re is not None:
        # any speech verb of the same tense after "and"/"but": "Roe said the talks failed but
        # cautioned against …", "Roe praised the deal and said …" (another tense is the
        # reported clause's own verb: "Roe said voters are angry and want change")
        aux = _AUX_BEFORE_RE.search(masked, 0, first.start())
        tenses = {_tense(cue)} | ({_AUX_TENSE[aux.group("aux")]} if aux else set())
        if _INFINITIVE_AFTER_RE.match(masked, first.end()):
            tenses.add("base")  # ("refuses to release … or explain …")
        # a participle after the main clause: a finite report after it and a comma goes on from
        # the main verb ("Roe attacked Doe, saying …, and reminded the crowd …"; not "…, arguing
        # it showed intent and indicated …", the reported clause's own verb)
        main_tenses = {"past", "s"} if cue.endswith("ing") and _COMMA_BEFORE_RE.search(masked, 0, first.start()) else set()
        c = next((c for c in _CONJ_SECOND_RE.finditer(masked, first.end())
                  if _reports(c.group("verb"), verb_re, cue.endswith("ing"))
                  and (_second_tense(c) in tenses or _second_tense(c) in main_tenses and masked[c.start()] == ",")
                  # ("or" joins two infinitives or two base forms: "did not confirm or deny")
                  and (c.group("conj") != "or" or _second_tense(c) == "base")), None)
        if c is not None:
            # a negated predicate opens with its auxiliary: "…, but did not confirm …" reads "did
            # not confirm …", never the act its verb names alone
            negated = c.group("aux") and re.search(r"\bnot\b", masked[c.start("aux"):c.start("verb")])
            found.append((c.start(), c.start("aux") if negated else c.start("verb"), None))
        # (each pattern only where its words can be: "he" in "he", "she", "they"; "wh")
        p = next((p for p in _PRONOUN_SECOND_RE.finditer(masked, first.end())
                  if p.group("verb") in verbs or verb_re.fullmatch(p.group("verb"))),
                 None) if "he" in masked else None
        if p is not None:
            found.append((p.start(), p.start("verb"), p.group("who")))
        n = next((n for n in _NEGATED_PRONOUN_SECOND_RE.finditer(masked, first.end())
                  if n.group("verb") in verbs or verb_re.fullmatch(n.group("verb"))),
                 None) if "he" in masked else None
        if n is not None:
            found.append((n.start(), n.start("aux"), n.group("who")))
        r = next((r for r in _RELATIVE_SECOND_RE.finditer(masked, first.end()) if verb_re.fullmatch(r.group("verb"))),
                 None) if "wh" in masked else None
        if r is not None:
            found.append((r.start(), r.start("verb"), r.group("who")))
    if not found:
        return None
    a, b, who = min(found)
    if len(masked[:a].strip()) >= 15 and len(masked[b:].strip()) >= 15:
        return a, b, who
    return None
