"""The saved regular expressions (analysis/regex_cache.py): a pattern compiled from its saved
code is the pattern re compiles, anything else is compiled as before, and a file another
Python wrote, or a damaged one, is not used."""
from __future__ import annotations

import marshal
import re
from re import _compiler

from analysis import regex_cache

PATTERNS = [
    (r"\b(?P<who>[A-Z]\w+)\s+(?:said|told)\b", 0),
    (r"according\s+to", re.IGNORECASE),
    (r"(?<=\w)['’]s\s+(?:[a-z]+ly\s+)?(?P<part>[a-z]+ing)\b", 0),
    (rb"\xef\xbb\xbf?<html", 0),
]


def _spy():
    calls = []

    def own(p, flags=0):
        calls.append(p)
        return regex_cache._ORIGINAL(p, flags)

    return own, calls


def test_a_saved_pattern_is_the_pattern_re_compiles_and_matches_alike(tmp_path):
    path = str(tmp_path / "regex.marshal")
    assert regex_cache.write(path, PATTERNS) == len(PATTERNS)
    own, calls = _spy()
    compile = regex_cache.cached_compile(regex_cache.load(path), own)
    for p, flags in PATTERNS:
        saved = compile(p, flags)
        assert saved == regex_cache._ORIGINAL(p, flags)
    assert calls == []  # none of them parsed again
    said = compile(*PATTERNS[0]).search("On Monday Lavrov said the talks would go on")
    assert said.group("who") == "Lavrov" and said.span() == (10, 21)
    assert compile(*PATTERNS[1]).search("ACCORDING TO officials")
    assert compile(*PATTERNS[2]).search("He’s claiming that").group("part") == "claiming"


def test_a_pattern_not_saved_or_with_other_flags_is_compiled_as_before(tmp_path):
    path = str(tmp_path / "regex.marshal")
    regex_cache.write(path, PATTERNS[:1])
    own, calls = _spy()
    compile = regex_cache.cached_compile(regex_cache.load(path), own)
    assert compile(r"\bwarned\b", 0).search("she warned them")
    assert compile(PATTERNS[0][0], re.IGNORECASE).search("LAVROV SAID")  # another key: its own flags
    assert calls == [r"\bwarned\b", PATTERNS[0][0]]


def test_a_file_of_another_python_or_a_damaged_one_is_not_used(tmp_path):
    other = tmp_path / "other.marshal"
    other.write_bytes(marshal.dumps((("3.0.0", 0), {})))
    damaged = tmp_path / "damaged.marshal"
    damaged.write_bytes(b"\x00\x01 not marshal")
    assert regex_cache.load(str(other)) is None
    assert regex_cache.load(str(damaged)) is None
    assert regex_cache.load(str(tmp_path / "missing.marshal")) is None


def test_the_command_line_compiles_with_the_saved_file_or_as_before():
    import analysis.cli  # noqa: F401 -- installs the file make setup wrote, when there is one

    if regex_cache.load() is None:
        assert _compiler.compile is regex_cache._ORIGINAL
    else:
        assert _compiler.compile is not regex_cache._ORIGINAL
        # a pattern the package compiles at import: the same object re would make
        p = r"\b(?:was|were|has been|have been|is|are)\s+quoted\s+as\b"
        assert _compiler.compile(p, 0) == regex_cache._ORIGINAL(p, 0)
