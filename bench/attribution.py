#!/usr/bin/env python3
"""Speaker attribution on PolNeAR (train + dev), against a naive "Name said" baseline.

usage: python bench/attribution.py [--gold JSONL] [--split dev|train|test|all] [--scorer PY]
                                   [--reading recipe|mentions|wide] [--misses N] [--pred-out FILE]

Each document of the split goes through the pipeline as `stancewatch ingest` would read it
from a .txt file (a Document of its text alone: no title, date or outlet), and its
statements are scored by the reference scorer (`../shared/tools/attribution_score.py`,
imported from --scorer) as the benchmark README's recipe builds PRED.jsonl: each
statement's span and its speaker's name, narration and every other parenthesised speaker
(the unnamed sources, "(unnamed officials)", included) and the headlines left out. That is
what the statement export gives an analyst, and the figure the project is scored on.
Printed for it: resolved P/R/F1 overall and for the `quoted` and `speech` subsets,
statement recall, speaker accuracy on the statements aligned to a gold attribution, recall
by source_type, and statements per second; the same for a naive baseline from the same run
(every sentence with a capitalised name next to "said/says/told" goes to that name).

Beside it, one line each, two wider readings that show where the figure is lost (they are
not the project's figure): `mentions`, the same rows with the speaker's mention offsets (as
`export statements --with-mentions` gives them; the scorer takes a mention that overlaps
the gold source as right, so "he said" counts where PolNeAR has no automatic name for
"he"), and `wide`, every statement, unnamed sources scored by their description
("officials") and headlines kept. `--reading` makes one of them the report's.
`--misses N` lists N gold attributions that the reading missed, by class, to read.
Nothing is written into the repository.
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # must not write into the repository

import argparse  # noqa: E402
import collections  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
import os  # noqa: E402


def _shared() -> Path:
    """$STANCEWATCH_SHARED, else ../shared beside the repository (or beside its worktree folder)."""
    if os.environ.get("STANCEWATCH_SHARED"):
        return Path(os.environ["STANCEWATCH_SHARED"])
    return next((p for p in (REPO.parent / "shared", REPO.parent.parent / "shared") if p.is_dir()),
                REPO.parent / "shared")


SHARED = _shared()
TARGET_F1 = 0.60  # issue 11: dev resolved F1 >= 0.60, statement recall >= 0.55, speaker accuracy >= 0.85


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("attribution_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pipeline_predictions(docs: list[dict]) -> tuple[dict[str, list[dict]], int, float]:
    """doc_id -> exported statements with a named speaker; all statements; seconds."""
    from analysis import pipeline
    from analysis.actors import load_registry
    from analysis.ingest import doc_id_for
    from analysis.model import Document

    registry = load_registry()
    preds: dict[str, list[dict]] = {}
    n = 0
    t0 = time.perf_counter()
    # the order `stancewatch ingest DIR` reads the files in: by file name
    for d in sorted(docs, key=lambda d: d["doc_id"] + ".txt"):
        doc = Document(doc_id=doc_id_for(d["text"]), source=d["doc_id"] + ".txt", text=d["text"])
        sts = pipeline.analyse(doc, registry)
        n += len(sts)
        preds[d["doc_id"]] = [
            {"start": s.char_start, "end": s.char_end, "speaker": scored_speaker(s.speaker), "cue": s.cue,
             "speaker_start": s.speaker_start, "speaker_end": s.speaker_end,
             "unnamed": s.speaker.startswith("("), "headline": s.section == "headline"}
            for s in sts
            if scored_speaker(s.speaker) and s.section != "spam"
        ]
    return preds, n, time.perf_counter() - t0


UNNAMED_RE = re.compile(r"^\(unnamed (?P<head>[^()]+)\)$")


def scored_speaker(speaker: str | None) -> str | None:
    """The speaker string given to the scorer, or None for a statement left out: an actor's
    name as it is; an unnamed source ("(unnamed officials)": a statement the export
    attributes to someone the text describes but does not name) as its description
    ("officials"), which the scorer matches against the gold source's words ("Police
    officials"); the outlet's narration and the other parenthesised speakers ("(narrator)",
    "(reporter)", "(unknown commenter)") are left out."""
    if not speaker:
        return None
    if not speaker.startswith("("):
        return speaker
    m = UNNAMED_RE.match(speaker)
    return m.group("head") if m else None


NAME = r"[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3}"
NAIVE_BEFORE = re.compile(rf"({NAME})\s+(?:said|says|told)\b")
NAIVE_AFTER = re.compile(rf"\b(?:said|says)\s+({NAME})")
NAIVE_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’]?|$)")


def baseline_predictions(docs: list[dict]) -> tuple[dict[str, list[dict]], int, float]:
    """The naive "Name said" regex: a sentence with a capitalised name before "said/says/told"
    (or after "said/says") goes to that name; every other sentence is narration."""
    preds: dict[str, list[dict]] = {}
    n = 0
    t0 = time.perf_counter()
    for d in docs:
        out = []
        for m in NAIVE_SENT.finditer(d["text"]):
            s = m.group(0)
            if not s.strip():
                continue
            n += 1
            hit = NAIVE_BEFORE.search(s) or NAIVE_AFTER.search(s)
            if hit:
                out.append({"start": m.start(), "end": m.end(), "speaker": hit.group(1)})
        preds[d["doc_id"]] = out
    return preds, n, time.perf_counter() - t0


def _first_line_end(text: str) -> int:
    """Where a text's first line (PolNeAR's headline) ends."""
    i = text.find("\n")
    return len(text) if i < 0 else i


def _span_hit(p: dict, g: dict) -> bool:
    """The scorer's second test: the predicted speaker's mention overlaps the gold source."""
    a, z = p.get("speaker_start"), p.get("speaker_end")
    return a is not None and any(a < e and s < z for s, e in g["source_spans"])


def gold_hits(scorer, docs: list[dict], preds: dict[str, list[dict]]):
    """(gold attribution, found with the right speaker, statement found) per gold attribution
    with a source, aligned exactly as the scorer aligns them (resolved: silver names count)."""
    out = []
    for doc in docs:
        text, golds = doc["text"], doc["attributions"]
        gchars = [scorer.trimmed_chars(text, g["content_spans"]) for g in golds]
        att = [False] * len(golds)
        stmt = [False] * len(golds)
        for p in preds.get(doc["doc_id"], []):
            pc = scorer.trimmed_chars(text, [(p["start"], p["end"])])
            if not pc:
                continue
            best, best_cov = None, 0.0
            for i, gc in enumerate(gchars):
                cov = len(pc & gc) / len(pc)
                if cov > best_cov:
                    best, best_cov = i, cov
            if best is None or best_cov < 0.5:
                continue
            stmt[best] = True
            g = golds[best]
            cands = [g["source_text"]] + ([g["source_name_silver"]] if g.get("source_name_silver") else [])
            if scorer.speaker_match(p.get("speaker"), cands) or _span_hit(p, g):
                att[best] = True
        out += [(doc, g, a, s) for g, a, s in zip(golds, att, stmt) if g["source_spans"]]
    return out


def export_reading(preds: dict[str, list[dict]], mentions: bool = False) -> dict[str, list[dict]]:
    """The predictions as the statement export gives them to a grader and the benchmark
    README's recipe builds its PRED.jsonl ("narration (speakers in parentheses) and headlines
    are left out"): every parenthesised speaker left out, the unnamed sources too ("(unnamed
    officials)"), and the headline statements; no mention spans, so that a speaker is right by
    its name alone, unless `mentions` (as `export statements --with-mentions` gives them)."""
    drop = () if mentions else ("speaker_start", "speaker_end")
    return {d: [{k: v for k, v in p.items() if k not in drop} for p in ps
                if not p.get("unnamed") and not p.get("headline")]
            for d, ps in preds.items()}


READINGS = {
    "recipe": "the benchmark's recipe, what the project is scored on: each exported statement's span and "
              "speaker name; parenthesised speakers (narration, unnamed sources) and headlines left out",
    "mentions": "the recipe's rows with the speaker's mention offsets (`export statements --with-mentions`), "
                "which the scorer takes as right when they overlap the gold source (\"he\", \"the senator\")",
    "wide": "every statement: unnamed sources by their description (\"officials\"), headlines kept, "
            "mention offsets given",
}


def readings(preds: dict[str, list[dict]]) -> dict[str, dict[str, list[dict]]]:
    """The pipeline's statements in each reading of READINGS."""
    return {"recipe": export_reading(preds),
            "mentions": export_reading(preds, mentions=True),
            "wide": preds}


def report(name: str, scorer, docs, preds, n_all: int, seconds: float) -> dict:
    res = {f: scorer.score(docs, preds, resolved=True, gold_filter=f) for f in ("all", "quoted", "speech")}
    a = res["all"]
    print(f"\n== {name}")
    for f in ("all", "quoted", "speech"):
        r = res[f]["attribution"]
        print(f"  resolved {f:<7} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    print(f"  statement recall {a['statement']['recall']:.3f} (precision {a['statement']['precision']:.3f})")
    acc = a["speaker_accuracy_on_aligned"]
    print(f"  speaker accuracy on aligned statements {acc if acc is None else f'{acc:.3f}'}")
    by = collections.defaultdict(lambda: [0, 0])
    for _, g, hit, _ in gold_hits(scorer, docs, preds):
        by[g["source_type"]][0] += hit
        by[g["source_type"]][1] += 1
    print("  recall by source_type: " + ", ".join(
        f"{t} {h / n:.2f} ({n})" for t, (h, n) in sorted(by.items(), key=lambda kv: -kv[1][1])))
    print(f"  {n_all} statements in {seconds:.2f} s: {n_all / seconds:,.0f} statements/s")
    return {"f1": a["attribution"]["f1"], "recall": a["statement"]["recall"], "acc": acc or 0.0,
            "rate": n_all / seconds}


def show_misses(scorer, docs, preds, n: int, seed: int = 0) -> None:
    """N missed gold attributions, a sample per class (source_type, quoted or not)."""
    hits = gold_hits(scorer, docs, preds)
    miss = collections.defaultdict(list)
    for doc, g, hit, stmt in hits:
        if not hit:
            cls = (g["source_type"], "quoted" if g["content_has_quote_marks"] else "unquoted",
                   "wrong speaker" if stmt else "no statement")
            miss[cls].append((doc, g))
    rng = random.Random(seed)
    total = sum(len(v) for v in miss.values())
    print(f"\n== misses: {total} of {len(hits)} gold attributions with a source")
    for cls, items in sorted(miss.items(), key=lambda kv: -len(kv[1])):
        print(f"\n-- {' / '.join(cls)}: {len(items)}")
        by_doc = {d["doc_id"]: preds.get(d["doc_id"], []) for d, _ in items}
        for doc, g in rng.sample(items, min(n, len(items))):
            text = doc["text"]
            said = [p["speaker"] for p in by_doc[doc["doc_id"]]
                    if p["start"] < g["content_end"] and p["end"] > g["content_start"]]
            ctx = text[max(0, min(g["source_start"], g["content_start"]) - 60):
                       max(g["source_end"], g["content_end"], g["cue_end"]) + 20].replace("\n", " ¶ ")
            print(f"  [{g['source_text']!r} | {g['cue_text']!r} | silver {g.get('source_name_silver')!r}]"
                  f" pred {said}\n     {ctx[:400]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "bench" / "attribution" / "polnear_train_dev.jsonl")
    ap.add_argument("--split", default="dev",
                    help="the records of this split (dev, train, or any other the --gold file has, e.g. test); "
                         "'all' for every record")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "attribution_score.py")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents of the split")
    ap.add_argument("--misses", type=int, default=0, help="list N missed attributions per class")
    ap.add_argument("--reading", choices=sorted(READINGS), default="recipe",
                    help="which predictions the report, --misses and --pred-out use (default: the benchmark "
                         "README's recipe, the project's figure); the others are printed beside it")
    ap.add_argument("--names-only", action="store_const", const="recipe", dest="reading",
                    help="(the default) the same as --reading recipe")
    ap.add_argument("--pred-out", type=Path, help="write the pipeline's predictions (the scorer's PRED.jsonl)")
    args = ap.parse_args(argv)
    for p in (args.gold, args.scorer):
        if not p.is_file():
            print(f"bench/attribution.py: {p}: no such file", file=sys.stderr)
            return 2
    scorer = load_scorer(args.scorer)
    records = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    docs = [r for r in records if args.split == "all" or r.get("split") == args.split]
    if not docs:
        splits = sorted({str(r.get("split")) for r in records})
        print(f"bench/attribution.py: {args.gold}: no records of split {args.split!r} (it has: {', '.join(splits)}; "
              f"or --split all)", file=sys.stderr)
        return 2
    if args.limit:
        docs = docs[:args.limit]
    docs_by_id = {d["doc_id"]: d for d in docs}
    print(f"PolNeAR {args.split}: {len(docs)} documents, "
          f"{sum(1 for d in docs for g in d['attributions'] if g['source_spans'])} attributions with a source")
    preds, n, secs = pipeline_predictions(docs)
    every = readings(preds)
    preds = every[args.reading]
    ours = report(f"stancewatch (analysis.pipeline.analyse); reading '{args.reading}': {READINGS[args.reading]}",
                  scorer, docs, preds, n, secs)
    print("  the other readings, to see where the figure is lost (not the project's figure):")
    for name, rows in every.items():
        if name != args.reading:
            r = scorer.score(docs, rows, resolved=True)
            at, acc = r["attribution"], r["speaker_accuracy_on_aligned"]  # (None: nothing aligned)
            print(f"    {name:<8} resolved F1 {at['f1']:.3f} (P {at['precision']:.3f}, R {at['recall']:.3f}), "
                  f"statement recall {r['statement']['recall']:.3f}, speaker accuracy on aligned "
                  f"{acc if acc is None else f'{acc:.3f}'}: {READINGS[name]}")
    bpreds, bn, bsecs = baseline_predictions(docs)
    if args.reading != "wide":  # the recipe leaves the headline (each text's first line) out
        bpreds = {d: [p for p in ps if p["start"] >= _first_line_end(docs_by_id[d]["text"])]
                  for d, ps in bpreds.items()}
    base = report('naive "Name said" regex', scorer, docs, bpreds, bn, bsecs)
    print(f"\nresolved F1 ({args.reading}) {ours['f1']:.3f} vs baseline {base['f1']:.3f}: "
          f"{ours['f1'] / base['f1'] if base['f1'] else float('inf'):.2f}x; target >= {TARGET_F1} "
          f"(statement recall >= 0.55, speaker accuracy on aligned >= 0.85)")
    if args.pred_out:
        with args.pred_out.open("w", encoding="utf-8") as f:
            for d, st in preds.items():
                f.write(json.dumps({"doc_id": d, "statements": st}) + "\n")
    if args.misses:
        show_misses(scorer, docs, preds, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
