"""One learned person under two spellings across documents: the store's ``actor_variants``.

A document's statements keep the spelling the document wrote ("Qasem Soleimani" in one,
"Qassem Suleimani" in another: analysis is per document, and neither name is in the
registry), and so do the per-document sums and the rollups keyed by speaker. What makes
them one actor is this table, a cross-document aggregate: every learned (registry-unknown)
person of the store that is a spelling variant of another one (:mod:`analysis.spelling`,
the same test the attribution uses within a document), with the spelling its group is
shown under. Rebuilt by :func:`rebuild_variants` at the end of every writing command
(``ingest``, ``rescore``), from the actors table and the all-time rollups' counts alone,
so it depends on the SET of stored documents (and the registry files), never on their
order. The dashboard and the exports only read it (:func:`variant_map`, :func:`spelled`).

To keep two such names apart, give one of them its own entry in an actor file: a name the
registry knows is never grouped here (and an exact name always wins at analysis time)."""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import Text, func, literal, select, union

from ..spelling import display_names, variant_groups
from .schema import actor_variants, actors, speaker_all, stance_all


def learned_people(conn, registry=None) -> list[str]:
    """The people of the store the registry does not know (``known`` false, kind person),
    without those `registry` (the current one, when given) now knows by that exact name:
    an actor file that gives a spelling its own entry keeps it apart."""
    names = [n for (n,) in conn.execute(select(actors.c.name).where(
        actors.c.known.is_(False), actors.c.kind == "person"))]
    if registry is None:
        return names
    out = []
    for n in names:
        hit = registry.lookup(n)
        if hit is None or not getattr(hit, "known", True):
            out.append(n)
    return out


def _counts(conn, names: list[str]) -> dict[str, int]:
    """Statements per name, as speaker plus as target (the all-time rollups' sums: the
    statements an actor speaks, and those of real speakers about it, spam left out)."""
    out: dict[str, int] = {}
    for i in range(0, len(names), 500):
        part = names[i:i + 500]
        for col, table in ((speaker_all.c.speaker, speaker_all), (stance_all.c.target, stance_all)):
            for n, k in conn.execute(select(col, func.sum(table.c.statements)).where(col.in_(part)).group_by(col)):
                out[n] = out.get(n, 0) + int(k or 0)
    return out


def compute_variants(conn, registry=None) -> dict[str, str]:
    """name -> display name of every grouped spelling (:func:`analysis.spelling.variant_groups`,
    :func:`analysis.spelling.display_names`), from what the store holds now. `registry`: the
    current registry, or a function that returns it (called only when some names group: a
    name the registry has come to know since it was stored is left out)."""
    groups = variant_groups(learned_people(conn))
    if groups and registry is not None:
        reg = registry() if callable(registry) and not hasattr(registry, "lookup") else registry
        groups = variant_groups(learned_people(conn, reg))
    if not groups:
        return {}
    return display_names(groups, _counts(conn, [n for g in groups for n in g]))


def rebuild_variants(target, registry=None) -> bool:
    """Recompute ``actor_variants`` (in the transaction of `target` when it is a
    Connection, else in a new one on the engine); rows are written only when the grouping
    changed. True when it did."""
    from .writes import _tx

    with _tx(target) as c:
        new = compute_variants(c, registry)
        if new == variant_map(c):
            return False
        c.execute(actor_variants.delete())
        if new:
            c.execute(actor_variants.insert(), [dict(name=n, display=d) for n, d in sorted(new.items())])
    return True


def variant_map(conn) -> dict[str, str]:
    """name -> display name, for every name that belongs to a group (display names too)."""
    return dict(conn.execute(select(actor_variants.c.name, actor_variants.c.display)).all())


def spelled(col, names: Iterable[str]):
    """SQL: `col` is one of `names` or another stored spelling of one of them. One IN over
    the names and their group's (a UNION): a database walks `col`'s index for each, where
    an OR of two INs made SQLite scan the table instead."""
    names = list(names)
    v, w = actor_variants.alias("v"), actor_variants.alias("w")
    others = select(v.c.name).select_from(v.join(w, w.c.display == v.c.display)).where(w.c.name.in_(names))
    return col.in_(union(others, *(select(literal(n, Text)) for n in names)))


def spellings(conn, names: Iterable[str]) -> list[str]:
    """`names` and every other stored spelling of each, sorted."""
    names = list(names)
    v, w = actor_variants.alias("v"), actor_variants.alias("w")
    others = conn.execute(select(v.c.name).select_from(v.join(w, w.c.display == v.c.display))
                          .where(w.c.name.in_(names))).scalars()
    return sorted(set(names) | set(others))


def _shown(name, mapping: dict[str, str]):
    return mapping.get(name, name) if name else name


def display_rows(rows: Iterable[dict], mapping: dict[str, str]) -> Iterable[dict]:
    """Statement rows with each actor name (speaker, reported_by, targets: a ";"-joined
    text or a list) under its group's display name; the rows themselves unchanged when
    `mapping` is empty. The stored statements keep their document's spelling (its text
    and offsets say what the document wrote)."""
    if not mapping:
        yield from rows
        return
    for row in rows:
        row = dict(row)
        for k in ("speaker", "reported_by"):
            if k in row:
                row[k] = _shown(row[k], mapping)
        targets = row.get("targets")
        if targets:
            names = targets.split(";") if isinstance(targets, str) else list(targets)
            names = list(dict.fromkeys(_shown(t, mapping) for t in names))
            row["targets"] = ";".join(names) if isinstance(targets, str) else names
        yield row
