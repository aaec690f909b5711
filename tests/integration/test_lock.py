"""The store's named locks (analysis/store/lock.py), on every backend: one holder at a time per
name and store, released by release(), by leaving a with block, or by the holder's end;
acquire() waits for the holder. (A killed holder: tests/integration/test_rescore_kill.py.)"""
import os
import socket
import threading
import time

from sqlalchemy import create_engine

from analysis import store
from analysis.store import lock


def test_one_holder_per_name(engine):
    held = lock.try_acquire(engine, "rescore")
    assert held is not None
    try:
        assert lock.try_acquire(engine, "rescore") is None  # a second taker is refused at once
        other = lock.try_acquire(engine, "migrate")  # another name is another lock
        assert other is not None
        other.release()
    finally:
        held.release()
    again = lock.try_acquire(engine, "rescore")  # released: free again
    assert again is not None
    again.release()
    again.release()  # releasing twice is harmless
    with lock.try_acquire(engine, "rescore") as last:
        assert last is not None


def test_a_with_block_releases(engine):
    with lock.try_acquire(engine, "rescore") as held:
        assert held is not None and lock.try_acquire(engine, "rescore") is None
    with lock.try_acquire(engine, "rescore") as again:
        assert again is not None


def test_acquire_waits_for_the_holder(engine):
    held = lock.acquire(engine, "migrate")
    assert lock.try_acquire(engine, "migrate") is None  # acquire took the lock of that name
    got = []

    def wait():
        t0 = time.monotonic()
        with lock.acquire(engine, "migrate"):
            got.append(time.monotonic() - t0)

    t = threading.Thread(target=wait)
    t.start()
    time.sleep(0.4)
    assert got == []  # still waiting
    held.release()
    t.join(10)
    assert len(got) == 1 and got[0] >= 0.35


def test_sqlite_lock_file_beside_the_store_says_who_holds_it(sqlite_url, tmp_path):
    eng = store.connect(sqlite_url)
    try:
        with lock.try_acquire(eng, "rescore"):
            path = tmp_path / "store.db.rescore.lock"
            host, pid, when = path.read_text().split()
            assert (host, int(pid)) == (socket.gethostname(), os.getpid())
            assert abs(float(when) - time.time()) < 60
    finally:
        eng.dispose()


def test_each_store_has_its_own_locks(db_url, tmp_path):
    other_url = f"sqlite:///{tmp_path / 'other' / 'store.db'}" if db_url.startswith("sqlite") else None
    a = store.connect(db_url)
    try:
        with lock.try_acquire(a, "rescore"):
            if other_url is None:  # PostgreSQL: a schema of its own is another store
                from tests.conftest import pg_schema
                admin = create_engine(os.environ["STANCEWATCH_TEST_PG"])
                try:
                    with pg_schema(admin, "lk") as url:
                        b = store.connect(url)
                        try:
                            with lock.try_acquire(b, "rescore") as other:
                                assert other is not None
                        finally:
                            b.dispose()
                finally:
                    admin.dispose()
            else:
                b = store.connect(other_url)
                try:
                    with lock.try_acquire(b, "rescore") as other:
                        assert other is not None
                finally:
                    b.dispose()
    finally:
        a.dispose()


def test_an_in_memory_store_lives_in_one_process():
    eng = create_engine("sqlite://")
    try:
        first, second = lock.try_acquire(eng, "rescore"), lock.try_acquire(eng, "rescore")
        assert first is not None and second is not None
    finally:
        eng.dispose()


def test_a_lock_beside_a_store_in_a_new_folder(tmp_path):
    """The lock file is made with its folders, readable by all and writable by the owner only
    (it holds no secret, and no other user may take a store's lock by writing it)."""
    eng = create_engine(f"sqlite:///{tmp_path / 'a' / 'b' / 'store.db'}")  # nothing created yet
    old = os.umask(0o022)
    try:
        with lock.try_acquire(eng, "rescore") as held:
            assert held is not None
        path = tmp_path / "a" / "b" / "store.db.rescore.lock"
        assert path.is_file() and path.stat().st_mode & 0o777 == 0o644
        with lock.acquire(eng, "rescore") as again:
            assert again is not None
    finally:
        os.umask(old)
        eng.dispose()
