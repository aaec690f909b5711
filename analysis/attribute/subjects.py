"""The subject of a speech verb: left of it back to the clause boundary (or the antecedent of
a relative clause), right of it when inverted ('"…," said X'), and whether it stands in a
subordinate clause or a parenthetical "…, he said, …"."""
from __future__ import annotations

import re

from .cues import Vocab, between_at_end, strip_between
from .evidence import capitalised_mid_sentence, sentence_word
from .patterns import (AGE_APPOSITIVE_RE, heads_a_joined_body, INVERSION_STOP_RE, LEAD_SUBJECT_RE, PAREN_CLOSE_RE, POSTED_RE, TIME_LEAD_RE,
                       PREPOSITIONS)
from .sources import document_head_re, document_source
from .us_states import state_patterns

# the period of an initial or an abbreviated title inside a name is no end of the inverted
# subject: '"…," said Representative Charles B. Smith', '"…," said Rep. G.K. Jones', "Jr."
_NAME_PERIOD_RE = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Jr|Sr|St|Prof|Rev))\.(?=[ \t]*[A-Z])")


def _head_and_rest(phrase: str) -> tuple[str, str] | None:
    """("aides", "Secretary of State John Kerry") for "Aides to Secretary of State John Kerry":
    the word before the first preposition, and what follows it."""
    words = phrase.split()
    for i, w in enumerate(words[:4]):
        if w.lower() in PREPOSITIONS:
            return (words[i - 1].lower(), " ".join(words[i + 1:])) if i >= 1 else None
    return None


_LETTERS_RE = re.compile(r"[A-Za-z']+")


def _subordinate(u: str, phrase: str, verb_start: int, v: Vocab) -> bool:
    """Whether the subject before this verb opens with a subordinating word ("After X announced")."""
    left = strip_between(v, u[:verb_start]).rstrip()
    if phrase and left.endswith(phrase):
        left = left[: len(left) - len(phrase)]
    words = _LETTERS_RE.findall(left[-20:])
    return bool(words) and words[-1].lower() in v.subordinators


def _parenthetical(u: str, phrase: str, verb_start: int, verb_end: int, v: Vocab) -> bool:
    """Whether "X said" stands between commas inside the clause it attributes
    ("The park, which, Tompkins said, is full"; "It was, he said, a mistake")."""
    left = strip_between(v, u[:verb_start]).rstrip()
    if phrase and left.endswith(phrase):
        left = left[: len(left) - len(phrase)].rstrip()
    return left.endswith(",") and bool(PAREN_CLOSE_RE.match(u, verb_end))


# "Paul Roe, a truck driver from Ava, Mo., who …, said": a name that opens the sentence (after
# a dateline: "WASHINGTON -- President Obama, dedicating …, said"), then
# an appositive that opens in lower case ("a …", "executive director of …", "who …"), with a
# party tag ("R-S.C.") or an age ("25") first, or with a possessor ("Mrs. Roe's chief of
# staff"), or a party and state ("Republican of Ohio"), closed by the comma before the verb
_NAME_THEN_APPOSITIVE_RE = re.compile(
    r"^[\s\"“”']*(?:[A-Z][A-Za-z.,' ]{0,40}?\s+(?:--|[—–―])\s+)?(?:(?:But|And|Yet|Still|Meanwhile|However),?\s+)?"
    r"(?P<who>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|al-[A-Z][\w'’\-]*|de|van|von|da|del|der|den|di|du|dos|la|le|bin|ibn|al)){0,5})"
    r"\s*,\s+(?:(?:[RDI]-[A-Z][\w.\-]*|\d{1,3}),\s+)?(?:[a-z]|[RDI]-[A-Z]|(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*['’]s\s+[a-z]"
    r"|(?:Republican|Democrat|Independent)\s+(?:of|from)\s+[A-Z])"
    r"(?:[^;:\"“”]|[\"“]_*[\"”])*,\s*$")  # (a short quotation inside, masked: 'Roe, who called it “____,” said')
# the words after a quotation and its comma: '"…," Mr. Roe, now 81, said' -> "Mr. Roe, now 81,"
_AFTER_QUOTATION_RE = re.compile(r"[\"”],?\s+(?=[A-Z])")


# an aside between the subject and its verb: a phrase of place, time or manner between commas
# ("X, at a news conference on Monday, said", "X, speaking to reporters, said"), or anything
# between two dashes ("X -- co-editor of a book on debates -- said")
_ASIDE_BEFORE_VERB_RE = re.compile(
    r",\s+(?:in|at|on|during|after|before|from|with|when|while|as|though|although|like|unlike|"
    r"along with|together with|as well as|"
    r"for (?:his|her|its|their) part|clad|[a-z]{3,}ing|[a-z]{3,}ed)\b[^,;:\"“”()]{0,80},\s*$")
# a phrase that opens with a word of comparison or accompaniment is no subject ("like Doe", "along
# with the union"): general English. (Not "including", "such as": the example named in a group,
# "Some critics, including Jane Roe, said", is the one a reader credits.)
_COMPARED_ASIDE_RE = re.compile(r"(?:like|unlike|along with|together with|as well as)\s", re.I)
# (or a hyphen between spaces, as a dash is typed: "Jane Roe - who … - said")
# the modal "may" before a verb ("Kim may even view …", "some may argue"): no part of the
# subject, and never the name it is spelt like ("Theresa May"); lower case only. (Tried: every
# central modal so, "voters might blame", "critics must decide": train 11 of 18 new statements
# unaligned; and no subject at all after one: the corpus lost "Kim may even view him as …".)
_MAY_ADVERBS = ("not", "also", "still", "well", "never", "now", "yet", "even")
_MAY_END_RE = re.compile(r"(?<=\S)\s+(?-i:may)(?:\s+(?:" + "|".join(_MAY_ADVERBS) + r"))?\s+$")
_MAY_ENDS = ("may ",) + tuple(f"may {w} " for w in _MAY_ADVERBS)  # (a quick test before _MAY_END_RE)
_DASH_ASIDE_RE = re.compile(r"\s+(?:--?|[—–])\s+[^—–]{3,200}?\s+(?:--?|[—–])\s*$")
# a parenthesis between the subject and its verb: "Kasich (who has 25 delegates) said",
# "Sen. Jane Roe (a Democrat so young she was mistaken for an intern) says"
_PAREN_ASIDE_RE = re.compile(r"\s*\([^()]{3,200}\)\s*$")


# conjunctions and sentence adverbs that open a clause before its subject ("Yet, a study …")
_CLAUSE_OPENER_RE = re.compile(r"^(?:(?:yet|but|and|still|meanwhile|however|indeed|now|so|also|instead)\b,?\s*)+", re.I)
_CLAUSE_STARTS_RE = re.compile(r"[,;:]\s+")


def document_subject_left(u: str, verb_start: int) -> str:
    """The whole document, poll or record phrase that is the subject of a verb, when the words
    nearest the verb are only its tail: "a 2014 study by Harvard and the University of
    California found" (:func:`_subject_left` stops at "and"), "A study that appeared in the
    journal found", "A USA TODAY analysis of super PACs that raised $1 million or more since
    Jan. 1, 2015, shows". The longest such phrase from the sentence's start or a comma, else ""."""
    left = u[:verb_start]
    if not document_head_re().search(left):
        return ""
    for start in [0] + [m.end() for m in _CLAUSE_STARTS_RE.finditer(left)]:
        phrase = _CLAUSE_OPENER_RE.sub("", left[start:].strip(" ,"))
        if phrase.split(" ", 1)[0].lower() in PREPOSITIONS:
            continue  # "In a poll of 800 voters, Democracy Corps found": an adjunct, not the subject
        if phrase and document_source(phrase) is not None:
            return phrase
    return ""


def _subject_left(u: str, verb_start: int, v: Vocab) -> str:
    """The subject phrase just left of a verb: back to the nearest clause boundary; for a
    relative clause ("Trump, who during a press conference … vowed") its antecedent; for a
    name with a long appositive between commas, the name."""
    left = u[:verb_start]
    if left.endswith(_MAY_ENDS):
        may = _MAY_END_RE.search(left)
        if may:
            left = left[:may.start()] + " "  # "Some may argue": "Some" (no Theresa May)
    # (each aside's pattern only where its marks are: a dash or hyphen, a closing parenthesis,
    # a comma; they are searched from every position of the words before the verb)
    dash = _DASH_ASIDE_RE.search(left) if "-" in left or "—" in left or "–" in left else None
    if dash and _WORD_END_RE.search(left[:dash.start()]):
        # "Kall -- co-editor of a book -- said": Kall; "Roe, director of the VFF - which Doe
        # founded - said": the appositive the aside ends is closed as a comma would close it
        head = left[:dash.start()]
        left = head + (", " if _NAME_THEN_APPOSITIVE_RE.match(head + ",") else " ")
    paren = _PAREN_ASIDE_RE.search(left) if ")" in left else None
    if paren and _WORD_END_RE.search(left[:paren.start()]):
        left = left[:paren.start()] + " "  # "Kasich (who has 25 delegates) said": Kasich
    phrase = _left_phrase(left, v)
    if phrase and _COMPARED_ASIDE_RE.match(phrase) and "," in left:
        # "Jane Roe, like Doe, has said", "The union, along with the Pier Guild, has urged": the
        # comparison or the company set off between commas is an aside, the subject before it
        between = between_at_end(v, left)
        bare = left[:between.start()].rstrip().rstrip(",") + ", " if between else left
        aside = _ASIDE_BEFORE_VERB_RE.search(bare)
        head = _left_phrase(bare[:aside.start()] + " ", v) if aside and _WORD_END_RE.search(bare[:aside.start()]) else ""
        phrase = head or phrase
    if not phrase:
        aside = _ASIDE_BEFORE_VERB_RE.search(left) if "," in left else None
        if aside and _WORD_END_RE.search(left[:aside.start()]):
            # "Clinton, at a later press gaggle, said": Clinton
            phrase = _left_phrase(left[:aside.start()] + " ", v)
    lead = TIME_LEAD_RE.match(phrase) if phrase[:1].isupper() else None
    if lead and phrase[lead.end()].islower():
        # "On Wednesday the army said", "Earlier this month officials said": the army, the
        # officials (a name after the date is found as it stands: "On Monday Jane Roe said")
        phrase = phrase[lead.end():]
    return phrase


# a place and its region set off by commas, closing the subject: "… Center in Greenbelt,
# Maryland, has confirmed", "Officials in Springfield, Illinois, said" (the region is no subject)
_PLACE_REGION_END_RE = re.compile(r"[^,\s]\s+(?:in|from|near|of)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2},\s+"
                                  r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?\s*,\s*$")


def _left_phrase(left: str, v: Vocab) -> str:
    # the words that may stand between a subject and its verb ("has", "also"): one match at
    # the end of `left` (the pattern is anchored there), searched once for both uses below
    between = between_at_end(v, left)
    bare = left[:between.start()] if between else left
    closed = bare.rstrip().endswith(",") or (between is not None and between.group(0).lstrip().startswith(","))
    if not closed and "," in bare and (" of " in bare or " in " in bare or " from " in bare):
        # "Jane Roe of Springfield, Ohio says": a US state after its city, the comma that would
        # close it left out, is the city's, not the subject
        tail = bare[bare.rfind(",") + 1:].strip()
        closed = bool(tail) and state_patterns()[2].get(tail) == tail
    place = _PLACE_REGION_END_RE.search(bare.rstrip().rstrip(",") + ",") \
        if closed and "," in bare and (" in " in bare or " from " in bare or " near " in bare or " of " in bare) else None
    if place and "," not in bare[:place.start()]:
        # (not after an appositive's comma: "Jane Roe, a teacher from Austin, Texas, said")
        return _left_phrase(bare[:place.start() + 1] + " ", v)
    nm = _NAME_THEN_APPOSITIVE_RE.match(left)
    if nm is None and between is not None and between.group(0).lstrip().startswith(","):
        # the comma that closed an appositive before them: "X, the fund's lawyer, has" + rejected
        nm = _NAME_THEN_APPOSITIVE_RE.match(bare + ", ")
    if nm is None:
        # after a quotation: '"…," Mr. Roe, now 81 and retired, said'
        after = list(_AFTER_QUOTATION_RE.finditer(left))
        nm = _NAME_THEN_APPOSITIVE_RE.match(left[after[-1].end():]) if after else None
    if nm and nm.group("who").split()[0].lower() not in v.subordinators \
            and nm.group("who").split()[0].lower() not in v.openers:
        return nm.group("who")
    # (closed by a comma or not: "Derek Mitchell, who served as ambassador, said")
    # (without the words between the clause and the verb: "Roe, who …, on Friday described")
    near = bare if between is not None and not between.group(0).lstrip().startswith(",") else left
    rel = _RELATIVE_SUBJECT_RE.search(near) if "who" in near else None
    if rel and not _CLAUSE_MARK_RE.search(near[rel.end(1) + 1:].rstrip(", ").replace(", who", "", 1)):
        if _OBJECT_RELATIVE_RE.match(near, rel.end(1)):
            return ""  # "Doe, who many in the party hope will run": "many" hope, not Doe
        return rel.group(1).strip()
    left = AGE_APPOSITIVE_RE.sub(" ", bare)  # "Mr. King, 82, told"
    cut = max(left.rfind(ch) for ch in (",", ";", ":", "\"", "“", "”", "(", " - ", " – ", " — ", " ― "))
    phrase = left[cut + 1:] if cut >= 0 else left
    phrase = phrase.strip(" -–—―")
    words = phrase.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in v.openers:
            if words[i] == "and" and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() \
                    and all(w[:1].isupper() or w in _NAME_JOINERS for w in words[i + 1:]) \
                    and heads_a_joined_body(words[-1]):
                # "and" inside a name, capitalised on both sides to the verb: "the Food and Drug
                # Administration", "Centers for Disease Control and Prevention" (not "U.S. and
                # Saudi officials", whose head is in lower case)
                continue
            if words[i] in ("to", "at") and 0 < i < len(words) - 1 and POSTED_RE.fullmatch(words[i - 1]):
                continue  # a diplomat's posting: "Syria's ambassador to the United Nations"
            words = words[i + 1:]
            break
    return " ".join(words)



# the lower-case words inside a body's name ("Department of Health and Human Services")
_NAME_JOINERS = frozenset({"of", "for", "and", "on", "de", "du", "des", "la"})


# a subject and its non-restrictive relative clause right before the verb ("Derek Mitchell,
# who served as ambassador, said"), and the marks that close a clause
_RELATIVE_SUBJECT_RE = re.compile(r"(?:^|[,;:]\s*)([^,;:]{1,80}),\s+who\b[^,;:]{0,200},?\s*$")
_CLAUSE_MARK_RE = re.compile(r"[,;:]")
_WORD_END_RE = re.compile(r"\w$")

# "who" that is the object of its clause, another subject after it: a quantifier or a
# determiner ("…, who many feel needs …", "…, who the party hopes will run"). General English.
_OBJECT_RELATIVE_RE = re.compile(r",\s+who\s+(?:many|some|most|few|several|others|the|a|an|his|her|their|its|our)\b")


def _subject_right(u: str, verb_end: int) -> str:
    right = u[verb_end:]
    # the periods of initials and titles read as letters, so that they stop nothing
    m = INVERSION_STOP_RE.search(_NAME_PERIOD_RE.sub(lambda p: p.group(0)[:-1] + "_", right))
    return (right[:m.start()] if m else right).strip()


def lead_subject(ctx, masked: str) -> re.Match | None:
    """The subject that opens the sentence (LEAD_SUBJECT_RE); after an opening phrase closed
    by a comma when the sentence opens with a lone preposition, conjunction or adverb ("Amid
    reports of a deal, Jane Roe stayed quiet, saying …": Jane Roe, not "Amid")."""
    lead = LEAD_SUBJECT_RE.match(masked)
    if lead is None:
        lead = appositive_lead(masked)
        # (one capitalised word that opens the sentence names nobody unless the text also
        # writes it so mid-sentence: "Proponents, including the mayors, have urged")
        one = lead.group("who") if lead and " " not in lead.group("who").strip() else None
        return None if one and not capitalised_mid_sentence(ctx.doc.text, one) else lead
    if lead and (sentence_word(ctx.doc.text, lead.group("who").split()) or _SPAN_OF_TIME_RE.match(masked, lead.start("who"))):
        # ("Eight years ago, he supported …": a span of time, no subject)
        comma = masked.find(", ", lead.end("who"))
        # (spaces for the opening phrase: the match keeps the sentence's offsets)
        lead = LEAD_SUBJECT_RE.match(" " * (comma + 1) + masked[comma + 1:]) if comma > 0 else None
    return lead


# a number and a unit of time that open a sentence ("Eight years ago, …", "Two days later, …",
# "30 years earlier, …"): an adverbial, never the subject. General English.
_SPAN_OF_TIME_RE = re.compile(r"(?:[A-Z][a-z]+|\d+)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+"
                              r"(?:ago|later|earlier|before|after|on)\b")


# a finite verb right after the comma that closes an opening appositive ("X, a former
# chairman, became …", "X, the fund's lawyer, has rejected …")
_VERB_AFTER_COMMA_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:has|had|have|is|was|were|are|will|would|became|[a-z]{2,}ed|"
                                  r"[a-z]{2,}[^s\W]s)\b")


def appositive_lead(masked: str) -> re.Match | None:
    """The name that opens a sentence before its appositive and the clause's verb ("Gary Roe,
    a former state party chairman, became a delegate and said …": Gary Roe), its match with
    the group "who"; None when the sentence opens otherwise."""
    for i, c in enumerate(re.finditer(r",", masked)):
        if i >= 4:
            break
        if _VERB_AFTER_COMMA_RE.match(masked, c.end()):
            return _NAME_THEN_APPOSITIVE_RE.match(masked[:c.end()])
    return None
