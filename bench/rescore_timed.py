"""`stancewatch ARGS` with wall-clock accumulators around the nightly job's stages, for
bench/rescore.py --breakdown: where a serial run's time goes, without a profiler's
distortion (cProfile slows the pipeline's many small Python calls far more than the
driver's C, and so overstates the analysis). Two clock reads per batch analysed, per
batch written and per item read; the figures go to the JSON file named by
$STANCEWATCH_BREAKDOWN when the command ends:

* ``analyse``: analysis.rescore.analyse_batch (segment + attribute + score);
* ``write``: analysis.rescore._write_batch (the store: documents, statements, scores,
  aggregates, rollups, actors, and the commits);
* ``read``: analysis.rescore.iter_files (listing, reading, extracting and hashing files);
* ``total``: the command from here to its end; the rest is start-up, the run's record,
  the sources' listing and the bookkeeping at its end;
* ``cpu``: the process's user + system CPU seconds at its end.

    python bench/rescore_timed.py rescore --source DIR --db URL
"""
from __future__ import annotations

import atexit
import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import rescore as job  # noqa: E402

ACC = {"analyse": 0.0, "write": 0.0, "read": 0.0}
START = time.perf_counter()


def timed(name, fn):
    def wrap(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            ACC[name] += time.perf_counter() - t
    return wrap


def timed_iter(name, fn):
    def wrap(*a, **k):
        it = fn(*a, **k)
        while True:
            t = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                ACC[name] += time.perf_counter() - t
            yield item
    return wrap


@atexit.register
def _report() -> None:
    out = os.environ.get("STANCEWATCH_BREAKDOWN")
    if out:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        Path(out).write_text(json.dumps(dict(ACC, total=time.perf_counter() - START,
                                             cpu=usage.ru_utime + usage.ru_stime)), encoding="utf-8")


job.analyse_batch = timed("analyse", job.analyse_batch)
job._write_batch = timed("write", job._write_batch)
job.iter_files = timed_iter("read", job.iter_files)

if __name__ == "__main__":
    from analysis.cli import run

    sys.argv = ["stancewatch", *sys.argv[1:]]
    run()
