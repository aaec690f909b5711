"""A store scored by an older scorer is brought up to date by one `stancewatch rescore`:
every score row replaced by the current version's, the same as a fresh run (issue 16)."""
import csv
import io

from click.testing import CliRunner
from sqlalchemy import func, select, update

from analysis import store
from analysis.actors import load_registry
from analysis.cli import cli
from analysis.version import scorer_version

TEXT = ("Moscow warns Kyiv\n\n"
        '"If the alliance moves its missiles to our border, we will respond," Sergey Lavrov said.\n'
        "Antony Blinken said the United States harbours no hostile intentions toward Russia.\n"
        "Our thoughts and prayers are with all those hurt in this attack, Jens Stoltenberg said.\n")


def exported(db_url):
    r = CliRunner().invoke(cli, ["export", "statements", "--db", db_url])
    assert r.exit_code == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout)))


def test_rescore_replaces_every_score_of_an_older_scorer(tmp_path, db_url):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        (folder / f"d{i}.txt").write_text(TEXT.replace("Kyiv", f"Kyiv {i}"), encoding="utf-8")
    assert CliRunner().invoke(cli, ["ingest", str(folder), "--db", db_url]).exit_code == 0
    fresh = exported(db_url)
    eng = store.connect(db_url)
    try:
        with eng.begin() as c:  # the whole store as an older scorer left it: tone as escalation
            c.execute(update(store.scores).values(scorer_version="oldscorer001", escalation=0.99,
                                                  escalation_cues="tone(-0.99)"))
        r = CliRunner().invoke(cli, ["rescore", "--db", db_url])
        assert r.exit_code == 0, r.stderr
        assert "3 rescored" in r.stdout
        rows = exported(db_url)
        assert rows == fresh
        current = scorer_version(load_registry(()))
        assert {row["scorer_version"] for row in rows} == {current}
        assert not any("tone(" in row["escalation_cues"] for row in rows)
        with eng.connect() as c:
            assert c.execute(select(func.count()).select_from(store.scores)
                             .where(store.scores.c.scorer_version != current)).scalar() == 0
        by_speaker = {row["speaker"]: row for row in rows if row["section"] == "body"}
        assert float(by_speaker["Sergey Lavrov"]["escalation"]) > 0.15  # a conditional threat
        assert float(by_speaker["Antony Blinken"]["escalation"]) < 0  # reassurance
        assert abs(float(by_speaker["Jens Stoltenberg"]["escalation"])) < 0.15  # condolences
    finally:
        eng.dispose()
