"""What a person relies on when the nightly job runs unwatched (issue 14), at the command
line, on every backend: a store named wrongly is refused, a failed file is retried until it
is stored, `status` says how the last run went (and exits non-zero when it failed), the JSON
log parses, dates are checked, and a busy port is reported in one line."""
import json
import socket
import uuid

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from analysis import store
from analysis.cli import cli

from tests.conftest import PG
from tests.integration.test_rescore import write_docs


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def lines(text):
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture
def docs(tmp_path):
    return write_docs(tmp_path / "feeds" / "2022" / "03", 3)


@pytest.mark.parametrize("command", [["rescore"], ["export", "statements"], ["export", "actors"], ["serve"],
                                     ["status"], ["status", "--json"]])
def test_a_store_that_does_not_exist_is_refused_not_created(command, db_url, tmp_path):
    """A typo in a cron line (a SQLite file that is not there, a PostgreSQL schema without
    the tables) is one line naming the URL and exit 2; nothing is created."""
    url = db_url.replace("store.db", "store.bd")  # the typo (on PostgreSQL: an empty schema)
    r = invoke(*command, "--db", url)
    assert r.exit_code == 2, r.output
    assert lines(r.stderr) == [lines(r.stderr)[0]] and r.stderr.startswith("stancewatch: error: no Stancewatch store at ")
    assert store.safe_url(url) in r.stderr and "stancewatch ingest" in r.stderr
    assert r.stdout == ""
    assert not (tmp_path / "store.bd").exists()
    if url.startswith("postgresql"):  # not migrated into a store either
        from sqlalchemy import create_engine
        eng = create_engine(url)
        try:
            assert inspect(eng).get_table_names() == []
        finally:
            eng.dispose()


@pytest.mark.skipif(not PG, reason="a PostgreSQL server (STANCEWATCH_TEST_PG)")
@pytest.mark.parametrize("command", [["rescore"], ["export", "statements"], ["serve"], ["status"]])
def test_a_postgresql_database_that_does_not_exist_is_refused(command):
    """A mistyped database name is no store either: one line naming the URL, exit 2."""
    url = make_url(PG).set(database=f"no_such_db_{uuid.uuid4().hex[:8]}").render_as_string(hide_password=False)
    r = invoke(*command, "--db", url)
    assert r.exit_code == 2 and len(lines(r.stderr)) == 1, r.stderr
    assert r.stderr.startswith("stancewatch: error: no Stancewatch store at ") and "does not exist" in r.stderr


def test_a_store_from_the_environment_is_refused_too(tmp_path):
    r = invoke("rescore", env={"STANCEWATCH_DB": f"sqlite:///{tmp_path / 'typo.db'}"})
    assert r.exit_code == 2 and "typo.db" in r.stderr and not (tmp_path / "typo.db").exists()


def test_ingest_creates_the_store_the_others_then_open(docs, db_url):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    for command in (["rescore"], ["export", "actors"], ["status"]):
        r = invoke(*command, "--db", db_url)
        assert r.exit_code == 0, (command, r.stderr)


def test_the_files_ingest_read_are_not_read_again_by_the_nightly_job(docs, db_url):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 0 and "0 new or changed file(s), 0 document(s) to rescore" in r.stdout


def test_a_failed_file_is_retried_until_it_is_stored(docs, db_url):
    bad = docs / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    r = invoke("ingest", docs, "--db", db_url)
    assert r.exit_code == 1 and lines(r.stderr)[0].startswith(f"stancewatch: {bad}: ")  # the path, not the name
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 1 and lines(r.stderr) == [lines(r.stderr)[0]] and "1 retried" in r.stdout
    assert lines(r.stderr)[0].startswith(f"stancewatch: {bad}: binary file")
    # unchanged and still broken: read again by every run, which fails again
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 1 and "1 new or changed file(s)" in r.stdout and "1 retried" in r.stdout
    # fixed: stored, the run says it was a retry, and the next run has nothing to do
    bad.write_text("Talks resume\n\nThe foreign ministry said the talks would resume in Geneva.\n",
                   encoding="utf-8")
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 0, r.stderr
    assert "1 documents added" in r.stdout and "1 retried" in r.stdout
    r = invoke("status", "--json", "--db", db_url)
    assert r.exit_code == 0
    last = json.loads(r.stdout)["last_run"]
    assert last["status"] == "ok" and last["retried"] == [str(bad)] and last["errors"] == []
    assert json.loads(r.stdout)["counts"]["failures_pending"] == 0
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 0 and "0 new or changed file(s)" in r.stdout and "retried" not in r.stdout
    r = invoke("export", "documents", "--db", db_url, "--source", "broken.txt")
    assert r.exit_code == 0 and len(lines(r.stdout)) == 2  # header + the document


def test_a_source_that_vanished_fails_the_run_and_is_named(docs, tmp_path, db_url):
    other = write_docs(tmp_path / "mounted", 2, start=20)
    assert invoke("ingest", docs, other, "--db", db_url).exit_code == 0
    other.rename(tmp_path / "unmounted")
    r = invoke("rescore", "--db", db_url)
    assert r.exit_code == 1
    assert lines(r.stderr) == [f"stancewatch: {other}: source vanished: no such file or directory "
                               "(remove it from the sources or restore it)"]
    last = json.loads(invoke("status", "--json", "--db", db_url).stdout)["last_run"]
    assert last["status"] == "failed" and [e["path"] for e in last["errors"]] == [str(other)]


def test_status_reports_the_last_run_and_exits_non_zero_when_it_failed(docs, db_url):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    r = invoke("status", "--db", db_url)
    assert r.exit_code == 0 and "last run: none yet" in r.stdout
    assert "3 documents" in r.stdout and "scorer version: " in r.stdout
    (docs / "empty.txt").write_text("", encoding="utf-8")
    assert invoke("rescore", "--db", db_url).exit_code == 1
    r = invoke("status", "--db", db_url)
    assert r.exit_code == 1
    assert "last run: 1 failed" in r.stdout and "started " in r.stdout and "finished " in r.stdout
    assert f"    {docs / 'empty.txt'}: empty file (0 bytes)" in r.stdout.splitlines()
    r = invoke("status", "--json", "--db", db_url)
    assert r.exit_code == 1
    info = json.loads(r.stdout)  # one JSON object, nothing else
    assert info["counts"]["documents"] == 3 and info["counts"]["statements"] > 0
    assert info["scorer_version"] == info["last_run"]["scorer_version"]
    last = info["last_run"]
    assert last["status"] == "failed" and last["started_at"] <= last["finished_at"]
    assert last["errors"] == [{"path": str(docs / "empty.txt"), "reason": "empty file (0 bytes)"}]
    for key in ("documents_added", "statements_added", "documents_rescored", "statements_rescored"):
        assert last[key] == 0
    (docs / "empty.txt").unlink()
    assert invoke("rescore", "--db", db_url).exit_code == 0
    r = invoke("status", "--json", "--db", db_url)
    assert r.exit_code == 0 and json.loads(r.stdout)["last_run"]["status"] == "ok"


def test_json_log_one_parsable_object_per_event(docs, db_url):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    write_docs(docs, 2, start=10)
    (docs / "empty.txt").write_text("", encoding="utf-8")
    r = invoke("rescore", "--log-format", "json", "--db", db_url)
    assert r.exit_code == 1
    events = [json.loads(line) for line in r.stdout.splitlines()]  # every line parses
    kinds = [e["event"] for e in events]
    assert kinds[0] == "start" and kinds[-1] == "end"
    assert kinds.count("file") >= 3 and kinds.count("document") == 2 and kinds.count("error") == 1
    assert len({e["run_id"] for e in events}) == 1 and all(e["time"] for e in events)
    (error,) = [e for e in events if e["event"] == "error"]
    assert error["path"] == str(docs / "empty.txt") and error["reason"] == "empty file (0 bytes)"
    end = events[-1]
    assert end["status"] == "failed" and end["documents_added"] == 2 and len(end["errors"]) == 1
    assert all(e["path"].startswith(str(docs)) for e in events if e["event"] == "file")
    assert r.stderr == ""  # not on a terminal: no progress bar, no text lines


@pytest.mark.parametrize("value", ["2022-13", "2022-02-30", "22", "2022/03", "2022-3", "last week", "2022-03-01T00"])
def test_invalid_dates_are_refused(value, docs, db_url):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    for option in ("--since", "--until"):
        r = invoke("export", "statements", "--db", db_url, option, value)
        assert r.exit_code == 2 and len(lines(r.stderr)) == 1 and "is not a date" in r.stderr, r.stderr


def test_valid_dates_are_taken(docs, db_url):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    for value in ("2022", "2022-12", "2024-02-29"):
        assert invoke("export", "statements", "--db", db_url, "--since", value).exit_code == 0


def test_serve_on_a_busy_port_says_so_in_one_line(docs, db_url):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = invoke("serve", "--db", db_url, "--port", port)
    assert r.exit_code == 1 and len(lines(r.stderr)) == 1, r.output
    assert "port is in use" in r.stderr and str(port) in r.stderr
    assert "dashboard on" not in r.output


def test_a_store_at_the_newest_revision_is_opened_without_alembic(docs, db_url):
    """Fast start: one query tells an up-to-date store; Alembic (and Dash, pandas, Dask) are
    not even imported by a no-op rescore, status or export."""
    from tests.unit.test_cli_start import loaded_after

    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    for args in (["status"], ["export", "actors"]):
        mods = loaded_after(*args, "--db", db_url)
        assert "analysis.store" in mods
        assert sorted(m for m in mods if m.split(".")[0] in ("alembic", "dash", "pandas", "dask", "distributed")) \
            == [], args
    # a night with nothing to do (analysis.noop): not even SQLAlchemy, the store, the
    # readers, the pipeline or the registry's parser
    mods = loaded_after("rescore", "--db", db_url)
    assert sorted(m for m in mods if m.split(".")[0] in ("sqlalchemy", "alembic", "dash", "pandas", "dask")
                  or m.startswith(("analysis.store", "analysis.ingest", "analysis.rescore", "analysis.pipeline",
                                   "analysis.attribute", "analysis.score"))) == []
    assert json.loads(invoke("status", "--json", "--db", db_url).stdout)["last_run"]["status"] == "ok"
