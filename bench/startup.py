"""Start-up and the nightly job's no-op (issue 14), in one run:

    .venv/bin/python bench/startup.py [--corpus DIR] [--copies 3] [--repeat 7]

* `stancewatch --help`, wall time, against a bare `python -c pass` measured alternately in
  the same run (the interpreter's own start on this machine at this moment), beside the
  **target (<= 0.15 s)**;
* a store holding COPIES copies of the corpus (each copy's files get one line, "copy K",
  appended, so that they are distinct documents; the folders' index.csv is copied as is),
  built by `stancewatch ingest` in a subprocess and timed; then `stancewatch rescore` of
  that unchanged store (command start-up included), whose median is printed as a fraction
  of the ingest beside the **target (<= 0.05)**; and `stancewatch status`.

Times are wall clock of the real commands in subprocesses, REPEAT runs each (min and
median), and their CPU time (user + sys, worker processes included: on a loaded machine
it grows far less than wall time; the ingest's counts both cores, so on a quiet 2-core
machine its wall time is below its CPU time and the CPU ratio is the lower one);
everything is written to a temporary folder, removed afterwards.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).with_name("stancewatch")


CPU: list[float] = []  # the CPU time (user + sys, its worker processes included) of the last command timed


def timed(*cmd) -> tuple[float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[:] = [after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime]
    return wall, p.returncode


def copies(corpus: Path, work: Path, n: int) -> list[Path]:
    out = []
    for k in range(1, n + 1):
        dest = work / f"corpus-copy-{k}"
        dest.mkdir(parents=True)
        for f in sorted(corpus.iterdir()):
            if not f.is_file():
                continue
            if f.suffix in (".txt", ".md"):
                (dest / f.name).write_text(f.read_text(encoding="utf-8") + f"\ncopy {k}\n", encoding="utf-8")
            else:
                shutil.copy2(f, dest / f.name)
        out.append(dest)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.environ.get("STANCEWATCH_CORPUS", str(ROOT.parent / "shared" / "corpus")))
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args(argv)
    corpus = Path(a.corpus)
    if not corpus.is_dir():
        print(f"bench/startup.py: no corpus at {corpus}", file=sys.stderr)
        return 2
    if not EXE.exists():
        print(f"bench/startup.py: no {EXE} (pip install -e . first)", file=sys.stderr)
        return 2
    bare, helps, bare_cpu, help_cpu = [], [], [], []
    for _ in range(a.repeat):  # alternately, so that a busy moment slows both alike
        bare.append(timed(sys.executable, "-c", "pass")[0])
        bare_cpu.append(CPU[0])
        helps.append(timed(str(EXE), "--help")[0])
        help_cpu.append(CPU[0])
    med = statistics.median(helps)
    print(f"stancewatch --help: min {min(helps):.3f} s, median {med:.3f} s; bare python -c pass: min "
          f"{min(bare):.3f} s, median {statistics.median(bare):.3f} s   target: <= 0.15 s "
          f"{'MET' if med <= 0.15 else 'MISSED'} (median)")
    print(f"  CPU time: --help median {statistics.median(help_cpu):.3f} s, bare python "
          f"{statistics.median(bare_cpu):.3f} s")
    work = Path(tempfile.mkdtemp(prefix="stancewatch-startup-"))
    try:
        folders = copies(corpus, work, a.copies)
        db = f"sqlite:///{work / 'store.db'}"
        ingest, code = timed(str(EXE), "ingest", *map(str, folders), "--db", db)
        ingest_cpu = CPU[0]
        print(f"ingest of {a.copies} copies of {corpus} ({sum(1 for f in folders for _ in f.iterdir())} files): "
              f"{ingest:.2f} s wall, {ingest_cpu:.2f} s CPU, workers included (exit {code})")
        noop, noop_cpu = [], []
        for _ in range(a.repeat):
            wall, code = timed(str(EXE), "rescore", "--db", db)
            noop.append(wall)
            noop_cpu.append(CPU[0])
        med, cpu = statistics.median(noop), statistics.median(noop_cpu)
        print(f"no-op rescore of that store: min {min(noop):.3f} s, median {med:.3f} s wall (exit {code}) = "
              f"{med / ingest:.3f} of the ingest   target: <= 0.05 {'MET' if med / ingest <= 0.05 else 'MISSED'}")
        # CPU time does not grow with the machine's load as wall time does; the ingest's
        # counts every worker's, so on N cores its wall time is about its CPU time / N
        print(f"  CPU time: no-op median {cpu:.3f} s = {cpu / ingest_cpu:.3f} of the ingest's CPU time")
        st = [timed(str(EXE), "status", "--db", db)[0] for _ in range(a.repeat)]
        print(f"stancewatch status: min {min(st):.3f} s, median {statistics.median(st):.3f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
