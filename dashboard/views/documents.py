"""Documents (/documents): the document list; with ?doc=ID one document's statements in
reading order coloured by speaker, and its text with speakers and scores highlighted."""
from __future__ import annotations

from functools import partial

from dash import Input, Output, dcc, html

from .. import components as ui
from .. import queries as Q

PATH = "/documents"
TITLE = "Documents"
WHAT = ("The documents under the filters, newest first; open one to read its statements in order, coloured by "
        "speaker with their tone and escalation, and its text with each statement highlighted.")


def layout() -> html.Div:
    return html.Div([ui.view_header(TITLE, WHAT), html.Div(id="doc-body")])


def highlighted_text(text: str, rows: list[dict]) -> html.Div:
    """The document's text as plain strings, each statement a coloured span (title: speaker
    and scores); comments and spam marked by class. Never HTML from the document."""
    parts, pos = [], 0
    for r in sorted(rows, key=lambda r: r["char_start"]):
        a, b = r["char_start"], r["char_end"]
        if a < pos or b > len(text):
            continue
        if a > pos:
            parts.append(text[pos:a])
        tip = f"{r['speaker']} · {r['section']} · tone {ui.fmt(r.get('tone'))} · escalation {ui.fmt(r.get('escalation'))}"
        parts.append(html.Span(text[a:b], title=tip, className=f"hl section-{r['section']}",
                               style={"borderBottom": f"3px solid {ui.speaker_colour(r['speaker'])}"}))
        pos = b
    parts.append(text[pos:])
    return html.Div(parts, className="doctext", id="doc-text")


def document_page(engine, f: Q.Filters, search: str) -> html.Div:
    doc = Q.document(engine, f.doc)
    if doc is None:
        return html.P(f"No document {f.doc} in the store.", id="doc-missing")
    rows = Q.document_statements(engine, f.doc)
    back = "/documents" + f.with_(doc=None).to_search()
    items = [html.Li([html.Span(f"{r['seq']}. ", className="seq"),
                      html.Span(r["speaker"], className="speaker",
                                style={"borderColor": ui.speaker_colour(r["speaker"]),
                                       "color": ui.speaker_colour(r["speaker"])}),
                      html.Span(f" [{r['section']}]", className=f"section section-{r['section']}"),
                      html.Span(f" tone {ui.fmt(r['tone'])} · escalation {ui.fmt(r['escalation'])}", className="scores"),
                      html.Div(r["text"], className="stext")], className=f"statement section-{r['section']}")
             for r in rows]
    return html.Div([
        dcc.Link("← all documents", href=back),
        html.H3(doc["title"] or doc["source"], id="doc-title"),
        html.P(f"{doc['published'] or 'undated'} · {doc['outlet'] or ''} · {doc['source']} · {len(rows)} statements"),
        ui.download_link("document", "?doc=" + f.doc, "Download this document's statements (CSV)"),
        html.Div([html.Div([html.H4("Statements in reading order"), html.Ol(items, id="doc-statements")],
                           className="half"),
                  html.Div([html.H4("Text"), highlighted_text(doc["text"], rows)], className="half")],
                 className="row"),
    ])


def update(engine, search):
    f = Q.Filters.from_search(search)
    if f.doc:
        return document_page(engine, f, search)
    df, total = Q.document_table(engine, f)
    if df.empty:
        return ui.no_match()
    link = lambda _v, row: "/documents" + f.with_(doc=row["doc_id"]).to_search()  # noqa: E731
    df = df.assign(open=df["title"].fillna(df["source"]))
    return html.Div([
        html.P(f"{len(df)} of {total} documents shown" + ("; the CSV has all of them." if total > len(df) else ".")),
        ui.download_link("documents", search),
        ui.table(df, ["published", "outlet", "open", "kind", "statements"], id="doc-table", links={"open": link}),
    ])


def register_callbacks(app, engine) -> None:
    app.callback(Output("doc-body", "children"), Input("url", "search"))(partial(update, engine))
