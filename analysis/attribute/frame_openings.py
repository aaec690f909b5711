"""Where a reporting frame's own words begin and end, at the edges of a sentence: the openings
before its subject that are where and when, never words of the speaker's a tail frame credits
("On Thursday, after weeks of silence, Roe endorsed …": :func:`openings_only`), a programme's
quoted title after the verb ('… said on ABC's "This Week."'), and a "that" after the verb that
belongs to a clause inside the reported words ("said Trump was hoping that …":
:func:`clause_before_that`). Read by :mod:`.frames`."""
from __future__ import annotations

import re

from .cues import Vocab
from .patterns import AUXILIARIES, FINITE_AUXILIARIES, MONTHS, PERIODS, PRONOUNS, WEEKDAYS

# an introductory adjunct before the subject ("In an email, Lavrov said …", "On Monday, …"):
# what precedes the comma is no tail frame's own words, the clause after the verb is
INTRO_RE = re.compile(r"\s*(?:In|On|At|After|Before|During|When|While|As|Since|Asked|Speaking|Writing|Meanwhile|"
                      r"However|But|And|Still|Later|Earlier|Separately|Yesterday|Today|Last|This|For|From|With|"
                      r"Without|Through|Over|Despite|Like|Unlike|Then|Now|Also|Instead|Yet|"
                      # (the conjunctive adverbs: "Nonetheless, he sought to …")
                      r"Nonetheless|Nevertheless|Moreover|Furthermore|Indeed|Likewise|Similarly|Otherwise|Therefore|"
                      r"Consequently|Additionally|Finally|Again)\b[^,;:.]{0,60}$")
# what opens like an introduction but is a clause of its own, the speaker's words before a tail
# frame: a connective before a clause with a finite auxiliary or modal ("But the plan will fail,
# Roe told reporters"), "this" as the subject of a verb ("This includes a new force, Roe told a
# panel"). General English (the auxiliaries and modals are a closed class).
CLAUSE_NOT_INTRO_RE = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|Now|Also|Instead|However|Meanwhile|Then)\b,?\s+(?:[\w'’\-]+\s+){0,6}?"
    r"(?:" + FINITE_AUXILIARIES + r"|won['’]t|"
    r"isn['’]t|wasn['’]t|aren['’]t|doesn['’]t|don['’]t|didn['’]t|can['’]t|hasn['’]t|haven['’]t)\b"
    r"|(?:This|That)\s+(?:is|was|will|would|could|can|may|might|must|should|has|had|[a-z]{3,}(?:es|ed|s))\b)")


def openings_only(before: str) -> bool:
    """Whether the words before a sentence's subject are only its openings, each set off by a
    comma: an adverbial phrase, a subordinate clause or a connective ("On Thursday, after weeks
    of silence, Roe endorsed …", "Even as the council voted, Roe insisted …", "Nonetheless, Roe
    sought …"): where and when, never words of the speaker's that a tail frame credits (one
    opening alone is INTRO_RE's)."""
    parts = [p.strip() for p in before.split(",")]
    return bool(parts) and all(p and (_OPENING_RE.fullmatch(p) or k and _PLACE_PART_RE.fullmatch(p)  # ("in Portsmouth, N.H., on …")
                                      or INTRO_RE.fullmatch(p[:1].upper() + p[1:]) and not CLAUSE_NOT_INTRO_RE.match(p)
                                      and not _CLAUSE_OPENER_RE.match(p))
                               for k, p in enumerate(parts))


# an opening of a sentence besides INTRO_RE's: a subordinate clause ("even as the council
# voted", "not long after the vote"), a connective or a sentence adverb ("Nonetheless", "So",
# "Instead"), "all things being equal". General English.
_OPENING_RE = re.compile(r"(?i:(?:even|not long|shortly|just|soon|long|right|only|once)\s+(?:as|after|before|when|while|since|"
                         r"though|if)\b[^,;:]{0,100}|(?:once|until|because|although|though|whereas|whenever)\b[^,;:]{0,100}"
                         r"|nonetheless|nevertheless|so|hey|still|instead|indeed|moreover|furthermore|besides|"
                         r"all things being equal|in (?:the )?(?:end|meantime|turn)|[a-z]+ly)")
# where it was said, ending the sentence with a programme's or a paper's quoted title ('… said
# Wednesday on MSNBC's "Morning Joe."', '… told "Fox News Sunday."'): no words of the speaker's
TITLE_ADJUNCT_RE = re.compile(r"\s*(?:[A-Z][a-z]+\s+){0,2}(?:(?:morning|afternoon|evening|night)\s+)?(?:(?:on|in|at|to|during)\s+)?"
                               r"(?:[A-Z][\w.'’]*\s+){0,4}[\"“][^\"“”]{1,80}[\"”][.]?\s*")
# INTRO_RE's words that open a clause as often as an adverbial ("But the plan is …", "This
# makes it …", "Yet Roe is …"): the speaker's words before a tail frame, no opening
_CLAUSE_OPENER_RE = re.compile(r"(?:But|And|Yet|Still|Now|Also|Instead|Then|This|Like|Unlike)\b")
# the state or country after a place named in an opening ("In Portsmouth, N.H., on Tuesday")
_PLACE_PART_RE = re.compile(r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?")


def clause_before_that(gap: str, v: Vocab) -> bool:
    """Whether the words between a reporting verb and a "that" hold a clause of their own (an
    auxiliary or a verb of saying: "said Trump was hoping that", "said Doe told her that"), not
    only where and to whom it was said ("said on Monday that", "told reporters that")."""
    words = re.findall(r"[A-Za-z’']+", _COORDINATION_RE.split(gap + " ")[0])
    words = words if _COORDINATION_RE.search(gap + " ") else words[:-1]
    return any(w.lower() in AUXILIARIES or (v.verb_re.fullmatch(w) and not (k and words[k - 1].lower() in _NOUN_BEFORE))
               or _past_after_subject(words, k) for k, w in enumerate(words))


def _past_after_subject(words: list[str], k: int) -> bool:
    """Whether words[k] is the finite past verb of a clause told without "that" ("said the
    board hid the fees that …", "said he found no sign that …"): after a personal pronoun, an
    irregular past or a form in -ed; after another word, only an irregular past that is no
    participle ("the board hid", not "the fees paid by …", "a lawsuit filed by …"); never in a
    clause a subordinator or a wh-word opens ("before he spoke to the panel that …", "asked
    her what she thought of the plan that …")."""
    if k == 0 or not words[k].islower() or any(w.lower() in _CLAUSE_OPENERS for w in words[:k]):
        # (a capitalised word is a name: "told Jane Roe that")
        return False
    w, before = words[k].lower(), words[k - 1].lower()
    if before in _NOMINATIVES and (k == 1 or words[k - 2].lower() in _WHEN_WORDS):
        # "said (Monday) he meets with families in a city that …": a subject pronoun right after
        # the verb, its own verb after it (not "said in a statement he issued that …")
        return True
    if before in _PRONOUNS:
        return w in _IRREGULAR_PAST or w in _PARTICIPLE_PAST or (w.endswith("ed") and len(w) > 4)
    if before in _NOUN_BEFORE or (k + 1 < len(words) and words[k + 1].lower() == "by"):
        return False
    return w in _IRREGULAR_PAST


# the simple past of common irregular English verbs that is no past participle ("hid", not
# "hidden"), and those that are (read as a past only after a pronoun: "he found", "it paid").
# General English, closed lists; none that is also a present or a common noun ("put", "felt").
_IRREGULAR_PAST = frozenset(
    "ran wrote took gave went came knew saw grew rose fell broke chose drove flew began became spoke stole drew ate "
    "drank sang rang sank shook tore withdrew overtook undertook forgot forgave froze hid swore threw wore woke".split())
_PARTICIPLE_PAST = frozenset(
    "told made kept left held stood sought thought found got led met won lost sent spent built brought bought taught "
    "caught fought heard paid sold struck meant slept stuck swept fled fed dug clung hung".split())
_PRONOUNS = frozenset(PRONOUNS | {"i", "you"})  # (the personal pronouns a clause opens with)
# the personal pronouns that are only ever a subject: the word after one is its clause's verb (or an
# adverb before it). General English.
_NOMINATIVES = frozenset({"he", "she", "they", "we", "i"})
_WHEN_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
                         "tonight", "recently", "earlier", "later", "then", "now", "also", "again"})
# words that open a clause of their own inside what is reported: subordinators and wh-words
_CLAUSE_OPENERS = frozenset({"before", "after", "when", "while", "since", "until", "because", "as", "if", "whether",
                             "what", "who", "which", "where", "why", "how", "though", "although", "once", "unless"})


# the verb's own second predicate or an aside ("was critical of X but wrote that", "would argue —
# and Doe believes — that"): no clause inside what the verb reports
_COORDINATION_RE = re.compile(r"\s(?:and|but|or)\s|[—–]|\s--\s")
# words after which a verb's form is a noun ("in a tweet of his own", "the report")
_NOUN_BEFORE = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                          "of", "own", "in", "on", "by", "with", "for"})


def quotation_before_subject(u: str, masked: str, named_at: int, after: str, cut: int) -> int:
    """Where a tail frame's cut is when a quotation closed by its own comma (question or
    exclamation mark) stands right before the subject, an appositive after it ('Roe "is tapping
    into …," Jane Doe, a Roe supporter, told the paper.'): at that closing mark, when the verb
    leaves a few words at most and nothing reported after it; else `cut` as it was."""
    if len(after.split()) > 8 and not TIME_CLAUSE_AFTER_RE.match(after) or re.search(r"\bthat\b|[\"“”]", after):
        return cut
    q = _QUOTE_BEFORE_SUBJECT_RE.search(masked, 0, named_at)
    return q.start() if q is not None and u[q.start() - 1:q.start()] in (",", "!", "?") else cut


# a quotation's closing mark right before a subject (its comma, question or exclamation mark,
# masked inside it, before that)
_QUOTE_BEFORE_SUBJECT_RE = re.compile(r"[\"”]\s*$")


def only_when_said(u: str, owns: list[tuple[int, int]], mention: tuple[int, int] | None) -> list[tuple[int, int]] | None:
    """None when the words found after a speaker's verb are theirs; else, when those words only
    say when it was said (:func:`adjunct_only`), the quotation that opens the sentence right
    before the speaker's name as their words ('"…," Roe wrote Thursday in an email.'), or no
    words of theirs ([]: "as the Ledger reported a few days later.")."""
    if len(owns) != 1 or mention is None or mention[1] > owns[0][0] or not adjunct_only(u[owns[0][0]:owns[0][1]]):
        return None
    q = _OPENING_QUOTATION_RE.match(u[:mention[0]])
    return [q.span(1)] if q is not None else []


# a quotation that opens a sentence and closes with its comma right before the speaker's name
_OPENING_QUOTATION_RE = re.compile(r"\s*([“\"][^“”\"]*[,!?][”\"])\s*$")


def adjunct_only(words: str) -> bool:
    """Whether a verb's own words are only where or when it was said ("a few days later.", "over
    the weekend.", "in a news conference Monday.", "earlier this week."): a time or occasion and
    no verb, quotation or clause of anything said (the object went before: "a position that Roe
    advocated over the weekend", "as the Ledger reported a few days later")."""
    w = words.strip()
    if not _ADJUNCT_OPENING_RE.match(w) or len(w.split()) > 10 or re.search(r"[\"“”:]|''|\w+ing\b|\bto\s+[a-z]+\b", w):
        return False
    return not any(x.lower() in AUXILIARIES or x.lower() == "that" for x in re.findall(r"[\w’']+", w))


# what opens where or when something was said: a preposition of time or occasion before a day,
# a period or an event, a time adverb, a weekday or a month (general English)
_ADJUNCT_OPENING_RE = re.compile(
    r"(?i:(?:on|in|at|during|over|after|before)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:same\s+|last\s+|past\s+|recent\s+)?"
    r"(?:weekend|week|day|morning|afternoon|evening|night|quarter|call|air|twitter|television|radio|"
    r"news conference|press conference|conference|statement|speech|rally|interview|briefing|video|tweet|letter|"
    r"memo|note|post|email|[a-z]+day)\b"
    r"|(?:later|earlier)(?=\s+(?:this|that|in|on|at|last)\b|\s*[.]?$)|last\s+(?:week|month|year|night|fall|spring|summer|winter)"
    r"|this\s+(?:week|month|year|morning)|a\s+few\s+(?:days|weeks|months|years|hours|minutes)|yesterday|today|tonight)\b"
    r"|(?:" + WEEKDAYS + "|" + MONTHS + r")\b")


# the speaker's quotation going on after its frame: a quotation mark after a comma, a colon
# or a conjunction ('"…," said Jane Roe, "but …"', '"…," she said, and "…"', "… he said, or
# ''…''"); a quotation inside the frame's description or adjunct is the outlet's ("… said Jane
# Roe, one of the "big four" …", "… Roe said after a brief "sorry" to Doe.")
_QUOTATION_GOES_ON_RE = re.compile(r"(?:[,:;]|\s(?:and|or|but|adding|then))\s*[\"“]")


def quotation_goes_on(after: str) -> bool:
    """Whether the words after the frame's verb (quotations masked) go on with a quotation of
    the speaker's (:data:`_QUOTATION_GOES_ON_RE`)."""
    return _QUOTATION_GOES_ON_RE.search(after) is not None


# a noun phrase object before "that": a determiner or possessive opens it ("stressed her support
# of the raid that killed …"), its "that" a relative pronoun, never the reported clause's start;
# unless the noun takes a clause itself ("made the point that …", "repeated the claim that …")
_OBJECT_OPENING_RE = re.compile(r"\s*(?:the|a|an|his|her|their|its|our|this|these|those)\s", re.I)
_THAT_NOUNS = frozenset({"point", "fact", "idea", "view", "claim", "claims", "notion", "belief", "hope", "hopes", "fear",
                         "fears", "possibility", "argument", "assertion", "assurance", "assurances", "warning",
                         "warnings", "message", "case", "position", "impression", "sense", "news", "suggestion",
                         "allegation", "allegations", "accusation", "accusations", "charge", "charges", "promise",
                         "pledge", "theory", "concern", "concerns", "conclusion", "evidence", "statement", "report",
                         "reports", "rumor", "rumors", "word", "sign", "signs", "assessment", "prediction", "line", "call",
                         "calls", "request", "requests", "demand", "demands", "insistence", "proposal", "recommendation",
                         "narrative", "finding", "findings", "decision", "ruling", "announcement", "admission"})
_NOT_OBJECT = frozenset({"and", "or", "but", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
                         "time", "day", "spring", "summer", "fall", "autumn", "winter", "era"})


def object_before_that(gap: str) -> bool:
    """Whether the words between a reporting verb and a "that" are a noun phrase object whose
    relative clause the "that" opens ("stressed her support of the raid that …"): a determiner
    or a possessive, then up to five words, none a time, a conjunction, a participle or a noun
    that takes a clause itself ("his call that …", "a report in the Gazette that …")."""
    words = re.findall(r"[A-Za-z’']+", gap)[:-1]
    return bool(_OBJECT_OPENING_RE.match(gap)) and 2 <= len(words) <= 6 \
        and not any(w.lower() in _NOT_OBJECT or w.lower() in _THAT_NOUNS or w.endswith("ing") for w in words)


# an opening phrase of the outlet's, then the quotation a tail frame credits ('As for the plan,
# "I write it off," Roe said.', 'Whatever his chances, "they are slim," says Roe'): no quotation
# mark in the opening, the quotation closing the words
# (not a quotation that goes on with a conjunction from the words before it: 'The port will
# close, "and that is a shame," Roe said.')
_OPENING_THEN_QUOTATION_RE = re.compile(r"[^\"“”]{3,200}?,\s+(?P<q>[\"“](?!\W*(?:and|but|or|so|because|which)\b)"
                                        r"[^\"“”]{3,}[\"”])\s*")


def quotation_after_opening(u: str, start: int, end: int) -> int:
    """Where the speaker's words u[start:end] before a tail frame start: at the quotation that
    closes them after an opening phrase of the outlet's (:data:`_OPENING_THEN_QUOTATION_RE`),
    else at `start`."""
    m = _OPENING_THEN_QUOTATION_RE.fullmatch(u, start, end) if u[end - 1:end] in ("\"", "”") else None
    return m.start("q") if m is not None else start


# after a tail frame's verb, a day or time and then a clause of time, however long ("…, Roe said
# Friday as the talks went into a second day."): when it was said, no object. General English.
# ("…, Roe wrote last week after the ruling.": a week, month or year named by "last" or "this" too)
TIME_CLAUSE_AFTER_RE = re.compile(r"\s*(?:(?:on\s+)?(?:" + WEEKDAYS + r")|yesterday|today|tonight|"
                                  r"(?:last|this)\s+(?:week|month|year|night|weekend|morning|afternoon|evening)|"
                                  r"(?:late|early|earlier|later)(?:\s+(?:on\s+)?(?:" + WEEKDAYS + r"))?)?"
                                  r",?\s+(?:as|while|after|before|when|amid|ahead\s+of)\s")


# an introduction that only dates what follows, then a bare subject: "In March, Trump …",
# "On Monday, the ministry …", "Last week, she …" (no condition or event the act depends on)
TIME_INTRO_RE = re.compile(
    r"\s*(?:(?:In|On|By|During)\s+(?:(?:early|late|mid-?)\s*)?(?:" + MONTHS + r"|" + WEEKDAYS + r"|\d{4})"
    r"(?:\s+\d{1,2})?|(?:Last|This|Earlier this|Later that)\s+(?:" + PERIODS + r")|"
    r"Yesterday|Today|Earlier|Later)\s*,\s*[^,;:\"“”]{1,60}$")


# after a tail frame's verb of telling, its listener and then a clause of time, however long ("…,
# Roe told her aides as she worked on the speech."): to whom and when it was said, no clause told
# (none with "that" in it). General English.
TOLD_TIME_CLAUSE_RE = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!that\b)[\w.'’\-]+\s+){0,3}?"
                                 r"(?:as|while|after|before|when|amid)\s(?![^\"“”]*\bthat\b)")
