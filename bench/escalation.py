#!/usr/bin/env python3
"""Escalation against CAMEO-coded news sentences, the corpus annotations and the seeds gold.

usage: python bench/escalation.py [DEV_JSONL] [--corpus DIR] [--annotations JSONL] [--show N] [--misses]

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
Issue 16: Spearman >= 0.70 and ROC-AUC >= 0.90 on each half, the halves within 0.08.

Then, on the corpus (--corpus, default $STANCEWATCH_CORPUS or ../shared/corpus) run
through the real pipeline (ingest, `analysis.pipeline.analyse`), beside bare VADER
(-compound of the statement text) on the same statements:

* direction accuracy (-1/0/+1, neutral band |x| < 0.05, the seeds checker's) on the
  hand annotations of bench/escalation/corpus_annotations.jsonl (matched by file and
  offsets, else by the largest overlap), overall, per document type and per annotation
  batch (batch 1: the 320 the rules were developed on; batch 2: 100 labelled blind later
  to check that they carry over; batch 3: 100 more, labelled blind after both had been
  read; batches 4 to 8: 100 more each, drawn and labelled blind as batch 3 was; a batch
  is a held-out check only for the rules written before its labels were, which
  bench/escalation/README.md dates)
  (target >= 0.80), with the gold -> ours confusion table;
* the share of statements at |escalation| >= 0.99 (target <= 1 %), the Pearson
  correlation of escalation with tone, and the statements whose only cue is tone (0);
* the seeds gold's escalation direction accuracy through bench/seeds_direction.py
  (the reference checker; target >= 0.85).

--show N lists the N dev sentences whose score is furthest from -Goldstein/10, --misses
the annotated statements whose direction is wrong, with their cues. Nothing is written.
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
TARGETS = {"spearman": 0.70, "auc": 0.90, "gap": 0.08, "annotations": 0.80, "seeds": 0.85, "extreme": 0.01}
BAND = 0.05  # neutral band of a direction, as ../shared/tools/gold_eval.py


def shared() -> Path:
    return Path(os.environ.get("STANCEWATCH_SHARED") or REPO.parent / "shared")


def default_path() -> Path:
    return shared() / "bench" / "escalation" / "dev.jsonl"


def default_corpus() -> Path:
    return Path(os.environ.get("STANCEWATCH_CORPUS") or shared() / "corpus")


def direction(x: float | None) -> int | None:
    return None if x is None else (0 if abs(x) < BAND else (1 if x > 0 else -1))


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


def dev_report(rows: list[dict], ours: list[float], floor: list[float]) -> bool:
    print(f"{'set':<8}{'n':>5}  {'Spearman vs -Goldstein':^26}  {'ROC-AUC conflict':^26}  {'balanced accuracy':^26}")
    print(f"{'':<15}" + "  ".join(f"{'ours':>7}{'VADER':>8}{'diff':>9} " for _ in range(3)))
    halves = {}
    for name, keep in (("all", None), ("half A", "A"), ("half B", "B")):
        idx = [i for i, r in enumerate(rows) if keep is None or half(r["id"]) == keep]
        sub = [rows[i] for i in idx]
        a, b = measure(sub, [ours[i] for i in idx]), measure(sub, [floor[i] for i in idx])
        if keep:
            halves[keep] = a
        cells = "  ".join(f"{a[k]:>7.3f}{b[k]:>8.3f}{a[k] - b[k]:>+9.3f} " for k in ("spearman", "auc", "balanced"))
        print(f"{name:<8}{len(idx):>5}  {cells}")
    gap = max(abs(halves["A"][k] - halves["B"][k]) for k in ("spearman", "auc"))
    met = all(h["spearman"] >= TARGETS["spearman"] and h["auc"] >= TARGETS["auc"] for h in halves.values()) \
        and gap <= TARGETS["gap"]
    print(f"target        each half Spearman >= {TARGETS['spearman']}, ROC-AUC >= {TARGETS['auc']}, "
          f"halves within {TARGETS['gap']} (gap {gap:.3f}): {'met' if met else 'NOT met'}")
    return met


def corpus_statements(folder: Path):
    """(document, statement) pairs of the corpus through the real pipeline."""
    from analysis.actors import load_registry
    from analysis.ingest import ingest
    from analysis.pipeline import analyse

    registry = load_registry()
    docs, errors = ingest([folder])
    for e in errors:
        print(f"note: {e}", file=sys.stderr)
    return [(d, st) for d in docs for st in analyse(d, registry)]


def annotated(pairs, path: Path, folder: Path):
    """(annotation, statement) pairs: the statement with the annotation's offsets in its
    file, else the one overlapping it most."""
    by_source: dict[str, list] = {}
    for d, st in pairs:
        by_source.setdefault(d.source.rsplit("/", 1)[-1], []).append(st)
    out, stale, unmatched = [], 0, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        a = json.loads(line)
        text = (folder / a["source"]).read_text(encoding="utf-8")[a["char_start"]:a["char_end"]]
        if hashlib.sha1(text.encode("utf-8")).hexdigest()[:12] != a["sha1"]:
            stale += 1
            continue
        sts = [st for st in by_source.get(a["source"], ()) if st.section != "spam"]
        best = max(sts, key=lambda st: min(a["char_end"], st.char_end) - max(a["char_start"], st.char_start),
                   default=None)
        if best is not None and min(a["char_end"], best.char_end) > max(a["char_start"], best.char_start):
            out.append((a, best))
        else:
            unmatched.append(a)
    if stale:
        print(f"note: {stale} annotations no longer match their file's text (left out)", file=sys.stderr)
    for a in unmatched:
        print(f"note: no statement overlaps the annotation at {a['source']} {a['char_start']}-{a['char_end']} "
              f"(left out: spam, or not a statement)", file=sys.stderr)
    return out


def seeds_accuracy() -> tuple[float | None, float | None]:
    """Escalation direction accuracy on the seeds gold (ours, bare VADER), through
    bench/seeds_direction.py's reference checker."""
    import tempfile

    sys.path.insert(0, str(REPO / "bench"))
    import seeds_direction as sd

    gold, docs, checker = shared() / "gold" / "seeds.json", REPO / "seeds", shared() / "tools" / "gold_eval.py"
    if not (gold.is_file() and checker.is_file() and docs.is_dir()):
        return None, None
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    bare = SentimentIntensityAnalyzer()
    pairs = sd.statements(docs)
    floor = {id(st): None if st.section == "spam" else bare.polarity_scores(st.text)["compound"] for _, st in pairs}
    with tempfile.TemporaryDirectory(prefix="stancewatch-esc-") as tmp:
        a, b = Path(tmp) / "ours.csv", Path(tmp) / "vader.csv"
        sd.write(a, [(d, st, st.tone, st.escalation) for d, st in pairs])
        sd.write(b, [(d, st, floor[id(st)], None if floor[id(st)] is None else -floor[id(st)]) for d, st in pairs])
        key = "escalation_direction_accuracy"
        return sd.check(checker, gold, docs, a).get(key), sd.check(checker, gold, docs, b).get(key)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", nargs="?", type=Path, default=default_path())
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--annotations", type=Path, default=REPO / "bench" / "escalation" / "corpus_annotations.jsonl")
    ap.add_argument("--show", type=int, default=0, metavar="N")
    ap.add_argument("--misses", action="store_true", help="list the annotated statements whose direction is wrong")
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
    dev_report(rows, ours, floor)
    if args.show:
        far = sorted((i for i, r in enumerate(rows) if r.get("goldstein") is not None),
                     key=lambda i: -abs(ours[i] + float(rows[i]["goldstein"]) / 10))
        print("\nfurthest from -Goldstein/10 (score, -Goldstein/10, quad class, text, cues):")
        for i in far[:args.show]:
            r = rows[i]
            print(f"  {ours[i]:+.2f} {-float(r['goldstein']) / 10:+.2f} q{r['quad_class']} {r['text'][:110]}")
            print(f"        {'; '.join(results[i][1])}")

    if not args.corpus.is_dir():
        print(f"\ncorpus        {args.corpus} not found: corpus figures left out (pass --corpus)")
        return 0
    pairs = corpus_statements(args.corpus)
    scored = [st for _, st in pairs if st.escalation is not None]
    vader = {id(st): -bare.polarity_scores(st.text)["compound"] for st in scored}
    print(f"\ncorpus        {args.corpus}  ({len({d.source for d, _ in pairs})} documents, {len(scored)} scored statements)")
    print(f"{'':<44}{'ours':>8}{'VADER':>8}   target")
    if args.annotations.is_file():
        ann = annotated(pairs, args.annotations, args.corpus)
        groups = sorted({a["type"] for a, _ in ann})
        batches = sorted({a.get("batch", 1) for a, _ in ann})
        selections = [("all", None, None), *(("type", g, None) for g in groups),
                      *(("batch", None, b) for b in batches if len(batches) > 1)]
        for kind, g, b in selections:
            sub = [(a, st) for a, st in ann if (g is None or a["type"] == g) and (b is None or a.get("batch", 1) == b)]
            acc = sum(direction(st.escalation) == a["label"] for a, st in sub) / len(sub)
            base = sum(direction(vader.get(id(st))) == a["label"] for a, st in sub) / len(sub)
            name = {"all": f"annotations: direction accuracy ({len(sub)})", "type": f"  {g} ({len(sub)})",
                    "batch": f"  batch {b} ({len(sub)})"}[kind]
            tgt = f">= {TARGETS['annotations']}: {'met' if acc >= TARGETS['annotations'] else 'NOT met'}" \
                if kind != "type" else ""
            print(f"{name:<44}{acc:>8.3f}{base:>8.3f}   {tgt}")
        for b in [None, *batches] if len(batches) > 1 else [None]:
            confusion = {}
            for a, st in ann:
                if b is None or a.get("batch", 1) == b:
                    k = (a["label"], direction(st.escalation))
                    confusion[k] = confusion.get(k, 0) + 1
            print(f"  gold -> ours {'all' if b is None else f'batch {b}':<9}"
                  + "  ".join(f"{g:+d}->{o:+d}: {confusion.get((g, o), 0):>3}" for g in (-1, 0, 1) for o in (-1, 0, 1)))
    n = len(scored)
    extreme = sum(abs(st.escalation) >= 0.99 for st in scored) / n
    extreme_v = sum(abs(vader[id(st)]) >= 0.99 for st in scored) / n
    print(f"{'share at |escalation| >= 0.99':<44}{extreme:>8.2%}{extreme_v:>8.2%}   "
          f"<= {TARGETS['extreme']:.0%}: {'met' if extreme <= TARGETS['extreme'] else 'NOT met'}")
    nonzero = sum(st.escalation != 0 for st in scored) / n
    print(f"{'share with an escalation (!= 0)':<44}{nonzero:>8.2%}{sum(vader[id(st)] != 0 for st in scored) / n:>8.2%}")
    tones = [st.tone for st in scored]
    print(f"{'Pearson r of escalation with tone':<44}{pearson([st.escalation for st in scored], tones):>+8.3f}"
          f"{pearson([vader[id(st)] for st in scored], tones):>+8.3f}")
    tone_only = sum(1 for st in scored if st.escalation_cues
                    and all(c.startswith("tone(") for c in st.escalation_cues))
    print(f"{'statements whose only cue is tone':<44}{tone_only:>8}{'':>8}   0: {'met' if not tone_only else 'NOT met'}")
    s_ours, s_floor = seeds_accuracy()
    if s_ours is not None:
        print(f"{'seeds gold: direction accuracy':<44}{s_ours:>8.3f}{s_floor:>8.3f}   "
              f">= {TARGETS['seeds']}: {'met' if s_ours >= TARGETS['seeds'] else 'NOT met'}")
    if args.misses and args.annotations.is_file():
        print("\nwrong directions on the annotations (gold, ours, type, text, cues):")
        for a, st in ann:
            if direction(st.escalation) != a["label"]:
                print(f"  {a['label']:+d} {st.escalation:+.2f} {a['type']:<9} b{a.get('batch', 1)} {st.text[:110]!r}")
                print(f"        rule: {a['rule']}  cues: {'; '.join(st.escalation_cues)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
