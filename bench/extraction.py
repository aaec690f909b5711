#!/usr/bin/env python3
"""Article-body extraction through the user's path, against trafilatura on its own.

usage: python bench/extraction.py [BENCH_DIR]

BENCH_DIR defaults to ../shared/bench/extraction beside the repository (or its folder): `html/<id>.html.gz`
pages, `ground-truth.json` and the benchmark's own `evaluate.py`. In one run:

(a) Stancewatch as a user runs it: `stancewatch ingest BENCH_DIR/html` into a fresh store in
    a temporary folder (timed: pages per second for the whole ingest, from process start to
    the last document stored, wall clock and CPU), then `stancewatch export documents
    --with-body`: each page's extracted body is that `body` column, its headline and body
    blocks in reading order (a statement's reporting frame is no statement of its own, so
    the statements alone no longer hold every word of the article);
(b) trafilatura alone (`trafilatura.extract`, its defaults) on the same pages, timed too.

Both go to `output/` in a temporary copy of the benchmark folder and are scored by the
benchmark's `evaluate.py` (4-word shingles, F1 of the page-averaged precision and recall).
Prints F1/precision/recall of each, the ratio Stancewatch/trafilatura, pages per second, and
DESIGN.md's targets (F1 >= 0.95, >= 40 pages/s). Nothing is written outside the temporary
folder.
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # must not write into the repository

import csv  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TARGET_F1 = 0.95  # DESIGN.md / issue 12
TARGET_PAGES_PER_S = 40.0


def page_id(source: str) -> str:
    return source.split(".", 1)[0]


CMD = [sys.executable, "-B", "-c", "from analysis.cli import run; run()"]


def _ingest(work: Path, db: str, paths: list[str]) -> tuple[subprocess.CompletedProcess, float, float]:
    """`stancewatch ingest PATHS` into a fresh store: (the process, wall seconds, CPU seconds
    of it and its worker processes)."""
    env = dict(os.environ, STANCEWATCH_DB=f"sqlite:///{work / db}", PYTHONDONTWRITEBYTECODE="1")
    env.pop("STANCEWATCH_SOURCES", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(CMD + ["ingest", *paths], env=env, cwd=work, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return done, wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup_cpu(bench: Path, work: Path) -> float:
    """CPU seconds of `stancewatch ingest` of ONE page into a fresh store: the part of a run
    no second core shares (interpreter, imports, the registry, the new store's migrations,
    loading trafilatura and the pipeline), plus one page."""
    page = min((bench / "html").glob("*.html.gz"))
    return _ingest(work, "startup.db", [str(page)])[2]


def stancewatch(bench: Path, work: Path) -> tuple[dict, float, float, int]:
    """({id: {"articleBody": ...}}, wall seconds, CPU seconds, pages) through the CLI."""
    env = dict(os.environ, STANCEWATCH_DB=f"sqlite:///{work / 'bench.db'}", PYTHONDONTWRITEBYTECODE="1")
    env.pop("STANCEWATCH_SOURCES", None)
    done, wall, cpu = _ingest(work, "bench.db", [str(bench / "html")])
    if done.returncode not in (0, 1):
        sys.exit(f"stancewatch ingest failed ({done.returncode}): {done.stderr.strip()}")
    if done.stderr.strip():
        print("ingest reported:\n  " + done.stderr.strip().replace("\n", "\n  "), file=sys.stderr)
    out_csv = work / "documents.csv"
    subprocess.run(CMD + ["export", "documents", "--with-body", "-o", str(out_csv)], env=env, cwd=work, check=True,
                   capture_output=True)
    bodies: dict[str, str] = {}
    with open(out_csv, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = row["body"]
            if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "\t", "\r"):
                text = text[1:]  # the export's formula-injection guard is not page text
            bodies[page_id(row["source"])] = text
    pages = sorted(page_id(p.name) for p in (bench / "html").glob("*.html.gz"))
    pred = {k: {"articleBody": bodies.get(k, "")} for k in pages}
    return pred, wall, cpu, len(pages)


def trafilatura_alone(bench: Path) -> tuple[dict, float, float]:
    """(outputs, wall seconds, CPU seconds) of trafilatura.extract on every page, in this
    process (one core; its import not counted)."""
    import trafilatura

    pages = sorted((bench / "html").glob("*.html.gz"))
    raw = {page_id(p.name): gzip.decompress(p.read_bytes()) for p in pages}
    t0, c0 = time.perf_counter(), time.process_time()
    pred = {k: {"articleBody": trafilatura.extract(b) or ""} for k, b in raw.items()}
    return pred, time.perf_counter() - t0, time.process_time() - c0


def cores() -> int:
    """The processes `stancewatch ingest` uses for a folder this size: ingest.pool.auto_workers."""
    sys.path.insert(0, str(REPO))
    from analysis.ingest.pool import auto_workers

    return auto_workers(10 ** 6)


def evaluate(bench: Path, work: Path, outputs: dict[str, dict], keep=None, tag: str = "all") -> dict:
    """The benchmark's evaluate.py over the pages `keep` accepts (all by default)."""
    ev = work / f"eval-{tag}"
    (ev / "output").mkdir(parents=True)
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    keys = [k for k in truth if keep is None or keep(k)]
    (ev / "ground-truth.json").write_text(json.dumps({k: truth[k] for k in keys}), encoding="utf-8")
    for name, pred in outputs.items():
        (ev / "output" / f"{name}.json").write_text(json.dumps({k: pred[k] for k in keys}), encoding="utf-8")
    subprocess.run([sys.executable, "-B", str(bench / "evaluate.py"), "--n-bootstrap", "100",
                    "--output", str(ev / "metrics.json")], cwd=ev, check=True, capture_output=True)
    return json.loads((ev / "metrics.json").read_text())


def main(argv: list[str]) -> int:
    if argv:
        bench = Path(argv[0])
    else:  # ../shared beside the repository (or beside the folder of worktrees)
        bench = next((p / "shared" / "bench" / "extraction" for p in (REPO.parent, REPO.parent.parent)
                      if (p / "shared" / "bench" / "extraction").is_dir()),
                     REPO.parent / "shared" / "bench" / "extraction")
    if not (bench / "ground-truth.json").is_file() or not (bench / "html").is_dir():
        print(f"bench/extraction.py: no benchmark at {bench} (html/, ground-truth.json, evaluate.py)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="sw-extraction-") as tmp:
        work = Path(tmp)
        ours, wall, cpu, n = stancewatch(bench, work)
        start = startup_cpu(bench, work)
        theirs, t_wall, t_cpu = trafilatura_alone(bench)
        outputs = {"stancewatch": ours, "trafilatura": theirs}
        m = evaluate(bench, work, outputs)
        # two halves by a hash of the page id: a rule that only fits some pages shows here
        halves = [evaluate(bench, work, outputs, lambda k, h=h: int(k[:8], 16) % 2 == h, f"half{h}")
                  for h in (0, 1)]
    s, t = m["stancewatch"], m["trafilatura"]
    print(f"{n} pages from {bench}")
    print(f"{'':34} {'F1':>7} {'precision':>10} {'recall':>8}")
    print(f"{'Stancewatch (ingest + export)':34} {s['f1']:7.3f} {s['precision']:10.3f} {s['recall']:8.3f}")
    print(f"{'trafilatura alone (defaults)':34} {t['f1']:7.3f} {t['precision']:10.3f} {t['recall']:8.3f}")
    for h, hm in enumerate(halves):
        print(f"  half {h} (page id hash): Stancewatch {hm['stancewatch']['f1']:.3f}, "
              f"trafilatura {hm['trafilatura']['f1']:.3f}")
    print(f"F1 ratio Stancewatch / trafilatura: {s['f1'] / t['f1']:.3f}x   target F1 >= {TARGET_F1}: "
          f"{'met' if s['f1'] >= TARGET_F1 else 'NOT met'}")
    print(f"whole `stancewatch ingest` (start-up, extraction, pipeline, store): {n / wall:.1f} pages/s wall, "
          f"{n / cpu:.1f} pages/s of CPU ({wall:.2f} s, {cpu:.2f} s CPU); trafilatura alone: "
          f"{n / t_wall:.1f} pages/s wall, {n / t_cpu:.1f} pages/s of CPU ({t_wall:.2f} s, {t_cpu:.2f} s CPU)")
    # On a loaded machine wall clock says little: the ratio of the two runs does, and so does
    # an estimate from CPU time of what an idle machine gives: the start-up (measured as the
    # ingest of one page) on one core, the rest spread evenly over the worker processes.
    k = cores()
    idle = start + max(0.0, cpu - start) / k
    print(f"speed ratio Stancewatch / trafilatura, same run: {t_wall / wall:.2f}x wall, {t_cpu / cpu:.2f}x CPU")
    print(f"idle-machine estimate from CPU time: start-up {start:.2f} s CPU + {max(0.0, cpu - start):.2f} s "
          f"over {k} worker(s) = {idle:.2f} s, {n / idle:.1f} pages/s (the start-up on one core, the rest "
          f"shared perfectly; the store's opening, which overlaps the workers' reading, counted as start-up); "
          f"trafilatura alone {n / t_cpu:.1f} pages/s on one core")
    print(f"target >= {TARGET_PAGES_PER_S:.0f} pages/s: {'met' if n / wall >= TARGET_PAGES_PER_S else 'NOT met'} "
          f"(wall, this run), {'met' if n / idle >= TARGET_PAGES_PER_S else 'NOT met'} (idle estimate)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
