"""Every figure the dashboard reads from the aggregate tables (per-document sums, monthly,
daily and all-time rollups, the documents per month) equals a recount of the statements
themselves (tests/recount.py, none of the store's code), after ingest, after rescores that
change scores, speakers, sections and targets or empty a document, and after a rebuild.
On every backend."""
import random
from dataclasses import replace

from sqlalchemy import delete, update

from analysis import store
from analysis.model import Document, Statement
from tests.recount import assert_recounted, recount, stored

SPEAKERS = [("Sergey Lavrov", "person"), ("Antony Blinken", "person"), ("Kremlin", "organisation"),
            ("(narrator)", "narrator"), ("ivan_k", "commenter"), ("(unknown commenter)", "commenter")]
# targets: real actors, the speaker itself (not counted), "(...)" names (not counted), repeats
TARGETS = ("NATO", "Russia", "Sergey Lavrov", "(unnamed officials)", "NATO")
DATES = ["2021-11-30", "2021-12-01", "2021-12-31", "2022-01-15", "2022", "2022-01", None]


def _statements(doc_id: str, rnd: random.Random, n: int | None = None, version: str = "v1") -> list[Statement]:
    sts = []
    unknown = {name for name, _ in SPEAKERS if rnd.random() < 0.15}  # a speaker of no known kind
    for seq in range(rnd.randint(1, 7) if n is None else n):
        speaker, kind = rnd.choice(SPEAKERS)
        section = "comment" if kind == "commenter" else rnd.choice(["headline", "body", "body", "spam"])
        scored = rnd.random() > 0.2
        sts.append(Statement(
            doc_id=doc_id, seq=seq, char_start=seq, char_end=seq + 1, section=section, speaker=speaker,
            speaker_kind=None if speaker in unknown else kind, text="x", cue="said",
            targets=tuple(t for t in TARGETS if rnd.random() < 0.4),
            tone=round(rnd.uniform(-1, 1), 3) if scored else None, tone_pos=0.1, tone_neu=0.8, tone_neg=0.1,
            escalation=round(rnd.uniform(-1, 1), 3) if scored else None, escalation_cues=(),
            scorer_version=version if scored else None))
    return sts


def _fill(engine, rnd: random.Random, n_docs: int = 24) -> dict[str, list[Statement]]:
    ids = {}
    for d in range(n_docs):
        doc_id = f"doc{d:02d}"
        # some documents share a month and outlet, so rollup rows hold several documents
        doc = Document(doc_id=doc_id, source=f"{doc_id}.txt", text="x" * 10, title=doc_id,
                       published=rnd.choice(DATES), outlet=rnd.choice(["Wire", "Daily", None]))
        ids[doc_id] = _statements(doc_id, rnd)
        store.store_document(engine, doc, ids[doc_id])
    return ids


def test_rollups_equal_the_statements_after_ingest(engine):
    _fill(engine, random.Random(1))
    assert_recounted(engine)
    got = recount(engine)
    assert all(got[t] for t in got), "the fixture should fill every table"


def test_rollups_follow_rescores_that_change_scores_speakers_and_targets(engine):
    rnd = random.Random(2)
    docs = _fill(engine, rnd)
    ids = list(docs)
    before = recount(engine)
    # new scores on the same statements (a new scorer version), for a third of the documents;
    # some statements lose their scores, some unscored ones get one
    for doc_id in ids[::3]:
        rescored = [replace(s, tone=None, escalation=None, scorer_version=None) if rnd.random() < 0.2 else
                    replace(s, tone=round(rnd.uniform(-1, 1), 3), escalation=round(rnd.uniform(-1, 1), 3),
                            scorer_version="v2") for s in docs[doc_id]]
        store.replace_analysis(engine, doc_id, rescored)
    assert_recounted(engine)
    # another analysis altogether (other speakers, sections, targets, more or fewer statements)
    for doc_id in ids[1::3]:
        store.replace_analysis(engine, doc_id, _statements(doc_id, rnd, version="v3"))
    assert_recounted(engine)
    assert recount(engine) != before


def test_a_rescore_to_the_same_sums_changes_nothing(engine):
    rnd = random.Random(3)
    docs = _fill(engine, rnd, 6)
    before = recount(engine)
    for doc_id, sts in docs.items():
        store.replace_analysis(engine, doc_id, sts)
        store.replace_analysis(engine, doc_id, sts)
    assert_recounted(engine)
    assert recount(engine) == before


def test_a_document_rescored_to_no_statements_leaves_no_rows(engine):
    rnd = random.Random(4)
    ids = list(_fill(engine, rnd, 8))
    for doc_id in ids[:5]:
        store.replace_analysis(engine, doc_id, [])
    assert_recounted(engine)
    for doc_id in ids[5:]:
        store.replace_analysis(engine, doc_id, [])
    got = recount(engine)
    assert not any(got.values())
    assert_recounted(engine)  # every table empty: no row left at zero


def test_one_document_alone_in_its_month_and_outlet_goes_with_its_rescore(engine):
    """A rollup row that only one document fed disappears when that document's statements
    go, and a month's documents drop by one (the dashboard's document counts)."""
    store.store_document(engine, Document(doc_id="a", source="a.txt", text="x", published="2020-05-02",
                                          outlet="Solo"), _statements("a", random.Random(5), 3))
    store.store_document(engine, Document(doc_id="b", source="b.txt", text="x", published="2020-05-09",
                                          outlet="Solo"), _statements("b", random.Random(6), 3))
    assert recount(engine)["doc_month"]
    store.replace_analysis(engine, "a", [])
    assert_recounted(engine)
    assert sum(v[0] for v in recount(engine)["doc_month"].values()) == 1


def test_rebuild_gives_the_recount_and_rebuilds_only_what_it_is_asked(engine):
    rnd = random.Random(7)
    ids = list(_fill(engine, rnd))
    for doc_id in ids[::4]:
        store.replace_analysis(engine, doc_id, _statements(doc_id, rnd, version="v2"))
    with engine.begin() as c:  # rollups spoilt: every table holds nonsense
        for t in store.ROLLUPS:
            c.execute(delete(t))
    with engine.begin() as c:
        store.rebuild_rollups(c)
    assert_recounted(engine)
    with engine.begin() as c:  # only two tables spoilt and rebuilt; the others must be left as they are
        c.execute(delete(store.speaker_day))
        c.execute(update(store.doc_month).values(documents=store.doc_month.c.documents + 5))
        store.rebuild_rollups(c, only=["speaker_day", "doc_month"])
    assert_recounted(engine)
    with engine.begin() as c:
        c.execute(update(store.speaker_all).values(statements=store.speaker_all.c.statements + 1))
        store.rebuild_rollups(c, only=["speaker_month"])
    want, got = recount(engine), stored(engine)
    assert got["speaker_all"] != want["speaker_all"]  # not asked: left alone
    assert got["speaker_month"] == want["speaker_month"]


def test_a_document_whose_speakers_name_no_one_is_still_counted(engine):
    """A document with speakers but no stance (the outlet's own sentences, no actor named)
    is one of its month's documents, on ingest and after a rescore."""
    def narrated(doc_id, n):
        return [Statement(doc_id=doc_id, seq=i, char_start=i, char_end=i + 1, section="body", speaker="(narrator)",
                          speaker_kind="narrator", text="x", cue="", targets=(), tone=0.1, tone_pos=0.1, tone_neu=0.8,
                          tone_neg=0.1, escalation=0.0, escalation_cues=(), scorer_version="v1") for i in range(n)]

    store.store_document(engine, Document(doc_id="n", source="n.txt", text="x", published="2021-07-04",
                                          outlet="Wire"), narrated("n", 2))
    assert recount(engine)["doc_month"] == {("2021-07", "Wire", frozenset({("body", "narrator")})): (1,)}
    assert_recounted(engine)
    store.replace_analysis(engine, "n", narrated("n", 3))
    assert_recounted(engine)


def test_a_rescore_that_only_finds_other_targets_moves_the_stance(engine):
    """Same speakers and scores, other targets: the speaker figures stay, the stance ones move."""
    docs = _fill(engine, random.Random(8), 6)
    for doc_id, sts in docs.items():
        store.replace_analysis(engine, doc_id, [replace(s, targets=("Ukraine",) if s.targets else ("China",))
                                                for s in sts])
    assert_recounted(engine)


def test_a_rebuild_counts_every_document_of_a_month(engine):
    """Two documents of one month and outlet with the same kinds of speaker are two documents
    after a rebuild (the upgrades' backfill), not one."""
    for doc_id in ("p", "q"):
        sts = [Statement(doc_id=doc_id, seq=0, char_start=0, char_end=1, section="body", speaker="Kremlin",
                         speaker_kind="organisation", text="x", cue="said", targets=(), tone=0.2, tone_pos=0.1,
                         tone_neu=0.8, tone_neg=0.1, escalation=0.1, escalation_cues=(), scorer_version="v1")]
        store.store_document(engine, Document(doc_id=doc_id, source=f"{doc_id}.txt", text="x", published="2021-08",
                                              outlet="Wire"), sts)
    with engine.begin() as c:
        store.rebuild_rollups(c)
    assert list(recount(engine)["doc_month"].values()) == [(2,)]
    assert_recounted(engine)
