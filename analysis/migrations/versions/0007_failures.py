"""What failed, so that the next run retries it (issue 14).

* ``failures``: each file (by path) or stored document (by doc_id) that failed in a run,
  with the reason and the run; the nightly job reads it again next time, until it succeeds
  (its row goes) or changes. A failed file is never recorded as read in ``source_files``.
* ``runs.retried`` / ``runs.retry_log``: how many of a run's inputs were retries of an
  earlier failure, one path (or ``doc_id source``) per line.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "failures",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("run_id", sa.Integer),
        sa.Column("failed_at", sa.String(32), nullable=False),
    )
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("retried", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("retry_log", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("retry_log")
        batch.drop_column("retried")
    op.drop_table("failures")
