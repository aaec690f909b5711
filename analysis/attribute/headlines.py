"""A document's headline as an attribution: news headlines report who said what in their own
short forms, and an analyst reads them so ("Mayor Says Pier Will Close", "Roe vows to fight
on", "Roe: 'We will not back down'"). Two forms are read here, both general English headline
style:

- a title-case headline, where every word is capitalised and so is its verb ("Roe Says …",
  "Council Urges …"): the verbs of saying are read in lower case, as in a sentence;
- "<source>: <what they said>", a name (or a document, poll or outlet) before a colon that
  opens the headline, when the name is someone the document or the registry knows.
Every other headline stays the outlet's own (narration)."""
from __future__ import annotations

import re

from ..gender import given_name_gender
from .cues import vocab
from .patterns import AUXILIARIES
from .sources import extra_verbs

_WORD_RE = re.compile(r"[A-Za-z][\w'’\-]*")
# a title-case headline's tail frame: "…, Jane Roe Says.", "…,’ Roe Tells Convention."
_TAIL_RE = re.compile(r"[,;][\"”’']?\s+(?:[A-Z][\w.'’\-]*\s+){1,5}(?P<verb>[A-Z][a-z]+)(?:\s+[A-Z][\w'’\-]*){0,3}[.;!]?\s*$")
# auxiliaries and the like before a title-case headline's verb: the verb is then no saying of
# the subject's ("Roe Was Asked …", "Nobody Would Expect …", "Don't Let Roe Tell You …")
_AUXILIARIES = (AUXILIARIES - {"not"}) | frozenset({
    "being", "shall", "got", "gets", "get", "don't", "don’t",
    "let", "to", "why", "how", "what", "who", "when", "where", "if", "whether",
})
# the opening "<source>:" of a headline: one to five words, no clause punctuation
_COLON_SOURCE_RE = re.compile(r"^\s*(?P<who>[A-Z][^:;,.!?\"“”‘’]{0,60}?)\s*:\s+(?=\S)")
# kickers before a headline's colon, never a source ("Breaking:", "The Latest:", "Watch:");
# general news style
_KICKERS = frozenset({
    "breaking", "breaking news", "exclusive", "update", "updated", "analysis", "opinion", "editorial",
    "the latest", "latest", "watch", "video", "photos", "live", "just in", "busted", "fact check", "explainer",
    "review", "interview", "q&a", "factbox", "timeline", "correction", "editor's note", "editor’s note",
    "revealed", "new", "confirmed", "developing", "alert", "boom", "wow", "what", "why", "how", "who",
})


def is_title_case(u: str) -> bool:
    """Whether a headline capitalises its words: at least three words of four letters or
    more, and seven in ten of them capitalised ("Trump Says He Will Win The State")."""
    long = [w for w in _WORD_RE.findall(u) if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


def lowered_verbs(u: str, registry) -> str:
    """A title-case headline with the verb of saying after its subject in lower case, the same
    length (offsets hold): "Roe Says Pier Will Close" -> "Roe says Pier Will Close", and a
    second one after a comma or "And" ("…, Calls …"). The verb must come within the first
    seven words, with no auxiliary before it ("Roe Was Just Asked …", "Anyone Would Expect …"
    are no saying of the subject's) and no "Of"/"By" after it ("Roe Accused Of …": a passive).
    Never the first word, a name the registry knows ("Rice", "Power") or a given name ("Hope")."""
    if not is_title_case(u):
        return u
    v = vocab()
    extra = extra_verbs()
    tail = _TAIL_RE.search(u)
    if tail and (v.verb_re.fullmatch(tail.group("verb").lower()) or extra.fullmatch(tail.group("verb").lower())):
        a, z = tail.span("verb")
        return u[:a] + u[a:z].lower() + u[z:]
    out = u
    words = list(_WORD_RE.finditer(u))
    found = False
    for k, m in enumerate(words):
        w = m.group(0)
        low = w.lower()
        if low in _AUXILIARIES:
            if not found:
                return u
            continue
        if k == 0 or not (w[0].isupper() and w[1:].islower()):
            continue
        if found and not re.search(r"(?:,|\band)\s*$", u[:m.start()], re.I):
            continue  # after the first verb, only a coordinated one: "…, Calls …", "… And Urges …"
        if not found and k > 6:
            return u
        if not (v.verb_re.fullmatch(low) or extra.fullmatch(low)):
            continue
        if registry.lookup(w) is not None or given_name_gender(f"{w} _"):
            continue
        if re.match(r"\s+(?:Of|By)\b", u[m.end():]):
            return out if found else u
        out = out[:m.start()] + low + out[m.end():]
        found = True
    return out


# a headline's quotation in single marks, news style ("Roe Calls Plan ‘A Disgrace’", "Roe 'glad
# to finish' fight"): an opening mark at a word's start, its closing mark before a non-letter
_SINGLE_QUOTED_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[:;,—–-]))(?P<open>[‘'])(?=\w)[^‘’'\n]{1,120}?(?<=[\w.,!?…])(?P<close>[’'])(?![\w])")


def double_quoted(u: str) -> str:
    """A headline with its single quotation marks read as double ones, the same length
    (offsets hold), so that the rules of quotations apply; apostrophes stay ("Sanders’ plan")."""
    out = list(u)
    for m in _SINGLE_QUOTED_RE.finditer(u):
        out[m.start("open")] = "“"
        out[m.start("close")] = "”"
    return "".join(out)


def colon_source(u: str) -> tuple[str, int, int] | None:
    """The "<source>:" that opens a headline: (the source's words, where they start, where the
    words after the colon start), or None (no colon, or a kicker: "Breaking: …")."""
    m = _COLON_SOURCE_RE.match(u)
    if m is None:
        return None
    who = m.group("who").strip()
    on = re.search(r"\s+on\s+", who)
    if on and len(who[:on.start()].split()) <= 4:
        who = who[:on.start()]  # "Roe on the Pier: 'It Must Close'": Roe's words on the pier
    if len(who.split()) > 5 or who.lower() in _KICKERS or re.search(r"\s(?:and|&|vs\.?|versus|on)\s", who, re.I):
        return None  # "Roe and Doe: a tortured relationship": a topic, not a source
    if who.isupper() and len(who) >= 5 and " " not in who:
        return None  # "HUFFPOLLSTER: …", "BUSTED: …": a column's name or a kicker in capitals
    if u.rstrip(" ;.\"”’'").endswith("?"):
        return None  # "Roe: saviour or spoiler?": the outlet's question about Roe
    return who, m.start("who"), m.end()


def known_in(text: str, body_from: int, name: str) -> bool:
    """Whether the document's text after its headline names this speaker too (by the last
    word of the name): a headline's source is one the article is about, never a capitalised
    phrase of the headline's own ("Former Clinton Pollster")."""
    last = name.split()[-1]
    return re.search(r"\b" + re.escape(last) + r"\b", text[body_from:]) is not None
