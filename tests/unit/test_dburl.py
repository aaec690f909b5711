"""Store URLs: postgresql:// means psycopg 3 whatever SQLAlchemy 2.x is installed."""
import pytest

from analysis.dburl import create_engine, engine_url


@pytest.mark.parametrize("given, driver", [
    ("postgresql://ana:pw@db:5432/stance", "postgresql+psycopg"),
    ("postgres://ana:pw@db/stance", "postgresql+psycopg"),  # Heroku-style scheme
    ("postgresql+psycopg://ana@db/stance", "postgresql+psycopg"),
    ("postgresql+psycopg2://ana@db/stance", "postgresql+psycopg2"),  # a driver named is kept
    ("sqlite:///data/x.db", "sqlite"),
])
def test_a_bare_postgresql_url_means_psycopg3(given, driver):
    u = engine_url(given)
    assert u.drivername == driver
    assert (u.host, u.database) == ((None, "data/x.db") if driver == "sqlite" else ("db", "stance"))


def test_everything_else_in_the_url_is_kept():
    u = engine_url("postgresql://ana:p%40ss@db:6543/stance?options=-csearch_path%3Dt_1&sslmode=require")
    assert (u.username, u.password, u.port) == ("ana", "p@ss", 6543)
    assert dict(u.query) == {"options": "-csearch_path=t_1", "sslmode": "require"}


def test_an_engine_is_made_without_connecting():
    eng = create_engine("postgresql://ana@127.0.0.1:1/none")
    try:
        assert eng.dialect.driver == "psycopg"
    finally:
        eng.dispose()
