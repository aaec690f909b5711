"""The app factory: layout shell (navigation, shared filter bar), the URL router, the
filter <-> URL synchronisation, and each view's callbacks bound to this app."""
from __future__ import annotations

import sysconfig
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

import dash_bootstrap_components as dbc
from dash import Dash, Input, Output, State, ctx, dcc, html, no_update

from . import auth, downloads, notices
from . import components as ui
from . import queries as Q
from .views import actor, actors, documents, dyad, method, overview, runs, statements

VIEWS = (overview, actors, actor, dyad, documents, statements, runs, method)


def assets_folder() -> Path:
    """The design card's top-level assets/ (CSS), beside dashboard/ in a checkout (the
    README's editable install); a built wheel installs it as data under
    <prefix>/share/stancewatch/assets (pyproject.toml: data-files)."""
    here = Path(__file__).resolve().parent.parent / "assets"
    if here.is_dir():
        return here
    return Path(sysconfig.get_path("data")) / "share" / "stancewatch" / "assets"


ASSETS = assets_folder()
DATE_PATTERN = Q.DATE_RE.pattern  # what Filters accepts as a date
# (component, property) of each filter control, in sync_filters' order
FILTER_PROPS = (("f-dates", "start_date"), ("f-dates", "end_date"), ("f-outlet", "value"), ("f-section", "value"),
                ("f-kind", "value"), ("f-actor", "value"), ("f-q", "value"), ("f-minn", "value"))
FILTER_IDS = tuple(dict.fromkeys(i for i, _ in FILTER_PROPS))


def filter_bar(opts: dict, search: str = "") -> html.Div:
    """The filter controls, set to the filters of `search` (the page's query string)."""
    f = Q.Filters.from_search(search)
    start, end = picker_dates(f)
    dd = lambda id_, field, ph: dcc.Dropdown(  # noqa: E731
        id=id_, options=with_values(opts.get(field, []), getattr(f, field)), value=list(getattr(f, field)),
        multi=True, placeholder=ph)
    return html.Div([
        # a calendar range; the URL also takes a year or a month (since=2022-02&until=2022), shown
        # here as its first and last day
        html.Span(dcc.DatePickerRange(id="f-dates", start_date=start, end_date=end, display_format="YYYY-MM-DD",
                                      clearable=True,
                                      start_date_placeholder_text="from", end_date_placeholder_text="to",
                                      minimum_nights=0, first_day_of_week=1, number_of_months_shown=2),
                  title="date range, inclusive (a document dated only to a year or month counts when the range "
                        "covers all of it)", className="dates"),
        dd("f-outlet", "outlets", "outlets"),
        dbc.Checklist(id="f-section", options=[{"label": "articles", "value": "articles"},
                                               {"label": "comments", "value": "comments"},
                                               {"label": "spam", "value": "spam"}],
                      value=list(f.sections), inline=True, switch=True, className="small"),
        dd("f-kind", "kinds", "speaker kinds"),
        dd("f-actor", "actors", "actors"),
        dbc.Input(id="f-q", value=f.q, type="search", placeholder="search text", debounce=True, size="sm",
                  style={"width": "12rem"}),
        html.Span(dbc.InputGroup([dbc.InputGroupText("min N"),
                                  dbc.Input(id="f-minn", type="number", min=1, max=10000, step=1, value=f.min_n,
                                            debounce=True, style={"width": "4.5rem"})], size="sm"),
                  className="minn", title="means of fewer scored statements than this are greyed or hidden"),
    ], className="filters", id="filters")


def picker_dates(f) -> tuple[str | None, str | None]:
    """The URL's since/until as the picker's days: 2022 -> 2022-01-01 .. 2022-12-31."""
    import calendar
    s, u = f.since, f.until
    if s and len(s) == 4:
        s += "-01-01"
    elif s and len(s) == 7:
        s += "-01"
    if u and len(u) == 4:
        u += "-12-31"
    elif u and len(u) == 7:
        u += f"-{calendar.monthrange(int(u[:4]), int(u[5:]))[1]:02d}"
    return s, u


def shell(engine) -> html.Div:
    """The layout served on every page load (filter options read from the store then)."""
    try:
        Q.check(engine)
        opts = Q.options(engine)
    except Q.StoreError:
        opts = {}
    nav = dbc.Nav([dbc.NavItem(dbc.NavLink(v.TITLE, href=v.PATH, active="exact", id=f"nav-{v.__name__.rsplit('.', 1)[-1]}"))
                   for v in VIEWS], navbar=True)
    # The view and the filter controls of the page asking for this layout are built here, not by
    # the router and filter callbacks after it: the view's own callbacks start at once instead of
    # two round trips and renders later (both of those callbacks skip their initial call).
    path, search, href = requested_url()
    # the page's address given to the Location as it is: one left empty is set on mount, which
    # counts as a change and fires the router and filter callbacks after all
    here = {"pathname": path, "search": search, "href": href, "hash": ""} if path is not None else {}
    return html.Div([
        dcc.Location(id="url", refresh=False, **here),
        dcc.Store(id="page-path", data=path),
        dbc.Navbar(dbc.Container([dbc.NavbarBrand("Stancewatch", href="/"), nav], fluid=True), color="dark",
                   dark=True, className="py-1"),
        filter_bar(opts, search),
        dbc.Container(route(engine, path) if path is not None else None, id="page", fluid=True, className="pb-5",
                      tag="main"),
    ])


def requested_url() -> tuple[str | None, str, str | None]:
    """The path, query string and address of the page whose layout is being served: the page
    fetches /_dash-layout itself, and its address is the request's Referer (same origin, kept
    by Referrer-Policy: same-origin). (None, "", None) outside a request or without a Referer:
    the page then asks the router for its view (route_first)."""
    from flask import has_request_context, request
    if not has_request_context() or not request.referrer:
        return None, "", None
    ref = urlsplit(request.referrer)
    if ref.netloc != request.host:
        return None, "", None
    return ref.path, f"?{ref.query}" if ref.query else "", request.referrer


def route_first(engine, built, pathname, search):
    """A layout served without knowing its page (no Referer) gets its view, and the filter
    controls their values, from here (one call on load; nothing when the layout has them).
    Later views come from the router callback (url.pathname)."""
    if built is not None:
        return (no_update,) * (1 + len(FILTER_PROPS) + len(LISTED))
    return (route(engine, pathname),) + sync_filters(None, search, *([None] * len(FILTER_PROPS)))[1:] + \
        sync_options(search, *([None] * len(LISTED)))


def route(engine, pathname):
    """The view at `pathname`, or the empty-store / error page."""
    try:
        Q.check(engine)
        empty = not Q.has_documents(engine)
    except Q.StoreError as e:
        return ui.error_page(str(e))
    if empty:
        return ui.empty_store_page()
    for v in VIEWS:
        if (pathname or "/").rstrip("/") == v.PATH.rstrip("/"):
            return v.layout()
    return html.Div([html.H2("Not found"), html.P(f"No view at {pathname}."), dcc.Link("Overview", href="/")])


LISTED = (("f-outlet", "outlets"), ("f-kind", "kinds"), ("f-actor", "actors"))  # dropdowns: filter field


def with_values(options, values) -> list:
    """A dropdown's options plus the URL's values it lacks (a dropdown drops a value it
    does not offer, which silently removed outlet=BBC from the filters; the page says
    instead that nothing is called that)."""
    options = list(options or [])
    have = {o["value"] if isinstance(o, dict) else o for o in options}
    return options + [{"label": f"{v} (not in the store)", "value": v} for v in values if v not in have]


def sync_options(search, *options):
    f = Q.Filters.from_search(search)
    return tuple(with_values(o, getattr(f, field)) for o, (_, field) in zip(options, LISTED))


def sync_filters(trigger, search, since, until, outlet, section, kind, actor, q, minn=None):
    """One callback both ways (Dash's circular pattern): a new URL sets the filter
    controls; a changed control rewrites the URL's query string (keeping the view's own
    parameters such as doc or target). Returns (search, *controls)."""
    if trigger in (None, "url"):
        f = Q.Filters.from_search(search)
        return (no_update, *picker_dates(f), list(f.outlets), list(f.sections), list(f.kinds), list(f.actors),
                f.q, f.min_n)
    old = Q.Filters.from_search(search)
    s0, u0 = picker_dates(old)
    f = old.with_(
        # a picked day replaces the URL's year or month only when it changed
        since=old.since if (since or None) == s0 else (since or None),
        until=old.until if (until or None) == u0 else (until or None),
        outlets=tuple(outlet or ()),
        sections=tuple(section) if section else (), kinds=tuple(kind or ()), actors=tuple(actor or ()), q=q or None,
        min_n=Q.Filters.from_search(f"?minn={minn}").min_n if minn not in (None, "") else Q.MIN_N)
    new = f.to_search()
    return (no_update if new == (search or "") else new,) + (no_update,) * len(FILTER_PROPS)


def nav_links(search):
    """The navigation keeps the filters (not the view's own doc/target)."""
    f = Q.Filters.from_search(search).with_(doc=None, target=None)
    s = f.to_search()
    return tuple(v.PATH + s for v in VIEWS)


def create_app(db_url: str, *, user: str | None = None, password: str | None = None) -> Dash:
    """A Dash app on the store at `db_url` (never created or altered: a dashboard only reads).
    Basic auth when `user`/`password` or STANCEWATCH_USER/STANCEWATCH_PASSWORD are set."""
    engine = Q.engine_for(db_url) if Q.store._sqlite_file(db_url) is None or \
        Q.store._sqlite_file(db_url).exists() else None
    app = Dash(__name__, title="Stancewatch", assets_folder=str(ASSETS), suppress_callback_exceptions=True,
               update_title=None)
    app.server.config["STANCEWATCH_DB"] = db_url
    if engine is None:  # a missing SQLite file: every page says so
        message = f"no store at {db_url}: run `stancewatch ingest PATH --db {db_url}` first"
        engine = _Missing(message)
    app.layout = partial(shell, engine)
    app.callback(Output("page", "children"), Input("url", "pathname"), prevent_initial_call=True)(
        partial(route, engine))
    app.callback(Output("page", "children", allow_duplicate=True),
                 *[Output(i, p, allow_duplicate=True) for i, p in FILTER_PROPS],
                 *[Output(i, "options", allow_duplicate=True) for i, _ in LISTED],
                 Input("page-path", "data"), State("url", "pathname"), State("url", "search"),
                 prevent_initial_call="initial_duplicate")(partial(route_first, engine))
    app.callback(Output("url", "search"), *[Output(i, p) for i, p in FILTER_PROPS],
                 *[Output(i, "options") for i, _ in LISTED],
                 Input("url", "search"), *[Input(i, p) for i, p in FILTER_PROPS],
                 *[State(i, "options") for i, _ in LISTED], prevent_initial_call=True)(
        lambda search, *values: sync_filters(ctx.triggered_id, search, *values[:len(FILTER_PROPS)])
        + (sync_options(search, *values[len(FILTER_PROPS):]) if ctx.triggered_id in (None, "url")
           else (no_update,) * len(LISTED)))
    app.callback(*[Output(f"nav-{v.__name__.rsplit('.', 1)[-1]}", "href") for v in VIEWS],
                 Input("url", "search"))(nav_links)
    for v in VIEWS:
        v.register_callbacks(app, engine)
    notices.register_callbacks(app, engine)
    downloads.register_routes(app.server, engine)
    auth.install(app.server, user, password)
    security_headers(app)
    app.stancewatch_engine = engine
    return app


def content_security_policy(app: Dash) -> str:
    """Scripts only from this server plus Dash's one inline bootstrap script (by its hash,
    which Dash computes: app.csp_hashes()); no eval, no plugins, no framing, no foreign
    connections. Styles allow 'unsafe-inline': Plotly and React set inline styles, and a
    style cannot run code. Images allow data:/blob: (Plotly's "download as png" and its icons)."""
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(app.csp_hashes()),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def security_headers(app: Dash) -> None:
    """Every response (pages, callbacks, assets, downloads, errors, 401s) says: don't sniff
    a type other than the declared one, run only this app's scripts, and don't be framed."""
    policy = content_security_policy(app)

    @app.server.after_request
    def _headers(response):
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        return response


class _Missing:
    """Stands in for an engine when the store file does not exist: every use says so."""

    def __init__(self, message: str):
        self.message = message

    def connect(self):
        raise Q.StoreError(self.message)

    def dispose(self):
        pass
