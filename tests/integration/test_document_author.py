"""A document's author (byline) is kept: stored on ingest, kept by a rescore, in `export
documents` (the last column, spreadsheet-safe) and on the dashboard's document page."""
import csv
import io

from click.testing import CliRunner

from analysis import store
from analysis.cli import cli
from analysis.export import DOCUMENT_COLUMNS

BODY = ("<p>The foreign ministers of Atlantis and Borduria met in Geneva on Monday for four hours of talks on "
        "the disputed border crossings, their first meeting since the spring.</p>"
        "<p>Officials on both sides said the talks would resume next week after consultations in both capitals, "
        "and that prisoner exchanges were on the agenda.</p>")
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers meet in Geneva | The Evening Ledger</title>
<meta property="og:site_name" content="The Evening Ledger">
<meta name="author" content="{author}">
</head><body><main><article><h1>Ministers meet in Geneva</h1>
<div class="entry-content">{body}</div></article></main></body></html>"""
PLAIN = ("Border talks resume\n\nBy John Doe, Ledger Wire\n\n"
         "The two delegations met for three hours in Geneva, the foreign ministry said.\n")


def invoke(*args):
    r = CliRunner().invoke(cli, [str(a) for a in args])
    assert r.exit_code == 0, r.stderr
    return r


def documents(db):
    return list(csv.DictReader(io.StringIO(invoke("export", "documents", "--db", db).stdout)))


def write_page(path, author="Jane Roe"):
    path.write_text(PAGE.replace("{author}", author).replace("{body}", BODY), encoding="utf-8")


def test_a_saved_page_and_a_plain_byline_give_the_author_in_export_documents(tmp_path, db_url):
    folder = tmp_path / "in"
    folder.mkdir()
    write_page(folder / "page.html")
    (folder / "wire.txt").write_text(PLAIN, encoding="utf-8")
    invoke("ingest", folder, "--db", db_url)
    rows = documents(db_url)
    assert tuple(rows[0]) == DOCUMENT_COLUMNS and DOCUMENT_COLUMNS[-1] == "author"
    assert DOCUMENT_COLUMNS[:10] == ("doc_id", "source", "title", "published", "outlet", "url", "kind", "speaker",
                                     "statements", "ingested_at")  # the older columns keep their places
    assert {r["source"]: r["author"] for r in rows} == {"page.html": "Jane Roe", "wire.txt": "John Doe"}


def test_a_manifest_author_overrides_the_page_and_a_rescore_keeps_it(tmp_path, db_url):
    folder = tmp_path / "in"
    folder.mkdir()
    write_page(folder / "page.html")
    (folder / "manifest.csv").write_text("file,author\npage.html,Richard Roe\n", encoding="utf-8")
    invoke("ingest", folder, "--db", db_url)
    assert [r["author"] for r in documents(db_url)] == ["Richard Roe"]
    invoke("rescore", "--db", db_url, "--all")
    assert [r["author"] for r in documents(db_url)] == ["Richard Roe"]
    eng = store.connect(db_url)
    try:
        [doc] = store.load_documents(eng, store.all_document_ids(eng))
        assert doc.author == "Richard Roe"
    finally:
        eng.dispose()


def test_a_formula_in_the_author_is_neutralised_in_the_csv(tmp_path, db_url):
    formula = '=HYPERLINK("http://evil.example/x","Jane Roe")'
    folder = tmp_path / "in"
    folder.mkdir()
    write_page(folder / "page.html")
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([("file", "author"), ("page.html", formula)])
    invoke("ingest", folder, "--db", db_url)
    [row] = documents(db_url)
    assert row["author"] == "'" + formula


def test_a_page_without_a_byline_has_an_empty_author(tmp_path, db_url):
    (tmp_path / "plain.txt").write_text("Talks resume\n\nThe ministers met in Geneva, officials said.\n",
                                        encoding="utf-8")
    invoke("ingest", tmp_path / "plain.txt", "--db", db_url)
    assert [r["author"] for r in documents(db_url)] == [""]


def test_the_document_page_shows_the_byline_when_there_is_one(tmp_path):
    from analysis import pipeline
    from analysis.actors import load_registry
    from analysis.ingest import doc_id_for
    from analysis.model import Document
    from dashboard import data as Q
    from dashboard.views import documents as view

    url = f"sqlite:///{tmp_path / 'store.db'}"
    registry = load_registry(())
    eng = store.connect(url)
    ids = {}
    try:
        for source, author in (("signed.txt", "Jane Roe"), ("unsigned.txt", None)):
            text = f"Talks resume in {source}\n\nThe ministers met in Geneva, officials said.\n"
            doc = Document(doc_id=doc_id_for(text), source=source, text=text, title="Talks", published="2024-03-05",
                           outlet="Ledger", author=author)
            store.store_document(eng, doc, pipeline.analyse(doc, registry), registry)
            ids[source] = doc.doc_id
    finally:
        eng.dispose()
    dash = Q.engine_for(url)
    try:
        meta = lambda doc_id: next(c for c in view.update(dash, "?doc=" + doc_id).children  # noqa: E731
                                   if getattr(c, "id", None) == "doc-meta").children
        assert meta(ids["signed.txt"]).startswith("2024-03-05 · by Jane Roe · Ledger · signed.txt")
        assert "by " not in meta(ids["unsigned.txt"])
        # the document list, and its CSV, have the author as a column beside the outlet
        from dashboard.downloads import table_rows
        listed = {r["source"]: r["author"] for r in Q.document_table(dash, Q.Filters())[0].to_dict("records")}
        assert listed == {"signed.txt": "Jane Roe", "unsigned.txt": None}
        rows, cols = table_rows(dash, "documents", Q.Filters(), {})
        assert cols.index("author") == cols.index("outlet") + 1
        assert {r["source"]: r["author"] for r in rows} == {"signed.txt": "Jane Roe", "unsigned.txt": None}
        head = str(view.update(dash, ""))
        assert "Jane Roe" in head and "'author'" in head
    finally:
        dash.dispose()
