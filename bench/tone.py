#!/usr/bin/env python3
"""Tone against human ratings: Pearson r on VADER's own NYT editorial benchmark.

usage: python bench/tone.py [NYT_TSV] [--direct]

NYT_TSV defaults to $STANCEWATCH_SHARED/bench/tone/nyt_editorial_snippets.tsv, else
../shared/bench/tone/nyt_editorial_snippets.tsv beside the repository (5,190 sentences,
columns id, human_mean (-4..+4), text). In one run it scores every sentence with
(a) this project's tone, `analysis.score.tone` (typography normalised, VADER's lexicon
extended with analysis/data/tone_lexicon.txt) and (b) bare vaderSentiment, and prints
Pearson r of each compound with the human mean, on the whole set and on its two halves
(split by a hash of the id, so that a lexicon choice can be checked on a half it was not
made on), with the difference. DESIGN.md: r >= 0.52, never below 0.50.

Then, as a user would (issue 16): the snippets go into a CSV with one snippet per row
(columns id, text) in a temporary folder, through `analysis.ingest.ingest` and the
pipeline (`analysis.pipeline.analyse`: segmentation, attribution, scoring), and each
snippet's tone is the length-weighted mean tone of its document's scored statements
(a snippet whose text repeats an earlier one is stored once, as ingest does, and takes
that document's tone). It prints how many snippets got no tone (target 0) and Pearson r
over all of them and each half (target r >= 0.52 overall, >= 0.50 each half).
--direct skips this pass. Nothing is written outside the temporary folder.
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
    args = [a for a in argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else default_path()
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
    if "--direct" not in argv:
        as_user(rows, floor, human)
    return 0


def as_user(rows, floor, human) -> None:
    """Tone of each snippet through ingest and the pipeline, as `stancewatch ingest` of a
    one-snippet-per-row CSV stores it."""
    import csv
    import tempfile

    from analysis.actors import load_registry
    from analysis.ingest import doc_id_for, ingest
    from analysis.pipeline import analyse

    registry = load_registry()
    with tempfile.TemporaryDirectory(prefix="stancewatch-nyt-") as tmp:
        src = Path(tmp) / "nyt.csv"
        with src.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "text"])
            w.writerows((item, text) for item, _, text in rows)
        docs, _ = ingest([src])  # the repeated snippets come back as "duplicate" notes
    tone_of: dict[str, float] = {}
    for d in docs:
        sts = [st for st in analyse(d, registry) if st.tone is not None]
        total = sum(st.char_end - st.char_start for st in sts)
        if sts and total:
            tone_of[d.doc_id] = sum(st.tone * (st.char_end - st.char_start) for st in sts) / total
    got = [tone_of.get(doc_id_for(text)) for _, _, text in rows]
    missing = [rows[i][0] for i, t in enumerate(got) if t is None]
    print(f"\nas a user: one snippet per CSV row through ingest and the pipeline "
          f"({len(docs)} documents stored of {len(rows)} rows)")
    print(f"snippets without a tone: {len(missing)}{'  ' + ', '.join(missing[:10]) if missing else ''}  (target 0)")
    print(f"{'set':<10}{'n':>6}{'ours r':>10}{'VADER r':>10}{'diff':>9}{'ratio':>8}")
    results = {}
    for name, keep in (("all", None), ("half A", "A"), ("half B", "B")):
        idx = [i for i, (item, _, _) in enumerate(rows) if (keep is None or half(item) == keep) and got[i] is not None]
        r_ours = pearson([got[i] for i in idx], [human[i] for i in idx])
        r_floor = pearson([floor[i] for i in idx], [human[i] for i in idx])
        results[name] = r_ours
        print(f"{name:<10}{len(idx):>6}{r_ours:>10.4f}{r_floor:>10.4f}{r_ours - r_floor:>+9.4f}{r_ours / r_floor:>7.3f}x")
    met = not missing and results["all"] >= TARGET and min(results["half A"], results["half B"]) >= FLOOR
    print(f"target        every snippet scored, r >= {TARGET}, each half >= {FLOOR}: {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
