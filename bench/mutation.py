"""Mutation testing (mutmut) of the code whose mistakes a user would not notice by looking:
the statement export, the dashboard's downloads and basic auth, the store's lock and the
rollups. `make mutation` runs it; bench/README.md records the kill rate.

Each target runs in a scratch copy of the checkout (build/mutation/<target>/) with its own
[tool.mutmut] section, scoped to the tests that matter for it (2 cores: a mutant runs only
the selected tests that reach its function). A mutant is *killed* when a test fails on it;
*survived* when all pass; timeouts count as killed (the mutant hung the code), mutants no
selected test reaches count against the rate. Prints one line per target and the total,
the baseline being the total number of mutants, and lists the survivors to read with
`cd build/mutation/<target> && mutmut show NAME`.

    python bench/mutation.py [TARGET ...] [--children N]
"""
from __future__ import annotations

import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = Path(sys.executable).with_name("mutmut")

# The rollup code of the store, by function: the per-document sums and the monthly, daily
# and all-time tables kept from them on every write, and their rebuild (the migrations'
# backfill). Found by name wherever they are defined in the store (analysis/store.py, or
# the modules of a package analysis/store/), so moving them to another module of the store
# needs no change here; renaming one does (its mutants would be missing from the count).
ROLLUP_FUNCTIONS = ("aggregate_rows", "write_aggregates", "insert_aggregates", "rollup_rows", "present_key",
                    "present_pairs",
                    "_move_rollups", "rebuild_rollups")
STORE = ("analysis/store.py", "analysis/store")


def defining(names: tuple[str, ...], *where: str) -> list[str]:
    """The .py files at or under `where` (files or packages) that define a function of `names`."""
    files = []
    for w in where:
        path = ROOT / w
        for f in sorted([path] if path.is_file() else path.rglob("*.py") if path.is_dir() else []):
            if re.search(rf"^def ({'|'.join(map(re.escape, names))})\(", f.read_text(encoding="utf-8"), re.M):
                files.append(f.relative_to(ROOT).as_posix())
    return files


# target -> (files mutated, mutant-name patterns run (None: all of the files'), tests)
TARGETS: dict[str, tuple[list[str], list[str] | None, list[str]]] = {
    "export": (["analysis/export.py"], None,
               ["tests/unit/test_export.py"]),
    "downloads": (["dashboard/downloads.py"], None,
                  ["tests/integration/test_dashboard_downloads.py", "tests/integration/test_dashboard_edges.py"]),
    "auth": (["dashboard/auth.py"], None,
             ["tests/integration/test_dashboard_edges.py", "tests/integration/test_dashboard_downloads.py"]),
    "lock": (["analysis/store/lock.py"], None,
             ["tests/integration/test_lock.py"]),
    # mutants named analysis.store.x_<function>__mutmut_<n> (a module analysis/store/<m>.py:
    # analysis.store.<m>.x_...): the pattern takes both
    "rollups": (defining(ROLLUP_FUNCTIONS, *STORE),
                [f"analysis.store*.x_{f}__mutmut_*" for f in ROLLUP_FUNCTIONS],
                # the recount of every aggregate table after ingest, rescores, rebuilds and
                # upgrades (tests/recount.py), and the dashboard's reads of them against a
                # pandas recount (test_dashboard_rollups.py)
                ["tests/integration/test_rollups_recount.py", "tests/integration/test_upgrades.py",
                 "tests/integration/test_dashboard_rollups.py"]),
}
KILLED = ("killed", "timeout")


def scratch(target: str, files: list[str], tests: list[str]) -> Path:
    """A copy of the checkout for one target, with its [tool.mutmut] section."""
    work = ROOT / "build" / "mutation" / target
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("analysis", "dashboard", "tests", "assets"):
        shutil.copytree(ROOT / name, work / name, ignore=ignore)
    cfg = "\n".join([
        "", "[tool.mutmut]",
        'source_paths = ["analysis", "dashboard"]',
        'also_copy = ["assets"]',
        f"only_mutate = {files!r}".replace("'", '"'),
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q", "-x"]',
        f"pytest_add_cli_args_test_selection = {tests!r}".replace("'", '"'),
        "use_git_change_detection = false", ""])
    (work / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8") + cfg,
                                         encoding="utf-8")
    return work


def results(work: Path, patterns: list[str] | None) -> dict[str, str]:
    out = subprocess.run([str(MUTMUT), "results", "--all", "true"], cwd=work, capture_output=True, text=True,
                         check=True).stdout
    got = dict(re.findall(r"^\s+(\S+): (.+)$", out, re.M))
    if patterns:
        got = {k: v for k, v in got.items() if any(fnmatch.fnmatch(k, p) for p in patterns)}
    return got


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("targets", nargs="*", metavar="TARGET", help=f"any of {', '.join(TARGETS)} (default: all)")
    ap.add_argument("--children", type=int, default=max(1, min(2, os.cpu_count() or 1)))
    args = ap.parse_args(argv)
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        ap.error(f"unknown target(s) {', '.join(sorted(unknown))}: choose from {', '.join(TARGETS)}")
    total = killed = 0
    survivors = []
    for target in args.targets or list(TARGETS):
        files, patterns, tests = TARGETS[target]
        work = scratch(target, files, tests)
        t0 = time.monotonic()
        run = subprocess.run([str(MUTMUT), "run", "--max-children", str(args.children), *(patterns or [])],
                             cwd=work, capture_output=True, text=True)
        got = results(work, patterns)
        if not got:
            print(f"{target}: mutmut produced no results (exit {run.returncode})\n{run.stdout[-2000:]}"
                  f"{run.stderr[-2000:]}", file=sys.stderr)
            return 1
        k = sum(v in KILLED for v in got.values())
        total += len(got)
        killed += k
        survivors += [(target, name, status) for name, status in sorted(got.items()) if status not in KILLED]
        print(f"{target:10} {k:4d} killed of {len(got):4d} mutants  {100 * k / len(got):5.1f} %   "
              f"({', '.join(files)}; {time.monotonic() - t0:.0f} s)", flush=True)
    print(f"{'total':10} {killed:4d} killed of {total:4d} mutants  {100 * killed / total:5.1f} %  (target >= 90 %)")
    for target, name, status in survivors:
        print(f"  {status:10} {name}   (build/mutation/{target})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
