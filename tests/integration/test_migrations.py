"""The store's schema comes from the Alembic migrations, on every backend: a new store gets
exactly the tables of analysis.store, and a store made before migrations keeps its rows."""
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Index, MetaData, create_engine, func, inspect, select

from analysis import store

from tests.integration.test_store import LAVROV_DOC, make_doc


def test_a_new_store_has_exactly_the_tables_of_the_code(engine):
    with engine.connect() as c:
        assert compare_metadata(MigrationContext.configure(c), store.metadata) == []
        assert store.current_revision(c) == store.head_revision() == store.alembic_head()


def test_connecting_again_changes_nothing(db_url):
    eng = store.connect(db_url)
    doc, sts = make_doc("d1", LAVROV_DOC, version="v1")
    store.store_document(eng, doc, sts)
    eng.dispose()
    eng = store.connect(db_url)
    try:
        assert [r["seq"] for r in store.iter_statements(eng)] == [0, 1, 2]
    finally:
        eng.dispose()


_MENTION = ("speaker_start", "speaker_end", "speaker_mention")


def _old_store(db_url):
    """A store as the code before migrations made it: create_all of the baseline tables."""
    old = MetaData()
    for name in ("documents", "statements", "scores", "actors", "runs", "drift", "speaker_doc", "stance_doc"):
        t = store.metadata.tables[name].to_metadata(old)
        for ix in list(t.indexes):
            if ix.name in ("ix_scores_scorer_version", "ix_scores_escalation", "ix_scores_tone",  # 0002, 0003
                           "ix_documents_outlet_published"):  # 0004
                t.indexes.discard(ix)
    runs = old.tables["runs"]
    for name in ("retried", "retry_log"):  # 0007
        runs._columns.remove(runs.c[name])
    stance = old.tables["stance_doc"]
    for name in ("tone_sq", "escalation_sq"):  # 0009
        stance._columns.remove(stance.c[name])
    docs = old.tables["documents"]
    docs._columns.remove(docs.c.author)  # 0010
    sts = old.tables["statements"]
    for name in ("speaker_start", "speaker_end"):  # 0012
        sts._columns.remove(sts.c[name])
    Index("ix_statements_section", old.tables["statements"].c.section)  # dropped by 0004
    eng = create_engine(db_url)
    old.create_all(eng)
    return eng


def test_a_store_made_before_migrations_is_upgraded_without_losing_a_row(db_url, monkeypatch):
    eng = _old_store(db_url)
    doc, sts = make_doc("d1", LAVROV_DOC, version="v1")
    with monkeypatch.context() as m:
        m.setattr(store.rollups, "_move_rollups", lambda *a: None)  # the code before 0004 kept no rollups
        m.setattr(store.rollups, "rollup_rows", lambda *a: [])
        whole = store.rollups.aggregate_rows

        def before_0009(doc_id, sts):  # stance sums without their squares
            sp, st = whole(doc_id, sts)
            return sp, [{k: v for k, v in r.items() if not k.endswith("_sq")} for r in st]
        m.setattr(store.rollups, "aggregate_rows", before_0009)
        row = store.writes._document_row
        m.setattr(store.writes, "_document_row", lambda *a: {k: v for k, v in row(*a).items() if k != "author"})
        rows = store.writes._statement_rows  # the code before 0012 kept no mention offsets
        m.setattr(store.writes, "_statement_rows", lambda *a: [
            {k: v for k, v in r.items() if k not in ("speaker_start", "speaker_end")} for r in rows(*a)])
        store.store_document(eng, doc, sts)
        m.setattr(store.reads, "variant_map", lambda c: {})  # the code before 0011 had no actor_variants
        query = store.reads.statement_query  # nor, before 0012, the mention columns
        def before_0012(*a, **k):
            q = query(*a, **k)
            return q.with_only_columns(*(c for c in q.selected_columns if c.name not in _MENTION))
        m.setattr(store.reads, "statement_query", before_0012)
        before = list(store.iter_statements(eng))
    assert not inspect(eng).has_table("alembic_version")
    eng.dispose()

    eng = store.connect(db_url)
    try:
        after = list(store.iter_statements(eng))
        assert [{k: v for k, v in r.items() if k not in _MENTION} for r in after] == before
        assert all(r["speaker_start"] is None for r in after)  # stored before 0012: no offsets until analysed again
        with eng.connect() as c:
            assert store.current_revision(c) == store.head_revision()
            assert compare_metadata(MigrationContext.configure(c), store.metadata) == []
            assert c.execute(select(func.count()).select_from(store.sources)).scalar() == 0
            # 0004 filled the rollups from the rows already there
            assert c.execute(select(func.sum(store.speaker_month.c.statements))).scalar() == len(before)
            assert c.execute(select(func.sum(store.doc_month.c.documents))).scalar() == 1
            # 0009 filled the stance sums of squares from the statements and their scores
            _, st = store.aggregate_rows("d1", sts)
            assert st and any(r["escalation_sq"] or r["tone_sq"] for r in st)
            got = {(r.speaker, r.target, r.section, w): getattr(r, w)
                   for r in c.execute(select(store.stance_doc)) for w in ("tone_sq", "escalation_sq")}
            assert got == pytest.approx({(r["speaker"], r["target"], r["section"], w): r[w]
                                         for r in st for w in ("tone_sq", "escalation_sq")})
            sq = c.execute(select(func.sum(store.stance_all.c.escalation_sq))).scalar()
            assert sq == pytest.approx(sum(r["escalation_sq"] for r in st))
            # 0010: the documents kept, each with no author
            assert c.execute(select(store.documents.c.doc_id, store.documents.c.author)).all() == [("d1", None)]
    finally:
        eng.dispose()


CONNECT = "import sys; from analysis import store; store.connect(sys.argv[1]).dispose()"


def test_three_processes_connecting_to_a_new_store_at_once_all_succeed(db_url):
    """Three commands started together on a store that does not exist yet: one migrates,
    the others wait for its lock and find nothing to do; every one exits 0."""
    procs = [subprocess.Popen([sys.executable, "-c", CONNECT, db_url], stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    for p in procs:
        p.stderr.close()
    assert [code for code, _ in results] == [0, 0, 0], results
    eng = store.connect(db_url)
    try:
        with eng.connect() as c:
            assert store.current_revision(c) == store.head_revision()
    finally:
        eng.dispose()


def test_a_bare_postgresql_url_opens_the_store(db_url):
    """The README's postgresql://… works as written (psycopg 3), not only +psycopg URLs."""
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite has one URL scheme")
    eng = store.connect(db_url.replace("postgresql+psycopg://", "postgresql://", 1))
    try:
        assert eng.dialect.driver == "psycopg"
        with eng.connect() as c:
            assert store.current_revision(c) == store.head_revision()
    finally:
        eng.dispose()


def _dump(path) -> list[str]:
    import sqlite3

    db = sqlite3.connect(path)
    try:
        return list(db.iterdump()) + [repr(r) for r in db.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")]
    finally:
        db.close()


def test_a_new_sqlite_store_is_the_one_the_migrations_make(tmp_path):
    """A new SQLite file gets the migrations' end result in one step (analysis.store.fresh,
    without Alembic): every table, index and the revision exactly as the migrations write
    them. When this fails after a new revision, `python -m analysis.store.fresh` rewrites
    the snapshot (until then new stores are migrated by Alembic, as the next test shows)."""
    from analysis.store import connection, fresh

    assert fresh._read()[0] == store.head_revision()
    store.connect(f"sqlite:///{tmp_path / 'fresh.db'}").dispose()
    eng = connection._engine(f"sqlite:///{tmp_path / 'migrated.db'}", True)
    connection.migrate(eng, snapshot=False)
    eng.dispose()
    assert _dump(tmp_path / "fresh.db") == _dump(tmp_path / "migrated.db")
    assert fresh.schema_statements(__import__("sqlite3").connect(tmp_path / "fresh.db"))[-1].endswith(
        f"('{store.head_revision()}')")


def test_a_snapshot_of_an_older_revision_is_not_used(tmp_path, monkeypatch):
    """A revision added without a new snapshot: the new store is still made by the
    migrations, at the newest revision."""
    from analysis.store import fresh

    old = tmp_path / "old.sql"
    old.write_text(fresh.SNAPSHOT.read_text(encoding="utf-8").replace(
        f"revision {store.head_revision()}", "revision 0001", 1).replace(
        f"VALUES ('{store.head_revision()}')", "VALUES ('0001')"), encoding="utf-8")
    monkeypatch.setattr(fresh, "SNAPSHOT", old)
    eng = store.connect(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        with eng.connect() as c:
            assert store.current_revision(c) == store.head_revision()
    finally:
        eng.dispose()


def test_a_new_sqlite_store_is_made_without_importing_alembic(tmp_path):
    """Alembic (with Mako and Pygments) is loaded only when an existing store needs an
    upgrade: a new SQLite store, as every first `stancewatch ingest` makes, does without."""
    code = ("import sys; from analysis import store; store.connect(sys.argv[1]).dispose(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako', 'pygments')))")
    out = subprocess.run([sys.executable, "-c", code, f"sqlite:///{tmp_path / 'new.db'}"], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"
