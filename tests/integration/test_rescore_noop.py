"""A night with nothing to do is told without SQLAlchemy (analysis.noop), on every backend:
the run it records and what it prints are those of the full job, and any work at all
(a new file, a changed scorer, a statement without its score, a run left 'running', a
source from the environment, the lock held) still reaches the full job."""
import json
import re

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, insert, select

from analysis import lock, noop, store
from analysis.cli import EXIT_LOCKED, cli

from tests.integration.test_rescore import write_docs


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


@pytest.fixture
def docs(tmp_path, db_url):
    folder = write_docs(tmp_path / "news" / "2023" / "05", 3)
    r = invoke("ingest", folder, "--db", db_url)
    assert r.exit_code == 0, r.stderr
    return folder


def runs(db_url):
    engine = store.open_store(db_url)
    try:
        with engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(select(store.runs).order_by(store.runs.c.run_id))]
    finally:
        engine.dispose()


def without_ids(text):
    return re.sub(r"\brun \d+", "run N", text)


def test_a_noop_night_prints_and_records_what_the_full_job_does(docs, db_url, monkeypatch):
    taken = []
    real = noop.try_noop
    with monkeypatch.context() as m:  # the quick path is the one taken, on every backend
        m.setattr(noop, "try_noop", lambda *a, **k: taken.append(real(*a, **k)) or taken[-1])
        quick = invoke("rescore", "--db", db_url)
        quick_json = invoke("rescore", "--log-format", "json", "--db", db_url)
    assert len(taken) == 2 and all(taken)
    with monkeypatch.context() as m:
        m.setattr(noop, "try_noop", lambda *a, **k: None)
        full = invoke("rescore", "--db", db_url)
        full_json = invoke("rescore", "--log-format", "json", "--db", db_url)
    assert quick.exit_code == full.exit_code == quick_json.exit_code == full_json.exit_code == 0
    assert "1 source(s), 0 new or changed file(s), 0 document(s) to rescore" in quick.stdout
    assert without_ids(quick.stdout) == without_ids(full.stdout) and quick.stderr == full.stderr == ""

    def events(r):
        return [{k: v for k, v in json.loads(line).items() if k not in ("time", "run_id")}
                for line in r.stdout.splitlines()]
    assert events(quick_json) == events(full_json)
    assert [e["event"] for e in events(quick_json)] == ["start", "end"]
    recorded = runs(db_url)
    assert [r["run_id"] for r in recorded] == sorted({r["run_id"] for r in recorded}) and len(recorded) == 4
    for r in recorded:  # the same record, whichever path made it
        assert r["status"] == "ok" and r["finished_at"] >= r["started_at"] and r["errors"] == 0
        assert (r["documents_added"], r["statements_added"], r["documents_rescored"], r["statements_rescored"],
                r["retried"]) == (0, 0, 0, 0, 0)
        assert r["scorer_version"] == recorded[0]["scorer_version"] and r["host"] and r["pid"]
    status = invoke("status", "--json", "--db", db_url)
    assert status.exit_code == 0 and json.loads(status.stdout)["last_run"]["run_id"] == recorded[-1]["run_id"]


def test_a_new_file_is_read(docs, db_url):
    write_docs(docs, 1, start=10)
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 0 and "1 new or changed file(s)" in r.stdout and "1 documents added" in r.stdout


def test_a_changed_file_is_read(docs, db_url):
    (docs / "doc001.txt").write_text("Talks resume\n\nThe minister said the talks would resume on Monday.\n",
                                     encoding="utf-8")
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 0 and "1 new or changed file(s)" in r.stdout and "1 documents added" in r.stdout


def test_a_new_source_in_the_environment_is_read(docs, db_url, tmp_path):
    other = write_docs(tmp_path / "elsewhere", 2, start=30)
    r = invoke("rescore", "--db", db_url, env={noop.SOURCES_ENV: str(other)})
    assert r.exit_code == 0 and "2 source(s), 2 new or changed file(s)" in r.stdout


def test_a_changed_actor_file_rescores_every_document(docs, db_url, tmp_path):
    mine = tmp_path / "my_actors.toml"
    mine.write_text('[[person]]\nname = "Ruth Okonjo"\ncountry = "Nigeria"\n', encoding="utf-8")
    r = invoke("--actors", mine, "rescore", "--db", db_url)
    assert r.exit_code == 0, r.stderr
    assert "3 document(s) to rescore" in r.stdout and "3 rescored" in r.stdout
    # and that store, with that file, has nothing more to do
    r = invoke("--actors", mine, "rescore", "--db", db_url)
    assert r.exit_code == 0 and "0 document(s) to rescore" in r.stdout


def test_a_statement_without_its_score_is_rescored(docs, db_url):
    engine = store.open_store(db_url)
    try:
        with engine.begin() as c:
            doc_id = c.execute(select(store.scores.c.doc_id).limit(1)).scalar()
            c.execute(delete(store.scores).where(store.scores.c.doc_id == doc_id))
    finally:
        engine.dispose()
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 0 and "1 document(s) to rescore" in r.stdout and "1 rescored" in r.stdout


def test_a_run_left_running_by_a_killed_job_is_marked_interrupted(docs, db_url):
    engine = store.open_store(db_url)
    try:
        with engine.begin() as c:
            c.execute(insert(store.runs).values(
                started_at=store._now(), status="running", scorer_version="x", documents_added=0,
                statements_added=0, documents_rescored=0, statements_rescored=0, errors=0, host="h", pid=1))
    finally:
        engine.dispose()
    assert invoke("rescore", "--db", db_url).exit_code == 0
    assert [r["status"] for r in runs(db_url)] == ["interrupted", "ok"]
    assert runs(db_url)[0]["finished_at"]


def test_a_held_lock_is_reported_not_bypassed(docs, db_url):
    engine = store.open_store(db_url)
    try:
        held = lock.try_acquire(engine, "rescore")
        try:
            r = invoke("rescore", "--db", db_url)
        finally:
            held.release()
    finally:
        engine.dispose()
    assert r.exit_code == EXIT_LOCKED and "another rescore" in r.stderr
    assert runs(db_url) == []


def test_a_store_whose_path_has_a_space_is_answered(tmp_path):
    """A folder name with a space is the same file to sqlite3 (a URI, quoted) as to SQLAlchemy."""
    folder = tmp_path / "my stores"
    folder.mkdir()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Talks\n\nThe envoy said the talks went well.\n", encoding="utf-8")
    url = f"sqlite:///{folder / 'sw.db'}"
    assert invoke("ingest", tmp_path / "in", "--db", url).exit_code == 0
    run = noop.try_noop(url, noop.current_version())
    assert run is not None and run.status == "ok"
