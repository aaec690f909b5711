"""Throughput of the whole pipeline against a bare VADER pass over the same statements.

usage: python bench/throughput.py [CORPUS_DIR] [--repeat N]

Ingests the corpus once (not timed), then times, in the same run and best of N:
the pipeline (`analysis.pipeline.analyse`: segment, attribute and — once it scores —
score) and a bare VADER `polarity_scores` over exactly the statements it produced.
Prints statements per second for both, the ratio and DESIGN.md's target (>= 0.5x),
and a per-stage breakdown. Writes nothing.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET = 0.5


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=os.environ.get("STANCEWATCH_CORPUS", str(ROOT.parent / "shared" / "corpus")))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"corpus not found: {corpus} (give its path or set STANCEWATCH_CORPUS)", file=sys.stderr)
        return 2

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis import attribute, segment
    from analysis.actors import load_registry
    from analysis.ingest import ingest
    from analysis.pipeline import analyse

    docs, errors = ingest([corpus])
    registry = load_registry()
    statements = [s for d in docs for s in analyse(d, registry)]  # warm-up, and the statements VADER gets
    texts = [s.text for s in statements]
    vader = SentimentIntensityAnalyzer()

    t_pipe = best(lambda: [analyse(d, registry) for d in docs], args.repeat)
    t_vader = best(lambda: [vader.polarity_scores(t) for t in texts], args.repeat)
    blocks = [segment.segment(d) for d in docs]
    units = [segment.units(d.text, b) for d, b in zip(docs, blocks)]
    t_seg = best(lambda: [segment.units(d.text, segment.segment(d)) for d in docs], args.repeat)
    t_att = best(lambda: [attribute.attribute(d, b, u, registry) for d, b, u in zip(docs, blocks, units)], args.repeat)

    n = len(statements)
    pipe, bare = n / t_pipe, n / t_vader
    print(f"corpus            {corpus} ({len(docs)} documents, {len(errors)} errors, {n} statements)")
    print(f"pipeline          {pipe:10.0f} statements/s   ({t_pipe:.2f} s, best of {args.repeat})")
    print(f"bare VADER        {bare:10.0f} statements/s   ({t_vader:.2f} s, same statements)")
    print(f"ratio             {pipe / bare:10.2f} x         (target >= {TARGET}x)")
    print(f"  segment         {t_seg:10.2f} s")
    print(f"  attribute       {t_att:10.2f} s")
    print(f"  score and rest  {max(0.0, t_pipe - t_seg - t_att):10.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
