"""The click-through panel shared by the views: the statements behind a clicked mark,
the most escalatory and the most conciliatory first (not reading order), beside the chart."""
from __future__ import annotations

from dash import dcc, html

from .. import components as ui
from .. import data as Q

N = 6
# statements read behind a mark, newest first, before picking the most escalatory and most
# conciliatory: a sort by escalation under an actor-and-target filter walked the score
# index for seconds at 1M statements; the newest rows come from the documents' index
POOL = 300


def panel(engine, f: Q.Filters, title: str, pid: str) -> html.Div:
    pool = Q.statement_rows(engine, f, 0, POOL)
    scored = [r for r in pool if r.get("escalation") is not None]
    hi = sorted((r for r in scored if r["escalation"] > 0), key=lambda r: -r["escalation"])[:N]
    lo = sorted((r for r in scored if r["escalation"] < 0), key=lambda r: r["escalation"])[:N]
    links = [dcc.Link("all of them in Statements →", href="/statements" + f.to_search(), id=f"{pid}-link")]
    if len(f.actors) == 1:
        links = [dcc.Link(f"{f.actors[0]}'s page →", href="/actor" + f.with_(target=None).to_search(),
                          id=f"{pid}-actor"), " · "] + links
    among = (f"Among the {POOL} newest of them." if len(pool) >= POOL else
             f"{len(pool)} statement{'s' if len(pool) != 1 else ''} behind this mark.")
    body = [html.H4(title, id=f"{pid}-title"), html.P(among, className="explain"), html.P(links)]
    if not hi and not lo:
        body.append(html.P("No escalatory or conciliatory statement here (all at 0 or unscored); the list in "
                           "Statements has every one.", className="no-match"))
    if hi:
        body += [html.H5("Most escalatory"), ui.statement_list(hi)]
    if lo:
        body += [html.H5("Most conciliatory"), ui.statement_list(lo)]
    return html.Div(body, className="drill", id=f"{pid}-body")
