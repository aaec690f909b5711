"""CSV downloads, Flask routes beside the Dash app: ``/download/<name>.csv?<filters>``.

Each chart and table's CSV is computed by the same query function as the chart (so it is
exactly what it shows); the statement rows are streamed from the store in DESIGN.md's
column contract through analysis.export (formula-injection safe), never truncated.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from urllib.parse import quote

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


# characters a download's file name keeps (everything else becomes "-"): letters and
# digits of any script, and . _ + - (the filters' slug uses them); nothing that could end
# a quoted string, start a parameter or a path in Content-Disposition (RFC 6266)
_NOT_NAME = re.compile(r"[^\w.+-]")
SMOOTH_MAX = 52  # periods a series may be smoothed over (a year of weeks)


def file_name(*parts: str) -> str:
    """A download's file name from its parts: whitelisted characters only, at most 200."""
    name = _NOT_NAME.sub("-", "-".join(p for p in parts if p))
    return re.sub(r"-{2,}", "-", name).strip("-.")[:200] or "stancewatch"


def content_disposition(name: str) -> str:
    """attachment; an ASCII filename= for old clients and the UTF-8 filename*= (RFC 6266,
    RFC 5987) for the rest, both from the whitelisted `name`."""
    ascii_name = file_name(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii"))
    return f"attachment; filename=\"{ascii_name}.csv\"; filename*=UTF-8''{quote(name + '.csv', safe='')}"


def bad_request(message: str):
    """End the request with a 400 and a one-line plain-text reason."""
    abort(Response(message + "\n", status=400, mimetype="text/plain"))


def series_args(args) -> tuple[str, int]:
    """?freq= and ?smooth= of the series download; a bad value is the client's error (400)."""
    freq = args.get("freq") or "month"
    if freq not in Q.FREQS:
        bad_request(f"freq must be one of {', '.join(Q.FREQS)}")
    raw = args.get("smooth") or "1"
    if not re.fullmatch(r"[0-9]{1,6}", raw) or not 1 <= int(raw) <= SMOOTH_MAX:
        bad_request(f"smooth must be a whole number of periods from 1 to {SMOOTH_MAX}")
    return freq, int(raw)


def table_rows(engine, name: str, f: Q.Filters, args) -> tuple[list[dict] | object, tuple[str, ...]]:
    if name in ("statements", "document"):
        if name == "document" and not f.doc:
            bad_request("document needs ?doc=ID")
        g = Q.Filters(doc=f.doc, sections=tuple(Q.SECTION_GROUPS)) if name == "document" else f
        return Q.iter_statement_export(engine, g), ex.STATEMENT_COLUMNS
    if name == "actors":
        df = Q.actor_table(engine, f, limit=None)
    elif name == "series":
        df = Q.actor_series(engine, f, *series_args(args))
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
        try:
            args = request.args
        except UnicodeDecodeError:
            bad_request("the query string is not UTF-8")
        f = Q.Filters.from_search(request.query_string.decode("utf-8", "replace"))
        try:
            Q.check(engine)
        except Q.StoreError as e:
            return Response(str(e) + "\n", status=503, mimetype="text/plain")
        rows, columns = table_rows(engine, name, f, args)
        extra = [f"{k}-{v}" for k, v in zip(("freq", "smooth"), series_args(args))] \
            if name == "series" and (args.get("freq") or args.get("smooth")) else []
        fname = file_name("stancewatch", name, f.slug(), *extra)
        return Response(_stream_csv(rows, columns), mimetype="text/csv",
                        headers={"Content-Disposition": content_disposition(fname),
                                 "X-Content-Type-Options": "nosniff"})

    server.add_url_rule("/download/<name>.csv", "stancewatch_download", download)
