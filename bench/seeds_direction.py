#!/usr/bin/env python3
"""Tone and escalation direction on the hand-annotated seeds, through the reference checker.

usage: python bench/seeds_direction.py [--gold GOLD_JSON] [--docs SEEDS_DIR] [--misses]

GOLD_JSON defaults to $STANCEWATCH_SHARED/gold/seeds.json (else ../shared/gold/seeds.json),
SEEDS_DIR to the repository's seeds/ (dates from its manifest.csv). The seeds go through
the real pipeline (`analysis.pipeline.analyse` with the shipped actor registry), then
`analysis.score.score_statements` unless the pipeline scored them already. Two statement
tables are written to a temporary folder (removed afterwards) and scored by
../shared/tools/gold_eval.py, the reference checker:
(a) this project's tone and escalation, and (b) the bare-VADER floor on the same
statements: VADER's compound of the statement text as tone and -compound as escalation.
A score maps to a direction with a neutral band |x| < 0.05; the checker compares it with
the gold -1/0/+1 labels. Targets (issue 3): escalation >= 0.85, tone >= 0.75.
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # must not write into the repository (analysis/__pycache__)

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
COLUMNS = ("source", "char_start", "char_end", "section", "speaker", "tone", "escalation")
TARGETS = {"escalation_direction_accuracy": 0.85, "tone_direction_accuracy": 0.75}


def shared() -> Path:
    return Path(os.environ.get("STANCEWATCH_SHARED") or REPO.parent / "shared")


def statements(docs_dir: Path):
    """(document, statement) pairs of the seeds, scored."""
    from analysis import score
    from analysis.actors import load_registry
    from analysis.ingest import ingest
    from analysis.pipeline import analyse

    registry = load_registry()
    docs, errors = ingest([docs_dir])
    for e in errors:
        print(f"note: {e}", file=sys.stderr)
    out = []
    for doc in docs:
        sts = analyse(doc, registry)
        if any(st.scorer_version is None for st in sts):
            score.score_statements(sts, registry=registry)
        out.extend((doc, st) for st in sts)
    return out


def write(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for doc, st, tone, esc in rows:
            w.writerow([doc.source, st.char_start, st.char_end, st.section, st.speaker,
                        "" if tone is None else f"{tone:.4f}", "" if esc is None else f"{esc:.4f}"])


def check(checker: Path, gold: Path, docs_dir: Path, table: Path) -> dict:
    done = subprocess.run([sys.executable, str(checker), str(gold), str(docs_dir), str(table), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=shared() / "gold" / "seeds.json")
    ap.add_argument("--docs", type=Path, default=REPO / "seeds")
    ap.add_argument("--misses", action="store_true", help="list the statements whose direction is wrong")
    args = ap.parse_args(argv[1:])
    checker = shared() / "tools" / "gold_eval.py"
    for p in (args.gold, args.docs, checker):
        if not p.exists():
            print(f"seeds benchmark: {p} not found (set STANCEWATCH_SHARED or pass --gold/--docs)", file=sys.stderr)
            return 2
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.version import scorer_version

    pairs = statements(args.docs)
    bare = SentimentIntensityAnalyzer()
    floor = {}
    for doc, st in pairs:
        c = None if st.section == "spam" else bare.polarity_scores(st.text)["compound"]
        floor[id(st)] = c
    with tempfile.TemporaryDirectory(prefix="stancewatch-seeds-") as tmp:
        ours_csv, floor_csv = Path(tmp) / "ours.csv", Path(tmp) / "vader.csv"
        write(ours_csv, [(d, st, st.tone, st.escalation) for d, st in pairs])
        write(floor_csv, [(d, st, floor[id(st)], None if floor[id(st)] is None else -floor[id(st)])
                          for d, st in pairs])
        ours, base = check(checker, args.gold, args.docs, ours_csv), check(checker, args.gold, args.docs, floor_csv)
    print(f"gold          {args.gold}")
    print(f"documents     {args.docs}  ({len({d.source for d, _ in pairs})} documents, {len(pairs)} statements)")
    versions = sorted({st.scorer_version for _, st in pairs if st.scorer_version})
    print(f"scorer        {', '.join(versions) or scorer_version()} (with the registry); "
          f"floor = bare VADER compound (tone), -compound (escalation)")
    print(f"checker       {checker}")
    print(f"{'direction accuracy':<32}{'ours':>7}{'VADER':>8}{'diff':>8}   target")
    for key, target in TARGETS.items():
        a, b = ours.get(key), base.get(key)
        if a is None or b is None:
            print(f"{key:<32}  no gold statements matched")
            continue
        print(f"{key:<32}{a:>7.3f}{b:>8.3f}{a - b:>+8.3f}   >= {target}: {'met' if a >= target else 'NOT met'}")
    print(f"{'gold statements without match':<32}{ours['gold_statements_without_match']:>7}")
    if args.misses:
        _misses(args.gold, args.docs, pairs)
    return 0


def _misses(gold_path: Path, docs_dir: Path, pairs) -> None:
    """Gold statements whose direction the system gets wrong (same matching as the checker)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))

    def direction(x):
        return None if x is None else (0 if abs(x) < 0.05 else (1 if x > 0 else -1))

    print("\nwrong directions (what, gold, ours, statement, cues):")
    for name, doc in gold["documents"].items():
        text = (docs_dir / name).read_text(encoding="utf-8")
        rows = [st for d, st in pairs if d.source == name]
        for g in doc["statements"]:
            s = text.index(g["text"])
            e = s + len(g["text"])
            best = max(rows, key=lambda st: min(e, st.char_end) - max(s, st.char_start), default=None)
            if best is None:
                continue
            for key in ("tone", "escalation"):
                want, got = g.get(key), direction(getattr(best, key))
                if want is not None and got is not None and got != want:
                    cues = "; ".join(best.escalation_cues) if key == "escalation" else ""
                    print(f"  {key:<10} {want:+d} {getattr(best, key):+.2f}  {best.text[:90]!r}  {cues}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
