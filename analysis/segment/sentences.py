"""Units: the sentences of every block that is not furniture, never split inside a quotation."""
from __future__ import annotations

import re

from ..model import Block, Unit
from .cues import QUOTE_CLOSE, QUOTE_OPEN

# Abbreviations that never end a sentence (titles before names, "Jan. 5", "No. 2").
TITLE_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
    "st", "prof", "pres", "rev", "hon", "messrs", "amb", "sec", "no", "nos", "vol", "art", "fig", "ft", "mt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "v", "cf",
    "i.e", "e.g", "approx", "est", "dept", "univ", "gens", "reps", "sens", "govs",
}
# Abbreviations that may end a sentence: split only when a sentence starter follows.
END_ABBREV = {"u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "inc", "co", "ltd", "corp", "jr", "sr", "d.c", "etc", "al"}
STARTERS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that",
            "these", "those", "there", "his", "her", "their", "its", "our", "as", "after", "before", "while",
            "meanwhile", "however", "yet", "so", "if", "when", "what", "why", "how", "mr", "ms", "mrs"}
# (possessive: giving letters back cannot reach the end, and re need not try)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*+)$")
# two initials run together ("H.W", "G.K"; the final dot is the boundary's); after a comma that
# closes a place's name they are its state's ("Columbia, S.C. Members …") and may end a sentence,
# after any other comma a person's ("the adviser, H.R. McMaster, said")
_INITIALS = re.compile(r"[A-Z]\.[A-Z]")
# the dotted two-letter abbreviations of US states and the capital (AP style: "Charlotte, N.C.")
_STATE_INITIALS = frozenset({"D.C", "N.C", "S.C", "N.D", "S.D", "N.H", "N.J", "N.M", "N.Y", "R.I"})
_WORD_AFTER = re.compile(r"[\"“‘'(\[]*(\w+)")
# A full stop, question or exclamation mark with its closing quotes (“ too, as some translations
# close with it) and brackets, then
# space and a capital, digit or opening quote; in Chinese and Japanese (。！？, whose
# writing has no spaces and no capitals) the mark ends a sentence wherever more text follows.
# Written to open with the one class of every mark, then which mark it was (a lookbehind):
# the same matches as "(?:[.!?]+|…)…|[。！？]…", but re skips in C to the next mark instead
# of trying the pattern at every character (3-4x faster over the corpus texts).
_BOUNDARY = re.compile(r"[.!?…。！？](?:(?:(?<=[.!?])[.!?]*|(?<=…))(?P<close>[\"”“’'\)\]]*)(?P<ws>\s+)(?=[\"“‘'(\[A-Z0-9])"
                       r"|(?<=[。！？])[。！？!?]*(?P<cjk>[」』）)”’]*)\s*(?=[^\s」』）)”’]))")


# a double quotation mark, straight or curly
_DOUBLE_MARK = re.compile('["' + QUOTE_OPEN + QUOTE_CLOSE + ']')
# what may stand before an opening mark (a space, the start, a bracket or dash)
_BEFORE_OPENING = frozenset(" \t\n\r\u00a0([{—–-\u202a\u202c")


def _inside_quotation(chunk: str, last: int, upto: int, inside: bool) -> bool:
    """Whether a double quotation is open at `upto`, reading the marks of chunk[last:upto]
    from the state `inside` at `last`. A mark opens or closes by where it stands, not by its
    shape, so that mixed marks close what they open ('“We are ready," he said.', '"We are
    ready,” he said.') and a closing mark typed at a quotation's start opens it ('”Fear. …”'):
    after a space, a bracket, a dash or the start and before a word it opens, before a space
    or punctuation it closes; a “ opens, unless it ends an open quotation after a word
    ('”We agree.“', as some translations type them)."""
    for m in _DOUBLE_MARK.finditer(chunk, last, upto):
        i = m.start()
        before = chunk[i - 1] if i > 0 else " "
        after = chunk[i + 1] if i + 1 < len(chunk) else " "
        if m.group(0) == QUOTE_OPEN and inside and before not in _BEFORE_OPENING and not after.isalnum():
            inside = False  # „…“ / ”…“: the opening shape typed to close (German usage)
        elif m.group(0) == QUOTE_OPEN or (before in _BEFORE_OPENING and not after.isspace()):
            inside = True
        elif before not in _BEFORE_OPENING:
            inside = False
        else:
            inside = not inside  # a mark between two spaces
    return inside


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], never breaking inside a double quotation."""
    spans = []
    seg_start = start
    chunk = text[start:end]
    inside = False
    depth_double_single = False
    last = 0
    for m in _BOUNDARY.finditer(chunk):
        # update quote state up to the end of the closing marks
        close = "close" if m.group("close") is not None else "cjk"
        upto = m.end(close)
        inside = _inside_quotation(chunk, last, upto, inside)
        if chunk.count("''", last, upto) % 2:
            depth_double_single = not depth_double_single  # the ''quotation marks'' of some archives
        last = upto
        if inside or depth_double_single:
            continue
        if chunk[m.start()] == ".":
            word = _WORD_BEFORE.search(chunk, max(0, m.start() - 40), m.start())
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in TITLE_ABBREV:
                    continue
                if w in END_ABBREV:
                    nxt = _WORD_AFTER.match(chunk, m.end())
                    if (nxt.group(1).lower() if nxt else "") not in STARTERS:
                        continue
                if len(w) == 1 and w.isalpha() and word.group(1).isupper():
                    continue  # an initial: George W. Bush
                if _INITIALS.fullmatch(word.group(1)) and not (
                        word.group(1) in _STATE_INITIALS
                        and chunk[max(0, word.start() - 8):word.start()].rstrip().endswith(",")):
                    nxt = _WORD_AFTER.match(chunk, m.end())
                    if nxt and nxt.group(1)[:1].isupper() and nxt.group(1).lower() not in STARTERS:
                        continue  # initials before a surname: George H.W. Bush, Rep. G.K. Butterfield
        cut = start + m.end(close)
        if cut > seg_start:
            spans.append((seg_start, cut))
        seg_start = start + m.end()
    if seg_start < end:
        spans.append((seg_start, end))
    out = []
    for s, e in spans:
        piece = text[s:e]
        ls = len(piece) - len(piece.lstrip())
        rs = len(piece) - len(piece.rstrip())
        if e - rs > s + ls:
            out.append((s + ls, e - rs))
    return out


def units(text: str, blocks: list[Block]) -> list[Unit]:
    """Sentences of every block that is not furniture, in reading order."""
    out = []
    for i, b in enumerate(blocks):
        if b.kind == "furniture":
            continue
        for s, e in split_sentences(text, b.start, b.end):
            out.append(Unit(s, e, i))
    return out
