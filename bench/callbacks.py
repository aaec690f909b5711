"""Dashboard callbacks at 1M statements: median and p95 per callback, and peak memory.

    python bench/callbacks.py [--store PATH] [--statements 1000000] [--corpus DIR] [--repeat 15]
                              [--only SUBSTRING]

Builds (once; reused while it exists) a SQLite store of about `--statements` statements:
`bench/corpus_gen.py` makes BASE_DOCS realistic documents from ../shared/corpus, the real
pipeline analyses and stores them (so every row — statements, scores, speaker_doc,
stance_doc, actors — is what ingest writes), then the analysed documents are replicated
in SQL under new doc_ids (`<doc_id>_<k>`, source `<source>#<k>`, dates moved by up to
half a year) until the store holds the wanted number of statements, and the monthly
rollups are computed for the moved dates (store.rebuild_rollups). A few synthetic
rescoring runs with drift rows are added so the Runs view has something to read.

Then every view callback is called as a plain function (as Dash calls it) under several
filter sets, `--repeat` times each, and the median and p95 are printed beside DESIGN.md's
target (median <= 100 ms, p95 <= 250 ms). Peak memory is the process's max RSS (the
callbacks run in this process exactly as in the server's), measured after the callbacks
and again after streaming the whole statement CSV through the Flask route.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BASE_DOCS = 1500
TARGET_MEDIAN, TARGET_P95 = 0.100, 0.250
TABLES = ("documents", "statements", "scores", "speaker_doc", "stance_doc")  # copied; the rollups are rebuilt


def _count(engine, table="statements") -> int:
    from sqlalchemy import text
    with engine.connect() as c:
        return c.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def build(path: Path, n_statements: int, corpus: Path, workdir: Path) -> None:
    """The store at `path` with about `n_statements` statements (see the module doc)."""
    from sqlalchemy import text

    from analysis import store
    from analysis.actors import load_registry
    from analysis.cli import ingest_paths
    from bench.corpus_gen import generate

    base = workdir / "base.db"
    url = f"sqlite:///{base}"
    if not base.exists():
        docs = workdir / "docs"
        if not docs.exists():
            print(f"generating {BASE_DOCS} documents from {corpus} ...", flush=True)
            generate(corpus, docs, BASE_DOCS, seed=0)
        print("analysing them through the pipeline ...", flush=True)
        engine = store.connect(url)
        try:
            ingest_paths(engine, [docs], load_registry(()), echo=lambda *_: None)
        finally:
            engine.dispose()
    engine = store.connect(url)
    per_copy = _count(engine)
    engine.dispose()
    copies = max(1, -(-n_statements // per_copy))
    print(f"replicating {per_copy} statements x {copies} into {path} ...", flush=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    engine = store.connect(f"sqlite:///{tmp}")
    with engine.begin() as c:
        c.execute(text("PRAGMA journal_mode=OFF"))
        c.execute(text("ATTACH DATABASE :p AS base"), {"p": str(base)})
        c.execute(text("INSERT INTO actors SELECT * FROM base.actors"))
        cols = {t: [r[1] for r in c.execute(text(f"PRAGMA base.table_info({t})"))] for t in TABLES}
        for k in range(copies):
            shift = f"{(k * 37) % 365 - 182:+d} days"
            for t in TABLES:
                sel = []
                for col in cols[t]:
                    if col == "doc_id":
                        sel.append(f"doc_id || '_{k}'")
                    elif t == "documents" and col == "source":
                        sel.append(f"source || '#{k}'")
                    elif t == "documents" and col == "published":
                        sel.append(f"CASE WHEN length(published) = 10 THEN date(published, '{shift}') "
                                   f"ELSE published END")
                    else:
                        sel.append(col)
                c.execute(text(f"INSERT INTO main.{t} ({', '.join(cols[t])}) SELECT {', '.join(sel)} FROM base.{t}"))
        # a few rescoring runs and what they moved, for the Runs view
        for i in range(1, 6):
            c.execute(text("INSERT INTO runs (started_at, finished_at, status, scorer_version, documents_added, "
                           "statements_added, documents_rescored, statements_rescored, errors, host, pid) VALUES "
                           "(:s, :f, 'ok', 'bench', 0, 0, 100, 4000, 0, 'bench', 1)"),
                      {"s": f"2026-01-0{i}T02:00:00", "f": f"2026-01-0{i}T02:10:00"})
            c.execute(text("INSERT INTO drift SELECT :r, speaker, sum(statements), sum(tone_sum)/sum(scored), "
                           "sum(tone_sum)/sum(scored) + 0.01, sum(escalation_sum)/sum(scored), "
                           "sum(escalation_sum)/sum(scored) - 0.02 FROM base.speaker_doc WHERE scored > 0 "
                           "AND speaker NOT LIKE '(%' GROUP BY speaker"), {"r": i})
        # the monthly rollups of the copies (their dates moved): what the writes would have kept
        store.rebuild_rollups(c)
        store.rebuild_variants(c)  # a learned person's spellings, as the writing commands keep them
    engine.dispose()  # no ANALYZE: a store written by `stancewatch ingest` has no statistics either
    os.replace(tmp, path)


def _time(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def cases(engine):
    """(name, function) for every callback under the filter sets analysts use."""
    from dashboard import app as A
    from dashboard import data as Q
    from dashboard import notices
    from dashboard.views import actor, actors, documents, dyad, overview, runs, statements

    top = Q.actor_table(engine, Q.Filters(), 3)["actor"].tolist()
    a = top[0]
    outlet = Q.options(engine)["outlets"][0]
    doc = Q.document_table(engine, Q.Filters(), 1)[0]["doc_id"][0]
    filters = {"all": "", "actor": Q.Filters(actors=(a,)).to_search(),
               "outlet+year": Q.Filters(outlets=(outlet,), since="2022", until="2022").to_search(),
               "comments": "?section=comments",
               # dates to the day: the months they cut are read from the per-document sums
               "officials, 2021-03-15..2022-09-10": Q.Filters(kinds=("official",), since="2021-03-15",
                                                             until="2022-09-10").to_search()}
    req = {"startRow": 0, "endRow": 100}
    sort = dict(req, sortModel=[{"colId": "escalation", "sort": "desc"}])
    textf = dict(req, filterModel={"text": {"filterType": "text", "type": "contains", "filter": "sanction"}})
    deep = {"startRow": 20000, "endRow": 20100}
    out = [("layout shell (filter options)", lambda: A.shell(engine)),
           ("router (store check + view)", lambda: A.route(engine, "/actors")),
           ("filters <-> URL", lambda: A.sync_filters("f-outlet", "?doc=x", None, None, [outlet], None, None,
                                                         None, None))]
    for label, s in filters.items():
        # the overview's panels, each its own callback (one request each, in parallel)
        out += [(f"overview.head_outputs [{label}]", lambda s=s: overview.head_outputs(engine, s)),
                (f"overview.bubble_outputs [{label}]", lambda s=s: overview.bubble_outputs(engine, s)),
                (f"overview.changed_output [{label}]", lambda s=s: overview.changed_output(engine, s)),
                (f"overview.extremes_outputs [{label}]", lambda s=s: overview.extremes_outputs(engine, s)),
                (f"actors.actors_outputs [{label}]", lambda s=s: actors.actors_outputs(engine, s)),
                (f"actors.heatmap_outputs [{label}]", lambda s=s: actors.heatmap_outputs(engine, s)),
                (f"actors.update_series month [{label}]", lambda s=s: actors.update_series(engine, s, "month", 3)),
                (f"documents.update list [{label}]", lambda s=s: documents.update(engine, s)),
                (f"statements.rows first block [{label}]", lambda s=s: statements.rows(engine, req, s))]
    out += [("actors.update_series week [all]", lambda: actors.update_series(engine, "", "week", 1)),
            ("overview.drill (bubble click)", lambda: overview.drill(engine, {"points": [{"customdata": [a]}]}, "")),
            ("actors.drill (heatmap cell)", lambda: actors.drill(engine, "act-heatmap",
                                                                 {"points": [{"y": a, "x": top[1]}]}, "", "month")),
            ("documents.update one document", lambda: documents.update(engine, f"?doc={doc}")),
            ("statements.update", lambda: statements.update(engine, "")),
            ("statements.rows sorted by escalation [all]", lambda: statements.rows(engine, sort, "")),
            ("statements.rows text filter [all]", lambda: statements.rows(engine, textf, "")),
            ("statements.rows block at row 20000 [all]", lambda: statements.rows(engine, deep, "")),
            ("statements.rows sorted by escalation [actor]", lambda: statements.rows(engine, sort, filters["actor"])),
            # the scrollbar dragged far down a score sort: no earlier block to start from
            ("statements.rows sorted, jump to row 20000 [all]",
             lambda: (Q.clear_cache(engine), statements.rows(engine, dict(sort, startRow=20000, endRow=20100), ""))),
            ("runs.update", lambda: runs.update(engine, "")),
            # issue 13's views: the actor page, a dyad, the notices under every heading
            # the actor page's panels, each its own callback, under the actor alone, an outlet and
            # year, and officials over a range of days
            *[(f"actor.{fn.__name__} (actor page) [{label}]", lambda fn=fn, s=s: fn(engine, s))
              for fn in (actor.actor_outputs, actor.stance_output, actor.extremes_output, actor.documents_output)
              for label, s in (("actor", filters["actor"]),
                               ("outlet+year", Q.Filters.from_search(filters["outlet+year"]).with_(actors=(a,))
                                .to_search()),
                               ("officials, days", Q.Filters.from_search(filters["officials, 2021-03-15..2022-09-10"])
                                .with_(actors=(a,)).to_search()))],
            ("dyad.update [actor -> 2nd actor]",
             lambda: dyad.update(engine, Q.Filters(actors=(a,), target=top[1]).to_search())),
            ("dyad.update choose a pair [all]", lambda: dyad.update(engine, "")),
            ("dyad.drill (point click)", lambda: dyad.drill(
                engine, {"points": [{"customdata": [f"{a} → {top[1]}", "2022-03-01", 1]}]}, "")),
            ("notices [outlet=BBC, since=2022-02]",
             lambda: notices.notices(engine, "?outlet=BBC&since=2022-02&until=2022-12", "/"))]
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--store", type=Path, default=Path("/tmp/stancewatch-bench/callbacks-1m.db"))
    p.add_argument("--statements", type=int, default=1_000_000)
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    p.add_argument("--repeat", type=int, default=15)
    p.add_argument("--rebuild", action="store_true")
    p.add_argument("--only", metavar="SUBSTRING", help="run only the callbacks whose name contains this")
    args = p.parse_args(argv)
    args.store.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not args.store.exists():
        t = time.perf_counter()
        build(args.store, args.statements, args.corpus, args.store.parent)
        print(f"store built in {time.perf_counter() - t:.0f} s", flush=True)

    from dashboard import create_app
    from dashboard import data as Q

    url = f"sqlite:///{args.store}"
    engine = Q.engine_for(url)
    n = _count(engine)
    print(f"store {args.store}: {n:,} statements, {_count(engine, 'documents'):,} documents, "
          f"{_count(engine, 'speaker_doc'):,} speaker_doc rows")
    load0 = os.getloadavg()[0]
    print(f"machine load (1-minute average) {load0:.1f} on {os.cpu_count()} cores at the start of the timings")
    print(f"{'callback':50} {'warm median':>11} {'warm p95':>9} {'cold median':>12} {'cold p95':>9}   "
          f"target median <= {TARGET_MEDIAN * 1000:.0f} ms, p95 <= {TARGET_P95 * 1000:.0f} ms")
    worst = [0.0, 0.0, 0.0, 0.0]
    misses, cold_misses = [], []

    def stats(ts):
        ts = sorted(ts)
        return statistics.median(ts), ts[min(len(ts) - 1, int(round(0.95 * (len(ts) - 1))))]

    for name, fn in cases(engine):
        if args.only and args.only not in name:
            continue
        fn()  # the first call pays for SQLite's page cache
        warm = stats(_time(fn, args.repeat))  # the store unchanged since the last call: results cached

        def cold_call(fn=fn):
            Q.clear_cache(engine)
            fn()
        cold = stats(_time(cold_call, max(3, args.repeat // 3)))  # right after an ingest or rescoring run
        for i, v in enumerate(warm + cold):
            worst[i] = max(worst[i], v)
        ok = warm[0] <= TARGET_MEDIAN and warm[1] <= TARGET_P95
        cold_ok = cold[0] <= TARGET_MEDIAN and cold[1] <= TARGET_P95
        misses += [] if ok else [name]
        cold_misses += [] if cold_ok else [name]
        print(f"{name:50} {warm[0] * 1000:9.1f}ms {warm[1] * 1000:7.1f}ms {cold[0] * 1000:10.1f}ms "
              f"{cold[1] * 1000:7.1f}ms   {'ok' if ok else 'MISSES'}{'' if cold_ok else ' (cold misses)'}",
              flush=True)
    print(f"worst warm median {worst[0] * 1000:.1f} ms, p95 {worst[1] * 1000:.1f} ms; worst cold median "
          f"{worst[2] * 1000:.1f} ms, p95 {worst[3] * 1000:.1f} ms")
    print(f"machine load {load0:.1f} at the start, {os.getloadavg()[0]:.1f} at the end ({os.cpu_count()} cores): "
          "a loaded machine stretches every figure alike")
    print(f"{len(misses)} callback(s) miss the target warm: {', '.join(misses) or '-'}")
    print(f"{len(cold_misses)} miss it cold (first call after the store changed): {', '.join(cold_misses) or '-'}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process serving the callbacks: {rss:.0f} MB")
    if args.only:  # a few callbacks: not the whole CSV
        engine.dispose()
        return 0
    app = create_app(url)
    t = time.perf_counter()
    r = app.server.test_client().get("/download/statements.csv")
    size = 0
    rows = 0
    for chunk in r.response:
        b = chunk.encode() if isinstance(chunk, str) else chunk
        size += len(b)
        rows += b.count(b"\n")
    r.close()
    print(f"streamed statements.csv: {size / 1e6:.0f} MB, ~{rows - 1:,} lines in {time.perf_counter() - t:.1f} s; "
          f"peak memory now {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    app.stancewatch_engine.dispose()
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
