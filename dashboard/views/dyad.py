"""A dyad (/dyad?actor=A&target=B): A toward B and B toward A over time, with the
statements behind each point beside the chart."""
from __future__ import annotations

from functools import partial

from dash import Input, Output, State, dcc, html

from .. import components as ui
from .. import data as Q
from . import drill as D
from .charts import series_figure

PATH = "/dyad"
TITLE = "Dyad"
WHAT = ("Two actors toward each other: the mean escalation, tone and number of statements of A about B and of B "
        "about A, month by month. Click a point for the statements behind it.")


def layout() -> html.Div:
    return html.Div([ui.view_header(TITLE, WHAT), html.Div(id="dyad-body"),
                     ui.with_drill(dcc.Graph(id="dyad-series", config={"displaylogo": False},
                                             style={"display": "none"}), "dyad-drill")])


def update(engine, search):
    f = Q.Filters.from_search(search)
    a, b = (f.actors[0] if f.actors else None), f.target
    if not (a and b):
        pairs = Q.top_dyads(engine, f.with_(actors=(a,) if a else ()))
        if pairs.empty:
            return ui.no_match("No actor speaks about another under these filters."), {}, {"display": "none"}
        items = [html.Li([dcc.Link(f"{p['a']} ↔ {p['b']}", href="/dyad" + f.with_(actors=(p["a"],), target=p["b"])
                                   .to_search()), f" · {p['statements']} statements"]) for p in pairs.to_dict("records")]
        return (html.Div([html.P("Choose a pair: those with the most statements about each other under these "
                                 "filters" + (f" involving {a}" if a else "") + "."), html.Ul(items, id="dyad-choose")]),
                {}, {"display": "none"})
    df = Q.dyad_series(engine, f, a, b)
    n = df.groupby("direction")["statements"].sum().to_dict() if not df.empty else {}
    head = html.Div([
        html.H3(f"{a} ↔ {b}", id="dyad-title"),
        html.P(" · ".join(f"{d}: {n.get(d, 0)} statements" for d in (f"{a} → {b}", f"{b} → {a}")), id="dyad-counts"),
        html.P([dcc.Link(f"swap: {b} → {a} first", href="/dyad" + f.with_(actors=(b,), target=a).to_search()), " · ",
                dcc.Link(f"{a}'s page", href="/actor" + f.with_(actors=(a,), target=None).to_search()), " · ",
                dcc.Link(f"{b}'s page", href="/actor" + f.with_(actors=(b,), target=None).to_search())]),
        ui.explain("Each line is one direction (speaker → actor spoken about). Points resting on fewer than "
                   f"{f.min_n} scored statements are hollow grey; lines break where a month has none; a document "
                   "dated only to a year is a dotted bar across it.", ui.ESCALATION_SCALE, ui.TONE_SCALE)])
    fig = series_figure(df, "direction", "month", f.min_n, f"{a} ↔ {b} by month")
    return head, fig, {}


def drill(engine, click, search):
    if not click or not click.get("points"):
        return html.P("Click a point to list the statements behind it here.", className="hint")
    cd = click["points"][0]["customdata"]
    direction, period = cd[:2]
    sp, tg = direction.split(" → ", 1)
    if len(cd) > 3 and cd[3]:  # a bar across a year: the documents dated only to that year
        f = Q.Filters.from_search(search).with_(actors=(sp,), target=tg, since=period[:4], until=period[:4])
        return D.panel(engine, f, f"{direction}, dated only to {period[:4]}", "dyad-drill")
    import pandas as pd
    p = pd.Period(period, freq="M")
    f = Q.Filters.from_search(search).with_(actors=(sp,), target=tg, since=p.start_time.strftime("%Y-%m-%d"),
                                             until=p.end_time.strftime("%Y-%m-%d"))
    return D.panel(engine, f, f"{direction}, {p.strftime('%B %Y')}", "dyad-drill")


def register_callbacks(app, engine) -> None:
    app.callback(Output("dyad-body", "children"), Output("dyad-series", "figure"), Output("dyad-series", "style"),
                 Input("url", "search"))(partial(update, engine))
    app.callback(Output("dyad-drill", "children"), Input("dyad-series", "clickData"), State("url", "search"),
                 prevent_initial_call=True)(
        partial(drill, engine))
