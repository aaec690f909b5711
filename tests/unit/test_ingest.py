"""Reading documents: every format, the manifest, offsets as read, and bad input."""
import json
import os
from pathlib import Path

import pytest

from analysis.ingest import doc_id_for, ingest, is_duplicate

ARTICLE = "Talks resume in Geneva\n\nThe foreign ministers met on Monday.\n"


def write(tmp_path, name, content, mode="w"):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8", newline="")
    return p


def test_text_and_markdown_are_kept_exactly(tmp_path):
    write(tmp_path, "a.txt", ARTICLE + "  trailing spaces stay  \n")
    write(tmp_path, "b.md", "# Heading\n\nBody *text*.\n")
    docs, errors = ingest([tmp_path])
    assert not errors
    by = {d.source: d for d in docs}
    assert by["a.txt"].text == ARTICLE + "  trailing spaces stay  \n"
    assert by["b.md"].text == "# Heading\n\nBody *text*.\n"


def test_crlf_newlines_are_read_like_python_text_mode(tmp_path):
    p = write(tmp_path, "crlf.txt", ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    docs, _ = ingest([p])
    assert docs[0].text == p.read_text(encoding="utf-8")


def test_html_gives_visible_text_in_paragraphs(tmp_path):
    p = write(tmp_path, "page.html", "<html><head><title>Talks</title><style>p{}</style></head><body>"
              "<nav>Home</nav><p>First &amp; foremost.</p><script>alert('x')</script><p>Second.</p></body></html>")
    docs, errors = ingest([p])
    assert not errors
    assert docs[0].title == "Talks"
    assert "alert" not in docs[0].text and "p{}" not in docs[0].text
    assert "First & foremost.\n" in docs[0].text and "Second." in docs[0].text


def test_json_jsonl_and_csv_records(tmp_path):
    write(tmp_path, "one.json", json.dumps({"text": ARTICLE, "title": "T", "published": "2021-12-02", "outlet": "X", "url": "u"}))
    write(tmp_path, "many.jsonl", json.dumps({"text": "First record text."}) + "\n" + json.dumps({"text": "Second record text.", "date": "2020"}) + "\n")
    write(tmp_path, "rows.csv", "title,text\nA,Row one text.\nB,Row two text.\n")
    docs, errors = ingest([tmp_path])
    assert not errors
    by = {d.source: d for d in docs}
    assert by["one.json"].published == "2021-12-02" and by["one.json"].outlet == "X"
    assert by["many.jsonl#2"].published == "2020"
    assert by["rows.csv#1"].title == "A" and by["rows.csv#2"].text == "Row two text."


def test_directories_recurse_and_manifest_gives_metadata(tmp_path):
    write(tmp_path, "sub/deep/a.txt", ARTICLE)
    write(tmp_path, "manifest.csv", "file,title,published,outlet,url,note\na.txt,Talks resume,2021-12-02,Example News,,n\n")
    write(tmp_path, ".hidden/x.txt", "hidden text")
    docs, errors = ingest([tmp_path])
    assert not errors
    assert [d.source for d in docs] == ["a.txt"]
    assert (docs[0].title, docs[0].published, docs[0].outlet) == ("Talks resume", "2021-12-02", "Example News")


def test_same_article_twice_is_one_document(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", ARTICLE.replace("Monday.", "Monday. ").replace("’", "'"))
    docs, errors = ingest([tmp_path])
    assert len(docs) == 1
    assert len(errors) == 1 and is_duplicate(errors[0])
    assert doc_id_for("A  b\n") == doc_id_for("a b")


@pytest.mark.parametrize("name,content,fragment", [
    ("bin.txt", b"\x00\x01\x02binary\x00", "binary"),
    ("latin1.txt", "Caf\xe9 talks".encode("latin-1"), "not UTF-8"),
    ("empty.txt", b"   \n\n", "empty"),
    ("norec.json", json.dumps({"title": "no text"}).encode(), "no text"),
    ("bad.json", b"{not json", "invalid JSON"),
    ("notext.csv", b"title,body\nA,B\n", "'text' column"),
    ("image.png", b"\x89PNG....", "unsupported file type"),
])
def test_bad_input_gives_one_clear_error_and_the_batch_goes_on(tmp_path, name, content, fragment):
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, name, content)
    docs, errors = ingest([tmp_path])
    assert [d.source for d in docs] == ["good.txt"]
    assert len(errors) == 1
    assert errors[0].source.startswith(name) and fragment in errors[0].reason


def test_huge_file_is_refused_without_reading_it(tmp_path):
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, "huge.txt", "x" * 5000)
    docs, errors = ingest([tmp_path], max_bytes=1000)
    assert [d.source for d in docs] == ["good.txt"]
    assert "too large" in errors[0].reason and "5,000" in errors[0].reason


def test_missing_path_and_unreadable_file(tmp_path):
    write(tmp_path, "good.txt", ARTICLE)
    locked = write(tmp_path, "locked.txt", ARTICLE + "more")
    os.chmod(locked, 0)
    docs, errors = ingest([tmp_path, tmp_path / "nope.txt"])
    os.chmod(locked, 0o644)
    assert "good.txt" in [d.source for d in docs]
    assert any("no such file" in e.reason for e in errors)


def test_script_in_a_text_article_is_kept_as_text(tmp_path):
    write(tmp_path, "a.txt", "Headline\n\n<script>alert(1)</script> is what the page said.\n")
    docs, _ = ingest([tmp_path])
    assert "<script>alert(1)</script>" in docs[0].text


@pytest.mark.corpus
def test_the_whole_corpus_with_its_index(tmp_path):
    corpus = Path(os.environ.get("STANCEWATCH_CORPUS", Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"))
    if not corpus.is_dir():
        pytest.skip(f"corpus not found at {corpus} (set STANCEWATCH_CORPUS)")
    docs, errors = ingest([corpus])
    assert not errors
    assert len(docs) == 59
    assert all(d.title and d.outlet for d in docs)
    speech = next(d for d in docs if "_speech-" in d.source)
    assert speech.kind == "speech" and speech.speaker
