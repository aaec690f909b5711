"""Data access of the dashboard: SQLAlchemy Core over analysis.store's tables, by concern.

Every function aggregates in SQL (mostly over the per-document sums ``speaker_doc`` and
``stance_doc`` and their rollups) and returns a small DataFrame or a short list of dicts;
nothing here ever loads every statement. The dashboard never scores text: this package
imports only the store.

- :mod:`.cache`: the per-store result cache (and :class:`StoreError`)
- :mod:`.filters`: :class:`Filters`, the shared filter set kept in the URL, and its SQL conditions
- :mod:`.rollups`: counts, actor tables and the stance matrix from the rollups
- :mod:`.series`: tone, escalation and volume per actor and period (the daily and monthly rollups)
- :mod:`.grid`: the Statements grid's paging, the extreme statements, the statement export;
  :mod:`.doc_order` and :mod:`.score_sort` read its pages in document and in score order,
  :mod:`.positions` remembers where each block ended
- :mod:`.docs`: the document list and one document
- :mod:`.runs`: the nightly job's runs and drift
- :mod:`.engine`: opening the store read-only, checking it, the filter bar's options
"""
from analysis import store  # noqa: F401
from analysis.store import documents, statements  # noqa: F401

from .cache import CACHE_SIZE, FINGERPRINT_TTL, StoreError, cached, clear_cache, fingerprint  # noqa: F401
from .docs import DOC_LIST, document, document_statements, document_table, partly_dated_documents  # noqa: F401
from .engine import check, engine_for, has_documents, options, unknown_values  # noqa: F401
from .filters import (DATE_RE, DEFAULT_SECTIONS, FREQS, SECTION_GROUPS, Filters, _doc_conds,  # noqa: F401
                      _has_statements, newest_first)
from .grid import (GRID_COLUMNS, RECENT_DOCS, _SORTABLE, _grid_filter, _statement_select,  # noqa: F401
                   extreme_statements, iter_statement_export, statement_rows)
from .score_sort import BIG_GROUP, _rank_position  # noqa: F401
from .filters import MIN_N, RULE_PARTIAL_DATES, partly_dated_out  # noqa: F401
from .rollups import (COMMENTER, TOP_ACTORS, TOP_SERIES, TOP_STANCE, actor_table, actor_total,  # noqa: F401
                      ci95, commenter_count, commenters_hidden, counts, stance_matrix)
from .series import _day, actor_series  # noqa: F401
from .runs import DRIFT_COLUMNS, RUN_COLUMNS, drift_table, last_run, run_table  # noqa: F401
from .compare import (BEFORE_DAYS, RECENT_DAYS, dyad_series, stance_of, top_dyads,  # noqa: F401
                      what_changed)
