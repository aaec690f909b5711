"""Runs (/runs): the rescoring history and what each run moved per actor (drift)."""
from __future__ import annotations

from functools import partial

from dash import Input, Output, html

from .. import components as ui
from .. import data as Q

PATH = "/runs"
TITLE = "Runs"
WHAT = ("Every rescoring run of the nightly job (what it added and rescored, how it ended) and, for the newest "
        "run, how much each actor's mean tone and escalation moved.")


def layout() -> html.Div:
    return html.Div([ui.view_header(TITLE, WHAT), html.Div(id="runs-body")])


def update(engine, search):
    f = Q.Filters.from_search(search)
    runs = Q.run_table(engine)
    if runs.empty:
        return html.Div([html.P("No rescoring run has been recorded yet: runs and drift appear here once the "
                                "nightly job (`stancewatch rescore`) has run.", id="runs-empty")])
    drift = Q.drift_table(engine, None, f)
    return html.Div([
        html.H3("Rescoring runs"), ui.download_link("runs", search), ui.table(runs, id="runs-table"),
        html.H3(f"Drift per actor, run #{int(runs['run_id'].iloc[0])}"),
        (html.Div([ui.download_link("drift", search), ui.table(drift, id="drift-table", max_rows=100)])
         if not drift.empty else html.P("This run moved no actor's scores.", id="drift-empty")),
    ])


def register_callbacks(app, engine) -> None:
    app.callback(Output("runs-body", "children"), Input("url", "search"))(partial(update, engine))
