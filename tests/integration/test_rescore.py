"""`stancewatch rescore`, the nightly job, as cron runs it: on small folders written here,
on every backend, through the real ingest, pipeline and store."""
import csv
import io
import os
import re

import pytest
from click.testing import CliRunner
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import OperationalError

from analysis import lock, pipeline, store
from analysis import rescore as job
from analysis.actors import load_registry
from analysis.cli import EXIT_LOCKED, cli

SPEAKERS = ["Sergey Lavrov", "Antony Blinken", "Maria Zakharova", "Jens Stoltenberg"]


def article(i: int) -> str:
    who = SPEAKERS[i % len(SPEAKERS)]
    return (f"Talks on the crisis, round {i}\n\n"
            f'"We will respond to any provocation number {i}," {who} said on Monday.\n'
            f"{who} also accused Ukraine of sabotaging the peace talks for the {i}th time.\n"
            f"Officials said a ceasefire could hold for {i} days if both sides welcome dialogue.\n")


def write_docs(folder, n, start=0):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"doc{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return folder


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def exported(db_url):
    r = invoke("export", "statements", "--db", db_url)
    assert r.exit_code == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout)))


def runs(engine):
    with engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(select(store.runs).order_by(store.runs.c.run_id))]


def count(engine, table):
    with engine.connect() as c:
        return c.execute(select(func.count()).select_from(table)).scalar()


def current_version():
    from analysis.version import scorer_version
    return scorer_version(load_registry(()))


@pytest.fixture
def db_url(db_url):
    """An empty store at conftest's URL (only `ingest` creates one: `rescore` refuses a URL
    that names no store)."""
    store.connect(db_url).dispose()
    return db_url


@pytest.fixture
def docs(tmp_path):
    return write_docs(tmp_path / "docs", 6)


def test_first_run_ingests_the_source_and_remembers_it(docs, db_url):
    r = invoke("rescore", "--source", docs, "--db", db_url)
    assert r.exit_code == 0, r.stderr
    assert r.stderr == ""
    assert re.search(r"run 1 ok: 6 documents added \((\d+) statements\)", r.stdout), r.stdout
    rows = exported(db_url)
    assert {row["source"] for row in rows} == {f"doc{i:03d}.txt" for i in range(6)}
    assert {row["scorer_version"] for row in rows} == {current_version()}
    eng = store.connect(db_url)
    try:
        assert store.stored_sources(eng) == [str(docs)]
        (run,) = runs(eng)
        assert run["status"] == "ok" and run["documents_added"] == 6 and run["statements_added"] == len(rows)
        assert run["finished_at"] >= run["started_at"] and run["pid"] == os.getpid() and run["host"]
        assert run["scorer_version"] == current_version() and run["errors"] == 0
    finally:
        eng.dispose()
    # the cron line is just `stancewatch rescore`: nothing new, nothing stale, nothing done
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 0 and "run 2 ok: 0 documents added (0 statements), 0 rescored" in r.stdout
    assert "0 new or changed file(s), 0 document(s) to rescore" in r.stdout
    # a new file in the source: only it is read and added
    write_docs(docs, 1, start=6)
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 0 and "1 new or changed file(s)" in r.stdout and "1 documents added" in r.stdout
    after = exported(db_url)
    assert [row for row in after if row["source"] != "doc006.txt"] == rows  # the old rows untouched
    assert any(row["source"] == "doc006.txt" for row in after)


def test_sources_from_ingest_and_the_environment(docs, tmp_path, db_url):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    other = write_docs(tmp_path / "other", 2, start=10)
    r = invoke("rescore", "--db", db_url, env={"STANCEWATCH_SOURCES": str(other)})
    assert r.exit_code == 0, r.stderr
    assert "2 documents added" in r.stdout and "0 rescored" in r.stdout  # docs/ was ingested already
    assert {row["source"] for row in exported(db_url)} >= {"doc010.txt", "doc011.txt", "doc000.txt"}


def test_stale_scores_are_replaced_and_drift_is_recorded(docs, db_url):
    assert invoke("rescore", "--source", docs, "--db", db_url).exit_code == 0
    fresh = exported(db_url)
    eng = store.connect(db_url)
    try:
        target = fresh[0]["doc_id"]
        with eng.begin() as c:  # doc 0 was scored by an older scorer that gave other numbers
            c.execute(update(store.scores).where(store.scores.c.doc_id == target)
                      .values(scorer_version="oldversion01", tone=0.9, escalation=-0.9))
        assert store.stale_documents(eng, current_version()) == [target]
        r = invoke("rescore", "--db", db_url)
        assert r.exit_code == 0, r.stderr
        assert "1 rescored" in r.stdout
        assert exported(db_url) == fresh  # the current version's scores again, the same statements
        with eng.connect() as c:  # one score row per statement, none of the old version left
            assert c.execute(select(func.count()).select_from(store.scores)).scalar() == len(fresh)
            run = runs(eng)[-1]
            drift = {r.actor: r for r in c.execute(select(store.drift).where(store.drift.c.run_id == run["run_id"]))}
        assert run["documents_rescored"] == 1 and run["statements_rescored"] == sum(
            1 for row in fresh if row["doc_id"] == target)
        mine = [row for row in fresh if row["doc_id"] == target and row["section"] != "spam"]
        for speaker in {row["speaker"] for row in mine}:
            d = drift[speaker]
            theirs = [row for row in mine if row["speaker"] == speaker]
            assert d.statements == len(theirs)
            assert d.tone_before == pytest.approx(0.9) and d.escalation_before == pytest.approx(-0.9)
            assert d.tone_after == pytest.approx(sum(float(row["tone"]) for row in theirs) / len(theirs), abs=1e-3)
    finally:
        eng.dispose()


def test_statements_that_no_longer_match_the_pipeline_are_replaced(docs, db_url):
    assert invoke("rescore", "--source", docs, "--db", db_url).exit_code == 0
    fresh = exported(db_url)
    eng = store.connect(db_url)
    try:
        target = fresh[0]["doc_id"]
        with eng.begin() as c:  # an older attribution: another speaker, one statement fewer, old scores
            c.execute(store.statements.delete().where(store.statements.c.doc_id == target,
                                                      store.statements.c.seq == 1))
            c.execute(update(store.statements).where(store.statements.c.doc_id == target)
                      .values(speaker="Someone Else"))
            c.execute(update(store.scores).where(store.scores.c.doc_id == target).values(scorer_version="old"))
        assert invoke("rescore", "--db", db_url).exit_code == 0
        assert exported(db_url) == fresh
        with eng.connect() as c:
            sp = {r.speaker for r in c.execute(select(store.speaker_doc).where(store.speaker_doc.c.doc_id == target))}
            drift = {r.actor: r for r in c.execute(select(store.drift))}
        assert "Someone Else" not in sp and sp == {row["speaker"] for row in fresh if row["doc_id"] == target}
        # the speaker the old analysis had is in the drift: no statements after, its old mean before
        gone = drift["Someone Else"]
        assert gone.statements == 0 and gone.tone_after is None and gone.tone_before is not None
    finally:
        eng.dispose()


def test_all_rescores_every_document(docs, db_url):
    assert invoke("rescore", "--source", docs, "--db", db_url).exit_code == 0
    fresh = exported(db_url)
    r = invoke("rescore", "--all", "--db", db_url)
    assert r.exit_code == 0 and "6 rescored" in r.stdout
    assert exported(db_url) == fresh


def test_rescoring_an_unchanged_store_writes_no_drift(docs, db_url):
    """`rescore --all` with the scorer that scored the store moves nobody's means: the run
    says what it rescored, and the drift (what the Runs view shows as moved) stays empty;
    a speaker whose scores did change still gets a row."""
    assert invoke("rescore", "--source", docs, "--db", db_url).exit_code == 0
    fresh = exported(db_url)
    r = invoke("rescore", "--all", "--db", db_url)
    assert r.exit_code == 0 and "6 rescored" in r.stdout
    eng = store.connect(db_url)
    try:
        assert runs(eng)[-1]["statements_rescored"] == len(fresh)
        assert count(eng, store.drift) == 0
        target = fresh[0]["doc_id"]  # one document's scores from an older scorer: those speakers moved
        with eng.begin() as c:
            c.execute(update(store.scores).where(store.scores.c.doc_id == target)
                      .values(scorer_version="oldversion01", tone=0.9))
        assert invoke("rescore", "--db", db_url).exit_code == 0
        with eng.connect() as c:
            moved = {r.actor for r in c.execute(select(store.drift))}
        assert moved == {row["speaker"] for row in fresh if row["doc_id"] == target}
    finally:
        eng.dispose()


def test_a_second_run_exits_at_once_while_the_lock_is_held(docs, db_url):
    eng = store.connect(db_url)
    held = lock.try_acquire(eng, "rescore")
    try:
        assert held is not None
        assert lock.try_acquire(eng, "rescore") is None
        r = invoke("rescore", "--source", docs, "--db", db_url)
        assert r.exit_code == EXIT_LOCKED == 75
        assert r.stderr.count("\n") == 1 and "another rescore" in r.stderr and "not starting" in r.stderr
        assert count(eng, store.documents) == 0 and runs(eng) == []
    finally:
        held.release()
        eng.dispose()
    assert invoke("rescore", "--source", docs, "--db", db_url).exit_code == 0


def test_a_run_killed_earlier_is_marked_interrupted(docs, db_url):
    eng = store.connect(db_url)
    try:
        with eng.begin() as c:
            c.execute(insert(store.runs).values(started_at="2026-01-01T00:00:00", status="running",
                                                scorer_version="x", documents_added=3, statements_added=9,
                                                documents_rescored=0, statements_rescored=0, errors=0,
                                                host="elsewhere", pid=999999))
        assert invoke("rescore", "--source", docs, "--db", db_url).exit_code == 0
        first, second = runs(eng)
        assert first["status"] == "interrupted" and first["finished_at"]
        assert second["status"] == "ok"
    finally:
        eng.dispose()


def test_a_corrupt_file_fails_that_file_and_the_rest_is_stored(docs, db_url):
    (docs / "broken.txt").write_bytes(b"\xff\xfe\x00\x01binary junk")
    r = invoke("rescore", "--source", docs, "--db", db_url)
    assert r.exit_code == 1
    broken = docs / "broken.txt"
    assert [line for line in r.stderr.splitlines()] == [line for line in r.stderr.splitlines()
                                                        if line.startswith(f"stancewatch: {broken}: ")]
    assert len(r.stderr.splitlines()) == 1 and "6 documents added" in r.stdout
    eng = store.connect(db_url)
    try:
        run = runs(eng)[-1]
        assert run["status"] == "failed" and run["errors"] == 1 and run["error_log"].startswith(f"{broken}: ")
        assert count(eng, store.documents) == 6
    finally:
        eng.dispose()


def test_a_file_that_vanishes_mid_run_is_that_files_error(docs, db_url, monkeypatch):
    real = pipeline.analyse

    def analyse(doc, registry):
        (docs / "doc004.txt").unlink(missing_ok=True)  # deleted after the folder was listed
        return real(doc, registry)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    eng = store.connect(db_url)
    try:
        run = job.rescore(eng, sources=[docs], batch=1)
        assert run.status == "failed" and len(run.errors) == 1
        assert run.errors[0].startswith(f"{docs / 'doc004.txt'}: vanished")
        assert run.documents_added == 5
        with eng.connect() as c:
            assert c.execute(select(store.runs.c.error_log)).scalar() == run.errors[0]
    finally:
        eng.dispose()


def test_a_failing_write_fails_that_document_only_and_the_next_run_retries_it(docs, db_url, monkeypatch):
    real = store.store_document

    def full_disk(engine, doc, sts, registry=None):
        if doc.source == "doc002.txt":
            raise OperationalError("INSERT INTO statements", {}, OSError(28, "No space left on device"))
        return real(engine, doc, sts, registry)

    real_many = store.store_documents

    def full_disk_many(conn, items, registry=None):  # a batch holding doc002 fails as a whole
        if any(doc.source == "doc002.txt" for doc, _ in items):
            raise OperationalError("INSERT INTO statements", {}, OSError(28, "No space left on device"))
        return real_many(conn, items, registry)

    monkeypatch.setattr(store, "store_document", full_disk)
    monkeypatch.setattr(store, "store_documents", full_disk_many)
    r = invoke("rescore", "--source", docs, "--db", db_url)
    assert r.exit_code == 1
    assert len(r.stderr.splitlines()) == 1 and r.stderr.startswith(f"stancewatch: {docs / 'doc002.txt'}: could not be")
    assert "No space left on device" in r.stderr
    assert {row["source"] for row in exported(db_url)} == {f"doc{i:03d}.txt" for i in range(6)} - {"doc002.txt"}
    monkeypatch.setattr(store, "store_document", real)
    monkeypatch.setattr(store, "store_documents", real_many)
    r = invoke("rescore", "--db", db_url)  # the file was not remembered as read: it is read again
    assert r.exit_code == 0 and "1 documents added" in r.stdout and "1 retried" in r.stdout
    assert "doc002.txt" in {row["source"] for row in exported(db_url)}


def test_a_failing_rescore_write_keeps_the_old_scores(docs, db_url, monkeypatch):
    assert invoke("rescore", "--source", docs, "--db", db_url).exit_code == 0
    fresh = exported(db_url)
    eng = store.connect(db_url)
    try:
        with eng.begin() as c:
            c.execute(update(store.scores).values(scorer_version="old"))
        real = store.replace_analysis

        def flaky(engine, doc_id, sts, registry=None):
            if doc_id == fresh[0]["doc_id"]:
                with engine.begin() as c:  # half written, then the disk is full: rolled back
                    c.execute(store.scores.delete().where(store.scores.c.doc_id == doc_id))
                    raise OperationalError("INSERT INTO scores", {}, OSError(28, "No space left on device"))
            return real(engine, doc_id, sts, registry)

        monkeypatch.setattr(store, "replace_analysis", flaky)
        run = job.rescore(eng)
        assert run.status == "failed" and run.documents_rescored == 5 and len(run.errors) == 1
        versions = {(row["doc_id"], row["scorer_version"]) for row in exported(db_url)}
        assert (fresh[0]["doc_id"], "old") in versions  # kept whole, with its old scores
        assert len(exported(db_url)) == len(fresh)
        monkeypatch.setattr(store, "replace_analysis", real)
        assert job.rescore(eng).documents_rescored == 1
        assert exported(db_url) == fresh
    finally:
        eng.dispose()


def test_log_lines_when_not_on_a_terminal(docs, db_url):
    r = invoke("rescore", "--source", docs, "--db", db_url)
    assert r.exit_code == 0
    assert all(line.startswith("rescore: ") for line in r.stdout.splitlines())
    assert "rescore: 6/6 documents" in r.stdout


def test_bad_usage_exits_2(db_url, tmp_path):
    for args in (["rescore", "--workers", "0"], ["rescore", "--source", tmp_path / "missing"],
                 ["rescore", "--scheduler", "nowhere"], ["rescore", "--workers", "2", "--scheduler", "tcp://h:1"]):
        r = invoke(*args, "--db", db_url)
        assert r.exit_code == 2, (args, r.stderr)
        assert len(r.stderr.splitlines()) == 1 and r.stderr.startswith("stancewatch: error: ")


def test_serial_process_pool_and_dask_give_the_same_store(tmp_path, db_url):
    """The batch function runs in this process, in a pool of 2 and on a Dask cluster: the
    exported statements and scores are identical, and so are actors and aggregates."""
    from distributed import LocalCluster

    docs = write_docs(tmp_path / "many", 20)
    results = {}
    base = db_url
    urls = {"serial": base}
    if base.startswith("sqlite"):
        urls["pool"] = f"sqlite:///{tmp_path / 'pool.db'}"
        urls["dask"] = f"sqlite:///{tmp_path / 'dask.db'}"
        for url in (urls["pool"], urls["dask"]):
            store.connect(url).dispose()
    with LocalCluster(n_workers=2, processes=False, threads_per_worker=1, dashboard_address=None,
                      protocol="tcp") as cluster:
        for how, extra in (("serial", []), ("pool", ["--workers", "2"]),
                           ("dask", ["--scheduler", cluster.scheduler_address])):
            url = urls.get(how, base)
            if url == base and how != "serial":  # one PostgreSQL schema: start again from empty
                eng = store.connect(url)
                with eng.begin() as c:
                    for t in reversed(store.metadata.sorted_tables):
                        c.execute(t.delete())
                eng.dispose()
            r = invoke("rescore", "--source", docs, "--db", url, *extra)
            assert r.exit_code == 0, (how, r.stderr)
            eng = store.connect(url)
            try:
                with eng.connect() as c:
                    aggregates = sorted(tuple(r) for r in c.execute(select(store.speaker_doc)))
            finally:
                eng.dispose()
            actors = invoke("export", "actors", "--db", url).stdout
            results[how] = (exported(url), actors, aggregates)
    assert len(results["serial"][0]) > 20
    assert results["pool"] == results["serial"]
    assert results["dask"] == results["serial"]


def test_sigterm_records_the_run_as_interrupted_and_exits_130(docs, db_url, monkeypatch):
    import signal

    real = pipeline.analyse
    seen = []

    def analyse(doc, registry):
        seen.append(doc.source)
        if len(seen) == 3:
            os.kill(os.getpid(), signal.SIGTERM)
        return real(doc, registry)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    monkeypatch.setattr(job, "BATCH", 1)
    r = invoke("rescore", "--source", docs, "--db", db_url)
    assert r.exit_code == 130 and "interrupted" in r.stderr and len(r.stderr.splitlines()) == 1
    eng = store.connect(db_url)
    try:
        (run,) = runs(eng)
        assert run["status"] == "interrupted" and run["finished_at"] and run["documents_added"] == 2
    finally:
        eng.dispose()
    monkeypatch.setattr(pipeline, "analyse", real)
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 0 and "4 documents added" in r.stdout
