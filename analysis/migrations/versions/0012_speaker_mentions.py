"""Where the document names each statement's source: statements.speaker_start/speaker_end.

The pipeline has always known the mention a speaker was read from ("he" -> Donald Trump, "the
senator" -> Claire McCaskill, a transcript label), but the store kept only the speaker, so an
analyst could not check an attribution against the words (issue 11). This revision adds the
two offsets (into the document's text, as char_start/char_end are). Statements stored
before it keep NULL there until their document is analysed again (`stancewatch rescore
--all`, or ingesting it anew); nothing else changes.

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, no batch (table copy) on SQLite, as revision 0010: SQLite adds a column in
# place, and a copy-and-rename of a table other tables point at is what the store must avoid.
def upgrade() -> None:
    op.add_column("statements", sa.Column("speaker_start", sa.Integer, nullable=True))
    op.add_column("statements", sa.Column("speaker_end", sa.Integer, nullable=True))


def downgrade() -> None:
    op.drop_column("statements", "speaker_end")
    op.drop_column("statements", "speaker_start")
