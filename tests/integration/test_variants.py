"""One learned person under two spellings in two documents is one actor in the exports and
the dashboard (analysis/store/variants.py), whatever the order the documents came in; the
stored statements keep each document's spelling. Invented names and sentences."""
import csv
import io

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from analysis import store
from analysis.cli import cli
from dashboard import data as Q

ONE = ("Talks stall in Vienna\n\nYusuf Karimzadeh, a senior negotiator, said on Monday that the talks had "
       "stalled. \"We will not accept new conditions,\" Karimzadeh told reporters.\n")
TWO = ("Negotiator rejects demands\n\nYousef Karimzadeh said on Tuesday that his country rejected the demands. "
       "\"There is nothing more to discuss,\" Yousef Karimzadeh said. Nadia Farouk said she welcomed "
       "Yousef Karimzadeh's visit.\n")
# a different man of a like name (another skeleton): never merged
OTHER = "Minister speaks\n\nYusuf Karimi said on Wednesday that the ministry would publish its report.\n"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def export(db_url, what, *args):
    r = invoke("export", what, "--db", db_url, *args)
    assert r.exit_code == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout)))


def ingest(db_url, tmp_path, *texts):
    """Each text ingested by its own run, in the order given."""
    for i, text in enumerate(texts):
        folder = tmp_path / f"in{i}"
        folder.mkdir()
        (folder / f"doc{i}.txt").write_text(text, encoding="utf-8")
        (folder / "manifest.csv").write_text(f"file,title,published,outlet\ndoc{i}.txt,,2024-0{i + 1}-15,Wire\n",
                                             encoding="utf-8")
        r = invoke("ingest", folder, "--db", db_url)
        assert r.exit_code == 0, r.stderr


@pytest.mark.parametrize("order", [(ONE, TWO, OTHER), (OTHER, TWO, ONE)])
def test_two_spellings_in_two_documents_are_one_actor(order, db_url, tmp_path):
    ingest(db_url, tmp_path, *order)
    actors = {r["name"]: r for r in export(db_url, "actors")}
    # Yousef: 2 statements and 1 as a target; Yusuf: 2 statements
    assert "Yusuf Karimzadeh" not in actors
    assert actors["Yousef Karimzadeh"]["statements"] == "4"
    assert actors["Yousef Karimzadeh"]["variants"] == "Yusuf Karimzadeh"
    assert actors["Yusuf Karimi"]["variants"] == "" and actors["Nadia Farouk"]["variants"] == ""
    # the statement export: one name per person (the text keeps the document's spelling)
    rows = export(db_url, "statements")
    speakers = {r["speaker"] for r in rows}
    assert "Yousef Karimzadeh" in speakers and "Yusuf Karimzadeh" not in speakers
    source = f"doc{order.index(ONE)}.txt"  # the document that wrote "Yusuf"
    assert [r["speaker"] for r in rows if r["source"] == source].count("Yousef Karimzadeh") == 2
    # the speaker filter finds both spellings, by either one
    for name in ("Yousef Karimzadeh", "yusuf karimzadeh"):
        assert len(export(db_url, "statements", "--speaker", name)) == 4
    stance = export(db_url, "stance")
    assert [(r["speaker"], r["target"]) for r in stance if "Karimzadeh" in r["target"]] == [
        ("Nadia Farouk", "Yousef Karimzadeh")]
    engine = store.open_store(db_url)
    try:
        with engine.connect() as c:  # stored as each document wrote it
            stored = {s for (s,) in c.execute(select(store.statements.c.speaker))}
            assert {"Yusuf Karimzadeh", "Yousef Karimzadeh"} <= stored
        Q.clear_cache(engine)
        f = Q.Filters()
        assert "Yousef Karimzadeh" in Q.options(engine)["actors"]
        assert "Yusuf Karimzadeh" not in Q.options(engine)["actors"]
        table = Q.actor_table(engine, f, None).set_index("actor")
        assert table.loc["Yousef Karimzadeh", "statements"] == 4 and "Yusuf Karimzadeh" not in table.index
        one = f.with_(actors=("Yousef Karimzadeh",))
        assert Q.unknown_values(engine, one) == {}
        assert Q.counts(engine, one)["statements"] == 4
        for freq in ("month", "day"):
            series = Q.actor_series(engine, one, freq)
            assert set(series["actor"]) == {"Yousef Karimzadeh"} and series["statements"].sum() == 4
        grid = Q.statement_rows(engine, one, 0, 100)
        assert len(grid) == 4 and {r["speaker"] for r in grid} == {"Yousef Karimzadeh"}
        about, by = Q.stance_of(engine, f, "Yousef Karimzadeh")
        assert by["actor"].tolist() == ["Nadia Farouk"]
        assert Q.stance_matrix(engine, f)["target"].tolist().count("Yousef Karimzadeh") == 1
        cut = one.with_(since="2024-01-10", until="2024-03-20")  # days: the months cut come from speaker_doc
        assert Q.counts(engine, cut)["statements"] == 4
        assert Q.actor_table(engine, cut, None)["actor"].tolist().count("Yousef Karimzadeh") == 1
        dyad = Q.dyad_series(engine, f, "Nadia Farouk", "Yusuf Karimzadeh")  # either spelling asks for him
        assert dyad["statements"].sum() == 1
        assert Q.top_dyads(engine, f)[["a", "b"]].values.tolist() == [["Nadia Farouk", "Yousef Karimzadeh"]]
        docs = Q.document_table(engine, one, 10)
        assert len(docs[0]) == 2
    finally:
        engine.dispose()


def test_an_actor_file_entry_keeps_a_spelling_apart(db_url, tmp_path):
    """An analyst undoes a merge by giving each spelling its own entry in an actor file (one
    entry alone would make the other spelling its variant at analysis time): the next
    rescore (every document, the registry changed) leaves the two apart."""
    ingest(db_url, tmp_path, ONE, TWO)
    assert "Yusuf Karimzadeh" not in {r["name"] for r in export(db_url, "actors")}
    mine = tmp_path / "my_actors.toml"
    mine.write_text('[[person]]\nname = "Yusuf Karimzadeh"\n\n[[person]]\nname = "Yousef Karimzadeh"\n',
                    encoding="utf-8")
    r = invoke("--actors", mine, "rescore", "--db", db_url)
    assert r.exit_code == 0, r.stderr
    names = {r["name"]: r for r in export(db_url, "actors")}
    assert names["Yusuf Karimzadeh"]["statements"] == "2" and names["Yousef Karimzadeh"]["variants"] == ""


def test_the_table_follows_the_stored_documents_and_is_rewritten_only_on_change(db_url):
    """Registry persons are never grouped; a group appears when its second spelling is
    stored, and takes the display name of the spelling with the most statements."""
    from tests.integration.test_store import FakeActor, FakeRegistry, make_doc

    reg = FakeRegistry(FakeActor("Dmitry Volkonov", "person"))
    engine = store.connect(db_url)
    try:
        store.store_document(engine, *make_doc("d1", [("(narrator)", "Headline one"),
                                                       ("Dmitri Volkonov", "We disagree."),
                                                       ("Dmitry Volkonov", "So do we.")]), reg)
        with engine.begin() as c:  # a learned person, as the pipeline describes one
            c.execute(store.actors.update().where(store.actors.c.known.is_(False)).values(kind="person"))
        assert store.rebuild_variants(engine, reg) is False  # a learned name and a registry name: left alone
        store.store_document(engine, *make_doc("d2", [("(narrator)", "Headline two"),
                                                       ("Dmitrii Volkonov", "Not at all."),
                                                       ("Dmitrii Volkonov", "Never.")]), reg)
        with engine.begin() as c:
            c.execute(store.actors.update().where(store.actors.c.known.is_(False)).values(kind="person"))
        assert store.rebuild_variants(engine, reg) is True
        with engine.connect() as c:
            assert store.variant_map(c) == {"Dmitri Volkonov": "Dmitrii Volkonov",
                                            "Dmitrii Volkonov": "Dmitrii Volkonov"}
        assert store.rebuild_variants(engine, reg) is False  # unchanged: nothing written
    finally:
        engine.dispose()
