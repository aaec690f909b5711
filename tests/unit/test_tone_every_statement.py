"""Every statement that is not furniture or spam gets a tone, also when a CSV holds one
short document per row (issue 16: the NYT snippets as a user ingests them)."""
import csv

from analysis.actors import load_registry
from analysis.ingest import doc_id_for, ingest
from analysis.pipeline import analyse

ROWS = [
    "Congress proposes to spend a record sum on free postage for members' newsletters and other mailings.",
    "The senator's plan is a disgrace to the chamber.",
    "The senator's plan is a disgrace to the chamber.",  # the same snippet twice: stored once
    "What a splendid, generous idea this is!",
]


def test_every_row_of_a_one_snippet_per_row_csv_gets_a_tone(tmp_path):
    src = tmp_path / "snippets.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        w.writerows((i, t) for i, t in enumerate(ROWS))
    docs, notes = ingest([src])
    registry = load_registry()
    tone = {}
    for d in docs:
        sts = [st for st in analyse(d, registry) if st.tone is not None]
        assert sts, d.text  # a one-sentence document is a statement, not furniture
        tone[d.doc_id] = sts[0].tone
    assert len(docs) == 3 and len(notes) == 1  # the repeated row is a note, not lost text
    scored = [tone.get(doc_id_for(t)) for t in ROWS]
    assert all(t is not None for t in scored)
    assert scored[1] < 0 < scored[3]
