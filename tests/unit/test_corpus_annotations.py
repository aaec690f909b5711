"""bench/escalation/corpus_annotations.jsonl stays a usable benchmark after its audit: every
line is a record the benchmark can read, an audited label says what it was and which written
decision changed it, and the offsets still cut the text whose hash the record keeps."""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ANNOTATIONS = REPO / "bench" / "escalation" / "corpus_annotations.jsonl"
GUIDELINE = REPO / "bench" / "escalation" / "README.md"
CORPUS = Path(os.environ.get("STANCEWATCH_CORPUS", REPO.parent / "shared" / "corpus"))
FIELDS = {"source", "char_start", "char_end", "sha1", "type", "section", "label", "rule"}
LABELS = {-1, 0, 1}


def records() -> list[dict]:
    return [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_record_has_the_fields_the_benchmark_reads():
    recs = records()
    assert len(recs) == 1620
    for r in recs:
        assert FIELDS <= r.keys(), r
        assert r["label"] in LABELS
        assert r["rule"].strip()
        assert 0 <= r["char_start"] < r["char_end"]
        assert r.get("batch", 1) in {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}
        assert r["type"] in {"briefing", "speech", "news", "comments"}
    # one annotation per stretch of text
    assert len({(r["source"], r["char_start"], r["char_end"]) for r in recs}) == len(recs)


def test_an_audited_label_keeps_its_old_label_and_names_a_written_decision():
    decisions = set(re.findall(r"\*\*(A\d+) ", GUIDELINE.read_text(encoding="utf-8")))
    audited = [r for r in records() if "label_before_audit" in r or "audit_rule" in r]
    assert audited
    for r in audited:
        assert r["label_before_audit"] in LABELS
        assert r["label_before_audit"] != r["label"], r
        decision = r["audit_rule"].split(":", 1)[0]
        assert decision in decisions, r["audit_rule"]


@pytest.mark.corpus
def test_offsets_still_cut_the_hashed_text():
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (set STANCEWATCH_CORPUS)")
    texts: dict[str, str] = {}
    for r in records():
        text = texts.setdefault(r["source"], (CORPUS / r["source"]).read_text(encoding="utf-8"))
        span = text[r["char_start"]:r["char_end"]]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:12] == r["sha1"], r
