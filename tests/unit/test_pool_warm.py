"""The pool's parent loads, before forking, what every worker would otherwise build alone."""
from analysis.actors import load_registry
from analysis.attribute import document_actors
from analysis.ingest import pool


def test_warming_builds_the_index_of_name_spellings_the_workers_share(monkeypatch):
    monkeypatch.setattr(document_actors, "_VARIANTS", {})
    reg = load_registry()
    pool.warm(reg)
    assert reg.fingerprint() in document_actors._VARIANTS  # built once here, inherited by every forked worker


def test_a_pool_hides_the_loaded_heap_from_its_workers_collector_and_then_gives_it_back():
    import gc

    reg = load_registry()
    with pool.Pool(2, reg) as p:
        if p.parallel:  # forked workers: what the parent loaded is frozen while they run
            assert gc.get_freeze_count() > 0
            assert p.submit(len, "abc").result() == 3
    assert gc.get_freeze_count() == 0


def test_an_ingest_collects_at_a_slower_pace_and_leaves_the_process_as_it_was(tmp_path, monkeypatch):
    import gc

    from click.testing import CliRunner

    from analysis import cli as cli_module
    from analysis.cli import ingest as ingest_command  # the module whose `ingest` reads ingest_paths

    doc = tmp_path / "a.txt"
    doc.write_text("The minister said the talks would resume on Monday.\n", encoding="utf-8")
    during = []
    real = ingest_command.ingest_paths
    monkeypatch.setattr(ingest_command, "ingest_paths", lambda *a, **k: during.append(gc.get_threshold()) or real(*a, **k))
    before = gc.get_threshold()
    res = CliRunner().invoke(cli_module.cli, ["ingest", str(doc), "--db", f"sqlite:///{tmp_path / 's.db'}"])
    assert res.exit_code == 0, res.output
    assert during and during[0][0] == pool.COLLECT_EVERY  # the run itself at the slower pace
    assert gc.get_threshold() == before  # and the process as it was afterwards


def test_analysing_a_document_in_a_worker_imports_no_store():
    """The workers are forked before the parent opens the store: what they run per document
    (reading aside) must not import it, SQLAlchemy or sqlite3, which each worker would
    otherwise load for nothing. A failure's one-line description still comes from the store."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = ("import sys\n"
            "from analysis.actors import load_registry\n"
            "from analysis.ingest import pool\n"
            "from analysis.model import Document\n"
            "pool._registry = load_registry()\n"
            "sts, reason, _ = pool.analyse(Document(doc_id='d', source='a.txt', "
            "text='Talks resume\\n\\nThe foreign minister said the talks would resume on Monday.\\n'))\n"
            "assert sts and reason is None\n"
            "print(' '.join(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'sqlite3', 'analysis.store')))))\n"
            "sts, reason, _ = pool.analyse(None)\n"
            "print(sts, reason)\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root,
                       env=dict(os.environ, PYTHONPATH=str(root)), timeout=120)
    assert p.returncode == 0, p.stderr
    loaded, failed = p.stdout.splitlines()
    assert loaded == ""
    assert failed == "None AttributeError: 'NoneType' object has no attribute 'text'"
