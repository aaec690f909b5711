"""TOML: the data files under analysis/data, parsed once per process, and actor files.

Every start of `stancewatch` parses some 400 KB of them (the registry, the escalation
lexicon, the attribution and segmentation patterns). Python's own ``tomllib`` is pure
Python; ``tomli``, the library it was taken from, ships compiled (mypyc) wheels that read
the same files into the same values 2.5 times as fast (0.09 -> 0.04 s of CPU for the data
files; bench/extraction.py counts the start-up of every ingest). Without tomli installed,
``tomllib`` reads them as before.

attribution.toml was parsed by five readers, given_names.toml by two: :func:`data_file`
parses each file once and hands every reader the same dictionary, which they only read.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

try:
    import tomli as _toml
except ImportError:  # pragma: no cover - tomli is a dependency; the standard library's reader is its twin
    import tomllib as _toml

loads = _toml.loads
TOMLDecodeError = _toml.TOMLDecodeError


@lru_cache(maxsize=None)
def word_set(name: str, key: str) -> frozenset[str]:
    """The list `key` of the data file `name` as a set (empty when the file has none), once
    per process: the one reader of the word lists the attribution rules consult."""
    return frozenset(data_file(name).get(key, ()))


@lru_cache(maxsize=None)
def data_file(name: str) -> dict:
    """analysis/data/`name` parsed, once per process: the same dictionary for every reader
    (read it; never change it)."""
    return loads(resources.files("analysis").joinpath("data/" + name).read_text("utf-8"))
