"""CSV cells that are safe in a spreadsheet and columns that keep their contract."""
import csv
import io

import pytest

from analysis.export import (ACTOR_COLUMNS, DOCUMENT_COLUMNS, MENTION_COLUMNS, NUMERIC, STATEMENT_COLUMNS, safe_cell, statement_row,
                             write_csv)
from analysis.model import Document, Statement

DESIGN_COLUMNS = (
    "doc_id", "source", "title", "published", "outlet", "seq", "char_start", "char_end", "section", "speaker",
    "speaker_kind", "reported_by", "cue", "targets", "tone", "tone_pos", "tone_neu", "tone_neg", "escalation",
    "escalation_cues", "scorer_version", "text")


def test_statement_columns_are_the_design_contract():
    assert STATEMENT_COLUMNS == DESIGN_COLUMNS
    assert len(set(DOCUMENT_COLUMNS)) == len(DOCUMENT_COLUMNS) and "doc_id" in DOCUMENT_COLUMNS
    assert ACTOR_COLUMNS[0] == "name"


def test_numeric_columns_are_the_numbers_of_the_contract():
    assert NUMERIC & set(STATEMENT_COLUMNS) == {"seq", "char_start", "char_end", "tone", "tone_pos", "tone_neu",
                                                 "tone_neg", "escalation"}


@pytest.mark.parametrize("bad", [
    '=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=", "-",
    "-0.4",  # a number-looking text in a text column is still text
])
def test_formula_injection_is_neutralised_in_text_cells(bad):
    assert safe_cell(bad) == "'" + bad


def test_hyperlink_keeps_its_text_behind_the_apostrophe():
    assert safe_cell('=HYPERLINK("http://evil.example","click")') == '\'=HYPERLINK("http://evil.example","click")'


@pytest.mark.parametrize("fine", ["Lavrov said", "a = b", " =x", "NATO", "3 + 4", "(narrator)", "'quoted'"])
def test_ordinary_text_is_untouched(fine):
    assert safe_cell(fine) == fine


def test_negative_tone_stays_a_number():
    assert safe_cell(-0.4) == "-0.4"
    assert safe_cell(-0.4, numeric=True) == "-0.4"
    assert safe_cell("-0.4", numeric=True) == "-0.4"
    assert safe_cell("-1e-3", numeric=True) == "-1e-3"
    assert safe_cell(-3) == "-3"
    # a numeric column does not let a formula through
    assert safe_cell("-1+cmd|' /C calc'!A0", numeric=True).startswith("'")
    assert safe_cell("=1+1", numeric=True) == "'=1+1"


def test_floats_have_at_most_four_decimals_and_no_nan():
    assert safe_cell(0.123456, numeric=True) == "0.1235"
    assert safe_cell(1.0) == "1"
    assert safe_cell(0.0) == "0"
    assert safe_cell(-0.00001) == "0"
    assert safe_cell(float("nan"), numeric=True) == ""
    assert safe_cell(float("inf")) == ""


def test_empty_values_and_lists():
    assert safe_cell(None) == ""
    assert safe_cell(None, numeric=True) == ""
    assert safe_cell("") == ""
    assert safe_cell([]) == ""
    assert safe_cell(["NATO", "Ukraine"]) == "NATO;Ukraine"
    assert safe_cell(("=cmd", "x")) == "'=cmd;x"
    assert safe_cell(True) == "true" and safe_cell(False) == "false"
    assert safe_cell(0) == "0"


def test_write_csv_round_trips_through_a_spreadsheet_reader():
    buf = io.StringIO()
    n = write_csv([{"speaker": "=cmd|' /C calc'!A0", "tone": -0.5, "escalation": "-0.25",
                    "text": 'He said "no",\nthen left.'}],
                  ["speaker", "tone", "escalation", "text", "cue"], buf)
    assert n == 1
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row == {"speaker": "'=cmd|' /C calc'!A0", "tone": "-0.5", "escalation": "-0.25",
                   "text": 'He said "no",\nthen left.', "cue": ""}


def test_write_csv_streams_and_counts():
    """Each row is written before the next is read: a long export never sits in memory."""
    buf = io.StringIO()
    seen_when_read = []

    def rows():
        for i in range(3):
            seen_when_read.append(buf.getvalue())
            yield {"seq": i}

    assert write_csv(rows(), ["seq"], buf) == 3
    assert buf.getvalue() == "seq\n0\n1\n2\n"
    assert seen_when_read == ["seq\n", "seq\n0\n", "seq\n0\n1\n"]
    assert write_csv([], STATEMENT_COLUMNS, io.StringIO()) == 0


def test_statement_row_has_the_contract_columns_and_offsets():
    text = 'Headline\n\n"We will respond," Lavrov said.'
    doc = Document(doc_id="abc", source="a.txt", text=text, title="T", published="2021-12-02", outlet="BBC")
    start = text.index('"We')
    st = Statement(doc_id="abc", seq=1, char_start=start, char_end=len(text), section="body",
                   speaker="Sergey Lavrov", speaker_kind="person", text=text[start:], cue="quote",
                   targets=("NATO", "United States"), tone=-0.4, escalation=0.3, escalation_cues=("respond",),
                   scorer_version="v1")
    row = statement_row(doc, st)
    # the contract's columns in order, then the mention columns --with-mentions appends
    assert tuple(row) == STATEMENT_COLUMNS + MENTION_COLUMNS
    assert row["text"] == doc.text[row["char_start"]:row["char_end"]]
    buf = io.StringIO()
    write_csv([row], STATEMENT_COLUMNS, buf)
    got = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert got["targets"] == "NATO;United States" and got["tone"] == "-0.4" and got["escalation_cues"] == "respond"
    assert got["tone_pos"] == "" and got["reported_by"] == ""


def test_the_text_is_the_document_slice_except_for_the_formula_marker():
    """DESIGN.md: text == document[char_start:char_end], except that a cell a spreadsheet
    would run as a formula starts with one added ' (the only difference)."""
    text = "Intro line.\n=HYPERLINK(\"x\") was on the wall.\n-2+3 was too.\n@SUM(A1) as well.\nPlain end."
    doc = Document("d", "d.txt", text)
    spans = [(0, 11), (12, 44), (45, 58), (59, 76), (77, 87)]  # the lines, marked by hand
    sts = [Statement("d", i, a, b, "body", "(narrator)", "narrator", text[a:b]) for i, (a, b) in enumerate(spans)]
    buf = io.StringIO()
    write_csv((statement_row(doc, s) for s in sts), STATEMENT_COLUMNS, buf)
    for row in csv.DictReader(io.StringIO(buf.getvalue())):
        piece = text[int(row["char_start"]):int(row["char_end"])]
        if piece.startswith(("=", "+", "-", "@")):
            assert row["text"] == "'" + piece
        else:
            assert row["text"] == piece
    assert [r["text"][:2] for r in csv.DictReader(io.StringIO(buf.getvalue()))] == ["In", "'=", "'-", "'@", "Pl"]


def test_list_cells_keep_their_positions():
    """An empty item in a list cell stays an empty item (targets "a;;b"), never "None"."""
    assert safe_cell(["NATO", None, "Ukraine"]) == "NATO;;Ukraine"
    assert safe_cell(("-x", "y")) == "'-x;y"
    assert safe_cell(-0.00001) == "0" and safe_cell(0.0) == "0" and safe_cell(-0.25) == "-0.25"


def test_a_statement_row_gives_the_words_that_name_its_speaker():
    text = 'Headline\n\n"We will respond," Lavrov said.'
    doc = Document(doc_id="abc", source="a.txt", text=text)
    start, at = text.index('"We'), text.index("Lavrov")
    st = Statement(doc_id="abc", seq=1, char_start=start, char_end=text.index(" Lavrov"), section="body",
                   speaker="Sergey Lavrov", speaker_kind="person", text='"We will respond,"', cue="quote",
                   speaker_start=at, speaker_end=at + len("Lavrov"))
    row = statement_row(doc, st)
    assert (row["speaker_start"], row["speaker_end"], row["speaker_mention"]) == (at, at + 6, "Lavrov")
    buf = io.StringIO()
    write_csv([row], STATEMENT_COLUMNS + MENTION_COLUMNS, buf)
    got = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert got["speaker_mention"] == "Lavrov" and got["speaker_start"] == str(at)
    # the outlet's own sentence names no source
    narr = Statement(doc_id="abc", seq=0, char_start=0, char_end=8, section="headline", speaker="(narrator)",
                     speaker_kind="narrator", text="Headline")
    assert statement_row(doc, narr)["speaker_mention"] is None
