"""Make a large, realistic corpus by recombining real text from ../shared/corpus.

The benchmarks of the store, the nightly job and the dashboard need thousands to hundreds
of thousands of documents that look like what analysts really feed the system: briefing
transcripts with speaker labels, speeches with one speaker, scraped news articles with
promotion lines inside, reddit comment threads with their headers and indentation. Lorem
ipsum would make every stage look faster than it is (no quotes, no names, no labels).

Each generated document is built from documents of ONE kind and origin (White House
transcripts with White House transcripts, Kremlin with Kremlin, articles with articles…):

* it keeps the opening of a *base* document (headline, standfirst, or a transcript's
  title and place/time lines, a thread's header) and the base's outlet, speaker and kind;
* its body is a few contiguous *runs* of paragraphs — a transcript run starts at a
  labelled turn ("MS. PSAKI:", "Q", "Vladimir Putin:"), a comment-thread run is a whole
  top-level comment with its replies — taken from the base and from other documents of
  its group, so speakers, pronouns and quotes stay coherent within a run;
* a speech only recombines runs of its own speech (a speech has one speaker);
* its date is the base's date moved by up to a year either way, so time series have
  spread.

Documents are distinct (a duplicate text would be one document in the store: it is
redrawn), deterministic for a seed, and written in folders of 1,000 files, each with a
``manifest.csv`` (file, title, published, outlet, kind, speaker) that ``stancewatch
ingest`` reads. No file of the corpus is copied whole; the output is for benchmarks only
and must stay outside the repository.

    python bench/corpus_gen.py OUT_DIR --docs N [--seed S] [--corpus DIR]

or, from Python, ``generate(corpus_dir, out_dir, n, seed=0) -> list[Path]``.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

PER_FOLDER = 1000
# A transcript turn opens with a speaker label: "MS. PSAKI:", "Q", "Q.", "Vladimir Putin:",
# "Question:", "SENIOR ADMINISTRATION OFFICIAL:". Runs start there so a run never begins
# with a reply whose speaker is in the previous paragraph.
TURN_RE = re.compile(r"^(?:Q\b|Question\b|(?:(?:[A-Z][\w.'’\-]*|of|the|and|for|de|al|von|van)\s){0,8}"
                     r"[A-Z][\w.'’\-]*(?: \([^)]*\))?:)")
# A reddit thread's top-level comment header: "u/<name> · <time> · <n> points" at column 0.
TOP_COMMENT_RE = re.compile(r"^u/\S+ · ")


@dataclass
class Source:
    """One corpus document cut into its opening and its body paragraphs (or threads)."""

    name: str
    group: str  # documents recombined together: kind + origin
    head: list[str]
    body: list[str]
    starts: list[int]  # indices of body paragraphs a run may start at
    title: str | None
    published: date | None
    outlet: str | None
    kind: str | None
    speaker: str | None
    meta: dict = field(default_factory=dict)


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs; a text without blank lines (the UN speeches put
    one paragraph per line) is cut at its line breaks."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip("\n")) if p.strip()]
    if len(paras) <= 3:
        paras = [p for p in text.strip("\n").split("\n") if p.strip()]
    return paras


def _threads(text: str) -> tuple[list[str], list[str]]:
    """A comment page's header lines and its top-level comments, each with its replies."""
    head: list[str] = []
    threads: list[list[str]] = []
    for line in text.splitlines():
        if TOP_COMMENT_RE.match(line):
            threads.append([line])
        elif threads:
            threads[-1].append(line)
        else:
            head.append(line)
    return ["\n".join(head).strip()], ["\n".join(t).strip() for t in threads if "".join(t).strip()]


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


def load_corpus(corpus_dir: str | Path) -> list[Source]:
    """The corpus documents listed in its index.csv, cut for recombination."""
    corpus = Path(corpus_dir)
    index = corpus / "index.csv"
    if not index.is_file():
        raise FileNotFoundError(f"{index}: no index.csv (is {corpus} the shared corpus?)")
    out: list[Source] = []
    with open(index, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            path = corpus / row["file"]
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            kind = (row.get("kind") or "").strip()
            family = kind.split("-")[0]  # transcript, rawpage, speech, article, comments
            if family == "comments":
                head, body = _threads(text)
                starts = list(range(len(body)))
            else:
                paras = _paragraphs(text)
                if family == "transcript":
                    # title and the place/time lines before the first labelled turn
                    first = next((i for i, p in enumerate(paras) if TURN_RE.match(p)), 1)
                    first = max(1, min(first, 4))
                else:  # headline (+ standfirst for articles)
                    first = 2 if family == "article" and len(paras) > 6 else 1
                head, body = paras[:first], paras[first:]
                if family == "transcript":
                    starts = [i for i, p in enumerate(body) if TURN_RE.match(p)] or [0]
                else:
                    starts = list(range(len(body)))
            if not body:
                continue
            group = kind if family != "speech" else f"speech:{row['file']}"
            out.append(Source(name=row["file"], group=group, head=head, body=body, starts=starts,
                              title=(row.get("title") or "").strip() or None, published=_date(row.get("date")),
                              outlet=(row.get("outlet") or "").strip() or None, kind=family,
                              speaker=(row.get("speaker") or "").strip() or None))
    if not out:
        raise ValueError(f"{corpus}: no readable documents listed in index.csv")
    return out


def _run(src: Source, rng: random.Random, length: int) -> list[str]:
    """`length` contiguous body paragraphs (or threads) of `src`, from a run start."""
    start = rng.choice(src.starts)
    return src.body[start:start + length]


def compose(base: Source, peers: list[Source], rng: random.Random) -> tuple[str, dict]:
    """One new document from `base` and documents of its group: its text and manifest row."""
    family = base.kind
    if family == "comments":
        runs, per_run = rng.randint(3, 8), (1, 1)
    elif family == "speech":
        runs, per_run = rng.randint(2, 4), (3, 8)
    elif family in ("transcript", "rawpage"):
        runs, per_run = rng.randint(2, 4), (4, 12)
    else:
        runs, per_run = rng.randint(2, 3), (3, 8)
    body: list[str] = []
    used: set[int] = set()  # a paragraph appears once per document (short speeches are drawn from often)
    for i in range(runs):
        src = base if i == 0 or not peers or rng.random() < 0.4 else rng.choice(peers)
        for p in _run(src, rng, rng.randint(*per_run)):
            if id(p) not in used:
                used.add(id(p))
                body.append(p)
    title = base.title
    published = base.published + timedelta(days=rng.randint(-365, 365)) if base.published else None
    text = "\n\n".join(base.head + body) + "\n"
    meta = dict(title=title, published=published.isoformat() if published else "", outlet=base.outlet or "",
                kind=family, speaker=base.speaker or "", recombined_from=base.name)
    return text, meta


def _norm_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def generate(corpus_dir: str | Path, out_dir: str | Path, n: int, seed: int = 0,
             sources: list[Source] | None = None) -> list[Path]:
    """Write `n` recombined documents under `out_dir` (folders of 1,000 files, each with
    its manifest.csv) and return their paths. Deterministic for (`corpus_dir`, `n`, `seed`)."""
    sources = sources if sources is not None else load_corpus(corpus_dir)
    groups: dict[str, list[Source]] = {}
    for s in sources:
        groups.setdefault(s.group, []).append(s)
    rng = random.Random(seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    paths: list[Path] = []
    rows: list[dict] = []
    folder = out
    for i in range(n):
        if i % PER_FOLDER == 0:
            if rows:
                _write_manifest(folder, rows)
            folder = out / f"{i // PER_FOLDER:04d}"
            folder.mkdir(exist_ok=True)
            rows = []
        for _attempt in range(50):
            base = rng.choice(sources)
            peers = [p for p in groups[base.group] if p is not base]
            text, meta = compose(base, peers, rng)
            h = _norm_hash(text)
            if h not in seen:
                break
        else:  # pragma: no cover - the corpus recombines in far more ways than any n used
            raise RuntimeError(f"could not make document {i} distinct from the others")
        seen.add(h)
        name = f"gen{seed:02d}_{i:07d}.txt"
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        rows.append(dict(file=name, **meta))
    if rows:
        _write_manifest(folder, rows)
    return paths


def _write_manifest(folder: Path, rows: list[dict]) -> None:
    cols = ["file", "title", "published", "outlet", "kind", "speaker", "recombined_from"]
    tmp = folder / "manifest.csv.tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, folder / "manifest.csv")


def default_corpus() -> Path:
    env = os.environ.get("STANCEWATCH_CORPUS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", help="folder to write into (outside the repository)")
    ap.add_argument("--docs", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--corpus", default=None, help="the shared corpus (default $STANCEWATCH_CORPUS or ../shared/corpus)")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus) if args.corpus else default_corpus()
    if not (corpus / "index.csv").is_file():
        print(f"corpus_gen: {corpus} has no index.csv (give --corpus or set STANCEWATCH_CORPUS)", file=sys.stderr)
        return 2
    t = time.perf_counter()
    paths = generate(corpus, args.out_dir, args.docs, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {size / 1e6:.1f} MB, in {args.out_dir} "
          f"({time.perf_counter() - t:.1f} s, seed {args.seed}, from {corpus})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
