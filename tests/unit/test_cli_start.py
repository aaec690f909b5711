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
