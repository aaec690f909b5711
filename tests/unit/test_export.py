"""CSV cells that are safe in a spreadsheet and columns that keep their contract."""
import csv
import io

from analysis.export import STATEMENT_COLUMNS, safe_cell, write_csv


def test_statement_columns_are_the_design_contract():
    assert STATEMENT_COLUMNS == (
        "doc_id", "source", "title", "published", "outlet", "seq", "char_start", "char_end", "section", "speaker",
        "speaker_kind", "reported_by", "cue", "targets", "tone", "tone_pos", "tone_neu", "tone_neg", "escalation",
        "escalation_cues", "scorer_version", "text")


def test_formula_injection_is_neutralised():
    assert safe_cell('=HYPERLINK("http://evil.example","click")') == '\'=HYPERLINK("http://evil.example","click")'
    for bad in ("+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(bad).startswith("'")
    assert safe_cell("Lavrov said") == "Lavrov said"


def test_numbers_stay_numbers():
    assert safe_cell(-0.4, numeric=True) == "-0.4"
    assert safe_cell(0.123456, numeric=True) == "0.1235"
    assert safe_cell(float("nan"), numeric=True) == ""
    assert safe_cell(None) == ""
    assert safe_cell(["NATO", "Ukraine"]) == "NATO;Ukraine"


def test_write_csv_round_trips_through_a_spreadsheet_reader():
    buf = io.StringIO()
    n = write_csv([{"speaker": "=cmd|' /C calc'!A0", "tone": -0.5, "text": 'He said "no",\nthen left.'}],
                  ["speaker", "tone", "text"], buf)
    assert n == 1
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row == {"speaker": "'=cmd|' /C calc'!A0", "tone": "-0.5", "text": 'He said "no",\nthen left.'}
