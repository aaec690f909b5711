"""Shared fixtures: a throw-away store per test on every backend, engines always disposed.

``db_url`` / ``engine`` run each test on SQLite (a file in the test's folder) and, when
``STANCEWATCH_TEST_PG`` names a PostgreSQL database (``.ci/run`` sets it), again on
PostgreSQL in a schema of its own, created for the test and dropped after it: parallel
runs and reruns on one server never see each other's tables. A test that is about the
SQLite file itself asks for ``sqlite_url`` instead (and says why)."""
import os
import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from analysis import store

PG = os.environ.get("STANCEWATCH_TEST_PG")
BACKENDS = ["sqlite"] + (["postgresql"] if PG else [])


def pg_schema_url(base: str, schema: str) -> str:
    """`base` with every connection's search_path set to `schema` (libpq's options)."""
    url = make_url(base)
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@pytest.fixture(scope="session", autouse=True)
def _build_cache(tmp_path_factory):
    """The tests' own cache folder (analysis/build_cache.py): they never read what the
    user's runs built, nor write into the user's cache, and the CLI runs they start inherit it."""
    before = os.environ.get("STANCEWATCH_CACHE")
    os.environ["STANCEWATCH_CACHE"] = str(tmp_path_factory.mktemp("build-cache"))
    yield
    if before is None:
        os.environ.pop("STANCEWATCH_CACHE", None)
    else:
        os.environ["STANCEWATCH_CACHE"] = before


@pytest.fixture(scope="session")
def pg_admin():
    eng = create_engine(PG)
    yield eng
    eng.dispose()


@pytest.fixture
def sqlite_url(tmp_path):
    """The URL of a SQLite store in this test's folder (not created until connected)."""
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """The URL of an empty store: SQLite in this test's folder, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with pg_schema(request.getfixturevalue("pg_admin"), "t") as url:
        yield url


@contextmanager
def pg_schema(admin, prefix: str):
    """A fresh PostgreSQL schema (its URL), dropped with everything in it afterwards."""
    schema = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield pg_schema_url(PG, schema)
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def engine(db_url):
    """A connected store; disposed after the test so no connection outlives it."""
    eng = store.connect(db_url)
    yield eng
    eng.dispose()
