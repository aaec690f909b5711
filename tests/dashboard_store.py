"""A small store built from short texts written here (through the real pipeline), shared
by the dashboard's unit, integration and browser tests."""
from __future__ import annotations

from analysis import pipeline, store
from analysis.actors import load_registry
from analysis.ingest import doc_id_for
from analysis.model import Document

TEXTS = [
    ("lavrov.txt", "2022-01-10", "Wire", "Lavrov warns NATO",
     'Russian Foreign Minister Sergey Lavrov said Moscow would respond with military measures if NATO '
     'expanded further. "We will not tolerate threats," Lavrov said. Lavrov said Russia rejected the '
     'ultimatum from Washington.'),
    ("blinken.txt", "2022-02-15", "Daily", "Blinken calls for talks",
     'Secretary of State Antony Blinken said the United States welcomed dialogue with Russia. '
     '"We are ready to negotiate a ceasefire and to cooperate," Blinken said. '
     'Blinken said Washington supported peaceful talks about Ukraine.'),
    # hostile text from the open web: markup, and cells a spreadsheet would run as a
    # formula (each of = + - @ at the START of a cell: the title and statements)
    ("xss.txt", "2022-03-01", "Wire", "=HYPERLINK(\"http://evil.example\") <script>alert('title')</script>",
     'Placards outside the embassy\n\n'
     'Sergey Lavrov said "<script>alert(1)</script> is not a diplomatic word."\n\n'
     '=HYPERLINK("http://evil.example") was written on a placard, the reporter said.\n\n'
     '+1 was all the reply the crowd gave to the minister.\n\n'
     '-2+3 was painted on the wall of the embassy.\n\n'
     '@SUM(A1) was the name of the account that posted it.'),
]


def make_store(url: str) -> None:
    registry = load_registry(())
    engine = store.connect(url)
    try:
        for source, published, outlet, title, text in TEXTS:
            doc = Document(doc_id=doc_id_for(text), source=source, text=text, title=title, published=published,
                           outlet=outlet)
            store.store_document(engine, doc, pipeline.analyse(doc, registry), registry)
    finally:
        engine.dispose()


# Sergey Lavrov on NATO in two periods (conciliatory in May, escalatory in late July 2022):
# "what changed" must find him and the pair Lavrov -> NATO (6 statements in each period).
CALM = ("Sergey Lavrov said Russia welcomed talks with NATO. Lavrov said Moscow was ready to cooperate with NATO. "
        "Lavrov said Russia supported dialogue with NATO. Lavrov said Russia offered NATO a compromise. "
        "Lavrov said Russia praised the constructive talks with NATO. Lavrov said Russia agreed to meet NATO.")
TENSE = ("Sergey Lavrov said Russia would respond with military measures against NATO. Lavrov said Russia "
         "rejected the NATO ultimatum. Lavrov accused NATO of aggression. Lavrov said Russia threatened NATO "
         "with retaliation. Lavrov said Russia condemned NATO. Lavrov said Russia would expel NATO diplomats.")
TREND = [("calm-1.txt", "2022-05-10", CALM), ("calm-2.txt", "2022-05-20", CALM.replace("Russia", "Moscow")),
         ("tense-1.txt", "2022-07-20", TENSE), ("tense-2.txt", "2022-07-28", TENSE.replace("Russia", "Moscow"))]


def add_trend(url: str) -> None:
    registry = load_registry(())
    engine = store.connect(url)
    try:
        for source, published, text in TREND:
            doc = Document(doc_id=doc_id_for(text), source=source, text=text, title=source, published=published,
                           outlet="Trend")
            store.store_document(engine, doc, pipeline.analyse(doc, registry), registry)
    finally:
        engine.dispose()
