"""The nightly job's runs and what each moved per actor (drift)."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from analysis.store import drift, runs

from .cache import cached
from .filters import Filters
from .rollups import _frame

RUN_COLUMNS = ("run_id", "started_at", "finished_at", "status", "scorer_version", "documents_added",
               "statements_added", "documents_rescored", "statements_rescored", "errors", "host", "error_log")
DRIFT_COLUMNS = ("run_id", "actor", "statements", "tone_before", "tone_after", "tone_change", "escalation_before",
                 "escalation_after", "escalation_change")


@cached
def run_table(engine: Engine, limit: int = 200) -> pd.DataFrame:
    with engine.connect() as c:
        rows = c.execute(select(*[runs.c[k] for k in RUN_COLUMNS]).order_by(runs.c.run_id.desc()).limit(limit)).all()
    return _frame(rows, list(RUN_COLUMNS))


@cached
def drift_table(engine: Engine, run_id: int | None = None, f: Filters | None = None) -> pd.DataFrame:
    """What one run (the newest by default) moved per actor, largest escalation change first."""
    with engine.connect() as c:
        if run_id is None:
            run_id = c.execute(select(func.max(drift.c.run_id))).scalar()
        if run_id is None:
            return pd.DataFrame(columns=list(DRIFT_COLUMNS))
        q = select(drift).where(drift.c.run_id == run_id)
        if f is not None and f.actors:
            q = q.where(drift.c.actor.in_(f.actors))
        df = _frame(c.execute(q).all(), [c_.name for c_ in drift.c])
    df["tone_change"] = (df["tone_after"] - df["tone_before"]).round(4)
    df["escalation_change"] = (df["escalation_after"] - df["escalation_before"]).round(4)
    df = df.reindex(columns=list(DRIFT_COLUMNS))
    return df.sort_values("escalation_change", key=lambda s: s.abs(), ascending=False).reset_index(drop=True)




@cached
def last_run(engine: Engine) -> dict | None:
    with engine.connect() as c:
        r = c.execute(select(runs).order_by(runs.c.started_at.desc(), runs.c.run_id.desc()).limit(1)).first()
    return dict(r._mapping) if r else None
