"""The store and the nightly job at scale: ingest+scoring at several corpus sizes, a no-op
rescore of an unchanged store, and --workers 2 against serial, all in one run.

    .venv/bin/python bench/rescore.py [--sizes 1k,10k] [--corpus DIR] [--work DIR] [--seed S]
                                      [--pg URL] [--profile FILE] [--breakdown]

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
  their wall times from this run, against the target (>= 1.6x on two cores);
* the serial rescore's statements/s against the pipeline's own rate on the same documents
  (`analysis.pipeline.analyse` over every document of that corpus, in this process, files
  read beforehand: segment + attribute + score and nothing else), as a ratio beside the
  target (>= 0.6x: storing, rollups and file reading at most 40 % of a run); with --pg
  (default $STANCEWATCH_TEST_PG) the same serial run into a fresh PostgreSQL schema beside
  it. Both as wall-clock rates and as CPU-time rates (the subprocess's user + system time
  from os.wait4, the pipeline's process time): on a machine shared with other work the
  two wall clocks run minutes apart under different loads, and the CPU ratio is the
  steadier one (for SQLite, which runs inside the job, it leaves out only waiting on the
  disk; for PostgreSQL it leaves out the server's own work, so there the wall ratio is
  the one to read). --breakdown runs that serial SQLite rescore through
  bench/rescore_timed.py (wall-clock accumulators, no profiler) and prints the shares of
  the run: analysis, writing to the store (rollups and commits included), reading files,
  and the rest; --profile FILE runs it under cProfile (FILE.prof, and the top of it
  printed), which overstates the analysis's share but names the functions.
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


CPU: dict[str, float] = {}  # the last run_cli's CPU seconds (user + system), by the command's db


def run_cli(*args, profile: str | None = None, breakdown: str | None = None) -> tuple[float, int, int, str]:
    """(wall seconds, peak RSS in MiB, exit status, stdout) of `stancewatch ARGS` (under
    cProfile, written to `profile`, when given; through bench/rescore_timed.py, its
    shares written to `breakdown`, when given). Its CPU seconds go to CPU["last"]."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if breakdown:
        env["STANCEWATCH_BREAKDOWN"] = breakdown
    t = time.perf_counter()
    prof = ["-m", "cProfile", "-o", profile] if profile else []
    entry = [str(ROOT / "bench" / "rescore_timed.py")] if breakdown else ["-m", "analysis.cli"]
    p = subprocess.Popen([sys.executable, *prof, *entry, *args], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    CPU["last"] = usage.ru_utime + usage.ru_stime
    p.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss // 1024, p.returncode, out


def fresh_store(path: Path) -> str:
    """An empty store at `path` (rescore opens only a store that exists)."""
    from analysis import store

    for suffix in ("", "-wal", "-shm", ".rescore.lock", ".migrate.lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    store.connect(url).dispose()
    return url


def pipeline_rate(docs: Path) -> tuple[int, float]:
    """(statements, seconds) of analysis.pipeline.analyse over every document under `docs`,
    read first (not timed), in this process, after one warm-up document. Its CPU seconds
    (process time) go to CPU["pipeline"]."""
    from analysis import pipeline
    from analysis.actors import load_registry
    from analysis.ingest import iter_ingest
    from analysis.model import Document

    registry = load_registry(())
    items = [d for d in iter_ingest(docs) if isinstance(d, Document)]
    pipeline.analyse(items[0], registry)
    t, cpu = time.perf_counter(), time.process_time()
    n = sum(len(pipeline.analyse(d, registry)) for d in items)
    CPU["pipeline"] = time.process_time() - cpu
    return n, time.perf_counter() - t


def pg_store(base: str):
    """(URL of a fresh schema with an empty store, drop()) on the PostgreSQL of `base`."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from analysis import store

    schema = f"bench_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)
    store.connect(url).dispose()

    def drop():
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return url, drop


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
    ap.add_argument("--pg", default=os.environ.get("STANCEWATCH_TEST_PG"),
                    help="PostgreSQL URL to run the serial rescore on too, in a schema of its own "
                         "(default $STANCEWATCH_TEST_PG; none: SQLite only)")
    ap.add_argument("--profile", metavar="FILE", help="profile the serial SQLite run of the ratio's size to FILE")
    ap.add_argument("--skip-workers", action="store_true", help="leave out the --workers run")
    ap.add_argument("--breakdown", action="store_true",
                    help="run the serial SQLite run of the ratio's size through bench/rescore_timed.py and print "
                         "where its time went")
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
        cpu = {}
        ratio_n = max((n for n in sizes if n <= 10_000), default=sizes[0])
        shares = work / "breakdown.json"
        for n in sizes:
            docs = work / f"corpus-{n}"
            if not docs.exists():
                t = time.perf_counter()
                generate(a.corpus, docs, n, seed=a.seed)
                print(f"generated {n} documents in {time.perf_counter() - t:.1f} s")
            db = fresh_store(work / f"store-{n}.db")
            wall, rss, code, _ = run_cli("rescore", "--source", str(docs), "--db", db,
                                         breakdown=str(shares) if a.breakdown and n == ratio_n else None)
            cpu[n] = CPU["last"]
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
        # the serial rescore against the pipeline's own rate on the same documents
        serial_wall, _, st, _, docs = results[ratio_n]
        n_pipe, pipe_wall = pipeline_rate(docs)
        pipe_rate, pipe_cpu = n_pipe / pipe_wall, CPU["pipeline"]
        ratio = (st / serial_wall) / pipe_rate
        cpu_ratio = (st / cpu[ratio_n]) / (n_pipe / pipe_cpu)
        print(f"pipeline alone on the same {ratio_n} documents: {n_pipe} statements in {pipe_wall:.1f} s = "
              f"{pipe_rate:.0f} statements/s ({pipe_cpu:.1f} s of CPU = {n_pipe / pipe_cpu:.0f} statements/s)")
        print(f"serial rescore (SQLite) vs pipeline: {st / serial_wall:.0f} / {pipe_rate:.0f} statements/s = "
              f"{ratio:.2f}x wall; CPU {st / cpu[ratio_n]:.0f} / {n_pipe / pipe_cpu:.0f} statements/s = "
              f"{cpu_ratio:.2f}x   target: >= 0.6x: wall {'MET' if ratio >= 0.6 else 'MISSED'}, "
              f"CPU {'MET' if cpu_ratio >= 0.6 else 'MISSED'}")
        if a.breakdown and shares.exists():
            import json

            b = json.loads(shares.read_text(encoding="utf-8"))
            rest = b["total"] - b["analyse"] - b["write"] - b["read"]
            print(f"where the serial SQLite run's {b['total']:.1f} s went: " + ", ".join(
                f"{name} {b[key] if key else rest:.1f} s ({100 * (b[key] if key else rest) / b['total']:.0f} %)"
                for name, key in (("analysis", "analyse"), ("store writes", "write"), ("reading files", "read"),
                                  ("the rest", None)))
                + f"; storing + reading + the rest {100 * (1 - b['analyse'] / b['total']):.0f} %   "
                  f"target: <= 40 % {'MET' if b['analyse'] / b['total'] >= 0.6 else 'MISSED'}")
        if a.pg:
            url, drop = pg_store(a.pg)
            try:
                wall, rss, code, _ = run_cli("rescore", "--source", str(docs), "--db", url)
                pg_cpu = CPU["last"]
                n = count_statements(url)
            finally:
                drop()
            ratio = (n / wall) / pipe_rate
            print(f"serial rescore (PostgreSQL) vs pipeline: {n} statements in {wall:.1f} s = {n / wall:.0f} / "
                  f"{pipe_rate:.0f} statements/s = {ratio:.2f}x wall   target: >= 0.6x "
                  f"{'MET' if ratio >= 0.6 else 'MISSED'} (exit {code}; the job's own CPU {pg_cpu:.1f} s = "
                  f"{(n / pg_cpu) / (n_pipe / pipe_cpu):.2f}x, the server's work not counted)")
        if a.profile:
            db = fresh_store(work / f"store-{ratio_n}-profile.db")
            wall, _, code, _ = run_cli("rescore", "--source", str(docs), "--db", db, profile=a.profile)
            import pstats
            print(f"profiled serial run: {wall:.1f} s (exit {code}); {a.profile}, by own time:")
            pstats.Stats(a.profile).sort_stats("tottime").print_stats(25)
        if a.skip_workers:
            return 0
        # --workers N against serial on the same corpus (the no-op's), from this run
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
