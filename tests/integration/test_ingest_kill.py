"""`stancewatch ingest` killed with SIGKILL in the middle, then run again: what a user
exports is exactly what a clean run into a fresh store exports (issue 11), on every
backend. A real process is killed, by the kernel, at a random moment once it is writing."""
import os
import random
import signal
import subprocess
import sys
import time
from contextlib import nullcontext
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select

from analysis import store
from analysis.cli import cli
from tests.conftest import pg_schema
from tests.integration.test_rescore import write_docs

ROOT = Path(__file__).resolve().parents[2]
N = 200  # documents: an ingest long enough to be killed in the middle, twice (on a quiet machine
# the pipeline got fast enough to store all of 120 within the kill delay: "assert 120 < 120")


def ingest_process(folder, db_url):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "analysis.cli", "ingest", str(folder), "--db", db_url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def stored(engine) -> int:
    with engine.connect() as c:
        return c.execute(select(func.count()).select_from(store.documents)).scalar_one()


def export(kind, db_url) -> str:
    r = CliRunner().invoke(cli, ["export", kind, "--db", db_url])
    assert r.exit_code == 0, r.stderr
    return r.stdout


def test_an_ingest_killed_and_rerun_exports_what_a_clean_run_does(tmp_path, db_url, request):
    folder = write_docs(tmp_path / "docs", N)
    rng = random.Random(11)
    engine = store.connect(db_url)  # the schema made here: the kills land in the ingest itself
    try:
        counts = []
        for _ in range(2):
            p = ingest_process(folder, db_url)
            before, deadline = stored(engine), time.monotonic() + 120
            while p.poll() is None and stored(engine) == before and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.08))  # a moment once it writes, well before it can end
            p.send_signal(signal.SIGKILL)
            # its stdout/stderr close once nothing of it is left: a worker process orphaned by
            # the kill would hold them open and keep a cron job or shell pipe waiting forever
            p.communicate(timeout=30)
            assert p.returncode == -signal.SIGKILL  # killed, not finished: the rerun has work left
            counts.append(stored(engine))
        assert 0 < counts[0] <= counts[1] < N
        p = ingest_process(folder, db_url)
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert stored(engine) == N
    finally:
        engine.dispose()
    # a clean run of the same command, into a fresh store of the same backend
    pg = db_url.startswith("postgresql")
    with pg_schema(request.getfixturevalue("pg_admin"), "clean") if pg else nullcontext(
            f"sqlite:///{tmp_path / 'clean.db'}") as clean:
        p = ingest_process(folder, clean)
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        for kind in ("statements", "actors"):
            assert export(kind, db_url) == export(kind, clean), kind
        assert export("statements", clean).count("\n") > N  # statements of every document, not two headers
