"""The `stancewatch` command: ingest, rescore, export, eval, serve (the dashboard) and demo.

Exit status 0 on success, 1 when a run failed (an input could not be read or analysed:
everything else is still stored), 2 on bad usage; `rescore` adds 75 (another run holds
the store's lock: try later) and 130 (interrupted by SIGTERM/SIGINT). Every error is one readable line on
stderr, ``stancewatch: error: ...``; ``--debug`` adds the traceback.

The policy lives in :meth:`StancewatchGroup.main`, so ``cli()``, :func:`main` and click's
test runner all behave alike.

Only `ingest` (and `demo`, into its own fresh file) creates a store; every other command
opens an existing one (:func:`analysis.store.open_store`) and refuses a URL that names
none with one line and exit status 2. The store, the pipeline, Dash, pandas, Alembic and
Dask are imported inside the commands that use them, so `stancewatch --help` and a
no-op run start fast.

One module per command (ingest, rescore, status, export, evaluate for `eval`, serve for
`serve` and `demo`); the group, its error policy and the shared helpers are in
:mod:`analysis.cli.group`. This module gathers them: ``stancewatch = analysis.cli:run``.
"""
from __future__ import annotations

import sys

from .. import regex_cache

regex_cache.install()  # before the imports below compile their patterns (make setup writes the file)

# each command module registers its command(s) on the group `cli` when imported
from . import evaluate, export, ingest, rescore, serve, status  # noqa: F401
from .group import Failed, NoStoreError, StancewatchGroup, cli
from .ingest import ingest_paths
from .rescore import EXIT_INTERRUPTED, EXIT_LOCKED
from .serve import SEEDS
from .status import store_status

__all__ = ["EXIT_INTERRUPTED", "EXIT_LOCKED", "SEEDS", "Failed", "NoStoreError", "StancewatchGroup", "cli",
           "ingest_paths", "main", "run", "store_status"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status (0 ok, 1 failed run, 2 bad usage);
    a console script wraps it as ``sys.exit(main())``."""
    return cli.main(args=sys.argv[1:] if argv is None else list(argv), prog_name="stancewatch",
                    standalone_mode=False)


def run() -> None:
    """Console-script entry point (pyproject: ``stancewatch = analysis.cli:run``)."""
    code = main()
    # The process ends now. What the command loaded (trafilatura, SQLAlchemy, the registry
    # and lexicons: about a million objects) is out of the collector's sight first: the
    # interpreter's final collections walked all of it once more before exiting, 0.4-0.7 s
    # of CPU after `ingest` had printed its summary (bench/extraction.py's pages; 60-90 ms
    # with this). It is freed by reference counting and the process's end as before; only
    # reference cycles are left to the end of the process, and nothing needs them collected:
    # every command has closed its files and disposed of its store's connections by now.
    import gc

    gc.freeze()
    sys.exit(code)
