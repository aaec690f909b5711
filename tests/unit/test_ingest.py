"""Reading documents: every format, manifests, text exactly as read, ids, and bad input."""
import builtins
import csv
import json
import os
from pathlib import Path

import pytest

from analysis.ingest import files as ingest_files
from analysis.ingest import (MAX_BYTES_DEFAULT, doc_id_for, ingest, is_duplicate, iter_ingest, normalise_for_id,
                             read_manifest)
from analysis.model import Document, IngestError

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "Talks resume in Geneva\n\nThe foreign ministers met on Monday.\n"
OTHER = "Sanctions announced\n\nThe ministry said new measures would follow.\n"


def write(tmp_path, name, content):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8", newline="")
    return p


def by_source(docs):
    return {d.source: d for d in docs}


# --------------------------------------------------------------------------- formats


def test_text_and_markdown_are_kept_exactly(tmp_path):
    write(tmp_path, "a.txt", "\n  " + ARTICLE + "  trailing spaces stay  \n\n")
    write(tmp_path, "b.md", "# Heading\n\nBody *text*.\n")
    docs, errors = ingest([tmp_path])
    assert not errors
    by = by_source(docs)
    assert by["a.txt"].text == "\n  " + ARTICLE + "  trailing spaces stay  \n\n"
    assert by["b.md"].text == "# Heading\n\nBody *text*.\n"
    assert all(isinstance(d, Document) and len(d.doc_id) == 16 for d in docs)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_read_like_python_text_mode(tmp_path, newline):
    p = write(tmp_path, "crlf.txt", ARTICLE.replace("\n", newline).encode("utf-8"))
    docs, errors = ingest([p])
    assert not errors
    assert docs[0].text == p.read_text(encoding="utf-8") == ARTICLE
    start = docs[0].text.index("The foreign")
    assert p.read_text(encoding="utf-8")[start:start + 11] == "The foreign"


def test_a_byte_order_mark_is_kept_as_read_text_keeps_it_but_does_not_change_the_id(tmp_path):
    p = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    docs, errors = ingest([p])
    assert not errors
    assert docs[0].text == p.read_text(encoding="utf-8")
    assert docs[0].doc_id == doc_id_for(ARTICLE)


def test_html_gives_headline_then_paragraphs_without_scripts_or_styles(tmp_path):
    p = write(tmp_path, "page.html",
              "<!DOCTYPE html><html><head><title>Talks\n resume</title><style>p{color:red}</style>"
              "<script>var x = 1;</script></head><body>"
              "<!-- a comment --><h1>Talks resume</h1>"
              "<p>First &amp; foremost,\n   the ministers&nbsp;met.</p>"
              "<script>alert('x')</script><noscript>Enable JS</noscript><template><p>hidden</p></template>"
              "<p>Second paragraph.</p><ul><li>one</li><li>two</li></ul></body></html>")
    docs, errors = ingest([p])
    assert not errors
    doc = docs[0]
    assert doc.title == "Talks resume" and doc.kind == "page"
    for gone in ("alert", "color:red", "var x", "a comment", "Enable JS", "hidden", "<p>"):
        assert gone not in doc.text
    paragraphs = doc.text.rstrip("\n").split("\n\n")
    assert paragraphs[0] == "Talks resume" and paragraphs.count("Talks resume") == 1  # the headline, once
    assert "First & foremost, the ministers met." in paragraphs  # source line breaks are spaces
    assert "Second paragraph." in paragraphs


def test_html_with_an_unclosed_head_keeps_its_body(tmp_path):
    p = write(tmp_path, "page.htm", "<html><head><title>T</title><body><p>The body text.</p>")
    docs, errors = ingest([p])
    assert not errors and docs[0].text == "T\n\nThe body text.\n"


def test_json_jsonl_and_csv_records(tmp_path):
    write(tmp_path, "one.json", json.dumps({"text": ARTICLE, "title": "T", "published": "2021-12-02",
                                            "outlet": "X", "url": "https://example.org/a"}))
    write(tmp_path, "list.json", json.dumps([{"text": "List record one."}, {"text": "List record two.", "date": 2019}]))
    write(tmp_path, "many.jsonl", json.dumps({"text": "First record text."}) + "\n\n"
          + json.dumps({"text": "Second record text.", "date": "2020"}) + "\n")
    write(tmp_path, "rows.csv", 'title,text,outlet\nA,Row one text.,O\nB,"Row two,\r\nwith a comma.",\n')
    docs, errors = ingest([tmp_path])
    assert not errors
    by = by_source(docs)
    assert set(by) == {"one.json", "list.json#1", "list.json#2", "many.jsonl#1", "many.jsonl#3",
                       "rows.csv#1", "rows.csv#2"}
    one = by["one.json"]
    assert (one.text, one.title, one.published, one.outlet, one.url) == (
        ARTICLE, "T", "2021-12-02", "X", "https://example.org/a")
    assert by["list.json#2"].published == "2019"
    assert by["many.jsonl#3"].published == "2020"  # #N is the line number
    assert by["rows.csv#1"].title == "A" and by["rows.csv#1"].outlet == "O"
    assert by["rows.csv#2"].text == "Row two,\nwith a comma." and by["rows.csv#2"].outlet is None


def test_a_csv_with_a_byte_order_mark_and_capitalised_header(tmp_path):
    write(tmp_path, "rows.csv", b"\xef\xbb\xbfTitle,Text\nA,Row one text.\n")
    docs, errors = ingest([tmp_path])
    assert not errors and docs[0].title == "A" and docs[0].text == "Row one text."


def test_script_in_a_text_article_is_kept_as_text(tmp_path):
    write(tmp_path, "a.txt", "Headline\n\n<script>alert(1)</script> is what the page said.\n")
    docs, errors = ingest([tmp_path])
    assert not errors
    assert "<script>alert(1)</script>" in docs[0].text


# --------------------------------------------------------------------------- folders and manifests


def test_directories_recurse_in_a_stable_order_and_skip_hidden_files(tmp_path):
    write(tmp_path, "b.txt", OTHER)
    write(tmp_path, "sub/deep/a.txt", ARTICLE)
    write(tmp_path, "sub/c.md", "Third document.\n")
    write(tmp_path, ".hidden/x.txt", "hidden text")
    write(tmp_path, ".also-hidden.txt", "hidden text too")
    write(tmp_path, "README.md", "About this folder.\n")
    first = [d.source for d in ingest([tmp_path])[0]]
    assert first == ["b.txt", "c.md", "a.txt"]  # each folder's files, then its subfolders, by name
    assert [d.source for d in ingest([tmp_path])[0]] == first
    assert ingest([tmp_path])[1] == []


def test_a_found_manifest_gives_metadata_and_is_not_a_document(tmp_path):
    write(tmp_path, "sub/deep/a.txt", ARTICLE)
    write(tmp_path, "b.txt", OTHER)
    write(tmp_path, "manifest.csv", "file,title,published,outlet,url,note\n"
                                    "a.txt,Talks resume,2021-12-02,Example News,https://example.org/a,n\n")
    docs, errors = ingest([tmp_path])
    assert not errors
    by = by_source(docs)
    assert set(by) == {"a.txt", "b.txt"}
    a = by["a.txt"]
    assert (a.title, a.published, a.outlet, a.url) == ("Talks resume", "2021-12-02", "Example News",
                                                      "https://example.org/a")
    assert by["b.txt"].title is None


def test_index_csv_like_the_corpus_kinds_speakers_and_dates(tmp_path):
    write(tmp_path, "s.txt", ARTICLE)
    write(tmp_path, "t.txt", OTHER)
    write(tmp_path, "r.txt", "Raw page text.\n")
    write(tmp_path, "index.csv", "file,kind,title,date,outlet,speaker,words\n"
                                 's.txt,speech-ungdc,Statement,2022,UN,"Sergei Lavrov (Minister of Foreign Affairs)",9\n'
                                 "t.txt,transcript-whitehouse,Briefing,2022-02-11,White House,,9\n"
                                 "r.txt,blog-post,Raw,,,,3\n")
    by = by_source(ingest([tmp_path])[0])
    assert (by["s.txt"].kind, by["s.txt"].speaker, by["s.txt"].published) == ("speech", "Sergei Lavrov", "2022")
    assert (by["t.txt"].kind, by["t.txt"].speaker) == ("transcript", None)
    assert by["r.txt"].kind is None  # not one of transcript, speech, article, comments, rawpage


def test_read_manifest(tmp_path):
    p = write(tmp_path, "m.csv", "\ufefffile,title,published,date,kind\nsub/a.txt,A, ,2020-01-02,comments-reddit\n,x,,,\n")
    assert read_manifest(p) == {"a.txt": {"title": "A", "published": "2020-01-02", "outlet": None, "url": None,
                                          "kind": "comments", "speaker": None, "author": None}}


def test_an_explicit_manifest_inside_the_folder_is_metadata_only(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    m = write(tmp_path, "meta.csv", "file,title,outlet\na.txt,Given title,Given outlet\n")
    write(tmp_path, "manifest.csv", "file,title,published\na.txt,Found title,2021\n")
    docs, errors = ingest([tmp_path], manifest=m)
    assert not errors and len(docs) == 1
    assert (docs[0].title, docs[0].outlet, docs[0].published) == ("Given title", "Given outlet", "2021")


def test_the_file_own_metadata_wins_and_the_manifest_fills_gaps_but_beats_an_html_title(tmp_path):
    write(tmp_path, "one.json", json.dumps({"text": ARTICLE, "title": "Own title"}))
    write(tmp_path, "page.html", "<title>Page title</title><p>Page body.</p>")
    write(tmp_path, "plain.html", "<title>Only the page title</title><p>Other body.</p>")
    write(tmp_path, "manifest.csv", "file,title,outlet\none.json,Manifest title,Manifest outlet\n"
                                    "page.html,Manifest page title,\n")
    by = by_source(ingest([tmp_path])[0])
    assert (by["one.json"].title, by["one.json"].outlet) == ("Own title", "Manifest outlet")
    assert by["page.html"].title == "Manifest page title"
    assert by["plain.html"].title == "Only the page title"


def test_the_seed_manifest_works(tmp_path):
    docs, errors = ingest([REPO / "seeds"])
    assert not errors
    by = by_source(docs)
    assert set(by) == {"000_6d81d273d83d5ef6.txt", "003_e9e67b3f2dfa5bd7.txt"}
    assert by["000_6d81d273d83d5ef6.txt"].title.startswith("Russia’s top diplomat")
    assert by["000_6d81d273d83d5ef6.txt"].published == "2021-12-02"
    assert by["003_e9e67b3f2dfa5bd7.txt"].title is None and by["003_e9e67b3f2dfa5bd7.txt"].published == "2018-04-20"
    for d in docs:
        assert d.text == (REPO / "seeds" / d.source).read_text(encoding="utf-8")


def test_a_single_path_string_is_one_path(tmp_path):
    p = write(tmp_path, "a.txt", ARTICLE)
    docs, errors = ingest(str(p))
    assert [d.source for d in docs] == ["a.txt"] and not errors


# --------------------------------------------------------------------------- ids and duplicates


def test_same_article_twice_is_one_document(tmp_path):
    write(tmp_path, "a.txt", "Lavrov said: “We don’t want war.”\nTalks resume.\n")
    write(tmp_path, "b.txt", "  lavrov said: \"We don't\n want war.\"  Talks   resume.")  # re-wrapped, straightened
    docs, errors = ingest([tmp_path])
    assert [d.source for d in docs] == ["a.txt"]
    assert len(errors) == 1 and errors[0].source == "b.txt"
    assert errors[0].reason.startswith("duplicate of a.txt") and is_duplicate(errors[0])


def test_doc_id_normalisation():
    assert normalise_for_id("  Ｔalks\u00a0“resume”\n\n it’s  ") == "talks \"resume\" it's"
    assert doc_id_for("A  b\n") == doc_id_for("a b") != doc_id_for("a c")
    assert len(doc_id_for("x")) == 16 and int(doc_id_for("x"), 16) >= 0


def test_iter_ingest_streams_and_ingest_collects_it(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", OTHER)
    items = list(iter_ingest([tmp_path]))
    assert items == ingest([tmp_path])[0]
    assert MAX_BYTES_DEFAULT == 20 * 1024 * 1024


# --------------------------------------------------------------------------- bad input


BAD = [
    ("bin.txt", b"text\x00\x01\x02binary\x00", "binary"),
    ("controls.txt", bytes(range(1, 9)) * 200, "binary"),
    ("utf16.txt", "Talks resume".encode("utf-16"), "UTF-16"),
    ("latin1.txt", "Caf\xe9 talks".encode("latin-1"), "byte offset 3"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"   \n\r\n\t", "empty"),
    ("norec.json", json.dumps({"title": "no text"}).encode(), "record 1 has no text"),
    ("emptytext.json", json.dumps([{"text": "  "}]).encode(), "record 1 has no text"),
    ("bad.json", b'{"text": "a",\n not json}', "invalid JSON at line 2"),
    ("bad.jsonl", b'{"text": "fine line"}\n{broken\n', "invalid JSON on line 2"),
    ("norec.jsonl", b'{"text": "a fine line"}\n{"title": "no text"}\n', "record 2 has no text"),
    ("scalar.json", b"42", "expected a JSON object"),
    ("none.json", b"[]", "no records"),
    ("surrogate.json", b'{"text": "bad \\ud800 escape"}', "surrogate"),
    ("notext.csv", b"title,body\nA,B\n", "'text' column"),
    ("emptyrow.csv", b"title,text\nA,Row one text.\nB,\n", "row 2 has no text"),
    ("headeronly.csv", b"title,text\n", "no rows"),
    ("scripts.html", b"<html><script>alert(1)</script></html>", "no visible text"),
    ("image.png", b"\x89PNG....", "unsupported file type .png"),
    ("noext", b"some text", "unsupported file type"),
]


@pytest.mark.parametrize("name,content,fragment", BAD, ids=[b[0] for b in BAD])
def test_bad_input_gives_one_clear_error_and_the_batch_goes_on(tmp_path, name, content, fragment):
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, "zgood.md", OTHER)
    write(tmp_path, name, content)
    docs, errors = ingest([tmp_path])
    assert {"good.txt", "zgood.md"} <= {d.source for d in docs}
    assert all(d.source.startswith(name) for d in docs if d.source not in ("good.txt", "zgood.md"))
    assert len(errors) == 1, errors
    assert errors[0].source.startswith(name) and name in str(errors[0])
    assert fragment in errors[0].reason


def test_not_utf8_says_where_and_what_to_do(tmp_path):
    write(tmp_path, "latin1.txt", "Line one\nCaf\xe9 talks".encode("latin-1"))
    (err,) = ingest([tmp_path])[1]
    assert "not UTF-8" in err.reason and "byte offset 12" in err.reason and "line 2" in err.reason
    assert "re-encode" in err.reason and "UTF-8" in err.reason


def test_huge_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", ARTICLE)
    huge = write(tmp_path, "huge.txt", "x" * 5000)
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        assert Path(file) != huge, "the oversized file was opened"
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    docs, errors = ingest([tmp_path], max_bytes=1000)
    monkeypatch.undo()
    assert [d.source for d in docs] == ["good.txt"]
    assert len(errors) == 1 and errors[0].source == "huge.txt"
    assert "too large" in errors[0].reason and "5,000" in errors[0].reason and "1,000" in errors[0].reason


def test_missing_path(tmp_path):
    write(tmp_path, "good.txt", ARTICLE)
    docs, errors = ingest([tmp_path, tmp_path / "nope.txt"])
    assert [d.source for d in docs] == ["good.txt"]
    assert len(errors) == 1 and errors[0].source.endswith("nope.txt") and "no such file" in errors[0].reason


def test_unreadable_file(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", ARTICLE)
    locked = write(tmp_path, "locked.txt", OTHER)
    os.chmod(locked, 0)
    if os.access(locked, os.R_OK):  # running as root: permissions do not stop us, so simulate them
        real_open = builtins.open

        def denying_open(file, *args, **kwargs):
            if Path(file) == locked:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", denying_open)
    try:
        docs, errors = ingest([tmp_path])
    finally:
        monkeypatch.undo()
        os.chmod(locked, 0o644)
    assert [d.source for d in docs] == ["good.txt"]
    assert len(errors) == 1 and errors[0].source == "locked.txt" and "permission denied" in errors[0].reason


def test_a_file_that_vanishes_between_listing_and_reading(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    gone = write(tmp_path, "b.txt", OTHER)
    write(tmp_path, "c.txt", "A third document.\n")
    stream = iter_ingest([tmp_path])
    first = next(stream)  # the folder is listed by now
    gone.unlink()
    rest = list(stream)
    assert first.source == "a.txt"
    assert [x.source for x in rest if isinstance(x, Document)] == ["c.txt"]
    errors = [x for x in rest if isinstance(x, IngestError)]
    assert len(errors) == 1 and errors[0].source == "b.txt" and "vanished" in errors[0].reason


def test_an_unreadable_manifest_is_one_error_and_the_documents_still_come(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "manifest.csv", "name,title\na.txt,T\n")
    docs, errors = ingest([tmp_path])
    assert [d.source for d in docs] == ["a.txt"]
    assert len(errors) == 1 and errors[0].source == "manifest.csv" and "'file' column" in errors[0].reason
    docs, errors = ingest([tmp_path], manifest=tmp_path / "missing.csv")
    assert [d.source for d in docs] == ["a.txt"]
    assert [e.source for e in errors] == ["missing.csv", "manifest.csv"]


def test_nothing_raises_even_when_a_reader_fails_unexpectedly(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, "page.html", "<p>Page body.</p>")

    def broken(markup, name):
        raise ValueError("parser exploded")

    monkeypatch.setattr(ingest_files, "read_page", broken)
    docs, errors = ingest([tmp_path])
    assert [d.source for d in docs] == ["good.txt"]
    assert len(errors) == 1 and errors[0].source == "page.html" and "parser exploded" in errors[0].reason


# --------------------------------------------------------------------------- the real corpus


@pytest.mark.corpus
def test_the_whole_corpus_with_its_index():
    corpus = Path(os.environ.get("STANCEWATCH_CORPUS", REPO.parent / "shared" / "corpus"))
    if not (corpus / "index.csv").is_file():
        pytest.skip(f"corpus not found at {corpus} (set STANCEWATCH_CORPUS to the folder with index.csv)")
    docs, errors = ingest([corpus])
    assert errors == []
    assert len(docs) == 59
    with open(corpus / "index.csv", encoding="utf-8-sig", newline="") as fh:
        index = {r["file"]: r for r in csv.DictReader(fh)}
    assert {d.source for d in docs} == set(index)
    for d in docs:
        row = index[d.source]
        # manifest values are stripped: some index.csv titles end in a space
        assert d.title and d.title == row["title"].strip()
        assert d.published == (row["date"].strip() or None)
        assert d.outlet and d.outlet == row["outlet"].strip()
        assert d.kind == row["kind"].split("-")[0]
        assert d.text == (corpus / d.source).read_text(encoding="utf-8")
    speeches = [d for d in docs if d.kind == "speech"]
    assert speeches and all(d.speaker and "(" not in d.speaker for d in speeches)


def test_select_reads_only_the_chosen_files_with_their_folders_manifest(tmp_path):
    """The nightly job reads only new or changed files; their folder's manifest still applies."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "manifest.csv").write_text("file,title,outlet\nb.txt,Bee,Wire\n", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("First text here.\n", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Second text here.\n", encoding="utf-8")
    asked = []

    def select(path):
        asked.append(path.name)
        return path.name == "b.txt"

    got = list(iter_ingest([tmp_path.resolve()], select=select))
    assert asked == ["a.txt", "b.txt"]
    assert [(d.source, d.title, d.outlet) for d in got] == [("b.txt", "Bee", "Wire")]


def test_control_bytes_and_curly_quotes_are_counted_as_before():
    assert normalise_for_id("\u201cWe\u2019ll see,\u201d he said.") == normalise_for_id('"We\'ll see," he said.')
    err = ingest_files._decode(b"\x01\x02\x03\x04abc", "x.txt")
    assert isinstance(err, IngestError) and "4 of the first 7 bytes are control codes" in err.reason
