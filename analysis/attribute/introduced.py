"""Quotations introduced by a colon with no speech verb before it: a speaker's label in an
article ('Rep. Jane Roe (D-Ohio): "…"'), the verb before its subject ('Said Roe: "…"', 'Said Roe, "…"'), or a
clause about its subject that announces what follows ('Roe made the following comment: "…"',
'Roe released this statement:' and the quoted paragraph after it). General English."""
from __future__ import annotations

import re

from ..speech_forms import _FINITE_RE, _NOT_FINITE, main_verb
from .cues import vocab
from .patterns import NAME_APPOSITIVE_RE, PARTY_TAG_RE, QUOTE_RE
from .quotes import _mask_quotes
from .mentions import Span
from .resolve import resolve
from .speaker import Speaker
from .subjects import _subject_left

# the decoration of a markdown label: its brackets, link target and bold marks (blanked, so the
# name keeps its place)
_MARKDOWN_RE = re.compile(r"\]\([^)\s]*\)|^\s*\[|\*+")
# the colon, then an opening quotation mark (the quotation is masked: its marks stay)
_COLON_QUOTE_RE = re.compile(r":(?:\*\*)?\s*[\"“”]")  # (a markdown label closes its bold after the colon)
# a noun of a message put out, then a comma and the quotation that is the message ('Roe issued a
# statement, "…"'); general English
_MESSAGE_COMMA_RE = re.compile(r"\b(?:statement|message|tweet|post|note|letter|email|e-mail|memo|response|reply)"
                               r"(?P<comma>,)\s*[\"“]")
# a label: a name (a title, a party tag) and nothing else before the colon
_LABEL_RE = re.compile(r"^\s*(?:[A-Z][\w.'’\-]*\s+(?:(?:and|of|de|van|von|al|bin)\s+)?){0,6}[A-Z][\w.'’\-]*\s*$")
# what may stand before a label: a heading closed by a dash ("POLLS WERE EARLY - Jane Roe:"),
# "(More) from" ("More from Roe:", "From the report:"), or both
_LABEL_AFTER_RE = re.compile(r"^(?:.*?\s[-–—]\s*|.*?[-–—](?=More\b))?(?:More\s+from\s+|From\s+)?(?P<label>\S.*)$")
# the verb first: "Said Vale:", "Added the senator:", "Wrote one reader:"
_VERB_FIRST_RE = re.compile(r"^\s*(?P<verb>[A-Z][a-z]+)\s+(?P<who>\S.{0,80})$")
# the verb first and a comma before the quotation: 'Said Roe, "…"', 'Added Jane Roe, who grew
# up with him, "…"' (the subject is the name before the first comma)
_VERB_FIRST_COMMA_RE = re.compile(r"^\s*(?P<verb>[A-Z][a-z]+)\s+(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})"
                                  r",(?:\s+[^\"“”,]{1,120},)?\s*[\"“”]")
# verbs whose subject hears or is given what the quotation says, and does not say it ("Roe
# faced a question: …", "the sign read: …")
_RECEIVING = frozenset({"faced", "faces", "received", "receives", "got", "gets", "heard", "hears", "saw", "sees",
                        "read", "reads", "fielded", "fields", "was", "were", "is", "are", "be", "been", "being",
                        "had", "has", "have",
                        "took", "takes", "drew", "draws", "prompted", "sparked", "triggered"})
_MAX_PREDICATE_WORDS = 8
# a perfect auxiliary and adverbs before a past participle: "has since apologized", "had already said"
_PERFECT_RE = re.compile(r"(?:has|have|had)\s+(?:(?:since|also|already|long|\w+ly)\s+)*(?=[a-z]+(?:ed|en)\b)")


def colon_before_quotation(masked: str, colon_quote_re: re.Pattern = _COLON_QUOTE_RE) -> int | None:
    """Where the colon is that introduces a quotation (`masked`: quotations masked, their marks
    kept): before the first opening mark `colon_quote_re` finds, with no quotation before it, or
    at the end of the sentence, the quotation its next paragraph; None otherwise."""
    m = colon_quote_re.search(masked)
    if m is None and masked.rstrip().endswith(":"):
        return len(masked.rstrip()) - 1
    if m is not None and not re.search(r"[\"“”]", masked[:m.start()]):
        return m.start()
    return None


def colon_source(ctx, u: str, masked: str, verb_re: re.Pattern, v) -> tuple[Speaker, Span] | None:
    """The speaker of a quotation after a colon (or of the quoted paragraph after a line that
    ends with one), and where the text names them; None when what stands before the colon
    names nobody who speaks."""
    vc = _VERB_FIRST_COMMA_RE.match(masked)
    if vc and verb_re.fullmatch(vc.group("verb").lower()):
        sp = resolve(ctx, vc.group("who"), u)  # 'Said Roe, who grew up with him, "…"'
        if _speaks(sp):
            return sp, _at(masked, vc.group("who"))
    if ":" not in masked:
        # (no colon: most sentences) 'Roe issued a statement, "…"': a message named right before
        # the quotation, a comma written for the colon
        m = _MESSAGE_COMMA_RE.search(masked) if '"' in masked or "“" in masked else None
        if m is None or re.search(r"[\"“”]", masked[:m.start()]):
            return None
        colon, quoted = m.start("comma"), True
    else:
        colon = colon_before_quotation(masked)
        if colon is None:
            return None
        quoted = colon < len(masked.rstrip()) - 1  # (not 'Roe released this statement:' + the next paragraph)
    before = PARTY_TAG_RE.sub(lambda t: " " * len(t.group(0)), masked[:colon])
    if "*" in before or "](" in before:  # a label in markdown: '[**Jane Roe**](https://…)**:** “…”', '**Jane Roe:** “…”'
        before = _MARKDOWN_RE.sub(lambda t: " " * len(t.group(0)), before)
    phrase = before.strip()
    if not phrase or len(phrase.split()) > 16:
        return None
    if quoted:
        # "POLLS WERE EARLY - Jane Roe: "…"", "More from Roe: "…"", "From the report: "…"": a
        # label after a heading's dash, or after "from" (whose words follow)
        cut = _LABEL_AFTER_RE.match(phrase)
        phrase = cut.group("label") if cut else phrase
    if _LABEL_RE.match(phrase) and quoted and not phrase.isupper():
        sp = resolve(ctx, phrase, u)  # 'Rep. Jane Roe (D-Ohio): "…"'
        return (sp, _at(masked, phrase)) if _speaks(sp) else None
    vf = _VERB_FIRST_RE.match(phrase)
    if vf and verb_re.fullmatch(vf.group("verb").lower()):
        sp = resolve(ctx, vf.group("who"), u)  # 'Said Vale: "…"'
        if _speaks(sp):
            return sp, _at(masked, vf.group("who").strip())
        # ("Asked which county was her favorite, she demurred:": an opening participle, no
        # inverted verb; the main clause below)
    at = main_verb(before, colon)
    if at is None:
        return None
    perfect = _PERFECT_RE.match(before, at)  # "Roe has since apologized for it:"
    verb = re.match(r"[a-z]+", before[perfect.end() if perfect else at:])
    opening = re.match(r"\W*(?:(?:and|but|yet|so)\s+)?([a-z]+)", before.lower())
    if verb is not None and (verb.group(0) in _RECEIVING and not perfect
                             or opening is not None and opening.group(1) in v.subordinators and ", " in before[at:]):
        # an opening clause closed by a comma, its verb no main one ("Asked which county was
        # her favorite, she demurred:", "When the levy passed, Roe released this statement:"):
        # the main clause's verb is the first after that comma
        comma = before.find(", ", at)
        again = main_verb(" " * (comma + 2) + before[comma + 2:], colon) if comma >= 0 else None
        if again is not None:
            at = again
            verb = re.match(r"[a-z]+", before[at:])
    if verb is None or verb.group(0) in _RECEIVING and not perfect or len(before[at:].split()) > _MAX_PREDICATE_WORDS:
        return None
    subject = _subject_left(before, at, v)
    if not subject or subject.lower() in v.subordinators:
        return None
    lead = before[:before.find(subject)] if subject in before else "?"
    if lead.strip() and not lead.rstrip().endswith(","):
        return None  # the subject opens the sentence (after an introduction closed by a comma)
    sp = resolve(ctx, subject, u)
    return (sp, _at(masked, subject)) if _speaks(sp) else None


def _speaks(sp: Speaker | None) -> bool:
    """A named person, state or organisation, or an unnamed person: someone whose words a
    quotation can be."""
    return sp is not None and (sp.named or sp.kind == "unnamed")


def _at(masked: str, phrase: str) -> Span:
    i = masked.find(phrase)
    return (i, i + len(phrase)) if i >= 0 and phrase else None


# an auxiliary or a form of "be" is no predicate of its own ("Trump was in Ohio"): the verb
# after it is ("Roe has been pounding Doe as a …")
_QUOTED_MASK_RE = re.compile(r"[\"“”]_")
_AUXILIARY_RE = re.compile(r"(?:is|are|was|were|has|have|had|will|would)\s+(?:(?:been|also|long|repeatedly|\w+ly)\s+)*(?=[a-z])")
_WORD_RE = re.compile(r"[a-z]+")
# a form of "be" before its complement, and the endings of a participle after it ("is calling",
# "was dubbed", "is seen"): a progressive or a passive, a predicate of its own
_BE_RE = re.compile(r"(?:is|are|was|were)\b")
_PARTICIPLE_END_RE = re.compile(r"(?:ing|ed|en|wn)$")
# adverbs and other words with those endings ("is even higher", "was often cited")
_NO_PARTICIPLES = frozenset({"even", "often", "then", "when", "own", "down", "open", "seven", "eleven", "ten", "eighteen",
                             "fifteen", "sixteen", "thirteen", "fourteen", "seventeen", "nineteen", "hundred", "indeed",
                             "sacred", "naked", "wicked", "rugged", "ragged", "wretched", "beloved", "learned"})


def quoting_predicate(ctx, u: str, masked: str, v) -> tuple[Speaker, str, Span] | None:
    """The subject of a main clause whose predicate carries someone's quoted words with a verb
    of no speech list ('Roe has been pounding Doe as a "pier wrecker"', 'Vale compared Doe to
    a coach who is "working the referees"'): their words, the verb the cue. Only a named
    person or organisation at the start of the sentence (after an introduction closed by a
    comma), and words, not a title ("Morning Edition"), in the quotation."""
    first = _QUOTED_MASK_RE.search(masked) if "_" in masked else None  # (a quotation masked)
    if first is None or _NAMING_BEFORE_RE.search(masked, 0, first.start()):
        return None  # ('the so-called "jungle"': a name the outlet cites, nobody's words)
    q = QUOTE_RE.match(u, first.start())
    quoted = q.group(0)[1:-1] if q else ""
    if not _WORD_RE.search(quoted) or _title_words(quoted):
        return None
    if q and _NAME_AFTER_RE.match(u, q.end()):
        return None  # 'sent its "national enterprise reporter" Jane Roe': an epithet before a name
    for at in _predicate_verbs(masked, first.start()):
        aux = _AUXILIARY_RE.match(masked, at)
        verb = _WORD_RE.match(masked, aux.end() if aux else at)
        if verb is None or verb.group(0) in _RECEIVING or re.search(r"[,;:]", masked[verb.end():first.start()]):
            continue
        if aux is not None and _BE_RE.match(aux.group(0)) \
                and (not _PARTICIPLE_END_RE.search(verb.group(0)) or verb.group(0) in _NO_PARTICIPLES):
            continue  # "Roe is now host of “…”", "Doe was a “favorite”": "be" and a description, no speech
        subject = _subject_left(masked, at, v)
        if not subject:  # "Another critic, Ann M. Vale, likened …"
            nm = NAME_APPOSITIVE_RE.search(masked, 0, at)
            subject = nm.group("who") if nm else ""
        if not subject or subject.lower() in v.subordinators or subject not in masked or len(subject.split()) > 6:
            continue
        lead = masked[:masked.find(subject)]
        if lead.strip() and not lead.rstrip().endswith(","):
            continue
        sp = resolve(ctx, subject, u)
        if sp is not None and sp.named:
            return sp, verb.group(0), _at(masked, subject)
    return None


# the finite verbs of speech_forms.main_verb, after an appositive's comma too ("Ann Vale,
# the director of …, compared")
_FINITE_AFTER_COMMA_RE = re.compile(_FINITE_RE.pattern.replace("(?<=[\\w.’'])", "(?<=[\\w.’',])", 1))
# a person's name right after a quotation: given name and surname, capitalised
_NAME_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’\-]+")
_NAMING_BEFORE_RE = re.compile(r"\b(?:so-called|so called|the words?|the phrase|the term|the slogan|the hashtag)\s*$")


def _predicate_verbs(masked: str, end: int) -> list[int]:
    """Where the finite verbs before `end` start (after a name or an appositive), at most
    three; a form in -s only right after a capitalised word ("Roe calls"), since after a
    word in lower case it is mostly a plural noun ("international weapons inspectors"), and
    never one that heads a source's description ("Kurdish forces", "Syrian officials")."""
    out = []
    heads = vocab().speaking_things  # "Kurdish forces", "Democratic leaders": the head of a noun phrase
    for m in _FINITE_AFTER_COMMA_RE.finditer(masked, 0, end):
        verb = m.group("verb")
        if verb in _NOT_FINITE or (verb.endswith("s") and verb not in ("is", "was", "has", "does")
                                   and (not _AFTER_NAME_RE.search(masked, 0, m.start("verb"))
                                        or verb.lower() in heads)):
            continue
        out.append(m.start("verb"))
    return out[:3]


_AFTER_NAME_RE = re.compile(r"[A-Z][\w.'’\-]*\s+$")


def _title_words(quoted: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’\-]{3,}", quoted)
    return bool(words) and all(w[0].isupper() for w in words)


NAMING_VERBS = frozenset({"called", "calls", "described", "describes", "dubbed", "dubs", "termed", "terms",
                          "labeled", "labelled", "labels"})
# a relative clause that names its subject's words for the thing before it: "the United
# Nations, which he once called “a club …”", "what one weapons expert called a “portable
# model”" (general English: a verb of naming right before the quotation, its subject after the
# relative word). Not "it" or "they": their antecedent is mostly the noun the relative clause
# follows ("a company …, which specializes in what it calls “…”"), which no reading here binds
_RELATIVE_NAMING_RE = re.compile(
    r"\b(?:which|what|whom|that)\s+(?P<who>(?:he|she|(?:(?:an?|one|the|some|several|multiple|many)\s+)?(?!it\b|they\b)[A-Za-z][\w.'’\-]*(?:\s+[A-Za-z][\w.'’\-]*){0,3}?))"
    # (an aside of a few words between the subject and its verb: "which Roe, for one, called …")
    r"(?:,\s+[a-z][\w\s]{1,20}?,)?\s+(?:(?:has|had|have)\s+)?(?:(?:once|also|repeatedly|previously|since|then|\w+ly)\s+)?"
    r"(?P<verb>" + "|".join(sorted(NAMING_VERBS, key=len, reverse=True)) + ")"
    r"\s+(?:as\s+)?(?:(?:an?|the|his|her|their|its)\s+)?(?=[\"“]_)")
# the masked quotation a relative clause of naming ends in (:func:`relative_naming_words`)
_MASKED_QUOTATION_RE = re.compile(r"[\"“]_*[\"”]")


def _naming_match(masked: str) -> re.Match | None:
    """The first relative clause of naming (:data:`_RELATIVE_NAMING_RE`); a "that" right after
    a verb of saying or a position opens the clause that verb reports ("Roe said that Doe called
    …"), no relative clause."""
    for m in _RELATIVE_NAMING_RE.finditer(masked):
        before = masked[:m.start()].split()
        if not (masked.startswith("that", m.start()) and before and vocab().verb_re.fullmatch(before[-1].lower())):
            return m
    return None


def relative_naming(ctx, u: str, masked: str) -> tuple[Speaker, str, Span] | None:
    """The speaker of words quoted in a relative clause of naming ("the council, which she once
    called “a club …”", "what one expert called a “model”"): the relative clause's subject, the
    verb the cue. None when its subject names nobody who speaks."""
    m = _naming_match(masked) if ("which" in masked or "what" in masked or "whom" in masked
                                  or "that" in masked) else None
    if m is None:
        return None
    sp = resolve(ctx, m.group("who"), u)
    return (sp, m.group("verb"), m.span("who")) if _speaks(sp) else None


def relative_naming_words(u: str, cue: str) -> Span:
    """The words a relative clause of naming quotes (:func:`relative_naming`): from its verb to
    the end of the quotation ("which he once called “a club …”" -> "“a club …”"), or None."""
    masked = _mask_quotes(u)
    m = _naming_match(masked)
    if m is None or m.group("verb") != cue:
        return None
    close = _MASKED_QUOTATION_RE.match(masked, m.end())
    return (m.end(), close.end()) if close else None
