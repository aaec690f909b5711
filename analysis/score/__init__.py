"""Scoring: tone and escalation of each statement, with the cues that produced them.

* :mod:`.text` — typography normalised; a statement split into its own words and its
  attribution clause (``split``, ``own_words``);
* :mod:`.tone` — VADER's compound, pos, neu, neg of the own words, with the tone lexicon;
* :mod:`.escalation` — what the statement does or reports between political actors, in
  [-1, 1], with the cues that explain it (README, "What escalation means");
* :mod:`.cameo` — word forms and the derivation of the CAMEO cue lexicon;
* this module — :func:`score_statement` / :func:`score_statements`, which fill a
  :class:`~analysis.model.Statement`'s scores and scorer version.

Stance (``analysis.stance``) and the scorer version (``analysis.version``) sit beside it.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..model import Statement
from .cameo import cameo_toml, derive_cameo_verbs, goldstein_of, goldstein_table, noun_forms, verb_forms
from .data import _data
from .escalation import Cue, Lexicon, escalation, lexicon
from .text import Parts, normalise, own_words, split
from .tone import LONG_TEXT, analyzer, polarity, read_tone_lexicon, tone

__all__ = [
    "Cue", "LONG_TEXT", "Lexicon", "Parts", "analyzer", "cameo_toml", "derive_cameo_verbs",
    "escalation", "goldstein_of", "goldstein_table", "lexicon", "noun_forms", "normalise", "own_words",
    "polarity", "read_tone_lexicon", "score_statement", "score_statements", "split",
    "tone", "verb_forms", "_data",
]

# -------------------------------------------------------------------------- statements


def _relative_span(st: Statement, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A document-offset attribution span as offsets into ``st.text``."""
    if span is None and st.extra:
        span = st.extra.get("attribution_span")
    if span is None:
        return None
    s, e = span
    if st.char_start <= s < e <= st.char_end:
        return s - st.char_start, e - st.char_start
    return None


def _is_act_verb(word: str) -> bool:
    """Whether `word` (lower case) is a verb of an act in the escalation lexicon."""
    c = lexicon().words.get(word)
    return c is not None and not c.noun


def _act_before(st: Statement) -> str | None:
    """The statement's cue when it is an act verb of the escalation lexicon left before the
    statement's words by the attribution ("Lavrov accused" | "the alliance of …": the
    statement is what the act is about): read before them, as it stands in the sentence."""
    cue = st.cue or ""
    if not cue or not cue.replace(" ", "").isalpha() or not cue.islower():
        return None
    if not _is_act_verb(cue.split()[0]):
        return None
    return None if st.text.lstrip(" \"“”'‘’").lower().startswith(cue) else cue


def _without_closing_act(frame: str, reported: bool = False) -> str:
    """A reporting frame of the outlet's without the act verb that closes it ("Lavrov
    accused" before "the alliance of …"): the statement after it reads that act as its cue
    and its tone, the outlet's frame does not say it a second time. ``reported`` (escalation):
    a verb whose act has one direction whatever its object ([attribution].frame_acts: "Lavrov
    accused", "Kyiv condemned") stays, the act the outlet's frame reports (issue 16 annotation
    convention A1: "He also accused" is +1); one whose direction the next words decide
    ("Democrats urged" before "… to lift sanctions") goes."""
    words = frame.rstrip(" ,:").rsplit(None, 1)
    if len(words) != 2 or not _is_act_verb(words[1].lower()):
        return frame
    if reported and lexicon().words[words[1].lower()].code.startswith(lexicon().frame_acts):
        return frame
    return words[0]


def _as_said(text: str, st: Statement, act: str | None, reported: bool = False) -> str:
    """`text` of `st` as its tone (and, ``reported``, escalation) read it: the act a reported
    statement's frame names is the statement's ("accused" + "the alliance of …": the speaker
    accused), and the outlet's frame keeps only its own words ("Lavrov accused" reads "Lavrov"
    for tone; escalation keeps an act of one direction, :func:`_without_closing_act`)."""
    if act:
        return f"{act} {text}"
    return _without_closing_act(text, reported) if st.cue == "frame" else text


def _with_frame(st: Statement, said: str) -> str:
    """`said` (the words as tone reads them) within the reporting frame the export leaves out
    (analysis.attribute.frame_rows: ``extra["frame_before"]``, ``extra["frame_after"]``): a
    reader rates the sentence whole; the frame's closing act verb, read with the words, once."""
    before, after = st.extra.get("frame_before", ""), st.extra.get("frame_after", "")
    if not before and not after:
        return said
    return " ".join(x for x in (_without_closing_act(before) if before else "", said, after) if x)


def score_statement(st: Statement, attribution_span: tuple[int, int] | None = None, *,
                    version: str | None = None, registry=None) -> None:
    """Fill ``st``'s tone, tone_pos, tone_neu, tone_neg, escalation, escalation_cues and
    scorer_version in place.

    ``attribution_span``: the attribution clause's (start, end) in document offsets, like
    ``char_start``/``char_end`` (or ``st.extra["attribution_span"]``); without it the clause
    is recognised from the text. ``version`` (else computed, with ``registry``'s
    fingerprint) is the scorer version. Spam is not scored (its scores stay None) but
    carries the version, so the nightly job knows it is current."""
    if version is None:
        from ..version import scorer_version

        version = scorer_version(registry)
    st.scorer_version = version
    if st.section == "spam":
        st.tone = st.tone_pos = st.tone_neu = st.tone_neg = st.escalation = None
        st.escalation_cues = ()
        return
    parts = split(st.text, _relative_span(st, attribution_span))
    act = _act_before(st)
    t = polarity(_with_frame(st, _as_said(parts.words, st, act)))
    st.tone, st.tone_pos, st.tone_neu, st.tone_neg = t["compound"], t["pos"], t["neu"], t["neg"]
    if st.speaker in lexicon().question_speakers:  # a reporter asks: no act (issue 16)
        st.escalation, st.escalation_cues = 0.0, ()
        return
    read = _as_said(f"{parts.head} {parts.words}" if parts.head else parts.words, st, act, reported=True)
    tail = parts.tail
    if st.cue == "frame" and tail and not act:
        # a frame is all attribution ("Gerasimov, the chief of staff, warned last month that"):
        # no quotation whose act its verb would only colour, so the verb is read in the words
        read, tail = _as_said(st.text, st, None, reported=True), ""
    st.escalation, st.escalation_cues = escalation(read, attribution=tail,
                                                   party=st.speaker_kind not in lexicon().non_parties)


def score_statements(statements: Iterable[Statement], registry=None) -> list[Statement]:
    """Score statements in place with one analyzer and one scorer version (with
    ``registry``'s fingerprint when given); returns them as a list."""
    from ..version import scorer_version

    version = scorer_version(registry)
    out = list(statements)
    for st in out:
        score_statement(st, version=version)
    return out
