"""Our gold scorer: the definitions of GUIDELINES.md, number for number those of the
reference scorer (shared/tools/gold_eval.py)."""
import importlib.util
import json
import math
import os
import random
from pathlib import Path

import pytest

from analysis.evaluate import METRICS, direction, format_report, run_eval, score, system_rows
from analysis.export import STATEMENT_COLUMNS, write_csv

REPO = Path(__file__).resolve().parents[2]

# --------------------------------------------------------------------------- a small hand-made gold

TEXT = (
    "Lavrov warns of confrontation\n"
    '"We will respond," Sergei Lavrov said. The talks ended on Monday. Price said Blinken wants talks.\n'
    "Buy camDown now and sleep better!\n"
    "Comments\n"
    "Great article, totally agree.\n"
    "In reply to Great article… by bob\n"
    "Nobody knows who wrote this one.\n"
)
HEADLINE, QUOTE = "Lavrov warns of confrontation", '"We will respond," Sergei Lavrov said.'
NARRATION, RELAYED = "The talks ended on Monday.", "Price said Blinken wants talks."
SPAM, BOB, ANON = "Buy camDown now and sleep better!", "Great article, totally agree.", "Nobody knows who wrote this one."
REPLY_HEADER = "In reply to Great article… by bob"


def statement(text, speaker, section="body", tone=0, escalation=0, accept=()):
    return {"text": text, "speaker": speaker, "accept": list(accept), "section": section,
            "tone": tone, "escalation": escalation}


GOLD = {
    "actors": {"Sergey Lavrov": "lavrov", "Antony Blinken": "blinken", "Ned Price": r"\bprice\b"},
    "documents": {"d.txt": {
        "statements": [
            statement(HEADLINE, "Sergey Lavrov", "headline", -1, 1),
            statement(QUOTE, "Sergey Lavrov", tone=0, escalation=1),
            statement(NARRATION, "(narrator)", tone=0, escalation=-1),
            statement(RELAYED, "Antony Blinken", tone=None, escalation=-1, accept=["Ned Price"]),
            statement(SPAM, "(spam)", "spam", None, None),
        ],
        "comments": [{"text": BOB, "author": "bob"}, {"text": ANON, "author": "(unknown commenter)"}],
        "not_statements": [REPLY_HEADER],
    }},
}
TEXTS = {"d.txt": TEXT}


def row(text, speaker="(narrator)", section="body", tone=None, escalation=None, shift=(0, 0), source="d.txt"):
    s = TEXT.index(text)
    return {"source": source, "char_start": s + shift[0], "char_end": s + len(text) + shift[1],
            "section": section, "speaker": speaker, "tone": tone, "escalation": escalation}


def perfect():
    return [
        row(HEADLINE, "Sergey Lavrov", "headline", -0.6, 0.7),
        row(QUOTE, "Sergey Lavrov", tone=0.02, escalation=0.5),
        row(NARRATION, tone=0.0, escalation=-0.3),
        row(RELAYED, "Antony Blinken", tone=0.4, escalation=-0.2),
        row(SPAM, "(spam)", "spam"),
        row(BOB, "u/bob", "comment"),
        row(ANON, "(unknown commenter)", "comment"),
    ]


def with_(rows, text, **changes):
    """rows with the row of `text` changed."""
    out = []
    for r in rows:
        if TEXT[r["char_start"]:r["char_end"]] == text:
            r = dict(r, **changes)
        out.append(r)
    return out


def without(rows, text):
    return [r for r in rows if TEXT[r["char_start"]:r["char_end"]] != text]


def test_perfect_rows_score_perfectly():
    r = score(GOLD, TEXTS, perfect())
    assert (r["speaker_precision"], r["speaker_recall"], r["speaker_f1"]) == (1.0, 1.0, 1.0)
    assert r["section_accuracy"] == 1.0 and r["comment_author_accuracy"] == 1.0
    assert (r["spam_leaked"], r["spam_total"], r["furniture_leaked"], r["furniture_total"]) == (0, 1, 0, 1)
    assert r["tone_direction_accuracy"] == 1.0 and r["escalation_direction_accuracy"] == 1.0
    assert r["gold_statements_without_match"] == 0 and r["misses"] == []
    # the relayed statement's gold tone is null: three tones compared, four escalations
    assert r["counts"]["named"] == 3 and r["counts"]["sys_named"] == 3


def test_narration_attributed_to_a_person_costs_precision_not_recall():
    r = score(GOLD, TEXTS, with_(perfect(), NARRATION, speaker="Sergey Lavrov"))
    assert r["speaker_precision"] == 0.75 and r["speaker_recall"] == 1.0
    assert r["speaker_f1"] == pytest.approx(2 * 0.75 / 1.75)


def test_an_unmatched_gold_statement_costs_recall():
    r = score(GOLD, TEXTS, without(perfect(), RELAYED))
    assert r["speaker_recall"] == pytest.approx(2 / 3) and r["speaker_precision"] == 1.0
    assert r["gold_statements_without_match"] == 1
    assert r["misses"] == [("d.txt", RELAYED, "Antony Blinken", "(no statement)")]


def test_speaker_names_count_by_the_actor_pattern_and_the_accept_list():
    rows = with_(with_(perfect(), QUOTE, speaker="Lavrov"), RELAYED, speaker="ned price")  # relaying spokesperson
    assert score(GOLD, TEXTS, rows)["speaker_f1"] == 1.0
    r = score(GOLD, TEXTS, with_(perfect(), RELAYED, speaker="Jen Psaki"))
    assert r["speaker_recall"] == pytest.approx(2 / 3) and r["speaker_precision"] == pytest.approx(2 / 3)
    assert r["misses"] == [("d.txt", RELAYED, "Antony Blinken", "Jen Psaki")]
    # a named statement given to the narrator (or left without a speaker) costs recall only
    r = score(GOLD, TEXTS, with_(perfect(), QUOTE, speaker=None))
    assert r["speaker_recall"] == pytest.approx(2 / 3) and r["speaker_precision"] == 1.0
    assert r["misses"] == [("d.txt", QUOTE, "Sergey Lavrov", "")]


def test_spam_scored_as_body_is_leaked_and_unscored_spam_is_not():
    r = score(GOLD, TEXTS, with_(perfect(), SPAM, section="body"))
    assert (r["spam_leaked"], r["spam_total"]) == (1, 1)
    assert r["section_accuracy"] == pytest.approx(4 / 5)
    assert r["speaker_f1"] == 1.0  # spam is not part of speaker attribution
    r = score(GOLD, TEXTS, without(perfect(), SPAM))
    assert (r["spam_leaked"], r["spam_total"], r["gold_statements_without_match"]) == (0, 1, 1)


@pytest.mark.parametrize("bob, anon, ok", [
    ("u/bob", "(unknown commenter)", 1.0),
    ("@bob", "(unknown commenter)", 1.0),
    ("Bob", "(Unknown Commenter)", 1.0),
    ("bob", "(narrator)", 0.5),  # an unknown commenter is not the narrator
    ("alice", "(unknown commenter)", 0.5),
    ("u/bobby", "anon", 0.0),
])
def test_comment_authors(bob, anon, ok):
    rows = with_(with_(perfect(), BOB, speaker=bob), ANON, speaker=anon)
    assert score(GOLD, TEXTS, rows)["comment_author_accuracy"] == ok


def test_every_statement_touching_a_comment_must_name_its_author():
    # the comment split in two, the second half given to someone else
    cut = TEXT.index(BOB) + 8
    rows = without(perfect(), BOB) + [
        {**row(BOB, "u/bob", "comment"), "char_end": cut},
        {**row(BOB, "alice", "comment"), "char_start": cut},
    ]
    r = score(GOLD, TEXTS, rows)
    assert r["comment_author_accuracy"] == 0.5
    assert ("d.txt", BOB, "bob", "alice;u/bob") in r["misses"]
    r = score(GOLD, TEXTS, without(perfect(), BOB))
    assert ("d.txt", BOB, "bob", "(no statement)") in r["misses"]


def test_furniture_scored_as_a_statement_is_leaked():
    assert score(GOLD, TEXTS, perfect() + [row(REPLY_HEADER, "bob", "comment")])["furniture_leaked"] == 1
    assert score(GOLD, TEXTS, perfect() + [row(REPLY_HEADER, "(spam)", "spam")])["furniture_leaked"] == 0


def test_a_match_needs_half_of_the_shorter_span():
    n = len(NARRATION)  # 26 characters
    base = without(perfect(), NARRATION)
    # a long row starting 13 characters in covers half of the gold span: a match
    assert score(GOLD, TEXTS, base + [row(NARRATION, shift=(n // 2, 40))])["gold_statements_without_match"] == 0
    # one character less is not
    assert score(GOLD, TEXTS, base + [row(NARRATION, shift=(n // 2 + 1, 40))])["gold_statements_without_match"] == 1
    # a short row wholly inside the gold span covers all of the shorter span: a match
    assert score(GOLD, TEXTS, base + [row(NARRATION, shift=(4, -n + 9))])["gold_statements_without_match"] == 0


def test_the_row_overlapping_most_decides():
    n = len(NARRATION)
    base = without(perfect(), NARRATION)
    wide = row(NARRATION, "Sergey Lavrov", shift=(n // 2 + 1, 60))  # overlaps 12 characters of a long span
    small = row(NARRATION, shift=(2, -n + 7))  # 5 characters, wholly inside
    # the wide row overlaps most but covers too little: no match, though the small row would pass alone
    assert score(GOLD, TEXTS, base + [small, wide])["gold_statements_without_match"] == 1
    # on a tie the first row wins
    a, b = row(NARRATION, "(narrator)"), row(NARRATION, "Sergey Lavrov")
    assert score(GOLD, TEXTS, base + [a, b])["speaker_precision"] == 1.0
    assert score(GOLD, TEXTS, base + [b, a])["speaker_precision"] == 0.75


def test_embedded_excerpts_accept_body_or_comment():
    text = "Bob wrote:\n> the summit was cancelled.\nSad.\n"
    gold = {"actors": {}, "documents": {"e.txt": {"statements": [
        statement("the summit was cancelled.", "(narrator)", "embedded")]}}}
    s = text.index("the summit")
    for section, ok in (("body", 1.0), ("comment", 1.0), ("headline", 0.0)):
        rows = [{"source": "e.txt", "char_start": s, "char_end": s + 25, "section": section, "speaker": "(narrator)",
                 "tone": None, "escalation": None}]
        assert score(gold, {"e.txt": text}, rows)["section_accuracy"] == ok


@pytest.mark.parametrize("value, expected", [
    (None, None), ("", None), (" ", None), (float("nan"), None), (float("inf"), None),
    (0.0, 0), (0.049, 0), (-0.0499, 0), (0.05, 1), (-0.05, -1), (0.8, 1), (-1, -1), (1, 1),
    ("0.04", 0), ("0.05", 1), ("-0.7", -1),
    # read as the export writes it (4 decimals): 0.04996 is the cell "0.05"
    (0.04996, 1), (0.04994, 0),
])
def test_direction(value, expected):
    assert direction(value) == expected


def test_statements_without_a_score_are_left_out_of_the_direction_scores():
    rows = with_(with_(perfect(), HEADLINE, tone=None, escalation=""), NARRATION, tone=0.9, escalation=float("nan"))
    r = score(GOLD, TEXTS, rows)
    assert r["counts"]["named"] == 3
    assert r["tone_direction_accuracy"] == 0.5  # quote right, narration wrong; headline has none
    assert r["escalation_direction_accuracy"] == 1.0  # quote and relayed statement
    unscored = [dict(r, tone=None, escalation=None) for r in perfect()]
    r = score(GOLD, TEXTS, unscored)
    assert r["tone_direction_accuracy"] is None and r["escalation_direction_accuracy"] is None


def test_rows_from_a_csv_and_paths_as_sources():
    rows = [{k: ("" if v is None else str(v)) for k, v in r.items()} for r in perfect()]
    rows = [dict(r, source="/some/folder/d.txt") for r in rows]
    assert score(GOLD, TEXTS, rows) == score(GOLD, TEXTS, perfect())


def test_gold_text_missing_from_the_document_is_an_error():
    with pytest.raises(ValueError, match="d.txt"):
        score(GOLD, {"d.txt": TEXT.replace("Monday", "Tuesday")}, perfect())
    with pytest.raises(ValueError, match="d.txt"):
        score(GOLD, {}, perfect())


def test_format_report():
    out = format_report(score(GOLD, TEXTS, with_(perfect(), NARRATION, speaker="Sergey Lavrov")))
    lines = out.splitlines()
    assert [ln.split()[0] for ln in lines[:len(METRICS)]] == list(METRICS)
    assert lines[0] == "speaker_precision                0.75"
    assert "speaker_f1                       0.857" in lines
    assert "misses" not in out
    out = format_report(score(GOLD, TEXTS, without(perfect(), RELAYED)))
    assert out.splitlines()[-2:] == ["misses (document, statement, gold speaker, system speaker):",
                                     f"   d.txt | {RELAYED} | Antony Blinken | (no statement)"]


# --------------------------------------------------------------------------- the pipeline end to end


def test_run_eval_runs_the_pipeline_on_the_gold_documents(tmp_path):
    from analysis.actors import load_registry

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "d.txt").write_text(TEXT, encoding="utf-8")
    (docs / "copy.txt").write_text(TEXT, encoding="utf-8")  # the same text under another name
    (docs / "other.txt").write_text("Unrelated text. Nothing to see.\n", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    registry = load_registry()
    r = run_eval(gold, docs, registry)
    assert set(METRICS) <= set(r) and r["furniture_total"] == 1
    texts, rows = system_rows(docs, ["d.txt", "copy.txt"], registry)
    assert set(texts) == {"d.txt", "copy.txt"} and {x["source"] for x in rows} == {"d.txt", "copy.txt"}
    assert all(texts[x["source"]][x["char_start"]:x["char_end"]] == x["text"] for x in rows)
    gold.write_text(json.dumps({"actors": {}, "documents": {"absent.txt": {"statements": []}}}), encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="absent.txt"):
        run_eval(gold, docs, registry)


# --------------------------------------------------------------------------- agreement with the reference


@pytest.fixture(scope="module")
def shared():
    path = Path(os.environ.get("STANCEWATCH_SHARED") or REPO.parent / "shared")
    if not (path / "tools" / "gold_eval.py").is_file():
        pytest.skip(f"reference scorer not found: {path / 'tools' / 'gold_eval.py'} "
                    "(set STANCEWATCH_SHARED to the shared/ folder)")
    return path


@pytest.fixture(scope="module")
def reference(shared):
    spec = importlib.util.spec_from_file_location("gold_eval_reference", shared / "tools" / "gold_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_gold(shared):
    path = shared / "gold" / "seeds.json"
    if not path.is_file():
        pytest.skip(f"seed gold not found: {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def reference_on_rows(reference, gold, docs_dir, rows):
    """The reference scorer on rows as its CSV reader would give them."""
    by_doc = {}
    for r in rows:
        cells = {k: ("" if v is None else str(v)) for k, v in r.items()}
        cells["_s"], cells["_e"] = int(r["char_start"]), int(r["char_end"])
        by_doc.setdefault(Path(str(r["source"])).name, []).append(cells)
    return reference.evaluate(gold, str(docs_dir), by_doc)


def reference_on_export(reference, gold, docs_dir, rows, tmp_path):
    """The reference scorer on our statement export of the rows."""
    path = tmp_path / "statements.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        write_csv(rows, STATEMENT_COLUMNS, fh)
    return reference.evaluate(gold, str(docs_dir), reference.load_system(path)), path


def test_agrees_with_the_reference_on_the_hand_made_cases(reference, tmp_path):
    (tmp_path / "d.txt").write_text(TEXT, encoding="utf-8")
    n = len(NARRATION)
    cases = [
        perfect(),
        with_(perfect(), NARRATION, speaker="Sergey Lavrov"),
        without(perfect(), RELAYED),
        with_(perfect(), RELAYED, speaker="Jen Psaki"),
        with_(perfect(), SPAM, section="body"),
        with_(with_(perfect(), BOB, speaker="@bob"), ANON, speaker="(narrator)"),
        perfect() + [row(REPLY_HEADER, "bob", "comment")],
        without(perfect(), NARRATION) + [row(NARRATION, shift=(2, -n + 7)), row(NARRATION, "Lavrov", shift=(13, 60))],
        [],
    ]
    for i, rows in enumerate(cases):
        assert score(GOLD, TEXTS, rows) == reference_on_rows(reference, GOLD, tmp_path, rows), i


def seed_rows(gold, texts, rnd):
    """Rows made from the seed gold's own spans, then perturbed."""
    speakers = sorted({g["speaker"] for d in gold["documents"].values() for g in d["statements"]}
                      | {c["author"] for d in gold["documents"].values() for c in d.get("comments", [])})
    speakers += ["Sergei Lavrov", "Lavrov", "Moscow", "the Kremlin", "Ned Price", "Jen Psaki", "u/Socrates55",
                 "@socrates55", "SOCRATES55", " (narrator)", "", "(narrator)", "(unknown commenter)", "(spam)"]
    sections = ["headline", "body", "comment", "spam", "furniture", "meta", ""]
    scores = ["", "0", "0.04", "0.0499", "0.05", "-0.05", "0.3", "-0.7", "1", "-1"]
    rows = []
    for name, doc in gold["documents"].items():
        text = texts[name]
        items = [(g["text"], g["speaker"], g["section"]) for g in doc["statements"]]
        items += [(c["text"], c["author"], "comment") for c in doc.get("comments", [])]
        items += [(line, "(narrator)", rnd.choice(sections)) for line in doc.get("not_statements", [])
                  if rnd.random() < 0.5]
        for t, speaker, section in items:
            if rnd.random() < 0.1:
                continue
            s = text.index(t)
            e = s + len(t)
            if rnd.random() < 0.3:
                s = min(max(0, s + rnd.randint(-40, 40)), len(text) - 1)
                e = min(max(s + 1, e + rnd.randint(-40, 40)), len(text))
            if section == "embedded":
                section = rnd.choice(["body", "comment"])
            spans = [(s, e)]
            if rnd.random() < 0.1 and e - s > 2:  # split in two
                cut = rnd.randint(s + 1, e - 1)
                spans = [(s, cut), (cut, e)]
            for a, b in spans:
                rows.append({
                    "source": name, "char_start": a, "char_end": b,
                    "section": rnd.choice(sections) if rnd.random() < 0.3 else section,
                    "speaker": rnd.choice(speakers) if rnd.random() < 0.35 else speaker,
                    "tone": rnd.choice(scores), "escalation": rnd.choice(scores),
                })
        for _ in range(rnd.randint(0, 5)):  # stray statements anywhere, some duplicated (ties)
            s = rnd.randrange(len(text) - 1)
            stray = {"source": name, "char_start": s, "char_end": min(len(text), s + rnd.randint(1, 300)),
                     "section": rnd.choice(sections), "speaker": rnd.choice(speakers),
                     "tone": rnd.choice(scores), "escalation": rnd.choice(scores)}
            rows += [stray] * rnd.randint(1, 2)
    rnd.shuffle(rows)
    return rows


def test_agrees_with_the_reference_on_perturbed_seed_rows(reference, seed_gold):
    seeds = REPO / "seeds"
    texts = {n: (seeds / n).read_text(encoding="utf-8") for n in seed_gold["documents"]}
    rnd = random.Random(20240607)
    seen_values = set()
    for trial in range(40):
        rows = seed_rows(seed_gold, texts, rnd)
        ours = score(seed_gold, texts, rows)
        assert ours == reference_on_rows(reference, seed_gold, seeds, rows), trial
        seen_values.add((ours["speaker_f1"], ours["section_accuracy"], ours["comment_author_accuracy"]))
    assert len(seen_values) > 20  # the perturbations do move the metrics


def test_scoring_rows_in_memory_equals_the_reference_on_their_export(reference, shared, seed_gold, tmp_path, capsys):
    """Numbers as floats (rounded to 4 decimals by the export), None and NaN as empty cells."""
    seeds = REPO / "seeds"
    texts = {n: (seeds / n).read_text(encoding="utf-8") for n in seed_gold["documents"]}
    rnd = random.Random(11)
    floats = [None, math.nan, 0.0, 0.04996, 0.04994, -0.049951, 0.05, 0.123456, -0.87654321, 1.0, -1]
    for trial in range(10):
        rows = [dict(r, tone=rnd.choice(floats), escalation=rnd.choice(floats),
                     speaker=r["speaker"].lstrip("@")) for r in seed_rows(seed_gold, texts, rnd)]
        ours = score(seed_gold, texts, rows)
        theirs, path = reference_on_export(reference, seed_gold, seeds, rows, tmp_path)
        assert ours == theirs, trial
    # and the text report is the reference's, line for line
    assert reference.main(["gold_eval.py", str(shared / "gold" / "seeds.json"), str(seeds), str(path)]) == 0
    assert capsys.readouterr().out.rstrip("\n") == format_report(ours)


def test_stancewatch_eval_equals_the_reference_on_the_exported_seed_statements(reference, seed_gold, tmp_path):
    from analysis.actors import load_registry

    seeds = REPO / "seeds"
    texts, rows = system_rows(seeds, seed_gold["documents"], load_registry())
    assert rows
    theirs, _ = reference_on_export(reference, seed_gold, seeds, rows, tmp_path)
    assert score(seed_gold, texts, rows) == theirs
