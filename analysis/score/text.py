"""A statement's text as the scorer reads it: typography normalised (curly apostrophes
break VADER's negation: "weren’t successful" reads +0.59, "weren't successful" -0.47) and
split into its own words and the attribution clause around them ('"We are ready,"
Lavrov said.': the head "Lavrov said that", the tail '…," Lavrov said.', ', according to
X'). Tone is scored on the own words; escalation reads the head and the own words."""
from __future__ import annotations

import re
from typing import NamedTuple

from ..alternation import longest_first

# -------------------------------------------------------------------------- typography

_TYPO = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
    "\u200b": "", "\ufeff": "", "\u00ad": "",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-", "\u2014": " - ", "\u2015": " - ",
    "\u2026": "...",
})


_TYPO_CHARS = {chr(k): v for k, v in _TYPO.items()}
# one regex pass touching only the characters to replace: 4x faster than str.translate
# with this table, which looks every character up (measured on the corpus statements)
_TYPO_RE = re.compile("[" + "".join(re.escape(c) for c in _TYPO_CHARS) + "]")


def _typo(m: re.Match) -> str:
    return _TYPO_CHARS[m.group()]


def normalise(text: str) -> str:
    """Straight quotes and apostrophes, plain spaces, hyphens and dashes ("—" -> " - "),
    "..." for "…": the typography VADER's lexicon and negation rules were written for."""
    return text if text.isascii() else _TYPO_RE.sub(_typo, text)  # every mapped character is non-ASCII



# -------------------------------------------------------------------------- own words

QUOTED = re.compile(r'"([^"]{2,})"')
# A subject: a pronoun, "the/a …" or a capitalised name, of at most six words none of
# which is a past-tense verb ("The government on Thursday accepted demands that …" is
# not "X said that").
_WORD = r"(?![a-z][\w'-]*ed\b)[\w'.-]+"
_NAME = r"[A-Z][\w.'-]*(?:\s+(?:of |the |de |al-)?[A-Z][\w.'-]*){0,5}"
_SUBJ = rf"(?:(?i:he|she|they|it|we|i)|(?i:the|a|an|one)(?:\s+{_WORD}){{1,6}}?|{_NAME})"
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "argued", "argues", "insisted", "insists",
    "stressed", "stresses", "explained", "explains", "wrote", "writes", "tweeted", "stated", "declared", "declares",
    "announced", "announces", "claimed", "asserted", "asserts", "maintained", "maintains", "remarked", "observed",
    "commented", "replied", "responded", "answered", "continued", "concluded", "recalled", "suggested", "suggests",
    "pointed out", "points out", "reiterated", "reiterates", "underscored", "underscores", "emphasised",
    "emphasized", "emphasises", "emphasizes", "confirmed", "confirms", "acknowledged", "admitted", "conceded",
    "warned", "warns", "cautioned", "accused", "accuses", "threatened", "threatens", "charged", "complained",
    "complains", "urged", "vowed", "pledged", "promised", "praised", "welcomed", "hailed", "condemned", "condemns",
    "denounced", "criticised", "criticized", "blasted", "slammed", "demanded", "predicted", "predicts", "quipped",
    "countered", "retorted",
)
_SPEECH = "(?:" + longest_first(SPEECH_VERBS) + ")"
_SPEECH_FIRST = frozenset(v.split()[0] for v in SPEECH_VERBS) | {"quoted"}
_AUX = r"(?:(?:has|had|also|later|then|again|once again|reportedly|previously|separately)\s+)*"
_TRAIL = (r"(?:\s+[a-z]+ly\b)?"  # "…," Lavrov said bitterly
          r"(?:\s+(?:on|this|last|late|early|in|at|during|to|after|before|while|per|via|according)\b[^\"]{0,140}?)?")
# '…, Lavrov said (in an interview …).', '…," said Lavrov.', '…," State Department
# spokesperson Ned Price said in a readout of the meeting.'
_TAIL_SUBJ = r"(?!(?:that|which|who|and|but|as|if|when|while|because)\b)[^,;:\"()]{1,80}?"
ATTRIBUTION_TAIL = re.compile(
    rf"(?:,|(?<=[\"?!]))\s*(?:{_TAIL_SUBJ}\s+{_AUX}{_SPEECH}|{_SPEECH}\s+{_TAIL_SUBJ})\b{_TRAIL}\s*[.!]?\s*$")
# 'Lavrov said (that) …', 'Russia warned the US that …', 'The ministry said: …'
ATTRIBUTION_HEAD = re.compile(
    rf"^{_SUBJ}\s+{_AUX}{_SPEECH}(?:\s+(?:on|this|last|in an interview|in a statement|late|early)\b[^,:\"]{{0,60}}?)?"
    rf"(?:(?:\s+(?:to\s+)?[\w' .-]{{2,40}}?)?\s+that\s+|\s*[,:]\s*|\s+(?=\")"
    rf"|(?:(?<=said)|(?<=says)|(?<=added)|(?<=noted))\s+(?=\w))")
# "The foreign minister quoted Gerasimov as saying (that) …", "X was quoted as saying …"
QUOTED_AS = re.compile(r"^[^\"]{0,140}?\bquoted\s+(?:[^\"]{2,100}?\s+)?as\s+(?:saying|telling|arguing|warning|stating)\s+"
                       r"(?:that\s+)?", re.IGNORECASE)
ACCORDING_TO = re.compile(r"(?:^|,\s*)(?:according to|per)\s+[^,\"]{2,100}?(?:,\s*|\s*[.!]?\s*$)", re.IGNORECASE)
_LOWER_WORD = re.compile(r"[a-z]+")
# whether one of _SPEECH_FIRST is a whole run of a-z in the text (what the runs' findall
# tells), without making the runs: at the start, or after a character other than a-z. The
# pattern opening with that class lets re skip to it in C; the runs' findall cost ~28,000
# instructions a statement (one string and one match state per word), over half of split
_SPEECH_FIRST_WORD = "(?:" + longest_first(_SPEECH_FIRST) + ")(?![a-z])"
_SPEECH_FIRST_START = re.compile(_SPEECH_FIRST_WORD)
_SPEECH_FIRST_INSIDE = re.compile("[^a-z]" + _SPEECH_FIRST_WORD)


def _names_speech(t: str) -> bool:
    """Whether a run of a-z in `t` is a speech verb's first word (``_SPEECH_FIRST``)."""
    return bool(_SPEECH_FIRST_START.match(t) or _SPEECH_FIRST_INSIDE.search(t))


class Parts(NamedTuple):  # a tuple: built for every statement, and a frozen dataclass is slow to build
    """A statement's text in three parts (typography normalised): its own ``words``, the
    ``head`` that introduces them ("Russia warned the US that") and the ``tail`` after them
    ('…," Lavrov said.', ', according to X'). Head and tail may be empty."""

    words: str
    head: str = ""
    tail: str = ""


def split(text: str, span: tuple[int, int] | None = None) -> Parts:
    """Split a statement's text into its own words and its attribution clause.

    ``span`` is the attribution clause's (start, end) in ``text`` when the caller knows it
    (a head if only quotes and spaces precede it, else a tail). Otherwise: the
    quotation(s) when they make up most of the text (the rest is the tail), else the text
    without the clauses it recognises: a tail ('…, Lavrov said.', '…," said Lavrov.'),
    a head ('Lavrov said (that)', 'X quoted Y as saying'), 'according to X'."""
    if span is not None:
        s, e = max(0, span[0]), min(len(text), span[1])
        own = normalise(f"{text[:s]} {text[e:]}").strip(' ,;:"')
        if s < e and own:
            clause = normalise(text[s:e]).strip()
            return Parts(own, clause, "") if not text[:s].strip(' "\'“‘') else Parts(own, "", clause)
    t = normalise(text).strip()
    if '"' in t:
        quotes = QUOTED.findall(t)
        if quotes and sum(len(q) + 2 for q in quotes) >= 0.55 * len(t):
            return Parts(" ".join(q.strip() for q in quotes), "", QUOTED.sub(" ", t).strip())
    head = tail = ""
    if _names_speech(t):  # a cheap test first: most sentences have none
        m = ATTRIBUTION_TAIL.search(t)
        if m and m.start() > 0.25 * len(t):
            tail = m.group(0).strip()
            t = t[:m.start()].rstrip(' ,"')
        m = QUOTED_AS.match(t) or ATTRIBUTION_HEAD.match(t)
        if m and m.end() < 0.75 * len(t):
            head = m.group(0).strip()
            t = t[m.end():]
    if "ccording to" in t or "per " in t:
        m = ACCORDING_TO.search(t)
        if m and (m.start() == 0 or m.end() >= len(t) - 1):
            if m.start() == 0:
                head = f"{head} {m.group(0)}".strip()
            else:
                tail = f"{m.group(0)} {tail}".strip()
            t = (t[:m.start()] + (" " if m.start() else "") + t[m.end():]).strip()
    words = t.strip(' ,;:"')
    return Parts(words, head, tail) if words else Parts(normalise(text).strip())


def own_words(text: str, span: tuple[int, int] | None = None) -> str:
    """The statement's own words (see :func:`split`): what tone is scored on."""
    return split(text, span).words
