"""The store and the nightly job at scale: ingest+scoring at several corpus sizes, a no-op
rescore of an unchanged store, and --workers 2 against serial, all in one run.

    .venv/bin/python bench/rescore.py [--sizes 1k,10k] [--corpus DIR] [--work DIR] [--seed S]

Each figure comes from running the real command (`stancewatch rescore --source DIR`, in a
subprocess, as cron would) on a corpus that bench/corpus_gen.py makes by recombining the
shared corpus, into a fresh SQLite store in WORK (default: a temporary folder, removed
after). Peak memory is the subprocess's maximum resident set size (os.wait4). It prints:

* per size: documents, statements, seconds, statements/s, peak memory; and between
  consecutive sizes the growth of time and memory against the growth of the corpus
  (1.0x per document means linear);
* the no-op rescore of the unchanged store of the largest size up to 10k documents,
  against DESIGN.md's target (< 5 s), including the command's start-up;
* `--workers 2` against serial on the same corpus (the no-op's size), the ratio of
  their wall times from this run, against the target (>= 1.6x on two cores).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def size(text: str) -> int:
    text = text.strip().lower()
    mult = 1
    if text.endswith("k"):
        text, mult = text[:-1], 1000
    elif text.endswith("m"):
        text, mult = text[:-1], 1_000_000
    return int(float(text) * mult)


def run_cli(*args) -> tuple[float, int, int, str]:
    """(wall seconds, peak RSS in MiB, exit status, stdout) of `stancewatch ARGS`."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "analysis.cli", *args], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss // 1024, p.returncode, out


def fresh_store(path: Path) -> str:
    for suffix in ("", "-wal", "-shm", ".rescore.lock", ".migrate.lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def count_statements(db: str) -> int:
    from sqlalchemy import func, select

    from analysis import store
    eng = store.connect(db)
    try:
        with eng.connect() as c:
            return c.execute(select(func.count()).select_from(store.statements)).scalar()
    finally:
        eng.dispose()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1k,10k", help="corpus sizes, e.g. 1k,10k,100k (default 1k,10k)")
    ap.add_argument("--corpus", default=os.environ.get("STANCEWATCH_CORPUS", str(ROOT.parent / "shared" / "corpus")))
    ap.add_argument("--work", default=None, help="where corpora and stores go (default: a temporary folder)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2, help="workers of the pool run (default 2)")
    a = ap.parse_args(argv)
    if not Path(a.corpus).is_dir():
        print(f"bench/rescore.py: no corpus at {a.corpus}", file=sys.stderr)
        return 2
    sizes = sorted({size(s) for s in a.sizes.split(",") if s.strip()})
    from corpus_gen import generate

    work = Path(a.work) if a.work else Path(tempfile.mkdtemp(prefix="stancewatch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"cores: {os.cpu_count()}; work folder: {work}")
    try:
        results = {}
        for n in sizes:
            docs = work / f"corpus-{n}"
            if not docs.exists():
                t = time.perf_counter()
                generate(a.corpus, docs, n, seed=a.seed)
                print(f"generated {n} documents in {time.perf_counter() - t:.1f} s")
            db = fresh_store(work / f"store-{n}.db")
            wall, rss, code, _ = run_cli("rescore", "--source", str(docs), "--db", db)
            st = count_statements(db)
            results[n] = (wall, rss, st, db, docs)
            print(f"ingest+score {n:>7} documents: {st:>9} statements in {wall:8.1f} s = "
                  f"{st / wall:8.0f} statements/s, peak {rss} MiB (exit {code})")
        prev = None
        for n in sizes:
            if prev is not None:
                (w0, r0, s0, *_), (w1, r1, s1, *_) = results[prev], results[n]
                print(f"growth {prev} -> {n}: corpus x{n / prev:.1f}, statements x{s1 / s0:.1f}, "
                      f"time x{w1 / w0:.1f} (per statement x{(w1 / s1) / (w0 / s0):.2f}; 1.00 = linear), "
                      f"memory x{r1 / r0:.2f}")
            prev = n
        # a no-op rescore of an unchanged store
        noop_n = max((n for n in sizes if n <= 10_000), default=sizes[0])
        _, _, _, db, _ = results[noop_n]
        wall, rss, code, out = run_cli("rescore", "--db", db)
        print(f"no-op rescore of the unchanged {noop_n}-document store: {wall:.2f} s (command start-up "
              f"included), peak {rss} MiB, exit {code}   target: < 5 s {'MET' if wall < 5 else 'MISSED'}")
        # --workers N against serial on the same corpus (the no-op's), from this run
        ratio_n = noop_n
        serial_wall, _, st, _, docs = results[ratio_n]
        db = fresh_store(work / f"store-{ratio_n}-workers.db")
        wall, rss, code, _ = run_cli("rescore", "--source", str(docs), "--db", db, "--workers", str(a.workers))
        ratio = serial_wall / wall
        print(f"--workers {a.workers} on {ratio_n} documents: {wall:.1f} s vs serial {serial_wall:.1f} s = "
              f"{ratio:.2f}x   target: >= 1.6x on two cores {'MET' if ratio >= 1.6 else 'MISSED'} "
              f"(peak {rss} MiB, driver only)")
    finally:
        if not a.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
