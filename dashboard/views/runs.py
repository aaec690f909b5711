"""Runs (/runs): the rescoring history with each run's errors, and what the newest run
moved per actor (drift)."""
from __future__ import annotations

from functools import partial

from dash import Input, Output, html

from .. import components as ui
from .. import data as Q

PATH = "/runs"
TITLE = "Runs"
WHAT = ("Every rescoring run of the nightly job (what it added and rescored, how it ended, and which files or "
        "documents failed and why) and, for the newest run, how much each actor's mean tone and escalation moved.")

HEADERS = {"run_id": "run", "started_at": "started", "finished_at": "finished", "status": "status",
           "scorer_version": "scorer version", "documents_added": "documents added",
           "statements_added": "statements added", "documents_rescored": "documents rescored",
           "statements_rescored": "statements rescored", "errors": "errors", "host": "host"}
DRIFT_HEADERS = {"actor": "actor", "statements": "statements", "tone_before": "tone before",
                 "tone_after": "tone after", "tone_change": "tone change", "escalation_before": "escalation before",
                 "escalation_after": "escalation after", "escalation_change": "escalation change"}


def layout() -> html.Div:
    return html.Div([ui.view_header(TITLE, WHAT), html.Div(id="runs-body")])


def _when(v) -> str:
    """A timestamp to the second: 2026-12-02 14:37:21."""
    return str(v)[:19].replace("T", " ") if v else "–"


def _errors(log: str | None, n, open_: bool = False) -> html.Td:
    lines = [x for x in (log or "").splitlines() if x.strip()]
    if not lines:
        return html.Td(str(int(n or 0)) if n else "none")
    summary = f"{len(lines)} error{'s' if len(lines) != 1 else ''}: which and why"
    return html.Td(html.Details(open=open_, children=[
        html.Summary(summary), html.Ul([html.Li(x) for x in lines[:200]], className="errors"),
        html.P(f"… {len(lines) - 200} more in runs.csv") if len(lines) > 200 else None]))


def run_rows(runs) -> html.Table:
    cols = [c for c in HEADERS if c in runs.columns]
    body = []
    for i, r in enumerate(runs.to_dict("records")):
        cells = []
        for c in cols:
            v = r[c]
            if c in ("started_at", "finished_at"):
                cells.append(html.Td(_when(v)))
            elif c == "errors":
                cells.append(_errors(r.get("error_log"), v, open_=i == 0))  # the newest run's: open
            elif c == "scorer_version":
                cells.append(html.Td(str(v or "")[:12], title=str(v or "")))
            else:
                cells.append(html.Td(ui.fmt(v)))
        body.append(html.Tr(cells, className=f"run-{r['status']}"))
    return html.Table([html.Thead(html.Tr([html.Th(HEADERS[c]) for c in cols])), html.Tbody(body)],
                      className=ui.TABLE, id="runs-table")


def update(engine, search):
    """Cached per store and URL until the store changes (the page is rebuilt from cached queries otherwise)."""
    return runs_outputs(engine, search)


@Q.cached
def runs_outputs(engine, search):
    f = Q.Filters.from_search(search)
    runs = Q.run_table(engine)
    if runs.empty:
        return html.Div([html.P(["No rescoring run has been recorded yet: runs and drift appear here once the "
                                 "nightly job (", html.Code("stancewatch rescore"), ") has run."], id="runs-empty")])
    drift = Q.drift_table(engine, None, f)
    drift_view = drift.drop(columns=["run_id"]).rename(columns=DRIFT_HEADERS)
    return html.Div([
        html.H3("Rescoring runs"),
        ui.explain("Newest first. Errors: one line per file or document that failed (path: reason); a failed "
                   "file is read again by the next run. The CSV has every run with its full error log."),
        ui.download_link("runs", search), run_rows(runs),
        html.H3(f"Drift per actor, run #{int(runs['run_id'].iloc[0])}"),
        ui.explain("For the statements the run rescored: each actor's mean tone and escalation before and after, "
                   "largest change in escalation first."),
        (html.Div([ui.download_link("drift", search), ui.table(drift_view, id="drift-table", max_rows=100)])
         if not drift.empty else html.P("This run moved no actor's scores.", id="drift-empty")),
    ])


def register_callbacks(app, engine) -> None:
    app.callback(Output("runs-body", "children"), Input("url", "search"))(partial(update, engine))
