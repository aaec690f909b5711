"""Publication dates as the export contract says: ISO 8601 at the source's own precision,
never free text, never a guessed day/month order or year."""
import pytest

from analysis.dates import DateError, is_iso, parse, published
from analysis.ingest import ingest, is_duplicate


@pytest.mark.parametrize("given, stored", [
    ("2022", "2022"), ("2022-03", "2022-03"), ("2022-03-01", "2022-03-01"), (" 2022-03-01 ", "2022-03-01"),
    ("March 1, 2022", "2022-03-01"), ("1 March 2022", "2022-03-01"), ("1st March 2022", "2022-03-01"),
    ("Tuesday, 1 March 2022", "2022-03-01"),
    ("March 2022", "2022-03"), ("Mar 2022", "2022-03"),  # a month, not the 1st of it
    ("Tue, 01 Mar 2022 10:00:00 +0000", "2022-03-01"),  # RSS's RFC 822
    ("2022-03-01T23:30:00-05:00", "2022-03-01"),  # the source's own calendar day
    ("2022/03/02", "2022-03-02"), ("2022-3-1", "2022-03-01"),  # year first: year, month, day
    ("15/03/2022", "2022-03-15"), ("03/15/2022", "2022-03-15"), ("15.03.2022 10:30", "2022-03-15"),
    ("03/03/2022", "2022-03-03"),  # either order: the same day
    (None, None), ("", None), ("   ", None),
])
def test_dates_are_stored_as_iso_at_their_own_precision(given, stored):
    assert parse(given) == stored


@pytest.mark.parametrize("given, why", [
    ("03/02/2022", "either way round"),  # 3 February or March 2? refused, not guessed
    ("3-2-2022", "either way round"),
    ("03/02/22", "two-digit year"),
    ("March 1", "no year"),
    ("2022-02-30", "not a date"), ("2022-13", "not a date"), ("99/99/2022", "month"),
    ("Updated: March 1, 2022", "not a date"), ("15/03/2022 by the editor", "not a date"),
    ("yesterday", "not a date"), ("0900", "four-digit year"), ("1646092800", "not a date"),
])
def test_a_date_that_cannot_be_read_for_sure_is_refused_with_a_reason(given, why):
    with pytest.raises(DateError, match=why):
        parse(given)


def test_iso_check():
    assert is_iso("2022") and is_iso("2022-03") and is_iso("2024-02-29")
    assert not is_iso("2022-02-29") and not is_iso("03/02/2") and not is_iso("March 1") and not is_iso(None)


def test_an_unreadable_date_is_one_note_naming_the_file():
    assert published("2022-03-01", "a.txt") == ("2022-03-01", None)
    value, note = published("03/02/2022", "a.txt")
    assert value is None and note.source == "a.txt" and is_duplicate(note)  # a note, not a failure
    assert str(note).startswith("a.txt: published date '03/02/2022' not understood (")
    assert str(note).endswith("; stored undated") and "\n" not in str(note)


def test_ingest_stores_manifest_and_json_dates_as_iso(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt"):
        (tmp_path / name).write_text(f"Sergey Lavrov said talks on {name} would go on.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,published\na.txt,03/02/2022\nb.txt,\"March 1, 2022\"\nc.txt,2021\nd.txt,next Tuesday\n"
        "e.txt,15/03/2022\n", encoding="utf-8")
    (tmp_path / "f.jsonl").write_text(
        '{"text": "Blinken said the talks were useful.", "published": "Feb 2022"}\n'
        '{"text": "Blinken said the talks were over.", "date": "2022-02-30"}\n', encoding="utf-8")
    docs, errors = ingest([tmp_path])
    got = {d.source: d.published for d in docs}
    assert got == {"a.txt": None, "b.txt": "2022-03-01", "c.txt": "2021", "d.txt": None, "e.txt": "2022-03-15",
                   "f.jsonl#1": "2022-02", "f.jsonl#2": None}
    assert sorted(e.source for e in errors) == ["a.txt", "d.txt", "f.jsonl#2"]
    assert all(is_duplicate(e) and "stored undated" in e.reason for e in errors)  # notes: nothing failed


@pytest.mark.parametrize("value", ["2022", "2022-12", "2024-02-29", "2022-13", "2022-02-30", "22", "0999",
                                   "2022/03", "2022-3", "March 2022", "2022-03-01T00"])
def test_the_cli_date_filters_take_exactly_the_dates_a_store_holds(value, tmp_path):
    """--since/--until refuse (exit 2, one line) every value that is not a stored date, and
    take every one that is: a filter can always match what ingest stores."""
    from click.testing import CliRunner

    from analysis.cli import cli

    db = f"sqlite:///{tmp_path / 'none.db'}"  # no store: a date that is taken gets as far as looking for it
    r = CliRunner().invoke(cli, ["--db", db, "export", "statements", "--since", value])
    if is_iso(value):
        assert "no Stancewatch store" in r.output and "is not a date" not in r.output, r.output
    else:
        assert r.exit_code == 2 and f"{value!r} is not a date" in r.output, r.output
