"""Compiled regular expressions kept between runs, as the bytecode is.

Python compiles each regular expression of a process anew: ``re`` parses the pattern and
turns it into the matching engine's code in pure Python. A `stancewatch ingest` compiles
~700 of them before its first document (this package's lexicon patterns, trafilatura's,
htmldate's, SQLAlchemy's...): ~0.17-0.21 s of the ~0.8 s a one-page ingest costs, paid by
every run before any work is shared by a second core.

``make setup`` writes the engine's code of those patterns to a file beside the package's
bytecode (:func:`build`, run as ``python -m analysis.regex_cache``), and the command line
(:func:`install`) hands a pattern found there straight to the engine (``_sre.compile``, as
``re._compiler.compile`` does at its end): the same pattern object (``==`` holds), the
parsing skipped. A pattern not in the file, or a file written by another Python (its
version and the engine's magic number are checked), is compiled as before. The file is
never written at run time.
"""
from __future__ import annotations

import marshal
import os
import sys

from re import _compiler as _re_compiler

FILE = os.path.join(os.path.dirname(__file__), "__pycache__", f"regex.{sys.implementation.cache_tag}.marshal")
_ORIGINAL = _re_compiler.compile  # re's own, whatever install() puts in its place


_CODE = "I"  # the engine's code words: unsigned, _sre.CODESIZE (4) bytes


def _stamp() -> tuple:
    import _sre
    from array import array

    return (sys.version, _sre.MAGIC, _sre.CODESIZE, array(_CODE).itemsize, _sre.MAXREPEAT, _sre.MAXGROUPS)


def _parts(pattern, flags: int):
    """What ``re._compiler.compile`` hands the engine for `pattern`, less the pattern itself
    (the same steps as its own, Python 3.11-3.13)."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | p.state.flags), code, p.state.groups - 1, dict(groupindex), tuple(indexgroup)


def write(path: str, patterns) -> int:
    """Write the engine's code of `patterns` ((pattern, flags) pairs) to `path`, each entry
    checked to give the very pattern ``re`` compiles; how many were written."""
    import _sre
    from array import array
    from re import _compiler

    table = {}
    for p, flags in patterns:
        flags = int(flags)
        if type(p) not in (str, bytes) or flags & _compiler.SRE_FLAG_DEBUG:
            continue
        try:
            final_flags, code, groups, groupindex, indexgroup = _parts(p, flags)
            same = _sre.compile(p, final_flags, code, groups, groupindex, indexgroup) == _ORIGINAL(p, flags)
        except Exception:  # noqa: BLE001 -- another Python's re: that pattern is compiled as before  # nosec B112
            continue
        if same:
            # the code as machine words (bytes): loaded ~10x faster than a list of ints
            table[(p, flags)] = (final_flags, array(_CODE, code).tobytes(), groups, groupindex, indexgroup)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "wb") as f:
        marshal.dump((_stamp(), table), f)
    os.replace(tmp, path)
    return len(table)


def load(path: str = FILE) -> dict | None:
    """The table :func:`write` wrote to `path`, or None: no file, an unreadable one, or one
    another Python (or regular-expression engine) wrote."""
    try:
        with open(path, "rb") as f:
            stamp, table = marshal.load(f)  # the package's own build output beside its bytecode, written by make setup (the trust .pyc files get)  # nosec B302
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return table if stamp == _stamp() and isinstance(table, dict) else None


def cached_compile(table: dict, own):
    """A stand-in for ``re._compiler.compile``: a pattern of `table` from its saved code,
    any other by `own`."""
    import _sre
    from array import array
    from re import _compiler

    debug = _compiler.SRE_FLAG_DEBUG

    def compile(p, flags=0):
        if type(p) in (str, bytes) and not flags & debug:
            hit = table.get((p, int(flags)))
            if hit is not None:
                final_flags, code, groups, groupindex, indexgroup = hit
                return _sre.compile(p, final_flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
        return own(p, flags)

    return compile


_INSTALLED: list = []


def install(path: str = FILE) -> int:
    """``re`` compiles the patterns of `path` from their saved code from now on, in this
    process (and the processes it forks); how many the file holds (0: no usable file)."""
    if _INSTALLED:
        return _INSTALLED[0]
    table = load(path)
    if not table:
        return 0
    from re import _compiler

    _compiler.compile = cached_compile(table, _compiler.compile)
    _INSTALLED.append(len(table))
    return len(table)


def build(path: str = FILE) -> int:
    """Write the code of every pattern an ingest of a short page and a short text compiles
    (imports, lexicons, the pipeline, trafilatura's reading, a new SQLite store) to `path`,
    in a process that has not installed the file; how many were written."""
    import re
    import tempfile
    from re import _compiler

    if _INSTALLED or _compiler.compile is not _ORIGINAL:
        raise RuntimeError("build() must run in a process that has not installed the cache")
    _INSTALLED.append(0)  # the command line's install() does nothing from now on
    seen: list = []

    def recording(p, flags=0):
        seen.append((p, flags))
        return _ORIGINAL(p, flags)

    _compiler.compile = recording
    try:
        re.purge()
        _exercise(tempfile)
    finally:
        _compiler.compile = _ORIGINAL
    return write(path, dict.fromkeys(seen))


_PAGE = """<!DOCTYPE html><html><head><title>Talks resume - Example News</title>
<meta name="author" content="Jane Roe"><link rel="canonical" href="https://news.example.org/talks">
</head><body><article><h1>Talks resume</h1><p>The minister said on Monday that the talks would
resume in Geneva next week, according to officials.</p><p>"We are hopeful," she told reporters.</p>
</article></body></html>"""
_TEXT = "Officials said on Monday that the talks would resume.\n\nThe minister warned of sanctions.\n"


def _exercise(tempfile) -> None:
    """A `stancewatch ingest` of one short page and one short text into a new SQLite store
    in a temporary folder, in this process."""
    from .cli import main

    with tempfile.TemporaryDirectory() as tmp:
        inputs = os.path.join(tmp, "in")
        os.mkdir(inputs)
        with open(os.path.join(inputs, "page.html"), "w", encoding="utf-8") as f:
            f.write(_PAGE)
        with open(os.path.join(inputs, "note.txt"), "w", encoding="utf-8") as f:
            f.write(_TEXT)
        before = os.environ.get("STANCEWATCH_DB")
        os.environ["STANCEWATCH_DB"] = f"sqlite:///{os.path.join(tmp, 'store.db')}"
        try:
            main(["ingest", "--workers", "1", inputs])
        finally:
            if before is None:
                os.environ.pop("STANCEWATCH_DB", None)
            else:
                os.environ["STANCEWATCH_DB"] = before


if __name__ == "__main__":
    from analysis.regex_cache import FILE as _FILE, build as _build  # the package's module, not __main__

    print(f"{_build()} regular expressions saved to {_FILE}")
