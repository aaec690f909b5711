"""The per-store result cache of the dashboard's queries: each small result is kept
until the store changes (its fingerprint: documents, scores, runs)."""
from __future__ import annotations

import functools
import time
import weakref
from collections import OrderedDict

from sqlalchemy import func, literal_column, select

from analysis import store
from analysis.store import documents, runs


class StoreError(Exception):
    """The store cannot be read: unreachable, or not a Stancewatch store."""




CACHE_SIZE = 256  # results kept per store (each a small frame or a few rows)
FINGERPRINT_TTL = 2.0  # seconds a store fingerprint is trusted (one page load's callbacks share it)
_caches: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def fingerprint(engine) -> tuple:
    """What changes whenever the store does: documents added or removed, scores written
    (ingest or a rescoring run), runs recorded, a person's spellings grouped anew (written
    just after the documents: analysis/store/variants.py). Cheap: rowid maxima and an index
    count on SQLite; counts and the newest run elsewhere; the few grouped spellings."""
    with engine.connect() as c:
        grouped = select(func.aggregate_strings(store.actor_variants.c.name + "=" + store.actor_variants.c.display,
                                                ";")).scalar_subquery()
        if engine.dialect.name == "sqlite":
            q = select(select(func.count()).select_from(documents).scalar_subquery(),
                       select(func.max(literal_column("rowid"))).select_from(documents).scalar_subquery(),
                       select(func.max(literal_column("rowid"))).select_from(store.scores).scalar_subquery(),
                       select(func.max(runs.c.run_id)).scalar_subquery(),
                       select(func.count()).select_from(runs).where(runs.c.finished_at.is_(None)).scalar_subquery(),
                       grouped)
        else:
            q = select(select(func.count()).select_from(documents).scalar_subquery(),
                       select(func.count()).select_from(store.scores).scalar_subquery(),
                       select(func.max(runs.c.run_id)).scalar_subquery(),
                       select(func.max(runs.c.finished_at)).scalar_subquery(), grouped)
        return tuple(c.execute(q).one())


def _state(engine) -> dict | None:
    """The per-engine cache state (results, grid positions), emptied whenever the store's
    fingerprint changes (checked at most every FINGERPRINT_TTL seconds); None when the
    engine cannot be a weak key."""
    try:
        state = _caches[engine]
    except (KeyError, TypeError):
        state = {"fp": None, "at": 0.0, "results": OrderedDict(), "positions": OrderedDict()}
        try:
            _caches[engine] = state
        except TypeError:
            return None
    now = time.monotonic()
    if now - state["at"] > FINGERPRINT_TTL:
        fp = fingerprint(engine)
        if fp != state["fp"]:
            state["results"].clear()
            state["positions"].clear()
            state["fp"] = fp
        state["at"] = now
    return state


def cached(fn):
    """Memoise a query per engine and arguments while the store's fingerprint holds: the
    store changes only on ingest and rescoring, and analysts come back to the same
    filters; the first call after a change pays for the SQL (bench/callbacks.py times both)."""
    @functools.wraps(fn)
    def wrapper(engine, *args, **kwargs):
        state = _state(engine)
        if state is None:
            return fn(engine, *args, **kwargs)
        key = (fn.__name__, args, tuple(sorted(kwargs.items())))
        results = state["results"]
        if key in results:
            results.move_to_end(key)
            return results[key]
        value = fn(engine, *args, **kwargs)
        results[key] = value
        while len(results) > CACHE_SIZE:
            results.popitem(last=False)
        return value

    wrapper.uncached = fn
    return wrapper


def clear_cache(engine=None) -> None:
    if engine is None:
        _caches.clear()
    else:
        _caches.pop(engine, None)


@cached
def shown_names(engine) -> dict[str, str]:
    """The store's grouped spellings, name -> display name (analysis/store/variants.py),
    read once while the store is unchanged: every by-actor read maps its names with it."""
    with engine.connect() as c:
        return store.variant_map(c)
