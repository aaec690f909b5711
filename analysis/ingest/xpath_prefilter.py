"""trafilatura's XPath expressions with a cheap test in front of each regular-expression test.

trafilatura finds boilerplate, comments and the article's container with XPath expressions
whose ``re:test(@class, '...')`` (EXSLT) calls back into Python for every element that is
tested: the attribute is handed over as a Python string and searched by ``re``. On the
pages of bench/extraction.py those call-backs are most of the time of the expressions that
make them, and the expressions about a third of reading a page. :func:`prefiltered`
writes each such test as the same test behind two conditions that every element it could
accept meets, evaluated inside libxml2 without a call-back:

* the attribute is there (``@class and re:test(@class, ...)``), when the pattern cannot
  match an empty string (a missing attribute is tested as ``''``);
* the attribute contains one of the pattern's required literals
  (``contains(@class, 'comment') and re:test(@class, '^[Cc]omment(?!ary)')``): text that
  every match of the pattern contains (:func:`required_literals`), when the pattern has at
  most :data:`MAX_LITERALS` of them (a longer chain of ``contains`` costs more than the
  call-back it spares).

Both are necessary conditions of the test they guard, so every expression selects exactly
the elements it selected before, in the same order (the unit tests compare them, and
trafilatura's output on the benchmark pages is byte-identical). A test with flags (``'i'``)
or a pattern this module cannot read is left as it is.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# Instructions (callgrind) of one process reading a third of bench/extraction.py's pages
# (31), start-up included: the expressions as trafilatura writes them 5.263 G; with the
# attribute test and literal tests for patterns of at most 1 literal 5.050 G, 2: 4.938 G,
# 3: 4.910 G; 3 without the attribute test 5.004 G.
MAX_LITERALS = 3

# re:test(ATTRIBUTES, 'PATTERN') without flags; ATTRIBUTES is @a or a union @a|@b
_RE_TEST = re.compile(r"re:test\(\s*(@[\w-]+(?:\s*\|\s*@[\w-]+)*)\s*,\s*'([^']*)'\s*\)")


def _literals(items) -> set[str] | None:
    """Literals one of which is a substring of every match of the parsed sequence `items`,
    or None when this cannot tell. The longest run of plain characters is one; so is the
    union of what each branch of an alternation requires, or what a group or a repeat of
    at least once requires; anything else (classes, anchors, look-arounds, optional parts)
    only ends a run."""
    options: list[set[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            options.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        end_run()
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags and (r := _literals(sub)):
                options.append(r)
        elif op is _sre.BRANCH:
            alts = [_literals(b) for b in av[1]]
            if all(alts):
                options.append(set().union(*alts))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1 and (r := _literals(av[2])):
            options.append(r)
    end_run()
    if not options:
        return None
    # the option whose shortest literal is longest (fewest false hopes), then the fewest
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def required_literals(pattern: str) -> list[str] | None:
    """Literals (sorted) one of which every match of `pattern` contains, None when this
    cannot tell or the pattern ignores case. A literal containing another is left out (the
    shorter one is there whenever the longer one is)."""
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    lits = _literals(list(parsed))
    if not lits or "" in lits or any("'" in lit for lit in lits):
        return None
    return sorted(lit for lit in lits if not any(o != lit and o in lit for o in lits))


def prefiltered(path: str, max_literals: int = MAX_LITERALS) -> str:
    """The XPath expression `path` with each flagless ``re:test(@a, 'p')`` written behind
    the necessary conditions of the module docstring."""
    def guard(m: re.Match) -> str:
        attrs, pattern = m.group(1), m.group(2)
        try:
            if re.search(pattern, ""):  # a missing attribute may match: no condition is necessary
                return m.group(0)
        except re.error:
            return m.group(0)
        lits = required_literals(pattern)
        test = f"({attrs}) and "
        if lits and len(lits) <= max_literals:
            test += "(" + " or ".join(f"contains({attrs}, '{lit}')" for lit in lits) + ") and "
        return f"({test}{m.group(0)})"

    return _RE_TEST.sub(guard, path)


# Lists of trafilatura.xpaths left as they are: page_metadata.py checks the author
# expressions against the text it rewrote them from.
_KEEP = frozenset({"AUTHOR_XPATHS", "AUTHOR_DISCARD_XPATHS"})
_installed: list[bool] = []


def install() -> int:
    """Rewrite, once per process, the expressions of trafilatura.xpaths that make
    regular-expression tests (each list changed in place, so every module of trafilatura
    that imported it sees the new expressions). Returns how many were rewritten."""
    if _installed:
        return 0
    _installed.append(True)
    from lxml.etree import XPath
    from trafilatura import xpaths

    namespaces = {"re": getattr(xpaths, "REGEXP_NS", "http://exslt.org/regular-expressions")}
    n = 0
    for name, value in vars(xpaths).items():
        if name in _KEEP or not isinstance(value, list):
            continue
        for i, x in enumerate(value):
            if isinstance(x, XPath) and "re:test" in x.path:
                new = prefiltered(x.path)
                if new != x.path:
                    value[i] = XPath(new, namespaces=namespaces)
                    n += 1
    return n
