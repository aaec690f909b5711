"""Overview (/): counts, the last rescoring run, every actor's tone x escalation, what
changed lately, and the most escalatory and most conciliatory recent statements."""
from __future__ import annotations

import math
from functools import partial

import dash_bootstrap_components as dbc
from dash import Input, Output, State, dcc, html

from .. import components as ui
from .. import data as Q
from . import drill as D

PATH = "/"
TITLE = "Overview"
WHAT = ("How much is stored, when it was last rescored, where every actor sits on tone and escalation, which "
        "actors and pairs of actors changed their escalation lately, and the most escalatory and most "
        "conciliatory recent statements.")
LABELS = 10  # the largest bubbles get their name written beside them


def layout() -> html.Div:
    return html.Div([
        ui.view_header(TITLE, WHAT),
        html.Div(id="ov-counts", className="cards"),
        html.Div(id="ov-run"),
        html.H3("Actors: tone × escalation"),
        html.Div(id="ov-bubble-explain"),
        ui.with_drill(ui.graph("ov-bubble", 520), "ov-drill",
                      "Click a bubble to list that actor's most escalatory and most conciliatory statements here."),
        html.Div(id="ov-bubble-dl"),
        html.H3("What changed"),
        html.Div(id="ov-changed"),
        html.Div([html.Div([html.H3("Most escalatory recent statements"), html.Div(id="ov-high")], className="col-lg-6"),
                  html.Div([html.H3("Most conciliatory recent statements"), html.Div(id="ov-low")], className="col-lg-6")],
                 className="row g-4"),
    ])


def bubble_figure(df, min_n: int = Q.MIN_N):
    """Each actor at (mean tone, mean escalation), area = statements; actors with fewer
    than `min_n` scored statements greyed; the LABELS largest named."""
    if df.empty:
        return ui.no_data_figure("Actors: tone × escalation")
    fig = {"data": []}
    size = df["statements"].astype(float)
    ref = 2.0 * size.max() / 50 ** 2
    big = df[df["scored"] >= min_n].nlargest(LABELS, "statements")
    for few, part in ((False, df[df["scored"] >= min_n]), (True, df[df["scored"] < min_n])):
        if part.empty:
            continue
        fig["data"].append(dict(
            type="scatter", x=ui.values(part["tone"]), y=ui.values(part["escalation"]), mode="markers",
            name=f"fewer than {min_n} statements" if few else f"{min_n} or more statements",
            customdata=ui.values(part[["actor", "statements", "scored", "tone_ci95", "escalation_ci95"]]
                                 .astype(object).values),
            marker=dict(size=ui.values(part["statements"].astype(float)), sizemode="area", sizeref=ref, sizemin=4,
                        opacity=0.6 if few else 0.65, color=ui.GREY if few else ui.PRIMARY,
                        line={"width": 0.5, "color": "white"}),
            hovertemplate="<b>%{customdata[0]}</b><br>tone %{x:.3f} ± %{customdata[3]:.3f}"
                          "<br>escalation %{y:.3f} ± %{customdata[4]:.3f}"
                          "<br>%{customdata[1]} statements (%{customdata[2]} scored)<extra></extra>"))
    # (the legend draws each group at one size: with the bubbles' own, and the grey ones at
    # opacity 0.35, the group of thin actors had no visible mark in it in the corpus screenshot)
    # the axes frame the actors with enough statements (the thin ones spread to ±1 and would
    # squeeze every large actor into one corner); the autoscale button shows them all
    strong = df[df["scored"] >= min_n]
    frame = {}
    if len(strong) >= 3:
        for ax, col in (("xaxis", "tone"), ("yaxis", "escalation")):
            lo, hi = strong[col].min(), strong[col].max()
            pad = max(0.05, (hi - lo) * 0.12)
            frame[ax] = {"range": [max(-1.05, lo - pad), min(1.05, hi + pad)]}
    # the largest actors named on leader lines fanned out around the crowd (they sit close
    # together near (0.1, 0); text beside each bubble printed names over each other)
    cx, cy = big["tone"].mean() if len(big) else 0, big["escalation"].mean() if len(big) else 0
    notes = []
    for i, r in enumerate(big.sort_values("tone").to_dict("records")):
        angle = math.atan2(r["escalation"] - cy, r["tone"] - cx) if len(big) > 1 else 0.0
        angle += (i % 2) * 0.35  # neighbours apart
        length = 70 + 25 * (i % 3)
        notes.append({"x": r["tone"], "y": r["escalation"], "text": r["actor"], "showarrow": True, "arrowhead": 0,
                      "arrowwidth": 1, "arrowcolor": "#888", "ax": length * math.cos(angle),
                      "ay": -length * math.sin(angle), "font": {"size": 11}, "bgcolor": "rgba(255,255,255,0.8)"})
    return ui.styled(fig, annotations=notes, xaxis_title="mean tone (−1 negative … +1 positive)",
                     yaxis_title="mean escalation (−1 conciliatory … +1 escalatory)", height=520, **frame,
                     legend={"orientation": "h", "y": -0.18, "itemsizing": "constant"}, margin={"l": 60, "r": 20, "t": 20, "b": 80})


def changed_panel(w: dict, f: Q.Filters, search: str) -> html.Div:
    """The actors and dyads whose mean escalation moved most: two small tables."""
    if not w.get("end"):
        return html.P("No document dated to the day under these filters: nothing to compare.", id="ov-changed-none")
    (r0, r1), (b0, b1) = w["recent"], w["before"]
    head = ui.explain(
        f"Mean escalation in the last {Q.RECENT_DAYS} days ({r0} – {r1}, counted back from the newest document) "
        f"against the {Q.BEFORE_DAYS} days before ({b0} – {b1}); only actors and pairs with at least {f.min_n} "
        f"scored statements in both periods, largest change first. " + ui.INTERVAL)
    parts = []
    for key, label in (("actors", "Actors"), ("dyads", "Speaker → actor spoken about")):
        df = w[key]
        if df.empty:
            parts.append(html.Div([html.H4(label), html.P(
                f"None has {f.min_n} or more scored statements in both periods.", className="no-match")],
                className="col-lg-6"))
            continue
        rows = []
        for r in df.to_dict("records"):
            if key == "actors":
                href = "/actor" + f.with_(actors=(r["name"],)).to_search()
            else:
                a, b = r["name"].split(" → ", 1)
                href = "/dyad" + f.with_(actors=(a,), target=b).to_search()
            ci = f" ± {r['change_ci95']:.2f}" if key == "actors" and r.get("change_ci95") == r.get("change_ci95") \
                else ""
            rows.append(html.Tr([html.Td(dcc.Link(r["name"], href=href)),
                                 html.Td(f"{r['before']:+.2f} (n={r['before_n']})"),
                                 html.Td(f"{r['recent']:+.2f} (n={r['recent_n']})"),
                                 html.Td(f"{r['change']:+.2f}{ci}",
                                         className="up" if r["change"] > 0 else "down")]))
        parts.append(html.Div([html.H4(label), html.Table(
            [html.Thead(html.Tr([html.Th(x) for x in ("", "before", "last days", "change")])), html.Tbody(rows)],
            className=ui.TABLE, id=f"ov-changed-{key}")], className="col-lg-6"))
    return html.Div([head, html.Div(parts, className="row g-4")], id="ov-changed-body")


def update(engine, search):
    """Every output of the overview for the filters in `search`, in the order of OUTPUTS
    (each panel is its own callback, below: the first call after a store change pays for one
    panel's queries per request, not all of them in one)."""
    return head_outputs(engine, search) + bubble_outputs(engine, search) + (changed_output(engine, search),) + \
        extremes_outputs(engine, search)


@Q.cached
def head_outputs(engine, search):
    """The counts and the last rescoring run."""
    f = Q.Filters.from_search(search)
    c = Q.counts(engine, f)
    cards = [dbc.Card(dbc.CardBody([html.Div(f"{c[k]:,}", className="num"), html.Div(label, className="small")]),
                      className="count text-center", id=f"ov-n-{k}")
             for k, label in (("documents", "documents"), ("statements", "statements"), ("scored", "scored"),
                              ("actors", "speakers named"))]
    run = Q.last_run(engine)
    if run:
        when = str(run["finished_at"] or run["started_at"])[:19].replace("T", " ")
        run_line = html.P(f"Last rescoring run: #{run['run_id']}, {run['status']}, {when} "
                          f"(scorer {run['scorer_version'][:12]}). See Runs.", id="ov-last-run")
    else:
        run_line = html.P(["No rescoring run recorded yet (the nightly job ", html.Code("stancewatch rescore"),
                           " records them)."], id="ov-last-run")
    return cards, run_line


@Q.cached
def bubble_outputs(engine, search):
    """The tone x escalation bubbles, what they show and their CSV."""
    f = Q.Filters.from_search(search)
    df = Q.actor_table(engine, f)
    total = Q.actor_total(engine, f)
    hidden = Q.commenter_count(engine, f)
    explain = ui.explain(
        f"Each bubble is an actor: across at mean tone, up at mean escalation, its area the number of statements "
        f"it speaks ({len(df)} of {total} actors, the most statements first). Grey: fewer than {f.min_n} scored "
        f"statements, too few to place. The axes frame the actors with enough statements ("
        f"'autoscale' in the chart's toolbar shows them all). Hover for the count and 95 % intervals.",
        ui.TONE_SCALE, ui.ESCALATION_SCALE,
        f"{hidden} reader commenters are left out; choose the speaker kind 'commenter' to see them." if hidden
        else "")
    dl = ui.download_link("actors", search, "Download the actors of this chart (CSV)")
    return explain, bubble_figure(df, f.min_n), dl


@Q.cached
def changed_output(engine, search):
    f = Q.Filters.from_search(search)
    return changed_panel(Q.what_changed(engine, f), f, search)


@Q.cached
def extremes_outputs(engine, search):
    """The most escalatory and most conciliatory statements of the newest documents."""
    f = Q.Filters.from_search(search)
    hi, lo = Q.extreme_statements(engine, f)
    return (html.Div([ui.explain(f"Among the statements of the {Q.RECENT_DOCS} newest documents under the filters."),
                      ui.statement_list(hi), ui.download_link("escalatory", search, "CSV")]),
            html.Div([ui.explain(f"Among the statements of the {Q.RECENT_DOCS} newest documents under the filters."),
                      ui.statement_list(lo), ui.download_link("conciliatory", search, "CSV")]))


def drill(engine, click, search):
    """The statements behind a clicked bubble, most escalatory and most conciliatory first."""
    if not click or not click.get("points"):
        return html.P("Click a bubble to list that actor's most escalatory and most conciliatory statements here.",
                      className="hint")
    actor = click["points"][0]["customdata"][0]
    return D.panel(engine, Q.Filters.from_search(search).with_(actors=(actor,), target=None), actor, "ov-drill")


def register_callbacks(app, engine) -> None:
    # one callback per panel: Dash sends them as parallel requests, each panel appears when its
    # own queries are done, and a cold call (first after a store change) pays for one panel's
    app.callback(Output("ov-counts", "children"), Output("ov-run", "children"),
                 Input("url", "search"))(partial(head_outputs, engine))
    app.callback(Output("ov-bubble-explain", "children"), Output("ov-bubble", "figure"),
                 Output("ov-bubble-dl", "children"), Input("url", "search"))(partial(bubble_outputs, engine))
    app.callback(Output("ov-changed", "children"), Input("url", "search"))(partial(changed_output, engine))
    app.callback(Output("ov-high", "children"), Output("ov-low", "children"),
                 Input("url", "search"))(partial(extremes_outputs, engine))
    app.callback(Output("ov-drill", "children"), Input("ov-bubble", "clickData"), State("url", "search"),
                 prevent_initial_call=True)(
        partial(drill, engine))
