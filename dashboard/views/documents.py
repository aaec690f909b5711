"""Documents (/documents): the document list; with ?doc=ID one document's statements in
reading order coloured by speaker, and its text with speakers and scores highlighted."""
from __future__ import annotations

from collections import Counter
from functools import partial

from dash import ClientsideFunction, Input, Output, dcc, html

from .. import components as ui
from .. import data as Q

PATH = "/documents"
TITLE = "Documents"
WHAT = ("The documents under the filters, newest first; open one to read its statements in order, coloured by "
        "speaker with their tone and escalation, and its text with each statement highlighted.")


def layout() -> html.Div:
    return html.Div([ui.view_header(TITLE, WHAT), html.Div(id="doc-body")])


def text_segments(text: str, rows: list[dict]) -> list[list]:
    """The document's text cut at its statements: [[string, seq or None], ...] in order
    (overlapping or out-of-range statements are left unmarked). Plain strings: the browser
    puts them in as text (assets/document.js), never as markup."""
    parts, pos = [], 0
    for r in sorted(rows, key=lambda r: r["char_start"]):
        a, b = r["char_start"], r["char_end"]
        if a < pos or b > len(text) or b <= a:
            continue
        if a > pos:
            parts.append([text[pos:a], None])
        parts.append([text[a:b], r["seq"]])
        pos = b
    if pos < len(text):
        parts.append([text[pos:], None])
    return parts


def document_data(doc: dict, rows: list[dict]) -> dict:
    """What the browser needs to draw one document (assets/document.js): the statements
    and the text cut at them. One store, drawn as plain DOM: a Dash component per statement
    part made a 700-statement document take 40 s and more to appear."""
    sts = [{"seq": r["seq"], "speaker": r["speaker"], "section": r["section"], "tone": r.get("tone"),
            "escalation": r.get("escalation"), "cues": r.get("escalation_cues") or "", "text": r["text"],
            "colour": ui.speaker_colour(r["speaker"])} for r in rows]
    return {"statements": sts, "segments": text_segments(doc["text"] or "", rows)}


GROUP_OF = {s: g for g, names in Q.SECTION_GROUPS.items() for s in names}


def section_counts(rows: list[dict]) -> str:
    """"26 statements: 23 in articles, 3 spam" — this page shows every section, while the
    document list counts only the sections the filters keep (spam is hidden by default)."""
    n = Counter(GROUP_OF.get(r["section"], r["section"]) for r in rows)
    if len(n) <= 1:
        return f"{len(rows)} statements" + (f" ({next(iter(n))})" if n else "")
    return f"{len(rows)} statements: " + ", ".join(f"{v} {k}" for k, v in n.items())


def document_page(engine, f: Q.Filters, search: str) -> html.Div:
    doc = Q.document(engine, f.doc)
    if doc is None:
        return html.P(f"No document {f.doc} in the store.", id="doc-missing")
    rows = Q.document_statements(engine, f.doc)
    back = "/documents" + f.with_(doc=None).to_search()
    byline = f"by {doc['author']}" if doc.get("author") else None  # as text: Dash never reads it as markup
    meta = " · ".join(x for x in (doc["published"] or "undated", byline, doc["outlet"], doc["source"],
                                  section_counts(rows)) if x)
    return html.Div([
        dcc.Link("← all documents", href=back),
        html.H3(doc["title"] or doc["source"], id="doc-title"),
        html.P(meta, id="doc-meta"),
        ui.download_link("document", "?doc=" + f.doc, "Download this document's statements (CSV)"),
        html.P("Click a statement to find it in the text, or a highlighted passage to find its statement. "
               "Tone: VADER compound, −1 negative … +1 positive; escalation: −1 conciliatory … +1 escalatory "
               "(see Method).", className="what"),
        dcc.Store(id="doc-data", data=document_data(doc, rows)),
        html.Span(id="doc-rendered", className="sr-only"),
        html.Div([html.Div([html.H4("Statements in reading order"),
                            html.Ol(id="doc-statements", className="statements doc-list")], className="col-lg-6"),
                  html.Div([html.H4("Text"), html.Div(id="doc-text", className="doctext")], className="col-lg-6")],
                 className="row g-4"),
    ])


def update(engine, search):
    """The list (cached per store and URL until the store changes), or one document (not
    cached: its data is large)."""
    f = Q.Filters.from_search(search)
    if f.doc:
        return document_page(engine, f, search)
    return documents_outputs(engine, search)


@Q.cached
def documents_outputs(engine, search):
    f = Q.Filters.from_search(search)
    if f.doc:
        return document_page(engine, f, search)
    df, total = Q.document_table(engine, f)
    if df.empty:
        return ui.no_match()
    link = lambda _v, row: "/documents" + f.with_(doc=row["doc_id"]).to_search()  # noqa: E731
    df = df.assign(title=df["title"].fillna(df["source"]))
    kept = " and ".join(f.sections)
    return html.Div([
        html.P(f"{len(df)} of {total} documents shown" + ("; the CSV has all of them." if total > len(df) else ".")),
        ui.explain(f"statements: those in the sections kept ({kept}); a document's page counts every section."),
        ui.download_link("documents", search),
        ui.table(df, ["published", "outlet", "author", "title", "kind", "statements"], id="doc-table", links={"title": link}),
    ])


def register_callbacks(app, engine) -> None:
    app.callback(Output("doc-body", "children"), Input("url", "search"))(partial(update, engine))
    app.clientside_callback(ClientsideFunction("stancewatch", "renderDocument"),
                            Output("doc-rendered", "children"), Input("doc-data", "data"))
