"""A rescoring run writes each worker result to its own document: a result list that is
short or out of order fails the run, loudly, instead of dropping or crossing documents."""
import pytest
from sqlalchemy import select

from analysis import rescore as job
from analysis import store
from tests.integration.test_rescore import invoke, write_docs


@pytest.mark.parametrize("damage", [lambda out: out[:-1], lambda out: out[::-1]], ids=["short", "reordered"])
def test_worker_results_out_of_step_fail_the_run(tmp_path, db_url, monkeypatch, damage):
    docs = write_docs(tmp_path / "docs", 3)
    real = job.analyse_batch
    monkeypatch.setattr(job, "analyse_batch", lambda batch, files=(): damage(real(batch, files)))
    store.connect(db_url).dispose()  # an existing store: only `ingest` creates one
    r = invoke("rescore", "--source", docs, "--db", db_url)
    assert r.exit_code == 1, r.output
    eng = store.connect(db_url)
    try:
        with eng.connect() as c:
            run = c.execute(select(store.runs).order_by(store.runs.c.run_id.desc())).mappings().first()
            assert run["status"] == "failed" and "run stopped" in run["error_log"]
            stored = {s: d for s, d in c.execute(select(store.documents.c.source, store.documents.c.doc_id))}
        # whatever was stored is each file's own analysis
        for source, doc_id in stored.items():
            texts = {r["text"] for r in store.iter_statements(eng) if r["doc_id"] == doc_id}
            assert texts and all(t in (docs / source).read_text(encoding="utf-8") for t in texts)
    finally:
        eng.dispose()
