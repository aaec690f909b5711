"""The speaker of one speech verb in a sentence: its subject on the left ("X said", "X, a
former aide, said", "officials close to X say") or, inverted, on the right ('"…," said X'),
or no speaker when the verb is no speech here (a passive, an aside, an act on an object, the
outlet's own question: :mod:`.verb_senses`). :func:`verb_candidate` reads one match of the
verb vocabulary; :func:`.reported.sentence` collects them and chooses among all the readings
of a sentence."""
from __future__ import annotations

import re

from ..speech_forms import main_verb
from .mentions import Span, after_comma_or_quote, mention_after, mention_before, relative_subject
from .evidence import capitalised_mid_sentence
from .cues import strip_between
from .coordinated_names import list_comma
from .appositives import STATE_ABBREVIATION_RE, appositive_subject
from .described import NEAR_TO_RE, described_source, described_verb, opening_group, opening_subject
from .patterns import (OBJECT_PREPOSITIONS, APPOSITIVE_RE, AUXILIARIES, CLAUSE_AFTER_NAME_RE, COMPLEMENT_RE, COORDINATED_RE, LOCATIVES,
                       NAME_APPOSITIVE_LONG_RE, NAME_APPOSITIVE_RE, PREPOSITIONS, NON_NAME_WORDS, RELATIVE_WHO_RE,
                       TRAILING_NAME_RE, TRAILING_PRONOUN_RE)
from .quotes import described_after_quotation, follows_quotation
from .resolve import resolve
from .group_sources import group_source, share_group
from .source_vocab import source_vocab
from .sources import AGE_OR_POSSESSIVE_APPOSITIVE_RE
from .speaker import Speaker, is_person_kind
from .subjects import (_NAME_THEN_APPOSITIVE_RE, _parenthetical, _subject_left, _subject_right, _subordinate,
                       document_subject_left, lead_subject)
from .verb_senses import speech_here

# a subject that opens its sentence, after a conjunction or an adverb at most ("Some say",
# "But many fear", "Still, others argue")
_OPENS_SENTENCE_RE = re.compile(r"^[\s\"“”']*(?:(?:But|And|Yet|Still|Now|Meanwhile|Instead|However|Indeed),?\s+)?"
                                r"[A-Za-z]+(?:\s+[a-z]+)?\s*$")
# a capitalised name (or a possessive one) before a lower-case plural head that ends the subject
# ("Roe allies", "Doe's supporters", "GOP leaders")
_NAMED_GROUP_RE = re.compile(r"^(?:[A-Z][\w.'’\-]*\s+){1,3}([a-z]+)$")
# a capitalised word and a comma before an abbreviation: the state after its city ("Springfield, Ill.")
_AFTER_NAME_COMMA_RE = re.compile(r"\b[A-Z][\w.'’\-]*,\s*$")


def _named_before(ctx, pre: str) -> bool:
    """Whether the words before a verb end with a name and its appositive, closed by a comma
    ("one of the lawyers, John Doe,", "Jane Roe, the ambassador,"): the verb's subject. One
    capitalised word that opens the sentence counts only if the text also writes it so
    mid-sentence ("Cooperation, however, remains possible," is no name)."""
    if NAME_APPOSITIVE_RE.search(pre):
        return True
    nm = _NAME_THEN_APPOSITIVE_RE.match(pre)
    if nm is None:
        return False
    who = nm.group("who").strip()
    return " " in who or capitalised_mid_sentence(ctx.doc.text, who)


# the words before a verb, `pre` (right-stripped), end with a comma or a quotation mark: searched
# from its last character only (a search of the whole prefix per verb scanned the sentence once
# per verb)
_COMMA_OR_MARK_RE = re.compile(r"[,\"“”]\s*$")  # '"…," said X'


# a restrictive relative clause after a subject's head, to its verb ("forces who control the border")
_RESTRICTIVE_WHO_RE = re.compile(r"(?<=[a-z])\s+who\s+[a-z]+\b(?:\s+[^,;:\"“”()]*)?$")
# a name in apposition after an inverted verb's description (", Jane Roe."), at the end of the
# sentence or before its own relative clause or appositive (", Jane Roe, who ran …", ", Jane
# Roe, a lawyer …")
_APPOSED_NAME_RE = re.compile(r",\s+(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}?)"
                              r"(?:\s*[.!]?[\s\"”’']*$|,\s+(?:who|whose|a|an|the)\s)")
# a quotation that closes an aside after a subject and its comma, the aside's comma inside its
# marks ('Roe, citing "the magic of the campaign,"')
_QUOTED_ASIDE_END_RE = re.compile(r"[^\s\"“”,][^\"“”]*,\s+[^\"“”,]*[\"“][^\"“”]+,[\"”]$")
# a second predicate after a comma and "then" ("Roe offered him a job, then said …")
_THEN_BEFORE_RE = re.compile(r"[^,;:\"“”]{8},\s+then\s+$")
# a participle after a verb and its comma (an adjunct of time between them): ", adding", " Monday, noting"
_PARTICIPLE_NEXT_RE = re.compile(r"[^,;:\"“”]{0,30},\s+[a-z]+ing\b")
# a long capitalised name after "the": a body's ("The United States Pier Safety Board")
_THE_LONG_NAME_RE = re.compile(r"^[Tt]he\s+((?:[A-Z][\w'’.\-]*\s+){2,7}[A-Z][\w'’.\-]*)$")
# the prepositions whose object a name right before the verb is, not its subject (``LOCATIVES``
# and ``OBJECT_PREPOSITIONS``): "an official involved in talks over Syria said"
_OBJECT_BEFORE_NAME = LOCATIVES | OBJECT_PREPOSITIONS
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+\w+ly)?\s*$")


def _splits_a_name(ctx, before: str, cut: str) -> bool:
    """Whether the capitalised word before `cut` and its first word are a name the registry
    knows ("United" + "States Pier Safety Board")."""
    words = before.split()
    if not words or not words[-1][:1].isupper() or not words[-1][-1:].isalpha():
        return False
    return getattr(ctx.registry, "base", ctx.registry).lookup(words[-1] + " " + cut.split()[0]) is not None


def _first_verb_subject(ctx, u: str, masked: str, end: int, v) -> tuple[str, Speaker] | None:
    """The named subject of the first finite verb of the main clause before `end`, for a verb
    coordinated with it ("Mrs. Roe shook her head and said …"); after an opening clause or
    phrase closed by a comma, the first verb after that comma ("When asked about Doe, Roe
    thought for a moment and said …", "Last month, when I asked Doe, he frowned and said …"),
    as for a participle of the main clause (:func:`.participle_subjects.participle_speaker`)."""
    at = main_verb(masked, end)
    for _ in range(2):
        phrase = _subject_left(masked, at, v) if at is not None else ""
        sp = resolve(ctx, phrase, u) if phrase else None
        if sp is not None and sp.named and not _subordinate(masked, phrase, at, v):
            return phrase, sp
        comma = masked.find(", ", at, end) if at is not None else -1
        if comma < 0:
            return None
        at = main_verb(" " * (comma + 1) + masked[comma + 1:], end)
    return None


def _unquoted_aside(u: str, masked: str, at: int) -> str:
    """`masked` with a quotation that closes an aside between a subject and its verb at `at`
    read as the aside's words, its closing mark as the comma it holds ('Roe, citing "the magic
    of the campaign," said' as 'Roe, citing ___, said'); `masked` itself otherwise."""
    end = len(masked[:at].rstrip())
    if masked[end - 1:end] not in ("\"", "”") or not _QUOTED_ASIDE_END_RE.search(u, 0, end):
        return masked
    opening = max(masked.rfind("\"", 0, end - 1), masked.rfind("“", 0, end - 1))
    return masked[:opening] + "_" + masked[opening + 1:end - 1] + "," + masked[end:]


def verb_candidate(ctx, u: str, masked: str, v, vm: re.Match, question: bool, asides: list[tuple[int, int]]
                   ) -> tuple[str, tuple[int, Speaker, str, bool, Span]] | None:
    """The reading of the speech verb `vm` of sentence `u` (`masked`: its quotations masked):
    ("cand", (verb position, speaker, verb, trailing, mention)) for a speaker of the sentence,
    ("sub", …) for one of a subordinate clause ("After X announced …"), None for no speech."""
    masked = _unquoted_aside(u, masked, vm.start())
    if not speech_here(u, masked, v, vm, question, asides):
        return None  # a passive, a participle, a noun, an aside, an act … (:mod:`.verb_senses`)
    verb = vm.group(1)
    pre = masked[:vm.start()].rstrip()
    if verb not in v.no_inversion and (not pre or _COMMA_OR_MARK_RE.search(pre, len(pre) - 1)) \
            and (verb in v.frame_verbs or not re.search(r"[^\"“”\s]\s*,$", pre)):
        # (after a bare comma only a reporting verb inverts: "The economy is weak, said X";
        # "X, a contractor, blamed George W. Bush" has its object on the right)
        # inverted: '"…," said X' / '"…," argues journalist X'
        who = _subject_right(masked, vm.end())
        if who and pre.endswith(",") and not re.search(r"[\"”]\s*,$", pre) and _named_before(ctx, pre):
            # "…, one of the lawyers, John Doe, said the video shows Roe …": the name and its
            # appositive before the verb are its subject; what follows is what was said
            who = ""
        if who and CLAUSE_AFTER_NAME_RE.search(who):
            who = ""  # "…, said Clinton reached out": a clause, not an inverted subject
        if who and (who.split()[0] in PREPOSITIONS or re.match(r"[a-z]+ing\b", who)):
            # "…, said of RT": the verb's object, its subject is on the left; "X, chairman of
            # the committee, said having Trump on the ticket helps": a clause, not a subject
            who = ""
        sp = resolve(ctx, who, u) if who else None
        if sp is None and " of " in who:
            # '"…," said Representative Jane Roe of Ohio': the person before where she is from
            head = resolve(ctx, who.split(" of ")[0], u)
            sp = head if head is not None and is_person_kind(head.kind) else None
        named = _APPOSED_NAME_RE.match(masked, masked.find(who, vm.end()) + len(who)) if who and sp is None else None
        if named is not None and is_person_kind((resolve(ctx, named.group("who"), u) or Speaker("", "")).kind):
            # '"…," said Doe's deputy campaign manager, Jane Roe.': the name the description closes with
            who = named.group("who")
            sp = resolve(ctx, who, u)
        sp = sp or (described_after_quotation(masked, who, vm.start()) if who else None)  # "said one user"
        if sp and re.search(r"[\"“”,]\s*,?\s*$", pre):  # (a typed “ may close a quotation: QUOTE_RE)
            return "cand", (vm.start(), sp, verb, True, mention_after(masked, who, vm.end()))
        if sp and pre == "":
            return "cand", (vm.start(), sp, verb, False, mention_after(masked, who, vm.end()))
    stripped: list[str] = []

    def before() -> str:
        """The words before the verb without those that may stand between a subject and its
        verb ("X, the mayor, forcefully said"): read by several fallbacks, computed once."""
        if not stripped:
            stripped.append(strip_between(v, masked[:vm.start()]))
        return stripped[0]

    phrase = subject = _subject_left(masked, vm.start(), v)
    # ("about 4 in 10 voters in Ohio and Iowa want": the voters, not Iowa)
    sp = share_group(phrase) if phrase else None
    if sp is None and phrase and phrase[:1].isupper():
        whole = opening_subject(masked, vm.start(), u)
        sp = share_group(whole) if whole != phrase and whole.endswith(phrase) else None
        phrase = subject = whole if sp is not None else phrase
    sp = sp or (resolve(ctx, phrase, u) if phrase else None)
    if sp is not None and sp.kind == "person" and (group := _NAMED_GROUP_RE.search(phrase)) \
            and group.group(1) in v.following_heads:
        # "Roe allies believe", "Doe supporters want": the allies, not Roe ("Russian officials"
        # stay Russia's)
        sp = group_source(phrase) or sp
    if sp is None and phrase and " " in phrase:
        # "the third time AROS said", "in an interview with RT he blasted": the name or
        # pronoun right before the verb
        tail = TRAILING_NAME_RE.search(phrase) or TRAILING_PRONOUN_RE.search(phrase)
        # (after any word when the verb opens a relative clause: "a setback for Lindqvist,
        # who says …": its antecedent is the name next to it)
        if tail and tail.start() > 0 and (phrase[:tail.start()].split()[-1].lower() not in _OBJECT_BEFORE_NAME
                                          or RELATIVE_WHO_RE.search(masked, 0, vm.start())):
            cut = tail.group(0).strip()
            sp = resolve(ctx, cut, u)
            if sp is not None and tail.re is TRAILING_NAME_RE and _splits_a_name(ctx, phrase[:tail.start()], cut):
                # "The United States Pier Safety Board said": a tail cut out of a name the
                # registry knows ("United States") is no subject; the whole name after "the" is a
                # body's ("the" takes no person's name)
                body = _THE_LONG_NAME_RE.match(phrase)
                sp = Speaker(body.group(1), "organisation") if body else None
            else:
                phrase = cut
    # (the patterns below end with their last word or mark, then spaces: the words before the
    # verb are searched only when they end so; COORDINATED_RE was quadratic on the others)
    if sp is None and (not phrase and before().rstrip()[-3:] in ("and", "but") and COORDINATED_RE.search(before())
                       or _THEN_BEFORE_RE.search(masked, 0, vm.start())):
        # "Clinton has encouraged Europe to spend more but has said she will …": the
        # subject of the first verb
        lead = lead_subject(ctx, masked)
        if lead:
            phrase = lead.group("who")
            sp = resolve(ctx, phrase, u)
        if sp is None:
            # "Walking home, Ebeling reminisced about …, and said …", "Mrs. Roe shook her
            # head and said …": the subject of the clause's first finite verb
            found = _first_verb_subject(ctx, u, masked, vm.start(), v)
            if found is not None:
                phrase, sp = found
    if sp is None and phrase:
        sp = described_after_quotation(masked, phrase, vm.start())  # '"…," one user wrote'
    near = NEAR_TO_RE.search(phrase) if sp is None and phrase else None
    if near and near.start() > 0:
        # "officials close to the governor", "a person familiar with the talks": the people
        # described, whoever they are near to
        sp = resolve(ctx, phrase[:near.start()], u) or group_source(phrase[:near.start()])
        sp = sp if sp is None or not sp.named else None
    if sp is None and phrase and (phrase.lower() in source_vocab().quantifier_subjects
                                  or phrase.lower() in source_vocab().another_subjects) \
            and (_OPENS_SENTENCE_RE.match(before())
                 or follows_quotation(masked, phrase, vm.start())
                 or _parenthetical(masked, phrase, vm.start(), vm.end(), v)):
        # "Some say …", "But many fear …", '"…," someone said', "It is, many think, …": who, unsaid;
        # "Another wondered …" after '"…," one user wrote': one more of those unnamed sources
        if phrase.lower() in source_vocab().another_subjects:
            sp = Speaker(ctx.last_unnamed or "(unnamed person)", "unnamed")
        else:
            sp = Speaker("(unnamed people)", "unnamed")
    if sp is not None and _subordinate(masked, phrase, vm.start(), v) \
            and not _parenthetical(masked, phrase, vm.start(), vm.end(), v):
        return "sub", (vm.start(), sp, verb, False, mention_before(masked, phrase, vm.start()))
    comma = list_comma(before()) if sp is None and not phrase else None
    if comma is not None:
        # "Sen. Jane Roe of Ohio, John Doe of Iowa and Tom Vale of Utah, said": the list is the
        # subject, read without the comma that closes it (the driver takes its first person)
        phrase = _subject_left(masked[:comma] + " ", comma + 1, v)
        sp = resolve(ctx, phrase, u) if phrase else None
        if sp is not None:
            return "cand", (vm.start(), sp, verb, False, mention_before(masked, phrase, comma))
    if sp is None:
        # "The foreign ministry spokeswoman, Maria Zakharova, claimed"
        nm = NAME_APPOSITIVE_RE.search(before()) if before().rstrip().endswith(",") else None
        if nm:
            phrase = nm.group("who")
            sp = resolve(ctx, phrase, u)
        elif before().rstrip().endswith(","):
            # "Another pollster, Jane Roe of Clemson University, said", "One delegate, state party
            # chairwoman Jane Roe, pledged": the name with its title or its place
            nm = NAME_APPOSITIVE_LONG_RE.search(before())
            name = nm.group("who").split(" of ")[0] if nm else ""
            if nm and name.rsplit(None, 1)[-1].lower().strip(".") not in NON_NAME_WORDS:
                # (not an office and its body: "Ohio Secretary of State", "Republican of Ohio"; NON_NAME_WORDS holds TITLE_WORDS)
                phrase = nm.group("who")
                sp = resolve(ctx, phrase, u) or resolve(ctx, name, u)
    head_end = None  # where the subject ends when a modifier set off by commas follows it
    if sp is None and before().rstrip()[-1:] == ",":
        # "The agency, which oversees the program, said", "Officials at the port, a division of
        # the ministry, said", "Rep. Jane Roe of Ohio, a member of the panel, said": the noun
        # phrase before a comma-delimited appositive or relative clause (:mod:`.appositives`)
        found = appositive_subject(ctx, u, masked, before(), verb, vm.end(), v)
        if found is not None:
            phrase, sp, head_end, subordinate = found
            if subordinate:
                return "sub", (vm.start(), sp, verb, False, mention_before(masked, phrase, head_end))
    if sp is None:
        # "Yelena Suponina, a Moscow-based analyst, said" / "Mr. McCain, who …, said"
        app = APPOSITIVE_RE.search(before()) if before().rstrip()[-1:] in (",", "\"", "”") else None
        if app and STATE_ABBREVIATION_RE.fullmatch(app.group("who")) \
                and _AFTER_NAME_COMMA_RE.search(before(), max(0, app.start("who") - 40), app.start("who")):
            app = None  # "officials in Springfield, Ill., speaking …, said": the state after its city
        if app:
            phrase = app.group("who")
            sp = resolve(ctx, phrase, u)
    if sp is None:
        # "Quina Jones, 25, said", "China, Pyongyang's only ally, said"
        app = AGE_OR_POSSESSIVE_APPOSITIVE_RE.search(before()) if before().rstrip().endswith(",") else None
        if app:
            phrase = app.group("who")
            sp = resolve(ctx, phrase, u)
    if sp is None and subject:
        # "supporters hope …", "Most of the vulnerable Senate Republicans have said …";
        # "a wide range of economists say …" (:mod:`.described`)
        sp = group_source(subject) or (described_source(subject) if described_verb(verb) else None)
        rel = _RESTRICTIVE_WHO_RE.search(subject) if sp is None and " who " in subject else None
        if rel is not None and (all(w in AUXILIARIES for w in rel.group(0).split()[1:])
                                or _PASSIVE_BEFORE_RE.search(subject)):
            rel = None  # "leaders who can support …": the clause is the verb's; "who posted it was widely condemned"
        if rel is not None:
            # "Kurdish forces who control the border warned …": the head before its restrictive
            # relative clause is the subject
            head = subject[:rel.start()]
            # (a relative clause after "of" and a name may be the name's: "the ex-wife of Roe who
            # filed reports" is hers, "who" any of them; only a group's head is read there)
            sp = group_source(head) if " of " in head else resolve(ctx, head, u) or group_source(head)
            sp = sp if sp is not None and (sp.named or sp.kind == "unnamed") else None
        whole = opening_subject(masked, vm.start(), u) if sp is None else ""
        if whole and whole != subject:  # "Experts on Korea and nuclear nonproliferation said"
            sp = opening_group(whole, group_source(whole) or (described_source(whole) if described_verb(verb) else None))
            subject = whole if sp is not None else subject
        if sp is not None:
            phrase = subject
            if _subordinate(masked, phrase, vm.start(), v):
                return "sub", (vm.start(), sp, verb, False, mention_before(masked, phrase, vm.start()))
    if sp is None:
        whole = document_subject_left(masked, vm.start())  # "A USA TODAY analysis of …, 2015, shows"
        sp = resolve(ctx, whole, u) if whole and whole != phrase else None
        if sp is None or _subordinate(masked, whole, vm.start(), v):
            return None
        phrase = whole
    # (a participle after the verb's comma has its own complement: "…, Doe said, adding that …")
    adding = _PARTICIPLE_NEXT_RE.match(masked, vm.end())
    trailing = after_comma_or_quote(before() if head_end is None else masked[:head_end], phrase) \
        and not COMPLEMENT_RE.search(masked[vm.end():adding.end() if adding else len(masked)])
    at = relative_subject(masked, mention_before(masked, phrase, head_end or vm.start()), vm.start())  # "Roe, who said …"
    return "cand", (vm.start(), sp, verb, trailing, at)
