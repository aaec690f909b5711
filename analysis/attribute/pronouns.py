"""Pronouns as sources: "he"/"she" bound to the person the document introduced (the subject of
a reporting verb, the nearest person of the pronoun's gender named before it, the latest
person who spoke or was the subject of the outlet's sentence), "they" to a group of people or
an institution in view (:mod:`.plural_antecedents`), "it" to the last institution that spoke.
A report a pronoun opens or credits with nobody in view is an unnamed source's ("(unnamed
woman)", "(unnamed people)"), never the outlet's narration (issue 11)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..targets import _plausible_name, targets as _targets  # the actors a statement is about (analysis/targets.py)
from .cues import vocab
from .patterns import GENDERED, HONORIFIC_MENTION_RE
from .kin_appositives import kin_named
from .plural_antecedents import opens_or_credits, they_antecedent
from .quotes import _mask_quotes
from .speaker import Speaker, is_person_kind, is_registry_person, pronoun_at, unnamed_head


# the last word before a pronoun, past a "that": "… said he", "… argued that she"
_LAST_WORD_RE = re.compile(r"([a-z]+),?(?:\s+that)?\s*$")


# a full name that opens a sentence before its appositive's comma: "Bill Taylor, an organizer …"
_LEAD_NAME_RE = re.compile(r"\W*([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}),")


def _opens_sentence(text: str, name: str) -> bool:
    """Whether the sentence opens with the person's name as its subject: at most three
    capitalised words, then their surname ("Jane Roe, …", "Sen. Jane Roe said"); not as the
    possessor of the subject ("Roe's colleague Tom Doe …": Doe is its subject)."""
    surname = name.rsplit(" ", 1)[-1]
    return surname in text and _opening_name_re(surname).match(text) is not None


@lru_cache(maxsize=1024)
def _opening_name_re(surname: str) -> re.Pattern:
    """At most three capitalised words, then `surname`, not possessive (compiled once per surname)."""
    return re.compile(r"\W*(?:[A-Z][\w.'’\-]*\s+){0,3}" + re.escape(surname) + r"\b(?![’']s\b)")


# the end of a clause before a pronoun that opens the next one: "…: he", "…; she", "…, and he",
# "… because she" (general English clause boundaries)
_CLAUSE_START_RE = re.compile(r"(?:[:;]|,\s+(?:and|but|so|yet)|\b(?:because|although|though|while|when|after|before|"
                              r"since|until|as|so|but))\s*$")


def _opens_with_pronoun(masked: str, want: str) -> bool:
    """Whether the sentence opens with "he" (`want` "m") or "she" ("f") as its subject, past an
    opening conjunction ("But he …", "And she …")."""
    m = re.match(r"\W*(?:(?:And|But|So|Yet|Still|Then)\s+)?(He|She)\b", masked)
    return m is not None and m.group(1).lower() == ("he" if want == "m" else "she")


# "he"/"she" as the subject of a subordinate clause that opens the sentence ("Although he has
# said …, Doe agreed …"): the pronoun looks ahead to the subject of the main clause (cataphora,
# general English)
_OPENING_CLAUSE_PRONOUN_RE = re.compile(r"\W*(?:(?:And|But|Yet|So)\s+)?(?:While|Although|Though|Even though|When|As|"
                                        r"Because|Since|After|Before|If|Until|Once)\s+(?:he|she)\b")


def _main_clause_subject(ctx, masked: str, pos: int, want: str) -> Speaker | None:
    """The person of the pronoun's gender who opens the main clause after an opening
    subordinate clause whose subject is the pronoun at `pos`, else None."""
    m = _OPENING_CLAUSE_PRONOUN_RE.match(masked)
    if m is None or masked[pos:m.end()].strip().lower() not in ("he", "she"):  # (the pronoun is that subject)
        return None
    comma = masked.find(", ", m.end())
    rest = ctx.doc.text[ctx.unit_end:ctx.unit_end + 120].lstrip()  # (a clause cut from its sentence: the main clause follows it)
    if comma < 0 and not rest.startswith(","):
        return None
    main = masked[comma + 2:] if comma >= 0 else rest[1:].lstrip()
    people = [n for n in _targets(ctx, main[:80], set()) if (is_registry_person(ctx.registry, n) or ctx.kinds.get(n))
              and (ctx.gender_of(n) or want) == want]
    opener = next((n for n in people if _opens_sentence(main, n)), None)
    return ctx._speaker_for(opener) if opener is not None else None


SPOKE_WINDOW = 3  # sentences back: the paragraph or two a reader keeps a speaker in mind for


def resolve_pronoun(ctx, phrase: str, unit_text: str) -> Speaker | None:
    """ "he"/"she": the nearest person of that gender named before it in the same sentence
    (outside quotations), else the latest person who spoke or was the subject of the outlet's
    sentence, unless that person is of the other gender, else an unnamed man or woman; "they":
    a group or institution in view, else unnamed people; "it": the last institution that
    spoke; "it"/"they" never a single person."""
    low = phrase.lower()
    if low in ("he", "she"):
        # the nearest person named before the pronoun in the same sentence (outside quotations)
        masked = _mask_quotes(unit_text)
        pos = pronoun_at(masked, phrase)
        before = masked[:pos] if pos > 0 else ""
        want = "m" if low == "he" else "f"
        people = [n for n in _targets(ctx, before, set()) if (is_registry_person(ctx.registry, n)
                  or ctx.kinds.get(n)) and (ctx.gender_of(n) or want) == want]
        hon = _honorific_before(ctx, before, want) if not people and "M" in before else None
        if hon is not None:
            return hon  # "The moment Ms. Vantorr held up her sign, …, she said": Vantorr
        if people and _opens_with_pronoun(masked, want):
            # "He avoided criticism of Trump until recent days, when he expressed concern": a
            # sentence whose subject is "he" goes on about that person; the pronoun again is
            # theirs, not the nearest man named as an object (centering: the subject of the
            # sentence stays its center)
            people = []
        elif people and _CLAUSE_START_RE.search(before):
            # "Roe ripped Doe on social media: he said …", "Roe met Doe, and he said …": a
            # pronoun that opens a new clause continues the subject of the one before it, the
            # person the sentence opens with, over a person named as an object since (the
            # subject-first salience of Lappin & Leass 1994)
            opener = next((n for n in people if _opens_sentence(masked, n)), None)
            if opener is not None:
                return ctx._speaker_for(opener)
        if people:
            tail = _LAST_WORD_RE.search(before)
            if tail and vocab().verb_re.fullmatch(tail.group(1)):
                # "Jane Roe, an adviser to Mr. Doe, said he …": the subject of the reporting
                # verb, the person the sentence opens with, not the nearest one named
                opener = next((n for n in people if _opens_sentence(masked, n)), None)
                if opener is not None:
                    return ctx._speaker_for(opener)
                from .resolve import resolve  # (resolve reads pronouns with this module)
                lead = _LEAD_NAME_RE.match(masked)
                sp = resolve(ctx, lead.group(1), unit_text) if lead else None
                if sp is not None and sp.named and is_person_kind(sp.kind) and (ctx.gender_of(sp.name) or want) == want:
                    return sp  # "Bill Taylor, an organizer of the rallies, said he …": Taylor
            return ctx._speaker_for(people[-1])
        ahead = _main_clause_subject(ctx, masked, pos, want) if not people else None
        if ahead is not None:
            return ahead
        last = ctx.last_person
        if last is not None and last.named and (ctx.gender_of(last.name) or want) != want:
            # "she" after a man: a woman who spoke in the last few sentences (a subject that
            # spoke is more salient than a person named as an object since), else the latest
            # person the document named who is a woman, else the latest whose gender nothing says
            # the sentence just read: a person of the pronoun's gender it mentions ("… courtesy of
            # Tom Roe, a delegate who …" / "he said") is nearer than an earlier speaker
            named = [n for n in ctx.last_sentence[::-1] if ctx.gender_of(n) == want] \
                or [n for n in ctx.last_sentence[::-1] if ctx.gender_of(n) is None and n != last.name
                    and _plausible_name(ctx, n)]
            if named:
                # (a person whose gender nothing says is still nearer than an earlier speaker:
                # "… courtesy of Wes Roe, a delegate …" / '"…," he said')
                return ctx._speaker_for(named[0])
            kin = kin_named([t for t, _ in ctx.told[-SPOKE_WINDOW:]], want)
            if kin is not None:
                # "Roe's wife, Jane, spoke next …" / '"…," she said': a person of the
                # pronoun's gender by the given name alone, whom no list of people knows
                return Speaker(kin, "person")
            # a person who spoke in the last few sentences, whose gender is the pronoun's or
            # unknown (a given name no list knows rules nobody out): nearer than a person of
            # the pronoun's gender named further back
            spoke = [n for n in ctx.spoke[-SPOKE_WINDOW:][::-1] if n and n != last.name
                     and (ctx.gender_of(n) or want) == want]
            if spoke:
                return ctx._speaker_for(spoke[0])
            window = ctx.recent[-20:][::-1]
            for name in [n for n in window if ctx.gender_of(n) == want] or window:
                if (ctx.gender_of(name) or want) == want:
                    return ctx._speaker_for(name)
            return unnamed_by_pronoun(want)  # nobody of the pronoun's gender in view: not the man before "she"
        if last is not None and last.named and (_named_in_quote(unit_text, last.name)
                                                 or _named_after(masked, pos, low, last.name)):
            # '"Doe's use of the word shows …," he said': a speaker does not name himself by his
            # surname in his own words; nor does a pronoun subject stand for a person its own
            # clause names after it ("He mocked Doe for …", "He said Doe would …": two people,
            # Chomsky's binding principle C); the person before him who spoke, of the same gender
            other = next((n for n in ctx.spoke[-SPOKE_WINDOW:][::-1] if n and n != last.name
                          and (ctx.gender_of(n) or want) == want and not _named_in_quote(unit_text, n)
                          and not _named_after(masked, pos, low, n)), None)
            if other is None and _named_after(masked, pos, low, last.name):
                # (nobody else spoke in view: the latest other person of that gender mentioned)
                other = next((n for n in ctx.recent[-20:][::-1] if n != last.name and (ctx.gender_of(n) or want) == want
                              and not _named_in_quote(unit_text, n) and not _named_after(masked, pos, low, n)), None)
            if other is not None:
                return ctx._speaker_for(other)
        if last is None or not last.named and _unnamed_gender(last) not in (None, want):
            # nobody in view, or an unnamed source of the other gender ("a spokeswoman said …" /
            # "he said"): an unnamed man or woman, never the outlet's own sentence
            return unnamed_by_pronoun(want)
        return last
    if low == "they":
        # a group named in view, or an institution that spoke there (:mod:`.plural_antecedents`)
        masked = _mask_quotes(unit_text)
        pos = pronoun_at(masked, phrase)
        grp = they_antecedent(ctx, phrase, unit_text, masked, pos, _after_speech_verb(masked, pos),
                              pos > 0 and _CLAUSE_START_RE.search(masked[:pos]) is not None)
        if grp is not False:
            return grp
    if low in ("it", "they"):
        # an institution or a group: the last one that spoke; never a single person
        org = ctx.last_org
        if org is not None and _after_other_subject(unit_text, phrase, org.name):
            return None
        if low == "they" and (org is None or not any(sp.name == org.name for _, sp in ctx.told[-ORG_WINDOW:])):
            # no institution that spoke in view (one that spoke long before is out of it): a
            # report that "they" open or credit is unnamed people's ('"…," they said'), never
            # the outlet's; a "they" inside a clause is left to the rules of its sentence
            return _UNNAMED_PEOPLE if opens_or_credits(masked, pos, phrase) else None
        return org
    if low == "we":
        # "We asked her to share …", "we hope you enjoy …": outside a quotation, the first
        # person plural of a text is its author, the outlet, not the last person it named
        return None
    return ctx.last_person


ORG_WINDOW = 6  # sentences back: an institution that spoke further back is no antecedent of "they"
_UNNAMED_PEOPLE = Speaker("(unnamed people)", "unnamed")  # the form "Others say …" has (group_sources)


# The source of "he"/"she" when nobody of its gender is in view (a quotation the text credits
# to "she" is hers, never the outlet's): the statement export's unnamed form, the head the
# pronoun's gender gives, so that an unnamed man and an unnamed woman stay apart
_UNNAMED_BY_GENDER = {"m": Speaker("(unnamed man)", "unnamed"), "f": Speaker("(unnamed woman)", "unnamed")}
_GENDERED_HEADS = {**GENDERED, "man": "m", "woman": "f", "men": "m", "women": "f"}


def unnamed_by_pronoun(want: str) -> Speaker:
    """An unnamed man ("m") or woman ("f") as the source of "he"/"she"."""
    return _UNNAMED_BY_GENDER[want]


def _honorific_before(ctx, before: str, want: str) -> Speaker | None:
    """The last "Mr./Ms./Mrs. Surname" of the pronoun's gender before it in its sentence, when no
    person the document knows is named there: that person (the document's full name for the
    surname, else the surname, as "Ms. Roe said" reads), not a person named sentences back.
    A possessive ("Mr. Roe's plan") is no subject and is passed over."""
    for m in reversed(list(HONORIFIC_MENTION_RE.finditer(before))):
        if GENDERED[m.group(1).lower()] != want or before[m.end():m.end() + 1] in ("'", "’"):
            continue
        full = ctx.full_name_of(m.group(2))
        return ctx._speaker_for(full) if full else Speaker(m.group(2), "person")
    return None


def _unnamed_gender(sp: Speaker) -> str | None:
    """The gender an unnamed source's head says ("(unnamed spokeswoman)" -> "f"), or None."""
    head = unnamed_head(sp)
    return None if head is None else _GENDERED_HEADS.get(head.lower())


def _after_speech_verb(masked: str, pos: int) -> bool:
    """Whether the pronoun at `pos` of the sentence (its quotations masked) stands right after a
    verb of saying ("… said they …", "… say that they")."""
    tail = _LAST_WORD_RE.search(masked[:pos]) if pos > 0 else None
    return tail is not None and vocab().verb_re.fullmatch(tail.group(1)) is not None


def _after_other_subject(unit_text: str, phrase: str, org: str) -> bool:
    """Whether "it"/"they" stands right after a verb of saying ("Half of the voters said they
    want …", "Organizers say that they …") whose subject is not the institution that last
    spoke: the pronoun there is that verb's own subject again (the matrix subject), whatever
    it is, when no word of the institution's name and no definite description of an
    institution ("the company") stands before it in the sentence."""
    masked = _mask_quotes(unit_text)
    pos = pronoun_at(masked, phrase)
    if pos <= 0:
        return False
    before = masked[:pos]
    tail = _LAST_WORD_RE.search(before)
    if tail is None or not vocab().verb_re.fullmatch(tail.group(1)):
        return False
    low = before.lower()
    if any(len(w) > 3 and re.search(r"\b" + re.escape(w) + r"\b", low) for w in org.lower().split()):
        return False
    # "the company says it …", "the campaign said they …": a definite description of an
    # institution may be the one that last spoke
    things = vocab().speaking_things
    return not any(m.group(1) in things for m in _THE_HEAD_RE.finditer(low))


# a definite description's head within three words of "the"/"its": "the company", "the Trump
# campaign", "its parent group"
_THE_HEAD_RE = re.compile(r"\b(?:the|its|their)\s+(?:[\w'’\-]+\s+){0,2}?([a-z]+)\b")


# a personal pronoun in the clause a subject's speech verb opens: "Ayotte says she is going to
# vote …", "Roe said his plan …" (an adverb before the verb at most, "that" after it)
_PRONOUN_AFTER_VERB = r"\s+(?:[a-z]+ly\s+|also\s+)?([a-z]+)\s+(?:that\s+)?(he|she|his|her)\b"


def surname_with_pronoun(ctx, word: str, unit_text: str) -> str | None:
    """The gender ("m"/"f") of a capitalised word no list knows that a sentence takes up with
    "he" or "she" right after its speech verb ("Ayotte says she is going to vote"), when the
    document also writes it after a capitalised word, as a surname after a given name ("Kelly
    Ayotte"): a person's surname, not a body's name. None otherwise."""
    m = re.search(re.escape(word) + _PRONOUN_AFTER_VERB, unit_text)
    if m is None or not vocab().verb_re.fullmatch(m.group(1)) \
            or re.search(r"\b[A-Z][a-z]+\s+" + re.escape(word) + r"\b", ctx.doc.text) is None:
        return None
    gender = "m" if m.group(2) in ("he", "his") else "f"
    ctx.gender.setdefault(word, gender)
    return gender


def _named_after(masked: str, pos: int, low: str, name: str) -> bool:
    """Whether the sentence (quotations masked) names the person by their surname after its
    pronoun `low` (at `pos`, as :func:`.speaker.pronoun_at` gives it; -1: the sentence opens with
    it)."""
    if pos >= 0:
        if _AFTER_QUOTATION_RE.search(masked, 0, pos):
            return False  # '"…," he said of Doe': a tail; what follows it is no clause of his
        start = pos + 1 + len(low)
    else:
        m = re.match(r"\W*(?:(?:And|But|Yet|So|Then|Now|Still|Later)\s+)?" + low + r"\b", masked, re.I)
        if m is None:
            return False
        start = m.end()
    end = _CLAUSE_END_RE.search(masked, start)
    clause = masked[start:end.start() if end else len(masked)]
    surname = name.split()[-1]
    # (the name alone, as an argument: not a possessive, which an outlet's paraphrase keeps, "He
    # says … with Roe's microphone" of Roe himself, nor a modifier, "Roe supporters", "a
    # Doe sign", "Roe University")
    return surname in clause and re.search(r"\b" + re.escape(surname) + _ALONE, clause) is not None


# a name that stands alone: punctuation or a function word after it
_ALONE = (r"\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|for|as|of|in|on|at|by|with|would|will|was|is|has|had|could|should|might|"
          r"and|or|but|that|who|over|about|from|after|before|into|than|because|if|when|did|does|do|can|may)\b)")


# a quotation and its comma right before a pronoun (the pronoun of a tail: '"…," he said')
_AFTER_QUOTATION_RE = re.compile(r"[\"”’']\s*,?\s*$")
# where the clause of a pronoun subject ends: a semicolon or colon, a dash, a quotation mark (its
# words are the quotation's, a tail after it another clause), or a comma before a
# coordinating conjunction or a participle ("He knew Roe well, and after …, Roe flew …")
_CLAUSE_END_RE = re.compile(r"[;:—–\"“”]|\s-\s|,\s+(?:and|but|or|yet|so|while|although|though|[a-z]+ing)\b")


def _named_in_quote(unit_text: str, name: str) -> bool:
    """Whether the quotations of a sentence name the person by their surname."""
    surname = name.split()[-1]
    quoted = "".join(m.group(0) for m in re.finditer(r"[\"“][^\"“”]*[\"”]", unit_text))
    return surname in quoted and re.search(r"\b" + re.escape(surname) + r"\b", quoted) is not None


def outlet_subject(u: str, people: list[str]) -> str:
    """The subject of the outlet's own sentence among the people it names, in order: the first
    one, unless that one only modifies a role of the second ("Obama consultant Jane Roe, …",
    "Doe's campaign manager Jane Roe …": the role's holder is the subject, the antecedent of a
    following "she")."""
    if len(people) > 1:
        first, second = (n.rsplit(" ", 1)[-1] for n in people[:2])
        # the pattern needs both surnames as written, the second after the first: a substring
        # test first (most sentences fail it), and each pair's pattern compiled once
        at = u.find(first)
        if at < 0 or u.find(second, at + len(first)) < 0:
            return people[0]
        m = _role_of_second_re(first, second).match(u)
        if m and m.group(1).split()[-1] in vocab().person_nouns:
            return people[1]
    return people[0]


@lru_cache(maxsize=4096)
def _role_of_second_re(first: str, second: str) -> re.Pattern:
    """ "Obama consultant Jane Roe": `first`'s surname, a role in lower case, `second`'s."""
    return re.compile(r"\W*(?:[A-Z][\w.'’\-]*\s+){0,3}" + re.escape(first) + r"(?:['’]s?)?\s+((?:[a-z][\w\-]*\s+){1,3})"
                      r"(?:[A-Z][\w.'’\-]*\s+){0,3}" + re.escape(second) + r"\b")

