"""The store's tables, in the one :data:`metadata` object.

The schema itself is created and upgraded by the Alembic migrations in
``analysis/migrations`` (run by :func:`analysis.store.connect`), so a table or column
added here needs a new revision there."""
from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, Float, ForeignKey, ForeignKeyConstraint, Index, Integer, MetaData,
                        String, Table, Text, and_, exists, or_)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("doc_id", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("published", String(32)),  # ISO date or year, as given: compared as text
    Column("outlet", Text),
    Column("url", Text),
    Column("kind", String(32)),
    Column("speaker", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Column("author", Text),  # revision 0010: the byline (page, PDF, "By ..." line or manifest)
    Index("ix_documents_published_source", "published", "source"),
    # revision 0004: the documents of some outlets, newest first, without reading each one
    Index("ix_documents_outlet_published", "outlet", "published"),
)
statements = Table(
    "statements", metadata,
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("section", String(16), nullable=False),
    Column("speaker", Text, nullable=False),
    Column("speaker_kind", String(32)),
    Column("reported_by", Text),
    Column("cue", String(64)),
    Column("targets", Text),  # ";"-joined
    Column("text", Text, nullable=False),
    # revision 0012: where the document names the statement's source ("he", "the senator", a
    # name, a transcript label), offsets into the document's text; NULL for the outlet's own
    # sentences and for statements stored before the revision
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Index("ix_statements_speaker", "speaker"),
    # (ix_statements_section, dropped by revision 0004: four values never narrow a query)
)
scores = Table(
    "scores", metadata,
    Column("doc_id", String(64), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("scorer_version", String(64), primary_key=True),
    Column("tone", Float), Column("tone_pos", Float), Column("tone_neu", Float), Column("tone_neg", Float),
    Column("escalation", Float),
    Column("escalation_cues", Text),  # ";"-joined
    # when these scores were written: "the newest scorer_version" of a statement is the one
    # scored last (a version is a hash, so it has no order of its own)
    Column("scored_at", String(32), nullable=False),
    ForeignKeyConstraint(["doc_id", "seq"], ["statements.doc_id", "statements.seq"], ondelete="CASCADE"),
    Index("ix_scores_scorer_version", "scorer_version"),  # revision 0002
)
actors = Table(
    "actors", metadata,
    Column("name", Text, primary_key=True),
    Column("kind", String(32)),
    Column("country", Text),
    Column("known", Boolean, nullable=False, default=False),  # the registry knows the name
)


# Revision 0011: the learned (registry-unknown) people of the store named in more than one
# spelling across documents ("Qasem Soleimani" in one, "Qassem Suleimani" in another), each
# with the spelling the dashboard and the exports show for the group (`display`, itself a
# member). Written by the writing commands after their documents (analysis/store/variants.py),
# only read by the pages; the statements and per-document sums keep each document's spelling.
actor_variants = Table(
    "actor_variants", metadata,
    Column("name", Text, primary_key=True),
    Column("display", Text, nullable=False),
    Index("ix_actor_variants_display", "display"),
)


# One row per rescoring run (issue 4): what it did and how it ended. `status` is one of
# running, ok, failed (some documents failed; the rest is stored), interrupted (killed or
# stopped: a later run finishes the job).
runs = Table(
    "runs", metadata,
    Column("run_id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("status", String(16), nullable=False),
    Column("scorer_version", String(64), nullable=False),
    Column("documents_added", Integer, nullable=False, default=0),
    Column("statements_added", Integer, nullable=False, default=0),
    Column("documents_rescored", Integer, nullable=False, default=0),
    Column("statements_rescored", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    Column("error_log", Text),  # one "path: reason" line per failed input
    Column("host", Text),
    Column("pid", Integer),
    # revision 0007: inputs that failed before and were read again by this run, one per line
    Column("retried", Integer, nullable=False, default=0, server_default="0"),
    Column("retry_log", Text),
)
# What a run moved, per actor (speaker): mean tone and escalation of the actor's statements
# before the run (the scores it replaced) and after it (issue 4; the Runs view reads it).
drift = Table(
    "drift", metadata,
    Column("run_id", Integer, ForeignKey("runs.run_id", ondelete="CASCADE"), primary_key=True),
    Column("actor", Text, primary_key=True),
    Column("statements", Integer, nullable=False),
    Column("tone_before", Float), Column("tone_after", Float),
    Column("escalation_before", Float), Column("escalation_after", Float),
)


# Per-document aggregates, written in the same transaction as the document's statements
# and scores (and rewritten whenever they are rescored), so the dashboard reads a few rows
# per speaker and document instead of every statement (SFU Gender Gap Tracker's rule:
# jobs write aggregates, pages only read them). Sums, not means, so any filter on
# documents (dates, outlet) adds them up exactly; the *_sq sums give the spread.
# `scored` counts the statements that carry a score (the denominator of the means).
speaker_doc = Table(
    "speaker_doc", metadata,
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("speaker", Text, primary_key=True),
    Column("section", String(16), primary_key=True),
    Column("speaker_kind", String(32)),
    Column("statements", Integer, nullable=False),
    Column("scored", Integer, nullable=False),
    Column("tone_sum", Float, nullable=False), Column("tone_sq", Float, nullable=False),
    Column("escalation_sum", Float, nullable=False), Column("escalation_sq", Float, nullable=False),
    Index("ix_speaker_doc_speaker", "speaker"),
)
# The same per (speaker, target): what stance.py computes, summed per document. Only real
# actors: no "(…)" speakers, no spam, no mention of oneself (see analysis/stance.py).
stance_doc = Table(
    "stance_doc", metadata,
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("speaker", Text, primary_key=True),
    Column("target", Text, primary_key=True),
    Column("section", String(16), primary_key=True),
    Column("statements", Integer, nullable=False),
    Column("scored", Integer, nullable=False),
    Column("tone_sum", Float, nullable=False),
    Column("escalation_sum", Float, nullable=False),
    # revision 0009: the sums of squares, so every stance mean (dyad, actor page) has its
    # interval as the speaker means do
    Column("tone_sq", Float, nullable=False, server_default="0"),
    Column("escalation_sq", Float, nullable=False, server_default="0"),
    Index("ix_stance_doc_speaker", "speaker"),
    Index("ix_stance_doc_target", "target"),
)


# Revision 0004: the same sums rolled up per calendar month (and, for the speakers, per
# day), so a dashboard page adds up a few thousand rows instead of every document's: at 1M
# statements speaker_doc holds ~139k rows, speaker_month ~21k (bench/callbacks.py). Kept
# exact in the same transaction as the per-document rows (write_aggregates adds a
# document's sums and subtracts what it replaces), so they always equal speaker_doc /
# stance_doc summed by the document's date and outlet. The keys are text, never NULL:
# `month` is published[:7] ("2022-03"; a year-only date stays "2022"), `day` is
# published[:10], "" when a document has no date; `outlet` and `speaker_kind` are "" when
# unknown. A date filter down to the day is exact on whole months (the dashboard reads the
# month that a filter cuts from the per-document rows: dashboard/queries.py).
def _rollup_columns(*key, stance: bool = False) -> list[Column]:
    """A rollup's key and sums. The stance tables' squares came with revision 0009, added
    after the other columns (and with a default, as the migration adds them)."""
    cols = [Column(name, String(10) if name in ("month", "day") else Text, primary_key=True) for name in key]
    cols += [Column("statements", Integer, nullable=False), Column("scored", Integer, nullable=False),
             Column("tone_sum", Float, nullable=False)]
    if stance:
        return cols + [Column("escalation_sum", Float, nullable=False),
                       Column("tone_sq", Float, nullable=False, server_default="0"),
                       Column("escalation_sq", Float, nullable=False, server_default="0")]
    return cols + [Column("tone_sq", Float, nullable=False), Column("escalation_sum", Float, nullable=False),
                   Column("escalation_sq", Float, nullable=False)]


SPEAKER_ALL_KEY = ("speaker", "outlet", "section", "speaker_kind")
STANCE_ALL_KEY = ("speaker", "target", "outlet", "section")
SPEAKER_MONTH_KEY = ("speaker", "month", "outlet", "section", "speaker_kind")
SPEAKER_DAY_KEY = ("speaker", "day", "outlet", "section", "speaker_kind")
STANCE_MONTH_KEY = ("speaker", "target", "month", "outlet", "section")
speaker_month = Table("speaker_month", metadata, *_rollup_columns(*SPEAKER_MONTH_KEY))
speaker_day = Table("speaker_day", metadata, *_rollup_columns(*SPEAKER_DAY_KEY))  # the series over time
stance_month = Table("stance_month", metadata, *_rollup_columns(*STANCE_MONTH_KEY, stance=True))
# Revision 0006: the same over all time (no date filter, the dashboard's default): a tenth
# of the monthly rows (1M statements: ~2.5k speaker rows against ~21.5k).
speaker_all = Table("speaker_all", metadata, *_rollup_columns(*SPEAKER_ALL_KEY))
stance_all = Table("stance_all", metadata, *_rollup_columns(*STANCE_ALL_KEY, stance=True))
# How many documents of a month and outlet have statements of which kinds: `present` is the
# document's ";"-joined sorted "section/speaker_kind" pairs, so "documents with a statement
# under these section and kind filters" is a sum over the few distinct `present` values.
doc_month = Table(
    "doc_month", metadata,
    Column("month", String(10), primary_key=True),
    Column("outlet", Text, primary_key=True),
    Column("present", Text, primary_key=True),
    Column("documents", Integer, nullable=False),
)
ROLLUPS = (speaker_all, speaker_month, speaker_day, stance_all, stance_month, doc_month)


# Revision 0002: the paths the nightly job reads (given to `ingest` or `rescore --source`),
# and every file read from them with its size and mtime then, so an unchanged source is
# recognised by listing it (no file read) and only new or changed files are ingested.
sources = Table(
    "sources", metadata,
    Column("path", Text, primary_key=True),  # absolute
    Column("added_at", String(32), nullable=False),
)
source_files = Table(
    "source_files", metadata,
    Column("path", Text, primary_key=True),  # absolute
    Column("size", BigInteger, nullable=False),
    Column("mtime_ns", BigInteger, nullable=False),
    Column("read_at", String(32), nullable=False),
)

# Revision 0007: what failed in a run, so the next one retries it until it succeeds (its row
# goes) or changes. `key` is a file's path as read (kind "file") or a stored document's
# doc_id (kind "document": its rescoring failed).
failures_table = Table(
    "failures", metadata,
    Column("key", Text, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("run_id", Integer),
    Column("failed_at", String(32), nullable=False),
)

# --- Dashboard indexes (issue 5) -----------------------------------------------------------
# The statements grid sorted by a score column walks the scores in the order of these
# indexes (dashboard/queries.py: _by_score) instead of sorting every statement: at 1M
# statements a sort by escalation over the whole store goes from ~3.5 s to ~0.4 s. Revision
# 0003 created them on the score alone; 0005 adds the statement's key, the order of ties
# (escalation 1.0 alone is held by ~5% of the statements), so the ties of a value are read
# in order from the index instead of found by scanning the scores.
Index("ix_scores_escalation", scores.c.escalation, scores.c.doc_id, scores.c.seq)
Index("ix_scores_tone", scores.c.tone, scores.c.doc_id, scores.c.seq)
# --- end dashboard indexes ---------------------------------------------------------------------


def newest_score(sc):
    """The condition that the score row `sc` (an alias of :data:`scores`) is its statement's
    newest: no score row of the same statement was written later (``scored_at``; at the same
    instant the greater version wins, so exactly one row is the newest)."""
    later = scores.alias("later")
    return ~exists().where(
        later.c.doc_id == sc.c.doc_id, later.c.seq == sc.c.seq,
        or_(later.c.scored_at > sc.c.scored_at,
            and_(later.c.scored_at == sc.c.scored_at, later.c.scorer_version > sc.c.scorer_version)))
