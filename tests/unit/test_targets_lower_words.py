"""The look-ups that stand in for a whole-text scan give the scan's answers (speed only)."""
import re

from analysis.attribute import names, patterns
from analysis.targets import _LOWER_TOKEN, _words_in_lower_case, _written_in_lower_case

TEXT = ("The well-known envoy met anti-Semitic critics. Students' fears grew; a -known x 3-known "
        "rock’n’roll don't Economic talks, economic ties. Mr. Roe and Mrs Doe met Ms.  Poe; "
        "Miss Toe, Mister Loe and AMr. Zed.\ncafé naïve high-level -- end")


def test_written_in_lower_case_is_membership_in_the_scan():
    words = _words_in_lower_case(TEXT)
    asked = set(re.findall(r"[a-z'’\-]+", TEXT)) | {w[1:] for w in words} | {w[:-1] for w in words}
    asked |= {"known", "semitic", "anti-", "students", "caf", "economic", "level", "high", "absent", "U.S."}
    for w in asked:
        assert _written_in_lower_case(TEXT, w) == (w in words), w
    assert _LOWER_TOKEN.fullmatch("economic")


def test_honorific_mentions_as_the_shared_pattern_finds_them():
    plain = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’\-]+)")  # the pattern as first written
    found = [(m.span(), m.groups()) for m in plain.finditer(TEXT)]
    assert found and found == [(m.span(), m.groups()) for m in patterns.HONORIFIC_MENTION_RE.finditer(TEXT)]


def test_capitalised_runs_found_as_capseq_finds_them():
    from analysis.targets import _joined_re

    text = ("Mr. Roe, Mrs Doe and Msgr. Poe met Gen. Lee of the U.S. Army, F. W. de Klerk, al-Assad, "
            "Sen.Jones, J. Smith and the International Court of Justice in The Hague; a Maj. said "
            "al-qaeda alas Al-Aqsa.\tSt Louis and the Democratic Republic of the Congo. Mr")
    assert names.SCAN_CAPSEQ_RE.pattern != patterns.CAPSEQ_RE.pattern  # the rewrite applies
    spans = [m.span() for m in patterns.CAPSEQ_RE.finditer(text)]
    assert len(spans) >= 20 and spans == [m.span() for m in names.SCAN_CAPSEQ_RE.finditer(text)]
    cap = patterns.CAPSEQ_RE.pattern
    joined = re.compile(rf"{cap}(?:[ \t]+(?:of|for|and|on|in|de|du|des|del)(?:[ \t]+the)?[ \t]+{cap})*")
    assert joined.pattern != _joined_re().pattern
    assert joined.findall(text) == _joined_re().findall(text)
