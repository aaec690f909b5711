"""Score a statement table against hand annotations (../shared/gold/GUIDELINES.md).

The same definitions as the reference scorer (shared/tools/gold_eval.py), so the two
agree: a system statement matches the gold statement its span overlaps most, when the
overlap covers half of the shorter span; speaker precision, recall and F1 over gold
statements with a named speaker; section accuracy; spam and furniture leakage; comment
authors; tone and escalation direction with a neutral band of |x| < 0.05.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

NEUTRAL_BAND = 0.05


def _direction(x):
    if x is None or x == "":
        return None
    x = float(x)
    return 0 if abs(x) < NEUTRAL_BAND else (1 if x > 0 else -1)


def _named(name: str | None) -> bool:
    return bool(name) and not name.startswith("(")


def _handle(name: str | None) -> str:
    return re.sub(r"^(u/|@)", "", (name or "").strip().lower())


def _speaker_ok(system: str | None, gold: str, accept, patterns: dict) -> bool:
    system = (system or "").strip()
    for want in [gold, *accept]:
        if not _named(want):
            if system.lower() == want.lower() or (want == "(narrator)" and system == ""):
                return True
            continue
        pat = patterns.get(want)
        if (pat and re.search(pat, system, re.I)) or system.lower() == want.lower():
            return True
    return False


def _author_ok(system: str | None, want: str, patterns: dict) -> bool:
    pat = patterns.get(want)
    return _handle(system) == _handle(want) or bool(pat and re.search(pat, system or "", re.I))


def _best(span: tuple[int, int], rows: list[dict]) -> dict | None:
    s, e = span
    best, best_ov = None, 0
    for r in rows:
        ov = min(e, r["_e"]) - max(s, r["_s"])
        if ov > best_ov:
            best, best_ov = r, ov
    if best is None:
        return None
    shorter = min(e - s, best["_e"] - best["_s"])
    return best if shorter > 0 and 2 * best_ov >= shorter else None


def score(gold: dict, texts: dict[str, str], rows: list[dict]) -> dict:
    """Metrics of statement rows (source, char_start, char_end, section, speaker, tone,
    escalation) against a gold file's annotations of the documents in `texts`."""
    patterns = gold.get("actors", {})
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        r = dict(r, _s=int(r["char_start"]), _e=int(r["char_end"]))
        by_doc.setdefault(Path(str(r["source"])).name, []).append(r)
    n = dict(named=0, named_hit=0, sys_named=0, sys_named_ok=0, section=0, section_ok=0, spam=0, spam_leak=0,
             comment=0, comment_ok=0, furniture=0, furniture_leak=0, unmatched=0)
    dirs = {"tone": [0, 0], "escalation": [0, 0]}
    misses = []
    for name, doc in gold["documents"].items():
        text, rows_d = texts[name], by_doc.get(name, [])
        for g in doc["statements"]:
            start = text.index(g["text"])
            r = _best((start, start + len(g["text"])), rows_d)
            if r is None:
                n["unmatched"] += 1
                if _named(g["speaker"]):
                    n["named"] += 1
                    misses.append((name, start, g["speaker"], "(no statement)"))
                n["spam"] += g["section"] == "spam"
                continue
            n["section"] += 1
            ok_sections = {"body", "comment"} if g["section"] == "embedded" else {g["section"]}
            n["section_ok"] += r.get("section") in ok_sections
            if g["section"] == "spam":
                n["spam"] += 1
                n["spam_leak"] += r.get("section") != "spam"
                continue
            good = _speaker_ok(r.get("speaker"), g["speaker"], g.get("accept", []), patterns)
            if _named(g["speaker"]):
                n["named"] += 1
                n["named_hit"] += good
                if not good:
                    misses.append((name, start, g["speaker"], r.get("speaker")))
            if _named(r.get("speaker") or ""):
                n["sys_named"] += 1
                n["sys_named_ok"] += good
            for key in dirs:
                want, got = g.get(key), _direction(r.get(key))
                if want is not None and got is not None:
                    dirs[key][0] += 1
                    dirs[key][1] += got == want
        for c in doc.get("comments", []):
            s = text.index(c["text"])
            e = s + len(c["text"])
            inside = [r for r in rows_d if r["_s"] < e and r["_e"] > s]
            n["comment"] += 1
            ok = bool(inside) and all(_author_ok(r.get("speaker"), c["author"], patterns) for r in inside)
            n["comment_ok"] += ok
            if not ok:
                misses.append((name, s, c["author"], ";".join(sorted({r.get("speaker") or "" for r in inside})) or "(no statement)"))
        for line in doc.get("not_statements", []):
            s = text.index(line)
            r = _best((s, s + len(line)), rows_d)
            n["furniture"] += 1
            n["furniture_leak"] += r is not None and r.get("section") not in ("spam", "meta", "furniture")

    def div(a, b):
        return a / b if b else None

    p, rc = div(n["sys_named_ok"], n["sys_named"]), div(n["named_hit"], n["named"])
    return {
        "speaker_precision": p, "speaker_recall": rc, "speaker_f1": (2 * p * rc / (p + rc)) if p and rc else 0.0,
        "section_accuracy": div(n["section_ok"], n["section"]),
        "spam_leaked": n["spam_leak"], "spam_total": n["spam"],
        "comment_author_accuracy": div(n["comment_ok"], n["comment"]),
        "furniture_leaked": n["furniture_leak"], "furniture_total": n["furniture"],
        "tone_direction_accuracy": div(dirs["tone"][1], dirs["tone"][0]),
        "escalation_direction_accuracy": div(dirs["escalation"][1], dirs["escalation"][0]),
        "gold_statements_without_match": n["unmatched"],
        "counts": n, "misses": misses,
    }


def system_rows(docs_dir: str | Path, names, registry) -> tuple[dict[str, str], list[dict]]:
    """Run the pipeline on the gold's documents in docs_dir: (texts by file name, rows)."""
    from .export import statement_row
    from .ingest import ingest
    from .pipeline import analyse

    docs, errors = ingest([docs_dir])
    wanted = set(names)
    texts, rows = {}, []
    for d in docs:
        if d.source in wanted:
            texts[d.source] = d.text
            rows += [statement_row(d, s) for s in analyse(d, registry)]
    missing = wanted - set(texts)
    if missing:
        raise FileNotFoundError(f"gold documents not found in {docs_dir}: {', '.join(sorted(missing))}")
    return texts, rows


def run_eval(gold_path: str | Path, docs_dir: str | Path, registry) -> dict:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    texts, rows = system_rows(docs_dir, gold["documents"], registry)
    return score(gold, texts, rows)


def format_report(result: dict) -> str:
    lines = []
    for k, v in result.items():
        if k in ("counts", "misses"):
            continue
        lines.append(f"{k:32s} {round(v, 3) if isinstance(v, float) else v}")
    if result["misses"]:
        lines.append("")
        lines.append("misses (document, offset, gold speaker, system speaker):")
        lines += ["   " + " | ".join(str(x) for x in m) for m in result["misses"]]
    return "\n".join(lines)
