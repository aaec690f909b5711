"""The analysis pipeline for one document: segment -> attribute -> score.

A plain function over plain data, so it runs the same in a loop, a process pool or on
Dask workers.
"""
from __future__ import annotations

from dataclasses import replace

from . import attribute, score, segment
from .model import Document, Statement


def analyse(doc: Document, registry) -> list[Statement]:
    """Statements of one document, in reading order, each with its speaker, targets, tone,
    escalation (with its cues) and the scorer version that produced them."""
    read = _spaced(doc)
    blocks = segment.segment(read)
    units = segment.units(read.text, blocks)
    statements = attribute.attribute(read, blocks, units, registry)
    if read is not doc:
        for s in statements:  # each statement's words as the document writes them
            s.text = doc.text[s.char_start:s.char_end]
    return score.score_statements(statements, registry)


def article_body(doc: Document) -> str:
    """The article as Stancewatch reads it: the text of its headline and body blocks in
    reading order, a blank line between blocks; furniture, spam and reader comments left
    out. A pure function of the document, as its statements are (what `export documents
    --with-body` gives, and what bench/extraction.py scores)."""
    read = _spaced(doc)
    return "\n\n".join(doc.text[b.start:b.end].strip() for b in segment.segment(read)
                        if b.kind in ("headline", "body") and doc.text[b.start:b.end].strip())


def _spaced(doc: Document) -> Document:
    """The document as segmentation and attribution read it: a no-break space (U+00A0, which
    web pages put inside names, after titles and before quotations: "James\xa0Comey",
    "Gov.\xa0John Kasich", 'replied,\xa0"…') is a space. Character for character, so every
    offset stays the document's own; the statements keep the document's text."""
    if "\xa0" not in doc.text and "\xa0" not in (doc.title or ""):
        return doc
    return replace(doc, text=doc.text.replace("\xa0", " "), title=doc.title.replace("\xa0", " ") if doc.title else doc.title)
