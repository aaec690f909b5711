"""Indexes on the scores the dashboard sorts by.

The statements grid sorted by tone or escalation walks the scores in index order
(dashboard/queries.py) instead of sorting every statement: at 1M statements a sort by
escalation over the whole store went from ~3.5 s to ~0.4 s (bench/callbacks.py).

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_scores_escalation", "scores", ["escalation"])
    op.create_index("ix_scores_tone", "scores", ["tone"])


def downgrade() -> None:
    op.drop_index("ix_scores_tone", table_name="scores")
    op.drop_index("ix_scores_escalation", table_name="scores")
