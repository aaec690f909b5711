"""A running dashboard shows what the nightly job wrote: a real `stancewatch rescore` in
another process's place (the CLI, on the same store) replaces the scores, and the app
that was already serving shows the new numbers once its store fingerprint is due again,
without a restart or a cache flush."""
import time

from click.testing import CliRunner

from analysis import pipeline, store
from analysis.actors import load_registry
from analysis.cli import cli
from analysis.ingest import doc_id_for
from analysis.model import Document
from dashboard import create_app
from dashboard.data import cache as C
from tests.dashboard_store import TEXTS
from tests.integration.test_dashboard_downloads import callback, find, table_rows, text_of


def old_store(url):
    """The shared texts as an older scorer left them: every tone and escalation 0."""
    registry = load_registry(())
    eng = store.connect(url)
    try:
        for source, published, outlet, title, text in TEXTS:
            doc = Document(doc_id=doc_id_for(text), source=source, text=text, title=title, published=published,
                           outlet=outlet)
            sts = pipeline.analyse(doc, registry)
            for st in sts:
                st.tone, st.escalation, st.scorer_version = 0.0, 0.0, "an-older-scorer"
            store.store_document(eng, doc, sts, registry)
    finally:
        eng.dispose()


def actor_view(client, search=""):
    return {r["actor"]: (r["statements"], r["tone"], r["escalation"])
            for r in table_rows(find(callback(client, "act-table", search), "act-actor-table"))}


def test_a_serving_dashboard_shows_the_scores_of_a_real_rescore(db_url, monkeypatch):
    monkeypatch.setattr(C, "FINGERPRINT_TTL", 0.2)  # the real mechanism, due sooner
    old_store(db_url)
    app = create_app(db_url)
    try:
        client = app.server.test_client()
        before = actor_view(client)
        assert {float(tone) for _, tone, _ in before.values()} == {0.0}
        assert "No rescoring run" in text_of(callback(client, "ov-run", "")["ov-run"]["children"])

        r = CliRunner().invoke(cli, ["rescore", "--db", db_url])
        assert r.exit_code == 0, r.output
        time.sleep(0.3)

        after = actor_view(client)
        fresh = create_app(db_url)  # a new process's view of the same store: nothing cached
        try:
            assert after == actor_view(fresh.server.test_client())
        finally:
            fresh.stancewatch_engine.dispose()
        assert after != before and float(after["Sergey Lavrov"][1]) != 0 and float(after["Antony Blinken"][1]) != 0
        assert "No rescoring run" not in text_of(callback(client, "ov-run", "")["ov-run"]["children"])
    finally:
        app.stancewatch_engine.dispose()


def test_a_serving_dashboard_shows_a_new_document(db_url, tmp_path, monkeypatch):
    monkeypatch.setattr(C, "FINGERPRINT_TTL", 0.2)
    old_store(db_url)
    app = create_app(db_url)
    try:
        client = app.server.test_client()
        assert "Maria Zakharova" not in actor_view(client)
        (tmp_path / "new").mkdir()
        (tmp_path / "new" / "z.txt").write_text("Maria Zakharova said the talks had failed.\n", encoding="utf-8")
        r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "new"), "--db", db_url])
        assert r.exit_code == 0, r.output
        time.sleep(0.3)
        assert "Maria Zakharova" in actor_view(client)
    finally:
        app.stancewatch_engine.dispose()
