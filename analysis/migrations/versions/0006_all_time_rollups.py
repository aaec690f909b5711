"""All-time rollups: speaker_all and stance_all, the monthly sums without the month.

The dashboard's default view has no date filter; it adds up these (a tenth of the monthly
rows at 1M statements) instead of every month's. Kept by every write like the monthly
ones (analysis/store.py: write_aggregates) and filled here from the rows already stored.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _table(name, key, sums):
    op.create_table(name, *(sa.Column(k, sa.Text, primary_key=True) for k in key),
                    *(sa.Column(s, sa.Integer if s in ("statements", "scored") else sa.Float, nullable=False)
                      for s in sums))


def upgrade() -> None:
    _table("speaker_all", ("speaker", "outlet", "section", "speaker_kind"),
           ("statements", "scored", "tone_sum", "tone_sq", "escalation_sum", "escalation_sq"))
    _table("stance_all", ("speaker", "target", "outlet", "section"),
           ("statements", "scored", "tone_sum", "escalation_sum"))
    # the store's own rebuild, of this revision's tables; should a later revision change
    # them, freeze a copy of it here first
    from analysis.store import rebuild_rollups
    rebuild_rollups(op.get_bind(), ("speaker_all", "stance_all"), stance_squares=False)


def downgrade() -> None:
    op.drop_table("stance_all")
    op.drop_table("speaker_all")
