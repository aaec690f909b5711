"""One actor (/actor?actor=NAME): tone, escalation and volume over time; whom the actor
talks about and who talks about the actor; their most escalatory and most conciliatory
statements with the cues that scored them; their documents."""
from __future__ import annotations

from functools import partial

from dash import Input, Output, dcc, html
from dash.exceptions import PreventUpdate

from .. import components as ui
from .. import data as Q
from .charts import SERIES_EXPLAIN, series_figure

PATH = "/actor"
TITLE = "Actor"
WHAT = ("One actor: how its tone, escalation and volume moved over time, whom it talks about and who talks "
        "about it (with what escalation), its most escalatory and most conciliatory statements, and its "
        "documents. Choose the actor in the actors filter (the first one chosen), or from any actor link.")


def layout() -> html.Div:
    # four panels, each filled by its own callback (parallel requests; a cold call after a store
    # change pays for one panel's queries): summary and series, stance both ways, the extreme
    # statements, the documents. The summary and series are the first screen; the three panels
    # below it (~250 components: tables, statements with cues, links) are drawn when scrolled
    # near (ui.lazy), so the first render builds the chart alone. (#actor-body holds its room
    # while empty, style.css, so the panels below it do not count as on the first screen.)
    return html.Div([ui.view_header(TITLE, WHAT), html.Div(id="actor-body"),
                     ui.lazy("actor-below-seen", html.Div(id="actor-stance"), html.Div(id="actor-extremes"),
                             html.Div(id="actor-documents"))])


def _pm(mean, ci, scored: int) -> str:
    """A mean with its 95 % interval ("0.12 ± 0.05"); the mean alone where there is none
    (one scored statement has no spread to show)."""
    return ui.fmt(mean, 2) + (ui.pm(ci, 2) if scored > 1 else "")


def _stance_table(df, f: Q.Filters, actor: str, outgoing: bool, tid: str):
    if df.empty:
        return html.P("None under these filters.", className="no-match")
    rows = []
    for r in df.head(15).to_dict("records"):
        a, b = (actor, r["actor"]) if outgoing else (r["actor"], actor)
        thin = r["scored"] < f.min_n
        rows.append(html.Tr([
            html.Td(dcc.Link(r["actor"], href="/actor" + f.with_(actors=(r["actor"],), target=None).to_search())),
            html.Td(r["statements"]), html.Td(_pm(r["escalation"], r.get("escalation_ci95"), r["scored"])),
            html.Td(_pm(r["tone"], r.get("tone_ci95"), r["scored"])),
            html.Td(dcc.Link("over time →", href="/dyad" + f.with_(actors=(a,), target=b).to_search()))],
            className="thin" if thin else None))
    head = html.Thead(html.Tr([html.Th(x) for x in ("actor", "statements", "mean escalation ± 95 %", "mean tone ± 95 %",
                                                     "")]))
    more = html.P(f"… and {len(df) - 15} more.", className="explain") if len(df) > 15 else None
    return html.Div([html.Table([head, html.Tbody(rows)], className=ui.TABLE, id=tid), more])


def update(engine, search):
    """The whole page for the filters in `search` (the four panels' outputs, in order)."""
    return (actor_outputs(engine, search), stance_output(engine, search), extremes_output(engine, search),
            documents_output(engine, search))


def _chosen(engine, f: Q.Filters):
    """(actor, filters of that actor, its actor_table row) or None when there is none to show."""
    if not f.actors:
        return None
    actor = f.actors[0]
    one = f.with_(actors=(actor,), target=None)
    row = Q.actor_table(engine, one, limit=None)
    row = row[row["actor"] == actor]
    return None if row.empty else (actor, one, row.iloc[0])


@Q.cached
def actor_outputs(engine, search):
    """The actor's name, counts and means, and its series over time (or the list to choose from)."""
    f = Q.Filters.from_search(search)
    if not f.actors:
        top = Q.actor_table(engine, f, limit=20)
        if top.empty:
            return ui.no_match("No actor speaks under these filters.")
        return html.Div([html.P("Choose an actor: the 20 with the most statements under these filters."),
                         html.Ul([html.Li(dcc.Link(a, href="/actor" + f.with_(actors=(a,)).to_search()))
                                  for a in top["actor"]], id="actor-choose")])
    chosen = _chosen(engine, f)
    if chosen is None:
        return ui.no_match(f"{f.actors[0]} has no statements under these filters.")
    actor, one, r = chosen
    summary = html.Div([
        html.H3(actor, id="actor-name"),
        html.P(f"{r['kind'] or 'kind unknown'} · {int(r['statements']):,} statements ({int(r['scored']):,} scored) · "
               f"mean tone {r['tone']:+.3f} ± {r['tone_ci95']:.3f} · mean escalation {r['escalation']:+.3f} ± "
               f"{r['escalation_ci95']:.3f}", id="actor-summary"),
        ui.explain(ui.TONE_SCALE, ui.ESCALATION_SCALE, ui.INTERVAL)])
    series = Q.actor_series(engine, one, "month", 1)
    fig = series_figure(series, "actor", "month", f.min_n, f"{actor} over time (by month)")
    return html.Div([
        summary,
        ui.explain(SERIES_EXPLAIN + " Click a point for its statements in Statements."),
        # (its room held while plotly's code loads: the panels below stay below the first screen)
        html.Div(dcc.Graph(id="actor-series", figure=fig, config={"displaylogo": False}),
                 style={"minHeight": f"{fig['layout'].get('height', 450)}px"})])


@Q.cached
def stance_output(engine, search):
    """Whom the actor talks about and who talks about it."""
    f = Q.Filters.from_search(search)
    chosen = _chosen(engine, f)
    if chosen is None:
        return None
    actor, one, _ = chosen
    about, by = Q.stance_of(engine, one, actor)
    return html.Div([
        html.Div([html.H4(f"Whom {actor} talks about"),
                  ui.explain("Statements of the actor about each other actor, and their mean escalation and "
                             f"tone; rows under {f.min_n} statements are greyed."),
                  _stance_table(about, f, actor, True, "actor-about")], className="col-lg-6"),
        html.Div([html.H4(f"Who talks about {actor}"),
                  ui.explain("Statements of each other speaker about the actor."),
                  _stance_table(by, f, actor, False, "actor-by")], className="col-lg-6")], className="row g-4")


@Q.cached
def extremes_output(engine, search):
    """The actor's most escalatory and most conciliatory statements, with their cues."""
    f = Q.Filters.from_search(search)
    chosen = _chosen(engine, f)
    if chosen is None:
        return None
    actor, one, _ = chosen
    hi = Q.statement_rows(engine, one, 0, 5, [{"colId": "escalation", "sort": "desc"}])
    lo = Q.statement_rows(engine, one, 0, 5, [{"colId": "escalation", "sort": "asc"}])
    return html.Div([
        html.Div([html.H4("Most escalatory statements"),
                  ui.statement_list([x for x in hi if (x["escalation"] or 0) > 0], id="actor-high")],
                 className="col-lg-6"),
        html.Div([html.H4("Most conciliatory statements"),
                  ui.statement_list([x for x in lo if (x["escalation"] or 0) < 0], id="actor-low")],
                 className="col-lg-6")], className="row g-4")


@Q.cached
def documents_output(engine, search):
    """The newest documents where the actor speaks."""
    f = Q.Filters.from_search(search)
    chosen = _chosen(engine, f)
    if chosen is None:
        return None
    actor, one, _ = chosen
    docs, ndocs = Q.document_table(engine, one, limit=20)
    doc_items = [html.Li([dcc.Link(d["title"] or d["source"], href="/documents" + one.with_(doc=d["doc_id"])
                                   .to_search()),
                          # (no empty "· ·" for a document without an outlet; "1 statement", not "1 statements")
                          "".join(f" · {x}" for x in (d["published"] or "undated", d["outlet"],
                                                      f"{d['statements']} statement" + "s" * (d["statements"] != 1))
                                  if x)]) for d in docs.to_dict("records")]
    return html.Div([
        html.H4(f"Documents where {actor} speaks ({len(docs)} of {ndocs}, newest first)"),
        html.Ul(doc_items, id="actor-docs"),
        dcc.Link(f"All statements of {actor} →", href="/statements" + one.to_search())])


def _when_seen(fn, engine, search, seen):
    """`fn`'s panel once it has come near the screen (assets/lazy.js), nothing before."""
    if not seen:
        raise PreventUpdate
    return fn(engine, search)


def register_callbacks(app, engine) -> None:
    app.callback(Output("actor-body", "children"), Input("url", "search"))(partial(actor_outputs, engine))
    for out, fn in (("actor-stance", stance_output), ("actor-extremes", extremes_output),
                    ("actor-documents", documents_output)):
        app.callback(Output(out, "children"), Input("url", "search"), Input("actor-below-seen", "data"))(
            partial(_when_seen, fn, engine))
