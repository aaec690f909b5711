"""Publication dates as ISO 8601 at the source's precision (YYYY, YYYY-MM, YYYY-MM-DD).

Stores written before analysis.dates kept manifest and JSON dates as free text
("03/02/2022", "March 1, 2022"), so the rollups' month and day keys were cut from free text
("03/02/2", "March 1") and --since/--until compared strings that were not dates. Every
`published` that is not ISO already is read with analysis.dates.parse: a date it can read for
sure becomes ISO, any other becomes NULL (undated, as ingest now stores it; the value is
named in the migration's log). When any date changed, the rollups keyed by month or day are
rebuilt from the per-document sums (the store's own rebuild, as 0004 and 0006 do).

Revision ID: 0008
Revises: 0006
"""
import logging

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    from analysis.dates import DateError, is_iso, parse
    from analysis.store import rebuild_rollups

    conn = op.get_bind()
    documents = sa.table("documents", sa.column("published", sa.Text))
    values = [v for (v,) in conn.execute(sa.select(documents.c.published).distinct()
                                         .where(documents.c.published.is_not(None)))]
    changed = 0
    for value in values:
        if is_iso(value):
            continue
        try:
            new = parse(value)
        except DateError as e:
            new = None
            log.warning("published %r not understood (%s): those documents are now undated", value, e)
        conn.execute(documents.update().where(documents.c.published == value).values(published=new))
        changed += 1
    if changed:
        rebuild_rollups(conn, stance_squares=False)  # the stance tables before 0009


def downgrade() -> None:
    pass  # the free text is not kept: an ISO date is as valid at the older revisions
