"""PDFs: the text layer in reading order, without running headers, footers or page numbers,
hyphenated words joined; a scan without text is one clear error."""
import pytest

from analysis import pipeline
from analysis.actors import load_registry
from analysis.ingest import ingest

reportlab = pytest.importorskip("reportlab", reason="reportlab (in the test extras) draws the PDFs")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HEADER = "Ministry of Foreign Affairs of Atlantis - Press release 12/2024"
BODY = [
    ["Statement on the talks in Geneva",
     "The Ministry of Foreign Affairs welcomes the resumption of nego-",
     "tiations in Geneva and calls on all parties to refrain from",
     "steps that could escalate the situation."],
    ["The Minister said the talks must continue without preconditions.",
     "Atlantis is ready to offer humanitarian assistance to the affected",
     "regions."],
    ["The Ministry will inform the public about further developments."],
]


def draw(path, pages, header=True, title="Statement on the talks"):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    c.setAuthor("Press Office")
    width, height = A4
    for n, lines in enumerate(pages, 1):
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(72, height - 40, HEADER)
            c.drawString(width / 2, 30, f"Page {n} of {len(pages)}")
        c.setFont("Helvetica", 11)
        y = height - 100
        for line in lines:
            c.drawString(72, y, line)
            y -= 16
        c.showPage()
    c.save()


def test_a_pdf_gives_its_text_without_running_headers_or_footers(tmp_path):
    draw(tmp_path / "statement.pdf", BODY)
    docs, errors = ingest([tmp_path / "statement.pdf"])
    assert not errors
    doc = docs[0]
    assert doc.text.startswith("Statement on the talks in Geneva\n\nThe Ministry")  # a heading is its own paragraph
    assert "negotiations in Geneva" in doc.text  # hyphenation at a line's end joined
    assert "refrain from steps that could escalate" in doc.text  # a wrapped line joined
    assert "affected regions." in doc.text  # joined across lines
    assert HEADER not in doc.text and "Page 1 of 3" not in doc.text and "Page 3" not in doc.text
    assert doc.title == "Statement on the talks" and doc.author == "Press Office"
    assert doc.published and len(doc.published) == 10  # the PDF's creation date, ISO
    sts = pipeline.analyse(doc, load_registry())
    assert sts and not any("Press release" in s.text or "Page " in s.text for s in sts)
    # (the sentence joined across the page break; the Minister's words are the unnamed minister's)
    assert "The Minister said the talks must continue without preconditions." in doc.text
    assert any(s.text == "the talks must continue without preconditions." and s.speaker == "(unnamed minister)"
               for s in sts)
    for s in sts:
        assert doc.text[s.char_start:s.char_end] == s.text


def test_a_manifest_overrides_what_the_pdf_says(tmp_path):
    draw(tmp_path / "statement.pdf", BODY)
    (tmp_path / "manifest.csv").write_text("file,title,published\nstatement.pdf,Geneva statement,2024-03-01\n")
    docs, _ = ingest([tmp_path])
    assert (docs[0].title, docs[0].published) == ("Geneva statement", "2024-03-01")


def test_a_scanned_pdf_without_text_is_one_clear_error(tmp_path):
    c = canvas.Canvas(str(tmp_path / "scan.pdf"), pagesize=A4)
    c.rect(72, 72, 300, 500, fill=1)  # a page of picture, no text layer
    c.showPage()
    c.save()
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    (tmp_path / "fine.txt").write_text("The talks resumed in Geneva on Monday.\n")
    docs, errors = ingest([tmp_path])
    assert [d.source for d in docs] == ["fine.txt"]
    why = {e.source: e.reason for e in errors}
    assert "no text layer" in why["scan.pdf"] and "OCR" in why["scan.pdf"] and "\n" not in why["scan.pdf"]
    assert "broken.pdf" in why and "\n" not in why["broken.pdf"]
