"""The driver: one document's units -> its statements, in reading order. Transcript turns
go to their label's speaker, a speech with a known speaker to that speaker, reader comments
to their author, every other sentence through :func:`.reported.sentence`; then each
statement's targets, its own words without a reporting frame, and the frame as narration."""
from __future__ import annotations

import re

from ..model import SPAM, UNKNOWN_COMMENTER, Block, Document, Statement, Unit
from ..targets import targets as _targets  # the actors a statement is about (analysis/targets.py)
from .context import DocContext
from .epithets import bind_described
from .evidence import _LowerCase
from .patterns import NOT_SPOKEN_CUES
from .bare_frames import bare_frame
from .clauses import clause_units
from .cues import vocab
from .frame_openings import only_when_said
from .frames import _frame_parts, _frame_statement, _mark_learned
from .frame_rows import without_frames
from .sentence_rows import by_sentence
from .headlines import colon_source, double_quoted, known_in, lowered_verbs
from .document_actors import DocumentActors
from .names import _person_tokens
from .with_others import named_with_others
from .coordinated_names import first_of_names
from .periphrases import read_periphrases
from .stance_periphrases import read_stance_periphrases
from .pronouns import outlet_subject
from .own_words import own_words, second_cue
from .relative_reports import relative_report
from .opening_participles import opening_participle
from .possessive_reports import possessive_report, possessor
from .posts import credit_posts_back, post_words
from .mentions import second_subject
from .asked_tails import asked_tail
from .quotes import _carry_back_open_quotes, _carry_back_tail_frames
from .reported import sentence
from .turns import turn_speaker, with_label
from .resolve import resolve
from .outlet_subjects import FIRST_WORD_RE, PRONOUN_SUBJECT_RE, ROLE_OPENINGS, opens_with, role_subject, surname_subject
from .speaker import NARRATOR_SPEAKER, Speaker, is_person_kind, is_registry_person, is_unnamed_group, is_unnamed_thing

def attribute(doc: Document, blocks: list[Block], units: list[Unit], registry) -> list[Statement]:
    """Statements for the units of one document, in reading order."""
    text = doc.text
    registry = DocumentActors(registry)  # names learned here stay in this document
    ctx = DocContext(doc, registry)
    readable = " \n".join(with_label(text, b, i and blocks[i - 1]) for i, b in enumerate(blocks) if b.kind != "furniture")
    if doc.title:
        readable = doc.title + " \n" + readable
    ctx.learn_names(readable)  # and counts the states
    v = vocab()
    lowered = ctx.lower = _LowerCase(text)
    doc_speaker = None
    if doc.speaker:
        doc_speaker = ctx.lookup_name(doc.speaker) or Speaker(doc.speaker, "official")
        if not doc_speaker.named:
            doc_speaker = Speaker(doc.speaker, "official")
    labels: dict[str, Speaker] = {}
    label_at: dict[int, int] = {}  # block -> where its label stands in the text
    headline_block = next((i for i, b in enumerate(blocks) if b.kind != "furniture"), -1)
    if headline_block >= 0 and blocks[headline_block].kind != "headline":
        headline_block = -1

    out: list[Statement] = []
    prev: Statement | None = None
    prev_unit: Unit | None = None
    intro: tuple[int, Speaker] | None = None  # (the next block, its speaker) after "X added:"
    for un in clause_units(text, blocks, units, v, doc_speaker is not None):
        b = blocks[un.block]
        u = text[un.start:un.end]
        reported = None
        own_span = None  # the speaker's own words in u, when the form of the unit gives them
        read = None  # a sentence of the body as its reporting verb is read (:mod:`.periphrases`)
        mention = None  # where in u the source is named (a label: where it stands in the text)
        if b.kind == "spam":
            sp, cue = Speaker(SPAM, "spam"), "spam"
        elif b.turn and b.label:
            sp, cue, mention = turn_speaker(ctx, text, b, un, u, labels, label_at, v)
        elif b.kind == "comment" and not b.embedded:
            sp = Speaker(b.label, "commenter") if b.label else Speaker(UNKNOWN_COMMENTER, "commenter")
            cue = "comment"
            pasted = PASTED_RE.match(u)
            if not b.label or pasted:
                # a comment told only by its register (no author), or a line a commenter pasted
                # after ">" (a news excerpt, a post): reported speech in it is still that
                # speaker's ("Johnnie Wilson, of Springfield, said he had fought …", "> Roe
                # told reporters …"), relayed by the commenter; the commenter's own words stay theirs
                # (in a pasted line only a verb of saying: "Putin wants …" in a quoted comment is a
                # reader's opinion, no report of a position held, ``held_verbs``)
                line = unquoted(u) if pasted else u
                said_sp, said_cue, rep, said_at = sentence(ctx, line, None, False)
                if said_sp.named and said_cue not in ("narrator", "continuation") \
                        and not (pasted and said_cue in v.held_verbs):
                    sp, cue, mention = said_sp, said_cue, said_at
                    reported = rep.name if rep and rep.named else ((b.label or UNKNOWN_COMMENTER) if pasted else None)
                    if pasted:
                        read = line  # the speaker's words found in the line as read
        elif doc_speaker is not None and b.kind == "body":
            sp, cue = doc_speaker, "speech"
        elif b.kind == "headline" and un.block == headline_block:
            # the document's headline: "Roe: …", "Roe Says …" (headlines.py); only a source the
            # article itself names
            sp, cue, rep, mention, u, own_span = _headline(ctx, text, blocks, un, u, registry)
        else:
            adjacent = prev_unit is not None and un.block - prev_unit.block <= 1 and prev is not None \
                and prev.section == (b.kind if b.kind != "comment" else "comment")
            read = read_periphrases(u)  # "Roe went on to warn that …" as "Roe warned that …"
            read = read_stance_periphrases(read)  # "Roe made the case that …" as "Roe argued that …"
            read = lowered_verbs(read, registry)  # a title-case subhead: "Roe Says Pier Will Close" as a headline
            ctx.unit_end = un.end
            sp, cue, rep, mention = sentence(ctx, read, prev, adjacent)
            others = named_with_others(ctx, read, sp, mention)  # "Roe and his aides say"
            sp, mention = others or (sp, mention)
            # "Roe, Doe and Vale said", "Roe, Doe and other economists say": the first named
            sp, mention = first_of_names(ctx, read, sp, mention, others is not None) or (sp, mention)
            if mention and sp.kind == "unnamed":  # '"…," the neurosurgeon said' after "Ben Roe, a neurosurgeon"
                sp = bind_described(ctx, read[mention[0]:mention[1]], sp)
            if cue == "narrator" and u.lstrip()[:1] in _DASHES and prev_unit is not None \
                    and un.block == prev_unit.block + 1 and _credit_back(ctx, out, blocks[prev_unit.block].start, u, un.start):
                cue = "frame"  # '"…" ¶ - Jane Roe.': the credit line of the quotation before it
            if cue == "post":  # the post's own text, without its tag and credit line
                own_span = post_words(u)
            if cue == "narrator":  # "Roe's claim that …" in the outlet's sentence
                sp, cue, mention, own_span = _possessive(ctx, read, sp, cue, mention)
            if cue == "narrator" and prev is not None and prev_unit is not None and prev_unit.block == un.block:
                sp, cue, mention = asked_tail(ctx, u, prev.text, v) or (sp, cue, mention)  # '"Why?" Roe repeated.'
            ctx.spoke.append(sp.name if sp.named and is_person_kind(sp.kind) else None)
            if sp.kind == "unnamed" and sp.name.startswith("(unnamed ") and not sp.name.endswith("s)"):
                ctx.last_unnamed = sp.name  # a single unnamed source ("(unnamed user)"), for "Another …"
            ctx.told.append((u, sp))  # (the antecedents of "they": :mod:`.plural_antecedents`)
            reported = rep.name if rep and rep.named else None
            if cue == "narrator" and intro is not None and intro[0] == un.block and prev is not None:
                sp, cue = intro[1], "continuation"  # the paragraph an introducing line announced
            elif un.block != (intro or (-1,))[0]:
                intro = None
            if cue == ":" and u.rstrip().endswith(":"):
                # "Roe released this statement:": the outlet's line, and the quoted paragraph
                # after it is Roe's
                if _opens_with_quotation(text, blocks, un.block + 1):
                    intro = (un.block + 1, sp)
                sp, cue, mention = NARRATOR_SPEAKER, "frame", None
            elif cue not in ("narrator", "continuation") and (sp.named or sp.kind == "unnamed") \
                    and u.rstrip().endswith(":"):
                intro = (un.block + 1, sp)  # "Limbaugh added:" / "The Times reports:" + a paragraph
            if sp.named and is_person_kind(sp.kind):
                ctx.last_person = sp
            elif sp.named:
                ctx.last_org = sp
            if cue not in ("narrator", "continuation", "frame") and bare_frame(u, cue):
                # "Roe added:" (the paragraph after it is Roe's), "Roe wouldn't say.": the outlet's
                # frame, nothing of the speaker's own (:mod:`.bare_frames`); the mention stays, for
                # the paragraph after it that continues the speaker
                sp, cue, reported = NARRATOR_SPEAKER, "frame", None
        exclude = {sp.name, reported} if reported else {sp.name}
        targets = _targets(ctx, u, exclude) if b.kind != "spam" else ()
        people = [t for t in targets if ctx.kinds.get(t) or is_registry_person(registry, t)] if targets else []
        ctx.mentioned(people, sp.name if sp.named and is_person_kind(sp.kind) else None)
        # the outlet's own sentence, or one it credits to records, a group or a body after
        # "according to" ("Roe lost the county, according to exit polls", "…, according to Pier
        # Commission filings"): its subject is still the outlet's
        told = cue == "narrator" or (cue == "according to" and (is_unnamed_group(sp) or not is_person_kind(sp.kind)))
        if ctx.namesakes:
            # a shared surname goes to the one who last spoke, or was the subject of the outlet's
            # sentence: not to a namesake mentioned in passing ("a photo of his wife, Jane Roe")
            ctx.saw([sp.name, *people[:1]] if told and people and opens_with(u, people[0]) else [sp.name])
        by_surname = surname_subject(ctx, u, v, lowered) if told else None
        by_role = role_subject(ctx, u, v) if told and u[:4] in ROLE_OPENINGS else None
        if by_role is not None:
            # "The president's roots came into play.", "The senator met Jane Roe.": a role the
            # document gave one person, as the subject of the outlet's sentence, is that person,
            # the antecedent of a following "he" (not a person named as an object)
            ctx.last_person = by_role
        elif by_surname is not None:
            # "Vale defied the question.": a surname the registry and the document know no
            # person by, as the subject of the outlet's sentence, is the antecedent of "he"
            ctx.last_person = Speaker(by_surname, "person")
        elif told and people and not PRONOUN_SUBJECT_RE.match(u):
            # the outlet's own sentence: its subject, the first person of its main clause, is
            # the likely antecedent of a following "he" (a sentence whose subject is a pronoun
            # goes on about the same person: the people it names are not its subject)
            main = people
            first_word = (FIRST_WORD_RE.match(u) or [None, ""])[1].lower()
            if first_word in v.subordinators and "," in u:
                main = [p for p in _targets(ctx, u[u.index(","):], exclude) if p in people] or people
            subject = outlet_subject(u, main)  # "Obama consultant Jane Roe …": Roe
            actor = registry.lookup(subject)
            ctx.last_person = ctx.actor_speaker(actor) if actor else Speaker(subject, "person")
        elif sp.kind == "unnamed" and not is_unnamed_group(sp) and not is_unnamed_thing(sp):
            ctx.last_person = sp  # "A resident said …" / "he added" (not "the paper noted": no "he")
        # where the speaker's own words are, in u
        # (a turn's, a comment's … words are the whole unit: own_words' first answer, given here
        # for the ~7,000 such units of a corpus pass)
        owns = [own_span] if own_span else [(0, len(read or u))] if cue in NOT_SPOKEN_CUES \
            else own_words(read or u, cue, sp, v, ctx, mention)
        when = only_when_said(read or u, owns, mention) if cue not in NOT_SPOKEN_CUES else None
        if when is not None:  # "as the Ledger reported a few days later.": nothing of theirs
            owns = when or [(0, len(read or u))]
            sp, cue, reported, mention = (sp, cue, reported, mention) if when else (NARRATOR_SPEAKER, "narrator", None, None)
        # "Citing a poll, Roe said …": the opening participle's words are the main clause speaker's
        opener = opening_participle(read or u, v.clause_participles) \
            if read is not None and sp.named and cue not in ("narrator", "continuation", "frame") else None
        rel = None  # "Roe, who said …, recounted …": the relative clause's report first, its verb its cue
        if opener is not None and owns and owns[0][0] > opener[1]:
            owns = [opener[:2]] + owns
        else:
            opener = None
            rel = relative_report(read or u, cue, sp, mention, v) if mention is not None and owns else None
            if rel is not None and rel[1] <= owns[0][0]:
                owns, opener = [rel[:2]] + owns, rel
            else:
                rel = None
        first_at = un.start + owns[0][0]
        frames = _frame_parts(text, un.start, un.end, first_at, un.start + owns[-1][1])
        for a, z in frames[:1] if frames and frames[0][0] < first_at else ():
            out.append(_frame_statement(doc, len(out), b.kind, text, a, z))
        if cue == "continuation":
            speaker_at = (prev.speaker_start, prev.speaker_end)  # the quotation's opening line named them
        else:
            speaker_at = (un.start + mention[0], un.start + mention[1]) if mention else (None, None)
        for k, (a, z) in enumerate(owns):
            start, end = un.start + a, un.start + z
            if k:  # the frame between two attributions of one sentence ('"…," Trump said,')
                gap = _frame_parts(text, un.start + owns[k - 1][1], start, start, start)
                out.extend(_frame_statement(doc, len(out), b.kind, text, ga, gz) for ga, gz in gap)
            st = Statement(
                doc_id=doc.doc_id, seq=len(out), char_start=start, char_end=end,
                section=b.kind, speaker=sp.name, speaker_kind=sp.kind, text=text[start:end],
                reported_by=reported, cue=_cue_of(k, opener, cue, read or u, a), targets=targets,
                speaker_start=speaker_at[0], speaker_end=speaker_at[1],
            )
            own_subject = second_subject(read or u, owns[k - 1][1], a) if k else None  # "…, and he urged"
            if own_subject is None and k == 0 and rel is not None:
                own_subject = rel[3]  # "Roe, who said …": "who" names the clause's subject
            if own_subject is not None:
                st.speaker_start, st.speaker_end = un.start + own_subject[0], un.start + own_subject[1]
            out.append(st)
        for a, z in (f for f in frames if f[0] >= end) if frames else ():
            out.append(_frame_statement(doc, len(out), b.kind, text, a, z))
        prev, prev_unit = st, un
    _carry_back_open_quotes(out)
    credit_posts_back(out, text)
    _carry_back_tail_frames(out, text)
    out = by_sentence(without_frames(out, text), text)
    _mark_learned(out, registry)
    return out


# a line pasted into a reader's comment as a quotation: ">" (Markdown, Reddit) at its start
PASTED_RE = re.compile(r"\s*>")


def unquoted(u: str) -> str:
    """`u` with the ">" that marks it pasted read as a space (the same length: offsets hold)."""
    m = PASTED_RE.match(u)
    return u[:m.end() - 1] + " " + u[m.end():] if m else u


_DASHES = ("-", "—", "–", "―")
# a paragraph that credits the quotation before it: a dash, a name and, after a comma, a few
# words of description or place ("- Jane Roe.", "—Jane Roe, Springfield.", "-Roe, tweeting …")
_CREDIT_LINE_RE = re.compile(r"[-—–―]+\s*(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}?)(?:,\s*[^\"“”]{1,80}?)?\.?")


def _credit_back(ctx: DocContext, out: list[Statement], block_start: int, u: str, u_start: int) -> bool:
    """Whether a credit line ('- Jane Roe.') gave the quoted paragraph before it (its
    statements from `block_start`, the outlet's or continued from an earlier speaker) to the
    person it names; those statements are changed in place."""
    m = _CREDIT_LINE_RE.fullmatch(u.strip())
    quoted = [st for st in out if st.char_start >= block_start] if m else []
    if not quoted or quoted[0].text.lstrip()[:1] not in ("\"", "“") \
            or any(st.cue not in ("narrator", "continuation") for st in quoted):
        return False
    who = m.group("who")
    who = who[:-1] if who.endswith(".") and len(who.rsplit(" ", 1)[-1]) > 2 else who  # (its full stop, not an initial's)
    sp = resolve(ctx, who, u)
    if sp is None and _person_tokens(who.split(), ctx.registry):
        sp = ctx.actor_speaker(ctx.add(who, "person"))
    if sp is None or not (sp.named or sp.kind == "unnamed"):
        return False
    at = u_start + (len(u) - len(u.lstrip())) + m.start("who")
    for st in quoted:
        st.speaker, st.speaker_kind, st.reported_by, st.cue = sp.name, sp.kind, None, "credit"
        st.speaker_start, st.speaker_end = at, at + len(who)
    return True


def _possessive(ctx: DocContext, u: str, sp: Speaker, cue: str, mention):
    """(speaker, cue, mention, own words) of an outlet's sentence that holds a named source's
    words after its possessive (:func:`.possessive_reports.possessive_report`), else as given."""
    found = possessive_report(u)
    if found is None:
        return sp, cue, mention, None
    who, noun, words, at = found
    named = possessor(ctx, who, at, u)  # ("his claim that …": the pronoun's antecedent)
    if named is None:
        return sp, cue, mention, None
    return named, noun, at, words


def _cue_of(k: int, opener, cue: str, u: str, a: int) -> str:
    """The cue of the k-th statement of a sentence: an opening participle's own ("citing"), the
    sentence's verb for its first attribution, the verb that opens each one after it."""
    if opener is not None:
        if k == 0:
            return opener[2]
        k -= 1
    return cue if k == 0 else second_cue(u, a)


def _headline(ctx: DocContext, text: str, blocks: list[Block], un: Unit, u: str, registry):
    """The document's headline as :func:`sentence` gives a sentence (speaker, cue, reported_by,
    mention), with the unit as read (a title-case headline's verbs in lower case) and the
    speaker's own words when its form gives them ("Roe: <own words>"). A speaker that neither
    the registry nor the article after the headline names is no source: the headline is the
    outlet's."""
    body_from = blocks[un.block].end
    head = colon_source(u)
    if head is not None:
        who, at, words_at = head
        sp = resolve(ctx, who, u)
        if sp is not None and (sp.kind == "unnamed" or sp.named and _known(registry, text, body_from, sp.name)) \
                and len(u.rstrip()) - words_at >= 12:
            return sp, ":", None, (at, at + len(who)), u, (words_at, len(u.rstrip()))
        # ("Summit: Roe blasts …": a topic before the colon, the headline read as a sentence)
    read = lowered_verbs(double_quoted(u), registry)
    sp, cue, rep, mention = sentence(ctx, read, None, False)
    if sp.named and not _known(registry, text, body_from, sp.name):
        return NARRATOR_SPEAKER, "narrator", None, None, u, None
    if cue == "narrator" and _BARE_HEAD_RE.match(read) and vocab().verb_re.search(read):
        # headlinese drops the article ("Judge rejects request …", "Former aide says …"): read
        # the headline with one, as the sentence it stands for; only an unnamed source comes
        # of it (a name would have been read without the article)
        sp2, cue2, _, at = sentence(ctx, "the " + read[0].lower() + read[1:], None, False)
        if sp2.kind == "unnamed" and cue2 not in ("narrator", "continuation") and at:
            return sp2, cue2, None, (max(0, at[0] - 4), at[1] - 4), read, None
    return sp, cue, rep, mention, read, None


# a headline that opens with a bare noun phrase, no article or number: "Judge rejects …",
# "Former aide says …" (not "The judge …", "A poll …", "31 voters …")
_BARE_HEAD_RE = re.compile(r"\s*(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|One|Some|Many|Most|All)\b)[A-Z][a-z]")


def _known(registry: DocumentActors, text: str, body_from: int, name: str) -> bool:
    """A headline's speaker is an actor of the registry's files ("Russia's top diplomat" ->
    Sergey Lavrov) or one the article after the headline names (:func:`.headlines.known_in`)."""
    return registry.base.lookup(name) is not None or known_in(text, body_from, name)


def _opens_with_quotation(text: str, blocks: list[Block], i: int) -> bool:
    """Whether block i exists and its text opens with a quotation mark."""
    return i < len(blocks) and text[blocks[i].start:blocks[i].end].lstrip()[:1] in ("\"", "“", "”")
