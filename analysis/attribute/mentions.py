"""Where a source is named in its sentence: the span of a subject phrase before or after its
verb, trimmed of the spaces and marks the resolver strips, and whether a speaker trails a
quotation. Shared by the reading of speech verbs (:mod:`.verb_subjects`) and the other
readings of a sentence (:mod:`.reported`)."""
from __future__ import annotations

import re

Span = tuple[int, int] | None  # where in the sentence the source is named
_STRIP = " ,.'\"\n\t"


def trim(text: str, a: int, b: int) -> Span:
    """(a, b) without the spaces and marks :func:`.resolve.resolve` strips from a phrase."""
    while a < b and text[a] in _STRIP:
        a += 1
    while b > a and text[b - 1] in _STRIP:
        b -= 1
    return (a, b) if a < b else None


def after_comma_or_quote(text: str, phrase: str) -> bool:
    """`text` ends with `phrase` (spaces after it allowed) and a comma or closing quotation
    mark stands before it ('"…," the senator' + said): the speaker trails a quotation. Plain
    string tests, not a pattern built per sentence (compiling one was about 5 % of the
    pipeline's time on saved news pages)."""
    text = text.rstrip()
    if not phrase:
        return False
    if not text.endswith(phrase):
        # (a subject read with its spaces run together: "Mr Doe" for the masked "Mr  Doe")
        words = phrase.split()
        parts = text.rsplit(None, len(words))
        if len(parts) != len(words) + 1 or parts[1:] != words:
            return False
        return parts[0].endswith((",", '"', "”"))
    return text[: len(text) - len(phrase)].rstrip().endswith((",", '"', "”"))


def mention_before(masked: str, phrase: str, end: int) -> Span:
    """Where the subject `phrase` stands in the sentence: its last occurrence before `end`
    (the verb), with any run of spaces between its words ("the  senator")."""
    phrase = phrase.strip(_STRIP)
    if not phrase:
        return None
    at = masked.rfind(phrase, 0, end)
    if at >= 0:
        return trim(masked, at, at + len(phrase))
    hits = list(re.finditer(r"\s+".join(map(re.escape, phrase.split())), masked[:end]))
    return trim(masked, *hits[-1].span()) if hits else None


def mention_after(masked: str, phrase: str, start: int) -> Span:
    """Where `phrase` stands in the sentence: its first occurrence from `start` on."""
    phrase = phrase.strip(_STRIP)
    at = masked.find(phrase, start) if phrase else -1
    return trim(masked, at, at + len(phrase)) if at >= 0 else None


# a relative pronoun that is the subject of the verb after it: "Roe, who said …", "voters who
# say …", "the police department, which reported …": no clause mark between it and the verb
# ("Roe, who was asked about it, said …" is Roe's own verb)
_RELATIVE_SUBJECT_RE = re.compile(r"\b(?:who|which)\b(?=[^,;:()\"“”—–]*$)")


def relative_subject(masked: str, mention: Span, verb_start: int) -> Span:
    """Where the subject of a verb is named when it is a relative pronoun after its antecedent
    (`mention`, the antecedent the speaker was resolved from): the pronoun, as "he" in "he
    said" is the mention of a pronoun's antecedent; a personal pronoun after it when the
    relative pronoun is the verb's object ("who he dubbed"). `mention` otherwise."""
    if mention is None:
        return None
    m = _RELATIVE_SUBJECT_RE.search(masked, mention[1], verb_start)
    if m is None:
        return mention
    own = _PERSONAL_SUBJECT_RE.search(masked, m.end(), verb_start)
    return own.span() if own else m.span()  # "the senator, who he dubbed …": "he" is the subject


_PERSONAL_SUBJECT_RE = re.compile(r"\b(?:he|she|they|we|I)\b")


# the pronoun subject of a second report in a sentence, right before its verb (an adverb or
# auxiliary or two between): "…, and he urged …", "…, though she added …", "…, which he
# described as …", '"…," said Roe, who predicted …' (the second statement opens with its verb)
_SECOND_SUBJECT_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|(?<=, )who)\s+"
                                r"(?:(?:[a-z]+ly|also|later|then|again|still|has|had|have|would|will)\s+){0,2}$")


def second_subject(u: str, gap_start: int, verb_at: int) -> Span:
    """Where a second report of a sentence names its subject, when that is a pronoun of its
    own between the first report's end (`gap_start`) and its verb (`verb_at`); None when the
    second report shares the first one's subject ("Roe said … and warned …")."""
    m = _SECOND_SUBJECT_RE.search(u, gap_start, verb_at)
    return trim(u, m.start(), m.start() + len(m.group(0).split()[0])) if m else None
