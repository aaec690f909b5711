"""A document's statements, speakers and targets are a function of its text, its metadata and
the registry files alone (DESIGN.md, stage 3): the corpus analysed whole, shuffled and one
document at a time gives the same output. Reads ../shared/corpus (or $STANCEWATCH_CORPUS)
and skips, saying so, when it is absent."""
import os
import random
from pathlib import Path

import pytest

from analysis.actors import load_registry
from analysis.ingest import ingest
from analysis.pipeline import analyse

pytestmark = pytest.mark.corpus

CORPUS = Path(os.environ.get("STANCEWATCH_CORPUS", Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"))


def outputs(docs, registry_for):
    return {d.doc_id: [(s.char_start, s.char_end, s.section, s.speaker, s.speaker_kind, s.reported_by, s.cue,
                        s.targets, s.tone, s.escalation, s.escalation_cues) for s in analyse(d, registry_for(d))]
            for d in docs}


def test_whole_shuffled_and_alone_give_the_same_output():
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (set STANCEWATCH_CORPUS)")
    docs, errors = ingest([CORPUS])
    assert not errors, errors
    shared = load_registry()
    whole = outputs(docs, lambda d: shared)
    shuffled_docs = list(docs)
    random.Random(7).shuffle(shuffled_docs)
    again = load_registry()
    shuffled = outputs(shuffled_docs, lambda d: again)
    alone = outputs(docs, lambda d: load_registry())
    for d in docs:
        assert shuffled[d.doc_id] == whole[d.doc_id], d.source
        assert alone[d.doc_id] == whole[d.doc_id], d.source
    # and the registry has learned nothing from the batch
    assert {n for n, a in shared.actors.items() if not a.known} == set()
