"""One sentence of an article -> its speaker, by the rules in the order the package's
docstring lists them: "X quoted Y as saying", speech verbs with their subject left or right,
"according to X", credits after a dash, a participle of the main clause, a quotation that
continues the previous speaker, else the outlet's own sentence (narrator)."""
from __future__ import annotations

import re

from ..model import Statement, is_actor_name
from ..speech_forms import QUOTE_ONLY, REPLY_ONLY, adjective_stance, main_verb, says_something, next_to_quotation, progressive_speech, pronoun_speech
from .cues import vocab
from .names import _person_tokens
from .patterns import (ACCORDING_RE, ACT_OBJECT_RE, AS_REPORTED_RE, APPOSITIVE_RE, ASIDE_RE, CLAUSE_AFTER_NAME_RE, COMPLEMENT_RE,
                       COORDINATED_RE, DASH_CREDIT_RE, DOUBLE_SINGLE_RE, LEAD_SUBJECT_RE, LOCATIVES,
                       NAME_APPOSITIVE_RE, PARTICIPLE_RE, PARTY_TAG_RE, PREPOSITIONS, POST_CREDIT_RE, QUESTION_AUX_RE,
                       PREDICATIVE_OBJECT_RE, QUOTE_AFTER_RE, QUOTE_NEXT_RE, QUOTE_VERB_RE, QUOTED_AS_RE, RAW_TAIL_RE, RELATIVE_WHO_RE,
                       TRAILING_NAME_RE, TRAILING_PRONOUN_RE, WAS_QUOTED_RE)
from .quotes import _mask_quotes, _mostly_quote, described_after_quotation, follows_quotation
from .introduced import colon_source, quoting_predicate
from .resolve import resolve
from .sources import (ACCORDING_LOWER_RE, AGE_OR_POSSESSIVE_APPOSITIVE_RE, OBJECT_PRONOUNS, according_source,
                      document_source, extra_verbs, group_source, that_verb_ok)
from .sources import source_vocab
from .speaker import NARRATOR_SPEAKER, Speaker
from .subjects import _parenthetical, _subject_left, _subject_right, _subordinate, document_subject_left, lead_subject

Span = tuple[int, int] | None  # where in the sentence the source is named
_STRIP = " ,.'\"\n\t"
# a verb of putting out a message, the message and a speech participle after it ("issued a
# statement calling", "posted a series of tweets early Friday saying", "released a video urging")
MESSAGE_PARTICIPLE_RE = re.compile(
    r"\b(?:issued|released|posted|sent|published|put out|fired off|unleashed|tweeted|wrote|delivered|gave)\s+"
    r"(?:(?:a|an|the|his|her|its|their|two|three|several|a series of|a string of|another)\s+)?(?:[a-z\-]+\s+){0,2}?"
    r"(?:statement|statements|tweets?|letter|letters|posts?|message|messages|emails?|video|ad|advertisement|"
    r"remarks|speech|address|interview|memo|note|release|op-ed|column|essay)\b[^,;:.\"“”]{0,40}?\s+(?P<part>[a-z]+ing)\b")
# a subject that opens its sentence, after a conjunction or an adverb at most ("Some say",
# "But many fear", "Still, others argue")
_OPENS_SENTENCE_RE = re.compile(r"^[\s\"“”']*(?:(?:But|And|Yet|Still|Now|Meanwhile|Instead|However|Indeed),?\s+)?"
                                r"[A-Za-z]+(?:\s+[a-z]+)?\s*$")
# an adjective of nearness or knowledge and its object after a source's head ("sources close to
# X", "people familiar with the talks", "an official involved in the case"). General English.
_NEAR_TO_RE = re.compile(r"\s+(?:close|closest|familiar|knowledgeable|involved|privy|briefed|"
                         r"(?:directly|personally)\s+(?:familiar|involved))\s+(?:to|with|about|in|on)\s")
# subjects of "be" + an adjective of belief that report nobody else's position: an impersonal
# "it", "this", "there", and the text's own first and second persons
_NO_STANCE_SUBJECTS = frozenset({"it", "this", "that", "there", "we", "i", "you"})
INFINITIVE_NEXT_RE = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
# participles that before "to be"/"to have" are passives of a reduced relative ("two men
# believed to be members of …", "a group said to have …"), never an active verb (general English)
REDUCED_PASSIVES = frozenset({"believed", "thought", "said", "reported", "alleged", "known", "considered",
                              "rumored", "rumoured", "understood", "presumed", "deemed", "feared", "claimed"})
REDUCED_PASSIVE_NEXT_RE = re.compile(r"\s+to\s+(?:be|have)\b")


def sentence(ctx, u: str, prev: Statement | None, prev_adjacent: bool) -> tuple[Speaker, str, Speaker | None, Span]:
    v = vocab()
    u = DOUBLE_SINGLE_RE.sub('" ', u)  # the ''quotation marks'' of some archives, same length
    masked = PARTY_TAG_RE.sub(lambda m: " " * len(m.group(0)), _mask_quotes(u))  # "Sen. X (D-Mo.) said"

    # an embedded post: '… they admitted to.. — Donald J. Trump (@realDonaldTrump) September 7, 2019'
    m = POST_CREDIT_RE.search(u)
    if m:
        sp = resolve(ctx, m.group("who"), u)
        if sp is not None and sp.named:
            return sp, "post", None, m.span("who")

    m = QUOTED_AS_RE.search(masked)
    if m and m.group("part") in v.participles:
        inner = resolve(ctx, m.group("who"), u)
        outer = resolve(ctx, _subject_left(masked, m.start(), v), u)
        if inner and inner.named:
            return inner, "quoted as saying", outer if outer and outer.name != inner.name else None, m.span("who")
    m = WAS_QUOTED_RE.search(masked)
    if m and m.group("part") in v.participles:
        phrase = _subject_left(masked, m.end("who"), v) or m.group("who")
        sp = resolve(ctx, phrase, u)
        if sp:
            return sp, "quoted", None, _mention_before(masked, phrase, m.end("who"))

    cands: list[tuple[int, Speaker, str, bool, Span]] = []  # (verb pos, speaker, verb, trailing, mention)
    subordinate: list[tuple[int, Speaker, str, bool, Span]] = []  # verbs of "After X announced …" clauses
    question = masked.rstrip(" \"”’')").endswith("?")
    asides = [m.span() for m in ASIDE_RE.finditer(masked)]
    for vm in v.verb_re.finditer(masked):
        verb = vm.group(1)
        pre = masked[:vm.start()].rstrip()
        if re.search(r"\b(?:was|were|been|being|is|are|be|to|not)\s*$", pre, re.I):
            continue
        if re.search(r"\w['’]s$", pre) and re.match(r"\s+to\b", masked[vm.end():]):
            continue  # "she’s expected to argue": "is expected", not speech
        if verb in REDUCED_PASSIVES and REDUCED_PASSIVE_NEXT_RE.match(masked, vm.end()):
            continue  # "militants believed to be part of …": a passive participle, nobody believes
        if question and QUESTION_AUX_RE.search(pre):
            continue  # "What did Trump say?": the outlet asks, nobody says
        if any(a < vm.start() < b and b - a < 0.6 * len(masked.strip()) for a, b in asides):
            continue  # "… – Trump once said the pair 'fell in love' – …": an aside, not the sentence
        if verb in v.quote_object_verbs and not QUOTE_AFTER_RE.match(masked, vm.end()) \
                and not PREDICATIVE_OBJECT_RE.match(masked, vm.end()):
            continue  # "called the meeting": speech only as 'called Clinton a “disgrace”', "called it a sham"
        if verb in v.infinitive_verbs and not INFINITIVE_NEXT_RE.match(masked, vm.end()):
            continue  # "the plans were": an intention only before "to …"
        if verb in v.quote_verbs and not QUOTE_NEXT_RE.match(masked, vm.end()):
            continue  # "tensions have continued to ease": speech only before its quotation
        if verb in QUOTE_ONLY and not next_to_quotation(u, vm.start(), vm.end()):
            continue  # "tensions have continued to ease": no speech without a quotation
        if verb in REPLY_ONLY and not says_something(u, vm.start(), vm.end()):
            continue  # "Carson has responded to the rant": an act, nothing said in it
        if verb in v.complement_verbs and ACT_OBJECT_RE.match(masked, vm.end()):
            continue  # "Trump threatened the military assets of Assad": an act, not speech
        if verb not in v.no_inversion and (re.search(r"[,\"“”]\s*$", pre) or re.search(r"^\s*$", pre)) \
                and (verb in v.frame_verbs or not re.search(r"[^\"“”\s]\s*,$", pre)):
            # (after a bare comma only a reporting verb inverts: "The economy is weak, said X";
            # "X, a contractor, blamed George W. Bush" has its object on the right)
            # inverted: '"…," said X' / '"…," argues journalist X'
            who = _subject_right(masked, vm.end())
            if who and CLAUSE_AFTER_NAME_RE.search(who):
                who = ""  # "…, said Clinton reached out": a clause, not an inverted subject
            if who and (who.split()[0] in PREPOSITIONS or re.match(r"[a-z]+ing\b", who)):
                # "…, said of RT": the verb's object, its subject is on the left; "X, chairman of
                # the committee, said having Trump on the ticket helps": a clause, not a subject
                who = ""
            sp = resolve(ctx, who, u) if who else None
            sp = sp or (described_after_quotation(masked, who, vm.start()) if who else None)  # "said one user"
            if sp and re.search(r"[\"”,]\s*,?\s*$", pre):
                cands.append((vm.start(), sp, verb, True, _mention_after(masked, who, vm.end())))
                continue
            if sp and pre == "":
                cands.append((vm.start(), sp, verb, False, _mention_after(masked, who, vm.end())))
                continue
        phrase = subject = _subject_left(masked, vm.start(), v)
        sp = resolve(ctx, phrase, u) if phrase else None
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
        if sp is None and not phrase and COORDINATED_RE.search(v.between_re.sub("", masked[:vm.start()])):
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
        near = _NEAR_TO_RE.search(phrase) if sp is None and phrase else None
        if near and near.start() > 0:
            # "officials close to the governor", "a person familiar with the talks": the people
            # described, whoever they are near to
            sp = resolve(ctx, phrase[:near.start()], u) or group_source(phrase[:near.start()])
            sp = sp if sp is None or not sp.named else None
        if sp is None and phrase.lower() in source_vocab().quantifier_subjects \
                and (_OPENS_SENTENCE_RE.match(v.between_re.sub("", masked[:vm.start()]))
                     or follows_quotation(masked, phrase, vm.start())):
            # "Some say …", "But many fear …", '"…," someone said': who, unsaid
            sp = Speaker("(unnamed people)", "unnamed")
        if sp is not None and _subordinate(masked, phrase, vm.start(), v) \
                and not _parenthetical(masked, phrase, vm.start(), vm.end(), v):
            subordinate.append((vm.start(), sp, verb, False, _mention_before(masked, phrase, vm.start())))
            continue
        if sp is None:
            # "The foreign ministry spokeswoman, Maria Zakharova, claimed"
            nm = NAME_APPOSITIVE_RE.search(v.between_re.sub("", masked[:vm.start()]))
            if nm:
                phrase = nm.group("who")
                sp = resolve(ctx, phrase, u)
        if sp is None:
            # "Yelena Suponina, a Moscow-based analyst, said" / "Mr. McCain, who …, said"
            app = APPOSITIVE_RE.search(v.between_re.sub("", masked[:vm.start()]))
            if app:
                phrase = app.group("who")
                sp = resolve(ctx, phrase, u)
        if sp is None:
            # "Quina Jones, 25, said", "China, Pyongyang's only ally, said"
            app = AGE_OR_POSSESSIVE_APPOSITIVE_RE.search(v.between_re.sub("", masked[:vm.start()]))
            if app:
                phrase = app.group("who")
                sp = resolve(ctx, phrase, u)
        if sp is None and subject:
            # "supporters hope …", "Most of the vulnerable Senate Republicans have said …"
            sp = group_source(subject)
            if sp is not None:
                phrase = subject
                if _subordinate(masked, phrase, vm.start(), v):
                    subordinate.append((vm.start(), sp, verb, False, _mention_before(masked, phrase, vm.start())))
                    continue
        if sp is None:
            whole = document_subject_left(masked, vm.start())  # "A USA TODAY analysis of …, 2015, shows"
            sp = resolve(ctx, whole, u) if whole and whole != phrase else None
            if sp is None or _subordinate(masked, whole, vm.start(), v):
                continue
            phrase = whole
        trailing = _after_comma_or_quote(v.between_re.sub("", masked[:vm.start()]), phrase) \
            and not COMPLEMENT_RE.search(masked[vm.end():])
        cands.append((vm.start(), sp, verb, trailing, _mention_before(masked, phrase, vm.start())))

    for vm in extra_verbs().finditer(masked):
        # "the report found …", "a new poll shows …"; "Mr. Ruiz notes that …"
        verb, at = vm.group(1), vm.start()
        if re.search(r"\b(?:was|were|been|being|is|are|be|to|not)\s*$", masked[:at], re.I) \
                or not that_verb_ok(masked, verb, vm.end()):
            continue
        phrase = _subject_left(masked, at, v)
        if not phrase or (verb not in source_vocab().that_verbs and document_source(phrase) is None):
            phrase = document_subject_left(masked, at)  # "a study by Harvard and Yale found"
            if not phrase:
                continue
        sp = resolve(ctx, phrase, u)
        if sp is not None and not _subordinate(masked, phrase, at, v):
            cands.append((at, sp, verb, False, _mention_before(masked, phrase, at)))

    for m in QUOTE_VERB_RE.finditer(u):
        if not v.verb_re.fullmatch(m.group("verb")):
            continue
        phrase = _subject_left(masked, m.start(), v)
        sp = resolve(ctx, phrase, u) if phrase else None
        if sp:
            cands.append((m.start(), sp, m.group("verb"), False, _mention_before(masked, phrase, m.start())))

    for subject_end, at, part in progressive_speech(masked, v.clause_participles):
        # "He’s claiming that …", "Trump is calling for …"
        phrase = _subject_left(masked, subject_end, v)
        sp = resolve(ctx, phrase, u) if phrase else None
        if sp is not None and not _subordinate(masked, phrase, subject_end, v):
            cands.append((at, sp, part, False, _mention_before(masked, phrase, subject_end)))

    for subject_end, at, adj in adjective_stance(masked):
        # "Clinton is confident that …", "they’re hopeful that …"
        phrase = _subject_left(masked, subject_end, v)
        if phrase.lower() in _NO_STANCE_SUBJECTS:
            continue  # "It is positive that …" (nobody), "We are convinced that …" (the speech's own voice)
        sp = resolve(ctx, phrase, u) if phrase else None
        sp = sp or (group_source(phrase) if phrase else None)
        if sp is not None and not _subordinate(masked, phrase, subject_end, v):
            cands.append((at, sp, adj, False, _mention_before(masked, phrase, subject_end)))

    for who_at, at, who, verb in pronoun_speech(masked):
        # "He notes that …": a verb after a pronoun that is mostly a noun elsewhere
        sp = resolve(ctx, who, u)
        if sp is not None and not _subordinate(masked, who, who_at + len(who), v):
            cands.append((at, sp, verb, False, (who_at, who_at + len(who))))

    if not cands and subordinate and not re.search(r",", masked[subordinate[0][0]:]):
        cands = subordinate  # "When Lavrov snapped that …": the whole sentence is that clause
    m = None if cands else AS_REPORTED_RE.match(masked)
    if m and (m.group("passive") or m.group("verb") in source_vocab().as_clause_verbs):
        # "As The Times reported on Saturday, …": the sentence after the clause is the source's
        who = m.group("by") or m.group("who")
        sp = resolve(ctx, who, u)
        if sp is not None:
            at = m.start("by") if m.group("by") else m.start("who")
            cands = [(at, sp, m.group("passive") or m.group("verb"), False, _mention_after(masked, who, at))]
    named = [c for c in cands if c[1].named] or cands
    if named:
        named.sort(key=lambda c: c[0])
        first = named[0]
        trailing = [c for c in named if c[3]]
        if trailing and trailing[-1] is not first:
            outer = trailing[-1]
            if outer[1].name != first[1].name:
                return first[1], first[2], outer[1], first[4]
            return first[1], first[2], None, first[4]
        if len(named) > 1 and not first[3]:
            second = named[1]
            gap = masked[first[0]:second[0]]
            if len(gap) < 40 + len(first[2]) and second[1].name != first[1].name and not re.search(r"[;.]", gap):
                return second[1], second[2], first[1], second[4]
        return first[1], first[2], None, first[4]

    m = ACCORDING_RE.search(masked)
    if m:
        sp = resolve(ctx, m.group("who"), u)
        if sp:
            return sp, "according to", None, _mention_after(masked, m.group("who"), m.start("who"))
    m = ACCORDING_LOWER_RE.search(masked)
    if m:  # "according to police", "according to a new Washington Post-ABC News poll"
        sp = resolve(ctx, m.group("who"), u)
        if sp is None:
            # "according to him", "according to press reports", "according to members who
            # spoke with reporters": whatever follows "according to" is a source
            obj = OBJECT_PRONOUNS.get(m.group("who").lower())
            sp = resolve(ctx, obj, u) if obj else according_source(m.group("who"))
        if sp:
            return sp, "according to", None, _mention_after(masked, m.group("who"), m.start("who"))

    # a quotation whose inner quotation marks hide its tail from the mask:
    # '"His use of the word "leverage" shows a "business transaction," he said.'
    m = RAW_TAIL_RE.search(u)
    if m and v.verb_re.fullmatch(m.group("verb")):
        sp = resolve(ctx, m.group("who"), u)
        if sp is not None:
            return sp, m.group("verb"), None, m.span("who")
    # a quotation credited after a dash: '“We must vote.” ― Jorge Falcon'
    m = DASH_CREDIT_RE.search(u)
    if m and _mostly_quote(u[:m.start() + 1]):
        sp = resolve(ctx, m.group("who"), u)
        if sp is None and _person_tokens(m.group("who").split(), ctx.registry):
            sp = ctx.actor_speaker(ctx.add(m.group("who"), "person"))
        if sp is not None:
            return sp, "credit", None, m.span("who")

    # "Trump is questioning the vote, encouraging his supporters to …": a speech participle
    # of the main clause belongs to its subject
    m = next((p for p in PARTICIPLE_RE.finditer(masked) if p.group(1).lower() in v.clause_participles), None)
    if m:
        lead = lead_subject(ctx, masked)
        if lead and lead.end("who") <= m.start():
            sp = resolve(ctx, lead.group("who"), u)
            if sp is not None and sp.named:
                return sp, m.group(1).lower(), None, _mention_after(masked, lead.group("who"), lead.start("who"))
        # the subject of the main clause's verb after an introduction or before a title:
        # "During a speech, Trump attacked Clinton, saying …", "Democratic nominee Hillary
        # Clinton chimed in on Twitter, saying …"
        at = main_verb(masked, m.start())
        phrase = _subject_left(masked, at, v) if at is not None else ""
        sp = resolve(ctx, phrase, u) if phrase else None
        if sp is not None and sp.named and not _subordinate(masked, phrase, at, v):
            return sp, m.group(1).lower(), None, _mention_before(masked, phrase, at)

    # "The council issued a statement calling the test …", "Trump posted a series of tweets
    # early Friday saying …": a speech participle after something said or written belongs to
    # whoever put it out, the subject of the verb before it
    m = MESSAGE_PARTICIPLE_RE.search(masked)
    if m and m.group("part") in v.clause_participles:
        phrase = _subject_left(masked, m.start(), v)
        sp = resolve(ctx, phrase, u) if phrase else None
        if sp is not None and sp.named and not _subordinate(masked, phrase, m.start(), v):
            return sp, m.group("part"), None, _mention_before(masked, phrase, m.start())

    src = colon_source(ctx, u, masked, v.verb_re, v)  # 'Said Ellis: "…"', 'Roe made this comment: "…"'
    if src is not None:
        return src[0], ":", None, src[1]
    pred = quoting_predicate(ctx, u, masked, v)  # 'Reid has been pounding Trump as a "con artist"'
    if pred is not None:
        return pred[0], pred[1], None, pred[2]
    if prev is not None and prev_adjacent and u.lstrip()[:1] in "\"“" and prev.cue not in (None, "narrator") \
            and (is_actor_name(prev.speaker) or prev.speaker_kind == "unnamed") and _mostly_quote(u):
        return Speaker(prev.speaker, prev.speaker_kind), "continuation", None, None  # (the driver takes prev's mention)
    return NARRATOR_SPEAKER, "narrator", None, None


def _trim(text: str, a: int, b: int) -> Span:
    """(a, b) without the spaces and marks :func:`.resolve.resolve` strips from a phrase."""
    while a < b and text[a] in _STRIP:
        a += 1
    while b > a and text[b - 1] in _STRIP:
        b -= 1
    return (a, b) if a < b else None


def _after_comma_or_quote(text: str, phrase: str) -> bool:
    """`text` ends with `phrase` (spaces after it allowed) and a comma or closing quotation
    mark stands before it ('"…," the senator' + said): the speaker trails a quotation. Plain
    string tests, not a pattern built per sentence (compiling one was about 5 % of the
    pipeline's time on saved news pages)."""
    text = text.rstrip()
    if not phrase or not text.endswith(phrase):
        return False
    return text[: len(text) - len(phrase)].rstrip().endswith((",", '"', "”"))


def _mention_before(masked: str, phrase: str, end: int) -> Span:
    """Where the subject `phrase` stands in the sentence: its last occurrence before `end`
    (the verb), with any run of spaces between its words ("the  senator")."""
    phrase = phrase.strip(_STRIP)
    if not phrase:
        return None
    at = masked.rfind(phrase, 0, end)
    if at >= 0:
        return _trim(masked, at, at + len(phrase))
    hits = list(re.finditer(r"\s+".join(map(re.escape, phrase.split())), masked[:end]))
    return _trim(masked, *hits[-1].span()) if hits else None


def _mention_after(masked: str, phrase: str, start: int) -> Span:
    """Where `phrase` stands in the sentence: its first occurrence from `start` on."""
    phrase = phrase.strip(_STRIP)
    at = masked.find(phrase, start) if phrase else -1
    return _trim(masked, at, at + len(phrase)) if at >= 0 else None

