#!/usr/bin/env python3
"""Escalation against CAMEO-coded news sentences: rank correlation and conflict detection.

usage: python bench/escalation.py [DEV_JSONL] [--show N]

DEV_JSONL defaults to $STANCEWATCH_SHARED/bench/escalation/dev.jsonl, else
../shared/bench/escalation/dev.jsonl beside the repository: news sentences with their
CAMEO event's Goldstein score (-10 conflict .. +10 cooperation; missing for some) and
quad class (1, 2 cooperation; 3, 4 conflict). In one run it scores every sentence with
(a) this project's `analysis.score.escalation` and (b) the bare-VADER floor, -compound
(negative tone as escalation), and prints for each:

* Spearman rho of the score with -Goldstein (sentences that have a Goldstein score),
* ROC-AUC of the score for conflict (quad class 3 or 4) against cooperation,
* balanced accuracy of "score > 0 means conflict" (no threshold is tuned),

on the whole set and on its two halves (split by a hash of the id: a rule tuned on one
half shows on the other whether it generalises), with the difference to the floor.
DESIGN.md: Spearman >= 0.65, ROC-AUC >= 0.88. --show N lists the N sentences whose score
is furthest from -Goldstein/10, with their cues. Standard library only; nothing is written.
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # must not write into the repository (analysis/__pycache__)

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
TARGETS = {"spearman": 0.65, "auc": 0.88}


def default_path() -> Path:
    shared = Path(os.environ.get("STANCEWATCH_SHARED") or REPO.parent / "shared")
    return shared / "bench" / "escalation" / "dev.jsonl"


def ranks(xs: list[float]) -> list[float]:
    """1-based ranks, ties sharing their mean rank."""
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    out = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def pearson(xs: list[float], ys: list[float]) -> float:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    vx = sum((x - mx) ** 2 for x in xs)
    vy = sum((y - my) ** 2 for y in ys)
    return cov / (vx * vy) ** 0.5 if vx and vy else 0.0


def spearman(xs: list[float], ys: list[float]) -> float:
    return pearson(ranks(xs), ranks(ys))


def roc_auc(scores: list[float], positive: list[bool]) -> float:
    """Probability that a random positive outscores a random negative (ties count half):
    the Mann-Whitney U statistic over ranks."""
    r = ranks(scores)
    n_pos = sum(positive)
    n_neg = len(positive) - n_pos
    return (sum(ri for ri, p in zip(r, positive) if p) - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def balanced_accuracy(scores: list[float], positive: list[bool]) -> float:
    tp = sum(1 for s, p in zip(scores, positive) if p and s > 0)
    tn = sum(1 for s, p in zip(scores, positive) if not p and s <= 0)
    n_pos = sum(positive)
    return (tp / n_pos + tn / (len(positive) - n_pos)) / 2


def half(item_id: str) -> str:
    return "A" if int(hashlib.sha256(item_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def measure(rows: list[dict], scores: list[float]) -> dict:
    g = [i for i, r in enumerate(rows) if r.get("goldstein") is not None]
    conflict = [r["quad_class"] in (3, 4) for r in rows]
    return {
        "n": len(rows), "n_goldstein": len(g),
        "spearman": spearman([scores[i] for i in g], [-float(rows[i]["goldstein"]) for i in g]),
        "auc": roc_auc(scores, conflict),
        "balanced": balanced_accuracy(scores, conflict),
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", nargs="?", type=Path, default=default_path())
    ap.add_argument("--show", type=int, default=0, metavar="N")
    args = ap.parse_args(argv[1:])
    if not args.dev.is_file():
        print(f"escalation benchmark: {args.dev} not found (pass DEV_JSONL or set STANCEWATCH_SHARED)",
              file=sys.stderr)
        return 2
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis import score
    from analysis.version import scorer_version

    rows = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    bare = SentimentIntensityAnalyzer()
    results = [score.escalation(r["text"]) for r in rows]
    ours = [s for s, _ in results]
    floor = [-bare.polarity_scores(r["text"])["compound"] for r in rows]
    print(f"benchmark     {args.dev}  ({len(rows)} sentences)")
    print(f"scorer_version {scorer_version()}; floor = bare VADER, -compound")
    print(f"{'set':<8}{'n':>5}  {'Spearman vs -Goldstein':^26}  {'ROC-AUC conflict':^26}  {'balanced accuracy':^26}")
    print(f"{'':<15}" + "  ".join(f"{'ours':>7}{'VADER':>8}{'diff':>9} " for _ in range(3)))
    for name, keep in (("all", None), ("half A", "A"), ("half B", "B")):
        idx = [i for i, r in enumerate(rows) if keep is None or half(r["id"]) == keep]
        sub = [rows[i] for i in idx]
        a, b = measure(sub, [ours[i] for i in idx]), measure(sub, [floor[i] for i in idx])
        cells = "  ".join(f"{a[k]:>7.3f}{b[k]:>8.3f}{a[k] - b[k]:>+9.3f} " for k in ("spearman", "auc", "balanced"))
        print(f"{name:<8}{len(idx):>5}  {cells}")
    m = measure(rows, ours)
    met = all(m[k] >= t for k, t in TARGETS.items())
    print(f"target        Spearman >= {TARGETS['spearman']}, ROC-AUC >= {TARGETS['auc']} (whole set): "
          f"{'met' if met else 'NOT met'}; Spearman over {m['n_goldstein']} sentences with a Goldstein score")
    if args.show:
        far = sorted((i for i, r in enumerate(rows) if r.get("goldstein") is not None),
                     key=lambda i: -abs(ours[i] + float(rows[i]["goldstein"]) / 10))
        print("\nfurthest from -Goldstein/10 (score, -Goldstein/10, quad class, text, cues):")
        for i in far[:args.show]:
            r = rows[i]
            print(f"  {ours[i]:+.2f} {-float(r['goldstein']) / 10:+.2f} q{r['quad_class']} {r['text'][:110]}")
            print(f"        {'; '.join(results[i][1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
