"""Monthly and daily rollups of the per-document sums, and one index less.

* ``speaker_month``, ``speaker_day``, ``stance_month``, ``doc_month``: speaker_doc and
  stance_doc summed per calendar month (per day for the speakers' series) and outlet, kept
  exact by every write (analysis/store.py: write_aggregates). The dashboard reads these
  instead of every document's rows: at 1M statements the Actors view's first call went
  from ~660 ms to ~80 ms (bench/callbacks.py). Filled here from the rows already stored
  (about 4 s for a 1M-statement store).
* ``ix_documents_outlet_published``: an outlet filter finds its documents, newest first,
  without reading every document (their rows hold the whole text).
* ``ix_statements_section`` goes: four values over a million rows, it never narrows a
  query, and without statistics SQLite preferred it to the primary key, reading every
  statement of a section to find those of a few documents (the grid's first page: ~340 ms).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SUMS = ("statements", "scored", "tone_sum", "tone_sq", "escalation_sum", "escalation_sq")


def _table(name, key, sums=SUMS):
    op.create_table(name, *(sa.Column(k, sa.String(10) if k in ("month", "day") else sa.Text, primary_key=True)
                            for k in key),
                    *(sa.Column(s, sa.Integer if s in ("statements", "scored") else sa.Float, nullable=False)
                      for s in sums))


def upgrade() -> None:
    _table("speaker_month", ("speaker", "month", "outlet", "section", "speaker_kind"))
    _table("speaker_day", ("speaker", "day", "outlet", "section", "speaker_kind"))
    _table("stance_month", ("speaker", "target", "month", "outlet", "section"),
           ("statements", "scored", "tone_sum", "escalation_sum"))
    op.create_table(
        "doc_month",
        sa.Column("month", sa.String(10), primary_key=True),
        sa.Column("outlet", sa.Text, primary_key=True),
        sa.Column("present", sa.Text, primary_key=True),
        sa.Column("documents", sa.Integer, nullable=False),
    )
    op.drop_index("ix_statements_section", table_name="statements")
    op.create_index("ix_documents_outlet_published", "documents", ["outlet", "published"])
    # the backfill is the store's own rebuild (the same sums its writes keep), of this
    # revision's tables; should a later revision change them, freeze a copy of it here first
    from analysis.store import rebuild_rollups
    rebuild_rollups(op.get_bind(), ("speaker_month", "speaker_day", "stance_month", "doc_month"), stance_squares=False)


def downgrade() -> None:
    op.create_index("ix_statements_section", "statements", ["section"])
    op.drop_index("ix_documents_outlet_published", table_name="documents")
    for name in ("doc_month", "stance_month", "speaker_day", "speaker_month"):
        op.drop_table(name)
