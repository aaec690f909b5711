"""Build the escalation verb lexicon from PETRARCH2's CAMEO verb dictionary and GDELT's
CAMEO-to-Goldstein table.

    python -m analysis.lexicon_build ../shared/lexicons > analysis/data/escalation_verbs.tsv

Every verb of the dictionary's verb blocks (`---  ACCUSE   [112]  ---`) gets the Goldstein
score of its CAMEO code (its own `[code]`, its block's default, or the code most of the
block's patterns give), for all its inflections (regular ones generated, irregular ones as
listed in `{…}`). Escalation is -Goldstein/10: +1 for the most
hostile events, -1 for the most cooperative. The output keeps, per word form, the code
and the block it came from, so every number can be traced back.

The CAMEO dictionary is MIT-licensed (Open Event Data Alliance); its notice ships beside
the derived file as data/CAMEO.LICENSE.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HEADER = re.compile(r"^---\s+([A-Z_]+)\s+\[([0-9]+)[^\]]*\]\s+---")
ANY_HEADER = re.compile(r"^---\s+")


def goldstein_table(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split()
        if len(parts) == 2:
            out[parts[0]] = float(parts[1])
    return out


def goldstein(code: str, table: dict[str, float]) -> float | None:
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k]
    return None


def inflections(verb: str) -> set[str]:
    v = verb.lower()
    forms = {v}
    if v.endswith("e"):
        forms |= {v + "s", v + "d", v[:-1] + "ing"}
    elif v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
        forms |= {v[:-1] + "ies", v[:-1] + "ied", v + "ing"}
    elif v.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {v + "es", v + "ed", v + "ing"}
    else:
        forms |= {v + "s", v + "ed", v + "ing"}
    return forms


def verb_entries(dictionary: Path, table: dict[str, float]) -> list[tuple[str, str, float, str]]:
    """(word form, CAMEO code, Goldstein, block) for every verb of the dictionary whose
    code is known: a verb's own `[code]`, else its block's default code, else (for a
    block without one) the code most of the block's patterns give, when at least three do."""
    blocks: list[tuple[str, str | None, list[tuple[str, str | None, set[str]]], list[str]]] = []
    for raw in dictionary.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        m = ANY_HEADER.match(line)
        if m:
            h = HEADER.match(line)
            name = line.split()[1]
            blocks.append((name, h.group(2) if h else None, [], []))
            continue
        if not blocks or not line.strip() or line.lstrip().startswith(("&", "+", "~")):
            continue
        name, default, verbs, patterns = blocks[-1]
        if line.lstrip().startswith("-"):
            pm = re.search(r"\[([0-9]{2,4})[^\]]*\]", line)
            if pm:
                patterns.append(pm.group(1)[:3])
            continue
        m = re.match(r"^\s*([A-Z][A-Z_']*)\s*(\{([^}]*)\})?\s*(\[([0-9]{2,4})[^\]]*\])?\s*$", line)
        if m:
            irregular = {f.lower().replace("_", " ") for f in (m.group(3) or "").split()}
            verbs.append((m.group(1), m.group(5), irregular))
    rows: dict[str, tuple[str, str, float, str]] = {}
    for name, default, verbs, patterns in blocks:
        modal = None
        if patterns:
            top = max(set(patterns), key=patterns.count)
            if patterns.count(top) >= 3:
                modal = top
        for verb, own, irregular in verbs:
            code = own or default or modal
            g = goldstein(code, table) if code else None
            if g is None:
                continue
            if "_" in verb:  # multi-word verbs ("CALL_ON"): kept as a phrase
                forms = {" ".join([f] + verb.lower().split("_")[1:]) for f in inflections(verb.split("_")[0])}
            else:
                forms = inflections(verb)
            for f in forms | irregular:
                # a form listed under two blocks keeps the first (the dictionary's own order)
                rows.setdefault(f, (f, code, g, name))
    return sorted(rows.values())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    lex = Path(argv[1])
    table = goldstein_table(lex / "CAMEO.goldsteinscale.txt")
    print("# word form\tCAMEO code\tGoldstein\tdictionary block   (derived by analysis/lexicon_build.py "
          "from PETRARCH2 CAMEO.2.0.txt, MIT, and GDELT's CAMEO.goldsteinscale.txt)")
    for form, code, g, block in verb_entries(lex / "CAMEO.2.0.txt", table):
        print(f"{form}\t{code}\t{g}\t{block}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
