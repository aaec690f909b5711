"""Sums of squares for the stance tables, so a stance mean carries its interval.

Every speaker mean on the dashboard has its 95 % interval from the speaker tables' sums of
squares; the stance tables (who talks about whom: the dyad view, the actor page's stance
in both directions) kept sums only, so their means had no interval (issue 13: "every mean
carries its N and an interval"). This revision adds `tone_sq` and `escalation_sq` to
stance_doc, stance_month and stance_all, fills stance_doc's from the statements and their
newest scores already stored (the sums its writes keep: analysis.store.rollups.aggregate_rows),
and rebuilds the two stance rollups from it (the store's own rebuild, as 0004 and 0006 do;
should a later revision change these tables, freeze a copy of both here first).

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("stance_doc", "stance_month", "stance_all")
BATCH = 5000


def upgrade() -> None:
    from analysis.model import stance_targets
    from analysis.store import rebuild_rollups
    from analysis.store.schema import newest_score, scores, stance_doc, statements

    for name in TABLES:
        with op.batch_alter_table(name) as b:
            b.add_column(sa.Column("tone_sq", sa.Float, nullable=False, server_default="0"))
            b.add_column(sa.Column("escalation_sq", sa.Float, nullable=False, server_default="0"))
    conn = op.get_bind()
    sc = scores.alias("sc")
    q = (sa.select(statements.c.doc_id, statements.c.speaker, statements.c.section, statements.c.targets,
                   sc.c.tone, sc.c.escalation)
         .select_from(statements.join(sc, sa.and_(sc.c.doc_id == statements.c.doc_id, sc.c.seq == statements.c.seq)))
         .where(newest_score(sc), sc.c.tone.is_not(None), sc.c.escalation.is_not(None)))
    squares: dict[tuple, list[float]] = {}
    for doc_id, speaker, section, targets, tone, esc in conn.execute(q):
        for t in stance_targets(speaker, section, (targets or "").split(";") if targets else ()):
            s = squares.setdefault((doc_id, speaker, t, section), [0.0, 0.0])
            s[0] += tone * tone
            s[1] += esc * esc
    upd = (stance_doc.update()
           .where(stance_doc.c.doc_id == sa.bindparam("k_doc"), stance_doc.c.speaker == sa.bindparam("k_speaker"),
                  stance_doc.c.target == sa.bindparam("k_target"), stance_doc.c.section == sa.bindparam("k_section"))
           .values(tone_sq=sa.bindparam("v_tone"), escalation_sq=sa.bindparam("v_esc")))
    rows = [dict(k_doc=d, k_speaker=sp, k_target=t, k_section=se, v_tone=v[0], v_esc=v[1])
            for (d, sp, t, se), v in squares.items()]
    for i in range(0, len(rows), BATCH):
        conn.execute(upd, rows[i:i + BATCH])
    rebuild_rollups(conn, ("stance_month", "stance_all"))


def downgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name) as b:
            b.drop_column("escalation_sq")
            b.drop_column("tone_sq")
