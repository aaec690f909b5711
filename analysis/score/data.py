"""The scorer's data files (analysis/data): read from the installed package."""
from __future__ import annotations

from importlib import resources


def _data(name: str) -> str:
    return resources.files("analysis").joinpath(f"data/{name}").read_text("utf-8")


def data_files() -> list[str]:
    """Contents of the data files the scorer reads (the scorer version hashes all of data/)."""
    return [_data("escalation.toml"), _data("tone_lexicon.txt")]
