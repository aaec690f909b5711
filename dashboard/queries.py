"""The dashboard's data access, kept under its old name: it now lives in dashboard/data/,
split by concern (filters, rollup reads, grid paging, documents, runs)."""
from .data import *  # noqa: F401,F403
from .data import (BIG_GROUP, CACHE_SIZE, DATE_RE, DEFAULT_SECTIONS, DOC_LIST, DRIFT_COLUMNS, FINGERPRINT_TTL,  # noqa: F401
                   FREQS, GRID_COLUMNS, RECENT_DOCS, RUN_COLUMNS, SECTION_GROUPS, TOP_ACTORS, TOP_SERIES, TOP_STANCE,
                   _SORTABLE, Filters, StoreError, _day, _doc_conds, _grid_filter, _has_statements, _rank_position,
                   _statement_select, actor_series, actor_table, cached, check, clear_cache, counts, document,
                   document_statements, document_table, documents, drift_table, engine_for, extreme_statements,
                   fingerprint, has_documents, iter_statement_export, last_run, newest_first, options, run_table,
                   stance_matrix, statement_rows, statements, store)
