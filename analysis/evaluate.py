"""Score statements against hand annotations, as ../shared/gold/GUIDELINES.md defines it.

The definitions are those of the reference scorer (shared/tools/gold_eval.py), so
`stancewatch eval` and the reference agree number for number:

- **matching**: each gold span is matched to the system statement overlapping it most
  (the first one on a tie); the match holds only when that overlap covers at least half of
  the shorter of the two spans.
- **speaker**: recall over gold statements with a named speaker (one not in parentheses);
  precision over matched system statements that name a speaker. Spam is left out of both.
- **section** accuracy over matched gold statements (`embedded` accepts body or comment);
  **spam leakage** (matched spam scored as anything but spam); **comment authors** (every
  system statement touching a gold comment names its author); **furniture leakage**
  (a `not_statements` line matched by a statement that is not spam).
- **tone / escalation direction**: the system value mapped to -1/0/+1 with a neutral band
  of |x| < 0.05, against the non-null gold labels. A statement without a value (None,
  empty cell, NaN) is left out, as an empty cell is in the reference.

Rows are read as the statement export writes them (numbers to 4 decimals, NaN as an
empty cell), so scoring rows in memory gives the same result as running the reference
on `stancewatch export statements`.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from .export import safe_cell
from .model import is_actor_name

NEUTRAL_BAND = 0.05
NARRATOR = "(narrator)"
# sections under which a `not_statements` line may be kept without counting as leaked
NOT_LEAKED = frozenset({"spam", "meta", "furniture"})
EXCERPT = 70  # characters of a gold text shown in a miss
METRICS = (
    "speaker_precision", "speaker_recall", "speaker_f1", "section_accuracy", "spam_leaked", "spam_total",
    "comment_author_accuracy", "furniture_leaked", "furniture_total", "tone_direction_accuracy",
    "escalation_direction_accuracy", "gold_statements_without_match",
)
_DIRECTIONS = ("tone", "escalation")


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class _Row:
    """One system statement as the scorer sees it."""

    start: int
    end: int
    section: str
    speaker: str  # as given ("" when missing): precision counts names exactly as written
    tone: int | None  # direction -1/0/+1, None when the statement has no value
    escalation: int | None


def direction(value) -> int | None:
    """-1, 0 or +1 for a score (a number or a CSV cell); None when there is no score."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        x = float(value)
    else:
        # the value as the export writes it: 0.04996 is the cell "0.05", which is +1
        cell = safe_cell(float(value), numeric=True)
        if not cell:
            return None
        x = float(cell)
    if not math.isfinite(x):
        return None
    if abs(x) < NEUTRAL_BAND:
        return 0
    return 1 if x > 0 else -1


def _text(value) -> str:
    return "" if value is None else str(value)


def _rows_by_document(rows) -> dict[str, list[_Row]]:
    by_doc: dict[str, list[_Row]] = {}
    for r in rows:
        row = _Row(
            start=int(r["char_start"]), end=int(r["char_end"]),
            section=_text(r.get("section")), speaker=_text(r.get("speaker")),
            tone=direction(r.get("tone")), escalation=direction(r.get("escalation")),
        )
        by_doc.setdefault(Path(_text(r["source"])).name, []).append(row)
    return by_doc


def _best_match(start: int, end: int, rows: list[_Row]) -> _Row | None:
    """The row overlapping [start, end) most, if that overlap covers half the shorter span."""
    best, most = None, 0
    for row in rows:
        overlap = min(end, row.end) - max(start, row.start)
        if overlap > most:
            best, most = row, overlap
    if best is None:
        return None
    shorter = min(end - start, best.end - best.start)
    return best if shorter > 0 and 2 * most >= shorter else None


def _span(text: str, needle: str, document: str) -> tuple[int, int]:
    start = text.find(needle)
    if start < 0:
        raise ValueError(f"gold text not found in {document}: {needle[:EXCERPT]!r}")
    return start, start + len(needle)


# --------------------------------------------------------------------------- names


is_named = is_actor_name  # a person, state or organisation; not "(narrator)", "(unknown commenter)" or empty


def _handle(name: str) -> str:
    """A commenter's handle without its site prefix: "u/abc" and "@abc" are "abc"."""
    return re.sub(r"^(u/|@)", "", name.strip().lower())


def _names(system: str, want: str, actors: dict[str, str]) -> bool:
    """Does the system's name count as the gold actor `want` (its pattern, or the same name)?"""
    pattern = actors.get(want)
    return bool(pattern and re.search(pattern, system, re.I))


def speaker_ok(system: str, gold: str, accept, actors: dict[str, str]) -> bool:
    """The gold speaker or an accepted one; an empty system speaker is narration."""
    system = system.strip()
    for want in (gold, *accept):
        if system.lower() == want.lower():
            return True
        if is_named(want):
            if _names(system, want, actors):
                return True
        elif want == NARRATOR and not system:
            return True
    return False


def author_ok(system: str, author: str, actors: dict[str, str]) -> bool:
    return _handle(system) == _handle(author) or _names(system, author, actors)


# --------------------------------------------------------------------------- scoring


@dataclass
class _Counts:
    named: int = 0  # gold statements with a named speaker
    named_hit: int = 0  # ... matched to a correct speaker
    sys_named: int = 0  # matched system statements naming a speaker
    sys_named_ok: int = 0  # ... naming a correct one
    section_n: int = 0
    section_ok: int = 0
    spam_n: int = 0
    spam_leak: int = 0
    comment_n: int = 0
    comment_ok: int = 0
    furniture_n: int = 0
    furniture_leak: int = 0
    unmatched: int = 0


class _Scorer:
    def __init__(self, actors: dict[str, str]):
        self.actors = actors
        self.n = _Counts()
        self.directions = {key: [0, 0] for key in _DIRECTIONS}  # [compared, agreeing]
        self.misses: list[tuple[str, str, str, str]] = []

    def statement(self, document: str, text: str, g: dict, rows: list[_Row]) -> None:
        n = self.n
        gold_section, gold_speaker = g["section"], g["speaker"]
        row = _best_match(*_span(text, g["text"], document), rows)
        if row is None:
            n.unmatched += 1
            n.spam_n += gold_section == "spam"  # spam nobody scored has not leaked
            if is_named(gold_speaker):
                n.named += 1
                self.misses.append((document, g["text"][:EXCERPT], gold_speaker, "(no statement)"))
            return
        n.section_n += 1
        n.section_ok += row.section in ({"body", "comment"} if gold_section == "embedded" else {gold_section})
        if gold_section == "spam":
            n.spam_n += 1
            n.spam_leak += row.section != "spam"
            return
        good = speaker_ok(row.speaker, gold_speaker, g.get("accept") or (), self.actors)
        if is_named(gold_speaker):
            n.named += 1
            n.named_hit += good
            if not good:
                self.misses.append((document, g["text"][:EXCERPT], gold_speaker, row.speaker))
        if is_named(row.speaker):
            n.sys_named += 1
            n.sys_named_ok += good
        for key in _DIRECTIONS:
            want, got = g.get(key), getattr(row, key)
            if want is not None and got is not None:
                self.directions[key][0] += 1
                self.directions[key][1] += got == want

    def comment(self, document: str, text: str, c: dict, rows: list[_Row]) -> None:
        start, end = _span(text, c["text"], document)
        touching = [r for r in rows if r.start < end and r.end > start]
        ok = bool(touching) and all(author_ok(r.speaker, c["author"], self.actors) for r in touching)
        self.n.comment_n += 1
        self.n.comment_ok += ok
        if not ok:
            found = ";".join(sorted({r.speaker for r in touching})) or "(no statement)"
            self.misses.append((document, c["text"][:EXCERPT], c["author"], found))

    def furniture(self, document: str, text: str, line: str, rows: list[_Row]) -> None:
        row = _best_match(*_span(text, line, document), rows)
        self.n.furniture_n += 1
        self.n.furniture_leak += row is not None and row.section not in NOT_LEAKED

    def result(self) -> dict:
        n = self.n
        precision = _ratio(n.sys_named_ok, n.sys_named)
        recall = _ratio(n.named_hit, n.named)
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
        return {
            "speaker_precision": precision, "speaker_recall": recall, "speaker_f1": f1,
            "section_accuracy": _ratio(n.section_ok, n.section_n),
            "spam_leaked": n.spam_leak, "spam_total": n.spam_n,
            "comment_author_accuracy": _ratio(n.comment_ok, n.comment_n),
            "furniture_leaked": n.furniture_leak, "furniture_total": n.furniture_n,
            "tone_direction_accuracy": _ratio(self.directions["tone"][1], self.directions["tone"][0]),
            "escalation_direction_accuracy": _ratio(self.directions["escalation"][1], self.directions["escalation"][0]),
            "gold_statements_without_match": n.unmatched,
            "counts": dict(vars(n)), "misses": list(self.misses),
        }


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def score(gold: dict, texts: dict[str, str], rows) -> dict:
    """The GUIDELINES.md metrics of statement rows against a gold file.

    `texts` maps each gold document's file name to its text as read; `rows` are statement
    dicts with at least source, char_start, char_end, section, speaker, tone and escalation
    (strings as in the CSV export, or numbers). Returns the metrics, `counts`, and `misses`:
    (document, opening of the gold text, gold speaker or author, system speaker).
    """
    scorer = _Scorer(gold.get("actors", {}))
    by_doc = _rows_by_document(rows)
    for document, annotation in gold["documents"].items():
        if document not in texts:
            raise ValueError(f"no text given for gold document {document}")
        text, doc_rows = texts[document], by_doc.get(document, [])
        for g in annotation.get("statements", []):
            scorer.statement(document, text, g, doc_rows)
        for c in annotation.get("comments", []):
            scorer.comment(document, text, c, doc_rows)
        for line in annotation.get("not_statements", []):
            scorer.furniture(document, text, line, doc_rows)
    return scorer.result()


# --------------------------------------------------------------------------- the pipeline


def _manifest_of(docs_dir: Path) -> Path | None:
    for name in ("manifest.csv", "index.csv"):
        if (docs_dir / name).is_file():
            return docs_dir / name
    return None


def system_rows(docs_dir: str | Path, names, registry) -> tuple[dict[str, str], list[dict]]:
    """Ingest docs_dir and run the pipeline on the documents `names`: (texts, statement rows)."""
    from .export import statement_row
    from .ingest import ingest
    from .pipeline import analyse

    docs_dir = Path(docs_dir)
    wanted = list(names)
    docs, errors = ingest([docs_dir])
    by_source = {d.source: d for d in docs if d.source in wanted}
    problems = []
    for name in wanted:
        if name in by_source:
            continue
        # ingest keeps one copy of identical texts: a gold document that repeats another
        # file is read on its own so that it is scored under its own name
        path = docs_dir / name
        if path.is_file():
            alone, alone_errors = ingest([path], manifest=_manifest_of(docs_dir))
            if alone:
                by_source[name] = alone[0]
                continue
            errors = alone_errors
        reason = next((e.reason for e in errors if e.source == name), "not found")
        problems.append(f"{name} ({reason})")
    if problems:
        raise FileNotFoundError(f"gold documents missing from {docs_dir}: {'; '.join(problems)}")
    texts, rows = {}, []
    for name in wanted:
        doc = by_source[name]
        texts[name] = doc.text
        rows.extend(statement_row(doc, st) for st in analyse(doc, registry))
    return texts, rows


def run_eval(gold_path: str | Path, docs_dir: str | Path, registry) -> dict:
    """Ingest docs_dir, analyse each document the gold file names, score the statements."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    texts, rows = system_rows(docs_dir, gold["documents"], registry)
    return score(gold, texts, rows)


def format_report(result: dict) -> str:
    """The metrics one per line, then the misses: the reference scorer's text report."""
    lines = []
    for key, value in result.items():
        if key in ("counts", "misses"):
            continue
        lines.append(f"{key:32s} {round(value, 3) if isinstance(value, float) else value}")
    if result.get("misses"):
        lines += ["", "misses (document, statement, gold speaker, system speaker):"]
        lines += ["   " + " | ".join(str(x) for x in miss) for miss in result["misses"]]
    return "\n".join(lines)
