"""One learned person under two spellings across documents: the actor_variants table.

Analysis is per document, so "Qasem Soleimani" in one document and "Qassem Suleimani" in
another (neither in the registry) were two actors in the dashboard and the exports
(issue 11). This revision adds the store's table of such spellings, each with the name its
group is shown under (analysis/store/variants.py), and fills it from the actors and the
all-time rollups already stored. The writing commands keep it from then on.

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("actor_variants",
                    sa.Column("name", sa.Text, primary_key=True),
                    sa.Column("display", sa.Text, nullable=False))
    op.create_index("ix_actor_variants_display", "actor_variants", ["display"])
    # the store's own rebuild; should a later revision change the tables it reads, freeze a
    # copy of it here first
    from analysis.store.variants import rebuild_variants
    rebuild_variants(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_actor_variants_display", "actor_variants")
    op.drop_table("actor_variants")
