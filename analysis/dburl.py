"""Store URLs into engines: the one place a URL becomes a SQLAlchemy engine's URL.

``postgresql://`` (and Heroku's ``postgres://``) mean psycopg 3 here, whatever SQLAlchemy
2.x release is installed: 2.1 maps the bare scheme to psycopg 3, 2.0 to psycopg2 (which is
not a dependency). A URL that names its driver (``postgresql+psycopg2://``) is kept as given.
"""
from __future__ import annotations

import sqlalchemy
from sqlalchemy.engine import URL, Engine, make_url

POSTGRES_DRIVER = "postgresql+psycopg"


def engine_url(url: str | URL) -> URL:
    """`url` with a bare PostgreSQL scheme made explicit (psycopg 3); anything else as given."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername=POSTGRES_DRIVER)
    return u


def create_engine(url: str | URL, **kwargs) -> Engine:
    """sqlalchemy.create_engine on :func:`engine_url`; a missing database driver is one line
    saying which extra to install."""
    u = engine_url(url)
    try:
        return sqlalchemy.create_engine(u, **kwargs)
    except ModuleNotFoundError as e:
        extra = " (pip install 'stancewatch[postgres]')" if u.get_backend_name() == "postgresql" else ""
        raise RuntimeError(f"no driver for {u.drivername}: {e}{extra}") from e
