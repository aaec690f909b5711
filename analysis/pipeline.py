"""The analysis pipeline for one document: segment -> attribute -> score.

A plain function over plain data, so it runs the same in a loop, a process pool or on
Dask workers.
"""
from __future__ import annotations

from . import attribute, score, segment
from .model import Document, Statement


def analyse(doc: Document, registry) -> list[Statement]:
    """Statements of one document, in reading order, each with its speaker, targets, tone,
    escalation (with its cues) and the scorer version that produced them."""
    blocks = segment.segment(doc)
    units = segment.units(doc.text, blocks)
    return score.score_statements(attribute.attribute(doc, blocks, units, registry), registry)
