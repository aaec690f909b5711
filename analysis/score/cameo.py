"""English verb and noun forms of the cue lexicon's lemmas, and the derivation of
escalation.toml's [cameo] section from PETRARCH2's CAMEO verb dictionary and GDELT's
CAMEO-to-Goldstein table (``python -m analysis.score ../shared/lexicons``)."""
from __future__ import annotations

import re

# -------------------------------------------------------------------------- morphology


# Irregular past forms of the verbs the hand-written lists use.
_IRREGULAR = {
    "withdraw": ("withdrew", "withdrawn"), "freeze": ("froze", "frozen"), "break": ("broke", "broken"),
    "forbid": ("forbade", "forbidden"), "overcome": ("overcame",), "give": ("gave", "given"), "meet": ("met",),
    "build": ("built",), "undertake": ("undertook", "undertaken"), "shake": ("shook", "shaken"),
    "shoot": ("shot",), "seek": ("sought",), "let": ("let",), "cut": ("cut",), "beat": ("beaten",),
    "strike": ("struck",), "fight": ("fought",), "hold": ("held",), "lead": ("led",), "take": ("took", "taken"),
    "mean": ("meant",), "make": ("made",), "go": ("went", "gone"), "win": ("won",), "lose": ("lost",),
    "wind": ("wound",), "put": ("put",), "hit": ("hit",), "set": ("set",), "shut": ("shut",), "bid": ("bid",),
    "come": ("came",), "tell": ("told",), "say": ("said",), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
    # (esc3b: the other irregular pasts of the verbs the lexicon lists, from an English grammar's
    # table of irregular verbs: "sent weapons to", "brought peace", "talks began", "kept the peace")
    "send": ("sent",), "bring": ("brought",), "begin": ("began", "begun"), "keep": ("kept",), "pay": ("paid",),
    "lend": ("lent",), "forgive": ("forgave", "forgiven"), "throw": ("threw", "thrown"), "stand": ("stood",),
}


def verb_forms(lemma: str) -> set[str]:
    """A verb (or the first word of a phrasal verb) and its regular -s, -ed, -ing forms,
    with the final consonant doubled too where English may double it, and the irregular
    past forms of _IRREGULAR."""
    v, _, rest = lemma.partition(" ")
    forms = {v, *_IRREGULAR.get(v, ())}
    if v.endswith("ie"):
        forms |= {v + "s", v + "d", v[:-2] + "ying"}
    elif v.endswith("ee"):
        forms |= {v + "s", v + "d", v + "ing"}
    elif v.endswith("e"):
        forms |= {v + "s", v + "d", v[:-1] + "ing"}
    elif v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
        forms |= {v[:-1] + "ies", v[:-1] + "ied", v + "ing"}
    elif v.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {v + "es", v + "ed", v + "ing"}
    else:
        forms |= {v + "s", v + "ed", v + "ing"}
        if len(v) >= 3 and v[-1] in "bdglmnprt" and v[-2] in "aeiou" and v[-3] not in "aeiou":
            forms |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return {f + (" " + rest if rest else "") for f in forms}


def noun_forms(noun: str) -> set[str]:
    """A noun (or the last word of a noun phrase) and its plural."""
    head, _, w = noun.rpartition(" ")
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        plural = w[:-1] + "ies"
    elif w.endswith(("s", "sh", "ch", "x", "z")):
        plural = w + "es"
    else:
        plural = w + "s"
    return {noun, (head + " " if head else "") + plural}


# -------------------------------------------------------------------------- the CAMEO derivation

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_VERB_LINE = re.compile(r"^\+?([A-Z][A-Z_'\-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*(?:[#;].*)?$")
_FORM = re.compile(r"[a-z][a-z' \-]*")


def goldstein_table(text: str) -> dict[str, float]:
    """GDELT's CAMEO.goldsteinscale.txt: CAMEO event code -> Goldstein score."""
    out = {}
    for line in text.splitlines()[1:]:
        parts = line.split()
        if len(parts) == 2:
            out[parts[0]] = float(parts[1])
    return out


def goldstein_of(code: str, table: dict[str, float]) -> float | None:
    """A code's Goldstein score, or its parent code's (4 -> 3 -> 2 digits)."""
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k]
    return None


def derive_cameo_verbs(dictionary: str, goldstein: str) -> list[tuple[str, str, str, float, list[str]]]:
    """(block, lemma, CAMEO code, Goldstein, irregular forms) for every verb of the
    PETRARCH2 CAMEO verb dictionary's verb blocks (``---  THREATEN   [130]  ---``) that
    has a code: the verb's own ``[code]``, else its block's; verbs of a block without a
    code (``[---]``) and without one of their own are left out, and so are the pattern
    lines (``- …``). A lemma listed under two blocks keeps the first."""
    table = goldstein_table(goldstein)
    rows, seen, block, block_code = [], set(), None, ""
    for raw in dictionary.splitlines():
        if raw.startswith("---"):
            m = _BLOCK.match(raw)
            block = m.group(1) if m else None
            block_code = m.group(2).split(":")[0].strip("- ") if m else ""
            continue
        if block is None or not raw.strip() or raw[0] in "-#&~ \t":
            continue
        m = _VERB_LINE.match(raw.strip())
        if not m:
            continue
        verb, irregular, own = m.groups()
        code = (own or "").split(":")[0].strip("- ") or block_code
        g = goldstein_of(code, table) if code else None
        lemma = verb.lower().replace("_", " ").strip()
        if g is None or lemma in seen or not _FORM.fullmatch(lemma):
            continue
        seen.add(lemma)
        irr = {f.lstrip("+").lower().replace("_", " ") for f in (irregular or "").split()} - {lemma}
        rows.append((block, lemma, code, g, sorted(f for f in irr if _FORM.fullmatch(f))))
    return rows


def cameo_toml(rows: list[tuple[str, str, str, float, list[str]]]) -> str:
    """The [cameo] section of escalation.toml for :func:`derive_cameo_verbs`' rows."""
    lines, block = ["[cameo]"], None
    for b, lemma, code, g, irr in rows:
        if b != block:
            lines.append(f"# {b}")
            block = b
        extra = ", irregular = [" + ", ".join(f'"{f}"' for f in irr) + "]" if irr else ""
        lines.append(f'"{lemma}" = {{ code = "{code}", goldstein = {g}, block = "{b}"{extra} }}')
    return "\n".join(lines) + "\n"
