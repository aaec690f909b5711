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
    found = [(m.span(), m.groups()) for m in patterns.HONORIFIC_MENTION_RE.finditer(TEXT)]
    assert found and found == [(m.span(), m.groups()) for m in names._HONORIFIC_MENTION_RE.finditer(TEXT)]
