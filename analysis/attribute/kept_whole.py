"""A sentence whose verb no reading of a frame or an act answered for is kept whole ("Regarding
the war, Roe defended the process, though not the results."): what the speaker holds or did is
what follows the verb, its object or complement, and the words before it, an opening adjunct,
the subject and the verb, are the outlet's (as a frame verb's are). Not a comment between
commas ("The plan, Roe believes, will fail": the sentence around it is the speaker's), nor a
verb that closes the sentence ("…, Roe's allies believe.": the words before it are theirs), nor
a verb with only a short adjunct after it ("Roe commented on Monday."). Not a negated verb,
whose sentence stays whole ("He doesn't think the levees will hold" is no view that they
will), nor an act after a condition it depends on ("If talks fail, Roe warned …").

General English (the order subject, verb, object), not read off any corpus."""
from __future__ import annotations

import re
from functools import lru_cache

from ..toml_data import data_file
from .frames import _CONDITIONS
from .negation import NEGATED_AUX_RE

# what may stand between the subject and the verb: up to three lower-case words, no comma (an
# auxiliary or an adverb or two: "Roe has long defended", "Roe also embraced"). (Listing only
# auxiliaries and adverbs, to keep out "Roe's main rival came", was measured, issue 11: train
# mentions and wide F1 -0.0001, dev unchanged; the speaker is the same either way.)
_BETWEEN = r"(?:\s+[a-z][\w'’]*){0,3}?\s+"
# the least of the speaker's own words after the verb: a word
_WORD_RE = re.compile(r"\w")
# a comment between commas: a comma right after the verb, or after an adverb ("said then, was …")
_COMMENT_END_RE = re.compile(r"\s*(?:(?P<adverb>[a-z]+)\s*)?,")


@lru_cache(maxsize=1)
def _adjuncts() -> tuple[frozenset[str], int]:
    """The first words of a short adjunct after a verb with no object, and its length at most
    (``kept_whole_adjunct_words`` in attribution.toml)."""
    raw = data_file("attribution.toml")
    return frozenset(raw["kept_whole_adjunct_words"]), raw["kept_whole_adjunct_max_words"]


# and before those words, right after the subject's mention: an appositive or a relative
# clause of the subject's between commas ("Jane Roe, a former mayor, wants …", "the institute,
# which represents 2,000 fishermen, wants …"; up to three parts, "Dan Roe, the fund's lawyer,
# treasurer and strategist, has rejected"; a number's comma is none), or between dashes
_SUBJECT_ASIDE = r"(?:\s*(?:,(?:[^,;:\"“”()]|,(?=\d)){1,160}){1,3},|\s+[—–―]\s*[^—–―;:\"“”]{1,160}?\s*[—–―])?"


@lru_cache(maxsize=512)
def _after_subject_re(cue: str) -> re.Pattern:
    return re.compile(_SUBJECT_ASIDE + _BETWEEN + r"\s+".join(map(re.escape, cue.split())) + r"\b")


def words_after_verb(u: str, cue: str, mention: tuple[int, int] | None, act: bool = False) -> int | None:
    """Where the words after the verb `cue` begin, when it follows the speaker's `mention` as
    its subject's verb and has words of its own after it; None otherwise. `act`: the cue is an
    act's verb (kept whole after a condition)."""
    if mention is None or not cue or not cue[:1].isalpha() or " " in cue and NEGATED_AUX_RE.search(cue[:cue.rfind(" ")]):
        return None
    if act and _CONDITIONS.intersection(re.findall(r"[a-z]+", u[:mention[0]].lower())):
        return None
    m = _after_subject_re(cue).match(u, mention[1])
    if m is None:
        return None
    rest = u[m.end():]
    adjunct_first, adjunct_max = _adjuncts()
    comment = _COMMENT_END_RE.match(rest) if u[:mention[0]].rstrip().endswith(",") else None
    if comment is not None and (not comment.group("adverb") or comment.group("adverb") in adjunct_first
                                or comment.group("adverb").endswith("ly")):
        return None  # "The plan, Roe believes, will fail", "The truth, Roe said then, was …"
    stripped = rest.lstrip(" ,:")
    if stripped.startswith("that "):
        stripped = stripped[5:]  # "Roe learned that the port would close": what she learned
    words = stripped.split()
    if not _WORD_RE.search(stripped[:3]) or len(stripped.rstrip(" .")) < 3 \
            or words[0].lower() in adjunct_first and len(words) <= adjunct_max:
        return None
    return len(u) - len(stripped)
