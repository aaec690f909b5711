"""Reporting frames: a statement attributed with a verb that adds nothing to what is said
(``frame_verbs``) is the speaker's own words only (:func:`own_words_span`). The frame left
around them ("Lavrov said on Monday", "said Jane Roe, the director of …") is made a statement
with the cue "frame" here, for the passes of a document that read it; :mod:`.frame_rows`
then takes out each one that is only the attribution of the words beside it."""
from __future__ import annotations

import re

from ..model import Document, Statement
from .cues import Vocab, strip_between
from .patterns import (FINITE_AUXILIARIES, ACCORDING_HEAD_RE, CLAUSE_NEXT_RE, CLAUSE_VERBS, DOUBLE_SINGLE_RE,
                       HEAD_BOUNDARY_RE, QUOTE_RE, RELATIVE_WHO_RE)
from .patterns import (ACT_ADJUNCT_RE as _ACT_ADJUNCT_RE, ADJUNCT_CLAUSE_RE as _ADJUNCT_CLAUSE_RE,
                       COMPLEMENT_NEXT_RE as _COMPLEMENT_NEXT_RE, NAMED_OBJECT_RE as _NAMED_OBJECT_RE,
                       OBJECT_END_RE as _OBJECT_END_RE, TAIL_DESCRIBED_NAME_RE as _DESCRIBED_NAME_RE)
from .frame_openings import (CLAUSE_NOT_INTRO_RE, INTRO_RE, TIME_CLAUSE_AFTER_RE, TIME_INTRO_RE, TITLE_ADJUNCT_RE,
                             TOLD_TIME_CLAUSE_RE, clause_before_that, object_before_that, openings_only,
                             quotation_after_opening, quotation_before_subject, quotation_goes_on)
from .second_reports import SECOND_ADVERB, SECOND_AUX, _word_re, subject_after_intro
from .tails import short_object_cut, tail_cut
from .listeners import LISTENER_RE, TELL_VERBS, no_object_after
from .complements import named_quote_end
from .adjunct_tails import adjunct_only
from .quotes import _mask_quotes
from .speaker import NARRATOR_SPEAKER


def _frame_parts(text: str, u_start: int, u_end: int, start: int, end: int) -> list[tuple[int, int]]:
    """The reporting frame left around a speaker's own words ("Lavrov said on Monday"), as
    spans trimmed of spaces, those with a letter in them: the later passes of a document
    read them (a frame before a quotation, a tail after one) before :mod:`.frame_rows`."""
    parts = []
    for a, z in ((u_start, start), (end, u_end)):
        if z <= a:
            continue  # (an empty piece, as around most units' words: no letter in it)
        piece = text[a:z]
        if any(c.isalpha() for c in piece):
            lead = len(piece) - len(piece.lstrip())
            parts.append((a + lead, a + len(piece.rstrip())))
    return parts


def _frame_statement(doc: Document, seq: int, section: str, text: str, a: int, z: int) -> Statement:
    return Statement(doc_id=doc.doc_id, seq=seq, char_start=a, char_end=z, section=section,
                     speaker=NARRATOR_SPEAKER.name, speaker_kind=NARRATOR_SPEAKER.kind, text=text[a:z],
                     cue="frame")


def _mark_learned(statements: list[Statement], actors: "DocumentActors") -> None:
    """What this document taught about a name the registry lacks (its kind and the state its
    description gave: "South African leader F.W. de Klerk") travels with the statements that
    name it, in ``extra["learned"]``, so the store can record the actor as the document saw
    it without the shared registry ever being changed."""
    if not actors.learned:
        return
    by_name = {a.name: a for a in actors.learned.values()}
    for st in statements:
        named = {n: by_name[n] for n in (st.speaker, *st.targets) if n in by_name}
        if named:
            st.extra["learned"] = {n: (a.kind, a.country) for n, a in named.items()}


# a non-restrictive relative clause that ends the sentence (no comma, quotation or second
# clause after it)
SPACES_RE = re.compile(r"\s+")
# the end of a first predicate before a second one of the same subject: ", and", ", but", ", and
# later", ", and has" right before the reporting verb (no subject of its own between)
_COORDINATED_RE = re.compile(r"\w,?\s+(?:and|but|yet)\s+" + SECOND_ADVERB + SECOND_AUX + "$")
# an outlet's closing relative clause on what was said ("…, which forced her to leave early."): the
# speaker's words end before it; not one that quotes ('…, whom she called "a menace."': the
# quoted words are the speaker's, and the escalation score reads them with the statement)
TRAILING_RELATIVE_RE = re.compile(r",\s+(?:which|who|whom|whose|where)\s[^,;:\"“”]*$")


def _closing_relative(before: str, after: str) -> bool:
    """The verb opens a relative clause that ends the sentence ("…, a setback for Lindqvist,
    who says the rules are harmful."): what follows it is the speaker's, up to the end."""
    return bool(RELATIVE_WHO_RE.search(before)) and "," not in after and ";" not in after


# an inverted subject right after the verb: a name or a description ("…, said Jane Roe, the
# director of …", "…, said a spokesman for …")
_INVERTED_SUBJECT_RE = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|one|another)\s)")


def _inverted_tail(before: str, cut: int, after: str) -> bool:
    """ "…, said Jane Roe, the director of the Harbour Trust, which runs the port.": a verb
    right after the comma with its subject after it, however long that subject's description."""
    return not before[cut + 1:].strip(" ,") and bool(_INVERTED_SUBJECT_RE.match(after))


# a subject with an appositive or a party tag between commas, and nothing before it: "Jane
# Roe, a physician from Ohio, accused …", "Ed Roe (D), a Varga supporter, praised …"
_APPOSED_SUBJECT_RE = re.compile(r"\s*[A-Z][^,;:\"“”]{0,60},\s+[^,;:\"“”]{2,120},\s*(?:[a-z]+\s+){0,3}$")


_FINITE_NEXT_RE = re.compile(r"(?:" + FINITE_AUXILIARIES + r")\b")  # (a verb right after "that": it is a pronoun)


# a verb's topic after a preposition of topic ("commented on X", "railed against X", "joked
# about X"): X is what was said; not a medium or a day ("on Twitter", "on Monday")
_TOPIC_RE = re.compile(r"\s+(?:(?:[a-z]+ly|also|again)\s+)?(?:about|against|on|upon)\s+"
                       r"(?!(?:[A-Z][a-z]+day|Twitter|Facebook|Instagram|television|TV|radio|air|camera|stage|"
                       r"(?:the|a|an)\s+(?:phone|radio|air|show|program|programme|floor|stump|trail|call|record|"
                       r"campaign\s+trail|[A-Z][a-z]+day))\b)(?=[\w“\"])")
# conjunctions of condition (a closed class of English): an introduction with one is the
# condition of the act after it, which the escalation score reads with the act
_CONDITIONS = frozenset({"if", "unless", "provided", "providing", "lest", "otherwise"})
_SHORT_REPLY = 4  # characters of a reply before a tail frame that closes its sentence, at least
# a reporting verb closed by a comma after at most two words: a parenthetical ("…, he said then, …")
_PARENTHETICAL_RE = re.compile(r"(?:\s+[\w'’]+){0,2}\s*,")


# what may stand between a subject's mention and its verb besides adverbs and auxiliaries: a
# description of the subject set off by commas, dashes or brackets ("Six papers, including the
# Press, said …", "The congressman, who led a filibuster, thinks …", "Roe (D-Ohio) says …"), or
# the subject's first predicate, the verb of saying its second ("Roe was forced to retreat and
# said …"). No quotation, semicolon or colon in it: the subject's own clause, never words quoted.
_POSTMODIFIER_RE = re.compile(r"\s*(?:,[^,;:\"“”]{1,160}(?:,[^,;:\"“”]{1,80}){0,2},|[-–—―]{1,2}[^;:\"“”]{1,160}[-–—―]{1,2}"
                              r"|\([^();:\"“”]{1,160}\)|\s[^,;:\"“”]{1,160}\s(?:and|but)(?:\s+then)?)\s*")


def _right_after(masked: str, m: re.Match, named_end: int, v: Vocab) -> bool:
    """Whether only adverbs and auxiliaries (``between`` in attribution.toml) stand between the
    mention of a subject that ends at `named_end` and the verb `m`."""
    return strip_between(v, masked[:m.start()]).rstrip(" ,") == masked[:named_end].rstrip(" ,")


_DASHED_RE = re.compile(r"\s?(?:--|[—–]|-\s)[^—–\"“”]{3,150}?(?:--|[—–]|\s-)\s*")  # an aside between dashes


def _verb_after_subject(masked: str, verb: str, v: Vocab, named_end: int | None) -> re.Match | None:
    """The reporting verb right after the mention of its subject that ends at `named_end`,
    with at most adverbs and auxiliaries between ("the senator has repeatedly said"): what
    precedes that subject is the outlet's (an introduction, the main clause of a relative
    one), what follows the verb is the subject's words. None without a mention or when other
    words stand between it and the verb."""
    if named_end is None:
        return None
    m = _word_re(verb).search(masked, named_end)
    if m is None:
        return None
    if not _right_after(masked, m, named_end, v) \
            and not _POSTMODIFIER_RE.fullmatch(strip_between(v, masked[named_end:m.start()])):
        # ("Roe - who once said … - said …": the verb after an aside between dashes)
        m = next((k for k in _word_re(verb).finditer(masked, named_end) if _DASHED_RE.fullmatch(masked, named_end, k.start())), None)
        if m is None:
            return None
    if _PARENTHETICAL_RE.match(masked, m.end()):
        return None  # "The truth, the senator said then, was …": a parenthetical, its words around it
    return m


# a comment clause that opens a sentence, after a connective at most: "As Roe said, …", "Yet, as
# Roe observed, …", "And yet, Roe's aides say, …" (Quirk et al. 1985 §15.53-15.56): what
# follows its comma is the speaker's, the clause and the connective are the outlet's
_COMMENT_OPENING_RE = re.compile(r"\W*(?:(?:and|but|yet|so|still|indeed|now|and yet|but then|of course)\W+)?(?:as\s+)?$", re.I)
_COMMENT_END_RE = re.compile(r"(?:\s+(?:it|so|out|before|then|earlier|later|recently|once|again|too|also|on\s+\w+day))?"
                             r"(?:\s+(?:last|this)\s+\w+|\s+(?:on|in|at|during)\s+(?:[A-Z0-9]|(?:a|an|the|his|her|its|their)\s)"
                             r"(?:(?!\bthat\b)[^,;:()\"“”]){0,35}?)?\s*[,:]\s*")


def _comment_clause_words(u: str, masked: str, verb: str, v: Vocab, named_at: int | None,
                          named_end: int | None) -> tuple[int, int] | None:
    """The speaker's words after a comment clause that opens the sentence ("As Roe noted, the
    plan …" -> "the plan …"), up to the outlet's tail; None for any other sentence."""
    if named_at is None or named_end is None or not _COMMENT_OPENING_RE.match(masked[:named_at]):
        return None
    m = _word_re(verb).search(masked, named_end)
    if m is None or not _right_after(masked, m, named_end, v):
        return None
    c = _COMMENT_END_RE.match(masked, m.end())
    if c is None or "as" not in masked[:named_at].lower().split() and not masked[:named_at].strip(" ,"):
        return None  # ("Roe said, …": no comment clause without a connective or "as" before its subject)
    end = tail_cut(masked, c.end(), len(u.rstrip()), v)
    return (c.end(), end) if end - c.end() >= 12 else None


def object_frame(verb: str, v: Vocab) -> bool:
    """A speech verb whose object is what its subject says, believes or intends ("cited the
    audit as the reason", "hoped utilities would …", "called the ruling a win"), the verb
    itself no act the escalation score reads (``act_verbs``) nor a plain frame verb."""
    return verb not in v.frame_verbs and verb not in v.act_verbs and v.verb_re.fullmatch(verb) is not None


_ACCORDING_TO_RE = re.compile(r"\baccording\ to\b", re.I)  # ("According to X, …" opens a sentence)


# a coordinating conjunction right after the comma before a verb's subject: "…, and recent polls
# show Roe ahead" opens a clause of its own, no tail frame ("…, the poll shows.")
_CONJUNCTION_OPENS_RE = re.compile(r"\s*(?:and|but|yet|or|so)\s")


def own_words_span(u: str, verb: str, v: Vocab, speaker: str = "", keep_verb: bool = False,
                   named_at: int | None = None, named_end: int | None = None) -> tuple[int, int] | None:
    """Where a sentence's own words are, without a reporting frame whose verb adds nothing to
    what is said (``frame_verbs``): '"We are ready," Lavrov said on Monday.' -> the quotation;
    'Lavrov said on Monday that they were ready.' -> "they were ready."; 'They were ready,
    according to Lavrov.' -> "They were ready". None when the frame is not at an end of the
    sentence (more quoted words after it) or leaves too little."""
    masked = _mask_quotes(DOUBLE_SINGLE_RE.sub('" ', u))
    # ("According to X, …" opens a sentence with a capital)
    m = (_ACCORDING_TO_RE if verb == "according to" else _word_re(verb)).search(masked)
    if m is None:
        return None
    # the verb right after its subject's mention (an adverb or auxiliary between): "In an
    # interview on Thursday, the senator said …", "…, a trend the foundation predicts will …"
    subject_verb = _verb_after_subject(masked, verb, v, named_end)
    if subject_verb is not None:
        m = subject_verb
    comment = _comment_clause_words(u, masked, verb, v, named_at, named_end)
    if comment is not None:
        return comment
    before, after = masked[:m.start()], masked[m.end():]
    # a tail: '…," Lavrov said.', '…, said one source.', '…, according to X.'
    lead = len(masked) - len(masked.lstrip())
    if masked[lead:lead + 1] in ("\"", "“"):
        q = QUOTE_RE.match(masked, lead)  # the quotation that opens the sentence, up to its closing mark
        cut = q.end() - 1 if q and q.end() <= m.start() else -1
    else:
        cut = max(before.rfind(", "), before.rfind("\""), before.rfind("”"))  # quotations are masked: a mark closes one
    opened_by_quote = masked[lead:lead + 1] in ("\"", "“")
    if not opened_by_quote and named_at is not None and 0 <= named_at < cut:
        # "…, a spokeswoman, Mary Poe, said on Saturday.": a tail whose subject is a name after
        # its description, both set off by commas; the tail starts at the description's comma
        described = _DESCRIBED_NAME_RE.search(before, 0, named_at)
        cut = described.start() if described is not None else quotation_before_subject(u, masked, named_at, after, cut)
    surname = speaker.split()[-1] if speaker else ""
    named_before = bool(surname) and surname in before[:max(cut, 0)] and surname not in masked[cut:]
    # the verb right after a comma or a closing quotation mark, its subject (named at
    # `named_at`) after it: '… "strategic," said Jane Roe, a professor of …': the words after
    # the verb are the subject's description, never the speaker's words
    inverted = cut > 0 and not before[cut + 1:].strip(" ,") and named_at is not None and named_at >= m.end()
    if opened_by_quote and cut >= 0 and not before[cut + 1:].strip(" ,") and re.search(r"[\"“”]", after):
        # an inverted verb right after the opening quotation, with quotation marks after it
        # too: the quotation going on after its speaker ('"…," said Jane Roe, "but …"') or
        # words the description quotes: the sentence stays whole, never the description
        # alone as the speaker's words
        return None
    # (after an opening quotation the frame may carry a long description of its speaker:
    # '"…," Jane Roe, the top Democrat on the committee and one of its sponsors, said.'; with
    # no quotation, a subject named before the comma is no tail's: "The poll, released on
    # Monday, showed Roe ahead.")
    if not keep_verb and cut >= 0 and (not re.search(r"[\"“”]", after) or TITLE_ADJUNCT_RE.fullmatch(after)
                                       or opened_by_quote and not quotation_goes_on(after)) \
            and len(before[cut:].split()) <= (30 if opened_by_quote or masked[cut:cut + 1] in ("\"", "”") else 12) \
            and (opened_by_quote or not INTRO_RE.match(before[:cut]) or CLAUSE_NOT_INTRO_RE.match(before[:cut])) \
            and (opened_by_quote or not openings_only(before[:cut])) \
            and not (named_before and after.strip(" .!?")) and not (not opened_by_quote and CLAUSE_NEXT_RE.match(after)) \
            and not (not opened_by_quote and _CONJUNCTION_OPENS_RE.match(before, cut + 1)) \
            and (opened_by_quote or named_at is None or named_at > cut) \
            and (opened_by_quote or inverted
                 or (_inverted_tail(before, cut, after) and not (named_at is not None and named_at < cut))
                 or ((len(after.split()) <= 8 or after.lstrip().startswith(("on ", "in ", "at ", "during "))
                      or (TIME_CLAUSE_AFTER_RE.match(after) or verb in TELL_VERBS and TOLD_TIME_CLAUSE_RE.match(after))
                      and not after.lstrip().startswith(("at least ", "at most ")))
                     and no_object_after(after, verb) and verb not in v.position_verbs)):
        # (a tail frame leaves at most a few words after its verb: "Campaigning in 2012, Obama
        # mentioned climate change." is no tail)
        end = cut + 1
        # (a reply of a word or two is the speaker's words when the frame closes the sentence:
        # "Sorry, Roe said."; before a frame with words after it, too little to stand alone)
        if before[:cut].strip() and len(u[:end].strip()) >= (_SHORT_REPLY if not after.strip(" .!?") else 12):
            # (after an opening phrase of the outlet's, the quotation alone: 'As for X, "…," Roe said.')
            return quotation_after_opening(u, len(u) - len(u.lstrip()), end), end
        return None
    if inverted:
        return None  # what follows an inverted verb is its subject, never the speaker's words
    # a second predicate of the sentence's subject after a comma and a conjunction: "Roe toured
    # the districts on Monday, and criticized the state for …": the first is the outlet's
    # account, the words after the reporting verb the speaker's (as without the comma)
    coordinated = _COORDINATED_RE.search(before) is not None and not re.search(r"[;:]", before)
    # a head: 'Lavrov said (on Monday) that …', 'Lavrov said: "…"', 'Lavrov said they …'
    if re.search(r"[,;](?!\d)", before) and not named_before and not coordinated and not before.lstrip().startswith(("According", "according")) \
            and subject_verb is None and not subject_after_intro(before, speaker) and not _closing_relative(before, masked[m.end():]):
        return None  # the frame is not at the start of the sentence
    if keep_verb:
        # an act ("Lavrov accused the alliance of …"): what it is about, after its verb (the
        # statement's cue, which the escalation score reads before it); the act and its
        # object from the verb when that object is too short to stand alone ("praised Putin").
        # (only after a bare subject: '"…," Lavrov warned' and an introduction ("Before the
        # strikes, Russia had warned …", which the escalation score reads) keep the sentence whole)
        bare = before.strip() and (not re.search(r"[\"“”,;:]", before) or _APPOSED_SUBJECT_RE.match(before)
                                   or TIME_INTRO_RE.match(before) or coordinated)
        # (or after an introduction before the subject, its verb right after that subject,
        # unless the introduction quotes or is a condition the act depends on: "If talks
        # fail, Russia warned …")
        introduced = subject_verb is not None and not re.search(r"[\"“”]", before) \
            and not any(w in _CONDITIONS for w in re.findall(r"[a-z]+", before.lower()))
        if not bare and not introduced:
            return None
        words = _words_after_verb(u, masked, m, verb, v)
        if words is None and "," in before and adjunct_only(masked[m.end():]):
            return None  # "…, Roe warned on Wednesday.": a tail, the sentence kept whole (:mod:`.adjunct_tails`)
        if words is not None:  # ("blasted the board during a rally in Ohio": where and when it was done)
            adj = _ACT_ADJUNCT_RE.search(masked, words[0], words[1])
            if adj is not None and adj.start() - words[0] >= 3:
                words = (words[0], adj.start())
        start, end = m.start(), len(u.rstrip())
        end = tail_cut(masked, start, end, v, verb) if words is None else end
        return words or ((start, end) if end - start >= 12 else None)
    return _words_after_verb(u, masked, m, verb, v)


# the manner of a verb of response: "responded to X on Monday by saying (that) …" (no clause
# punctuation or quotation between the verb and the participle)
_BY_SAYING_RE = re.compile(r"[^,;:.\"“”]{0,80}?\bby\s+(?P<part>[a-z]+ing)\b(?:\s+that\b)?\s*")


def _words_after_verb(u: str, masked: str, m: re.Match, verb: str, v: Vocab) -> tuple[int, int] | None:
    """The speaker's words after the reporting verb `m`: from the clause or object it opens
    (after "that", for an intention from "to") to the end of the sentence, without the
    outlet's tail (:func:`.tails.tail_cut`); None when that leaves too little."""
    by = _BY_SAYING_RE.match(masked, m.end())
    inner_that = False
    if by is not None and by.group("part") in v.clause_participles:
        # "Roe responded to the critics on Monday by saying (that) …": the words after the participle
        hm = by
    elif verb in v.infinitive_verbs:  # "Trump plans to release the returns": the intention, "to" on
        hm = SPACES_RE.match(masked, m.end())
    else:
        hm = (ACCORDING_HEAD_RE if verb == "according to" else HEAD_BOUNDARY_RE).match(masked, m.end()) \
            or _TOPIC_RE.match(masked, m.end())
        if hm is not None and verb != "according to" and hm.group(0).rstrip().endswith("that") \
                and (clause_before_that(masked[m.end():hm.end()], v)
                     or verb not in TELL_VERBS and object_before_that(masked[m.end():hm.end()])):
            # "said Trump was hoping that …", "stressed her support of the raid that …": the "that"
            # is the inner clause's; the words start right after the verb (or its listener)
            hm, inner_that = SPACES_RE.match(masked, m.end()), True
        if verb in TELL_VERBS and hm is not None and not hm.group(0).rstrip().endswith("that"):
            # "told reporters he would run": the listener, then the clause told without "that"
            hm = LISTENER_RE.match(masked, m.end()) or hm
    if hm is None:
        # "explained to CBS why …", "wrote in both listings he was …": a listener or an adjunct
        # of place, time or medium between the verb and the clause it reports
        hm = _ADJUNCT_CLAUSE_RE.match(masked, m.end())
    if hm is None:
        return None
    if len(u.rstrip()) - hm.end() < 12 and hm.group(0).rstrip().endswith("that") \
            and re.match(r"\s+\S", masked[m.end():]):
        # "said the group could come back later with that request": the "that" found is a
        # determiner near the end, the clause starts right after the verb
        hm = SPACES_RE.match(masked, m.end())
    start = hm.end()
    if hm.group(0).rstrip().endswith("that") and _FINITE_NEXT_RE.match(masked, start):
        start -= len(masked[:start]) - len(masked[:start].rstrip()) + 4  # "said that was wrong": "that" is its subject
    end = len(u.rstrip())
    rel = TRAILING_RELATIVE_RE.search(masked, start)
    if rel is not None and rel.start() - start >= 12:
        end = rel.start()  # "…, which forced her to leave early.": the outlet's aside on what was said
    # (the object of a verb, no clause after "that" or a verb of saying: "Roe accused the board
    # of …, but did not …" is two predicates of Roe's, "Roe said the bill passed but …" one clause)
    clause = verb in v.frame_verbs or verb in CLAUSE_VERBS or hm.group(0).rstrip().endswith("that") or inner_that
    end = tail_cut(masked, start, end, v, None if clause else verb)
    if verb in v.object_verbs:  # "endorsed Jane Roe on Tuesday at a rally": the side taken, "Jane Roe"
        adj = _OBJECT_END_RE.search(masked, start, end)
        if adj is not None and adj.start() - start >= 12:
            end = adj.start()
        elif _NAMED_OBJECT_RE.fullmatch(masked, start, adj.start() if adj is not None else end) \
                and not (adj is not None and _COMPLEMENT_NEXT_RE.match(masked, adj.start())):
            # "endorsed Trump in early June", "endorses Cruz.": a name is the side taken, however short
            return start, adj.start() if adj is not None else len(masked[:end].rstrip(" .!?"))
    end = named_quote_end(masked, m.end(), end) if verb in v.quote_object_verbs else end  # '… plan, which …, “a sham”'
    if end - start < 12:
        return None
    if not clause:
        # the object of an act, however short, without where, when or in what medium the act
        # was done ("cited the figure at a forum last week", "claimed the win in a post"), as
        # for the verbs of ``act_verbs`` (:data:`.patterns.ACT_ADJUNCT_RE`)
        end = short_object_cut(masked, start, end)
    return start, end

