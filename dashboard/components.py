"""Presentation helpers shared by the views: tables, statement lists, download links,
the empty-store and error pages. Document text is always passed as a plain string child
(React escapes it): never raw HTML, never Markdown.
"""
from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from dash import dcc, html

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173")


def speaker_colour(name: str | None) -> str:
    h = int(hashlib.md5((name or "").encode("utf-8"), usedforsecurity=False).hexdigest()[:8], 16)  # a colour, not a secret
    return PALETTE[h % len(PALETTE)]


def fmt(v, places: int = 3) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        if v != v:  # NaN
            return "–"
        return f"{v:.{places}f}"
    return str(v)


def view_header(title: str, sentence: str) -> html.Div:
    return html.Div([html.H2(title), html.P(sentence, className="what")], className="view-header")


def download_link(name: str, search: str | None, label: str | None = None, **params) -> html.A:
    """A link to the CSV route of `name` with the current filters (and extra params)."""
    qs = (search or "").lstrip("?")
    extra = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    qs = "&".join(p for p in (qs, extra) if p)
    return html.A(label or f"Download CSV", href=f"/download/{name}.csv" + (f"?{qs}" if qs else ""),
                  className="download", id=f"dl-{name}", **{"data-name": name})


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
    return html.Table([html.Thead(html.Tr([html.Th(c) for c in columns])), html.Tbody(body)], className="tbl", **kw)


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
            html.Div(f"cues: {r.get('escalation_cues')}", className="cues") if r.get("escalation_cues") else None,
        ], className="statement"))
    kw = {"id": id} if id else {}
    return html.Div(html.Ul(items, className="statements") if items else html.P("No statements."), **kw)


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
        html.P("Check --db / STANCEWATCH_DB; a new store is made by `stancewatch ingest PATH --db URL`."),
    ], className="store-error", id="store-error")


def no_match() -> html.P:
    return html.P("Nothing matches these filters.", className="no-match")
