"""Sources of the nightly job and the files already read from them.

* ``sources``: the paths (files or folders) that ``ingest`` or ``rescore --source`` was
  given, so the cron line is just ``stancewatch rescore``.
* ``source_files``: each file read from a source with its size and mtime when it was read,
  so an unchanged source is recognised by listing it, without reading a file.
* an index on ``scores.scorer_version``: finding the stale scores is one indexed query.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("added_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "source_files",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("read_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_scores_scorer_version", "scores", ["scorer_version"])


def downgrade() -> None:
    op.drop_index("ix_scores_scorer_version", table_name="scores")
    op.drop_table("source_files")
    op.drop_table("sources")
