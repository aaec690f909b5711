"""The aggregate tables recounted from the statements, with none of the store's code: what
every per-document sum (speaker_doc, stance_doc) and every rollup (monthly, daily, all-time,
doc_month) must hold after any sequence of ingests, rescores and upgrades.

The rules, from DESIGN.md and the store's schema comments: a speaker's sums per document and
section (its kind the one of its first statement there); a stance sum for each distinct
target a real actor (no "(...)" speaker, no spam) names other than itself and "(...)";
rollups keyed by the document's month (``published[:7]``), day (``published[:10]``) or
nothing, its outlet ("" when none) and the speaker's kind ("" when none); doc_month counts
the documents of a month and outlet by the set of (section, kind) pairs they have. A key
with no statements has no row. Floats are rounded (sums in another order)."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from analysis import store


def _r(v):
    return round(v, 9) if isinstance(v, float) else v


def recount(engine) -> dict[str, dict]:
    """{table name: {key tuple: sums tuple}} from the documents and their newest scores."""
    with engine.connect() as conn:
        docs = {r.doc_id: (r.published, r.outlet) for r in conn.execute(
            select(store.documents.c.doc_id, store.documents.c.published, store.documents.c.outlet))}
    rows = sorted(store.iter_statements(engine), key=lambda r: (r["doc_id"], r["seq"]))
    sp: dict = defaultdict(lambda: [0, 0, 0.0, 0.0, 0.0, 0.0])
    st: dict = defaultdict(lambda: [0, 0, 0.0, 0.0, 0.0, 0.0])  # statements, scored, tone, escalation, their squares
    kind_of: dict = {}
    pairs: dict = defaultdict(set)
    for r in rows:
        d, speaker, section = r["doc_id"], r["speaker"], r["section"]
        kind_of.setdefault((d, speaker, section), r["speaker_kind"])
        scored = r["tone"] is not None and r["escalation"] is not None
        tone, esc = (r["tone"], r["escalation"]) if scored else (0.0, 0.0)
        a = sp[(d, speaker, section)]
        a[0] += 1
        a[1] += scored
        a[2] += tone
        a[3] += tone * tone
        a[4] += esc
        a[5] += esc * esc
        if speaker.startswith("(") or section == "spam":
            continue
        for t in dict.fromkeys((r["targets"] or "").split(";")):
            if t and t != speaker and not t.startswith("("):
                b = st[(d, speaker, t, section)]
                b[0] += 1
                b[1] += scored
                b[2] += tone
                b[3] += esc
                b[4] += tone * tone  # revision 0009: the stance sums of squares
                b[5] += esc * esc
    out: dict[str, dict] = {name: defaultdict(lambda: None) for name in (
        "speaker_doc", "stance_doc", "speaker_all", "speaker_month", "speaker_day", "stance_all", "stance_month",
        "doc_month")}

    def add(table, key, sums):
        have = out[table][key]
        out[table][key] = list(sums) if have is None else [x + y for x, y in zip(have, sums)]

    for (d, speaker, section), sums in sp.items():
        kind = kind_of[(d, speaker, section)]
        add("speaker_doc", (d, speaker, section), [kind, *sums])
        pub, outlet = docs[d]
        month, day, outlet = (pub or "")[:7], (pub or "")[:10], outlet or ""
        add("speaker_all", (speaker, outlet, section, kind or ""), sums)
        add("speaker_month", (speaker, month, outlet, section, kind or ""), sums)
        add("speaker_day", (speaker, day, outlet, section, kind or ""), sums)
        pairs[d].add((section, kind or ""))
    for (d, speaker, target, section), sums in st.items():
        pub, outlet = docs[d]
        month, outlet = (pub or "")[:7], outlet or ""
        add("stance_doc", (d, speaker, target, section), sums)
        add("stance_all", (speaker, target, outlet, section), sums)
        add("stance_month", (speaker, target, month, outlet, section), sums)
    for d, ps in pairs.items():
        pub, outlet = docs[d]
        add("doc_month", ((pub or "")[:7], outlet or "", frozenset(ps)), [1])
    return {name: {k: tuple(_r(v) for v in sums) for k, sums in t.items()} for name, t in out.items()}


KEYS = {"speaker_doc": ("doc_id", "speaker", "section"), "stance_doc": ("doc_id", "speaker", "target", "section"),
        **{t.name: tuple(c.name for c in t.primary_key.columns) for t in store.ROLLUPS}}


def stored(engine) -> dict[str, dict]:
    """The same tables as the store holds them ({key: sums}); doc_month's `present` read back
    as the set of pairs it stands for (each set on one row only)."""
    out: dict[str, dict] = {}
    for name, key in KEYS.items():
        table = store.metadata.tables[name]
        rows = {}
        with engine.connect() as conn:
            got = conn.execute(select(table)).mappings().all()
        for r in got:
            k = tuple(r[c] for c in key)
            if name == "doc_month":
                k = (r["month"], r["outlet"], frozenset(store.present_pairs(r["present"])))
            sums = tuple(_r(r[c.name]) for c in table.columns if c.name not in key and c.name != "present")
            assert k not in rows, f"{name}: two rows for {k}"
            rows[k] = sums
        out[name] = rows
    return out


def assert_recounted(engine) -> None:
    """Every aggregate table holds exactly the recount of the statements: no row missing,
    none extra, no sum off."""
    want, got = recount(engine), stored(engine)
    for name in KEYS:
        missing = {k: v for k, v in want[name].items() if got[name].get(k) != v}
        extra = {k: v for k, v in got[name].items() if k not in want[name]}
        assert not missing and not extra, f"{name}: wanted {missing}, stored also {extra}"
