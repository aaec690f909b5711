"""The scorer's data files (analysis/data): read from the installed package."""
from __future__ import annotations

from importlib import resources


def _data(name: str) -> str:
    return resources.files("analysis").joinpath(f"data/{name}").read_text("utf-8")

