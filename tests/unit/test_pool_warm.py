"""The pool's parent loads, before forking, what every worker would otherwise build alone."""
from analysis.actors import load_registry
from analysis.attribute import names
from analysis.ingest import pool


def test_warming_builds_the_index_of_name_spellings_the_workers_share(monkeypatch):
    monkeypatch.setattr(names, "_VARIANTS", {})
    reg = load_registry()
    pool.warm(reg)
    assert reg.fingerprint() in names._VARIANTS  # built once here, inherited by every forked worker
