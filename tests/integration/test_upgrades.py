"""A store of an older revision, WITH DATA, upgraded by the next command that opens it:
every rollup the dashboard reads afterwards equals a recount of the statements, a rebuild
from the per-document sums, and what the same documents give in a store made new. On every
backend."""
import pytest
from alembic import command
from sqlalchemy import select

from analysis import pipeline, store
from analysis.actors import load_registry
from analysis.ingest import doc_id_for
from analysis.model import Document
from tests.dashboard_store import TEXTS
from tests.recount import assert_recounted

EXTRA = [  # a second month and outlet for each speaker, and an undated document
    ("later.txt", "2022-03-20", "Daily", "Lavrov again",
     'Sergey Lavrov said Russia would not attack Ukraine. "We want peace," Lavrov said.'),
    ("undated.txt", None, None, None, "Antony Blinken said Washington rejected the demands from Moscow."),
]


def fill(engine):
    registry = load_registry(())
    for source, published, outlet, title, text in TEXTS + EXTRA:
        doc = Document(doc_id=doc_id_for(text), source=source, text=text, title=title, published=published,
                       outlet=outlet)
        store.store_document(engine, doc, pipeline.analyse(doc, registry), registry)


def rollups(conn) -> dict[str, list[tuple]]:
    """Every rollup table's rows, sorted, sums rounded (float sums in another order)."""
    out = {}
    for t in store.ROLLUPS:
        rows = conn.execute(select(t)).all()
        out[t.name] = sorted(tuple(round(v, 9) if isinstance(v, float) else v for v in r) for r in rows)
    return out


def rebuilt(engine) -> dict[str, list[tuple]]:
    """The rollups as store.rebuild_rollups makes them from the per-document sums (rolled back)."""
    with engine.connect() as c:
        tx = c.begin()
        try:
            store.rebuild_rollups(c)
            return rollups(c)
        finally:
            tx.rollback()


def downgrade(engine, revision: str) -> None:
    with engine.begin() as c:
        command.downgrade(store._alembic_config(c), revision)


@pytest.mark.parametrize("revision", ["0003", "0004", "0005"])
def test_a_store_upgraded_with_data_has_the_rollups_of_a_rebuild(db_url, revision):
    eng = store.connect(db_url)
    try:
        fill(eng)
        with eng.connect() as c:
            made_new = rollups(c)
        assert all(made_new[t] for t in ("speaker_all", "stance_all", "speaker_month", "doc_month"))
        downgrade(eng, revision)
        with eng.connect() as c:
            assert store.current_revision(c) == revision
    finally:
        eng.dispose()

    eng = store.connect(db_url)  # what any command does: upgrade to the newest revision
    try:
        with eng.connect() as c:
            assert store.current_revision(c) == store.head_revision()
            upgraded = rollups(c)
        assert upgraded == rebuilt(eng)
        assert upgraded == made_new
        assert_recounted(eng)
    finally:
        eng.dispose()
