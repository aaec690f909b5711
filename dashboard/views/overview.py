"""Overview (/): counts, the last rescoring run, every actor's tone x escalation, and the
most escalatory and most conciliatory recent statements."""
from __future__ import annotations

from functools import partial

import plotly.graph_objects as go
from dash import Input, Output, dcc, html

from .. import components as ui
from .. import data as Q

PATH = "/"
TITLE = "Overview"
WHAT = ("How much is stored, when it was last rescored, where every actor sits on tone and escalation "
        "(bubble size = statements), and the most escalatory and most conciliatory recent statements.")


def layout() -> html.Div:
    return html.Div([
        ui.view_header(TITLE, WHAT),
        html.Div(id="ov-counts", className="cards"),
        html.Div(id="ov-run"),
        dcc.Graph(id="ov-bubble", config={"displaylogo": False}),
        html.Div(id="ov-bubble-dl"),
        html.Div(id="ov-drill"),
        html.Div([html.Div([html.H3("Most escalatory recent statements"), html.Div(id="ov-high")], className="half"),
                  html.Div([html.H3("Most conciliatory recent statements"), html.Div(id="ov-low")], className="half")],
                 className="row"),
    ])


def bubble_figure(df) -> go.Figure:
    fig = go.Figure()
    if not df.empty:
        size = df["statements"].astype(float)
        fig.add_trace(go.Scatter(
            x=df["tone"], y=df["escalation"], mode="markers", text=df["actor"], customdata=df[["actor"]].values,
            marker=dict(size=size, sizemode="area", sizeref=2.0 * size.max() / 50 ** 2, sizemin=4, opacity=0.6),
            hovertemplate="%{text}<br>tone %{x:.3f}<br>escalation %{y:.3f}<extra></extra>"))
    fig.update_layout(xaxis_title="mean tone (VADER compound)", yaxis_title="mean escalation",
                      margin=dict(l=40, r=10, t=30, b=40), height=420, title="Actors: tone × escalation")
    return fig


def update(engine, search):
    """Everything of the overview for the filters in `search`."""
    f = Q.Filters.from_search(search)
    c = Q.counts(engine, f)
    cards = [html.Div([html.Div(f"{c[k]:,}", className="num"), html.Div(label)], className="card", id=f"ov-n-{k}")
             for k, label in (("documents", "documents"), ("statements", "statements"), ("scored", "scored"),
                              ("actors", "actors"))]
    run = Q.last_run(engine)
    run_line = html.P(
        f"Last rescoring run: #{run['run_id']} {run['status']} at {run['finished_at'] or run['started_at']} "
        f"(scorer {run['scorer_version'][:12]})" if run else
        "No rescoring run recorded yet (the nightly job `stancewatch rescore` records them).", id="ov-last-run")
    df = Q.actor_table(engine, f)
    hi, lo = Q.extreme_statements(engine, f)
    note = html.P(f"The {len(df)} actors with the most statements." if len(df) >= Q.TOP_ACTORS else "")
    dl = html.Div([note, ui.download_link("actors", search, "Download the actors of this chart (CSV)")])
    return (cards, run_line, bubble_figure(df), dl,
            html.Div([ui.statement_list(hi), ui.download_link("escalatory", search, "CSV")]),
            html.Div([ui.statement_list(lo), ui.download_link("conciliatory", search, "CSV")]))


def drill(engine, click, search):
    """The statements behind a clicked bubble."""
    if not click or not click.get("points"):
        return ""
    actor = click["points"][0]["customdata"][0]
    f = Q.Filters.from_search(search).with_(actors=(actor,))
    rows = Q.statement_rows(engine, f, 0, 20)
    return html.Div([html.H3(f"Statements of {actor}"),
                     dcc.Link(f"All statements of {actor} →", href="/statements" + f.to_search(), id="ov-drill-link"),
                     ui.statement_list(rows)], className="drill")


def register_callbacks(app, engine) -> None:
    app.callback(Output("ov-counts", "children"), Output("ov-run", "children"), Output("ov-bubble", "figure"),
                 Output("ov-bubble-dl", "children"), Output("ov-high", "children"), Output("ov-low", "children"),
                 Input("url", "search"))(partial(update, engine))
    app.callback(Output("ov-drill", "children"), Input("ov-bubble", "clickData"), Input("url", "search"))(
        partial(drill, engine))
