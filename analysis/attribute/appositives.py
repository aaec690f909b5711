"""The subject of a reporting verb that stands apart from it: a noun phrase followed by a
comma-delimited appositive or non-restrictive relative clause ("The agency, which oversees
the program, said …"; "The regulator, the agency that licenses banks, said …"; "Officials at
the port, a division of the ministry, said …"; "Rep. Jane Roe of Ohio, a member of the panel,
said …").

English sets such a modifier off by two commas between a noun phrase and its verb; the verb's
subject is the noun phrase before the first comma, read as any subject is. An opening
adverbial closed by a comma ("On Tuesday,", :func:`.described.after_intro`) is never part of
the subject after it. Plain functions over a sentence whose quotations are masked."""
from __future__ import annotations

import re

from ..toml_data import word_set
from .described import NEAR_TO_RE, after_intro, described_source, described_verb
from .group_sources import group_source
from .resolve import resolve
from .subjects import _subject_left

# what opens a non-restrictive modifier of a noun phrase (general English): a relative word; a
# determiner, possessive or number that opens an appositive noun phrase ("a division of …",
# "the agency that …", "its acting chairman", "Mexico's ambassador", "60"); a share of them
# ("many of them conservatives"); a participle phrase ("led by …", "sent to …", "speaking at
# …", "apparently referring to …"; the irregular past participles listed); a bare title noun
# (attribution.toml ``person_nouns``) with its complement ("chairman of …", "president and
# chief executive of …"); an adverb of time before one ("now a senator")
_MODIFIER_OPEN_RE = re.compile(
    r"(?:(?:now|then|himself|herself|itself|once|formerly|also)\s+)?"
    r"(?:(?:who|whom|whose|which|a|an|the|one|another|its|his|her|their|both|each)\s"
    r"|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s?\s+[a-z]"
    r"|\d{1,3}\b"
    r"|(?:many|most|some|all|both|several|few|none|each|one|two|three)\s+of\s+(?:them|whom)\b"
    r"|(?:[a-z]+ly\s+)?(?:(?:[a-z]+ed|sent|held|known|born|seen|written|chosen|taken|given|made|found|built|kept|"
    r"brought|caught|shown|paid|sworn|put|set|left)\s+(?:by|in|on|at|with|to|for|from|as|into|under|over|after|before)\s"
    r"|[a-z]{3,}ing\s)"
    r"|(?:[a-z\-]+\s+(?:and\s+)?){0,3}?(?P<title>[a-z\-]+)\s+(?:of|at|for|to|on|in)\s)")
# a finite auxiliary or a relative word: a modifier that holds an auxiliary before any relative
# word is a clause of its own ("smaller bonuses for executives are the last thing …"), not an
# appositive
_AUXILIARY_OR_RELATIVE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|do|does|did|who|whom|whose|which|that)\b")
# marks that no appositive holds: a quotation, a clause break, a parenthesis, a dash
_NOT_IN_MODIFIER_RE = re.compile(r"[;:\"“”()—–]|\s-\s")
# at most this many words in one appositive ("a registered voter who spoke on condition of
# anonymity for fear of losing her job": 16); a longer stretch is a clause of its own
_MAX_MODIFIER_WORDS = 24
# the abbreviated state or province after a city, as news style writes it ("Ill.", "N.Y.",
# "Calif.", "D.C."), after a capitalised word
STATE_ABBREVIATION_RE = re.compile(r"[A-Z][a-z]{0,4}\.(?:[A-Z]\.)?")
_CAPITALISED_END_RE = re.compile(r"\b[A-Z][\w'’\-]*\s*$")
_WORD_END_RE = re.compile(r"[\w.)’']$")


def before_appositive(before: str, most: int = 2) -> list[int]:
    """Where the noun phrase may end that the words before a verb (`before`, ending with the
    comma that closes a modifier) modify with one comma-delimited appositive or non-restrictive
    relative clause, or two in a row ("Jane Roe, 60, a farmer,"): the positions of the
    modifiers' opening commas, the nearest the verb first (its head is tried first: "In Ohio,
    the agency, which …," is the agency's); [] when `before` does not end so."""
    s = before.rstrip()
    out: list[int] = []
    for _ in range(most):
        if not s.endswith(","):
            break
        body = s[:-1]
        comma = body.rfind(",")
        if comma < 1:
            break
        mod = body[comma + 1:]
        if STATE_ABBREVIATION_RE.fullmatch(mod.strip()) and _CAPITALISED_END_RE.search(body, 0, comma):
            # "Officials in Springfield, Ill., speaking …, said": the state after its city is
            # part of the noun phrase, a modifier of its own
            out.append(comma)
            s = body[:comma + 1]
            continue
        opens = _MODIFIER_OPEN_RE.match(mod.lstrip())
        aux = _AUXILIARY_OR_RELATIVE_RE.search(mod)
        if opens is None or _NOT_IN_MODIFIER_RE.search(mod) or len(mod.split()) > _MAX_MODIFIER_WORDS \
                or (opens.group("title") and opens.group("title") not in _person_nouns()) \
                or (aux and aux.group(0) not in ("who", "whom", "whose", "which", "that")) \
                or not _WORD_END_RE.search(body[:comma].rstrip()):
            break
        out.append(comma)
        s = body[:comma + 1]  # its opening comma may close a modifier before it
    return out


def appositive_subject(ctx, u: str, masked: str, before: str, verb: str, verb_end: int, v):
    """(subject phrase, speaker, where the phrase ends, whether its clause is subordinate) for
    a verb whose words before it (`before`) end with a comma-delimited modifier of its subject:
    the noun phrase before the modifier, resolved as a name, a role or a body, else read as a
    group or a described source. The noun phrase must open its clause (the sentence, after an
    opening adverbial, a conjunction or a quotation): a phrase after another comma is an item
    of a list, the state after its city ("Chappaqua, N.Y.,") or a modifier of its own ("Jane
    Roe, 60, a farmer,": the next modifier out is tried). The whole phrase is read before the
    words nearest the modifier ("Citizenship and Immigration Services", not "Immigration
    Services"); those alone only after a conjunction that coordinates them, never as the object
    of a preposition ("an article about Jane Roe, one of …,"). None when no such phrase names
    anybody."""
    intro = after_intro(masked, len(before), u)
    for comma in before_appositive(before):
        start = max(intro, *(masked.rfind(ch, 0, comma) + 1 for ch in ",;:\"“”"))
        segment = masked[start:comma]
        opened = _CLAUSE_OPEN_RE.match(segment)
        if start > intro and masked[start - 1] == "," and opened is None and masked[:start - 1].strip(" \"“”'"):
            continue  # after a comma, not a clause's start: a list, a place, a modifier
        segment = segment[opened.end():] if opened else segment
        phrase = segment.strip()
        if not phrase or _NO_WHOLE_RE.search(phrase) or len(phrase.split()) > 12:
            continue
        sp = _read(ctx, u, phrase, verb)
        if sp is None:
            head = _subject_left(masked, comma, v)
            before_head = phrase[:len(phrase) - len(head)].split() if head and phrase.endswith(head) else []
            if before_head and before_head[-1].lower() in _COORDINATORS:
                sp = _read(ctx, u, head, verb)  # "Roe and the agency, which …," (a list's last)
                phrase = head if sp is not None else phrase
        if sp is None:
            continue
        # "When the agency, which …, said …, markets fell": the verb of a subordinate clause
        # ("While" that opens the sentence is a subordinator; after a comma it joins two main
        # clauses)
        comment = _COMMENT_CLAUSE_END_RE.match(masked, verb_end) is not None
        subordinate = opened is not None and any(
            w in v.subordinators and not (w in _COMMENT_OPENERS and comment)
            and (w not in _CONTRASTIVE or start == 0)
            for w in opened.group(0).replace(",", " ").lower().split())
        return phrase, sp, comma, subordinate
    return None


# words that open a clause before its subject: a conjunction or a sentence adverb
_CLAUSE_OPEN_RE = re.compile(r"^\s*(?:(?:and|but|yet|so|while|whereas|although|though|when|after|before|as|because|"
                             r"since|if|meanwhile|however|still|now|then|instead),?\s+)+", re.I)
_COORDINATORS = frozenset({"and", "or", "&"})
# conjunctions written as subordinators that join two main clauses in contrast ("Roe signed the
# order, while Poe, the former governor, said …"): their clause's verb is a main one
_CONTRASTIVE = frozenset({"while", "whereas"})
# "as" before a reporting verb and its comma opens a comment clause ("As Jane Roe, an expert on
# Syria, noted, …"): the sentence after it is what the subject said (reported.py's
# AS_REPORTED_RE); with an object or complement it is a clause of time ("As Roe, a pilot, joked
# with his friend, …")
_COMMENT_OPENERS = frozenset({"as"})
_COMMENT_CLAUSE_END_RE = re.compile(r"\s*,")
# marks that no one subject spans
_NO_WHOLE_RE = re.compile(r"[,;:\"“”()]|\s[-–—]+\s")


def _person_nouns() -> frozenset[str]:
    """Titles, offices and occupations (attribution.toml ``person_nouns``): the head of a bare
    appositive before its complement ("chairman of …", "president and chief executive of …")."""
    return word_set("attribution.toml", "person_nouns")


def _read(ctx, u: str, phrase: str, verb: str):
    """The speaker a subject phrase names: a name, a role or a body (:func:`.resolve.resolve`),
    else a group ("human rights groups") or, for a plain verb of saying, a described source."""
    sp = resolve(ctx, phrase, u) or group_source(phrase) \
        or (described_source(phrase) if described_verb(verb) else None)
    near = NEAR_TO_RE.search(phrase) if sp is None else None
    if near and near.start() > 0:
        # "officials familiar with the server taken from the house in Chappaqua": the people
        # described, whoever they are near to (as verb_subjects reads a subject next to its verb)
        sp = resolve(ctx, phrase[:near.start()], u) or group_source(phrase[:near.start()])
        sp = sp if sp is None or not sp.named else None
    return sp
