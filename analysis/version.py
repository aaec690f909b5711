"""The scorer version: which lexicons, actor registry and code produced a score.

A short hash of every data file the analysis reads (lexicons, segmentation and
attribution vocabulary, the shipped actor registry), the scoring code's version, and the
fingerprint of the loaded registry (so a user's own actor file counts too). The nightly
job rescores every statement whose score carries another version.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

# Raise when the scoring code changes what it computes for the same data files.
SCORER_CODE_VERSION = "1"


@lru_cache(maxsize=1)
def _data_hash() -> str:
    h = hashlib.sha256(SCORER_CODE_VERSION.encode())
    folder = resources.files("analysis").joinpath("data")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.startswith("."):
            h.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return h.hexdigest()


def scorer_version(registry=None) -> str:
    h = hashlib.sha256(_data_hash().encode())
    if registry is not None:
        h.update(registry.fingerprint().encode())
    return h.hexdigest()[:12]
