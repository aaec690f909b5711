"""The nightly job killed with SIGKILL at random points, again and again, on every backend:
every document is complete (its statements those of a fresh analysis, all scored by one
version, its aggregates those of its statements) or absent; the next run finishes the
job; two runs started together never both write."""
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from analysis import pipeline, store
from analysis.actors import load_registry
from analysis.ingest import ingest

from tests.integration.test_rescore import write_docs
from tests.integration.test_store import rollups

ROOT = Path(__file__).resolve().parents[2]


def start(db_url, *args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "analysis.cli", "rescore", "--db", db_url, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def kill_midway(p, rng, progress) -> None:
    """SIGKILL `p` at a random moment once the job has visibly started writing
    (`progress()` grew), however fast this machine runs it."""
    before = progress()
    deadline = time.monotonic() + 60
    while p.poll() is None and progress() == before and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 0.3))
    p.send_signal(signal.SIGKILL)
    p.communicate()


def _count(engine, query) -> int:
    with engine.connect() as c:
        return c.execute(query).scalar_one()


def check_whole(engine, fresh, allowed_versions):
    """Every stored document is complete: (seq, offsets, speaker) of a fresh analysis, every
    statement with exactly one score row, all of one allowed version, aggregates matching."""
    with engine.connect() as c:
        doc_ids = {r[0] for r in c.execute(select(store.documents.c.doc_id))}
        sts: dict[str, list] = {}
        for r in c.execute(select(store.statements).order_by(store.statements.c.doc_id, store.statements.c.seq)):
            sts.setdefault(r.doc_id, []).append(r)
        scs: dict[str, list] = {}
        for r in c.execute(select(store.scores)):
            scs.setdefault(r.doc_id, []).append(r)
        agg: dict[str, set] = {}
        for r in c.execute(select(store.speaker_doc)):
            agg.setdefault(r.doc_id, set()).add((r.speaker, r.section, r.statements, r.scored))
    assert doc_ids <= set(fresh)
    for d in doc_ids:
        want = fresh[d]
        got = sts.get(d, [])
        assert [(s.seq, s.char_start, s.char_end, s.speaker) for s in got] == \
            [(s.seq, s.char_start, s.char_end, s.speaker) for s in want], d
        versions = [s.scorer_version for s in scs.get(d, [])]
        assert len(versions) == len(want), d  # one score row per statement
        assert len(set(versions)) <= 1 and set(versions) <= allowed_versions, (d, set(versions))
        sp, _ = store.aggregate_rows(d, want)
        assert agg.get(d, set()) == {(a["speaker"], a["section"], a["statements"], a["scored"]) for a in sp}, d
    # the monthly rollups are those of the documents stored, never of half a one
    kept = rollups(engine)
    with engine.connect() as c:
        tx = c.begin()
        store.rebuild_rollups(c)
        assert rollups(c) == kept
        tx.rollback()
    return doc_ids


@pytest.fixture
def corpus(tmp_path):
    folder = write_docs(tmp_path / "docs", 300)  # a run long enough to be killed in the middle
    registry = load_registry(())
    docs, errors = ingest(folder)
    assert not errors
    return folder, {d.doc_id: pipeline.analyse(d, registry) for d in docs}


def test_sigkill_at_random_points_never_leaves_half_a_document(corpus, db_url):
    folder, fresh = corpus
    version = next(iter(fresh.values()))[0].scorer_version
    rng = random.Random(4)
    engine = store.connect(db_url)  # migrated here, so the kills land in the job itself
    try:
        stored_counts = []
        # ingesting: killed three times
        stored = select(func.count()).select_from(store.documents)
        for i in range(3):
            p = start(db_url, "--source", str(folder)) if i == 0 else start(db_url)
            kill_midway(p, rng, lambda: _count(engine, stored))
            stored_counts.append(len(check_whole(engine, fresh, {version})))
        p = start(db_url)
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert check_whole(engine, fresh, {version}) == set(fresh)
        # rescoring after a scorer change: killed three times
        with engine.begin() as c:
            c.execute(update(store.scores).values(scorer_version="oldversion"))
        rescored = select(func.count()).select_from(store.scores).where(store.scores.c.scorer_version == version)
        for i in range(3):
            p = start(db_url)
            kill_midway(p, rng, lambda: _count(engine, rescored))
            assert check_whole(engine, fresh, {version, "oldversion"}) == set(fresh)
        p = start(db_url)
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert check_whole(engine, fresh, {version}) == set(fresh)
        with engine.connect() as c:
            statuses = [r.status for r in c.execute(select(store.runs).order_by(store.runs.c.run_id))]
        assert statuses[-1] == "ok" and statuses.count("running") == 0
        # each killed run that had started its record was found and marked by the run after it
        # (a kill during the command's start-up, before the record, leaves none)
        assert statuses.count("interrupted") >= 1
        assert stored_counts == sorted(stored_counts)
    finally:
        engine.dispose()


def test_two_runs_started_together_never_both_write(corpus, db_url):
    folder, fresh = corpus
    engine = store.connect(db_url)
    try:
        store.remember_sources(engine, [folder])
        a, b = start(db_url), start(db_url)
        (out_a, err_a), (out_b, err_b) = a.communicate(timeout=120), b.communicate(timeout=120)
        codes = sorted([a.returncode, b.returncode])
        with engine.connect() as c:
            rs = [r for r in c.execute(select(store.runs).order_by(store.runs.c.started_at))]
        if codes == [0, 75]:
            assert len(rs) == 1 and rs[0].documents_added == len(fresh)
            assert "another rescore" in (err_a + err_b)
        else:  # the second started after the first had finished: it found nothing to do
            assert codes == [0, 0]
            assert rs[0].finished_at <= rs[1].started_at and rs[1].documents_added == 0
        assert check_whole(engine, fresh, {next(iter(fresh.values()))[0].scorer_version}) == set(fresh)
    finally:
        engine.dispose()
