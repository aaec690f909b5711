"""Statements (/statements): every statement under the filters in a grid (server-side
infinite paging, sort and column filters), with its escalation cues."""
from __future__ import annotations

from functools import partial

import dash_ag_grid as dag
from dash import Input, Output, State, html

from .. import components as ui
from .. import data as Q

PATH = "/statements"
TITLE = "Statements"
WHAT = ("Every attributed statement under the filters, with its speaker, targets, tone, escalation and the cues "
        "that produced it; sort and filter the columns, search with the text box above.")
BLOCK = 100

COLUMNS = [
    {"field": "published", "width": 110}, {"field": "outlet", "width": 120},
    {"field": "speaker", "width": 170}, {"field": "speaker_kind", "headerName": "kind", "width": 100},
    {"field": "section", "width": 95}, {"field": "tone", "filter": "agNumberColumnFilter", "width": 90},
    {"field": "escalation", "filter": "agNumberColumnFilter", "width": 110},
    {"field": "escalation_cues", "headerName": "cues", "width": 220, "sortable": False},
    {"field": "targets", "width": 160, "sortable": False},
    {"field": "text", "width": 520, "sortable": False, "wrapText": False, "tooltipField": "text"},
    {"field": "title", "width": 200}, {"field": "seq", "width": 70, "filter": False},
]


def layout() -> html.Div:
    return html.Div([ui.view_header(TITLE, WHAT), html.Div(id="stmt-dl"), html.Div(id="stmt-box")])


def grid(search: str) -> html.Div:
    # keyed by the filters: new filters remount the grid, which asks for its rows again
    return html.Div(dag.AgGrid(
        id="stmt-grid", columnDefs=COLUMNS, rowModelType="infinite",
        defaultColDef={"filter": "agTextColumnFilter", "sortable": True, "resizable": True,
                       "filterParams": {"maxNumConditions": 1}},
        dashGridOptions={"cacheBlockSize": BLOCK, "maxBlocksInCache": 20, "rowBuffer": 0,
                         "infiniteInitialRowCount": 1, "tooltipShowDelay": 300},
        style={"height": "600px"}), key=search or "all")


def update(engine, search):
    f = Q.Filters.from_search(search)
    return (html.Div([ui.download_link("statements", search,
                                       "Download every statement under these filters (CSV, DESIGN.md columns)")]),
            grid(search))


def rows(engine, request, search):
    """One block of rows for the grid's infinite row model."""
    if not request:
        return {"rowData": [], "rowCount": 0}
    f = Q.Filters.from_search(search)
    start, end = int(request.get("startRow", 0)), int(request.get("endRow", BLOCK))
    data = Q.statement_rows(engine, f, start, end, request.get("sortModel"), request.get("filterModel"))
    out = [{k: r[k] for k in ("published", "outlet", "speaker", "speaker_kind", "section", "tone", "escalation",
                              "escalation_cues", "targets", "text", "title", "seq", "doc_id")} for r in data]
    resp = {"rowData": out}
    if len(out) < end - start:
        resp["rowCount"] = start + len(out)  # the last block: the grid knows the total
    return resp


def register_callbacks(app, engine) -> None:
    app.callback(Output("stmt-dl", "children"), Output("stmt-box", "children"), Input("url", "search"))(
        partial(update, engine))
    app.callback(Output("stmt-grid", "getRowsResponse"), Input("stmt-grid", "getRowsRequest"),
                 State("url", "search"))(partial(rows, engine))
