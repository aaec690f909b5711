"""The benchmark corpus generator: distinct, deterministic documents that keep each
recombined run coherent (a transcript run starts at a speaker's turn) and carry a
manifest `stancewatch ingest` reads."""
import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from analysis import ingest

_spec = importlib.util.spec_from_file_location(
    "corpus_gen", Path(__file__).resolve().parents[2] / "bench" / "corpus_gen.py")
corpus_gen = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("corpus_gen", corpus_gen)  # dataclasses look their module up
_spec.loader.exec_module(corpus_gen)


@pytest.fixture
def tiny_corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    turns = "\n\n".join(
        f"MS. SMITH: Answer number {i} about the talks.\n\nIt went on for a while.\n\nQ    Question {i}?"
        for i in range(12))
    (root / "t1.txt").write_text("Briefing one\n\nBriefing Room\n\n" + turns + "\n", encoding="utf-8")
    (root / "t2.txt").write_text("Briefing two\n\n" + turns.replace("SMITH", "JONES") + "\n", encoding="utf-8")
    (root / "a1.txt").write_text("Headline\n\n" + "\n\n".join(
        f"Paragraph {i}: the minister said talks would go on." for i in range(20)) + "\n", encoding="utf-8")
    with open(root / "index.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "kind", "title", "date", "outlet", "speaker"])
        w.writerow(["t1.txt", "transcript-whitehouse", "Briefing one", "2022-02-11", "WH", ""])
        w.writerow(["t2.txt", "transcript-whitehouse", "Briefing two", "2022-02-12", "WH", ""])
        w.writerow(["a1.txt", "article-news", "Headline", "2020-01-01", "Wire", ""])
    return root


def test_documents_are_distinct_deterministic_and_ingestible(tiny_corpus, tmp_path):
    a = corpus_gen.generate(tiny_corpus, tmp_path / "a", 40, seed=3)
    b = corpus_gen.generate(tiny_corpus, tmp_path / "b", 40, seed=3)
    assert [p.read_text(encoding="utf-8") for p in a] == [p.read_text(encoding="utf-8") for p in b]
    docs, errors = ingest.ingest(tmp_path / "a")
    assert not errors
    assert len({d.doc_id for d in docs}) == 40  # none is a duplicate of another
    assert all(d.published and d.outlet for d in docs)  # the manifest was read


def test_transcript_runs_start_at_a_turn(tiny_corpus, tmp_path):
    for p in corpus_gen.generate(tiny_corpus, tmp_path / "g", 30, seed=1):
        paras = p.read_text(encoding="utf-8").split("\n\n")
        if paras[0].startswith("Briefing"):
            body = [x for x in paras if not x.startswith(("Briefing", "It went"))]
            assert body and all(x.startswith(("MS. ", "Q ")) for x in body)
