"""Actors (/actors): each actor's tone and escalation with their intervals and counts (a
sortable table and a chart), the same over time, and the speaker x target stance heatmap;
clicking a mark lists the statements behind it beside the charts."""
from __future__ import annotations

from functools import partial

import dash_ag_grid as dag
from dash import Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from .. import components as ui
from .. import data as Q
from . import drill as D
from .charts import SERIES_EXPLAIN, series_figure

PATH = "/actors"
TITLE = "Actors"
WHAT = ("Each actor's mean tone and escalation with their 95 % intervals and number of statements, the same "
        "over time, and each speaker's stance toward the actors it talks about; click any mark for the "
        "statements behind it (they appear beside the charts).")
# escalation's colours: blue conciliatory, near-white 0, red escalatory (ColorBrewer RdBu ends);
# a cell resting on fewer than min N statements is a flat grey, an empty cell the white ground
DIVERGING = [[0, "#2166ac"], [0.25, "#92c5de"], [0.5, "#f7f7f7"], [0.75, "#f4a582"], [1, "#b2182b"]]
THIN = ui.GREY
TABLE_ROWS = 1000  # actors in the (virtualised, sortable) table; the CSV has all
BARS = 30


def layout() -> html.Div:
    # the table and the bars are the first screen; the series and the heatmap below it are drawn
    # when scrolled near (ui.lazy): three plotly charts and a grid at once cost the browser ~2 s
    return html.Div([
        ui.view_header(TITLE, WHAT),
        html.Div(id="act-table"),
        ui.with_drill(html.Div([
            html.Div(id="act-bars-explain"),
            ui.graph("act-bars", 400),
            html.Div([html.Label("Period"), dcc.RadioItems(id="act-freq", options=list(Q.FREQS), value="month",
                                                           inline=True),
                      html.Label("Smoothing (periods)"),
                      dcc.Slider(id="act-smooth", min=1, max=12, step=1, value=1,
                                 marks={1: "1", 3: "3", 6: "6", 12: "12"})], className="controls"),
            ui.explain(SERIES_EXPLAIN),
            ui.lazy("act-series-seen", ui.graph("act-series", 560), html.Div(id="act-series-dl")),
            ui.lazy("act-heatmap-seen", html.Div(id="act-heatmap-explain"), ui.graph("act-heatmap", 750),
                    html.Div(id="act-heatmap-dl"))]), "act-drill"),
    ])


COLUMNS = [
    {"field": "actor", "pinned": "left", "width": 220, "cellRenderer": "StancewatchLink",
     "cellRendererParams": {"href": "href"}, "filter": "agTextColumnFilter"},
    {"field": "kind", "width": 115}, {"field": "statements", "width": 140, "sort": "desc", "type": "numericColumn"},
    {"field": "scored", "width": 105, "type": "numericColumn"},
    {"field": "escalation", "headerName": "mean escalation", "width": 165, "type": "numericColumn"},
    {"field": "escalation_ci95", "headerName": "escalation ±", "width": 130, "type": "numericColumn"},
    {"field": "tone", "headerName": "mean tone", "width": 120, "type": "numericColumn"},
    {"field": "tone_ci95", "headerName": "tone ±", "width": 95, "type": "numericColumn"},
    {"field": "escalation_sd", "headerName": "escalation SD", "width": 130, "type": "numericColumn"},
    {"field": "tone_sd", "headerName": "tone SD", "width": 100, "type": "numericColumn"},
]  # numbers right-aligned, so their places line up down a column (seen in the screenshots)


def actor_grid(df, f: Q.Filters) -> dag.AgGrid:
    top = df.head(TABLE_ROWS).round(3)  # means, intervals and SDs to three places, as on every other panel
    rows = top.astype(object).where(top.notna(), None).to_dict("records")
    for r in rows:
        r["href"] = "/actor" + f.with_(actors=(r["actor"],), target=None).to_search()
    return dag.AgGrid(id="act-actor-table", columnDefs=COLUMNS, rowData=rows,
                      defaultColDef={"sortable": True, "resizable": True},
                      dashGridOptions={"animateRows": False, "suppressCellFocus": True},
                      style={"height": "360px"}, className="ag-theme-alpine")


def bars_figure(df, min_n: int = Q.MIN_N):
    if df.empty:
        return ui.no_data_figure("Mean tone and escalation")
    top = df.head(BARS)
    cd = ui.values(top[["actor", "statements", "scored"]].astype(object).values)
    thin = top["scored"] < min_n
    fig = {"data": []}
    for m, colour in (("tone", ui.TONE_COLOUR), ("escalation", ui.ESCALATION_COLOUR)):
        fig["data"].append(dict(type="bar", name=f"mean {m}", x=ui.values(top["actor"]), y=ui.values(top[m]),
                                customdata=cd, marker={"color": [ui.GREY if t else colour for t in thin]},
                                error_y=dict(type="data", array=ui.values(top[f"{m}_ci95"]), thickness=1),
                                hovertemplate=f"%{{x}}<br>mean {m} %{{y:.3f}} ± %{{error_y.array:.3f}}"
                                              "<br>%{customdata[1]} statements (%{customdata[2]} scored)"
                                              "<extra></extra>"))
    n = len(top)
    title = (f"Mean tone and escalation ± 95 %: top {n} actors" if n > 1
             else f"Mean tone and escalation ± 95 %: {top['actor'].iloc[0]}")
    names = ui.values(top["actor"])
    return ui.styled(fig, barmode="group", height=300 + ui.label_px(names, True), title=title,
                     yaxis={"range": [-1.05, 1.05]},
                     xaxis={"tickangle": -45, "tickvals": names, "ticktext": [ui.short(a) for a in names]},
                     margin={"l": 60, "r": 20, "t": 60, "b": ui.label_px(names, True)},
                     legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0})


def heatmap_figure(df, min_n: int = Q.MIN_N):
    """Mean escalation of each speaker (rows, most statements on top) toward each target
    (columns, most statements left); cells resting on fewer than `min_n` statements grey."""
    if df.empty:
        return ui.no_data_figure("Stance: speaker → actor spoken about")
    sp = list(dict.fromkeys(df["speaker"]))
    tg = list(dict.fromkeys(df.sort_values("statements", ascending=False)["target"]))
    tg_order = df.groupby("target")["statements"].sum().sort_values(ascending=False).index.tolist()
    tg = [t for t in tg_order if t in tg]
    z = df.pivot(index="speaker", columns="target", values="escalation").reindex(index=sp, columns=tg)
    n = df.pivot(index="speaker", columns="target", values="statements").reindex(index=sp, columns=tg)
    strong = z.where(n >= min_n)
    weak = z.where(n < min_n).notna().astype(float).where(n < min_n)
    nn = n.fillna(0).astype(int).values
    pm = ui.values(z.round(3).values)  # each cell's mean with its 95 % interval, for the hover
    if "escalation_ci95" in df.columns:
        ci = df.pivot(index="speaker", columns="target", values="escalation_ci95").reindex(index=sp, columns=tg)
        pm = [[f"{m:.3f}{ui.pm(c)}" if m == m else None for m, c in zip(zr, cr)] for zr, cr in zip(z.values, ci.values)]
    fig = {"data": [
        dict(type="heatmap", z=ui.values(weak.values), x=tg, y=sp, colorscale=[[0, THIN], [1, THIN]],
             showscale=False, hoverongaps=False, customdata=ui.values(nn), text=pm,
             hovertemplate="%{y} → %{x}<br>escalation %{text} (only %{customdata} statements)<extra></extra>"),
        dict(type="heatmap", z=ui.values(strong.values), x=tg, y=sp, colorscale=DIVERGING, zmid=0, zmin=-1, zmax=1,
             hoverongaps=False, customdata=ui.values(nn), text=pm,
             colorbar={"title": {"text": "escalation"}},
             hovertemplate="%{y} → %{x}<br>escalation %{text}<br>%{customdata} statements<extra></extra>")]}
    bottom = ui.label_px(tg, True)
    return ui.styled(fig, height=max(360, 22 * len(sp) + 60 + bottom),
                     margin={"l": ui.label_px(sp), "r": 20, "t": 40, "b": bottom},
                     yaxis={"autorange": "reversed", "type": "category", "tickvals": sp,
                            "ticktext": [ui.short(x) for x in sp]},
                     xaxis={"type": "category", "tickangle": -45, "tickvals": tg, "ticktext": [ui.short(x) for x in tg]},
                     title="Stance: speaker (rows) → actor spoken about (columns)")


def update(engine, search):
    """Every output of the view for the filters in `search`: the table and bars, then the
    heatmap (its own callback, drawn when scrolled near)."""
    return actors_outputs(engine, search) + heatmap_outputs(engine, search)


@Q.cached
def actors_outputs(engine, search):
    """The actors table and the bars."""
    f = Q.Filters.from_search(search)
    df = Q.actor_table(engine, f, limit=None)
    hidden = Q.commenter_count(engine, f)
    total = len(df)
    note = f"{min(total, TABLE_ROWS)} of {total} actors in the table (sort by any column); the CSV has all {total}."
    if hidden:
        note += f" {hidden} reader commenters are left out; choose the speaker kind 'commenter' to see them."
    tbl = html.Div([ui.explain(note, ui.TONE_SCALE, ui.ESCALATION_SCALE, ui.INTERVAL, id="act-table-note"),
                    # (the grid's room held while its code loads, as ui.graph does for a chart)
                    html.Div(actor_grid(df, f), style={"minHeight": "360px"}), ui.download_link("actors", search)]) \
        if total else \
        ui.no_match("No actor speaks under these filters.")
    bars_explain = ui.explain(f"The {min(total, BARS)} actors with the most statements; grey bars rest on fewer than "
                              f"{f.min_n} scored statements. Click a bar for its statements.")
    return tbl, bars_explain, bars_figure(df, f.min_n)


@Q.cached
def heatmap_outputs(engine, search):
    """The speaker x target stance heatmap, what it shows and its CSV."""
    f = Q.Filters.from_search(search)
    st = Q.stance_matrix(engine, f, Q.TOP_STANCE)
    heat_explain = ui.explain(
        f"Rows: the {Q.TOP_STANCE} speakers with the most statements about other actors, most first; columns: the "
        f"{Q.TOP_STANCE} actors most spoken about, most first. Colour: mean escalation (red escalatory, blue "
        f"conciliatory); grey cells rest on fewer than {f.min_n} statements, white cells on none. Hover for "
        "the count; click a cell for its statements. The CSV has every pair with its first and last date "
        "(as stancewatch export stance writes it).")
    return (heat_explain, heatmap_figure(st, f.min_n),
            ui.download_link("stance", search, "Download every speaker → actor pair (CSV)"))


def lazy_heatmap(engine, search, seen):
    if not seen:
        raise PreventUpdate
    return heatmap_outputs(engine, search)


def update_series(engine, search, freq, smooth):
    """Cached per store and URL until the store changes (the page is rebuilt from cached queries otherwise)."""
    return series_outputs(engine, search, freq, smooth)


def lazy_series(engine, search, freq, smooth, seen):
    if not seen:
        raise PreventUpdate
    return series_outputs(engine, search, freq, smooth)


@Q.cached
def series_outputs(engine, search, freq, smooth):
    f = Q.Filters.from_search(search)
    df = Q.actor_series(engine, f, freq or "month", smooth or 1)
    who = ", ".join(f.actors) if f.actors else f"the {Q.TOP_SERIES} actors with the most statements"
    return (series_figure(df, "actor", freq or "month", f.min_n, f"Over time: {who}"),
            ui.download_link("series", search, freq=freq, smooth=smooth))


def _period_range(start: str, freq: str) -> tuple[str, str]:
    import pandas as pd
    p = pd.Period(start, freq=Q.FREQS.get(freq, "M"))
    return p.start_time.strftime("%Y-%m-%d"), p.end_time.strftime("%Y-%m-%d")


def _span_of(start: str, end: str) -> str:
    """2022-01-01 .. 2022-12-31 -> "2022"; 2022-03-01 .. 2022-03-31 -> "2022-03"."""
    return start[:4] if end[5:] == "12-31" and start[5:] == "01-01" else start[:7]


def drill(engine, trig, click, search, freq):
    """The statements behind the clicked mark of graph `trig` (bar: actor; line point:
    actor and period; heatmap cell: speaker and target), most escalatory and most
    conciliatory first."""
    f = Q.Filters.from_search(search)
    if not click or not click.get("points"):
        return html.P("Click a bar, a point or a cell to list the statements behind it here.", className="hint")
    pt = click["points"][0]
    if trig == "act-heatmap":
        f = f.with_(actors=(pt["y"],), target=pt["x"])
        title = f"{pt['y']} about {pt['x']}"
    elif trig == "act-series":
        actor, period = pt["customdata"][0], pt["customdata"][1]
        end = pt["customdata"][3] if len(pt["customdata"]) > 3 else ""
        # a bar across a year or month (documents dated only to it): that year or month
        since, until = (_span_of(period, end), _span_of(period, end)) if end else _period_range(period, freq)
        f = f.with_(actors=(actor,), since=since, until=until)
        title = f"{actor}, {since} – {until}"
    else:
        f = f.with_(actors=(pt["customdata"][0] if pt.get("customdata") else pt["x"],))
        title = f.actors[0]
    return D.panel(engine, f, f"Statements behind: {title}", "act-drill")


def register_callbacks(app, engine) -> None:
    app.callback(Output("act-table", "children"), Output("act-bars-explain", "children"),
                 Output("act-bars", "figure"), Input("url", "search"))(partial(actors_outputs, engine))
    app.callback(Output("act-heatmap-explain", "children"), Output("act-heatmap", "figure"),
                 Output("act-heatmap-dl", "children"), Input("url", "search"),
                 Input("act-heatmap-seen", "data"))(partial(lazy_heatmap, engine))
    app.callback(Output("act-series", "figure"), Output("act-series-dl", "children"), Input("url", "search"),
                 Input("act-freq", "value"), Input("act-smooth", "value"),
                 Input("act-series-seen", "data"))(partial(lazy_series, engine))
    app.callback(Output("act-drill", "children"), Input("act-bars", "clickData"), Input("act-series", "clickData"),
                 Input("act-heatmap", "clickData"), State("url", "search"), State("act-freq", "value"),
                 prevent_initial_call=True)(
        lambda bars, series, heat, search, freq: drill(
            engine, ctx.triggered_id, {"act-bars": bars, "act-series": series, "act-heatmap": heat}.get(
                ctx.triggered_id), search, freq))
