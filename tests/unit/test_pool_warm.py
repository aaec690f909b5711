"""The pool's parent loads, before forking, what every worker would otherwise build alone."""
from analysis.actors import load_registry
from analysis.attribute import names
from analysis.ingest import pool


def test_warming_builds_the_index_of_name_spellings_the_workers_share(monkeypatch):
    monkeypatch.setattr(names, "_VARIANTS", {})
    reg = load_registry()
    pool.warm(reg)
    assert reg.fingerprint() in names._VARIANTS  # built once here, inherited by every forked worker


def test_a_pool_hides_the_loaded_heap_from_its_workers_collector_and_then_gives_it_back():
    import gc

    reg = load_registry()
    with pool.Pool(2, reg) as p:
        if p.parallel:  # forked workers: what the parent loaded is frozen while they run
            assert gc.get_freeze_count() > 0
            assert p.submit(len, "abc").result() == 3
    assert gc.get_freeze_count() == 0
