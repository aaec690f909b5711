"""CSV downloads, Flask routes beside the Dash app: ``/download/<name>.csv?<filters>``.

Each chart and table's CSV is computed by the same query function as the chart (so it is
exactly what it shows); the statement rows are streamed from the store in DESIGN.md's
column contract through analysis.export (formula-injection safe), never truncated.
"""
from __future__ import annotations

import csv
import io

from flask import Response, abort, request

from analysis import export as ex

from . import queries as Q

TABLES = ("statements", "document", "actors", "series", "stance", "escalatory", "conciliatory", "documents",
          "runs", "drift")


class _Line(io.StringIO):
    def pop(self) -> str:
        v = self.getvalue()
        self.seek(0)
        self.truncate()
        return v


def _stream_csv(rows, columns):
    """CSV text chunks (analysis.export's cells): the header, then about a hundred rows at a time."""
    buf = _Line()
    w = csv.writer(buf, lineterminator="\n")
    for i, cells in enumerate(ex.safe_rows(rows, columns)):
        w.writerow(cells)
        if i % 100 == 0:
            yield buf.pop()
    yield buf.pop()


def table_rows(engine, name: str, f: Q.Filters, args) -> tuple[list[dict] | object, tuple[str, ...]]:
    if name in ("statements", "document"):
        if name == "document" and not f.doc:
            abort(400, "document needs ?doc=ID")
        g = Q.Filters(doc=f.doc, sections=tuple(Q.SECTION_GROUPS)) if name == "document" else f
        return Q.iter_statement_export(engine, g), ex.STATEMENT_COLUMNS
    if name == "actors":
        df = Q.actor_table(engine, f, limit=None)
    elif name == "series":
        df = Q.actor_series(engine, f, args.get("freq", "month"), int(args.get("smooth", 1) or 1))
    elif name == "stance":
        df = Q.stance_matrix(engine, f)
    elif name in ("escalatory", "conciliatory"):
        hi, lo = Q.extreme_statements(engine, f)
        return (hi if name == "escalatory" else lo), ex.STATEMENT_COLUMNS
    elif name == "documents":
        df, _ = Q.document_table(engine, f, limit=None)
    elif name == "runs":
        df = Q.run_table(engine, limit=100000)
    else:
        df = Q.drift_table(engine, None, f)
    return df.astype(object).where(df.notna(), None).to_dict("records"), tuple(df.columns)


def register_routes(server, engine) -> None:
    def download(name: str):
        if name not in TABLES:
            abort(404)
        f = Q.Filters.from_search(request.query_string.decode("utf-8", "replace"))
        try:
            Q.check(engine)
        except Q.StoreError as e:
            return Response(str(e) + "\n", status=503, mimetype="text/plain")
        rows, columns = table_rows(engine, name, f, request.args)
        extra = "-".join(f"{k}-{request.args[k]}" for k in ("freq", "smooth") if request.args.get(k))
        fname = f"stancewatch-{name}-{f.slug()}" + (f"-{extra}" if extra else "") + ".csv"
        return Response(_stream_csv(rows, columns), mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{fname}"',
                                 "X-Content-Type-Options": "nosniff"})

    server.add_url_rule("/download/<name>.csv", "stancewatch_download", download)
