"""The page's author (byline) kept with its document.

Ingest reads a byline for each document (Document.author: a saved page's metadata, a PDF's
own metadata, the "By ..." line of a plain-text page, or a manifest's ``author``), but
the documents table had no column for it, so it was lost on the way into the store, the
documents export and the dashboard (issue 12: "metadata for the document: title,
publication date, site name as outlet, author and canonical URL"). This revision adds a
nullable `author` to documents; documents stored before it have none (NULL), until they
are ingested again into a new store.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, no batch (table copy) on SQLite: the store's connections enforce foreign
# keys, so dropping the old documents table in a copy-and-rename would cascade to every
# statement and score. SQLite adds a column in place, and drops one in place since 3.35.
def upgrade() -> None:
    op.add_column("documents", sa.Column("author", sa.Text, nullable=True))


def downgrade() -> None:
    op.drop_column("documents", "author")
