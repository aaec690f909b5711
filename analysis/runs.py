"""A rescoring run as plain data: its figures, its time stamps and the lines it logs.

Standard library only: the nightly job (:mod:`analysis.rescore`) and its no-op check
(:mod:`analysis.noop`, which runs before SQLAlchemy is imported) both record and report
runs with these, so a night with nothing to do says exactly what a full run would.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone


def now() -> str:
    """A row's time stamp: UTC, ISO 8601 to the microsecond."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


@dataclass
class Run:
    run_id: int
    scorer_version: str
    documents_added: int = 0
    statements_added: int = 0
    documents_rescored: int = 0
    statements_rescored: int = 0
    already: int = 0
    errors: list[str] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)  # inputs that failed before, read again
    status: str = "running"

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0

    def summary(self) -> dict:
        """What the run did, as plain data (the JSON log's end event)."""
        return dict(status=self.status, scorer_version=self.scorer_version, documents_added=self.documents_added,
                    statements_added=self.statements_added, documents_rescored=self.documents_rescored,
                    statements_rescored=self.statements_rescored, already_stored=self.already,
                    errors=list(self.errors), retried=list(self.retried))


def start_line(run: Run, sources: int, files: int, stale: int) -> str:
    """The log line a run starts with: what it found to do."""
    return (f"run {run.run_id}: scorer {run.scorer_version}; {sources} source(s), {files} new or changed file(s), "
            f"{stale} document(s) to rescore"
            + (f", {len(run.retried)} of them retried after failing" if run.retried else ""))


def end_line(run: Run) -> str:
    """The log line a run ends with: what it did."""
    return (f"run {run.run_id} {run.status}: {run.documents_added} documents added ({run.statements_added} "
            f"statements), {run.documents_rescored} rescored ({run.statements_rescored} statements), {run.already} "
            f"already stored, {len(run.errors)} failed" + (f", {len(run.retried)} retried" if run.retried else ""))


def event(run: Run, name: str, **fields) -> dict:
    """One event of the JSON log."""
    return dict(event=name, time=now(), run_id=run.run_id, **fields)
