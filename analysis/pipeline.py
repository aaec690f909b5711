"""The analysis pipeline for one document: segment -> attribute (-> score, issue 3).

A plain function over plain data, so it runs the same in a loop, a process pool or on
Dask workers.
"""
from __future__ import annotations

from . import attribute, segment
from .model import Document, Statement


def analyse(doc: Document, registry) -> list[Statement]:
    """Statements of one document, in reading order, each with its speaker."""
    blocks = segment.segment(doc)
    units = segment.units(doc.text, blocks)
    return attribute.attribute(doc, blocks, units, registry)
