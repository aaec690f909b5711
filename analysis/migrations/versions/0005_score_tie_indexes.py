"""The score indexes carry the statement's key: ties of a score in the grid's order.

The statements grid sorted by escalation (or tone) orders ties by (doc_id, seq). A value
held by tens of thousands of statements (escalation 1.0, 0.0) was read by scanning the
scores for it; with the key in the index its ties come in order from the index, so a
block far down a score sort no longer scans the table (bench/callbacks.py, a jump to row
20,000 of 1M statements sorted by escalation: ~590 ms -> see the commit).

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for col in ("escalation", "tone"):
        op.drop_index(f"ix_scores_{col}", table_name="scores")
        op.create_index(f"ix_scores_{col}", "scores", [col, "doc_id", "seq"])


def downgrade() -> None:
    for col in ("escalation", "tone"):
        op.drop_index(f"ix_scores_{col}", table_name="scores")
        op.create_index(f"ix_scores_{col}", "scores", [col])
