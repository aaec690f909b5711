"""The speaker of one speech verb in a sentence: its subject on the left ("X said", "X, a
former aide, said", "officials close to X say") or, inverted, on the right ('"…," said X'),
or no speaker when the verb is no speech here (a passive, an aside, an act on an object, the
outlet's own question). :func:`verb_candidate` reads one match of the verb vocabulary;
:func:`.reported.sentence` collects them and chooses among all the readings of a sentence."""
from __future__ import annotations

import re

from ..toml_data import word_set
from ..speech_forms import QUOTE_ONLY, REPLY_ONLY, main_verb, says_something, next_to_quotation
from .mentions import Span, after_comma_or_quote, mention_after, mention_before, relative_subject
from .evidence import capitalised_mid_sentence
from .cues import strip_between
from .appositives import STATE_ABBREVIATION_RE, appositive_subject
from .described import NEAR_TO_RE, described_source, described_verb, opening_group, opening_subject
from .patterns import (ACT_OBJECT_RE, APPOSITIVE_RE, AUXILIARIES, CLAUSE_AFTER_NAME_RE, COMPLEMENT_RE, COORDINATED_RE,
                       LOCATIVES, NAME_APPOSITIVE_LONG_RE, NAME_APPOSITIVE_RE, PREPOSITIONS, QUESTION_AUX_RE,
                       NON_NAME_WORDS, PREDICATIVE_OBJECT_RE, QUOTE_AFTER_RE, QUOTE_NEXT_RE, RELATIVE_WHO_RE,
                       SPEECH_SIGN_RE, TITLE_WORDS, TRAILING_NAME_RE, TRAILING_PRONOUN_RE)
from .quotes import described_after_quotation, follows_quotation
from .complements import called_complement
from .bare_frames import holding_object
from .negation import negated_before, only_verb
from .resolve import resolve
from .base_forms import BASE_SUBJECT_RE, base_form_ok
from .group_sources import group_source, share_group
from .source_vocab import source_vocab
from .sources import AGE_OR_POSSESSIVE_APPOSITIVE_RE
from .speaker import Speaker
from .subjects import (_DASH_ASIDE_RE, _NAME_THEN_APPOSITIVE_RE, _parenthetical, _subject_left, _subject_right, _subordinate,
                       document_subject_left, lead_subject)

# a subject that opens its sentence, after a conjunction or an adverb at most ("Some say",
# "But many fear", "Still, others argue")
_OPENS_SENTENCE_RE = re.compile(r"^[\s\"“”']*(?:(?:But|And|Yet|Still|Now|Meanwhile|Instead|However|Indeed),?\s+)?"
                                r"[A-Za-z]+(?:\s+[a-z]+)?\s*$")
# what follows a participle of taking a side, not its finite verb: a passive agent ("backed by
# Moscow"), the adjective "opposed to", a particle of motion ("backed away from"). General English.
_OBJECT_PARTICIPLE_RE = re.compile(r"\s+(?:by|to|away|down|off|out|into)\b")
_AS_NEXT_RE = re.compile(r"\s+as\b")
# a capitalised name (or a possessive one) before a lower-case plural head that ends the subject
# ("Roe allies", "Doe's supporters", "GOP leaders")
_NAMED_GROUP_RE = re.compile(r"^(?:[A-Z][\w.'’\-]*\s+){1,3}([a-z]+)$")
INFINITIVE_NEXT_RE = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
# "offered" with an object that is something said ("offered some pointed advice to …", "offered
# her firmest promise yet that …", "offered no proof that …"): a determiner or quantifier, up to
# three modifiers, and a noun of saying or of what is said (general English: the objects of
# Levin 1993's verbs of communication and of judgement, 37 and 33), not "offered a job"
_OFFER_FORMS = frozenset({"offered", "offers"})
_SAID_OBJECT_RE = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|some|no|few|little|several|many|any|more|fresh|new|yet\s+another|another)\s+)?"
    r"(?:[a-z][a-z\-]*,?\s+){0,3}?(?:advice|words|remarks?|comments?|thoughts|insights?|assessments?|views?|"
    r"opinions?|praise|criticism|critiques?|defen[cs]es?|apology|apologies|condolences|congratulations|thanks|"
    r"prayers|explanations?|rationale|justifications?|responses?|reply|replies|rebuttals?|retorts?|promises?|"
    r"pledges?|assurances?|reassurances?|predictions?|warnings?|proof|evidence|details|vision|preview|"
    r"analysis|endorsements?|tribute|compliments?|testimony|arguments?|suggestions?|recommendations?|"
    r"support|ideas?|olive\s+branch|specifics|proposals?|solutions?|reasons?|encouragement|sympathy)\b")
# "hopes" before a clause of its own ("Roe hopes his campaign can recover"): a subject, then a
# modal or a finite auxiliary within a few words; "hopes" is otherwise mostly a noun ("Roe's
# hopes are fading", "hopes of a deal")
_HOPE_FORMS = frozenset({"hopes"})
_HOPED_CLAUSE_RE = re.compile(
    r"\s+(?:that\s+)?(?:he|she|they|it|we|I|you|his|her|their|its|the|a|an|this|these|[A-Z][\w.'’\-]*)\b"
    r"(?:\s+[\w'’\-]+){0,5}?\s+(?:will|would|can|could|may|might|should|is|are|was|were|do|does|did|has|have|had)\b")
# participles that before "to be"/"to have" are passives of a reduced relative ("two men
# believed to be members of …", "a group said to have …"), never an active verb (general English)
REDUCED_PASSIVES = frozenset({"believed", "thought", "said", "reported", "alleged", "known", "considered",
                              "rumored", "rumoured", "understood", "presumed", "deemed", "feared", "claimed"})
REDUCED_PASSIVE_NEXT_RE = re.compile(r"\s+to\s+(?:be|have)\b")
# a capitalised word and a comma before an abbreviation: the state after its city ("Springfield, Ill.")
_AFTER_NAME_COMMA_RE = re.compile(r"\b[A-Z][\w.'’\-]*,\s*$")
# the preposition of a judgment's complement right after its verb ("accused of", "blamed for")
_COMPLEMENT_PREPOSITION_RE = re.compile(r"\s+(?:of|for|with)\b")
# a perfect auxiliary or a relative word and a subject before such a verb: the verb is active, its
# object moved before it ("countries the department has criticized for …", "the man that police
# accused of theft")
_OBJECT_MOVED_RE = re.compile(r"\b(?:has|have|had|that|which|whom|who)(?:\s+[\w.'’\-]+){0,4}$")


def _object_moved(pre: str) -> bool:
    """Whether the words before a verb of judgment end with a perfect auxiliary or a relative
    word and its subject (an aside between dashes left out: "countries that the department -
    before and after her time - criticized for …"): the verb is active, its object before it."""
    if "-" in pre or "—" in pre or "–" in pre:
        pre = _DASH_ASIDE_RE.sub("", pre)
    return _OBJECT_MOVED_RE.search(pre, max(0, len(pre) - 60)) is not None


def _passive_complement_verbs() -> frozenset[str]:
    """attribution.toml ``passive_complement_verbs``: passive before their complement's preposition."""
    return word_set("attribution.toml", "passive_complement_verbs")


# a reporter's credit line at a story's end: "reported from" a place, the sentence ending there
# ("Ryan Grim reported from Washington, D.C.", "… reported from Midway Atoll, and Jane Roe from
# Kaneohe Bay, Hawaii."); no "that" of anything reported
_REPORTED_FROM_RE = re.compile(r"\s+from\s+[A-Z](?:(?!\bthat\b)[^;:\"“”])*[.]?\s*$")


def _acquainted(masked: str, end: int) -> bool:
    """Whether "know" at masked[:end] has a person or a thing as its object, not a clause: a
    name or an object pronoun, then acquaintance_next or the clause's end ("knew Meles well"),
    or no object at all ("a topic she knew well", "the Trump we all knew,")."""
    m = _KNOWN_OBJECT_RE.match(masked, end)
    if m is None:
        return False
    nxt = m.group("next").lower()
    return not nxt or nxt in ",.;" or nxt in word_set("attribution.toml", "acquaintance_next")


# what follows "know": an object pronoun or a name at most, then the next word or mark
_KNOWN_OBJECT_RE = re.compile(r"(?:\s+(?:him|her|them|me|us|(?:[A-Z][\w.'’\-]*\s*){1,3}))?\s*(?P<next>[a-z]+|[,.;]|$)")


def _speculated(pre: str) -> bool:
    """Whether the words before a verb end with a modal of possibility or advice ("may", "might",
    "had better": attribution.toml speculative_modals), an adverb between at most
    (speculative_modal_adverbs)."""
    words = re.findall(r"[\w’']+", pre[-40:].lower())
    if words and (words[-1].endswith("ly") or words[-1] in word_set("attribution.toml", "speculative_modal_adverbs")):
        words = words[:-1]
    modals = word_set("attribution.toml", "speculative_modals")
    return bool(words) and (words[-1] in modals or " ".join(words[-2:]) in modals)


def _comparison_verbs() -> frozenset[str]:
    """attribution.toml ``comparison_verbs``: a judgement only with an object and "to" after it."""
    return word_set("attribution.toml", "comparison_verbs")


# an object (a pronoun, a name or a determined noun phrase, up to six words) and "to" after a verb
# of likening ("compared the levy to theft", "likened him to a dictator"); not "compared to …"
_LIKENED_TO_RE = re.compile(r"\s+(?!(?:to|with|by)\b)(?:(?:him|her|them|it|himself|herself|themselves|itself|"
                            r"(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z][\w.'’\-]*)(?:\s+[\w.'’\-]+){0,5}?)"
                            r"\s+to\s+(?!(?:be|have)\b)"
                            # (a bare noun phrase likened to a determined one: "compared abortion to the
                            # Holocaust"; not an adverb, "compared favorably to", nor a purpose, "compared
                            # prices to find …")
                            r"|(?![a-z]+ly\b)[a-z][a-z\-]{2,}(?:\s+[a-z][\w'’\-]*){0,3}?"
                            r"\s+to\s+(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z])\b)")


# a position verb as a passive ("opposed by the U.S.") and the object and "as" that make "see",
# "view", "regard" a position ("sees Roe as a uniter"; not "as well", "as soon as", "as if"; "views
# Roe favorably" was tried and dropped: 0 of 4 train statements aligned with a right speaker)
_POSITION_NEXT_NO_RE = re.compile(r"\s+(?:\w+ly\s+)?(?:by|off|out|away|down|up|for|from|of|among|in|on|"
                                 r"behind|at|with|as|is|was|are|were|has|had)\b|\s*[,.;:)]")


def _position_verb_ok(masked: str, verb: str, start: int, end: int) -> bool:
    """Whether a position verb is one here: not a passive ("opposed by the U.S."), a phrasal
    verb ("backed off") or a noun ("his full support", "support for the bill"); a base form only
    after a pronoun, an auxiliary, a plural or a share. (A compound, "Russian-backed", is no
    speech verb at all: :func:`verb_candidate` turns away any verb after a hyphen first.)"""
    if _POSITION_NEXT_NO_RE.match(masked, end):
        return False
    if verb.split(" ", 1)[0].endswith(("s", "d")):  # a finite form: "supports", "opposed", "leans toward", "pushed for"
        return True
    return bool(BASE_SUBJECT_RE.search(masked, 0, start))


_AS_PASSIVE_RE = re.compile(r"\s+(?:\w+ly\s+)?by\b")  # "remarks viewed by some as …"
_AS_OBJECT_RE = re.compile(r"\s+(?:in\s+)?[\w'’\-]+(?:\s+[\w'’.\-]+){0,7}?\s+as\s+"
                           r"(?!(?:well|if|though|long|soon|much|many|far|of|to|for|a result|such|usual)\b)")


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


# the tests of the words before a verb, `pre` (right-stripped): each ends where `pre` does, so
# it is searched from the few characters it can span (a search of the whole prefix per verb
# scanned the sentence once per verb); the word boundary still sees the character before
_BE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are|be|to|not)\s*$", re.I)  # "was said", "to say"
_CONTRACTED_S_RE = re.compile(r"\w['’]s$")  # "she’s expected to argue"
_COMMA_OR_MARK_RE = re.compile(r"[,\"“”]\s*$")  # '"…," said X'


# a restrictive relative clause after a subject's head, to its verb ("forces who control the border")
_RESTRICTIVE_WHO_RE = re.compile(r"(?<=[a-z])\s+who\s+[a-z]+\b(?:\s+[^,;:\"“”()]*)?$")
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+\w+ly)?\s*$")


def verb_candidate(ctx, u: str, masked: str, v, vm: re.Match, question: bool, asides: list[tuple[int, int]]
                   ) -> tuple[str, tuple[int, Speaker, str, bool, Span]] | None:
    """The reading of the speech verb `vm` of sentence `u` (`masked`: its quotations masked):
    ("cand", (verb position, speaker, verb, trailing, mention)) for a speaker of the sentence,
    ("sub", …) for one of a subordinate clause ("After X announced …"), None for no speech."""
    verb = vm.group(1)
    pre = masked[:vm.start()].rstrip()
    if negated_before(pre, aux=True):
        if not only_verb(masked, vm, v.verb_re):
            return None  # "Roe said the FBI has not commented": inside another verb's report (:mod:`.negation`)
    elif _BE_BEFORE_RE.search(pre, max(0, len(pre) - 6)):
        return None
    if verb == "reported" and _REPORTED_FROM_RE.match(masked, vm.end()):
        return None  # "Lerer reported from Los Angeles.": the story's credit line, where a reporter was
    if verb in word_set("attribution.toml", "know_forms") and _acquainted(masked, vm.end()):
        return None  # "Nega knew Meles well", "the Trump we all knew,": acquaintance, no position
    if verb.lower() in v.held_verbs and _speculated(pre):
        return None  # "Roe may want to check the figures": the outlet's guess, no position of Roe's
    if masked[vm.start() - 1:vm.start()] == "-" \
            or (verb in v.object_verbs and _OBJECT_PARTICIPLE_RE.match(masked, vm.end())):
        return None  # "Saudi-backed", "a plan backed by Moscow", "voters opposed to it": participles, no speech
    if _CONTRACTED_S_RE.search(pre, max(0, len(pre) - 3)) and re.match(r"\s+to\b", masked[vm.end():]):
        return None  # "she’s expected to argue": "is expected", not speech
    if verb in REDUCED_PASSIVES and REDUCED_PASSIVE_NEXT_RE.match(masked, vm.end()):
        return None  # "militants believed to be part of …": a passive participle, nobody believes
    if verb in _passive_complement_verbs() and _COMPLEMENT_PREPOSITION_RE.match(masked, vm.end()) \
            and not _object_moved(pre):
        return None  # "a contractor accused of spying": a passive participle, nobody accuses
    if question and QUESTION_AUX_RE.search(pre):
        return None  # "What did Trump say?": the outlet asks, nobody says
    if any(a < vm.start() < b and b - a < 0.6 * len(masked.strip()) for a, b in asides):
        return None  # "… – Trump once said the pair 'fell in love' – …": an aside, not the sentence
    if verb in v.quote_object_verbs and not QUOTE_AFTER_RE.match(masked, vm.end()) \
            and not PREDICATIVE_OBJECT_RE.match(masked, vm.end()) and not called_complement(masked, vm.end()):
        return None  # "called the meeting": speech only as 'called Clinton a “disgrace”', "called it a sham"
    if verb in v.infinitive_verbs and verb not in v.position_verbs and not INFINITIVE_NEXT_RE.match(masked, vm.end()) \
            and not (verb in _OFFER_FORMS and _SAID_OBJECT_RE.match(masked, vm.end())) \
            and not (verb in _HOPE_FORMS and _HOPED_CLAUSE_RE.match(masked, vm.end())):
        return None  # "the plans were": an intention only before "to …"
    if verb in v.position_verbs and not _position_verb_ok(masked, verb, vm.start(), vm.end()):
        return None  # "opposed by the U.S.", "a Russian-backed force", "full support", "backed off"
    if verb in v.base_verbs and not base_form_ok(masked, vm.start()):
        return None  # "the call for calm", "a note", "this question": nouns; "Democrats call for calm" a verb
    if verb in v.as_object_verbs and (not _AS_OBJECT_RE.match(masked, vm.end()) or _AS_PASSIVE_RE.match(masked, vm.end())):
        return None  # "we will see", "the views": a position only as "sees Roe as a uniter"
    if verb in v.quote_verbs and not QUOTE_NEXT_RE.match(masked, vm.end()):
        return None  # "tensions have continued to ease": speech only before its quotation
    if verb in QUOTE_ONLY and not next_to_quotation(u, vm.start(), vm.end()):
        return None  # "tensions have continued to ease": no speech without a quotation
    if verb in REPLY_ONLY and not says_something(u, vm.start(), vm.end()):
        return None  # "Carson has responded to the rant": an act, nothing said in it
    if verb in v.describing_verbs and _AS_NEXT_RE.match(masked, vm.end()) \
            and not QUOTE_AFTER_RE.match(masked, vm.end()):
        return None  # "targets that the army described as crucial": the object went before, no speech
    if verb in _comparison_verbs() and not _LIKENED_TO_RE.match(masked, vm.end()):
        return None  # "compared with last year": arithmetic; speech in "compared the levy to theft"
    if verb in v.speech_sense_verbs and not SPEECH_SIGN_RE.match(masked, vm.end()):
        return None  # "the militia attacked the town": force; speech in "attacked Roe for her vote"
    if holding_object(masked, verb, vm.end()):
        return None  # "Roe maintains a wide lead": keeping, not saying
    if verb in v.complement_verbs and ACT_OBJECT_RE.match(masked, vm.end()):
        return None  # "Trump threatened the military assets of Assad": an act, not speech
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
        if tail and tail.start() > 0 and (phrase[:tail.start()].split()[-1].lower() not in LOCATIVES
                                          or RELATIVE_WHO_RE.search(masked, 0, vm.start())):
            phrase = tail.group(0).strip()
            sp = resolve(ctx, phrase, u)
    # (the patterns below end with their last word or mark, then spaces: the words before the
    # verb are searched only when they end so; COORDINATED_RE was quadratic on the others)
    if sp is None and not phrase and before().rstrip()[-3:] in ("and", "but") and COORDINATED_RE.search(before()):
        # "Clinton has encouraged Europe to spend more but has said she will …": the
        # subject of the first verb
        lead = lead_subject(ctx, masked)
        if lead:
            phrase = lead.group("who")
            sp = resolve(ctx, phrase, u)
        if sp is None:
            # "Walking home, Ebeling reminisced about …, and said …", "Mrs. Roe shook her
            # head and said …": the subject of the clause's first finite verb
            at = main_verb(masked, vm.start())
            lead_phrase = _subject_left(masked, at, v) if at is not None else ""
            lead_sp = resolve(ctx, lead_phrase, u) if lead_phrase else None
            if lead_sp is not None and lead_sp.named and not _subordinate(masked, lead_phrase, at, v):
                phrase, sp = lead_phrase, lead_sp
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
            if nm and name.rsplit(None, 1)[-1].lower().strip(".") not in NON_NAME_WORDS | TITLE_WORDS:
                # (not an office and its body: "Ohio Secretary of State", "Republican of Ohio")
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
        # "a wide array of economists say …" (:mod:`.described`)
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
    trailing = after_comma_or_quote(before() if head_end is None else masked[:head_end], phrase) \
        and not COMPLEMENT_RE.search(masked[vm.end():])
    at = relative_subject(masked, mention_before(masked, phrase, head_end or vm.start()), vm.start())  # "Roe, who said …"
    return "cand", (vm.start(), sp, verb, trailing, at)
