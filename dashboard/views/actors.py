"""Actors (/actors): each actor's tone and escalation with their spread and count, over
time, and the actor x target stance heatmap; clicking a mark lists the statements behind it."""
from __future__ import annotations

from functools import partial

import plotly.graph_objects as go
from dash import Input, Output, State, ctx, dcc, html

from .. import components as ui
from .. import data as Q

PATH = "/actors"
TITLE = "Actors"
WHAT = ("Each actor's mean tone and escalation with their spread (one standard deviation) and number of "
        "statements, the same over time, and each speaker's stance toward the actors it talks about; "
        "click any mark for the statements behind it.")


def layout() -> html.Div:
    return html.Div([
        ui.view_header(TITLE, WHAT),
        html.Div(id="act-table"),
        dcc.Graph(id="act-bars", config={"displaylogo": False}),
        html.Div([html.Label("Period"), dcc.RadioItems(id="act-freq", options=list(Q.FREQS), value="month",
                                                       inline=True),
                  html.Label("Smoothing (periods)"), dcc.Slider(id="act-smooth", min=1, max=12, step=1, value=1,
                                                                 marks={1: "1", 3: "3", 6: "6", 12: "12"})],
                 className="controls"),
        dcc.Graph(id="act-series", config={"displaylogo": False}),
        html.Div(id="act-series-dl"),
        dcc.Graph(id="act-heatmap", config={"displaylogo": False}),
        html.Div(id="act-heatmap-dl"),
        html.Div(id="act-drill"),
    ])


def bars_figure(df) -> go.Figure:
    fig = go.Figure()
    if not df.empty:
        top = df.head(30)
        cd = top[["actor"]].values
        fig.add_trace(go.Bar(name="tone", x=top["actor"], y=top["tone"], customdata=cd,
                             error_y=dict(type="data", array=top["tone_sd"])))
        fig.add_trace(go.Bar(name="escalation", x=top["actor"], y=top["escalation"], customdata=cd,
                             error_y=dict(type="data", array=top["escalation_sd"])))
    fig.update_layout(barmode="group", height=380, margin=dict(l=40, r=10, t=30, b=120),
                      title="Mean tone and escalation ± 1 sd (30 actors with most statements)")
    return fig


def series_figure(df) -> dict:
    """A plain figure dict: one trace per actor (cheaper to build than go.Figure at weekly or
    daily resolution)."""
    data = []
    for actor, part in (df.groupby("actor", sort=False) if not df.empty else ()):
        periods = part["period"].tolist()
        data.append({"type": "scatter", "mode": "lines+markers", "name": actor, "x": periods,
                     "y": [None if v != v else v for v in part["escalation"].tolist()],
                     "customdata": [[actor, p] for p in periods],
                     "hovertemplate": f"{actor}<br>%{{x}}<br>escalation %{{y:.3f}}<extra></extra>"})
    return {"data": data, "layout": {"height": 360, "margin": {"l": 40, "r": 10, "t": 30, "b": 40},
                                     "title": {"text": "Mean escalation over time"},
                                     "yaxis": {"title": {"text": "escalation"}}}}


def heatmap_figure(df) -> go.Figure:
    fig = go.Figure()
    if not df.empty:
        pv = df.pivot(index="speaker", columns="target", values="escalation")
        n = df.pivot(index="speaker", columns="target", values="statements")
        fig.add_trace(go.Heatmap(z=pv.values, x=list(pv.columns), y=list(pv.index), colorscale="RdBu_r", zmid=0,
                                 customdata=n.values,
                                 hovertemplate="%{y} → %{x}<br>escalation %{z:.3f}<br>%{customdata} statements"
                                               "<extra></extra>"))
    fig.update_layout(height=520, margin=dict(l=160, r=10, t=30, b=140),
                      title="Stance: mean escalation of each speaker (rows) toward each target (columns)")
    return fig


def _actor_link(search):
    f = Q.Filters.from_search(search)
    return lambda actor, _row: "/statements" + f.with_(actors=(actor,)).to_search()


def update(engine, search):
    f = Q.Filters.from_search(search)
    df = Q.actor_table(engine, f)
    tbl = html.Div([
        ui.table(df, ["actor", "kind", "statements", "scored", "tone", "tone_sd", "escalation", "escalation_sd"],
                 id="act-actor-table", links={"actor": _actor_link(search)}, max_rows=50),
        html.P(f"{min(len(df), 50)} of {len(df)} actors shown; the CSV has all {len(df)}."),
        ui.download_link("actors", search)]) if not df.empty else ui.no_match()
    st = Q.stance_matrix(engine, f)
    return tbl, bars_figure(df), heatmap_figure(st), ui.download_link("stance", search)


def update_series(engine, search, freq, smooth):
    f = Q.Filters.from_search(search)
    df = Q.actor_series(engine, f, freq or "month", smooth or 1)
    return series_figure(df), ui.download_link("series", search, freq=freq, smooth=smooth)


def _period_range(start: str, freq: str) -> tuple[str, str]:
    import pandas as pd
    p = pd.Period(start, freq=Q.FREQS.get(freq, "M"))
    return p.start_time.strftime("%Y-%m-%d"), p.end_time.strftime("%Y-%m-%d")


def drill(engine, trig, click, search, freq):
    """The statements behind the clicked mark of graph `trig` (bar: actor; line point:
    actor and period; heatmap cell: speaker and target)."""
    f = Q.Filters.from_search(search)
    if not click or not click.get("points"):
        return ""
    pt = click["points"][0]
    if trig == "act-heatmap":
        f = f.with_(actors=(pt["y"],), target=pt["x"])
        title = f"{pt['y']} about {pt['x']}"
    elif trig == "act-series":
        actor, period = pt["customdata"]
        since, until = _period_range(period, freq)
        f = f.with_(actors=(actor,), since=since, until=until)
        title = f"{actor}, {since} – {until}"
    else:
        f = f.with_(actors=(pt["customdata"][0] if pt.get("customdata") else pt["x"],))
        title = f.actors[0]
    rows = Q.statement_rows(engine, f, 0, 20)
    return html.Div([html.H3(f"Statements behind: {title}"),
                     dcc.Link("All of them in Statements →", href="/statements" + f.to_search(), id="act-drill-link"),
                     ui.statement_list(rows)], className="drill")


def register_callbacks(app, engine) -> None:
    app.callback(Output("act-table", "children"), Output("act-bars", "figure"), Output("act-heatmap", "figure"),
                 Output("act-heatmap-dl", "children"), Input("url", "search"))(partial(update, engine))
    app.callback(Output("act-series", "figure"), Output("act-series-dl", "children"), Input("url", "search"),
                 Input("act-freq", "value"), Input("act-smooth", "value"))(partial(update_series, engine))
    app.callback(Output("act-drill", "children"), Input("act-bars", "clickData"), Input("act-series", "clickData"),
                 Input("act-heatmap", "clickData"), State("url", "search"), State("act-freq", "value"))(
        lambda bars, series, heat, search, freq: drill(
            engine, ctx.triggered_id, {"act-bars": bars, "act-series": series, "act-heatmap": heat}.get(
                ctx.triggered_id), search, freq))
