"""The segmenter's cues: the vocabulary of ``data/segment.toml`` compiled once, and the
patterns of the line formats it knows (reply lines, comment headers, transcript labels)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..toml_data import data_file

# --------------------------------------------------------------------------- cues


class Cue(NamedTuple):
    """A pattern searched in a paragraph, with literals one of which every match holds
    (:func:`required_literals`; lower case when ``fold``, the pattern ignoring case): a
    paragraph holding none of them is not searched."""

    rx: re.Pattern
    literals: frozenset[str] | None
    fold: bool

    def search(self, t: str, low: str, exact: bool) -> bool:
        """Whether ``self.rx.search(t)`` finds a match; `low` is `t` lower-cased, `exact`
        whether `t` is free of the four letters ignoring case matches with ASCII ones
        (:func:`spam_search`)."""
        if self.literals is not None and (exact or not self.fold):
            within = low if self.fold else t
            if not any(map(within.__contains__, self.literals)):
                return False
        return self.rx.search(t) is not None


def cue(pattern: str, flags: int = 0) -> Cue:
    rx = re.compile(pattern, flags)
    fold = bool(rx.flags & re.I)
    # a pattern anchored at the start is tried at one place: its literals would cost more
    return Cue(rx, None if pattern.startswith("^") else required_literals(pattern, fold), fold)


class FirstCharIndex:
    """``match`` of the alternation of anchored `patterns` (each matched at the start), trying
    only the patterns that can start with the text's first character: an ASCII one looks its
    patterns up (each pattern's first characters read off its parse by re's own engine), any
    other is matched against them all. The same answer as the whole alternation's, without
    entering each of the 88 furniture patterns for every line (most lines' first character
    leaves 1-4 of them)."""

    def __init__(self, patterns: list[str], flags: int):
        self.patterns, self.flags = patterns, flags
        self.whole = self._compile(range(len(patterns)))
        firsts = [_first_ascii(p, flags) for p in patterns]
        self.by_char = {ch: tuple(i for i, f in enumerate(firsts) if f is None or ch in f) for ch in map(chr, range(128))}
        self._compiled: dict[tuple[int, ...], re.Pattern | None] = {}

    def _compile(self, which) -> re.Pattern | None:
        which = list(which)
        return re.compile("|".join(f"(?:{self.patterns[i]})" for i in which), self.flags) if which else None

    def match(self, t: str) -> re.Match | None:
        which = self.by_char.get(t[:1])
        if which is None:  # empty, or not ASCII
            return self.whole.match(t) if self.whole else None
        if which not in self._compiled:
            self._compiled[which] = self._compile(which)
        rx = self._compiled[which]
        return rx.match(t) if rx else None


def _first_ascii(pattern: str, flags: int) -> set[str] | None:
    """The ASCII characters a match of `pattern` (at the start) can begin with, or None when
    this cannot tell (any may). Each leading item is asked of re's own engine (compiled alone
    with the pattern's flags), so classes, categories and case folding are re's."""
    from re import _compiler, _constants as sc, _parser as sp

    def first(items) -> set[str] | None:
        optional: set[str] = set()  # what the optional parts passed so far may begin with
        for op, av in items:
            if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
                continue  # zero width: leaving its condition out can only allow more
            if op in (sc.LITERAL, sc.NOT_LITERAL, sc.IN, sc.ANY):
                rx = _compiler.compile(sp.SubPattern(parsed.state, [(op, av)]), flags)
                found = {ch for ch in map(chr, range(128)) if rx.match(ch)}
            elif op is sc.SUBPATTERN and not av[1] and not av[2]:
                found = first(av[3])
            elif op is sc.BRANCH:
                alts = [first(b) for b in av[1]]
                found = None if any(a is None for a in alts) else set().union(*alts)
            elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
                found = first(av[2])
                if av[0] == 0 and found is not None:  # optional: what follows may begin too
                    optional |= found
                    continue
            else:
                found = None  # a back reference, ...: anything may
            return None if found is None else optional | found
        return None  # it may match the empty string

    parsed = sp.parse(pattern, flags)
    return first(parsed)


@dataclass(frozen=True)
class Cues:
    furniture: FirstCharIndex
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
    comment_strong: tuple[Cue, ...]
    comment_weak: tuple[Cue, ...]
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
    # the comment cues are searched in an article's paragraphs: their literals first (the
    # \b(…) patterns have no first character re could skip to), 0.18 -> 0.10 s over the
    # corpus paragraphs
    ci = lambda ps: tuple(cue(p, re.I) for p in ps)  # noqa: E731
    c = raw["comments"]
    return Cues(
        # patterns anchored at the start are tried at position 0 only (re.match): most are
        furniture=FirstCharIndex([p[1:] for p in raw["furniture"]["line"] if p.startswith("^")], re.I),
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
        comment_strong=ci(c["strong"]) + tuple(cue(p) for p in c["strong_case_sensitive"]),
        comment_weak=ci(c["weak"]) + tuple(cue(p) for p in c["weak_case_sensitive"]),
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


# a lower-case literal test is the case-insensitive match, except for the four letters
# that re.IGNORECASE matches with ASCII ones (re's documentation): İ ı ſ K (Kelvin)
IGNORECASE_ODD = "\u0130\u0131\u017f\u212a"


def _literal_options(items, fold: bool) -> set[str] | None:
    """Literals one of which every match of the parsed sequence `items` holds (ASCII, lower
    case when `fold`), or None: the longest run of plain characters, or the union of what
    each branch of an alternation requires, or what a group or a repeat of at least once
    requires; anything else only ends a run. Of several, the set whose shortest literal is
    longest."""
    from re import _constants as sc

    options: list[set[str]] = []
    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is sc.LITERAL and chr(av).isascii():
            run += chr(av).lower() if fold else chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        r = None
        if op is sc.SUBPATTERN and not av[1] and not av[2]:  # a group that sets no flags
            r = _literal_options(av[3], fold)
        elif op is sc.BRANCH:
            alts = [_literal_options(b, fold) for b in av[1]]
            r = set().union(*alts) if all(alts) else None
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT) and av[0] >= 1:
            r = _literal_options(av[2], fold)
        if r:
            options.append(r)
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


def required_literals(pattern: str, fold: bool = False) -> frozenset[str] | None:
    """Literals one of which every match of `pattern` holds (lower case when `fold`, for a
    pattern that ignores case), or None when none can be told: ``\\b(lol|imho)\\b`` ->
    {"lol", "imho"}."""
    try:
        from re import _parser as sp  # the parser of the re module itself
        parsed = sp.parse(pattern)
    except Exception:  # pragma: no cover - another Python's re internals: no shortcut
        return None
    if parsed.state.flags & re.I and not fold:
        return None  # an inline (?i): its literals would need folding
    lits = _literal_options(parsed, fold)
    return frozenset(lits) if lits and "" not in lits else None


def spam_search(c: Cues, t: str, low: str) -> bool:
    """Whether `t` (lower-cased: `low`) is promotion by ``[spam] paragraph``: the same answer
    as ``c.spam.search(t)`` after the cheap ``[spam] hints`` test, but each pattern is tried
    only on a paragraph holding the literal it requires (the one alternation of every
    pattern was the costliest step of segmenting long transcripts: most paragraphs hold a
    hint such as "now" or "code", in "know" or "encode", and no advert)."""
    # (map over the bound `in`: no Python frame per hint, which the generator cost)
    if not any(map(low.__contains__, c.spam_hints)):
        return False
    exact = not any(map(t.__contains__, IGNORECASE_ODD))
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
