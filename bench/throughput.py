#!/usr/bin/env python3
"""Pipeline throughput against a bare VADER pass over the same statements.

usage: python bench/throughput.py [CORPUS_DIR] [--repeat N]

CORPUS_DIR defaults to $STANCEWATCH_CORPUS, else ../shared/corpus beside the repository.
The corpus is ingested and the pipeline run once untimed (loading its cue files). Then, in
the same run and best of N repeats each:
(a) the whole pipeline, `analysis.pipeline.analyse`, over every document, and (b) a bare
`vaderSentiment` pass (`polarity_scores`) over exactly the statement texts (a) produced,
timed in alternation; the ratio is the median of the N paired rounds.
DESIGN.md's target: the pipeline at >= 0.5x the statements per second of bare VADER.
When the stage functions exist, segmentation and attribution are also timed on their own.
Nothing is written anywhere (no bytecode caches, no store).
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # must not write into the repository (analysis/__pycache__)

import argparse  # noqa: E402
import gc  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from importlib import metadata  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TARGET = 0.5  # DESIGN.md: pipeline throughput >= 0.5x a bare VADER pass over the same statements


def default_corpus() -> Path:
    return Path(os.environ.get("STANCEWATCH_CORPUS") or REPO.parent / "shared" / "corpus")


def best_of(repeat: int, fn):
    """(best wall time in seconds, result of the last run) over `repeat` runs of fn()."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def stage_functions():
    """(segment, units, attribute) when the pipeline exposes its stages, else None."""
    try:
        from analysis import attribute, segment
    except ImportError:
        return None
    fns = (getattr(segment, "segment", None), getattr(segment, "units", None), getattr(attribute, "attribute", None))
    return fns if all(callable(f) for f in fns) else None


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f}" if seconds > 0 else "inf"


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="bench/throughput.py",
        description="Pipeline throughput vs a bare VADER pass over the same statements (target >= 0.5x).")
    parser.add_argument("corpus", nargs="?", type=Path, default=None,
                        help="folder (or file) of documents; default $STANCEWATCH_CORPUS or ../shared/corpus")
    parser.add_argument("--repeat", type=int, default=3, metavar="N", help="best of N runs each (default 3)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    corpus = args.corpus or default_corpus()
    if not corpus.exists():
        print(f"throughput: corpus not found: {corpus} (pass CORPUS_DIR or set STANCEWATCH_CORPUS)", file=sys.stderr)
        return 2

    sys.path.insert(0, str(REPO))  # measure this checkout's code
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.actors import load_registry
    from analysis.ingest import ingest, is_duplicate
    from analysis.pipeline import analyse

    # setup, not timed
    t0 = time.perf_counter()
    docs, errors = ingest([corpus])
    ingest_s = time.perf_counter() - t0
    failed = [e for e in errors if not is_duplicate(e)]
    if not docs:
        print(f"throughput: no documents in {corpus}" + (f" ({len(failed)} ingest errors)" if failed else ""),
              file=sys.stderr)
        return 1
    registry = load_registry()
    vader = SentimentIntensityAnalyzer()
    polarity = vader.polarity_scores

    def pipeline():
        return [analyse(d, registry) for d in docs]

    # one untimed run: loads the cue files and compiles patterns, and gives the statements
    texts = [st.text for statements in pipeline() for st in statements]
    n = len(texts)

    def bare_vader():
        for t in texts:
            polarity(t)

    # the two are timed in alternation, so a busy machine slows both alike: each round gives
    # a paired ratio, and the ratio reported is their median (best times are shown too)
    pipe_times, vader_times, ratios = [], [], []
    for _ in range(args.repeat):
        p, _ = best_of(1, pipeline)
        v, _ = best_of(1, bare_vader)
        pipe_times.append(p)
        vader_times.append(v)
        ratios.append(v / p if p > 0 else float("inf"))
    pipe_s, vader_s = min(pipe_times), min(vader_times)
    ratio = statistics.median(ratios)
    verdict = "met" if ratio >= TARGET else "NOT met"

    print(f"corpus        {corpus}")
    print(f"python        {platform.python_version()}, vaderSentiment {version('vaderSentiment')}")
    print(f"documents     {len(docs)}  (ingested in {ingest_s:.2f} s, not timed"
          + (f"; {len(failed)} ingest errors" if failed else "") + ")")
    print(f"statements    {n}")
    print(f"repeats       best of {args.repeat}")
    print()
    print(f"{'':28s}{'seconds':>10s}{'statements/s':>15s}")
    print(f"{'pipeline (analyse)':28s}{pipe_s:10.3f}{rate(n, pipe_s):>15s}")
    print(f"{'bare VADER':28s}{vader_s:10.3f}{rate(n, vader_s):>15s}")
    print(f"{'ratio pipeline/VADER':28s}{ratio:9.2f}x   target >= {TARGET}x: {verdict}"
          f"   (median of {len(ratios)} paired rounds: {', '.join(f'{r:.2f}' for r in sorted(ratios))})")

    # analysis.vader.Analyzer must give the library's scores exactly: checked on every statement
    from analysis.vader import Analyzer
    ours = Analyzer().polarity_scores
    differ = sum(ours(t) != polarity(t) for t in texts)
    print(f"{'analysis.vader == library':28s}{'yes' if not differ else 'NO'}: {n - differ} of {n} statements identical")

    stages = stage_functions()
    if stages is None:
        print("\nper stage: not available (analysis.segment.segment/units, analysis.attribute.attribute)")
        return 0
    seg_fn, units_fn, attr_fn = stages

    def segmentation():
        out = []
        for d in docs:
            blocks = seg_fn(d)
            out.append((blocks, units_fn(d.text, blocks)))
        return out

    seg_s, segmented = best_of(args.repeat, segmentation)

    def attribution():
        return sum(len(attr_fn(d, blocks, units, registry)) for d, (blocks, units) in zip(docs, segmented))

    attr_s, attributed = best_of(args.repeat, attribution)
    rest_s = max(0.0, pipe_s - seg_s - attr_s)
    share = (lambda s: f"{100 * s / pipe_s:5.0f}%") if pipe_s > 0 else (lambda s: "    -")
    print()
    print(f"{'per stage (best of ' + str(args.repeat) + ')':28s}{'seconds':>10s}{'of pipeline':>15s}")
    print(f"{'  segment (blocks, units)':28s}{seg_s:10.3f}{share(seg_s):>15s}")
    print(f"{'  attribute':28s}{attr_s:10.3f}{share(attr_s):>15s}")
    print(f"{'  rest of analyse':28s}{rest_s:10.3f}{share(rest_s):>15s}   (pipeline - stages: scoring, glue)")
    if attributed != n:
        print(f"  note: attribute alone gave {attributed} statements, analyse {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
