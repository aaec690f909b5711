"""Reading the store: statements, documents, actors and stance, filtered and streamed."""
from __future__ import annotations

import unicodedata
from typing import Iterator

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.engine import Engine

from .schema import actors, documents, newest_score, scores, stance_doc, statements
from .variants import display_rows, spelled, spellings, variant_map

BATCH = 2000  # rows fetched at a time when streaming

STATEMENT_FILTERS = ("source", "speaker", "section", "outlet", "since", "until", "doc_id")
STANCE_FILTERS = STATEMENT_FILTERS + ("target",)
DOCUMENT_FILTERS = ("source", "outlet", "since", "until", "doc_id")


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _speakers_like(conn, speaker: str) -> list[str]:
    """The stored speakers equal to `speaker` ignoring case (Unicode-aware: SQLite's lower()
    folds ASCII only). Reads the distinct speakers from the speaker index."""
    want = _fold(speaker)
    return [s for (s,) in conn.execute(select(statements.c.speaker).distinct()) if _fold(s) == want]


def _date_conditions(filters: dict, col=None) -> list:
    """since/until on `published` (or on `col`, a rollup's month or day), compared as text:
    `until` takes its whole prefix, so ``--until 2022`` keeps 2022-12-31 and ``--until
    2022-03`` keeps 2022-03-31; a document dated by year only ("2022") is before any day
    of that year."""
    col = documents.c.published if col is None else col
    conds = []
    if filters.get("since"):
        conds.append(col >= str(filters["since"]))
    if filters.get("until"):
        until = str(filters["until"])
        conds.append(or_(col <= until, col.startswith(until, autoescape=True)))
    return conds


def _document_conditions(filters: dict) -> list:
    conds = []
    for key in ("source", "outlet", "doc_id"):
        if filters.get(key):
            conds.append(documents.c[key] == filters[key])
    return conds + _date_conditions(filters)


def _given(filters: dict, allowed: tuple[str, ...], what: str) -> dict:
    """The filters that are set (None or "" means no filter); an unknown name is a TypeError."""
    unknown = set(filters) - set(allowed)
    if unknown:
        raise TypeError(f"unknown {what} filter(s): {', '.join(sorted(unknown))}")
    return {k: v for k, v in filters.items() if v not in (None, "")}


def statement_query(scorer_version: str | None = None, speakers: list[str] | None = None, **filters):
    """The SELECT behind :func:`iter_statements`: statements joined with their document and
    the newest scores (or those of `scorer_version`). `speakers` are exact stored names
    (the speaker filter proper needs the store: see :func:`iter_statements`)."""
    filters = _given(filters, tuple(f for f in STATEMENT_FILTERS if f != "speaker"), "statement")
    sc = scores.alias("sc")
    on = and_(sc.c.doc_id == statements.c.doc_id, sc.c.seq == statements.c.seq)
    if scorer_version:
        on = and_(on, sc.c.scorer_version == scorer_version)
    else:  # no later score of the same statement
        on = and_(on, newest_score(sc))
    q = (select(documents.c.doc_id, documents.c.source, documents.c.title, documents.c.published,
                documents.c.outlet, statements.c.seq, statements.c.char_start, statements.c.char_end,
                statements.c.section, statements.c.speaker, statements.c.speaker_kind, statements.c.reported_by,
                statements.c.cue, statements.c.targets, sc.c.tone, sc.c.tone_pos, sc.c.tone_neu, sc.c.tone_neg,
                sc.c.escalation, sc.c.escalation_cues, sc.c.scorer_version, statements.c.text,
                statements.c.speaker_start, statements.c.speaker_end,
                # the words themselves, cut from the document's text (SQL substr counts from 1)
                func.substr(documents.c.text, statements.c.speaker_start + 1,
                            statements.c.speaker_end - statements.c.speaker_start).label("speaker_mention"))
         .select_from(statements.join(documents, statements.c.doc_id == documents.c.doc_id).outerjoin(sc, on)))
    conds = _document_conditions(filters)
    if filters.get("section"):
        conds.append(statements.c.section == filters["section"])
    if speakers is not None:
        conds.append(statements.c.speaker.in_(speakers) if speakers else false())
    if conds:
        q = q.where(and_(*conds))
    return q.order_by(documents.c.published.nulls_last(), documents.c.source, statements.c.seq)


def _stream(engine: Engine, query) -> Iterator[dict]:
    """Rows of `query` (or of `query(connection)`) as dicts, fetched BATCH at a time (a
    server-side cursor where the driver has one), never all at once."""
    with engine.connect() as c:
        if callable(query):
            query = query(c)
        result = c.execution_options(yield_per=BATCH).execute(query)
        try:
            for row in result:
                yield dict(row._mapping)
        finally:
            result.close()


def iter_statements(engine: Engine, scorer_version: str | None = None, **filters) -> Iterator[dict]:
    """Statement rows (the export's columns) joined with their document's metadata and
    their newest scores (or those of `scorer_version`), ordered by published (undated
    documents last, on every database), source, seq, streamed. Filters: source, speaker (exact,
    case-insensitive, with the other spellings of a learned person: analysis.store.variants),
    section, outlet, since, until (on published, see :func:`_date_conditions`), doc_id; None
    or "" means no filter. A statement without scores has None in the score columns. The
    actor names (speaker, reported_by, targets) of a person stored under several spellings
    are given under the group's display name (:func:`analysis.store.variants.display_rows`)."""
    filters = _given(filters, STATEMENT_FILTERS, "statement")
    speaker = filters.pop("speaker", None)
    with engine.connect() as c:
        mapping = variant_map(c)
    if not speaker:
        return display_rows(_stream(engine, statement_query(scorer_version, **filters)), mapping)
    return display_rows(_stream(engine, lambda c: statement_query(
        scorer_version, speakers=spellings(c, _speakers_like(c, speaker)), **filters)), mapping)


def iter_documents(engine: Engine, with_text: bool = False, **filters) -> Iterator[dict]:
    """Document metadata with statement counts, ordered by published, source; the stored
    text too (key ``text``) when ``with_text``. Filters: source, outlet, since, until, doc_id."""
    filters = _given(filters, DOCUMENT_FILTERS, "document")
    n = (select(statements.c.doc_id, func.count().label("statements"))
         .group_by(statements.c.doc_id).subquery("n"))
    q = (select(documents.c.doc_id, documents.c.source, documents.c.title, documents.c.published,
                documents.c.outlet, documents.c.url, documents.c.kind, documents.c.speaker,
                documents.c.ingested_at, func.coalesce(n.c.statements, 0).label("statements"), documents.c.author,
                *((documents.c.text,) if with_text else ()))
         .select_from(documents.outerjoin(n, n.c.doc_id == documents.c.doc_id)))
    conds = _document_conditions(filters)
    if conds:
        q = q.where(and_(*conds))
    return _stream(engine, q.order_by(documents.c.published.nulls_last(), documents.c.source, documents.c.doc_id))


def iter_actors(engine: Engine) -> Iterator[dict]:
    """Actors by name, with the number of statements each is the speaker of. A learned
    person stored under several spellings (analysis.store.variants) is one row under the
    group's display name, its statements summed, the other spellings in `variants`
    (";"-joined; empty for everyone else)."""
    n = (select(statements.c.speaker.label("name"), func.count().label("statements"))
         .group_by(statements.c.speaker).subquery("n"))
    q = (select(actors.c.name, actors.c.kind, actors.c.country, actors.c.known,
                func.coalesce(n.c.statements, 0).label("statements"))
         .select_from(actors.outerjoin(n, n.c.name == actors.c.name)).order_by(actors.c.name))
    with engine.connect() as c:
        mapping = variant_map(c)
        members = {r["name"]: r for r in (dict(row._mapping) for row in c.execute(
            q.where(actors.c.name.in_(sorted(mapping)))))} if mapping else {}
    groups: dict[str, list[str]] = {}
    for name, shown in sorted(mapping.items()):
        groups.setdefault(shown, []).append(name)
    for row in _stream(engine, q):
        shown = mapping.get(row["name"])
        if shown is None:
            yield dict(row, variants="")
        elif shown == row["name"]:
            rows = [members[m] for m in groups[shown] if m in members]
            yield dict(row, statements=sum(int(r["statements"]) for r in rows),
                       kind=row["kind"] or next((r["kind"] for r in rows if r["kind"]), None),
                       country=row["country"] or next((r["country"] for r in rows if r["country"]), None),
                       variants=";".join(m for m in groups[shown] if m != shown))


def iter_stance(engine: Engine, **filters) -> Iterator[dict]:
    """Each speaker's stance toward each actor they talk about (the columns of
    :data:`analysis.stance.STANCE_COLUMNS`), summed from the per-document ``stance_doc``
    aggregates, so it agrees with :func:`analysis.stance.stance` over the same statements:
    counts, mean tone and escalation over the scored statements (4 places), first and last
    published dates. Filters: those of :func:`iter_statements` plus target (exact)."""
    filters = _given(filters, STANCE_FILTERS, "stance")
    sd = stance_doc
    with engine.connect() as c:
        conds = _document_conditions(filters)
        if filters.get("section"):
            conds.append(sd.c.section == filters["section"])
        if filters.get("target"):
            conds.append(spelled(sd.c.target, [filters["target"]]))
        if filters.get("speaker"):
            names = spellings(c, _speakers_like(c, filters["speaker"]))
            conds.append(sd.c.speaker.in_(names) if names else false())
        mapping = variant_map(c)
        scored = func.sum(sd.c.scored)
        q = (select(sd.c.speaker, sd.c.target, func.sum(sd.c.statements).label("statements"),
                    scored.label("scored"), func.sum(sd.c.tone_sum).label("tone_sum"),
                    func.sum(sd.c.escalation_sum).label("escalation_sum"),
                    func.min(documents.c.published).label("first"), func.max(documents.c.published).label("last"))
             .select_from(sd.join(documents, sd.c.doc_id == documents.c.doc_id))
             .group_by(sd.c.speaker, sd.c.target))
        if conds:
            q = q.where(and_(*conds))
        rows = stance_rows(c.execute(q), mapping)
    return iter(rows)


def stance_rows(result, mapping: dict[str, str]) -> list[dict]:
    """The stance export's rows from (speaker, target, statements, scored, tone_sum,
    escalation_sum, first, last) sums, a person's spellings added up under the display name
    (`mapping`, analysis.store.variants), sorted by speaker, most statements, target."""
    sums: dict[tuple, list] = {}
    for sp, tg, n, scored, tone, esc, first, last in result:
        if not n:
            continue
        key = (mapping.get(sp, sp), mapping.get(tg, tg))
        have = sums.get(key)
        if have is None:
            sums[key] = [int(n), scored or 0, tone or 0.0, esc or 0.0, first or None, last or None]
        else:
            have[0] += int(n)
            have[1] += scored or 0
            have[2] += tone or 0.0
            have[3] += esc or 0.0
            have[4] = min(filter(None, (have[4], first)), default=None)
            have[5] = max(filter(None, (have[5], last)), default=None)
    rows = [dict(speaker=sp, target=tg, statements=n, tone=round(tone / scored, 4) if scored else None,
                 escalation=round(esc / scored, 4) if scored else None, first=first, last=last)
            for (sp, tg), (n, scored, tone, esc, first, last) in sums.items()]
    rows.sort(key=lambda r: (r["speaker"].lower(), -r["statements"], r["target"].lower()))
    return rows
