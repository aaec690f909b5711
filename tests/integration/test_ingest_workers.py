"""`stancewatch ingest --workers N`: files read and documents analysed by a pool of
processes give the same store, in the same order, with the same notes and failures, as one
process."""
import gzip
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from analysis.cli import cli
from analysis.ingest import pool as pools

ROOT = Path(__file__).resolve().parents[2]

PAGE = """<html><head><title>Talks resume in Geneva | The Courier</title>
<meta property="og:site_name" content="The Courier"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Talks resume in Geneva</h1>
<p>The foreign ministers of Atlantis and Borduria met in Geneva on Monday for four hours of talks on
the disputed border crossings, their first meeting since the spring, officials said.</p>
<p>"We are ready to reopen the consulates as soon as the shelling stops," the Atlantian minister
told reporters after the meeting, adding that prisoner exchanges were on the agenda.</p>
</article><footer><p>All rights reserved.</p></footer></body></html>"""


def folder(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    for i in range(7):
        (d / f"{i:02d}.txt").write_text(
            f"Report {i}\n\nLavrov said on Monday that Russia would respond to provocation number {i}.\n"
            f"\"We will not accept threats,\" Lavrov told reporters in Moscow on day {i}.\n", encoding="utf-8")
    (d / "07.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (d / "08.txt").write_text("Report 0\n\nLavrov said on Monday that Russia would respond to provocation number 0.\n"
                              "\"We will not accept threats,\" Lavrov told reporters in Moscow on day 0.\n")  # a copy
    (d / "09.txt").write_bytes(b"\xff\xfe\x00binary")  # a bad file
    (d / "10.html").write_text("<html><body><script>x()</script></body></html>")  # nothing visible
    return d


def run(*args):
    r = CliRunner().invoke(cli, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


@pytest.mark.parametrize("workers", [2, 3])
def test_a_pool_stores_what_one_process_stores_in_the_same_order(tmp_path, workers):
    docs = folder(tmp_path)
    one, many = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'many.db'}"
    serial = run("ingest", docs, "--db", one, "--workers", 1)
    pooled = run("ingest", docs, "--db", many, "--workers", workers)
    assert serial[0] == pooled[0] == 1  # the bad files fail the run, the rest is stored
    assert serial[1:] == pooled[1:]  # the same summary, notes and error lines, in order
    assert "duplicate of 00.txt" in serial[1] and "09.txt" in serial[2] and "10.html" in serial[2]
    for table in ("statements", "actors"):
        a, b = run("export", table, "--db", one), run("export", table, "--db", many)
        assert a[0] == b[0] == 0 and a[1] == b[1] and len(a[1].splitlines()) > 2
    # ingesting again stores nothing new, and says so the same way
    assert run("ingest", docs, "--db", one, "--workers", 1)[1:] == run("ingest", docs, "--db", many,
                                                                       "--workers", workers)[1:]


def test_a_pool_is_used_by_default_only_for_enough_files():
    assert pools.auto_workers(3) == 1
    assert pools.auto_workers(pools.MIN_FILES) >= 1
    assert pools.auto_workers(10_000) <= pools.MAX_WORKERS


def test_work_a_dead_worker_left_is_done_in_this_process():
    """In a fresh interpreter: a pool forks only in a process that runs no other thread, and
    earlier tests leave server threads behind in this one."""
    r = subprocess.run([sys.executable, "-c", "from tests.integration.test_ingest_workers import "
                        "dead_worker_work_is_done_here; dead_worker_work_is_done_here()"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"


def dead_worker_work_is_done_here() -> None:
    with pools.Pool(2) as pool:
        assert pool.parallel  # forked: this process runs no other thread
        futures = [pool.submit(pow, 2, 10), pool.submit(_die_in_worker, 5)]
        assert [f.result() for f in futures] == [1024, 5]
    print("ok")


def _die_in_worker(x):
    import multiprocessing
    import os

    if multiprocessing.parent_process() is not None:
        os._exit(1)  # killed, out of memory
    return x


def stancewatch(*args, timeout=120):
    """The command in a fresh interpreter: there the pool really forks (no other threads),
    and its workers read the first files while the store is being opened."""
    r = subprocess.run([sys.executable, "-c", "from analysis.cli import run; run()", *map(str, args)],
                       cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    return r.returncode, r.stdout, r.stderr


def test_workers_reading_while_the_store_opens_store_what_one_process_stores(tmp_path):
    docs = folder(tmp_path)
    one, many = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'many.db'}"
    serial = stancewatch("ingest", docs, "--db", one, "--workers", 1)
    pooled = stancewatch("ingest", docs, "--db", many, "--workers", 2)
    assert serial[0] == pooled[0] == 1 and serial[1:] == pooled[1:]
    for table in ("statements", "actors"):
        a, b = stancewatch("export", table, "--db", one), stancewatch("export", table, "--db", many)
        assert a[0] == b[0] == 0 and a[1] == b[1] and len(a[1].splitlines()) > 2


def test_a_store_that_cannot_be_created_is_one_error_line_with_workers_reading(tmp_path):
    docs = folder(tmp_path)
    (tmp_path / "a_file").write_text("not a folder")
    code, out, err = stancewatch("ingest", docs, "--db", f"sqlite:///{tmp_path / 'a_file' / 'x.db'}",
                                 "--workers", 2, timeout=60)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "a_file" in err and "Traceback" not in err
