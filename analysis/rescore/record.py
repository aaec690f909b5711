"""The run's record in the store: its row in ``runs`` (started, saved as it goes, finished),
who holds the lock when a run cannot start, and the drift a run writes beside it."""
from __future__ import annotations

import math
import os
import socket

from sqlalchemy import insert, select, update

from .. import store
from ..model import Statement
from ..runs import Run


def _holder(engine) -> str:
    with engine.connect() as c:
        r = c.execute(select(store.runs).where(store.runs.c.status == "running")
                      .order_by(store.runs.c.run_id.desc())).first()
    if r is None:
        return "another rescore holds the store's lock"
    return f"another rescore is running on this store (run {r.run_id}, host {r.host}, pid {r.pid}, since {r.started_at})"


def _start(engine, version: str) -> Run:
    with engine.begin() as c:
        c.execute(update(store.runs).where(store.runs.c.status == "running")
                  .values(status="interrupted", finished_at=store._now()))
        run_id = c.execute(insert(store.runs).values(
            started_at=store._now(), status="running", scorer_version=version, documents_added=0, statements_added=0,
            documents_rescored=0, statements_rescored=0, errors=0, host=socket.gethostname(), pid=os.getpid())
        ).inserted_primary_key[0]
    return Run(run_id=run_id, scorer_version=version)


def _save(engine, run: Run, finished: bool = False, drift: dict | None = None) -> None:
    values = dict(documents_added=run.documents_added, statements_added=run.statements_added,
                  documents_rescored=run.documents_rescored, statements_rescored=run.statements_rescored,
                  errors=len(run.errors), error_log="\n".join(run.errors) or None, status=run.status,
                  retried=len(run.retried), retry_log="\n".join(run.retried) or None)
    if finished:
        values["finished_at"] = store._now()
    with engine.begin() as c:
        c.execute(update(store.runs).where(store.runs.c.run_id == run.run_id).values(**values))
        if drift:
            c.execute(insert(store.drift), [dict(run_id=run.run_id, actor=actor, **d) for actor, d in sorted(drift.items())])


class _Drift:
    """Per speaker: the rescored statements' mean tone and escalation before (the scores
    replaced) and after. ``statements`` counts the speaker's statements after the run; a
    speaker the new analysis no longer finds keeps a row with 0 and no "after" means."""

    def __init__(self):
        # speaker -> [after n, before n, before scored, tone, esc, after scored, tone, esc]
        self.acc: dict[str, list[float]] = {}

    def _add(self, speaker, tone, esc, side: int) -> None:
        a = self.acc.setdefault(speaker, [0, 0, 0, 0.0, 0.0, 0, 0.0, 0.0])
        a[1 - side] += 1
        if tone is not None and esc is not None:
            a[2 + 3 * side] += 1
            a[3 + 3 * side] += tone
            a[4 + 3 * side] += esc

    def add(self, before: list[dict], after: list[Statement]) -> None:
        for r in before:
            self._add(r["speaker"], r["tone"], r["escalation"], 0)
        for s in after:
            self._add(s.speaker, s.tone, s.escalation, 1)

    def rows(self) -> dict[str, dict]:
        """One row per speaker the run moved. A speaker with as many statements, as many
        scored and the same sums after as before has none: the run changed nothing of
        theirs, so `rescore --all` of an unchanged store with an unchanged scorer writes
        no drift (issue 11). Sums are compared to a relative 1e-9: the same scores read
        back from the store may be summed in another order."""
        out = {}
        for sp, (n, n_before, nb, tb, eb, na, ta, ea) in self.acc.items():
            if n == n_before and nb == na and math.isclose(tb, ta, rel_tol=1e-9, abs_tol=1e-12) \
                    and math.isclose(eb, ea, rel_tol=1e-9, abs_tol=1e-12):
                continue
            out[sp] = dict(statements=n, tone_before=tb / nb if nb else None, tone_after=ta / na if na else None,
                           escalation_before=eb / nb if nb else None, escalation_after=ea / na if na else None)
        return out
