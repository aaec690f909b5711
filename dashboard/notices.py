"""The notices under every view's heading: a filter value that matches nothing in the
store (outlet=BBC), documents dated only to a year or month that the date range leaves
out (and the rule), commenters left out of the actor rankings. Said on the page, never
silently dropped."""
from __future__ import annotations

from functools import partial

import dash_bootstrap_components as dbc
from dash import Input, Output, State, dcc, html

from . import data as Q

NAMES = {"outlet": "outlet", "actor": "actor", "kind": "speaker kind"}


def notices(engine, search, pathname=None) -> list:
    f = Q.Filters.from_search(search)
    try:
        unknown = Q.unknown_values(engine, f)
        partly = Q.partly_dated_documents(engine, f)
    except Q.StoreError:
        return []
    out = []
    for key, values in unknown.items():
        drop = f.with_(**{{"outlet": "outlets", "actor": "actors", "kind": "kinds"}[key]: ()})
        out.append(dbc.Alert([f"No {NAMES[key]} called {', '.join(repr(v) for v in values)} in the store: "
                           "nothing matches that filter. ", dcc.Link("Remove it", href=(pathname or "/") + drop.to_search())],
                             color="warning", className="notice notice-unknown py-2", id=f"notice-unknown-{key}"))
    if partly:
        n = sum(partly.values())
        what = " or ".join(k for k in sorted(partly)) if len(partly) > 1 or n == 1 else next(iter(partly))
        out.append(dbc.Alert(f"{n} document{'s' if n != 1 else ''} dated only to {what} "
                          f"{'are' if n != 1 else 'is'} left out of this date range. " + Q.RULE_PARTIAL_DATES,
                             color="warning", className="notice notice-dates py-2", id="notice-dates"))
    return out


def register_callbacks(app, engine) -> None:
    app.callback(Output("notices", "children"), Input("url", "search"), State("url", "pathname"))(
        partial(notices, engine))
