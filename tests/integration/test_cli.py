"""The stancewatch command as an analyst uses it, on small files written here, through the
real ingest, pipeline, store and export (click's CliRunner)."""
import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from analysis import pipeline, store
from analysis.cli import cli, main
from analysis.export import ACTOR_COLUMNS, DOCUMENT_COLUMNS, STATEMENT_COLUMNS

ARTICLE = ("Russia warns of confrontation\n\n"
           '"We will respond to any provocation," Lavrov said on Monday.\n'
           "Talks are planned for next week.\n")
OTHER = ("Talks resume in Geneva\n\n"
         "The two delegations met for three hours, the foreign ministry said.\n")


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def csv_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def exported(db, table="statements", *filters):
    r = invoke("export", table, "--db", db, *filters)
    assert r.exit_code == 0, r.stderr
    return csv_rows(r.stdout)


def lines(text):
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    return folder


def test_ingest_then_export_round_trip(docs, db_url):
    r = invoke("ingest", docs, "--db", db_url)
    assert r.exit_code == 0, r.stderr
    assert r.stderr == ""
    m = re.fullmatch(r"ingested 2 documents \((\d+) statements\); 0 already stored; 0 failed\n", r.stdout)
    assert m, r.stdout
    got = exported(db_url)
    assert len(got) == int(m.group(1)) > 0
    assert tuple(got[0]) == STATEMENT_COLUMNS
    texts = {name: (docs / name).read_text(encoding="utf-8") for name in ("a.txt", "b.txt")}
    for row in got:
        assert texts[row["source"]][int(row["char_start"]):int(row["char_end"])] == row["text"]
        assert row["section"] in ("headline", "body", "comment", "spam") and row["speaker"]
    assert {row["source"] for row in got} == {"a.txt", "b.txt"}
    # filters: a speaker as exported, in another case; a source
    speaker = next(row["speaker"] for row in got if row["source"] == "a.txt" and not row["speaker"].startswith("("))
    by_speaker = exported(db_url, "statements", "--speaker", speaker.upper())
    assert by_speaker and {row["speaker"] for row in by_speaker} == {speaker}
    assert {row["source"] for row in exported(db_url, "statements", "--source", "b.txt")} == {"b.txt"}
    # the same files again add nothing (a.txt named twice: the second is a duplicate note)
    r = invoke("ingest", docs, docs / "a.txt", "--db", db_url)
    assert r.exit_code == 0 and r.stderr == ""
    assert lines(r.stdout)[-1] == "ingested 0 documents (0 statements); 2 already stored; 0 failed"
    assert exported(db_url) == got


def test_a_store_without_documents_is_not_asked_for_each_one(docs, db_url, monkeypatch):
    asked = []
    real = store.has_document
    monkeypatch.setattr(store, "has_document", lambda engine, doc_id: asked.append(doc_id) or real(engine, doc_id))
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    assert asked == []  # a new store: none of the run's documents can be in it
    r = invoke("ingest", docs, "--db", db_url)
    assert lines(r.stdout)[-1] == "ingested 0 documents (0 statements); 2 already stored; 0 failed"
    assert len(asked) == 2  # a store with documents: each looked up before it is analysed


def test_a_document_stored_meanwhile_by_another_process_counts_as_already_stored(docs, db_url, monkeypatch):
    real = store.store_document

    def stored_first(engine, doc, sts, registry=None):  # another writer gets there first
        real(engine, doc, sts, registry)
        return real(engine, doc, sts, registry)

    monkeypatch.setattr(store, "store_document", stored_first)
    r = invoke("ingest", docs, "--db", db_url)
    assert r.exit_code == 0
    assert lines(r.stdout)[-1] == "ingested 0 documents (0 statements); 2 already stored; 0 failed"


def test_a_bad_file_fails_the_run_but_the_rest_is_stored(docs, db_url):
    (docs / "bad.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    r = invoke("ingest", docs, "--db", db_url)
    assert r.exit_code == 1
    assert len(lines(r.stderr)) == 1 and lines(r.stderr)[0].startswith(f"stancewatch: {docs / 'bad.txt'}: ")
    assert "Traceback" not in r.stderr
    assert r.stdout.startswith("ingested 2 documents") and r.stdout.rstrip().endswith("1 failed")
    assert {row["source"] for row in exported(db_url)} == {"a.txt", "b.txt"}


def test_a_document_the_pipeline_chokes_on_is_that_documents_error(docs, db_url, monkeypatch):
    real = pipeline.analyse

    def analyse(doc, registry):
        if "Geneva" in doc.text:
            raise RuntimeError("segmenter fell over\non two lines")
        return real(doc, registry)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    r = invoke("ingest", docs, "--db", db_url)
    assert r.exit_code == 1
    assert lines(r.stderr) == [(f"stancewatch: {docs / 'b.txt'}: could not be analysed or stored: "
                                "RuntimeError: segmenter fell over")]
    assert "ingested 1 documents" in r.stdout and "1 failed" in r.stdout
    assert {row["source"] for row in exported(db_url)} == {"a.txt"}
    r = invoke("--debug", "ingest", docs, "--db", db_url)  # b.txt again, now with its traceback
    assert r.exit_code == 1 and "Traceback" in r.stderr and "segmenter fell over" in r.stderr
    assert "1 already stored" in r.stdout


def test_earlier_documents_survive_a_later_failing_batch(docs, tmp_path, db_url):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    before = exported(db_url)
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "two" / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    r = invoke("ingest", tmp_path / "two", "--db", db_url)
    assert r.exit_code == 1 and len(lines(r.stderr)) == 2
    assert exported(db_url) == before


def test_a_duplicate_is_a_note_not_a_failure(docs, db_url):
    (docs / "copy.txt").write_text(ARTICLE, encoding="utf-8")
    r = invoke("ingest", docs, "--db", db_url)
    assert r.exit_code == 0 and r.stderr == ""
    assert "duplicate of" in r.stdout and "0 failed" in r.stdout


def test_errors_are_one_line_and_debug_shows_the_traceback(tmp_path, docs):
    bad = tmp_path / "actors.toml"
    bad.write_text("[[person]\n", encoding="utf-8")
    r = invoke("--actors", bad, "ingest", docs, "--db", f"sqlite:///{tmp_path}/x.db")
    assert r.exit_code == 1 and len(lines(r.stderr)) == 1
    assert r.stderr.startswith("stancewatch: error: ") and "actors.toml" in r.stderr
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    r = invoke("export", "statements", "--db", f"sqlite:///{junk}")
    assert r.exit_code == 1 and "Traceback" not in r.stderr and len(lines(r.stderr)) == 1
    assert r.stderr.startswith("stancewatch: error: ") and "not a database" in r.stderr
    r = invoke("--debug", "export", "statements", "--db", f"sqlite:///{junk}")
    assert r.exit_code == 1 and "Traceback" in r.stderr and lines(r.stderr)[-1].startswith("stancewatch: error: ")


def test_bad_usage_exits_2_with_one_line(db_url, tmp_path):
    for args in (["export", "everything"], ["ingest"], ["export", "statements", "--since", "last week"],
                 ["export", "actors", "--speaker", "x"], ["--actors", tmp_path / "missing.toml", "ingest", "x"],
                 ["export", "statements", "--bogus"], ["nonsense"]):
        r = invoke(*args, "--db", db_url) if args[0] == "export" else invoke(*args)
        assert r.exit_code == 2, (args, r.stderr)
        assert len(lines(r.stderr)) == 1 and r.stderr.startswith("stancewatch: error: "), (args, r.stderr)


def test_main_returns_the_exit_status(docs, db_url, capsys):
    assert main(["--help"]) == 0
    assert main(["export", "everything"]) == 2
    assert main(["ingest", str(docs), "--db", db_url]) == 0
    (docs / "empty.txt").write_text("", encoding="utf-8")
    assert main(["ingest", str(docs), "--db", db_url]) == 1
    out, err = capsys.readouterr()
    assert "Usage" in out and "empty.txt" in err


def test_export_to_file_neutralises_formulas(tmp_path, db_url):
    (tmp_path / "a.txt").write_text('Headline here\n\n=HYPERLINK("http://x") is what the page said.\n',
                                    encoding="utf-8")
    assert invoke("ingest", tmp_path / "a.txt", "--db", db_url).exit_code == 0
    out = tmp_path / "out" / "statements.csv"
    out.parent.mkdir()
    r = invoke("export", "statements", "--db", db_url, "-o", out)
    assert r.exit_code == 0 and r.stdout == ""
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert r.stderr == f"{len(rows)} statements rows written to {out}\n"
    assert any(row["text"].startswith("'=HYPERLINK(\"http://x\")") for row in rows)
    assert not any(row["text"].startswith("=") for row in rows)
    assert [p.name for p in out.parent.iterdir()] == ["statements.csv"]  # no temporary file left behind


def test_a_failed_export_leaves_no_half_file(docs, tmp_path, db_url, monkeypatch):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    out = tmp_path / "out.csv"
    out.write_text("the previous export\n", encoding="utf-8")

    real = store.iter_statements

    def broken(engine, **filters):
        yield from list(real(engine, **filters))[:1]
        raise OSError("disk full")

    monkeypatch.setattr(store, "iter_statements", broken)
    r = invoke("export", "statements", "--db", db_url, "-o", out)
    assert r.exit_code == 1 and lines(r.stderr) == ["stancewatch: error: OSError: disk full"]
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.csv")) == []


def test_export_without_a_store_says_what_to_do(tmp_path):
    r = invoke("export", "statements", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert r.exit_code == 2 and "stancewatch ingest" in r.stderr and len(lines(r.stderr)) == 1
    assert not (tmp_path / "none.db").exists()


def test_the_store_comes_from_the_group_option_or_the_environment(docs, tmp_path, db_url):
    assert invoke("--db", db_url, "ingest", docs).exit_code == 0
    assert len(exported(db_url)) > 0
    r = invoke("export", "documents", env={"STANCEWATCH_DB": db_url})
    assert r.exit_code == 0 and len(csv_rows(r.stdout)) == 2
    other = f"sqlite:///{tmp_path / 'other.db'}"  # the subcommand's --db wins
    assert invoke("--db", other, "ingest", docs, "--db", db_url).stdout.startswith("ingested 0 documents")


def test_export_actors_and_documents(docs, db_url):
    invoke("ingest", docs, "--db", db_url)
    statements = exported(db_url)
    r = invoke("export", "actors", "--db", db_url)
    assert r.exit_code == 0 and tuple(csv_rows(r.stdout)[0]) == ACTOR_COLUMNS
    actors = {row["name"]: row for row in csv_rows(r.stdout)}
    speakers = {}
    for row in statements:
        if not row["speaker"].startswith("("):
            speakers[row["speaker"]] = speakers.get(row["speaker"], 0) + 1
    for name, n in speakers.items():
        assert int(actors[name]["statements"]) == n
    for row in statements:
        for target in filter(None, row["targets"].split(";")):
            assert target.lstrip("'") in actors
    documents = exported(db_url, "documents")
    assert tuple(documents[0]) == DOCUMENT_COLUMNS
    assert {d["source"]: int(d["statements"]) for d in documents} == {
        s: sum(1 for row in statements if row["source"] == s) for s in ("a.txt", "b.txt")}
    assert [d["source"] for d in exported(db_url, "documents", "--source", "a.txt")] == ["a.txt"]


def test_eval_prints_the_gold_metrics(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "d.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {"actors": {"Sergey Lavrov": "lavrov"}, "documents": {"d.txt": {"statements": [
        {"text": '"We will respond to any provocation," Lavrov said on Monday.', "speaker": "Sergey Lavrov",
         "accept": [], "section": "body", "tone": None, "escalation": 1}]}}}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    r = invoke("eval", "--gold", tmp_path / "gold.json", "--docs", tmp_path / "docs")
    assert r.exit_code == 0, r.stderr
    assert re.search(r"^speaker_f1\s+\d", r.stdout, re.M)
    (tmp_path / "gold.json").write_text(json.dumps({"documents": {"missing.txt": {"statements": []}}}),
                                        encoding="utf-8")
    r = invoke("eval", "--gold", tmp_path / "gold.json", "--docs", tmp_path / "docs")
    assert r.exit_code == 1 and len(lines(r.stderr)) == 1 and "missing.txt" in r.stderr


THREATS = ("Moscow threatens Kyiv\n\n"
           "Foreign Minister Sergey Lavrov said Russia would retaliate against Ukraine and expel its diplomats.\n"
           "Lavrov also accused Ukraine of sabotaging the peace talks.\n"
           "Later Lavrov said Russia welcomes dialogue with Ukraine and hopes for a ceasefire.\n")


@pytest.fixture
def stance_docs(tmp_path):
    folder = tmp_path / "stance"
    folder.mkdir()
    (folder / "threats.txt").write_text(THREATS, encoding="utf-8")
    (folder / "manifest.csv").write_text("file,title,published,outlet\nthreats.txt,Moscow threatens,2022-02-20,Wire\n",
                                         encoding="utf-8")
    return folder


def test_export_statements_carries_tone_escalation_and_their_version(stance_docs, db_url):
    assert invoke("ingest", stance_docs, "--db", db_url).exit_code == 0
    rows = [r for r in exported(db_url) if r["speaker"] == "Sergey Lavrov"]
    assert len(rows) == 3
    versions = {r["scorer_version"] for r in rows}
    assert len(versions) == 1 and re.fullmatch(r"[0-9a-f]{12}", versions.pop())
    for r in rows:
        for col in ("tone", "tone_pos", "tone_neu", "tone_neg", "escalation"):
            assert r[col] != "", col
        assert -1 <= float(r["escalation"]) <= 1
    threat, accusation, dialogue = rows
    assert float(threat["escalation"]) > 0.3 and "retaliate" in threat["escalation_cues"]
    assert float(accusation["escalation"]) > 0.1 and "(rejected)" in accusation["escalation_cues"] and "peace talks" in accusation["escalation_cues"]
    assert float(dialogue["escalation"]) < -0.3 and float(dialogue["tone"]) > 0


def test_export_stance_is_the_stance_of_the_exported_statements(stance_docs, docs, db_url):
    """Summed in the store, the stance table equals analysis.stance over the statement
    export, and its filters narrow it."""
    from analysis.stance import STANCE_COLUMNS, stance
    assert invoke("ingest", stance_docs, docs, "--db", db_url).exit_code == 0
    got = exported(db_url, "stance")
    assert got and tuple(got[0]) == STANCE_COLUMNS
    want = stance(exported(db_url))
    assert [(r["speaker"], r["target"], int(r["statements"]), r["first"], r["last"]) for r in got] == \
        [(r["speaker"], r["target"], r["statements"], r["first"] or "", r["last"] or "") for r in want]
    for g, w in zip(got, want):  # the export rounds each statement's scores to 4 places
        assert abs(float(g["tone"]) - w["tone"]) < 2e-4 and abs(float(g["escalation"]) - w["escalation"]) < 2e-4
    lavrov = {r["target"]: r for r in got if r["speaker"] == "Sergey Lavrov"}
    assert int(lavrov["Ukraine"]["statements"]) == 3 and lavrov["Ukraine"]["first"] == "2022-02-20"
    assert not any(r["speaker"].startswith("(") for r in got)  # (narrator) etc. have no stance
    only = exported(db_url, "stance", "--speaker", "sergey lavrov", "--target", "Ukraine")
    assert [(r["speaker"], r["target"]) for r in only] == [("Sergey Lavrov", "Ukraine")]
    assert exported(db_url, "stance", "--since", "2023-01-01") == []
    r = invoke("export", "documents", "--db", db_url, "--target", "Ukraine")
    assert r.exit_code == 2 and "--target" in r.stderr


def test_export_with_mentions_appends_the_words_that_name_each_source(docs, db_url):
    assert invoke("ingest", docs, "--db", db_url).exit_code == 0
    plain = exported(db_url)
    got = exported(db_url, "statements", "--with-mentions")
    # the contract's columns unchanged, in their order, the three mention columns after them
    assert tuple(got[0]) == STATEMENT_COLUMNS + ("speaker_start", "speaker_end", "speaker_mention")
    assert [{k: r[k] for k in STATEMENT_COLUMNS} for r in got] == plain
    text = (docs / "a.txt").read_text(encoding="utf-8")
    lavrov = [r for r in got if r["source"] == "a.txt" and r["speaker"] == "Sergey Lavrov"]
    assert lavrov and all(r["speaker_mention"] == "Lavrov" == text[int(r["speaker_start"]):int(r["speaker_end"])]
                          for r in lavrov)
    assert all(r["speaker_mention"] == "" for r in got if r["speaker"] == "(narrator)")
    r = invoke("export", "actors", "--db", db_url, "--with-mentions")
    assert r.exit_code == 2 and "takes no --with-mentions" in r.stderr


def test_export_documents_with_body_gives_the_article_as_read(tmp_path, db_url):
    page = ("Harbour vote tonight\n\n"
            '"We will win," said Jane Roe, the director of the Pier Institute for Public Opinion.\n\n'
            "-The count starts at eight.\n\n"
            "Totally agree, this vote is rigged.\n"
            "Nobody believes the count will be fair.\n"
            "In reply to Totally agree, this vote… by blue_heron\n")
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    assert invoke("ingest", tmp_path / "a.txt", "--db", db_url).exit_code == 0
    plain = exported(db_url, "documents")
    got = exported(db_url, "documents", "--with-body")
    # the documents columns unchanged, in their order, body after them
    assert tuple(got[0]) == DOCUMENT_COLUMNS + ("body",)
    assert [{k: r[k] for k in DOCUMENT_COLUMNS} for r in got] == plain
    body = got[0]["body"]
    # the reporting frame is no statement, but it is the article's text
    assert "said Jane Roe, the director of the Pier Institute" in body
    assert not any("Pier Institute" in r["text"] for r in exported(db_url))
    assert body.startswith("Harbour vote tonight") and "'-The count starts at eight." not in body
    assert "The count starts at eight." in body
    assert "rigged" not in body and "blue_heron" not in body  # reader comments are not the article
    r = invoke("export", "statements", "--db", db_url, "--with-body")
    assert r.exit_code == 2 and "takes no --with-body" in r.stderr
