"""Baseline: the store as it was before migrations (documents, statements, scores, actors,
runs, drift, speaker_doc, stance_doc), spelled out here so it never changes with store.py.

A store made by the old ``metadata.create_all`` has exactly these tables: it is stamped
with this revision, not re-created (see analysis.store.migrate).

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("doc_id", sa.String(64), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("kind", sa.String(32)),
        sa.Column("speaker", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_documents_published_source", "documents", ["published", "source"])
    op.create_table(
        "statements",
        sa.Column("doc_id", sa.String(64), sa.ForeignKey("documents.doc_id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        sa.Column("section", sa.String(16), nullable=False),
        sa.Column("speaker", sa.Text, nullable=False),
        sa.Column("speaker_kind", sa.String(32)),
        sa.Column("reported_by", sa.Text),
        sa.Column("cue", sa.String(64)),
        sa.Column("targets", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_statements_speaker", "statements", ["speaker"])
    op.create_index("ix_statements_section", "statements", ["section"])
    op.create_table(
        "scores",
        sa.Column("doc_id", sa.String(64), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("scorer_version", sa.String(64), primary_key=True),
        sa.Column("tone", sa.Float), sa.Column("tone_pos", sa.Float), sa.Column("tone_neu", sa.Float),
        sa.Column("tone_neg", sa.Float),
        sa.Column("escalation", sa.Float),
        sa.Column("escalation_cues", sa.Text),
        sa.Column("scored_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(["doc_id", "seq"], ["statements.doc_id", "statements.seq"], ondelete="CASCADE"),
    )
    op.create_table(
        "actors",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("kind", sa.String(32)),
        sa.Column("country", sa.Text),
        sa.Column("known", sa.Boolean, nullable=False),
    )
    op.create_table(
        "runs",
        sa.Column("run_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("scorer_version", sa.String(64), nullable=False),
        sa.Column("documents_added", sa.Integer, nullable=False),
        sa.Column("statements_added", sa.Integer, nullable=False),
        sa.Column("documents_rescored", sa.Integer, nullable=False),
        sa.Column("statements_rescored", sa.Integer, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.Column("error_log", sa.Text),
        sa.Column("host", sa.Text),
        sa.Column("pid", sa.Integer),
    )
    op.create_table(
        "drift",
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.run_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor", sa.Text, primary_key=True),
        sa.Column("statements", sa.Integer, nullable=False),
        sa.Column("tone_before", sa.Float), sa.Column("tone_after", sa.Float),
        sa.Column("escalation_before", sa.Float), sa.Column("escalation_after", sa.Float),
    )
    op.create_table(
        "speaker_doc",
        sa.Column("doc_id", sa.String(64), sa.ForeignKey("documents.doc_id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("speaker", sa.Text, primary_key=True),
        sa.Column("section", sa.String(16), primary_key=True),
        sa.Column("speaker_kind", sa.String(32)),
        sa.Column("statements", sa.Integer, nullable=False),
        sa.Column("scored", sa.Integer, nullable=False),
        sa.Column("tone_sum", sa.Float, nullable=False), sa.Column("tone_sq", sa.Float, nullable=False),
        sa.Column("escalation_sum", sa.Float, nullable=False), sa.Column("escalation_sq", sa.Float, nullable=False),
    )
    op.create_index("ix_speaker_doc_speaker", "speaker_doc", ["speaker"])
    op.create_table(
        "stance_doc",
        sa.Column("doc_id", sa.String(64), sa.ForeignKey("documents.doc_id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("speaker", sa.Text, primary_key=True),
        sa.Column("target", sa.Text, primary_key=True),
        sa.Column("section", sa.String(16), primary_key=True),
        sa.Column("statements", sa.Integer, nullable=False),
        sa.Column("scored", sa.Integer, nullable=False),
        sa.Column("tone_sum", sa.Float, nullable=False),
        sa.Column("escalation_sum", sa.Float, nullable=False),
    )
    op.create_index("ix_stance_doc_speaker", "stance_doc", ["speaker"])
    op.create_index("ix_stance_doc_target", "stance_doc", ["target"])


def downgrade() -> None:
    for name in ("stance_doc", "speaker_doc", "drift", "runs", "actors", "scores", "statements", "documents"):
        op.drop_table(name)
