"""The click-through panel shared by the views: the statements behind a clicked mark,
the most escalatory and the most conciliatory first (not reading order), beside the chart."""
from __future__ import annotations

from dash import dcc, html

from .. import components as ui
from .. import data as Q

N = 6


def panel(engine, f: Q.Filters, title: str, pid: str) -> html.Div:
    hi = Q.statement_rows(engine, f, 0, N, [{"colId": "escalation", "sort": "desc"}])
    lo = Q.statement_rows(engine, f, 0, N, [{"colId": "escalation", "sort": "asc"}])
    hi = [r for r in hi if (r.get("escalation") or 0) > 0]
    lo = [r for r in lo if (r.get("escalation") or 0) < 0]
    links = [dcc.Link("all of them in Statements →", href="/statements" + f.to_search(), id=f"{pid}-link")]
    if len(f.actors) == 1:
        links = [dcc.Link(f"{f.actors[0]}'s page →", href="/actor" + f.with_(target=None).to_search(),
                          id=f"{pid}-actor"), " · "] + links
    body = [html.H4(title, id=f"{pid}-title"), html.P(links)]
    if not hi and not lo:
        body.append(html.P("No escalatory or conciliatory statement here (all at 0 or unscored); the list in "
                           "Statements has every one.", className="no-match"))
    if hi:
        body += [html.H5("Most escalatory"), ui.statement_list(hi)]
    if lo:
        body += [html.H5("Most conciliatory"), ui.statement_list(lo)]
    return html.Div(body, className="drill", id=f"{pid}-body")
