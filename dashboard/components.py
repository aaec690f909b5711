"""Presentation helpers shared by the views: tables, statement lists, download links,
the empty-store and error pages. Document text is always passed as a plain string child
(React escapes it): never raw HTML, never Markdown.
"""
from __future__ import annotations

import hashlib
from urllib.parse import urlencode

import dash_bootstrap_components as dbc
from dash import dcc, html

# The one theme: Bootstrap 5.3's default (assets/0-bootstrap-5.3.8.min.css, vendored with its
# licence; served by the app itself, no font or stylesheet from elsewhere). Its colours and font
# stack, as its CSS variables define them (--bs-body-font-family, --bs-body-color, --bs-blue ...),
# so that charts, tables and panels look alike.
FONT = ('system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", '
        'Arial, sans-serif')
INK, MUTED, BORDER = "#212529", "#6c757d", "#dee2e6"  # --bs-body-color, --bs-secondary-color, --bs-border-color
PRIMARY = "#0d6efd"  # --bs-blue (links, the main marks)
TONE_COLOUR, ESCALATION_COLOUR = "#6f42c1", "#fd7e14"  # --bs-purple, --bs-orange: tone and escalation, alike everywhere
PALETTE = (PRIMARY, "#fd7e14", "#198754", "#dc3545", "#6f42c1", "#20c997", "#d63384", "#6c757d", "#ffc107",
           "#0dcaf0", "#6610f2", "#664d03", "#0a3622", "#58151c", "#3d0a91")  # Bootstrap's colours, then its darks


def speaker_colour(name: str | None) -> str:
    h = int(hashlib.md5((name or "").encode("utf-8"), usedforsecurity=False).hexdigest()[:8], 16)  # a colour, not a secret
    return PALETTE[h % len(PALETTE)]


def pm(ci, places: int = 3) -> str:
    """' ± 0.123' for a mean's 95 % interval (its half-width), '' where it has none."""
    return "" if ci is None or ci != ci else f" ± {ci:.{places}f}"


def fmt(v, places: int = 3) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        if v != v:  # NaN
            return "–"
        return f"{v:.{places}f}"
    return str(v)


# What the two measures mean, said the same way on every panel (DESIGN.md stage 5).
TONE_SCALE = ("Tone: VADER compound of the statement's own words, −1 most negative … 0 neutral … +1 most "
              "positive; it says how the words sound, not what is done.")
ESCALATION_SCALE = ("Escalation: what the statement does between political actors, −1 most conciliatory "
                    "(appeal, offer, agree, reassure, deny hostile intent) … 0 neither … +1 most escalatory "
                    "(threaten, demand, accuse, reject, sanction, attack), graded from CAMEO/Goldstein cues; "
                    "only the most extreme acts come near ±1.")
INTERVAL = "± is a 95 % interval of the mean (1.96 standard errors)."

# One look for every chart: a plotly template in the Bootstrap theme's font, ink, borders and
# colours (sent in each figure's layout.template, so plotly.js applies it to every trace), plus
# the few layout defaults every chart shares.
AXIS = {"gridcolor": "#eef0f2", "zerolinecolor": "#adb5bd", "linecolor": BORDER, "automargin": False}
TEMPLATE = {
    "layout": {"font": {"family": FONT, "size": 13, "color": INK}, "paper_bgcolor": "white", "plot_bgcolor": "white",
               "colorway": list(PALETTE),
               "xaxis": {**AXIS, "title": {"font": {"color": MUTED}}},
               "yaxis": {**AXIS, "title": {"font": {"color": MUTED}}},
               "hoverlabel": {"font": {"family": FONT, "size": 13}, "bgcolor": "white", "bordercolor": BORDER},
               "legend": {"font": {"color": INK}},
               "title": {"font": {"size": 16, "color": INK}, "x": 0, "xanchor": "left"}},
    "data": {"bar": [{"marker": {"line": {"width": 0}}}],
             "scatter": [{"line": {"width": 2}}]},
}
CHART_LAYOUT = {"template": TEMPLATE, "margin": {"l": 60, "r": 20, "t": 44, "b": 50},
                "title": {"font": {"size": 16}, "x": 0, "xanchor": "left"}}
GREY = "#ced4da"  # --bs-gray-400: a mean resting on fewer than min N statements


def view_header(title: str, sentence: str) -> html.Div:
    # the notices (unknown filter values, partly dated documents left out) of every view
    return html.Div([html.H2(title, className="h3 mt-3 mb-1"), html.P(sentence, className="what"),
                     html.Div(id="notices")], className="view-header")


def explain(*lines: str, id=None) -> html.Div:
    """The sentences under a panel: what it shows, its scale, what it rests on."""
    kw = {"id": id} if id else {}
    return html.Div([html.P(x) for x in lines if x], className="explain", **kw)


def no_data_figure(title: str, why: str = "No statements under these filters.") -> dict:
    """A chart with nothing to draw: the message instead of empty axes."""
    return {"data": [], "layout": {**CHART_LAYOUT, "title": {**CHART_LAYOUT["title"], "text": title},
                                   "height": 220, "xaxis": {"visible": False}, "yaxis": {"visible": False},
                                   "annotations": [{"text": why, "showarrow": False, "font": {"size": 15},
                                                    "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5}]}}


def placeholder(height: int = 400) -> dict:
    """A chart's figure before its callback answers: no axes to draw (plotly's default empty
    figure draws a full set, which the real figure then redraws), only the height reserved so
    the page does not jump when the chart arrives."""
    return {"data": [], "layout": {"height": height, "xaxis": {"visible": False}, "yaxis": {"visible": False},
                                   "margin": {"l": 0, "r": 0, "t": 0, "b": 0}, "paper_bgcolor": "white"}}


def graph(id: str, height: int = 400, **kw) -> html.Div:
    """A chart of the house: plotly's logo off, drawn empty (placeholder) until its figure comes."""
    # (its height held from the start by a plain div: the chart's code loads after the page's and
    # draws nothing till then, and a chart of no height would let the panels below it count as on
    # the first screen: assets/lazy.js)
    return html.Div(dcc.Graph(id=id, figure=placeholder(height), config={"displaylogo": False}, **kw),
                    style={"minHeight": f"{height}px"})


def lazy(store_id: str, *children) -> html.Div:
    """Children drawn only when they come near the screen (assets/lazy.js sets the store
    `store_id` to true then; the panel's callback waits for it): a chart below the fold costs
    the first render nothing."""
    return html.Div([dcc.Store(id=store_id, data=False), *children], **{"data-lazy": store_id})


# Margins are set from the labels (plotly's automargin, which did it by drawing every axis twice,
# is off: it was a quarter of a view's render): about this many pixels per character of the
# 13 px font, and labels longer than LABEL_CHARS shortened with an ellipsis (the full name is
# still the point's value and in its hover).
CHAR_PX, LABEL_CHARS = 7, 32


def short(label) -> str:
    label = str(label)
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"


def label_px(labels, rotated: bool = False) -> int:
    """The room the longest of `labels` (shortened) takes beside its axis, or below it when
    written at 45 degrees."""
    n = max((len(short(x)) for x in labels), default=0)
    return int(n * CHAR_PX * (0.72 if rotated else 1.0)) + 16


def legend_rows(names, width: int = 800) -> int:
    """Rows a horizontal legend of `names` takes across a chart about `width` px wide."""
    rows, used = 1, 0
    for name in names:
        w = len(str(name)) * CHAR_PX + 45  # the symbol, the text and the gap after it
        if used and used + w > width:
            rows, used = rows + 1, 0
        used += w
    return rows


def values(seq) -> list:
    """A column or array as a plain list for a figure dict, NaN as None (a gap)."""
    out = seq.tolist() if hasattr(seq, "tolist") else list(seq)
    return [[None if isinstance(v, float) and v != v else v for v in row] if isinstance(row, list) else
            (None if isinstance(row, float) and row != row else row) for row in out]


def styled(fig, **layout):
    """A plotly Figure or figure dict in the house style."""
    if isinstance(fig, dict):  # (plain dicts: a go.Figure validates every property, ~100 ms a chart)
        base = {**CHART_LAYOUT, **fig.get("layout", {})}
        for k, v in layout.items():
            if "_" in k and k.split("_", 1)[0] in ("xaxis", "yaxis"):  # xaxis_title="…"
                ax, prop = k.split("_", 1)
                base[ax] = {**base.get(ax, {}), prop: {"text": v} if prop == "title" else v}
            elif isinstance(v, dict) and isinstance(base.get(k), dict):
                base[k] = {**base[k], **v}
            elif k == "title" and isinstance(v, str):
                base[k] = {**base.get("title", {}), "text": v}
            else:
                base[k] = v
        return {**fig, "layout": base}
    fig.update_layout(**CHART_LAYOUT)
    fig.update_layout(**layout)
    return fig


def with_drill(graph, drill_id: str, hint: str = "Click a mark to list the statements behind it here.") -> html.Div:
    """A chart with its click-through panel beside it (not 2,000 px below)."""
    return dbc.Row([dbc.Col(graph, lg=8, className="chart"),
                    dbc.Col(dbc.Card(dbc.CardBody(html.P(hint, className="hint"), id=drill_id), className="drill-panel"),
                            lg=4, className="drill-col")], className="with-drill g-3")


def download_link(name: str, search: str | None, label: str | None = None, **params) -> html.A:
    """A link to the CSV route of `name` with the current filters (and extra params)."""
    qs = (search or "").lstrip("?")
    extra = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    qs = "&".join(p for p in (qs, extra) if p)
    return html.A(label or "Download CSV", href=f"/download/{name}.csv" + (f"?{qs}" if qs else ""),
                  className="download btn btn-outline-secondary btn-sm", id=f"dl-{name}", **{"data-name": name})


TABLE = "tbl table table-sm table-hover w-auto"  # Bootstrap's compact table, as wide as its content


def table(df, columns=None, id=None, links: dict | None = None, max_rows: int | None = None) -> html.Table:
    """A small HTML table of a frame; `links` maps a column to a function value -> href."""
    columns = list(columns or df.columns)
    links = links or {}
    body = []
    for i, row in enumerate(df.itertuples(index=False)):
        if max_rows and i >= max_rows:
            break
        d = row._asdict()
        cells = []
        for c in columns:
            v = d.get(c)
            if c in links and v is not None:
                cells.append(html.Td(dcc.Link(fmt(v), href=links[c](v, d))))
            else:
                cells.append(html.Td(fmt(v)))
        body.append(html.Tr(cells))
    kw = {"id": id} if id else {}
    return html.Table([html.Thead(html.Tr([html.Th(c) for c in columns])), html.Tbody(body)], className=TABLE, **kw)


def statement_list(rows: list[dict], id=None) -> html.Div:
    """Statements as a list: speaker, tone, escalation and cues, then the text itself."""
    items = []
    for r in rows:
        items.append(html.Li([
            html.Div([
                html.Span(r.get("speaker") or "", className="speaker",
                          style={"borderColor": speaker_colour(r.get("speaker"))}),
                html.Span(f" {r.get('section')} ", className=f"section section-{r.get('section')}"),
                html.Span(f"tone {fmt(r.get('tone'))} · escalation {fmt(r.get('escalation'))}", className="scores"),
                html.Span(f" · {r.get('published') or ''} {r.get('outlet') or ''}", className="meta"),
                dcc.Link(" document", href=f"/documents?doc={r.get('doc_id')}", className="doclink"),
            ]),
            html.Div(r.get("text") or "", className="stext"),
            html.Div("escalation cues: " + "; ".join(_cues(r.get("escalation_cues"))), className="cues")
            if r.get("escalation_cues") else None,
        ], className="statement"))
    kw = {"id": id} if id else {}
    return html.Div(html.Ul(items, className="statements") if items else html.P("No statements."), **kw)


def _cues(v) -> list[str]:
    """The cues as the scorer wrote them (a list, or one ;-separated string)."""
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v]
    return [x.strip() for x in str(v).split(";") if x.strip()]


def empty_store_page() -> html.Div:
    return html.Div([
        html.H2("The store is empty"),
        html.P("No documents have been added yet. Add coverage from the command line, then reload this page:"),
        html.Pre("stancewatch ingest PATH...      # files or folders: .txt .md .html .json .jsonl .csv"),
        html.P("or try the seeds: stancewatch demo"),
    ], className="empty-store", id="empty-store")


def error_page(message: str) -> html.Div:
    return html.Div([
        html.H2("The store cannot be read"),
        html.P(message, id="store-error-message"),
        html.P(["Check --db / STANCEWATCH_DB; a new store is made by ", html.Code("stancewatch ingest PATH --db URL"),
                "."]),
    ], className="store-error", id="store-error")


def no_match(what: str = "Nothing matches these filters.") -> html.P:
    return html.P(what, className="no-match")
