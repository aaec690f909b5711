"""Shared fixtures: a throw-away SQLite store per test, engines always disposed."""
import pytest

from analysis import store


@pytest.fixture
def db_url(tmp_path):
    """The URL of a SQLite store in this test's folder (not created until connected)."""
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture
def engine(db_url):
    """A connected store; disposed after the test so no connection outlives it."""
    eng = store.connect(db_url)
    yield eng
    eng.dispose()
