"""The segmenter's cues: the vocabulary of ``data/segment.toml`` compiled once, and the
patterns of the line formats it knows (reply lines, comment headers, transcript labels)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..toml_data import data_file

# --------------------------------------------------------------------------- cues


@dataclass(frozen=True)
class Cues:
    furniture: re.Pattern
    furniture_floating: re.Pattern
    floating_hints: tuple[str, ...]
    furniture_max: int
    dateline: re.Pattern
    menu_run: int
    menu_words: int
    byline: re.Pattern
    teaser_heading: re.Pattern
    teaser_headline_words: int
    teaser_sentence_words: int
    repeated_line_words: int
    spam: re.Pattern
    spam_hints: tuple[str, ...]
    spam_parts: tuple[tuple[str | None, bool, re.Pattern], ...]  # (a literal it requires, anchored at ^, pattern)
    advert_heading: re.Pattern
    promo_words: frozenset[str]
    comment_strong: tuple[re.Pattern, ...]
    comment_weak: tuple[re.Pattern, ...]
    comment_threshold: int
    comment_confirm_points: int
    comment_form: re.Pattern
    min_article_paragraphs: int
    subhead_words: int
    min_labels: int
    title_words: int
    title_lower: int
    title_function_words: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = data_file("segment.toml")
    ci = lambda ps: tuple(re.compile(p, re.I) for p in ps)  # noqa: E731
    c = raw["comments"]
    return Cues(
        # patterns anchored at the start are tried at position 0 only (re.match): most are
        furniture=re.compile("|".join(f"(?:{p[1:]})" for p in raw["furniture"]["line"] if p.startswith("^")), re.I),
        furniture_floating=re.compile("|".join(f"(?:{p})" for p in raw["furniture"]["line"] if not p.startswith("^")), re.I),
        furniture_max=int(raw["furniture"]["max_line"]),
        floating_hints=tuple(raw["furniture"]["floating_hints"]),
        dateline=re.compile(raw["furniture"]["dateline"], re.I),
        menu_run=int(raw["furniture"]["menu_run"]),
        menu_words=int(raw["furniture"]["menu_words"]),
        byline=re.compile(raw["furniture"]["byline"]),
        teaser_heading=re.compile(raw["furniture"]["teaser_heading"], re.I),
        teaser_headline_words=int(raw["furniture"]["teaser_headline_words"]),
        teaser_sentence_words=int(raw["furniture"]["teaser_sentence_words"]),
        repeated_line_words=int(raw["furniture"]["repeated_line_words"]),
        spam=re.compile("|".join(f"(?:{p})" for p in raw["spam"]["paragraph"]), re.I),
        spam_hints=tuple(raw["spam"]["hints"]),
        spam_parts=tuple((required_literal(p), p.startswith("^"), re.compile(p, re.I)) for p in raw["spam"]["paragraph"]),
        advert_heading=re.compile(raw["spam"]["advert_heading"], re.I),
        promo_words=frozenset(w.lower() for w in raw["spam"]["promo_words"]),
        comment_strong=ci(c["strong"]) + tuple(re.compile(p) for p in c["strong_case_sensitive"]),
        comment_weak=ci(c["weak"]) + tuple(re.compile(p) for p in c["weak_case_sensitive"]),
        comment_threshold=int(c["threshold"]),
        comment_confirm_points=int(c["confirm_points"]),
        comment_form=re.compile("|".join(f"(?:{p})" for p in c["form"]), re.I),
        min_article_paragraphs=int(c["min_article_paragraphs"]),
        subhead_words=int(raw["transcript"]["subhead_words"]),
        min_labels=int(raw["transcript"]["min_labels"]),
        title_words=int(raw["transcript"]["title_words"]),
        title_lower=int(raw["transcript"]["title_lower"]),
        title_function_words=frozenset(raw["transcript"]["title_function_words"]),
    )


def required_literal(pattern: str) -> str | None:
    """The longest run of plain characters every match of `pattern` contains (lower case,
    ASCII), or None: ``\\b(buy|order|shop) now\\b`` -> " now". A paragraph without it
    need not be searched with that pattern."""
    try:
        from re import _constants as sc, _parser as sp  # the parser of the re module itself
        items = list(sp.parse(pattern))
    except Exception:  # pragma: no cover - another Python's re internals: no shortcut
        return None
    best = run = ""
    for op, av in items + [(None, None)]:
        if op is sc.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        best = max(best, run, key=len)
        run = ""
    return best if len(best) >= 3 else None


def spam_search(c: Cues, t: str, low: str) -> bool:
    """Whether `t` (lower-cased: `low`) is promotion by ``[spam] paragraph``: the same answer
    as ``c.spam.search(t)`` after the cheap ``[spam] hints`` test, but each pattern is tried
    only on a paragraph holding the literal it requires (the one alternation of every
    pattern was the costliest step of segmenting long transcripts: most paragraphs hold a
    hint such as "now" or "code", in "know" or "encode", and no advert)."""
    if not any(h in low for h in c.spam_hints):
        return False
    # a lower-case literal test is the case-insensitive match, except for the four letters
    # that re.IGNORECASE matches with ASCII ones (re's documentation): İ ı ſ K (Kelvin)
    exact = not any(ch in t for ch in "\u0130\u0131\u017f\u212a")
    return any((rx.match if anchored else rx.search)(t) for lit, anchored, rx in c.spam_parts
               if lit is None or not exact or lit in low)


# --------------------------------------------------------------------------- patterns

# "In reply to He's right. Being scared… by Socrates55" (seed 003's comment format)
REPLY_RE = re.compile(r"^In reply to\s+(?P<quote>.+?)\s*(?:…|\.\.\.)\s*by\s+(?P<author>\S.{0,60}?)\s*$")
# "u/77de0006fe · 2022-02-17 09:08 · 35 points" (reddit) and "name · 3h ago · 5 points"; a
# deleted account's comment keeps its header ("u/[deleted] · …"), its author unknown
DELETED_AUTHORS = ("[deleted]", "u/[deleted]")
HEADER_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<author>(?:u/)?\[deleted\]|u/[\w\-]+|@?[\w][\w .\-]{0,40}?)\s+[·•|]\s+"
    r"(?P<meta>(?:\d{4}-\d{2}-\d{2}|\d+\s*\w+\s+ago|\d{1,2}:\d{2}|[A-Z][a-z]{2} \d{1,2}).*)$"
)
# White House transcripts: "Q    text", "MS. PSAKI:", "THE PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:"
Q_RE = re.compile(r"^(?P<label>Q)(?:[ \t]{2,}|\t|:\s*|\.\s+)(?=\S)")
CAPS_LABEL_RE = re.compile(r"^(?P<label>(?:(?:MR|MS|MRS|DR|GEN|AMB|SEC)\.\s+)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-.]+){0,5})\s*:(?:\s+|$)")
# Kremlin transcripts: "Vladimir Putin:", "President of Russia Vladimir Putin:",
# "Question (retranslated):", "Federal Chancellor of Germany Angela Merkel (retranslated):"
NAME_LABEL_RE = re.compile(
    r"^(?P<label>[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the|and|de|da|al-\w+|al|bin|von|van|der|la|le)){0,10})"
    r"(?:\s*\((?:re-?translated|retranslation|via (?:an )?interpreter|through (?:an )?interpreter|in \w+)\))?\s*:(?:\s+|$)"
)
# Markdown-decorated labels: "[**Speaker Mike Johnson**](https://x.com/...)**:** “…”", "**Q:** …",
# and the colon inside the bold: "**Jane Roe:** …", "[**Jane Roe:**](…) …"
MD_LABEL_RE = re.compile(
    r"^(?:\[\*{0,2}(?P<a>[^\]*\n:]{2,90}?)(?::\*{0,2}\]\([^)\s]*\)|\*{0,2}\]\([^)\s]*\)\s*(?:\*\*)?:(?:\*\*)?)"
    r"|\*\*(?P<b>[^*\n:]{1,90}?)(?::\*\*|\*\*\s*(?:\*\*)?:(?:\*\*)?))(?:\s+|$)"
)
# WordPress and its kin print a comment's author as "thelastchargersfan says:" on a line of
# its own, with the date on the next ("October 3, 2018 at 5:02 pm"); a saved page's text
# (ingest/html.py) writes its comments' authors the same way.
SAYS_RE = re.compile(r"^(?P<author>[^\s.!?:;\"“”][^!?:;\"“”]{0,59}?)\s+(?:says|said|writes|wrote|replied|commented):$")
# Disqus and most comment widgets copied from a browser: the handle on a line of its own, the
# time on the next ("2 hours ago", "5d", "March 3, 2024 at 5:02 pm") and the comment's words
# after it. Read as a thread only when two or more handles do so (a headline over a dateline,
# even repeated in a page's footer, is not one).
HANDLE_RE = re.compile(r"^@?[\w][\w.'’\- ]{0,38}[\w.]$")
HANDLE_MAX = 41  # the longest line HANDLE_RE matches: a longer one is not tried
RELTIME_RE = re.compile(r"^(?:(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|\d{1,2}\s*[smhdwy]"
                        r"|yesterday|just now)(?:\s*[·•|]\s*edited)?$", re.I)
# the line a saved page's text puts before its reader comments (ingest/html.py)
COMMENTS_MARKER = "— Reader comments —"
# A speaker label that a raw page broke across lines: its name (often after the speaker's
# role, as a hover card repeats it) on lines of their own, then a line with only the colon,
# optionally after "(retranslated)" (the raw Kremlin page, corpus 024).
COLON_ONLY_RE = re.compile(r"^(?:\((?:re-?translated|retranslation|via (?:an )?interpreter)\)\s*)?:$")
PAREN_ONLY_RE = re.compile(r"^\((?:re-?translated|retranslation|via (?:an )?interpreter)\)$")
GENERIC_LABELS = {"question", "remark", "answer", "reply", "moderator", "interviewer", "reporter",
                  "journalist", "audience", "participant", "comment", "response", "q", "a", "host", "anchor"}
# Words that start a sentence ending in a colon, never a speaker label ("But look where we are:")
NOT_LABEL_WORDS = {"we", "i", "what", "the", "but", "so", "and", "my", "on", "in", "let", "just", "this",
                   "that", "here", "there", "it", "our", "your", "published", "official", "note", "update",
                   "see", "read", "related", "source", "sources", "photo", "video", "watch", "listen"}

OFFICE_WORDS = {"of", "the", "president", "prime", "minister", "chancellor", "secretary", "king", "queen", "federal",
                "foreign", "chairman", "general", "director", "spokesman", "spokeswoman", "ambassador", "press"}
# Kickers news pages put before a headline or paragraph, in capitals: never a speaker label
KICKER_WORDS = {"breaking", "breaking news", "exclusive", "updated", "analysis", "opinion", "editorial",
                "correction", "clarification", "editor's note", "fact check", "live", "developing", "more",
                "read more", "also read", "read also", "see also", "photos", "gallery", "advertisement",
                "sponsored", "promoted", "watch live", "just in", "alert", "tags", "topics"}

TERMINAL = ".!?…:;\"”’')]。！？」』"
QUOTE_OPEN = "“"
QUOTE_CLOSE = "”"
