"""**Escalation** in [-1, 1] (+1 escalatory, -1 de-escalatory): the direction and strength of
what a statement does or reports between political actors (README, "What escalation
means"; issue 16). Tone is no input to it.

Cues come from ``data/escalation.toml``: the verbs of the CAMEO verb dictionary and hand-
written verb, noun and evaluative cues, each grounded in a CAMEO code and worth
-Goldstein/10 of it. They are read in their sentence (head and own words; every word list
and weight is in the file):

* an **event noun** (war, peace, sanctions, attack, talks) is an act only with its
  arguments: performed by a verb as its own object ("launched an attack"; not "faced
  criticism over any deal", where another word governs it), negated or undone, appealed
  for, with an actor as agent ("Turkish bombardments", not "any US-Russia deal") or target
  ("sanctions on Russia"), or the subject of a happening ("the talks will go on"); else it
  names a topic and is dropped, and so is a capitalised one ("the Korean War"), the modifier
  of a topic head ("our peace formula") and what a text or talk is about ("a documentary
  about the invasion"); an event that "failed to" reach an agreement reports none. A force verb on a natural or
  social force is another sense ("fight poverty", "the earthquake destroyed");
* **negation** flips a cue ("won't allow a confrontation", "no hostile intentions"), except
  that a hostile act negated on a finite do/be/have in the past, or in the present with no
  first-person subject or verb of intent, is a denied fact, no act ("this is not a border
  war", "they did not attack"; "we do not threaten", "they do not want war" reassure); so do
  denial and undoing verbs ("denies any plans to invade", "lifted sanctions"); rejections
  flip cooperative cues only, yielding verbs hostile ones only; "the risk of X" is X,
  dampened; "tensions eased" flips the subsiding subject;
* **appeals and promises** take the direction of their act ("called for sanctions"), a
  **threat** of an act is worth 0.7 of it ("threatened military action"); "X must" is a
  demand of a party;
* **conditions** ("if/unless"): the condition weighs less; the consequence keeps its
  direction and is marked a conditional threat or offer; hedges ("may") dampen;
* a **reported** past act counts 0.85 of a performed one; **questions**, **condolences**
  and a reporter's turn are 0;
* a verb of the attribution tail ('…," Lavrov warned.') counts at half weight beside the
  own words' cues, alone only with an object of its own ('welcomed the move: "…"').

The cues are averaged, weighted by reading order (the k-th cue of a sentence weighs
``decay**k``), lower in background phrases, conditions, the tail and for nouns. Each cue
says in words what it is: ``threat (consequence): "moscow will respond" (CAMEO 130,
Goldstein -4.4 -> +0.40)``.

The stages live in their own modules: ``escalation_lexicon`` (the cue file read once),
``escalation_cues`` (tokens and cue words), ``escalation_context`` (modality, appeals,
threats, demands, background, conditions) with ``escalation_negation`` (negation, denial,
rejection, yielding, subsiding; its readers in ``escalation_negators``), ``escalation_acts`` (acts between actors versus topics) with
``escalation_nouns`` (an event noun's arguments), ``escalation_parties`` (who can be a party),
``escalation_senses`` (other senses, aid, disarmament), ``escalation_consult`` (meetings that
do no act, time frames) and ``escalation_frames`` (a quotation frame's own act); this module
grades the cues and says them in words.
"""
from __future__ import annotations

from bisect import bisect_left

from .escalation_acts import _acts_and_topics, _blames
from .escalation_parties import _has_party
from .escalation_senses import _disarmament, _gifts
from .escalation_context import _WH as _WH_WORDS, _guessed_clauses, _read_context, _reported_threat
from .escalation_consult import _no_consultation, _time_frame
from .escalation_constructions import construction
from .escalation_frames import _framing_act
from .escalation_cues import (_CONDITIONS, _PAST, _PRESENT, BOUNDARY, TOKEN, _Caps, _clause_start,
                              _cased_tokens, _embedded_if, _find_cues, _Hit, _sentence_ends)
from .escalation_lexicon import Cue, Lexicon, cue_in_words, lexicon
from .text import normalise, split

__all__ = ["Cue", "Lexicon", "escalation", "lexicon", "TOKEN"]

# -------------------------------------------------------------------------- cues in words

_QUALIFIERS = (("if:", "condition"), ("conditional:", "consequence"), ("hedged:", "hedged"),
               ("attribution:", "in the attribution"), ("negated(", "negated"), ("negated:", "negated"),
               ("of:", "risk of"), ("threat of>", "threatened"), ("endorsed>", "endorsed"),
               (">", "appealed for or promised"))


def _explain(h: _Hit, toks: list[str], lex: Lexicon) -> str:
    """A cue in words: the act (its CAMEO root's name, what the sentence does to it), the
    statement's words that make it, its CAMEO code and Goldstein score, and what it is worth:
    ``threat: "will respond with all means" (CAMEO 138, Goldstein -7.0 -> +0.70)``."""
    qual = []
    threatened = "threat of>" in h.prefix
    for mark, name in _QUALIFIERS if h.prefix else ():  # (most cues have no prefix: no mark to find)
        if mark in h.prefix and name not in qual and not ((threatened or "endorsed>" in h.prefix)
                                                          and mark.startswith(("threat", ">"))):
            qual.append(name)
    if h.negated and h.negated not in ("negation",):
        qual.append({"denial": "undone", "rejection": "rejected", "yielding": "yielded to",
                     "subside": "subsiding", "warning": "warned against: not tolerated" if "warning:" in h.prefix else "warned against: deterred"}.get(h.negated, h.negated))
    if h.i < len(toks):
        lo = _clause_start(toks, h.i, lex, words=False, floor=h.i - 4)
        span = " ".join([t for t in toks[lo:h.j] if t not in BOUNDARY or t == ","])
    else:
        span = h.word
    act = lex.act_names.get(h.cue.code[:2], "act")
    act = f"threat of {act}" if threatened else act
    act = f"{act} ({', '.join(qual)})" if qual else act
    goldstein = -h.cue.value * 10
    return cue_in_words(act, span, h.cue.code, goldstein, h.value)


def _indication(toks: list[str], h: _Hit, lex: Lexicon) -> bool:
    """Whether "sign(s)" at ``h`` is the noun of indication: before "of", "that" or "yet", or after
    a determiner, "no" or a comparative or superlative ("the clearest signs", "outward signs")."""
    if h.j < len(toks) and toks[h.j] in lex.indication_after:
        return True
    prev = toks[h.i - 1] if h.i else ""
    return prev in lex.determiners or prev in ("no", "any", "first") or prev.endswith(("est", "ward"))


_IT = frozenset({"it", "it's", "its"})  # (a party's pronoun as often as a thing's: no party named)


def _scare_quotes(toks: list[str], caps, hits: list[_Hit], lex: Lexicon) -> None:
    """A cooperative noun cue in scare quotes, alone or with one word beside it, inside a sentence
    that goes on around them ('ordered "peacekeeping" troops', 'what "just peace" is'): the
    writer disputes the name a party gives its act, a criticism of that party ([context].scare_quoted),
    not the act it names; with no party named in its clause, the quotes say whose name it is not."""
    for h in hits:
        if h.value >= 0 or h.cue.evaluative or not h.cue.noun:
            continue  # (a verb's form quoted is a partial quotation: 'there was "broad support"')
        lo = next((k for k in range(h.i - 1, max(-1, h.i - 3), -1) if toks[k] == '"'), None)
        hi = next((k for k in range(h.j, min(len(toks), h.j + 2)) if toks[k] == '"'), None)
        if lo is None or hi is None or any(t in BOUNDARY for t in toks[lo + 1:hi] if t != '"'):
            continue
        if lo == 0 and hi == len(toks) - 1:
            continue  # the whole statement is the quotation: a word quoted, no sentence around it
        if not _has_party(toks, caps, h, lex, exclude=_IT):
            continue  # ('it is just being called "peace keeping"': whose, the words do not say)
        h.cue, h.word = lex.scare_quoted, toks[h.i]
        h.value = lex.scare_quoted.value


def _holds(toks: list[str], ph: tuple[str, ...]) -> bool:
    """Whether the words ``ph`` stand together in ``toks`` (each place of the first word found
    by list.index, in C: "in" of "in memory of" stands in most statements, and a look at every
    token in Python was 2-3 % of grading)."""
    n, first, k = len(ph), ph[0], -1
    while True:
        try:
            k = toks.index(first, k + 1)
        except ValueError:
            return False
        if n == 1 or tuple(toks[k:k + n]) == ph:
            return True


# -------------------------------------------------------------------------- grading

def escalation(text: str, compound: float | None = None, attribution: str | None = None, *,
               party: bool = True) -> tuple[float, tuple[str, ...]]:
    """Escalation of a statement's ``text`` in [-1, 1] and the cues that produced it.

    The text is split (:func:`split`); its head and own words are read for cues, its tail
    only adds its cue verbs at [attribution].weight beside them. A caller that has split
    the text already passes the tail as ``attribution`` (``text`` is then read whole).
    ``compound`` is accepted for callers of the earlier scorer and not used: tone is no
    input to escalation (issue 16). ``party`` False (a reader's comment): the speaker is no
    party, and what it guesses might happen (a hedged or conditional act) is neither done
    nor reported: left out."""
    lex = lexicon()
    if attribution is None:
        parts = split(text)
        text = f"{parts.head} {parts.words}" if parts.head else parts.words
        attribution = parts.tail
    norm = normalise(text)
    # a reader's line opening with ">" quotes another text (a report, a party's words: the
    # e-mail and forum convention): what it says is reported, not the reader's own guess
    if not party and norm.lstrip().startswith(">"):
        party = True
    if norm.isascii() or len(norm.lower()) == len(norm):
        cased = _cased_tokens(norm)
        toks = "\n".join(cased).lower().split("\n") if cased else []
    else:  # (a character whose lowercase is longer: no case information, as before)
        cased, toks = None, TOKEN.findall(norm.lower())
    # most sentences hold no cue word at all: one look at the tokens tells, and they score 0
    # with no cue (about a third of the corpus statements: their set, conditions and the
    # rest are not built)
    if lex.index.isdisjoint(toks):
        frame = _framing_act(attribution, len(toks), lex) if attribution else None
        if frame is None:
            made = construction(norm, toks, party)
            return (0.0, ()) if made is None else (made[0], (made[1],))
        return round(frame.value, 4), (_explain(frame, toks, lex),)
    if "if" in toks:  # "didn't know if he'd meet him", "see if we can": an embedded question (whether)
        _embedded_if(toks, lex)
    tset = set(toks)
    # conditions: "if …", "unless …", and an inverted "Should the alliance attack, …"
    cond_pos = [k for k, t in enumerate(toks) if t == "if" or t == "unless"
                or (t == "should" and (k == 0 or toks[k - 1] in BOUNDARY))] if tset & _CONDITIONS else []
    conditional_sentence = bool(cond_pos) or ("any" in tset and ("would" in tset or "will" in tset))
    # a statement that opens with a lowercase word is a clause whose subject the attribution
    # took off ("accused the alliance of …", "warned that …"): its first word is its verb
    bare = bool(cased) and cased[0][0].islower()
    hits = _find_cues(toks, lex, conditional_sentence, bare)
    if cased and not tset.isdisjoint(lex.acronyms_lowered) and not lex.acronyms.isdisjoint(cased):  # "preventing AIDS": the acronym, not the verb "aids"
        hits = [h for h in hits if cased[h.i] not in lex.acronyms]
    if '"' in tset:
        _scare_quotes(toks, _Caps(cased), hits, lex)
    if not tset.isdisjoint(lex.blame_predicates):  # ("those responsible", "the office responsible": no cue)
        hits = [h for h in hits if h.word not in lex.blame_predicates or _blames(toks, h, lex)]
    if not tset.isdisjoint(lex.indication_nouns):  # "signs of torture", "no outward signs that": no signing
        hits = [h for h in hits if h.word not in lex.indication_nouns or not _indication(toks, h, lex)]
    if ":" in toks[1:6]:
        # a heading's label before a colon ("Nato summit: Trump blasts …", "Ukraine crisis: West
        # wants …"): a short phrase with no verb names the topic of what follows, no act
        c = toks.index(":", 1)
        if all(h.cue.noun for h in hits if h.j <= c):
            hits = [h for h in hits if h.j > c]
    if not tset.isdisjoint(lex.speech_object_verbs):  # "offered divergent interpretations": words, no act
        hits = [h for h in hits if h.word not in lex.speech_object_verbs or not any(
            t in lex.speech_objects for t in toks[h.j:h.j + 4] if t not in BOUNDARY)]
    if not tset.isdisjoint(lex.giving_verbs):
        gifts = _gifts(toks, _Caps(cased), lex)
        if gifts:
            taken = {k for h in hits for k in range(h.i, h.j)}
            hits = sorted(hits + [g for g in gifts if g.i not in taken], key=lambda h: h.i)
    labels: list[str] = []
    values: list[tuple[float, float]] = []
    if hits:
        if not tset.isdisjoint(lex.disarm_verbs):
            _disarmament(toks, hits, lex)
        _read_context(toks, hits, lex, tset, cond_pos)
        # which tokens are capitalised (names: "Turkish bombardments", "the Korean War")
        caps = _Caps(cased)
        _acts_and_topics(toks, caps, hits, lex, party, tset)
        # condolences do no act, whatever loss they name
        # (only the phrases whose first word the statement has are looked for: which one holds
        # does not matter)
        firsts = tset.intersection(lex.condolence_firsts)
        if firsts and any(_holds(toks, ph) for f in firsts for ph in lex.condolences_by_first[f]):
            for h in hits:
                h.dropped = True
        # questions ask, they do not act: the cues of a sentence ending in "?" are left out,
        # except that a party's word of denunciation or praise is the act in a question too
        # ("What became of their adventurism?" criticises; a reporter's turn is 0 before this)
        ends = _sentence_ends(toks)
        qends = ends
        if "?" in tset:
            for h in hits:
                x = bisect_left(qends, h.i)
                if x < len(qends) and toks[qends[x]] == "?" and not (party and h.cue.evaluative):
                    h.dropped = True
        if not party:
            starts = [0] + [k + 1 for k in ends]
            for h in hits:
                if "hedged:" in h.prefix or "if:" in h.prefix or "conditional:" in h.prefix:
                    # (a threat told as made is the party's, its condition its content)
                    h.dropped = "if:" in h.prefix or not _reported_threat(toks, h, cond_pos)
                    continue
                # "he must be a nervous wreck", "it must be hard for them": "must be" before no
                # participle is the reader's inference about a state (epistemic), no demand; "must
                # be stopped", "must be brought to justice" stay demands
                if h.word in lex.obligation and h.j + 1 < len(toks) and toks[h.j] == "be" and not (
                        toks[h.j + 1].endswith(("ed", "en")) or toks[h.j + 1] in _PAST):
                    h.dropped = True
                    continue
                # a future or modal before the act is the reader's guess, and a plain negation the
                # reader's saying what is not so ("nations don't want war"), unless a speech verb
                # before it reports a party's words ("Putin said he will recognise …", "Moscow says
                # it has no plans to invade")
                s0 = starts[bisect_left(starts, h.i + 1) - 1]
                for k in range(s0, h.i):
                    t = toks[k]
                    if t in lex.speech_neutral and k < h.i - 1:  # (not the act's own verb: "declare war")
                        break
                    if t in lex.guesses or t.endswith("'ll"):
                        h.dropped = True
                        break
                else:
                    if h.negated == "negation":
                        h.dropped = True
        # an embedded question ("decide whether to support it", "asked whether they would
        # attack") asks, it does not act: the cues of its clause are left out like a question's;
        # not an adjunct opening a clause ("…, whether it's exercises or a buildup": be it A or B)
        if "whether" in tset:
            for k in [k for k, t in enumerate(toks) if t == "whether" and k and toks[k - 1] not in BOUNDARY]:
                e = k + 1
                while e < len(toks) and toks[e] not in BOUNDARY:
                    e += 1
                for h in hits:
                    if k < h.i < e:
                        h.dropped = True
                    elif h.word in lex.obligation and k - 3 <= h.i < k:
                        # "must decide whether …", "have to consider whether …": an obligation
                        # to weigh a question, no demand that anyone act
                        h.dropped = True
        if not tset.isdisjoint(_WH_WORDS):  # "uncertain how far he would go": a guess asked about
            for k, e in _guessed_clauses(toks, lex):
                for h in hits:
                    if k < h.i < e:
                        h.dropped = True
        # reported acts (past forms, event nouns) count less than acts performed
        for h in hits:
            w = (h.tense or h.word).split()[0]
            if (h.cue.noun and not h.tense) or w.endswith("ed") or (w in _PAST and w not in _PRESENT):
                h.value *= lex.reported
        # not meeting, not visiting, not calling is no hostile act: a plainly negated
        # consultation (CAMEO 040-044) carries no direction ("I don't have a visit to
        # announce"); talks called off, negotiations refused (045, 046 undone) do; nor is
        # saying what was discussed, or a meeting as the time or place of something else
        # (audit A2: "we discussed international conflicts", :func:`_no_consultation`)
        # (no preposition of time and no "as": no time frame, none read)
        timed = "as" in tset or not tset.isdisjoint(lex.time_prepositions)
        live = [h for h in hits if not h.dropped and abs(h.value) >= lex.minimum
                and not (h.cue.code[:3] in lex.consult_codes and _no_consultation(toks, h, lex))
                and not (timed and _time_frame(toks, h, lex))]
        # acts only in a concessive or contrastive clause set the scene for a main clause that
        # does or reports none ("While the two signed a statement, the relationship stumbled")
        # (a word of denunciation is said by the speaker wherever it stands: "Despite their
        # aggressive imposition of …" criticises, the scene or not)
        if live and all(h.background and not h.cue.evaluative for h in live):
            live = []
        if live and attribution:  # the tail's cue verbs, beside the own words' cues only
            for t in TOKEN.findall(normalise(attribution).lower()):
                c = lex.words.get(t)
                if c is not None and not c.noun and abs(c.value) >= lex.minimum:
                    live.append(_Hit(len(toks), len(toks), c, t, c.value, lex.attribution_weight, "attribution:"))
        # reading order within each sentence: the k-th cue of a sentence weighs decay**k; the
        # acts of a concessive or contrastive clause come after the main clause's in its sentence
        # ("Despite our efforts at diplomacy, they continue to violate the sanctions")
        if any(h.background for h in live):
            live = sorted(live, key=lambda h: (bisect_left(ends, h.i), h.background))
        rank: dict[int, int] = {}
        for h in live:
            sentence = bisect_left(ends, h.i)
            k = rank[sentence] = rank.get(sentence, -1) + 1
            w = h.weight * lex.decay ** k * (lex.noun_weight if h.cue.noun else 1.0)
            values.append((h.value, w))
            labels.append(_explain(h, toks, lex))
        consequences = [h.value for h in live if h.prefix.startswith("conditional:")]
        if consequences:
            labels.append("conditional threat: the consequence of a condition escalates"
                          if max(consequences, key=abs) > 0 else
                          "conditional offer: the consequence of a condition de-escalates")
    if not values and attribution:
        frame = _framing_act(attribution, len(toks), lex)
        if frame is not None:
            values.append((frame.value, 1.0))
            labels.append(_explain(frame, toks, lex))
    if not values:
        made = construction(norm, tset, party)
        if made is not None:
            values.append((made[0], 1.0))
            labels.append(made[1])
    total = sum(w for _, w in values)
    score = sum(v * w for v, w in values) / total if total else 0.0
    return round(max(-1.0, min(1.0, score)), 4), tuple(labels)
