"""The escalation cue lexicon: ``data/escalation.toml`` read into :class:`Lexicon` once per
process (its comments say where every word list and weight comes from)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from .cameo import noun_forms, verb_forms

# -------------------------------------------------------------------------- the cue lexicon


@dataclass(frozen=True)
class Cue:
    value: float  # escalation: -Goldstein/10 of its code
    code: str  # the CAMEO code that grounds it
    noun: bool  # a noun cue rather than a verb
    evaluative: bool = False  # a word that performs criticism or praise by being used ("adventurism")


def _cue(spec, noun: bool = False, evaluative: bool = False) -> Cue:
    return Cue(round(-float(spec[1]) / 10, 3), str(spec[0]), noun, evaluative)


class Words(NamedTuple):
    """A word list's forms: ``one``-word forms, ``two``-word forms and the ``last`` words of
    those (a token that is none of these ends no two-word form: no pair to build)."""

    one: frozenset[str] = frozenset()
    two: frozenset[str] = frozenset()
    last: frozenset[str] = frozenset()


def _words(words: Iterable[str], forms=verb_forms) -> Words:
    """(one-word forms, two-word forms, last words of the two-word forms) of a list of verbs
    or nouns."""
    all_forms = {f for w in words for f in forms(w)}
    two = frozenset(f for f in all_forms if f.count(" ") == 1)
    return Words(frozenset(f for f in all_forms if " " not in f), two, frozenset(f.split()[1] for f in two))


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, Cue]
    phrases: dict[str, tuple[tuple[tuple[str, ...], Cue], ...]]  # first token -> (tokens, cue), longest first
    conditional_cues: dict[str, Cue]  # "respond": a threat only in a conditional sentence
    obligation: dict[str, Cue]  # "must": a demand, unless the speaker includes itself
    not_after: frozenset[str]
    formulas: frozenset[str]  # "it must be said": no demand
    speech_neutral: frozenset[str]
    negators: frozenset[str]
    cancelled_by_next: frozenset[str]  # "not only": no negation
    denials: Words  # negate or undo their object, either direction
    rejections: Words  # flip a cooperative object only
    yielding: Words  # flip an escalatory object only
    reach: frozenset[str]
    subside: Words
    transparent: frozenset[str]
    anaphors: frozenset[str]
    modifiers: frozenset[str]
    pass_through: frozenset[str]
    hedges: frozenset[str]
    determiners: frozenset[str]
    adjunct_openers: frozenset[str]
    clause_words: frozenset[str]
    window: int
    pass_window: int
    flip: float
    hedge: float
    modifier: float
    condition_weight: float
    condition: float
    consequence: float
    attribution_weight: float
    decay: float
    adjunct_weight: float
    noun_weight: float
    minimum: float
    reported: float = 1.0
    condolences: tuple[tuple[str, ...], ...] = ()
    actor_heads: frozenset[str] = frozenset()  # "the government must …": a party that can be asked
    act_names: dict[str, str] = None  # CAMEO root code -> the act's name in a cue
    question_speakers: frozenset[str] = frozenset()
    non_parties: frozenset[str] = frozenset()  # speaker kinds that are no party: their guesses are no acts
    scare_quoted: Cue | None = None  # a cooperative word in scare quotes: criticised ('"peacekeeping" troops')
    frame_acts: tuple[str, ...] = ()  # CAMEO roots a narrator's frame verb reports whatever follows ("X accused")
    support: Words = Words()  # verbs that perform a noun act
    support_window: int = 4
    support_idioms: tuple[tuple[str, ...], ...] = ()  # "in order to", "in the face of": no light verb
    partitives: frozenset[str] = frozenset()  # "a wave of attacks": the act is the partitive's
    topic_heads: frozenset[str] = frozenset()  # "the peace formula": a noun cue modifying a topic head
    capacity_nouns: frozenset[str] = frozenset()  # "the capability to strike": what a party could do
    capacity_shown: frozenset[str] = frozenset()  # "use all our capabilities to": the act itself
    knowing: frozenset[str] = frozenset()  # "uncertain how far he would go": an embedded question
    discourse_nouns: frozenset[str] = frozenset()  # "a film about the war": the noun cue is its subject
    blame_predicates: frozenset[str] = frozenset()  # "the regime was responsible": an accusation
    blame_copulas: frozenset[str] = frozenset()
    harms: frozenset[str] = frozenset()  # "responsible for the deaths": the blame is for a harm
    heading_ordinals: frozenset[str] = frozenset()  # "the fourth item is …": a plan's heading
    heading_nouns: frozenset[str] = frozenset()
    situation_nouns: frozenset[str] = frozenset()  # "the Syrian conflict": named by its place, a topic
    verb_markers: frozenset[str] = frozenset()
    happen: Words = Words()
    coerced_roots: tuple[str, ...] = ()  # "the expulsion of 31 diplomats": a state's people as the patient
    party_people: frozenset[str] = frozenset()
    witnessed: frozenset[str] = frozenset()  # "monitors reported shelling": a hostile event told as taken place
    argument_preps: frozenset[str] = frozenset()  # "sanctions on Russia", "an attack by Turkish forces"
    genitive_preps: frozenset[str] = frozenset()  # "the condemnation of Hamas": the noun's agent or patient
    genitive_excluded: frozenset[str] = frozenset()  # CAMEO roots whose of-phrase is no party ("a meeting of ministers")
    other_sense_objects: frozenset[str] = frozenset()  # "fight poverty"
    other_sense_subjects: frozenset[str] = frozenset()  # "the earthquake destroyed"
    force_verbs: frozenset[str] = frozenset()
    threat_verbs: frozenset[str] = frozenset()
    threat_of: float = 0.7
    demand_codes: tuple[str, ...] = ("10", "139")
    custody_codes: tuple[str, ...] = ()  # "urged them to extradite": a demand (audit A4 (a))
    auxiliaries: frozenset[str] = frozenset()  # "help" before a verb: that verb's act, no aid
    bare_infinitives: frozenset[str] = frozenset()
    endorse_codes: tuple[str, ...] = ("051",)  # a pass-through verb of praise endorses the act it names
    endorsing: frozenset[str] = frozenset()
    index: frozenset[str] = frozenset()  # every token a cue can start with
    subside_last: frozenset[str] = frozenset()  # last words of two-word subsiding verbs ("die down")
    intolerance: Words = Words()  # "will not tolerate X": a warning
    fact_operators: frozenset[str] = frozenset()  # "is not", "didn't": a negated fact, no act
    past_operators: frozenset[str] = frozenset()
    intent: frozenset[str] = frozenset()  # "do not want war": hostile intent denied
    refusing: frozenset[str] = frozenset()  # "do not tolerate or support any war": opposes conflict
    guesses: frozenset[str] = frozenset()  # a non-party's "will", "could": a guess at what may happen
    disarm_verbs: frozenset[str] = frozenset()  # "destroy the chemical arsenal": disarmament, no attack
    disarm_objects: frozenset[str] = frozenset()
    disarm_cue: Cue | None = None
    relatives: frozenset[str] = frozenset()  # "which", "who": a relative clause's act is background
    relative_gap: frozenset[str] = frozenset()  # "that (has) threatened": words between "that" and its verb
    scene_openers: frozenset[str] = frozenset()  # "while …", "although …": a clause that sets the scene
    other_verb_senses: frozenset[str] = frozenset()  # "to deal with", "he talks": another verb, no act
    target_verbs: frozenset[str] = frozenset()  # "meet the requirements", "improve governance": no act
    targets: frozenset[str] = frozenset()
    indication_nouns: frozenset[str] = frozenset()  # "signs of torture": an indication, no signing
    indication_after: frozenset[str] = frozenset()
    speech_object_verbs: frozenset[str] = frozenset()  # "offered divergent interpretations": words, no act
    speech_objects: frozenset[str] = frozenset()
    civilian_targets: frozenset[str] = frozenset()  # "targeting a nursery": an attack on a party's people
    outlaws: frozenset[str] = frozenset()  # "support for terrorists": an accusation, no cooperation
    outlaw_window: int = 4
    outlaw_cue: Cue | None = None
    domestic: frozenset[str] = frozenset()  # "help homeowners": a government's own people, no act between parties
    domestic_window: int = 8
    domestic_words: frozenset[str] = frozenset()  # (every word of them: one set look-up per statement)
    consult_future: tuple[tuple[str, ...], ...] = ()  # "he'd be meeting with": a schedule (A2)
    consult_subject: frozenset[str] = frozenset()  # "the meeting was about": what was discussed (A2)
    defending: frozenset[str] = frozenset()  # "defends itself against aggression": the attack suffered
    acronyms: frozenset[str] = frozenset()  # "AIDS": the disease, not the verb "aids"
    if_whether: frozenset[str] = frozenset()  # "didn't know if": an embedded question, no condition
    pro_acts: tuple[tuple[str, ...], ...] = ()  # "call on them to do the same": the act only in another sentence
    pro_act_window: int = 8
    legal_objects: frozenset[str] = frozenset()  # "appeal to the Court of Arbitration": the legal sense
    nationals: frozenset[str] = frozenset()  # "urged American citizens to depart": consular advice
    departing: Words = Words()
    adjectives: frozenset[str] = frozenset()  # "a great target": a noun after a determiner and one of these
    classifier_heads: frozenset[str] = frozenset()  # "a combat team": the cue names a unit, no act
    halting: frozenset[str] = frozenset()  # "Stop the attacks!": an imperative demand
    obligation_cue: Cue | None = None
    preventing: Words = Words()  # "prevent an invasion": an aim, no act
    time_words: frozenset[str] = frozenset()  # "it is time for Russia to stop": a demand
    time_before: frozenset[str] = frozenset()
    on_the_table: tuple[str, ...] = ()  # "all options are on the table": the option is put forward
    giving_verbs: frozenset[str] = frozenset()  # "provided 5 billion euros to Ukraine": aid
    gift_objects: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    gift_cue: Cue | None = None
    sides: frozenset[str] = frozenset()  # "both sides must": every side of a dispute is asked
    all_of: frozenset[str] = frozenset()
    countering: frozenset[str] = frozenset()  # "countering global threats": a danger, no threat made
    comitative: frozenset[str] = frozenset()  # "fought alongside us": on the speaker's side
    alongside_cue: Cue | None = None
    summon_verbs: frozenset[str] = frozenset()  # "summoned the ambassador": a reprimand
    envoys: frozenset[str] = frozenset()
    summon_cue: Cue | None = None
    consult_codes: frozenset[str] = frozenset()  # CAMEO 040-044: a meeting is no act on its own (audit A2)
    consult_offers: frozenset[str] = frozenset()  # "prepared to discuss", "agreed to meet": offered, an act
    consult_topics: frozenset[str] = frozenset()  # "we discussed the conflicts": what was discussed, no act
    time_prepositions: frozenset[str] = frozenset()  # "following the talks": a time frame, no act
    perception: frozenset[str] = frozenset()  # "we don't see any threat": an act found absent, no act
    occurrence: Words = Words()  # "no attack occurred": a charge denied, no act

    @cached_property
    def operator_ends(self) -> frozenset[str]:
        """Every token a negator, denial, rejection or yielding word can end with (and
        "longer", of "no longer"; "n't" endings aside): the negation scan looks no further
        at any other token."""
        return self.negators | {"longer"} | frozenset().union(
            *(w.one | w.last for w in (self.denials, self.rejections, self.yielding, self.preventing)))

    @cached_property
    def acronyms_lowered(self) -> frozenset[str]:
        """``acronyms`` lowercased: a statement whose lowercased tokens have none of these has
        none of the acronyms (a look at its few distinct tokens, not at each token in its case)."""
        return frozenset(a.lower() for a in self.acronyms)

    @cached_property
    def phrase_starts_only(self) -> frozenset[str]:
        """The tokens of ``index`` that only start phrases ("in", "with", "all": most of the
        index's tokens in running text): no single-word cue of any kind when no phrase follows."""
        return frozenset(self.phrases).difference(self.words, self.conditional_cues, self.disarm_verbs,
                                                  self.time_words, self.obligation)

    @cached_property
    def condolence_firsts(self) -> frozenset[str]:
        """The first words of the condolence phrases: a statement with none of them holds none
        (one set look-up instead of a look at each of the ~19 phrases, ~3 % of grading)."""
        return frozenset(self.condolences_by_first)

    @cached_property
    def condolences_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The condolence phrases by their first word."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for ph in self.condolences:
            out.setdefault(ph[0], []).append(ph)
        return {f: tuple(v) for f, v in out.items()}

    @cached_property
    def phrases_by_second(self) -> dict[str, dict[str, tuple[tuple[tuple[str, ...], Cue], ...]]]:
        """``phrases`` keyed by their first and second tokens, each list in its order (longest
        first): the cue finder tries only the phrases whose second word follows (~6 of each
        first word's phrases were tried one by one, ~20 % of finding the cues)."""
        out: dict[str, dict[str, list]] = {}
        for first, starting in self.phrases.items():
            for p in starting:
                out.setdefault(first, {}).setdefault(p[0][1], []).append(p)
        return {f: {s: tuple(v) for s, v in d.items()} for f, d in out.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """escalation.toml, read once per process: built from the file once per change of it
    (or of this module or the word forms' module) and kept in the user's cache folder
    (build_cache.py): parsing its 150 KB and deriving every form is ~30 ms of each start,
    before an ingest's worker processes start; reading it back ~5 ms."""
    from importlib import resources

    from .. import build_cache, toml_data
    from . import cameo

    text = resources.files("analysis").joinpath("data/escalation.toml").read_text("utf-8")
    return build_cache.cached("escalation", [(text, "escalation.toml")],
                              (__file__, cameo.__file__, toml_data.__file__), lambda: _build(toml_data.loads(text)))


def _build(raw: dict) -> Lexicon:
    """The lexicon of escalation.toml's contents."""
    ignore = set(raw["ignore"]["lemmas"])
    neutral = {f for w in raw["attribution"]["neutral"] for f in verb_forms(w)}
    entries: dict[str, Cue] = {}
    for lemma, spec in raw["cameo"].items():  # derived: the dictionary's order decides
        if lemma not in ignore:
            c = _cue((spec["code"], spec["goldstein"]))
            for f in verb_forms(lemma) | set(spec.get("irregular", ())):
                entries.setdefault(f, c)
    for lemma, spec in raw["verbs"].items():  # hand-written: these win
        for f in verb_forms(lemma):
            entries[f] = _cue(spec)
    for form in set(raw["ignore"]["forms"]) | neutral:  # speech verbs are no verb cue ...
        entries.pop(form, None)
    for noun, spec in raw["nouns"].items():  # ... but "talks" is a noun cue
        for f in noun_forms(noun):
            entries[f] = _cue(spec, noun=True)
    for noun, spec in raw["nouns"].items():  # a listed noun is itself, not another's plural
        entries[noun] = _cue(spec, noun=True)  # ("hostilities", fighting, not "hostility")
    for word, spec in raw["evaluative"]["words"].items():  # criticism or praise by the word itself
        for f in noun_forms(word):
            entries[f] = _cue(spec, noun=True, evaluative=True)
    phrases: dict[str, list] = {}
    for f, c in entries.items():
        if " " in f:
            toks = tuple(f.split())
            phrases.setdefault(toks[0], []).append((toks, c))
    neg, ctx, cond, comb = raw["negation"], raw["context"], raw["conditional"], raw["combine"]
    conditional_cues = {f: _cue(spec) for w, spec in cond["cues"].items() for f in verb_forms(w) | noun_forms(w)}
    obligation = {w: _cue(raw["obligation"]["cue"]) for w in raw["obligation"]["words"]}
    return Lexicon(
        index=frozenset(f for f in entries if " " not in f) | frozenset(phrases) | frozenset(conditional_cues)
        | frozenset(obligation) | frozenset(f for w in raw["senses"]["disarm_verbs"] for f in verb_forms(w))
        | frozenset(raw["obligation"]["time_words"])
        | frozenset(f for w in raw["acts"]["giving_verbs"] for f in verb_forms(w)),
        words={f: c for f, c in entries.items() if " " not in f},
        phrases={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()},
        conditional_cues=conditional_cues, obligation=obligation,
        not_after=frozenset(raw["obligation"]["not_after"]), formulas=frozenset(raw["obligation"]["formulas"]),
        speech_neutral=frozenset(neutral),
        negators=frozenset(neg["negators"]), cancelled_by_next=frozenset(neg["cancelled_by_next"]),
        denials=_words(neg["denials"]), rejections=_words(neg["rejections"]), yielding=_words(neg["yielding"]),
        reach=frozenset(neg["reach"]), subside=_words(neg["subside"]), intolerance=_words(neg["intolerance"]),
        fact_operators=frozenset(neg["fact_operators"]), past_operators=frozenset(neg["past_operators"]),
        intent=frozenset(f for w in neg["intent"] for f in verb_forms(w) | noun_forms(w)),
        refusing=frozenset(f for w in neg["refusing"] for f in verb_forms(w)),
        guesses=frozenset(comb["guesses"]),
        subside_last=frozenset(w.split()[1] for w in _words(neg["subside"])[1]),
        transparent=frozenset(f for w in neg["transparent"] for f in verb_forms(w) | noun_forms(w)),
        anaphors=frozenset(neg["anaphors"]),
        modifiers=frozenset(f for w in ctx["modifiers"] for f in noun_forms(w)),
        pass_through=frozenset(f for w in ctx["pass_through"] for f in verb_forms(w)),
        hedges=frozenset(ctx["hedges"]), determiners=frozenset(ctx["determiners"]),
        adjectives=frozenset(ctx["adjectives"]), preventing=_words(neg["preventing"]),
        classifier_heads=frozenset(ctx["classifier_heads"]),
        time_words=frozenset(raw["obligation"]["time_words"]), time_before=frozenset(raw["obligation"]["time_before"]),
        on_the_table=tuple(raw["acts"]["on_the_table"]), comitative=frozenset(raw["senses"]["comitative"]),
        giving_verbs=frozenset(f for w in raw["acts"]["giving_verbs"] for f in verb_forms(w)),
        gift_objects=frozenset(f for w in raw["acts"]["gift_objects"] for f in noun_forms(w)),
        recipients=frozenset(f for w in raw["acts"]["recipients"] for f in noun_forms(w)),
        gift_cue=_cue(raw["acts"]["gift_cue"]),
        sides=frozenset(raw["obligation"]["sides"]), all_of=frozenset(raw["obligation"]["all_of"]),
        countering=frozenset(f for w in raw["senses"]["countering"] for f in verb_forms(w)),
        alongside_cue=_cue(raw["senses"]["alongside_cue"]),
        summon_verbs=frozenset(f for w in raw["senses"]["summon_verbs"] for f in verb_forms(w)),
        envoys=frozenset(f for w in raw["senses"]["envoys"] for f in noun_forms(w)),
        summon_cue=_cue(raw["senses"]["summon_cue"]), halting=frozenset(neg["halting"]),
        obligation_cue=_cue(raw["obligation"]["cue"]),
        adjunct_openers=frozenset(ctx["adjunct_openers"]), clause_words=frozenset(ctx["clause_words"]),
        window=int(neg["window"]), pass_window=int(ctx["pass_window"]), flip=float(neg["flip"]),
        hedge=float(ctx["hedge"]), modifier=float(ctx["modifier"]),
        condition_weight=float(cond["condition_weight"]), condition=float(cond["condition"]),
        consequence=float(cond["consequence"]), attribution_weight=float(raw["attribution"]["weight"]),
        decay=float(comb["decay"]), adjunct_weight=float(comb["adjunct_weight"]),
        noun_weight=float(comb["noun_weight"]), reported=float(comb["reported"]),
        consult_codes=frozenset(comb["consult_codes"]), consult_offers=frozenset(comb["consult_offers"]),
        consult_topics=frozenset(f for w in comb["consult_topics"] for f in verb_forms(w)),
        time_prepositions=frozenset(comb["time_prepositions"]),
        perception=frozenset(f for w in neg["perception"] for f in verb_forms(w)), occurrence=_words(neg["occurrence"]),
        question_speakers=frozenset(comb["question_speakers"]), non_parties=frozenset(comb["non_parties"]),
        frame_acts=tuple(raw["attribution"]["frame_acts"]),
        scare_quoted=_cue(ctx["scare_quoted"], noun=True, evaluative=True), act_names=dict(raw["acts"]["names"]),
        actor_heads=frozenset(f for w in raw["obligation"]["actor_heads"] for f in noun_forms(w)),
        condolences=tuple(tuple(p.split()) for p in raw["condolences"]["phrases"]),
        support=_words(raw["acts"]["support"]), support_window=int(raw["acts"]["support_window"]),
        support_idioms=tuple(tuple(p.split()) for p in raw["acts"]["support_idioms"]),
        partitives=frozenset(f for w in raw["acts"]["partitives"] for f in noun_forms(w)),
        topic_heads=frozenset(f for w in raw["acts"]["topic_heads"] for f in noun_forms(w)),
        discourse_nouns=frozenset(f for w in raw["acts"]["discourse_nouns"] for f in noun_forms(w)),
        capacity_nouns=frozenset(f for w in raw["acts"].get("capacity_nouns", ()) for f in noun_forms(w)),
        capacity_shown=frozenset(raw["acts"].get("capacity_shown", ())),
        knowing=frozenset(ctx.get("knowing", ())),
        blame_predicates=frozenset(raw["acts"]["blame_predicates"]),
        blame_copulas=frozenset(raw["acts"]["blame_copulas"]),
        harms=frozenset(raw["acts"]["harms"]),
        heading_ordinals=frozenset(raw["acts"]["heading_ordinals"]),
        heading_nouns=frozenset(f for w in raw["acts"]["heading_nouns"] for f in noun_forms(w)),
        situation_nouns=frozenset(f for w in raw["acts"]["situation_nouns"] for f in noun_forms(w)),
        verb_markers=frozenset(raw["acts"]["verb_markers"]), endorsing=frozenset(raw["acts"]["endorsing"]), happen=_words(raw["acts"]["happen"]),
        witnessed=frozenset(f for w in raw["acts"]["witnessed"] for f in verb_forms(w)),
        coerced_roots=tuple(raw["acts"]["coerced_roots"]),
        party_people=frozenset(f for w in raw["acts"]["party_people"] for f in noun_forms(w)),
        argument_preps=frozenset(raw["acts"]["argument_prepositions"]),
        genitive_preps=frozenset(raw["acts"]["genitive_prepositions"]),
        genitive_excluded=frozenset(raw["acts"]["genitive_excluded_roots"]),
        other_sense_objects=frozenset(f for w in raw["senses"]["objects"] for f in noun_forms(w)),
        other_sense_subjects=frozenset(f for w in raw["senses"]["subjects"] for f in noun_forms(w)),
        force_verbs=frozenset(f for w in raw["senses"]["force_verbs"] for f in verb_forms(w)),
        threat_verbs=frozenset(f for w in ctx["threat_verbs"] for f in verb_forms(w)),
        threat_of=float(ctx["threat_of"]), demand_codes=tuple(ctx["demand_codes"]),
        custody_codes=tuple(ctx["custody_codes"]),
        endorse_codes=tuple(ctx["endorse_codes"]),
        auxiliaries=frozenset(f for w in ctx["auxiliaries"] for f in verb_forms(w)),
        bare_infinitives=frozenset(ctx["bare_infinitives"]),
        minimum=float(comb["minimum"]),
        disarm_verbs=frozenset(f for w in raw["senses"]["disarm_verbs"] for f in verb_forms(w)),
        disarm_objects=frozenset(f for w in raw["senses"]["disarm_objects"] for f in noun_forms(w)),
        disarm_cue=_cue(raw["senses"]["disarm_cue"]),
        scene_openers=frozenset(ctx["scene_openers"]),
        relatives=frozenset(ctx["relatives"]), relative_gap=frozenset(ctx["relative_gap"]),
        other_verb_senses=frozenset(raw["acts"]["other_verb_senses"]),
        target_verbs=frozenset(f for w in raw["senses"]["target_verbs"] for f in verb_forms(w)),
        targets=frozenset(f for w in raw["senses"]["targets"] for f in noun_forms(w)),
        indication_nouns=frozenset(raw["senses"]["indication_nouns"]),
        indication_after=frozenset(raw["senses"]["indication_after"]),
        speech_object_verbs=frozenset(f for w in raw["senses"]["speech_object_verbs"] for f in verb_forms(w)),
        speech_objects=frozenset(raw["senses"]["speech_objects"]),
        outlaws=frozenset(w.split()[0] for w in raw["senses"]["outlaws"]),
        civilian_targets=frozenset(f for w in raw["senses"]["civilian_targets"] for f in noun_forms(w)),
        outlaw_window=int(raw["senses"]["outlaw_window"]), outlaw_cue=_cue(raw["senses"]["outlaw_cue"]),
        domestic=frozenset(f for w in raw["senses"]["domestic_beneficiaries"] for f in noun_forms(w)),
        domestic_window=int(raw["senses"]["domestic_window"]),
        consult_future=tuple(tuple(w.split()) for w in raw["combine"]["consult_future"]),
        consult_subject=frozenset(raw["combine"]["consult_subject"]),
        acronyms=frozenset(raw["senses"]["acronyms"]),
        defending=frozenset(f for w in raw["context"]["defending"] for f in verb_forms(w)),
        if_whether=frozenset(raw["conditional"]["if_whether"]),
        pro_acts=tuple(sorted((tuple(w.split()) for w in raw["senses"]["pro_acts"]), key=len, reverse=True)),
        pro_act_window=int(raw["senses"]["pro_act_window"]),
        legal_objects=frozenset(raw["senses"]["legal_objects"]), nationals=frozenset(raw["senses"]["nationals"]),
        departing=_words(raw["senses"]["departing"]),
        domestic_words=frozenset(x for w in raw["senses"]["domestic_beneficiaries"] for f in noun_forms(w)
                                 for x in f.split()),
    )


def cue_in_words(act: str, span: str, code: str, goldstein: float, value: float) -> str:
    """A cue as the dashboard and the export show it: the act, the words that do it, its CAMEO
    code and how its Goldstein weight became the value ('threat: "will respond with all
    means" (CAMEO 138, Goldstein -7.0 -> +0.70)'); a ";" in the words becomes "," (the export
    joins cues with ";")."""
    return f'{act}: "{span.replace(";", ",")}" (CAMEO {code}, Goldstein {goldstein:+.1f} -> {value:+.2f})'
