"""One actor (/actor?actor=NAME): tone, escalation and volume over time; whom the actor
talks about and who talks about the actor; their most escalatory and most conciliatory
statements with the cues that scored them; their documents."""
from __future__ import annotations

from functools import partial

from dash import Input, Output, dcc, html

from .. import components as ui
from .. import data as Q
from .charts import SERIES_EXPLAIN, series_figure

PATH = "/actor"
TITLE = "Actor"
WHAT = ("One actor: how its tone, escalation and volume moved over time, whom it talks about and who talks "
        "about it (with what escalation), its most escalatory and most conciliatory statements, and its "
        "documents. Choose the actor in the actors filter (the first one chosen), or from any actor link.")


def layout() -> html.Div:
    return html.Div([ui.view_header(TITLE, WHAT), html.Div(id="actor-body")])


def _stance_table(df, f: Q.Filters, actor: str, outgoing: bool, tid: str):
    if df.empty:
        return html.P("None under these filters.", className="no-match")
    rows = []
    for r in df.head(15).to_dict("records"):
        a, b = (actor, r["actor"]) if outgoing else (r["actor"], actor)
        thin = r["scored"] < f.min_n
        rows.append(html.Tr([
            html.Td(dcc.Link(r["actor"], href="/actor" + f.with_(actors=(r["actor"],), target=None).to_search())),
            html.Td(r["statements"]), html.Td(ui.fmt(r["escalation"], 2)), html.Td(ui.fmt(r["tone"], 2)),
            html.Td(dcc.Link("over time →", href="/dyad" + f.with_(actors=(a,), target=b).to_search()))],
            className="thin" if thin else None))
    head = html.Thead(html.Tr([html.Th(x) for x in ("actor", "statements", "mean escalation", "mean tone", "")]))
    more = html.P(f"… and {len(df) - 15} more.", className="explain") if len(df) > 15 else None
    return html.Div([html.Table([head, html.Tbody(rows)], className=ui.TABLE, id=tid), more])


def update(engine, search):
    """Cached per store and URL until the store changes (the page is rebuilt from cached queries otherwise)."""
    return actor_outputs(engine, search)


@Q.cached
def actor_outputs(engine, search):
    f = Q.Filters.from_search(search)
    if not f.actors:
        top = Q.actor_table(engine, f, limit=20)
        if top.empty:
            return ui.no_match("No actor speaks under these filters.")
        return html.Div([html.P("Choose an actor: the 20 with the most statements under these filters."),
                         html.Ul([html.Li(dcc.Link(a, href="/actor" + f.with_(actors=(a,)).to_search()))
                                  for a in top["actor"]], id="actor-choose")])
    actor = f.actors[0]
    one = f.with_(actors=(actor,), target=None)
    row = Q.actor_table(engine, one, limit=None)
    row = row[row["actor"] == actor]
    if row.empty:
        return ui.no_match(f"{actor} has no statements under these filters.")
    r = row.iloc[0]
    summary = html.Div([
        html.H3(actor, id="actor-name"),
        html.P(f"{r['kind'] or 'kind unknown'} · {int(r['statements']):,} statements ({int(r['scored']):,} scored) · "
               f"mean tone {r['tone']:+.3f} ± {r['tone_ci95']:.3f} · mean escalation {r['escalation']:+.3f} ± "
               f"{r['escalation_ci95']:.3f}", id="actor-summary"),
        ui.explain(ui.TONE_SCALE, ui.ESCALATION_SCALE, ui.INTERVAL)])
    series = Q.actor_series(engine, one, "month", 1)
    about, by = Q.stance_of(engine, one, actor)
    hi = Q.statement_rows(engine, one, 0, 5, [{"colId": "escalation", "sort": "desc"}])
    lo = Q.statement_rows(engine, one, 0, 5, [{"colId": "escalation", "sort": "asc"}])
    docs, ndocs = Q.document_table(engine, one, limit=20)
    doc_items = [html.Li([dcc.Link(d["title"] or d["source"], href="/documents" + one.with_(doc=d["doc_id"])
                                   .to_search()),
                          # (no empty "· ·" for a document without an outlet; "1 statement", not "1 statements")
                          "".join(f" · {x}" for x in (d["published"] or "undated", d["outlet"],
                                                      f"{d['statements']} statement" + "s" * (d["statements"] != 1))
                                  if x)]) for d in docs.to_dict("records")]
    return html.Div([
        summary,
        ui.explain(SERIES_EXPLAIN + " Click a point for its statements in Statements."),
        dcc.Graph(id="actor-series", figure=series_figure(series, "actor", "month", f.min_n,
                                                          f"{actor} over time (by month)"),
                  config={"displaylogo": False}),
        html.Div([
            html.Div([html.H4(f"Whom {actor} talks about"),
                      ui.explain("Statements of the actor about each other actor, and their mean escalation and "
                                 f"tone; rows under {f.min_n} statements are greyed."),
                      _stance_table(about, f, actor, True, "actor-about")], className="col-lg-6"),
            html.Div([html.H4(f"Who talks about {actor}"),
                      ui.explain("Statements of each other speaker about the actor."),
                      _stance_table(by, f, actor, False, "actor-by")], className="col-lg-6")], className="row g-4"),
        html.Div([
            html.Div([html.H4("Most escalatory statements"),
                      ui.statement_list([x for x in hi if (x["escalation"] or 0) > 0], id="actor-high")],
                     className="col-lg-6"),
            html.Div([html.H4("Most conciliatory statements"),
                      ui.statement_list([x for x in lo if (x["escalation"] or 0) < 0], id="actor-low")],
                     className="col-lg-6")], className="row g-4"),
        html.H4(f"Documents where {actor} speaks ({len(docs)} of {ndocs}, newest first)"),
        html.Ul(doc_items, id="actor-docs"),
        dcc.Link(f"All statements of {actor} →", href="/statements" + one.to_search()),
    ])


def register_callbacks(app, engine) -> None:
    app.callback(Output("actor-body", "children"), Input("url", "search"))(partial(update, engine))
