"""One sentence of an article -> its speaker, by the rules in the order the package's
docstring lists them: "X quoted Y as saying", speech verbs with their subject left or right,
"according to X", credits after a dash, a participle of the main clause, a quotation that
continues the previous speaker, else the outlet's own sentence (narrator). Each speech verb's
own reading (its subject, or no speech) is :func:`.verb_subjects.verb_candidate`'s; this
module collects the readings of a sentence and chooses one."""
from __future__ import annotations

import re

from ..model import Statement, is_actor_name
from ..speech_forms import adds_to, adjective_stance, progressive_speech, pronoun_speech, progressive_positions
from .cues import vocab
from .names import _person_tokens
from .patterns import (ACCORDING_RE, AS_REPORTED_RE, ASIDE_RE, DASH_CREDIT_RE, DOCUMENT_FRAMES, DOUBLE_SINGLE_RE, FIRST_REPORTED_RE,
                       MESSAGE_PARTICIPLE_RE, MESSAGE_PARTICIPLES, PARTICIPLE_OPENER,
                       PARTICIPLE_RE, POST_CREDIT_RE, QUOTE_VERB_RE, QUOTED_AS_RE, RAW_TAIL_RE,
                       WAS_QUOTED_RE)
from .nested_reports import in_complement, speaks_for
from .quotes import _mask_quotes, _mostly_quote
from .poll_adjuncts import poll_adjunct
from .quotation_tails import quotation_tail, side_participle
from .described_colons import described_colon_source, name_colon_source
from .introduced import colon_source, quoting_predicate, relative_naming
from .negation import negated_cue
from .mentions import Span, after_comma_or_quote, mention_after, mention_before
from .resolve import resolve
from .group_sources import group_source, share_saying
from .with_participles import with_participle
from .asked_by import asked_by_speaker
from .source_vocab import source_vocab
from .sources import (THAT_NEXT_RE, ACCORDING_ANY_RE, ACCORDING_LOWER_RE, OBJECT_PRONOUNS, according_source, document_source,
                      document_participle, document_speaker, extra_verbs, that_verb_ok)
from .speaker import NARRATOR_SPEAKER, Speaker, is_person_kind
from .subordinate_reports import COMMA_NEXT_RE, after_main_clause
from .tail_reports import closing_report
from .party_tags import blank_party_tags
from .subjects import _subject_left, _subordinate, document_subject_left
from .participle_subjects import participle_speaker
from .verb_subjects import verb_candidate
from .according_readings import according_speaker, poll_source
from .document_owners import owned_document
from .according_spans import inner_as_source

# the end of a sentence right after a verb: its full stop, and a closing quotation mark
_TAIL_END_RE = re.compile(r"\s*[.!]?[\"”’']?\s*$")
# or a comma right after it, closing a comment clause inside the sentence ("Democrats, Roe notes,
# applaud …"; its subject right after the comma before it, below)
_COMMENT_END_RE = re.compile(r"\s*,(?!\s*(?:and|or)\b)")

# PARTICIPLE_RE (patterns) with "\band" and "\bby" written "a(?<!\w.)nd" and "b(?<!\w.)y" (and so
# on: each "\b" that opens an alternative): the same matches, but every alternative opens with a
# literal, so the engine jumps between its first letters instead of trying the pattern at each
# character (25 -> 7.6 ms over a corpus pass's and the saved pages' sentences)
_PARTICIPLE_SCAN_RE = re.compile(PARTICIPLE_RE.pattern.replace(
    PARTICIPLE_OPENER, re.sub(r"(?<=[|:])\\b([a-z])", r"\1(?<!\\w.)", PARTICIPLE_OPENER), 1))

# the relative word that opens a non-restrictive clause right before a verb ("X, who asked")
_RELATIVE_VERB_RE = re.compile(r",\s+who\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|have\s+)?$")
# subjects of "be" + an adjective of belief that report nobody else's position: an impersonal
# "it", "this", "there", and the text's own first and second persons
_NO_STANCE_SUBJECTS = frozenset({"it", "this", "that", "there", "we", "i", "you"})


# where a body's name gives way to where it is: "… at Springfield University", "… in Ohio"
_PLACE_TAIL_RE = re.compile(r"\s(?:at|in)\s+(?:the\s+)?[A-Z]")


def sentence(ctx, u: str, prev: Statement | None, prev_adjacent: bool) -> tuple[Speaker, str, Speaker | None, Span]:
    """The speaker of one sentence, its cue, the speaker who relays it and where the speaker is
    named; a negated verb's cue with its negation ("did not say": :mod:`.negation`)."""
    sp, cue, rep, mention = _sentence(ctx, u, prev, prev_adjacent)
    if adds_to(u, cue):  # "…, adding to her delegate lead": no speech
        return NARRATOR_SPEAKER, "narrator", None, None
    return sp, negated_cue(u, cue, mention), rep, mention


def _sentence(ctx, u: str, prev: Statement | None, prev_adjacent: bool) -> tuple[Speaker, str, Speaker | None, Span]:
    v = vocab()
    u = DOUBLE_SINGLE_RE.sub('" ', u)  # the ''quotation marks'' of some archives, same length
    masked = _mask_quotes(u)
    if "(" in masked:  # "Sen. X (D-Mo.) said"
        masked = blank_party_tags(masked, v.verb_re)  # (and a stray comma after one: "(R-Ohio), said")

    # an embedded post: '… they admitted to.. — Donald J. Trump (@realDonaldTrump) September 7, 2019'
    m = POST_CREDIT_RE.search(u) if "(@" in u else None  # (the pattern's literal handle)
    if m:
        sp = resolve(ctx, m.group("who"), u)
        if sp is not None and sp.named:
            return sp, "post", None, m.span("who")

    quoted = "quoted" in masked  # both patterns' one literal word: most sentences skip them
    m = QUOTED_AS_RE.search(masked) if quoted else None
    if m and m.group("part") in v.participles:
        inner = resolve(ctx, m.group("who"), u)
        outer = resolve(ctx, _subject_left(masked, m.start(), v), u)
        if inner and inner.named:
            return inner, "quoted as saying", outer if outer and outer.name != inner.name else None, m.span("who")
    m = WAS_QUOTED_RE.search(masked) if quoted else None
    if m and m.group("part") in v.participles:
        phrase = _subject_left(masked, m.end("who"), v) or m.group("who")
        sp = resolve(ctx, phrase, u)
        if sp:
            return sp, "quoted", None, mention_before(masked, phrase, m.end("who"))

    cands: list[tuple[int, Speaker, str, bool, Span]] = []  # (verb pos, speaker, verb, trailing, mention)
    subordinate: list[tuple[int, Speaker, str, bool, Span]] = []  # verbs of "After X announced …" clauses
    question = masked.rstrip(" \"”’')").endswith("?")
    asides = [m.span() for m in ASIDE_RE.finditer(masked)] if "(" in masked or "–" in masked or "—" in masked else []
    for vm in v.verb_re.finditer(masked):
        found = verb_candidate(ctx, u, masked, v, vm, question, asides)
        if found is not None and found[1][2] in v.personal_verbs \
                and not (is_person_kind(found[1][1].kind) or found[1][1].kind == "unnamed"):
            found = None  # "Moscow had promised not to …": a body's policy, no words reported
        if found is not None:
            (cands if found[0] == "cand" else subordinate).append(found[1])

    document_sub: list[tuple[int, Speaker, str, bool, Span]] = []  # "as polls show …" (a document's subordinate clause)
    for vm in extra_verbs().finditer(masked):
        # "the report found …", "a new poll shows …"; "Mr. Ruiz notes that …"
        verb, at = vm.group(1), vm.start()
        tail = (_TAIL_END_RE.match(masked, vm.end()) is not None or _COMMENT_END_RE.match(masked, vm.end()) is not None) \
            and (verb in source_vocab().that_verbs or verb in source_vocab().finding_verbs)  # ("…, the institute found.")
        if re.search(r"\b(?:was|were|been|being|is|are|be|to|not)\s*$", masked[:at], re.I) \
                or not (tail or that_verb_ok(masked, verb, vm.end())):
            continue
        phrase = _subject_left(masked, at, v)
        if tail and (not that_verb_ok(masked, verb, vm.end())
                     or verb in source_vocab().finding_verbs and phrase and document_source(phrase) is None):
            # "…, The Journal reports.": a form that is mostly a noun is a verb for certain as the
            # last word of a sentence, after a comma and its subject (mentions.after_comma_or_quote)
            sp = resolve(ctx, phrase, u) if phrase and after_comma_or_quote(masked[:at], phrase) \
                and not phrase.endswith(("'s", "’s")) else None
            if sp is not None:
                cands.append((at, sp, verb, True, mention_before(masked, phrase, at)))
            continue
        if not phrase or (verb not in source_vocab().that_verbs and document_source(phrase) is None):
            whole = document_subject_left(masked, at)  # "a study by Harvard and Yale found"
            if whole:
                phrase = whole
            elif not (phrase and verb in source_vocab().finding_verbs and THAT_NEXT_RE.match(masked, vm.end())):
                continue  # (whoever found something before "that": "The court found that …")
        sp = resolve(ctx, phrase, u)
        if sp is None and verb in source_vocab().finding_verbs and THAT_NEXT_RE.match(masked, vm.end()):
            sp = group_source(phrase)  # "Roe and his colleagues found that …" (the driver names Roe)
        if sp is not None and not _subordinate(masked, phrase, at, v):
            cands.append((at, sp, verb, False, mention_before(masked, phrase, at)))
        elif sp is not None and verb in DOCUMENT_FRAMES and document_source(phrase) is not None:
            # "…, as polls show Roe surging", "after leaked emails showed staff favoring Doe": what
            # the document shows in a clause that closes the outlet's sentence, when no one else
            # speaks (a clause that opens it ends where the main clause begins: left to narration)
            mention = mention_before(masked, phrase, at)
            if mention is not None and len(masked[:mention[0]].split()) >= 4 and not COMMA_NEXT_RE.match(masked, vm.end()):
                document_sub.append((at, sp, verb, False, mention))

    for m in (QUOTE_VERB_RE.finditer(u) if '"' in u or "“" in u else ()):
        if not v.verb_re.fullmatch(m.group("verb")):
            continue
        phrase = _subject_left(masked, m.start(), v)
        # (the verb is the quoted speaker's word about the name before it; a report of that name's
        # only when nothing reports it first: not after a verb of saying, 'Roe said Doe "says …"',
        # nor in a subordinate clause, 'Acknowledging that Doe "says …", Roe …')
        if not phrase or any(c[0] < m.start() for c in cands) or _subordinate(masked, phrase, m.start(), v):
            continue
        sp = resolve(ctx, phrase, u)
        if sp:
            cands.append((m.start(), sp, m.group("verb"), False, mention_before(masked, phrase, m.start())))

    for subject_end, at, part in progressive_speech(masked, v.progressive_participles):
        # "He’s claiming that …", "Trump is calling for …", "Harbour workers are pushing for …"
        phrase = _subject_left(masked, subject_end, v)
        sp = (resolve(ctx, phrase, u) or group_source(phrase)) if phrase else None
        if sp is not None and not _subordinate(masked, phrase, subject_end, v):
            cands.append((at, sp, part, False, mention_before(masked, phrase, subject_end)))

    for subject_end, at, adj in adjective_stance(masked):
        # "Clinton is confident that …", "they’re hopeful that …"
        phrase = _subject_left(masked, subject_end, v)
        if phrase.lower() in _NO_STANCE_SUBJECTS:
            continue  # "It is positive that …" (nobody), "We are convinced that …" (the speech's own voice)
        sp = resolve(ctx, phrase, u) if phrase else None
        sp = sp or (group_source(phrase) if phrase else None)
        if sp is not None and not _subordinate(masked, phrase, subject_end, v):
            cands.append((at, sp, adj, False, mention_before(masked, phrase, subject_end)))

    for who_at, at, who, verb in pronoun_speech(masked):
        # "He notes that …": a verb after a pronoun that is mostly a noun elsewhere
        sp = resolve(ctx, who, u)
        if sp is not None and not _subordinate(masked, who, who_at + len(who), v):
            cands.append((at, sp, verb, False, (who_at, who_at + len(who))))

    if not cands and subordinate and not re.search(r",", masked[subordinate[0][0]:]):
        cands = subordinate  # "When Lavrov snapped that …": the whole sentence is that clause
    elif not cands and subordinate:
        # a subordinate clause after a main clause that reports nobody (:mod:`.subordinate_reports`)
        cands = after_main_clause(masked, subordinate)
    elif not cands and not subordinate and document_sub:
        cands = document_sub[:1]  # (its words, what follows the verb up to the clause's end: own_words)
    m = None if cands or " by " not in masked else FIRST_REPORTED_RE.match(masked)
    if m:
        # "The meeting was first reported by Politico.": what the sentence names is the source's report
        sp = resolve(ctx, m.group("by"), u)
        if sp is not None and sp.named:
            return sp, "reported by", None, mention_after(masked, m.group("by"), m.start("by"))
    m = None if cands else AS_REPORTED_RE.match(masked)
    if m and (m.group("passive") or m.group("verb") + (" clear" if m.group("particle") == "clear" else "")
              in source_vocab().as_clause_verbs):  # ("made clear" is the verb, not "made")
        # "As The Times reported on Saturday, …": the sentence after the clause is the source's
        who = m.group("by") or m.group("who")
        sp = resolve(ctx, who, u)
        if sp is not None:
            at = m.start("by") if m.group("by") else m.start("who")
            verb = m.group("passive") or m.group("verb") + (" " + m.group("particle") if m.group("particle") else "")
            cands = [(at, sp, verb, False, mention_after(masked, who, at))]
    found = None if cands or ", as " not in masked else inner_as_source(ctx, u, masked, source_vocab().as_clause_verbs)
    if found is not None:  # "Weeks ago, as the Gazette reported, Roe and Doe met …"
        cands = [found]
    found = poll_source(ctx, u, masked, cands)
    if found is not None:
        return found
    # a position after another verb is inside what that verb reports ('most say they prefer …',
    # 'Roe said Doe favors …'): never the sentence's speaker
    cands = [c for c in cands if not ((c[2] in v.position_verbs or c[2] in v.as_object_verbs
                                       or c[2] in progressive_positions())
                                      and any(o[0] < c[0] for o in cands))]
    if cands and not any(c[3] for c in cands):
        part = next((p for p in _PARTICIPLE_SCAN_RE.finditer(masked, 0, min(c[0] for c in cands))
                     if p.group(1).lower() in v.clause_participles), None)
        said = participle_speaker(ctx, u, masked, v, part) if part else None
        if said is not None:
            # "Trump was blunt, claiming that Obama wanted …": the verbs after a participle of
            # the main clause are inside what it reports; the sentence is the main clause's
            return said
    named = [c for c in cands if c[1].named] or cands
    if named and len(named) == 1 and named[0][2] not in v.frame_verbs and named[0][2] not in v.act_verbs:
        # "Roe plans to visit Ohio, according to a campaign aide": an intention or a position
        # that someone else reports is theirs (a verb of saying keeps its own speaker)
        acc = according_speaker(ctx, u, masked, named[0][0])
        if acc is not None:
            return acc
    if named:
        named.sort(key=lambda c: c[0])
        if len(named) > 1 and _RELATIVE_VERB_RE.search(masked, 0, named[0][0]) \
                and "," in masked[named[0][0]:named[1][0]]:
            # "Roe's relatives, who asked …, watched it, lawyers for the family said": the verb of
            # a relative clause is an aside about its antecedent, when another verb follows the
            # clause's closing comma; the sentence is that main verb's ("X, who had said that
            # scientists had determined …": the clause's own verbs stay its)
            named = named[1:]
        first = named[0]
        trailing = [c for c in named if c[3]]
        outer = closing_report(masked, cands, first, v.held_verbs)
        if outer is not None:  # "Doe plans to run, Roe said", "Doe will call for …, the campaign said"
            return outer[1], outer[2], None, outer[4]
        if trailing and trailing[-1] is not first:
            outer = trailing[-1]
            if outer[1].name != first[1].name:
                return first[1], first[2], outer[1], first[4]
            return first[1], first[2], None, first[4]
        if len(named) > 1 and not first[3]:
            second = named[1]
            gap = masked[first[0]:second[0]]
            # (a position held is no relayed speech: "She said Trump favors a strongman", "he said
            # Doe hopes to win" are theirs: analysis/data/attribution.toml held_verbs; nor a base
            # form, mostly a modal's: "the campaign says she will announce a plan" is the campaign's)
            if len(gap) < 40 + len(first[2]) and second[1].name != first[1].name and not re.search(r"[;.]", gap) \
                    and second[2] not in v.position_verbs and second[2] not in v.as_object_verbs \
                    and second[2].lower() not in v.held_verbs and second[2] not in v.base_verbs \
                    and second[2] not in progressive_positions():
                if not in_complement(masked, first, second, v) or speaks_for(ctx, masked, first):
                    # "Price said Blinken reiterated …": a spokesperson relays their principal's words
                    return second[1], second[2], first[1], second[4]
        return first[1], first[2], None, first[4]

    according = "ccording" in masked  # ACCORDING_LOWER_RE's words, and ACCORDING_RE's but for ", per"
    m = ACCORDING_RE.search(masked) if according or "per" in masked else None
    if m:
        sp = resolve(ctx, m.group("who"), u)
        place = _PLACE_TAIL_RE.search(m.group("who")) if sp is None else None
        if place is not None:  # "according to the Roe Center for Polling at Springfield University in Ohio"
            sp = resolve(ctx, m.group("who")[:place.start()], u)
        if sp:
            return sp, "according to", None, mention_after(masked, m.group("who"), m.start("who"))
    m = ACCORDING_LOWER_RE.search(masked) if according else None
    if m:  # "according to police", "according to a new Washington Post-ABC News poll"
        sp = resolve(ctx, m.group("who"), u)
        if sp is None:
            # "according to him", "according to press reports", "according to members who
            # spoke with reporters": whatever follows "according to" is a source
            obj = OBJECT_PRONOUNS.get(m.group("who").lower())
            sp = resolve(ctx, obj, u) if obj else according_source(m.group("who"))
        if sp is None or not sp.named:
            sp = owned_document(ctx, m.group("who"), u) or sp  # "according to his memoir": his
        if sp:
            return sp, "according to", None, mention_after(masked, m.group("who"), m.start("who"))

    # a quotation whose inner quotation marks hide its tail from the mask:
    # '"His use of the word "leverage" shows a "business transaction," he said.'
    m = RAW_TAIL_RE.search(u) if '"' in u or "”" in u else None
    if m and v.verb_re.fullmatch(m.group("verb")):
        sp = resolve(ctx, m.group("who"), u)
        if sp is not None:
            return sp, m.group("verb"), None, m.span("who")
    # a quotation credited after a dash: '“We must vote.” ― Jorge Falcon'
    m = DASH_CREDIT_RE.search(u) if "―" in u or "—" in u or "–" in u else None
    if m and _mostly_quote(u[:m.start() + 1]):
        sp = resolve(ctx, m.group("who"), u)
        if sp is None and _person_tokens(m.group("who").split(), ctx.registry):
            sp = ctx.actor_speaker(ctx.add(m.group("who"), "person"))
        if sp is not None:
            return sp, "credit", None, m.span("who")

    ing = "ing" in masked  # PARTICIPLE_RE's and MESSAGE_PARTICIPLE_RE's matches end in a participle
    m = next((p for p in _PARTICIPLE_SCAN_RE.finditer(masked) if p.group(1).lower() in v.clause_participles), None) \
        if ing else None
    said = participle_speaker(ctx, u, masked, v, m) if m else None
    if said is not None:
        return said

    # "The council issued a statement calling the test …", "Trump posted a series of tweets
    # early Friday saying …": a speech participle after something said or written belongs to
    # whoever put it out, the subject of the verb before it
    m = MESSAGE_PARTICIPLE_RE.search(masked) if ing else None
    if m and (m.group("part") in v.clause_participles or m.group("part") in MESSAGE_PARTICIPLES):
        phrase = _subject_left(masked, m.start(), v)
        # (a body or a group puts out statements too: "The town released a statement saying …")
        sp = (resolve(ctx, phrase, u) or group_source(phrase)) if phrase else None
        if sp is not None and (sp.named or sp.kind == "unnamed") and not _subordinate(masked, phrase, m.start(), v):
            return sp, m.group("part"), None, mention_before(masked, phrase, m.start())

    src = colon_source(ctx, u, masked, v.verb_re, v)  # 'Said Vale: "…"', 'Roe made this comment: "…"'
    src = src or described_colon_source(ctx, u, masked, v)  # 'Roe, exasperated, responded: "…"'
    src = src or name_colon_source(ctx, u, masked, v)  # 'It doesn't surprise pollster Jane Roe: "…"'
    if src is not None:
        return src[0], ":", None, src[1]
    pred = quoting_predicate(ctx, u, masked, v)  # 'Roe has been pounding Doe as a "pier wrecker"'
    if pred is not None:
        return pred[0], pred[1], None, pred[2]
    named = relative_naming(ctx, u, masked)  # '…, which she once called “a club …”'
    if named is not None:
        return named[0], named[1], None, named[2]
    told = quotation_tail(ctx, u)  # '"…," Doe started.', '"…," it read.'
    if told is not None:
        return told
    if prev is not None and prev_adjacent and u.lstrip()[:1] in "\"“" and prev.cue not in (None, "narrator") \
            and (is_actor_name(prev.speaker) or prev.speaker_kind == "unnamed") and _mostly_quote(u):
        return Speaker(prev.speaker, prev.speaker_kind), "continuation", None, None  # (the driver takes prev's mention)
    # "according to U.S. Census data", "according to FEC filings": whatever noun phrase follows
    # it is a source (:func:`.sources.according_source`), when no other reading named one
    m = ACCORDING_ANY_RE.search(masked) if "ccording" in masked else None
    sp = according_source(m.group("who")) if m else None
    if sp is not None:
        return sp, "according to", None, mention_after(masked, m.group("who"), m.start("who"))
    found = document_participle(masked)  # "…, with polls showing Roe ahead": the document's report
    if found is not None:
        return document_speaker(ctx, found[0]), found[2], None, found[1]
    found = poll_adjunct(masked)  # "Roe led by six points in a new Pier News poll": the poll's figures
    if found is not None:
        sp = document_speaker(ctx, found[0])
        if sp.named:
            return sp, "in", None, found[1]
    said = share_saying(masked)  # "…, with 30 percent of voters saying …": the poll's share
    if said is not None:
        return said[0], "saying", None, said[1]
    said = with_participle(ctx, u, masked, v) or asked_by_speaker(ctx, u, masked)  # "…, with Roe calling …", "asked by Roe if …"
    if said is not None:
        return said
    side = side_participle(masked, v) if "ing " in masked else None
    if side is not None:
        return side
    return NARRATOR_SPEAKER, "narrator", None, None
