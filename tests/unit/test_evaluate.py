"""Our gold scorer: the definitions of GUIDELINES.md, agreeing with the reference scorer."""
import importlib.util
import json
import os
import random
from pathlib import Path

import pytest

from analysis.evaluate import score

TEXT = 'Headline\n"We will respond," Lavrov said. The talks ended. Buy camDown now!\nGreat article.\nIn reply to x… by bob\n'
GOLD = {
    "actors": {"Sergey Lavrov": "lavrov"},
    "documents": {"d.txt": {
        "statements": [
            {"text": '"We will respond," Lavrov said.', "speaker": "Sergey Lavrov", "accept": [], "section": "body", "tone": 0, "escalation": 1},
            {"text": "The talks ended.", "speaker": "(narrator)", "accept": [], "section": "body", "tone": 0, "escalation": -1},
            {"text": "Buy camDown now!", "speaker": "(spam)", "accept": [], "section": "spam", "tone": None, "escalation": None},
        ],
        "comments": [{"text": "Great article.", "author": "bob"}],
        "not_statements": ["In reply to x… by bob"],
    }},
}


def row(text, **kw):
    s = TEXT.index(text)
    return {"source": "d.txt", "char_start": s, "char_end": s + len(text), "section": "body", "speaker": "(narrator)",
            "tone": None, "escalation": None, **kw}


def perfect():
    return [row('"We will respond," Lavrov said.', speaker="Sergey Lavrov", tone=0.0, escalation=0.8),
            row("The talks ended.", tone=0.0, escalation=-0.5), row("Buy camDown now!", section="spam", speaker="(spam)"),
            row("Great article.", section="comment", speaker="u/bob")]


def test_perfect_rows():
    r = score(GOLD, {"d.txt": TEXT}, perfect())
    assert r["speaker_f1"] == 1.0 and r["section_accuracy"] == 1.0 and r["comment_author_accuracy"] == 1.0
    assert r["spam_leaked"] == 0 and r["furniture_leaked"] == 0
    assert r["escalation_direction_accuracy"] == 1.0


def test_narration_given_to_a_person_costs_precision():
    rows = perfect()
    rows[1]["speaker"] = "Sergey Lavrov"
    r = score(GOLD, {"d.txt": TEXT}, rows)
    assert r["speaker_precision"] == 0.5 and r["speaker_recall"] == 1.0


def test_missing_statement_costs_recall_and_leaks_are_counted():
    rows = perfect()[1:]
    rows[1]["section"] = "body"
    rows.append(row("In reply to x… by bob", section="comment", speaker="(unknown commenter)"))
    r = score(GOLD, {"d.txt": TEXT}, rows)
    assert r["speaker_recall"] == 0.0 and r["gold_statements_without_match"] == 1
    assert r["spam_leaked"] == 1 and r["furniture_leaked"] == 1


def test_overlap_must_cover_half_the_shorter_span():
    # "ended. Buy camDown now! Gre": 6 of the 16 characters of "The talks ended." (no match),
    # all of "Buy camDown now!" (a match: half of the shorter span is covered)
    s = TEXT.index("The talks ended.")
    r = score(GOLD, {"d.txt": TEXT}, [{"source": "d.txt", "char_start": s + 10, "char_end": s + 40, "section": "body",
                                       "speaker": "(narrator)", "tone": None, "escalation": None}])
    assert r["gold_statements_without_match"] == 2
    assert r["spam_leaked"] == 1


def reference():
    shared = Path(os.environ.get("STANCEWATCH_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared"))
    path = shared / "tools" / "gold_eval.py"
    if not path.exists():
        pytest.skip(f"reference scorer not found at {path} (set STANCEWATCH_SHARED)")
    spec = importlib.util.spec_from_file_location("gold_eval", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, shared


def test_agrees_with_the_reference_scorer_on_perturbed_seed_rows():
    ref, shared = reference()
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    texts = {n: (seeds / n).read_text(encoding="utf-8") for n in gold["documents"]}
    rnd = random.Random(7)
    speakers = ["(narrator)", "Sergey Lavrov", "Russia", "Ned Price", "(unknown commenter)", "Socrates55"]
    for trial in range(20):
        rows = []
        for name, doc in gold["documents"].items():
            for g in doc["statements"] + doc.get("comments", []):
                s = texts[name].index(g["text"])
                e = s + len(g["text"])
                if rnd.random() < 0.1:
                    continue
                shift = rnd.randint(-30, 30) if rnd.random() < 0.3 else 0
                rows.append({"source": name, "char_start": max(0, s + shift), "char_end": max(1, e + shift),
                             "section": rnd.choice(["body", "comment", "spam", "headline"]) if rnd.random() < 0.3 else g.get("section", "comment"),
                             "speaker": rnd.choice(speakers) if rnd.random() < 0.4 else g.get("speaker", g.get("author")),
                             "tone": rnd.choice(["", "0.3", "-0.2", "0.01"]), "escalation": rnd.choice(["", "0.5", "-0.9", "0"])})
        ours = score(gold, texts, rows)
        ref_rows = {}
        for r in rows:
            ref_rows.setdefault(r["source"], []).append(dict(r, _s=r["char_start"], _e=r["char_end"]))
        theirs = ref.evaluate(gold, str(seeds), ref_rows)
        for key in ("speaker_precision", "speaker_recall", "speaker_f1", "section_accuracy", "spam_leaked",
                    "comment_author_accuracy", "furniture_leaked", "tone_direction_accuracy",
                    "escalation_direction_accuracy", "gold_statements_without_match"):
            assert ours[key] == theirs[key], (trial, key)
