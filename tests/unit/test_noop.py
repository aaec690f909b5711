"""What the nightly job's no-op check (analysis.noop) reads without SQLAlchemy agrees with
what the store reads with it: the database file of a URL, and whether a URL is a feed."""
import pytest

from analysis import noop
from analysis.store.lock import sqlite_file


@pytest.mark.parametrize("url", ["sqlite:///data/stancewatch.db", "sqlite:///./data/x.db", "sqlite:////srv/sw/x.db",
                                 "sqlite+pysqlite:///rel/x.db", "sqlite:///~/sw.db"])
def test_a_plain_sqlite_url_names_the_file_sqlalchemy_opens(url):
    assert noop.sqlite_path(url) == sqlite_file(url)


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite:///x.db?mode=ro", "sqlite:///a%20b.db",
                                 "postgresql://u@h/db", "mysql://u@h/db"])
def test_any_other_url_is_left_to_the_full_job(url):
    assert noop.sqlite_path(url) is None


def test_a_url_that_names_no_store_is_left_to_the_full_job(tmp_path):
    url = f"sqlite:///{tmp_path / 'typo.db'}"
    assert noop.try_noop(url, "v") is None
    assert not (tmp_path / "typo.db").exists()
    assert noop.try_noop("mysql://u@localhost/none", "v") is None

