"""`stancewatch --help` starts fast: it imports none of the heavy libraries (the store's
SQLAlchemy, Dash, pandas, Alembic, Dask) nor the pipeline; each command imports what it
needs when it runs (issue 14: <= 0.15 s)."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "dash", "pandas", "alembic", "dask", "distributed", "plotly", "flask",
         "analysis.store", "analysis.pipeline", "analysis.ingest", "analysis.rescore", "vaderSentiment",
         "trafilatura", "feedparser", "pypdf", "lxml")


def loaded_after(*args) -> set[str]:
    code = ("import sys\nfrom analysis.cli import main\nmain(sys.argv[1:])\n"
            "print(' '.join(sorted(sys.modules)), file=sys.stderr)")
    p = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert p.returncode == 0, p.stderr
    return set(p.stderr.split())


def test_help_imports_nothing_heavy():
    assert sorted(m for m in loaded_after("--help") if m.startswith(HEAVY)) == []
    # a command's help reads the ingest's size limit (for --max-bytes) from the readers'
    # package (plain standard-library modules), nothing heavier: no extraction library
    for args in (["rescore", "--help"], ["export", "--help"], ["status", "--help"], ["serve", "--help"]):
        heavy = sorted(m for m in loaded_after(*args) if m.startswith(HEAVY) and not m.startswith("analysis.ingest"))
        assert heavy == [], (args, heavy)


def test_a_command_ends_without_collecting_what_it_loaded(tmp_path):
    """At the end of a command the interpreter no longer walks everything it loaded (the
    objects are frozen first): its output is whole, its exit status its own."""
    code = ("import atexit, gc\n"
            "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0))\n"
            "from analysis.cli import run\nrun()\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Talks resume\n\nThe foreign minister said the talks would resume.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), STANCEWATCH_DB=f"sqlite:///{tmp_path / 'store.db'}")
    ingest = subprocess.run([sys.executable, "-c", code, "ingest", str(docs)], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=120)
    assert ingest.returncode == 0, ingest.stderr
    summary, frozen = ingest.stdout.splitlines()
    assert summary.startswith("ingested 1 documents (") and frozen == "frozen True"
    out = tmp_path / "statements.csv"
    export = subprocess.run([sys.executable, "-c", code, "export", "statements", "-o", str(out)], capture_output=True,
                            text=True, cwd=tmp_path, env=env, timeout=120)
    assert export.returncode == 0, export.stderr
    assert export.stdout.strip() == "frozen True"
    assert "the talks would resume" in out.read_text(encoding="utf-8")
    missing = subprocess.run([sys.executable, "-c", code, "export", "statements", "--db", "sqlite:///nowhere.db"],
                             capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert missing.returncode == 2 and "frozen True" in missing.stdout
