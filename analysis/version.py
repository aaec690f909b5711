"""The scorer version: which lexicons, actor registry and code produced a score.

``scorer_version()`` is a short hex hash of

* every file in ``analysis/data`` (the escalation and tone lexicons, the segmentation
  and attribution vocabulary, the shipped actor registry, licences: all of them),
* ``SCORER_CODE_VERSION``, raised by hand when the scoring code computes something else
  from the same files, and the installed vaderSentiment's version (tone is its output),
* the loaded registry's ``fingerprint()`` when a registry is given, so that a user's own
  actor file counts too.

Every score row carries it; the nightly job rescores the statements whose version is not
the current one. The data files are hashed once per process and data folder (call
:func:`clear_cache` after changing them in a running process).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

# Raise when the scoring code changes what it computes for the same data files.
SCORER_CODE_VERSION = "16"  # 16 (issue 16, esc3a and esc3b): a threat told as made ("issued a threat if …", "threatened that if …") is a party's act whose condition is its content, also in a reader's comment, a hostile verb in the perfect or progressive passive with no agent ("has been punished", "is being invaded") tells its patient's state, no act, recognising a breakaway region ("recognise the separatist republics", "... as independent") rejects its state's sovereignty ([constructions]), a hostile act after a noun of ability or "enough" and a noun ("the capability to strike", "enough missiles to destroy") is what a party could do, no act, unless the capability is used or shown, a quotation frame's phrasal verb of rebuke, rejection or threat with its party after it ("telling off the ambassador") is the frame's act (escalation_frames, split from escalation), summoning another state's envoy is a reprimand (CAMEO 111), not a meeting, an embedded wh-question of what would happen after a verb or adjective of knowing or uncertainty ("uncertain how far he would go") does no act, a word of denunciation in a concessive or scene-setting clause still criticises ("Despite their aggressive imposition …"); de-escalatory acts read by their grammar and sense (aid to one's own people, appeals for a pro-form, to a court or to one's own nationals, meetings announced as a schedule or by their subject, "if" of an embedded question, offers in a free relative, the attack defended against, aid in the passive, "the removal of", irregular pasts, "AIDS", "security guarantees"); 15 (issue 16 round 2, escr2b and escr2a): "no" on a finite be ("there was no shelling") and a negated perfect after a modal deny a fact (no act), a negation in a relative clause with its own subject or on a manner adverbial ("not ... in public") negates no main act, a sentence-opening word with an abstract ending is no party, "X must be condemned/rejected" is a demand, an agentless passive of material cooperation ("was established") and letting an event happen ("allowed this to happen") are no act, a "must" to all parties jointly is an appeal (A4 c); when no cue scores a statement, [constructions] read acts no single word carries: a munition named with a determiner that "hit" something is a reported attack, a party's own hope for a ceasefire or a halt to combat appeals, another's act or words "not enough" (or a third party "not contributing enough") is criticised, a policy "not directed against anyone" reassures, a party that "does not accept / recognise" something named rejects, an affront "not left unanswered" warns, a "fan of" or "making <Name> stronger" praises, warships "in place" or warplanes "armed with" show force, a party "nothing but a curse" is criticised, a cooperation initiative or council put forward or set up cooperates, a dispute "spiralled into" or "closer to a direct clash" escalates, "rounded on" criticises, a sum "pledged" intends aid, training another party's forces cooperates militarily, a verbless "Punishment for ..." demands, a third party that "won't stop until/at anything/with <Name>" is accused, a party or its act called a monster, mad or insane is criticised, longing for or needing peace intends cooperation, wishing a party success praises; 14 (issue 16, escrecall + escprec): a narrator's frame reports its verb's act when that act has one direction whatever follows ("X accused", "X, the chief, warned that"), force told as witnessed took place ("monitors reported shelling"), a party's cooperative noun in scare quotes is criticised, a state's people counted are the patient of an arrest, expulsion or release, "finalise" performs an agreement, a punitive act called for in the passive ("must be punished") is a demand whatever its subject; a consultation that only says what was discussed or is the time or place of something else is no act (A2), phrasal idioms ("take over as", "a great deal") no act, what has not subsided goes on, a negated support of a deed of force with no agent is restraint, a negation with an exception after the act ("not … anyone but X") does the act, a cooperative event noun after a preposition of time or "as for" is a time frame, a hostile act found absent ("we don't see any threat") or denied to have happened ("no attack occurred") is no act, a concessive clause's act is ranked after the main clause's, a negated denial admits (no act), an appeal to extradite is a demand (A4 a), a speech-act noun with its that-clause is an act and a mandative subjunctive ('insistence that X be removed') orders, a reader's cooperative noun needs a party in its clause; 13 (issue 16, round 8, esc6): an event noun's of-phrase naming a party is its agent or patient (not a gathering's members), a party may follow its preposition's determiners; 12 (issue 16, round 7, esc5): a hostile act negated on a finite do/be/have (past, or present with no first-person subject or intent verb) is a denied fact, no act; 11 (issue 16, round 5, esc3): a conflict named by its place is a topic, refusing conflict in general opposes it, a deed ordered to stop is a demand, a numbered plan item is a heading, "X is responsible (for a harm)" blames, preventing a deed warns (A6), words offered are no cooperation, a reader's hostile noun counts only as done (A7), a heading's label before a colon and "signs of" are no act; 10: a light verb performs only its own object, a noun cue modifying a topic head or after "any" is a topic (issue 16, round 4); 9: a quotation frame's verb with an object acts, acts read after batches 4-5 (issue 16, round 3); 8: a restrictive relative clause is background, structural act choice (issue 16, round 2); 6: a subject-stripped clause opens with its verb, verbless acts (issue 16, batch 3); 3: escalation reads acts (issue 16): no tone input, cues in words; 4: a warning against what is not tolerated, a reader's guesses, embedded questions, scare quotes
# 7 (issue 16, esc): a reader's negation, hopes and quoted lines; negation over a light verb and "or";
# disarmament needs an actor; embedded questions; names; outlaws, civilian targets, "fight for a
# cause"; imperative and "time for X to" demands; no obligation; preventing; "on the table"
# 5: praise endorses an act, "help" before a verb, a party's rhetorical question, readers' exchanges, initialisms


@lru_cache(maxsize=1)
def _vader_version() -> str:
    """vaderSentiment's installed version, read once per process (importlib.metadata scans
    the installed distributions: ~1.5 ms, once a document before)."""
    try:
        return metadata.version("vaderSentiment")
    except metadata.PackageNotFoundError:  # pragma: no cover - vaderSentiment is a dependency
        return "unknown"


@lru_cache(maxsize=8)
def data_fingerprint(data_dir: str | None = None) -> str:
    """SHA-256 over the names and bytes of the files of ``data_dir`` (default: the
    package's ``analysis/data``), in name order; hidden files and folders are skipped."""
    folder = Path(data_dir) if data_dir else resources.files("analysis").joinpath("data")
    h = hashlib.sha256()
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.startswith("."):
            h.update(entry.name.encode("utf-8") + b"\0" + entry.read_bytes() + b"\0")
    return h.hexdigest()


def scorer_version(registry=None, *, data_dir: str | Path | None = None) -> str:
    """A 12-hex-digit hash of the data files, the scoring code's version, vaderSentiment's
    version and, when given, ``registry.fingerprint()``. ``data_dir`` replaces the
    package's data folder (for tests and tools)."""
    h = hashlib.sha256()
    for part in (SCORER_CODE_VERSION, _vader_version(), data_fingerprint(str(data_dir) if data_dir else None)):
        h.update(part.encode("utf-8") + b"\0")
    if registry is not None:
        h.update(b"registry\0" + str(registry.fingerprint()).encode("utf-8"))
    return h.hexdigest()[:12]


def clear_cache() -> None:
    """Forget the data files' hashes (after editing them in a running process)."""
    data_fingerprint.cache_clear()
    _vader_version.cache_clear()
