"""Opening the store read-only, telling why it cannot be read, and the filter bar's options."""
from __future__ import annotations

from sqlalchemy import inspect, select
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from analysis import dburl, store
from analysis.store import doc_month, documents, speaker_all

from .cache import StoreError, cached, shown_names
from .filters import _real_speaker


def engine_for(url: str) -> Engine:
    """An engine on an existing store, never creating one (a dashboard only reads; pointing
    it at another database must not add tables to it)."""
    path = store._sqlite_file(url)
    if path is not None and not path.exists():
        raise StoreError(f"no store at {url}: run `stancewatch ingest PATH --db {url}` first")
    # read-only; the aggregates are read again and again: keep them in memory (64 MB page
    # cache per connection)
    return store.sqlite_pragmas(dburl.create_engine(url), "busy_timeout=30000", "query_only=1", "cache_size=-65536",
                                "temp_store=MEMORY")


REQUIRED = ("documents", "statements", "scores", "actors", "speaker_doc", "stance_doc")


def check(engine: Engine) -> None:
    """Raise :class:`StoreError` with a readable reason when the store cannot be read."""
    try:
        with engine.connect() as c:
            names = set(inspect(c).get_table_names())
    except SQLAlchemyError as e:
        cause = getattr(e, "orig", None) or e
        raise StoreError(f"cannot reach the store {engine.url.render_as_string(hide_password=True)}: "
                         f"{(str(cause).splitlines() or [''])[0]}") from e
    missing = [t for t in REQUIRED if t not in names]
    if missing:
        raise StoreError(f"{engine.url.render_as_string(hide_password=True)} is not a Stancewatch store "
                         f"(missing tables: {', '.join(missing)})")


# --------------------------------------------------------------------------- overview

def has_documents(engine: Engine) -> bool:
    with engine.connect() as c:
        return c.execute(select(documents.c.doc_id).limit(1)).first() is not None


@cached
def options(engine: Engine) -> dict:
    """What the filter bar offers: outlets, speaker kinds, the 500 largest actors."""
    sm = speaker_all
    with engine.connect() as c:
        outlets = [o for (o,) in c.execute(select(doc_month.c.outlet).where(doc_month.c.outlet != "")
                                           .distinct().order_by(doc_month.c.outlet).limit(1000))]
        kinds = [k for (k,) in c.execute(select(sm.c.speaker_kind).where(sm.c.speaker_kind != "")
                                         .distinct().order_by(sm.c.speaker_kind))]
        n = func.sum(sm.c.statements)
        names = [a for (a,) in c.execute(select(sm.c.speaker).where(_real_speaker(sm.c.speaker))
                                         .group_by(sm.c.speaker).order_by(n.desc(), sm.c.speaker).limit(500))]
        shown = shown_names(c.engine)  # a person's spellings: one entry, the display name
    names = list(dict.fromkeys(shown.get(a, a) for a in names))
    return dict(outlets=outlets, kinds=kinds, actors=sorted(names, key=str.lower))


@cached
def unknown_values(engine: Engine, f) -> dict:
    """The filter values that match nothing in the store (outlet=BBC when no outlet is
    called that): {"outlet": [...], "actor": [...], "kind": [...]}, only those with some."""
    out = {}
    with engine.connect() as c:
        if f.outlets:
            known = {o for (o,) in c.execute(select(documents.c.outlet).where(documents.c.outlet.in_(f.outlets))
                                             .distinct())}
            out["outlet"] = [o for o in f.outlets if o not in known]
        if f.actors:
            known = {a for (a,) in c.execute(select(speaker_all.c.speaker).where(
                store.spelled(speaker_all.c.speaker, f.actors)).distinct())}
            shown = shown_names(c.engine)  # a display name is known by any of its spellings
            known |= {shown[a] for a in known if a in shown}
            out["actor"] = [a for a in f.actors if a not in known and shown.get(a) not in known]
        if f.kinds:
            known = {k for (k,) in c.execute(select(speaker_all.c.speaker_kind)
                                             .where(speaker_all.c.speaker_kind.in_(f.kinds)).distinct())}
            out["kind"] = [k for k in f.kinds if k not in known]
    return {k: v for k, v in out.items() if v}
