"""Quotation marks: masking quoted words out of a sentence, whether a sentence is mostly a
quotation, and a quotation left open at a paragraph's end that the next paragraph attributes."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import NARRATOR, Statement, is_actor_name
from .patterns import QUOTE_RE, TITLE_DOT
from .speaker import Speaker

TITLE_DOT_RE = re.compile(TITLE_DOT)


@lru_cache(maxsize=1 << 12)  # a function of the sentence alone, asked by most rules of one sentence
def _mask_quotes(u: str) -> str:
    """The sentence with quoted words replaced by underscores (same length), marks kept,
    and the dot of "Mr." blanked so that it does not end a clause."""
    u = TITLE_DOT_RE.sub(lambda m: m.group(0)[:-1] + " ", u)
    return QUOTE_RE.sub(lambda m: m.group(0)[0] + "_" * max(0, len(m.group(0)) - 2) + (m.group(0)[-1] if len(m.group(0)) > 1 else ""), u)


def _mostly_quote(u: str) -> bool:
    inside = sum(len(m.group(0)) for m in QUOTE_RE.finditer(u))
    return inside >= 0.6 * len(u.strip())


def _carry_back_open_quotes(statements: list[Statement]) -> None:
    """A quotation left open at the end of its paragraph and attributed only in the next
    one ('"We will not accept this.' / '"We call on our partners," Lavrov said.') takes
    the next paragraph's speaker."""
    for i in range(len(statements) - 2, -1, -1):
        st, nxt = statements[i], statements[i + 1]
        if st.cue != "narrator" or nxt.cue in ("narrator", "turn", "comment", "spam", "speech"):
            continue
        if st.section != nxt.section or not is_actor_name(nxt.speaker):
            continue
        t = st.text.lstrip()
        if t[:1] in "\"“" and nxt.text.lstrip()[:1] in "\"“" and _open_quote(t):
            st.speaker, st.speaker_kind, st.reported_by, st.cue = nxt.speaker, nxt.speaker_kind, nxt.reported_by, "continuation"
            st.speaker_start, st.speaker_end = nxt.speaker_start, nxt.speaker_end


# the tail of a quotation cut off by its own "?" or "!" before a capitalised name ('"Why?"
# Doe demanded.'): a sentence that opens with a speaker and their verb, a few words long
_TAIL_FRAME_MAX_WORDS = 20
_ENDS_ASKING_RE = re.compile(r"[?!](?:['’]?[\"”]|'')\s*$")
# a quotation closed by its own full stop (or an ellipsis), then a tail that is its speaker and verb alone with a
# short adjunct at most ('“We will win.” Roe said.', '"…." Roe said on Monday.'): the tail of a
# quotation written as a sentence of its own (a tail that goes on, 'Roe said the vote …', is
# a report of its own)
_ENDS_STATING_RE = re.compile(r"(?:\.|…)(?:['’]?[\"”]|'')\s*$")
# an appositive between the tail's subject and its verb: '"…?" Jane Roe, the county's chairman, said.'
_APPOSITIVE = r"(?:,\s+[^,;:\"“”\n]{1,80},)?"
_BARE_TAIL_RE = re.compile(r"(?:\s+[a-z]+ly)?(?:\s+(?:on|in|at|during|after|before|to|of|about|from|with|last|this|"
                           r"yesterday|today|tonight|earlier|later|recently|Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday)\b[^.;:,]{0,40})?[.]\s*$")
# a quotation's marks: double quotes, curly or straight, or two apostrophes as some papers write
# them ("''We will win,'' Roe said.")
_OPENING_MARKS = ('"', "“", "''")
_QUOTATION_MARKS = ('"', "“", "”", "''")
_NOT_SPOKEN = frozenset({"narrator", "continuation", "turn", "comment", "spam", "speech", "frame", "post", "credit"})


def _carry_back_tail_frames(statements: list[Statement], text: str) -> None:
    """A quotation that ends with a question or exclamation mark is followed, in the same
    paragraph, by a sentence that opens with its speaker and verb ('“Why is it so hard?” Doe
    demanded.', '"Why?" Roe said about the plan.'), or one that ends with a full stop by a
    sentence that is its speaker and verb alone ('“We will win.” Roe said.'): the quotation is
    that speaker's, and the tail is the outlet's frame."""
    for i in range(len(statements) - 1):
        prev = statements[i]
        if prev.cue not in ("narrator", "continuation") or not prev.text.lstrip().startswith(_OPENING_MARKS):
            continue
        stating = not _ENDS_ASKING_RE.search(prev.text)
        if stating and not _ENDS_STATING_RE.search(prev.text):
            continue
        j = i + 1
        while j < len(statements) - 1 and statements[j].cue == "frame":
            j += 1
        st = statements[j]
        if st.cue in _NOT_SPOKEN or st.section != prev.section or st.speaker_start is None \
                or text[prev.char_end:st.speaker_start].strip():
            continue  # (the tail opens with its subject, right after the quotation)
        tail = text[prev.char_end:st.char_end]
        if "\n" in tail or any(q in tail for q in _QUOTATION_MARKS) or len(tail.split()) > _TAIL_FRAME_MAX_WORDS \
                or not (verb := re.match(_APPOSITIVE + r"\s+(?:[a-z]+ly\s+)?" + re.escape(st.cue) + r"\b", text[st.speaker_end:])):
            continue
        if stating and not _BARE_TAIL_RE.match(text[st.speaker_end + verb.end():st.char_end]):
            continue
        prev.speaker, prev.speaker_kind, prev.reported_by, prev.cue = st.speaker, st.speaker_kind, st.reported_by, st.cue
        prev.speaker_start, prev.speaker_end = st.speaker_start, st.speaker_end
        for k in range(i + 1, j + 1):
            s = statements[k]
            s.speaker, s.speaker_kind, s.reported_by, s.cue = NARRATOR, "narrator", None, "frame"


def _open_quote(t: str) -> bool:
    return t.count('"') % 2 == 1 or t.count("“") > t.count("”")


# what may stand before a quotation of the speaker's own words: the start of the sentence, a
# clause's punctuation ('"…," he said, "…"', 'X said: "…"'), or a quotation that ended a
# clause ('… "…." "…"'); a quotation after a word ('the show "Tonight"', 'called it "a
# disaster"') is a title or words the frame cites, part of the frame
_SPEECH_BEFORE = frozenset(",:;.?!—–-(")
_QUOTE_MARKS = "\"“”"


def _opens_own_words(u: str, at: int) -> bool:
    """Whether the quotation opening at u[at] stands where a speaker's words begin."""
    i = at - 1
    while i >= 0 and u[i].isspace():
        i -= 1
    if i < 0 or u[i] in _SPEECH_BEFORE:
        return True
    return u[i] in _QUOTE_MARKS and i > 0 and u[i - 1] in ".?!,"


_TITLE_WORD_RE = re.compile(r"[A-Za-z][\w'’\-]{3,}")


def _title(quoted: str) -> bool:
    """Whether quoted words are a title or a name ("Morning Edition", "The Art of the Deal"):
    every word of four letters or more capitalised."""
    words = _TITLE_WORD_RE.findall(quoted)
    return all(w[0].isupper() for w in words)


# a relative clause after the speaker's name that reports more of their words: ", who added
# that …", ", who said …" (general English verbs of saying and believing)
_RELATIVE_REPORT_RE = re.compile(r",\s+who\s+(?:also\s+|later\s+)?(?P<verb>(?:added|adds|said|says|noted|notes|argued|argues|"
                                 r"warned|warns|thinks|believes|insisted|insists|explained|explains)\b)")


def quoted_parts(u: str, verb_start: int) -> list[tuple[int, int]] | None:
    """The speaker's own words of a sentence that opens with a quotation and names its speaker
    after it: the quotations that open a clause, without the frame around them ('"We are
    ready," said Jane Roe, a lawyer who works for the union, "and we will stay."' -> both
    quotations; '"It is made up," he said of the claim on ABC's "This Week."' -> the first).
    None when the sentence does not open with a quotation or the verb stands inside one."""
    lead = len(u) - len(u.lstrip())
    if u[lead:lead + 1] not in ("\"", "“"):
        return None
    parts = []
    for m in QUOTE_RE.finditer(u):
        a, z = m.span()
        if a < verb_start < z:
            return None  # the verb is quoted: no frame around the quotation
        if z - a > 2 and (a == lead or (a > verb_start and _opens_own_words(u, a))):
            if z < len(u) and u[z:z + 1] in ".?!" and not u[z + 1:].strip():
                z += 1  # '…"B".': the sentence's own full stop
            parts.append((a, z))
        elif a > verb_start and not _title(u[a + 1:z - 1]):
            # the frame quotes other words ('…, after Roe proposed meeting "in the coming
            # months"'): it reports speech too, and the sentence stays whole; but for a relative
            # clause of the speaker's that reports more of their words ('"…," said Jane Roe, a
            # lawyer, who added that the deal was "dead."'): the opening quotation, and that
            # clause's report from its verb to the end of the sentence
            rel = _RELATIVE_REPORT_RE.search(u, verb_start, a)
            if rel is None or not parts or parts[0][0] != lead or parts[0][1] > verb_start:
                return None
            return parts + [(rel.start("verb"), len(u.rstrip()))]
    if not parts or parts[0][0] != lead or parts[0][1] > verb_start:
        return None
    return parts


# the speaker of a quotation described, not named: '"…," said a former senior law enforcement
# official', '"…," one user wrote', '"…," said one Democrat familiar with the talks': a
# determiner, a few modifiers and the head noun, before what follows the head (a preposition,
# a relative clause, a postnominal adjective: "familiar with", "close to"). General English.
_DESCRIPTION_RE = re.compile(
    r"^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Oo]ther|[Aa]\s+few)\s+"
    r"(?P<words>[\w'’\-]+(?:\s+[\w'’\-]+){0,5}?)"
    r"(?:\s+(?:of|in|at|from|for|on|with|to|who|that|familiar|close|knowledgeable|briefed|involved|speaking|"
    r"granted|based|outside|inside|near|among|during|after|before)\b.*)?$")
# a part of a group ("one of those advisers", "two of Mr. Roe's aides"): a member of the
# group the rest of the phrase describes. General English.
_PARTITIVE_RE = re.compile(r"^(?:[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Aa] few|[Ee]ach|[Bb]oth|[Aa]ll)"
                           r"\s+of\s+(?:the|those|these|his|her|their|its|our|(?:[A-Z][\w.'’\-]*\s+){0,2}[A-Z][\w.'’\-]*['’]s)\s+"
                           r"(?P<rest>[a-z].*)$")
_NOT_HEADS = frozenset({"of", "in", "at", "from", "for", "on", "with", "to", "and", "or", "the", "a", "an", "who",
                        "that", "other", "others", "more", "most", "such", "same", "own", "very", "few", "many",
                        "them", "us", "these", "those", "it", "him", "her", "you", "me", "time", "times", "day",
                        "week", "year", "way", "thing", "things", "point"})
_HEAD_RE = re.compile(r"[A-Za-z0-9][\w\-]*[A-Za-z]")


def quoted_description(phrase: str) -> Speaker | None:
    """An unnamed speaker for the description that attributes a quotation when nothing in the
    document or the registry resolves it: "(unnamed official)" for '"…," said a former senior
    law enforcement official'. None when the phrase is no such description."""
    part = _PARTITIVE_RE.match(phrase.strip(" ,.'\"“”"))
    if part:
        phrase = "the " + part.group("rest")  # "one of those advisers": one of the advisers
    m = _DESCRIPTION_RE.match(phrase.strip(" ,.'\"“”"))
    if m is None:
        return None
    words = m.group("words").split()
    head = words[-1]
    if words[0].lower() in _NOT_HEADS or head.lower() in _NOT_HEADS or not _HEAD_RE.fullmatch(head) \
            or len(head) < 3 or head.endswith("ly"):
        return None
    if head[0].isupper() and phrase.split()[0].lower() not in ("a", "an", "one", "another"):
        return None  # "The New York Times", "the Clintons": a name, not a description
    return Speaker(f"(unnamed {head})", "unnamed")


_QUOTATION_ENDS_RE = re.compile(r"[\"”]\s*,?\s*$")


def described_after_quotation(masked: str, phrase: str, verb_start: int) -> Speaker | None:
    """:func:`quoted_description` for the subject of a speech verb that stands right after a
    quotation, before its verb ('"…," one user wrote') or after it ('"…," said a former
    official'): a quotation's tail names its speaker, whatever words it uses."""
    return quoted_description(phrase) if follows_quotation(masked, phrase, verb_start) else None


def follows_quotation(masked: str, phrase: str, verb_start: int) -> bool:
    """Whether a speech verb ('"…," said X') or its subject ('"…," X said') stands right after
    a quotation: the quotation's tail, which names the quotation's speaker."""
    if _QUOTATION_ENDS_RE.search(masked, 0, verb_start):  # inverted: the verb right after the quotation
        return True
    at = masked.rfind(phrase, 0, verb_start)
    return at > 0 and _QUOTATION_ENDS_RE.search(masked, 0, at) is not None
