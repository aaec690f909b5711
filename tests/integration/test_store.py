"""The store on a real SQLite file: per-document transactions, newest scores, filters,
streaming, actors; and nothing SQLite-only in the SQL a PostgreSQL store would get."""
import inspect
import threading
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import event, func, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import IntegrityError
from sqlalchemy.schema import CreateIndex, CreateTable

from analysis import store
from analysis.export import MENTION_COLUMNS, STATEMENT_COLUMNS
from analysis.model import Document, Statement


@dataclass
class FakeActor:
    name: str
    kind: str
    country: str | None = None
    known: bool = True


class FakeRegistry:
    def __init__(self, *actors):
        self.by_name = {a.name.lower(): a for a in actors}

    def lookup(self, name):
        return self.by_name.get(name.lower())


def make_doc(doc_id, sentences, source=None, published="2021-12-02", outlet="BBC", version=None):
    """A document of (speaker, text) sentences, one statement each, offsets into its text."""
    text, sts, pos = "", [], 0
    for seq, (speaker, sentence, *targets) in enumerate(sentences):
        if text:
            text += "\n"
            pos += 1
        sts.append(Statement(
            doc_id=doc_id, seq=seq, char_start=pos, char_end=pos + len(sentence),
            section="headline" if seq == 0 else "body", speaker=speaker,
            speaker_kind="narrator" if speaker.startswith("(") else "person", text=sentence,
            cue="said", targets=tuple(targets),
            tone=-0.4 if version else None, tone_pos=0.1 if version else None, tone_neu=0.5 if version else None,
            tone_neg=0.4 if version else None, escalation=0.25 if version else None,
            escalation_cues=("threaten",) if version else (), scorer_version=version))
        text += sentence
        pos += len(sentence)
    doc = Document(doc_id=doc_id, source=source or f"{doc_id}.txt", text=text, title=f"Title {doc_id}",
                   published=published, outlet=outlet)
    return doc, sts


LAVROV_DOC = [("(narrator)", "Russia warns the West"),
              ("Sergey Lavrov", "We will respond to any provocation.", "NATO", "United States"),
              ("Antony Blinken", "We seek dialogue.", "Russia")]


def count(engine, table):
    with engine.connect() as c:
        return c.execute(select(func.count()).select_from(table)).scalar()


def test_connect_sets_wal_foreign_keys_and_busy_timeout(sqlite_url):
    """SQLite only: WAL, foreign keys and the busy timeout are SQLite pragmas."""
    engine = store.connect(sqlite_url)
    with engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA busy_timeout")).scalar() == 30000
        tables = {r[0] for r in c.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert {"documents", "statements", "scores", "actors"} <= tables
    engine.dispose()
    # the tables the dashboard reads keep their names (later revisions only add tables)
    assert {"documents", "statements", "scores", "actors", "runs", "drift", "speaker_doc",
            "stance_doc"} <= set(store.metadata.tables) <= tables


def test_connect_creates_the_folder_of_a_sqlite_file(tmp_path):
    eng = store.connect(f"sqlite:///{tmp_path / 'deep' / 'er' / 'x.db'}")
    eng.dispose()
    assert (tmp_path / "deep" / "er" / "x.db").exists()


def test_default_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STANCEWATCH_DB", "postgresql+psycopg://u@h/db")
    assert store.default_url() == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("STANCEWATCH_DB")
    assert store.default_url() == "sqlite:///./data/stancewatch.db"
    assert not (tmp_path / "data").exists()  # naming the store creates nothing: only `ingest` does
    assert store.store_exists("postgresql+psycopg://u@h/db")
    assert not store.store_exists("sqlite:///./data/stancewatch.db")


def test_store_then_read_back(engine):
    doc, sts = make_doc("d1", LAVROV_DOC, version="v1")
    assert not store.has_document(engine, "d1") and not store.has_documents(engine)
    assert store.store_document(engine, doc, sts, FakeRegistry(FakeActor("Sergey Lavrov", "person", "Russia")))
    assert store.has_document(engine, "d1") and store.has_documents(engine)
    rows = list(store.iter_statements(engine))
    assert [r["seq"] for r in rows] == [0, 1, 2]
    for r in rows:
        assert tuple(r) == STATEMENT_COLUMNS + MENTION_COLUMNS
        assert doc.text[r["char_start"]:r["char_end"]] == r["text"]
        # the words that name the source, cut from the stored text by the database
        if r["speaker_start"] is not None:
            assert r["speaker_mention"] == doc.text[r["speaker_start"]:r["speaker_end"]]
        assert (r["source"], r["title"], r["published"], r["outlet"]) == ("d1.txt", "Title d1", "2021-12-02", "BBC")
        assert r["scorer_version"] == "v1" and r["tone"] == -0.4 and r["escalation_cues"] == "threaten"
    assert rows[1]["targets"] == "NATO;United States"
    assert rows[0]["targets"] == ""


def test_storing_again_is_a_no_op(engine):
    doc, sts = make_doc("d1", LAVROV_DOC)
    assert store.store_document(engine, doc, sts) is True
    other_sts = [replace(s, speaker="Someone Else") for s in sts]
    assert store.store_document(engine, doc, other_sts) is False
    assert count(engine, store.documents) == 1 and count(engine, store.statements) == 3
    assert {r["speaker"] for r in store.iter_statements(engine)} == {"(narrator)", "Sergey Lavrov", "Antony Blinken"}


def test_a_failing_document_leaves_nothing_behind(engine):
    good, good_sts = make_doc("good", LAVROV_DOC)
    store.store_document(engine, good, good_sts)
    doc, sts = make_doc("bad", [("Maria Zakharova", "One."), ("Maria Zakharova", "Two.", "Kyiv")])
    sts[1] = replace(sts[1], seq=0)  # a duplicate key half way through the document
    with pytest.raises(IntegrityError):
        store.store_document(engine, doc, sts)
    assert not store.has_document(engine, "bad")
    assert count(engine, store.statements) == 3
    with engine.connect() as c:
        names = {r[0] for r in c.execute(select(store.actors.c.name))}
    assert "Maria Zakharova" not in names and "Kyiv" not in names
    assert store.has_document(engine, "good")


def test_readers_never_see_half_a_document(engine, db_url):
    """While the writer's transaction is open (statements inserted, not committed), another
    connection sees neither the document nor its statements."""
    doc, sts = make_doc("d1", LAVROV_DOC, version="v1")
    seen = []
    reader = store.connect(db_url)

    def peek(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO scores"):
            def look():
                with reader.connect() as c:
                    seen.append((c.execute(text("SELECT count(*) FROM documents")).scalar(),
                                 c.execute(text("SELECT count(*) FROM statements")).scalar()))
            t = threading.Thread(target=look)
            t.start()
            t.join()

    event.listen(engine, "after_cursor_execute", peek)
    try:
        assert store.store_document(engine, doc, sts)
    finally:
        event.remove(engine, "after_cursor_execute", peek)
        reader.dispose()
    assert seen == [(0, 0)]
    assert count(engine, store.statements) == 3


def test_actors_come_from_the_registry_or_the_statements(engine):
    reg = FakeRegistry(FakeActor("Sergey Lavrov", "person", "Russia"), FakeActor("NATO", "organisation"))
    doc, sts = make_doc("d1", LAVROV_DOC + [("(unknown commenter)", "lol"), ("Socrates55", "Sure.", "NATO")])
    store.store_document(engine, doc, sts, reg)
    actors = {a["name"]: a for a in store.iter_actors(engine)}
    assert set(actors) == {"Sergey Lavrov", "Antony Blinken", "NATO", "United States", "Russia", "Socrates55"}
    assert actors["Sergey Lavrov"] == {"name": "Sergey Lavrov", "kind": "person", "country": "Russia", "known": True,
                                       "statements": 1, "variants": ""}
    assert actors["NATO"]["kind"] == "organisation" and actors["NATO"]["statements"] == 0
    assert actors["Antony Blinken"]["known"] is False and actors["Antony Blinken"]["kind"] == "person"
    assert actors["United States"]["kind"] is None
    # a second document adds only what is new and counts across documents
    doc2, sts2 = make_doc("d2", [("Sergey Lavrov", "Again."), ("Maria Zakharova", "Indeed.")])
    store.store_document(engine, doc2, sts2, reg)
    actors = {a["name"]: a for a in store.iter_actors(engine)}
    assert actors["Sergey Lavrov"]["statements"] == 2 and "Maria Zakharova" in actors


def test_the_newest_scores_win_unless_a_version_is_asked_for(engine):
    doc, sts = make_doc("d1", LAVROV_DOC, version="ffff-old")
    store.store_document(engine, doc, sts)
    with engine.begin() as c:  # a later scorer (its hash sorts before the old one's)
        c.execute(insert(store.scores), [dict(doc_id="d1", seq=s.seq, scorer_version="0000-new", tone=0.5,
                                              escalation=-0.5, escalation_cues="talks",
                                              scored_at="9999-01-01T00:00:00") for s in sts[:2]])
    rows = list(store.iter_statements(engine))
    assert len(rows) == 3  # one row per statement, whatever the number of score versions
    assert [(r["scorer_version"], r["tone"]) for r in rows] == [("0000-new", 0.5), ("0000-new", 0.5),
                                                                 ("ffff-old", -0.4)]
    old = list(store.iter_statements(engine, scorer_version="ffff-old"))
    assert [r["tone"] for r in old] == [-0.4, -0.4, -0.4]
    assert [r["tone"] for r in store.iter_statements(engine, scorer_version="nope")] == [None, None, None]


def test_unscored_statements_have_empty_scores(engine):
    doc, sts = make_doc("d1", LAVROV_DOC)
    store.store_document(engine, doc, sts)
    assert count(engine, store.scores) == 0
    assert all(r["tone"] is None and r["scorer_version"] is None for r in store.iter_statements(engine))


@pytest.fixture
def filled(engine):
    docs = [
        make_doc("a", LAVROV_DOC, source="b.txt", published="2021-12-02", outlet="BBC"),
        make_doc("b", [("(narrator)", "Ankara speaks"), ("Mevlüt Çavuşoğlu", "We mediate.")], source="a.txt",
                 published="2021-12-02", outlet="TRT"),
        make_doc("c", [("(narrator)", "Old news"), ("Sergey Lavrov", "Nothing new.")], published="2018-04-20",
                 outlet="RT"),
        make_doc("d", [("(narrator)", "A year only"), ("Sergey Lavrov", "Hm.")], published="2022", outlet="RT"),
        make_doc("e", [("(narrator)", "Undated")], published=None, outlet=None),
    ]
    for doc, sts in docs:
        store.store_document(engine, doc, sts)
    return engine


def keys(rows):
    return [(r["doc_id"], r["seq"]) for r in rows]


def test_order_is_published_source_seq(filled):
    assert keys(store.iter_statements(filled)) == [
        ("c", 0), ("c", 1), ("b", 0), ("b", 1), ("a", 0), ("a", 1), ("a", 2), ("d", 0), ("d", 1), ("e", 0)]


def test_filters(filled):
    it = store.iter_statements
    assert {r["doc_id"] for r in it(filled, source="b.txt")} == {"a"}
    assert {r["doc_id"] for r in it(filled, doc_id="c")} == {"c"}
    assert keys(it(filled, speaker="sergey LAVROV")) == [("c", 1), ("a", 1), ("d", 1)]
    assert keys(it(filled, speaker="MEVLÜT ÇAVUŞOĞLU")) == [("b", 1)]  # Unicode case, not just ASCII
    assert list(it(filled, speaker="Lavrov")) == []  # exact name, not a substring
    assert {r["section"] for r in it(filled, section="headline")} == {"headline"}
    assert {r["outlet"] for r in it(filled, outlet="RT")} == {"RT"}
    assert {r["doc_id"] for r in it(filled, since="2021-01-01")} == {"a", "b", "d"}
    assert {r["doc_id"] for r in it(filled, until="2021-12-01")} == {"c"}
    assert {r["doc_id"] for r in it(filled, until="2021-12")} == {"a", "b", "c"}  # the whole month
    assert {r["doc_id"] for r in it(filled, until="2022")} == {"a", "b", "c", "d"}
    assert {r["doc_id"] for r in it(filled, since="2021-12-02", until="2021-12-02")} == {"a", "b"}
    assert keys(it(filled, speaker="Sergey Lavrov", outlet="RT", section="body")) == [("c", 1), ("d", 1)]
    assert list(it(filled, source=None, speaker="", since=None)) == list(it(filled))  # unset filters
    assert "e" not in {r["doc_id"] for r in it(filled, until="2030")}  # undated: outside any date range
    with pytest.raises(TypeError):
        it(filled, speakr="x")


def test_until_is_literal_text_not_a_pattern(filled):
    assert list(store.iter_statements(filled, until="20%")) == []


def test_documents_with_counts_and_filters(filled):
    docs = list(store.iter_documents(filled))
    assert [d["doc_id"] for d in docs] == ["c", "b", "a", "d", "e"]  # undated last
    assert {d["doc_id"]: d["statements"] for d in docs} == {"a": 3, "b": 2, "c": 2, "d": 2, "e": 1}
    assert "text" not in docs[0] and docs[0]["ingested_at"]
    assert [d["doc_id"] for d in store.iter_documents(filled, outlet="RT", since="2019")] == ["d"]
    with pytest.raises(TypeError):
        store.iter_documents(filled, speaker="x")


def test_reading_streams_in_batches(filled, monkeypatch):
    monkeypatch.setattr(store.reads, "BATCH", 2)
    gen = store.iter_statements(filled)
    assert inspect.isgenerator(gen)
    first = next(gen)
    assert first["doc_id"] == "c"
    assert filled.pool.checkedout() == 1  # one connection held while the rows stream
    gen.close()  # stopping early releases the connection
    assert filled.pool.checkedout() == 0
    # batches of 2 lose and repeat nothing
    assert len(list(store.iter_statements(filled))) == 10
    assert len(list(store.iter_documents(filled))) == 5 and len(list(store.iter_actors(filled))) >= 1
    assert filled.pool.checkedout() == 0


def test_nothing_sqlite_only_reaches_postgresql():
    dialect = postgresql.dialect()
    for table in store.metadata.sorted_tables:
        str(CreateTable(table).compile(dialect=dialect))
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
    sql = str(store.statement_query(speakers=["Sergey Lavrov"], source="a.txt", section="body", outlet="RT",
                                    since="2020", until="2021-12", doc_id="x").compile(dialect=dialect))
    assert "NOT (EXISTS" in sql and "LIKE" in sql
    assert "ON CONFLICT" in str(store._insert(type("E", (), {"dialect": dialect})(), store.documents, True)
                                .compile(dialect=dialect))


def test_aggregates_add_up_to_the_statements_they_summarise(tmp_path):
    """speaker_doc and stance_doc are written with the document: their counts and sums are
    those of the stored statements, so the dashboard can read them instead of every row."""
    from sqlalchemy import select
    from analysis.model import Document, Statement
    eng = store.connect(f"sqlite:///{tmp_path / 'a.db'}")
    doc = Document(doc_id="d1", source="a.txt", text="x" * 40, published="2022-02-01")

    def st(seq, speaker, targets, tone, esc, section="body"):
        return Statement(doc_id="d1", seq=seq, char_start=seq, char_end=seq + 1, text="x", section=section,
                         speaker=speaker, speaker_kind="person", targets=list(targets), tone=tone, tone_pos=0.0,
                         tone_neu=1.0, tone_neg=0.0, escalation=esc, escalation_cues=[], scorer_version="v1")
    sts = [st(0, "Sergey Lavrov", ["Ukraine", "Sergey Lavrov"], -0.5, 0.6),
           st(1, "Sergey Lavrov", ["Ukraine"], 0.1, 0.2),
           st(2, "(narrator)", ["Ukraine"], 0.0, 0.0),
           st(3, "(spam)", ["Ukraine"], 0.3, 0.0, section="spam")]
    assert store.store_document(eng, doc, sts)
    with eng.connect() as c:
        sp = {(r.speaker, r.section): r for r in c.execute(select(store.speaker_doc))}
        stance = [tuple(r) for r in c.execute(select(store.stance_doc.c.speaker, store.stance_doc.c.target,
                                                     store.stance_doc.c.statements, store.stance_doc.c.tone_sum))]
    lav = sp[("Sergey Lavrov", "body")]
    assert (lav.statements, lav.scored) == (2, 2)
    assert abs(lav.tone_sum - (-0.4)) < 1e-9 and abs(lav.escalation_sq - 0.40) < 1e-9
    assert set(sp) == {("Sergey Lavrov", "body"), ("(narrator)", "body"), ("(spam)", "spam")}
    # no stance of (narrator) or spam, and no stance of Lavrov toward himself
    assert len(stance) == 1 and stance[0][:3] == ("Sergey Lavrov", "Ukraine", 2)
    assert abs(stance[0][3] - (-0.4)) < 1e-9


def rollups(engine_or_conn) -> dict:
    """Every rollup row, sums rounded (float sums kept by adding and taking away)."""
    from sqlalchemy import select

    def read(c):
        return {t.name: sorted(tuple(round(v, 9) if isinstance(v, float) else v for v in r)
                               for r in c.execute(select(t))) for t in store.ROLLUPS}
    if isinstance(engine_or_conn, Engine):
        with engine_or_conn.connect() as c:
            return read(c)
    return read(engine_or_conn)


def test_monthly_rollups_stay_the_sums_of_the_documents_through_every_write(engine):
    """The month and day totals the dashboard reads move with every write (a new document,
    a rescoring with other scores, one whose statements changed) and always equal what
    recomputing them from the per-document rows gives; a speaker who no longer speaks in
    a month leaves no empty row behind."""
    import dataclasses
    d1, s1 = make_doc("d1", LAVROV_DOC, version="v1")
    d2, s2 = make_doc("d2", LAVROV_DOC[:2], published="2021-12-20", outlet=None, version="v1")
    d3, s3 = make_doc("d3", [("(narrator)", "Talks"), ("Antony Blinken", "We talk.", "Russia")],
                      published="2022", version="v1")
    d4, s4 = make_doc("d4", LAVROV_DOC, published=None, version="v1")
    for d, s in ((d1, s1), (d2, s2), (d3, s3), (d4, s4)):
        assert store.store_document(engine, d, s)
    # rescored with other scores, and d2 with its statements changed (Lavrov is gone from it)
    store.replace_analysis(engine, "d1", [dataclasses.replace(s, tone=0.3, escalation=-0.5, scorer_version="v2")
                                          for s in s1])
    _, s2b = make_doc("d2", [("(narrator)", "Russia warns the West"), ("Antony Blinken", "Fine.", "Russia")],
                      published="2021-12-20", version="v2")
    store.replace_analysis(engine, "d2", s2b)
    kept = rollups(engine)
    with engine.begin() as c:
        store.rebuild_rollups(c)
    assert rollups(engine) == kept
    with engine.connect() as c:
        from sqlalchemy import select
        months = {(r.speaker, r.month, r.outlet): r.statements for r in c.execute(select(store.speaker_month))}
        docs = {(r.month, r.outlet, r.present): r.documents for r in c.execute(select(store.doc_month))}
    assert months[("Sergey Lavrov", "2021-12", "BBC")] == 1  # d1 only, d2 no longer
    assert ("Sergey Lavrov", "2021-12", "") not in months
    assert months[("Antony Blinken", "2021-12", "")] == 1 and months[("Antony Blinken", "2022", "BBC")] == 1
    assert months[("Sergey Lavrov", "", "BBC")] == 1  # the undated document
    assert docs[("2021-12", "BBC", "body/person;headline/narrator")] == 1
    assert sum(docs.values()) == 4


def test_stale_documents_finds_unscored_statements_and_other_versions(engine):
    """Nothing stale is answered without a set query; a statement without a score of the
    current version, or a score of another, makes its document stale."""
    for i in range(3):
        doc, sts = make_doc(f"d{i}", LAVROV_DOC, source=f"{i}.txt", version="v2")
        store.store_document(engine, doc, sts)
    assert store.stale_documents(engine, "v2") == []
    assert store.stale_documents(engine, "v3") == ["d0", "d1", "d2"]
    with engine.begin() as c:  # d1 lost one statement's score (all that remain are v2)
        c.execute(store.scores.delete().where(store.scores.c.doc_id == "d1", store.scores.c.seq == 1))
    assert store.stale_documents(engine, "v2") == ["d1"]
    with engine.begin() as c:  # d2 has one score of an older version beside its v2 ones
        c.execute(store.scores.update().where(store.scores.c.doc_id == "d2", store.scores.c.seq == 0)
                  .values(scorer_version="v1"))
    assert store.stale_documents(engine, "v2") == ["d1", "d2"]


def test_documents_written_together_are_the_store_one_by_one_writes_make(db_url, tmp_path):
    """The nightly job's batch write (store_documents, one transaction) gives the same
    statements, scores, actors, aggregates and rollups as writing each document alone; a
    document already stored, or twice in the batch, is written once and reported False."""
    reg = FakeRegistry(FakeActor("Sergey Lavrov", "person", "Russia"))
    docs = [make_doc("d1", LAVROV_DOC, version="v1"),
            make_doc("d2", LAVROV_DOC[:2] + [("Maria Zakharova", "Indeed.", "NATO")], published="2021-12-20",
                     outlet=None, version="v1"),
            make_doc("d3", [("(narrator)", "Talks"), ("Antony Blinken", "We talk.", "Russia")], published="2022",
                     version="v1"),
            make_doc("d4", LAVROV_DOC, published=None)]  # unscored
    together = store.connect(db_url)
    alone = store.connect(f"sqlite:///{tmp_path / 'alone.db'}")
    try:
        assert store.store_document(together, *docs[0], reg)  # stored before the batch
        with together.begin() as c:
            written = store.store_documents(c, [docs[0], *docs[1:], docs[1]], reg)
        assert written == [False, True, True, True, False]
        for doc, sts in docs:
            assert store.store_document(alone, doc, sts, reg)
        for eng in (together, alone):
            assert count(eng, store.documents) == 4
        assert list(store.iter_statements(together)) == list(store.iter_statements(alone))
        assert list(store.iter_actors(together)) == list(store.iter_actors(alone))
        assert rollups(together) == rollups(alone)
        for table in (store.speaker_doc, store.stance_doc):
            with together.connect() as a, alone.connect() as b:
                assert sorted(a.execute(select(table))) == sorted(b.execute(select(table)))
    finally:
        together.dispose()
        alone.dispose()


def test_the_words_that_name_each_source_are_stored_and_read_back(engine):
    # non-ASCII text before the mentions: the offsets are characters, on every database
    from analysis.actors import load_registry
    from analysis.pipeline import analyse
    text = ("Zelensky’s envoy — «talks» resume\n\nThe talks resumed in Genève on Monday.\n\n"
            '"We are ready," Sergey Lavrov said. "It is up to them," he added.\n')
    reg = load_registry()
    doc = Document(doc_id="m1", source="m1.txt", text=text, published="2022-03-01")
    sts = analyse(doc, reg)
    store.store_document(engine, doc, sts, reg)
    got = {(r["speaker"], r["speaker_mention"]) for r in store.iter_statements(engine) if r["speaker_start"] is not None}
    assert got == {("Sergey Lavrov", "Sergey Lavrov"), ("Sergey Lavrov", "he")}
    narration = [r for r in store.iter_statements(engine) if r["speaker"] == "(narrator)"]
    assert narration and all(r["speaker_mention"] is None for r in narration)
