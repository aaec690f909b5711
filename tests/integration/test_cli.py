"""The stancewatch command as an analyst uses it, on small files written here."""
import csv
import io

import pytest

from analysis.cli import main

ARTICLE = ("Russia warns of confrontation\n\n"
           '"We will respond to any provocation," Lavrov said on Monday.\n'
           "Talks are planned for next week.\n")


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'store.db'}"


def rows(capsys, db, *filters):
    code, out, _ = run(capsys, "export", "statements", "--db", db, *filters)
    assert code == 0
    return list(csv.DictReader(io.StringIO(out)))


def test_ingest_then_export_round_trip(tmp_path, db, capsys):
    (tmp_path / "docs").mkdir()
    f = tmp_path / "docs" / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(tmp_path / "docs"), "--db", db)
    assert code == 0, err
    assert "ingested 1 documents" in out
    got = rows(capsys, db)
    assert got and list(got[0]) == [
        "doc_id", "source", "title", "published", "outlet", "seq", "char_start", "char_end", "section", "speaker",
        "speaker_kind", "reported_by", "cue", "targets", "tone", "tone_pos", "tone_neu", "tone_neg", "escalation",
        "escalation_cues", "scorer_version", "text"]
    text = f.read_text(encoding="utf-8")
    for r in got:
        assert text[int(r["char_start"]):int(r["char_end"])] == r["text"]
    assert any(r["speaker"] == "Sergey Lavrov" for r in got)
    assert rows(capsys, db, "--speaker", "sergey lavrov")[0]["speaker"] == "Sergey Lavrov"
    # the same file again adds nothing
    code, out, _ = run(capsys, "ingest", str(f), "--db", db)
    assert code == 0 and "ingested 0 documents" in out and "1 already stored" in out
    assert len(rows(capsys, db)) == len(got)


def test_a_bad_file_fails_the_run_but_the_rest_is_stored(tmp_path, db, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    code, out, err = run(capsys, "ingest", str(tmp_path / "in"), "--db", db)
    assert code == 1
    assert "bad.txt" in err and err.count("\n") == 2  # the file's line and the summary line
    assert "Traceback" not in err
    assert {r["source"] for r in rows(capsys, db)} == {"good.txt"}


def test_earlier_documents_survive_a_later_failing_batch(tmp_path, db, capsys):
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run(capsys, "ingest", str(tmp_path / "one"), "--db", db)[0] == 0
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "empty.txt").write_text("", encoding="utf-8")
    assert run(capsys, "ingest", str(tmp_path / "two"), "--db", db)[0] == 1
    assert {r["source"] for r in rows(capsys, db)} == {"a.txt"}


def test_errors_are_one_line_and_debug_shows_the_traceback(tmp_path, capsys):
    bad = tmp_path / "actors.toml"
    bad.write_text("[[person]\n", encoding="utf-8")
    code, out, err = run(capsys, "--actors", str(bad), "ingest", str(tmp_path), "--db", f"sqlite:///{tmp_path}/x.db")
    assert code == 1 and err.strip().count("\n") == 0 and "actors.toml" in err
    (tmp_path / "store.db").write_bytes(b"this is not a database at all" * 100)
    code, out, err = run(capsys, "export", "statements", "--db", f"sqlite:///{tmp_path / 'store.db'}")
    assert code == 1 and "Traceback" not in err and err.strip().count("\n") == 0
    code, out, err = run(capsys, "--debug", "export", "statements", "--db", f"sqlite:///{tmp_path / 'store.db'}")
    assert code == 1 and "Traceback" in err


def test_bad_usage_exits_2(capsys):
    assert run(capsys, "export", "everything")[0] == 2
    assert run(capsys, "ingest")[0] == 2


def test_export_to_file_neutralises_formulas(tmp_path, db, capsys):
    (tmp_path / "a.txt").write_text('Headline here\n\n=HYPERLINK("http://evil.example","x") is what the page said.\n',
                                    encoding="utf-8")
    assert run(capsys, "ingest", str(tmp_path / "a.txt"), "--db", db)[0] == 0
    out = tmp_path / "out.csv"
    code, _, err = run(capsys, "export", "statements", "--db", db, "-o", str(out))
    assert code == 0 and "rows written" in err
    with out.open(encoding="utf-8") as fh:
        texts = [r["text"] for r in csv.DictReader(fh)]
    assert any(t.startswith("'=HYPERLINK") for t in texts)
    assert not list(tmp_path.glob(".out.csv.*"))  # no temporary file left behind


def test_export_without_a_store_says_what_to_do(tmp_path, capsys):
    code, _, err = run(capsys, "export", "statements", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert code == 1 and "stancewatch ingest" in err


def test_export_actors_and_documents(tmp_path, db, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run(capsys, "ingest", str(tmp_path / "a.txt"), "--db", db)
    code, out, _ = run(capsys, "export", "actors", "--db", db)
    actors = {r["name"]: r for r in csv.DictReader(io.StringIO(out))}
    assert actors["Sergey Lavrov"]["kind"] == "person" and int(actors["Sergey Lavrov"]["statements"]) >= 1
    code, out, _ = run(capsys, "export", "documents", "--db", db)
    docs = list(csv.DictReader(io.StringIO(out)))
    assert docs[0]["source"] == "a.txt" and int(docs[0]["statements"]) >= 2


def test_eval_prints_the_gold_metrics(tmp_path, capsys):
    import json
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "d.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {"actors": {"Sergey Lavrov": "lavrov"}, "documents": {"d.txt": {"statements": [
        {"text": '"We will respond to any provocation," Lavrov said on Monday.', "speaker": "Sergey Lavrov",
         "accept": [], "section": "body", "tone": None, "escalation": 1}]}}}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    code, out, _ = run(capsys, "eval", "--gold", str(tmp_path / "gold.json"), "--docs", str(tmp_path / "docs"))
    assert code == 0
    assert "speaker_f1                       1.0" in out
