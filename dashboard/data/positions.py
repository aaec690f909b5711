"""Keyset positions of the Statements grid: where each block served ended, remembered per
store with its results cache, so the next block starts from there instead of reading every
row before it again."""
from __future__ import annotations

from .cache import _state


POSITIONS = 1024  # grid positions remembered per store (the end of each block served)


def _position(engine, key, row: int, value=None):
    """The remembered position of row `row` of the grid `key` (filters, sort, column
    filters), or remember `value` as it: where the block that ended there stopped, so the
    next block starts from it (keyset paging). Emptied with the results cache when the
    store's fingerprint changes (like a cached result, trusted for FINGERPRINT_TTL seconds
    after a change); None when unknown."""
    state = _state(engine)
    if state is None:
        return None
    positions = state["positions"]
    if value is None:
        value = positions.get((key, row))
        if value is not None:
            positions.move_to_end((key, row))
        return value
    positions[(key, row)] = value
    while len(positions) > POSITIONS:
        positions.popitem(last=False)
    return value
