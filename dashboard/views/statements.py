"""Statements (/statements): every statement under the filters in a grid (server-side
infinite paging, sort and column filters), with its escalation cues; click a row for its
full text, cues and document beside the grid."""
from __future__ import annotations

from functools import partial

import dash_ag_grid as dag
from dash import Input, Output, State, dcc, html

from .. import components as ui
from .. import data as Q

PATH = "/statements"
TITLE = "Statements"
WHAT = ("Every attributed statement under the filters, with its speaker, targets, tone, escalation and the cues "
        "that produced it; sort and filter the columns, search with the text box above, click a row for its "
        "full text and cues.")
BLOCK = 100

COLUMNS = [  # what an analyst reads first (who, what, how scored) before where and when
    {"field": "speaker", "width": 160, "pinned": "left"},
    {"field": "text", "width": 420, "sortable": False, "wrapText": False, "tooltipField": "text"},
    {"field": "escalation", "filter": "agNumberColumnFilter", "width": 135, "type": "numericColumn"},
    {"field": "tone", "filter": "agNumberColumnFilter", "width": 100, "type": "numericColumn"},
    {"field": "escalation_cues", "headerName": "escalation cues", "width": 220, "sortable": False,
     "tooltipField": "escalation_cues"},
    {"field": "published", "width": 115}, {"field": "outlet", "width": 130},
    {"field": "title", "headerName": "document", "width": 220, "cellRenderer": "StancewatchLink",
     "cellRendererParams": {"href": "doc_href"}},
    {"field": "speaker_kind", "headerName": "kind", "width": 100}, {"field": "section", "width": 100},
    {"field": "targets", "width": 160, "sortable": False},
    {"field": "seq", "headerName": "#", "width": 70, "filter": False, "type": "numericColumn"},
]


def layout() -> html.Div:
    return html.Div([ui.view_header(TITLE, WHAT), html.Div(id="stmt-dl"),
                     ui.with_drill(html.Div(id="stmt-box"), "stmt-detail",
                                   "Click a row to read its full text and escalation cues here.")])


def grid(search: str) -> html.Div:
    # keyed by the filters: new filters remount the grid, which asks for its rows again
    return html.Div(dag.AgGrid(
        id="stmt-grid", columnDefs=COLUMNS, rowModelType="infinite",
        defaultColDef={"filter": "agTextColumnFilter", "sortable": True, "resizable": True,
                       "filterParams": {"maxNumConditions": 1}},
        dashGridOptions={"cacheBlockSize": BLOCK, "maxBlocksInCache": 20, "rowBuffer": 0,
                         "infiniteInitialRowCount": 1, "tooltipShowDelay": 300,
                         "rowSelection": {"mode": "singleRow", "checkboxes": False, "enableClickSelection": True}},
        style={"height": "600px"}, className="ag-theme-alpine"), key=search or "all")


def update(engine, search):
    f = Q.Filters.from_search(search)
    n = Q.counts(engine, f.with_(q=None, target=None))["statements"]
    narrowed = " (before the text search and column filters, which narrow it further)" if f.q or f.target else \
        " (before any column filter)"
    return (html.Div([html.P(f"{n:,} statements under these filters{narrowed}.", id="stmt-total"),
                      ui.download_link("statements", search,
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
    for r in out:
        r["doc_href"] = "/documents" + f.with_(doc=r["doc_id"], q=None, target=None).to_search()
        r["title"] = r["title"] or r["doc_id"]
    resp = {"rowData": out}
    if len(out) < end - start:
        resp["rowCount"] = start + len(out)  # the last block: the grid knows the total
    return resp


def detail(selected, search):
    if not selected:
        return html.P("Click a row to read its full text and escalation cues here.", className="hint")
    r = selected[0]
    return html.Div([
        html.H4(f"{r.get('speaker')} · #{r.get('seq')}"),
        html.P(f"{r.get('published') or 'undated'} · {r.get('outlet') or ''} · {r.get('section')} · tone "
               f"{ui.fmt(r.get('tone'))} · escalation {ui.fmt(r.get('escalation'))}", className="meta"),
        html.Div(r.get("text") or "", className="stext", id="stmt-detail-text"),
        html.P("escalation cues: " + "; ".join(ui._cues(r.get("escalation_cues"))), className="cues")
        if r.get("escalation_cues") else html.P("No escalation cue: escalation 0 or unscored.", className="cues"),
        html.P(f"targets: {r.get('targets')}", className="meta") if r.get("targets") else None,
        dcc.Link("Open the document at this statement →", href=r.get("doc_href") or "#", id="stmt-detail-doc"),
    ], className="drill", id="stmt-detail-body")


def register_callbacks(app, engine) -> None:
    app.callback(Output("stmt-dl", "children"), Output("stmt-box", "children"), Input("url", "search"))(
        partial(update, engine))
    app.callback(Output("stmt-grid", "getRowsResponse"), Input("stmt-grid", "getRowsRequest"),
                 State("url", "search"))(partial(rows, engine))
    app.callback(Output("stmt-detail", "children"), Input("stmt-grid", "selectedRows"), State("url", "search"))(
        detail)
