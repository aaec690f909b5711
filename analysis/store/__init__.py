"""The store: documents, statements, scores and actors, through SQLAlchemy Core.

SQLite in WAL mode at ./data/stancewatch.db by default; PostgreSQL (or another SQLAlchemy
URL) with --db / STANCEWATCH_DB. A document is written in one transaction with its
statements, scores and new actors, so a reader never sees half of one and a failure loses
nothing else.

The package, by stage (every name is importable from ``analysis.store`` as before):

* :mod:`.schema` — the tables, in one :data:`metadata`; created and upgraded by the Alembic
  migrations in ``analysis/migrations``, so a table or column added there needs a revision;
* :mod:`.connection` — URLs, engines, opening a store, and the migrations' glue;
* :mod:`.lock` — named locks a killed process cannot leave behind (no import of the store);
* :mod:`.writes` — a document written or its analysis replaced, in one transaction;
* :mod:`.rollups` — the per-document sums and the monthly, daily and all-time rollups;
* :mod:`.nightly` — the nightly job's bookkeeping: staleness, sources, files, failures;
* :mod:`.reads` — statements, documents, actors and stance, filtered and streamed;
* :mod:`.variants` — one learned person under several spellings across documents;
* :mod:`.sql` — driver-level helpers (executemany, ON CONFLICT, time stamps).

Nothing outside the SQLite and PostgreSQL branches is dialect-specific SQL.
"""
from __future__ import annotations

from .connection import (BASELINE, DEFAULT_PATH, MIGRATIONS, PRAGMA_WAIT, NoStore, _alembic_config, _engine,
                         _revision, _sqlite_file, alembic_head, connect, current_revision, default_url,
                         head_revision, migrate, open_store, safe_url, sqlite_pragmas, store_exists)
from .nightly import (all_document_ids, failures, load_documents, read_files, record_failures, remember_files,
                      remember_sources, stale_documents, stored_sources)
from .reads import (BATCH, DOCUMENT_FILTERS, STANCE_FILTERS, STATEMENT_FILTERS, _date_conditions,
                    _document_conditions, _given, _speakers_like, _stream, iter_actors, iter_documents, iter_stance,
                    iter_statements, statement_query)
from .rollups import (_move_rollups, aggregate_rows, insert_aggregates, present_key, present_pairs, rebuild_rollups,
                      rollup_rows, write_aggregates)
from .schema import (ROLLUPS, SPEAKER_ALL_KEY, SPEAKER_DAY_KEY, SPEAKER_MONTH_KEY, STANCE_ALL_KEY, STANCE_MONTH_KEY,
                     actor_variants, actors, doc_month, documents, drift, failures_table, metadata, newest_score,
                     runs, scores, source_files, sources, speaker_all, speaker_day, speaker_doc, speaker_month, stance_all,
                     stance_doc, stance_month, statements)
from .sql import _bulk_insert, _insert, _now, describe_error
from .variants import display_rows, rebuild_variants, spelled, spellings, variant_map
from .writes import has_document, has_documents, replace_analysis, store_document, store_documents

__all__ = [
    "BASELINE", "DEFAULT_PATH", "MIGRATIONS", "PRAGMA_WAIT", "NoStore", "alembic_head", "connect", "current_revision",
    "default_url", "head_revision", "migrate", "open_store", "safe_url", "sqlite_pragmas", "store_exists",
    "all_document_ids", "failures", "load_documents", "read_files", "record_failures", "remember_files",
    "remember_sources", "stale_documents", "stored_sources",
    "BATCH", "DOCUMENT_FILTERS", "STANCE_FILTERS", "STATEMENT_FILTERS", "iter_actors", "iter_documents",
    "iter_stance", "iter_statements", "statement_query",
    "aggregate_rows", "present_key", "present_pairs", "rebuild_rollups", "rollup_rows", "write_aggregates",
    "ROLLUPS", "SPEAKER_ALL_KEY", "SPEAKER_DAY_KEY", "SPEAKER_MONTH_KEY", "STANCE_ALL_KEY", "STANCE_MONTH_KEY",
    "actor_variants", "actors", "doc_month", "documents", "drift", "failures_table", "metadata", "newest_score",
    "runs", "scores",
    "source_files", "sources", "speaker_all", "speaker_day", "speaker_doc", "speaker_month", "stance_all",
    "stance_doc", "stance_month", "statements",
    "display_rows", "rebuild_variants", "spelled", "spellings", "variant_map",
    "describe_error", "has_document", "has_documents", "insert_aggregates", "replace_analysis", "store_document", "store_documents",
    # used by the dashboard, the migrations' tests and the nightly job
    "_alembic_config", "_bulk_insert", "_date_conditions", "_document_conditions", "_engine", "_given", "_insert",
    "_move_rollups", "_now", "_revision", "_speakers_like", "_sqlite_file", "_stream",
]
