"""Publication dates end to end: what `stancewatch ingest` stores from a manifest, what the
filters and monthly rollups then do with it, and migration 0008 normalising a store
written before dates were parsed. On every backend."""
import csv
import io

from click.testing import CliRunner
from sqlalchemy import select

from analysis import pipeline, store
from analysis.actors import load_registry
from analysis.cli import cli
from analysis.ingest import doc_id_for
from analysis.model import Document
from tests.integration.test_upgrades import downgrade, rebuilt, rollups


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def sources(db_url, *filters):
    r = invoke("export", "statements", "--db", db_url, *filters)
    assert r.exit_code == 0, r.output
    return sorted({row["source"] for row in csv.DictReader(io.StringIO(r.stdout))})


def test_free_text_manifest_dates_are_stored_as_iso_or_undated(tmp_path, db_url):
    tmp_path = tmp_path / "docs"
    tmp_path.mkdir()
    (tmp_path / "a.txt").write_text("Sergey Lavrov said the talks would go on.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Antony Blinken said the talks had failed.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text('file,published\na.txt,03/02/2022\nb.txt,"March 1, 2022"\n',
                                           encoding="utf-8")
    r = invoke("ingest", tmp_path, "--db", db_url)
    assert r.exit_code == 0, r.output  # a date not understood is not a failed input
    warned = [line for line in r.output.splitlines() if "03/02/2022" in line]
    assert len(warned) == 1 and "a.txt" in warned[0] and "stored undated" in warned[0]
    # the filters compare dates, not strings: a is undated, b is 1 March 2022
    assert sources(db_url, "--since", "2022-01-01") == ["b.txt"]
    assert sources(db_url, "--until", "2021") == []
    assert sources(db_url) == ["a.txt", "b.txt"]
    eng = store.connect(db_url)
    try:
        with eng.connect() as c:
            assert sorted(c.execute(select(store.documents.c.source, store.documents.c.published)).all()) == \
                [("a.txt", None), ("b.txt", "2022-03-01")]
            assert {m for (m,) in c.execute(select(store.speaker_month.c.month))} == {"", "2022-03"}
    finally:
        eng.dispose()


def test_migration_0008_normalises_the_dates_of_an_older_store(db_url):
    """Free text stored by the code before analysis.dates, rollups keyed by it: after the
    upgrade the dates are ISO (or NULL) and the rollups are those of a rebuild."""
    registry = load_registry(())
    eng = store.connect(db_url)
    try:
        given = {"a.txt": "03/02/2022", "b.txt": "March 1, 2022", "c.txt": "2021-12-02", "d.txt": "Feb 2022",
                 "e.txt": "soon"}
        for i, (source, published) in enumerate(given.items()):
            text = f"Sergey Lavrov said talks number {i} would go on, and Antony Blinken agreed."
            doc = Document(doc_id=doc_id_for(text), source=source, text=text, published=published, outlet="Wire")
            store.store_document(eng, doc, pipeline.analyse(doc, registry), registry)
        with eng.connect() as c:
            assert "03/02/2" in {m for (m,) in c.execute(select(store.speaker_month.c.month))}  # the old harm
        downgrade(eng, "0006")
    finally:
        eng.dispose()

    eng = store.connect(db_url)
    try:
        with eng.connect() as c:
            got = dict(c.execute(select(store.documents.c.source, store.documents.c.published)).all())
            assert got == {"a.txt": None, "b.txt": "2022-03-01", "c.txt": "2021-12-02", "d.txt": "2022-02",
                           "e.txt": None}
            upgraded = rollups(c)
        assert {r[1] for r in upgraded["speaker_month"]} == {"", "2022-03", "2021-12", "2022-02"}
        assert upgraded == rebuilt(eng)
    finally:
        eng.dispose()
