#!/usr/bin/env python3
"""Tone against human ratings: Pearson r on VADER's own NYT editorial benchmark.

usage: python bench/tone.py [NYT_TSV]

NYT_TSV defaults to $STANCEWATCH_SHARED/bench/tone/nyt_editorial_snippets.tsv, else
../shared/bench/tone/nyt_editorial_snippets.tsv beside the repository (5,190 sentences,
columns id, human_mean (-4..+4), text). In one run it scores every sentence with
(a) this project's tone, `analysis.score.tone` (typography normalised, VADER's lexicon
extended with analysis/data/tone_lexicon.txt) and (b) bare vaderSentiment, and prints
Pearson r of each compound with the human mean, on the whole set and on its two halves
(split by a hash of the id, so that a lexicon choice can be checked on a half it was not
made on), with the difference. DESIGN.md: r >= 0.52, never below 0.50.
Standard library only (Pearson r by hand); nothing is written.
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # must not write into the repository (analysis/__pycache__)

import os  # noqa: E402
from importlib import metadata  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
TARGET, FLOOR = 0.52, 0.50


from escalation import half, pearson  # noqa: E402  (the same statistics as the escalation benchmark)


def default_path() -> Path:
    shared = Path(os.environ.get("STANCEWATCH_SHARED") or REPO.parent / "shared")
    return shared / "bench" / "tone" / "nyt_editorial_snippets.tsv"


def load(path: Path) -> list[tuple[str, float, str]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[:3] != ["id", "human_mean", "text"]:
            raise ValueError(f"{path}: expected columns id, human_mean, text; got {header}")
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                rows.append((parts[0], float(parts[1]), parts[2]))
    return rows


def main(argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv[1:]):
        print(__doc__)
        return 0
    path = Path(argv[1]) if len(argv) > 1 else default_path()
    if not path.is_file():
        print(f"tone benchmark: {path} not found (pass NYT_TSV or set STANCEWATCH_SHARED)", file=sys.stderr)
        return 2
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis import score
    from analysis.version import scorer_version

    rows = load(path)
    bare = SentimentIntensityAnalyzer()
    ours = [score.tone(text)["compound"] for _, _, text in rows]
    floor = [bare.polarity_scores(text)["compound"] for _, _, text in rows]
    human = [h for _, h, _ in rows]
    added = sum(1 for w in score.read_tone_lexicon(score._data("tone_lexicon.txt")) if w not in bare.lexicon)
    print(f"benchmark     {path}")
    print(f"vaderSentiment {metadata.version('vaderSentiment')}; tone lexicon adds {added} words; "
          f"scorer_version {scorer_version()}")
    print(f"{'set':<10}{'n':>6}{'ours r':>10}{'VADER r':>10}{'diff':>9}{'ratio':>8}")
    for name, keep in (("all", None), ("half A", "A"), ("half B", "B")):
        idx = [i for i, (item, _, _) in enumerate(rows) if keep is None or half(item) == keep]
        r_ours = pearson([ours[i] for i in idx], [human[i] for i in idx])
        r_floor = pearson([floor[i] for i in idx], [human[i] for i in idx])
        print(f"{name:<10}{len(idx):>6}{r_ours:>10.4f}{r_floor:>10.4f}{r_ours - r_floor:>+9.4f}{r_ours / r_floor:>7.3f}x")
    r_all = pearson(ours, human)
    verdict = "met" if r_all >= TARGET else ("below target, above floor" if r_all >= FLOOR else "BELOW FLOOR")
    print(f"target        r >= {TARGET} (never below {FLOOR}): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
