"""Whether an act's verb closes its sentence: after it nothing, or only a short adjunct of time,
place or manner ("…, Jane Roe warned on Wednesday.", "…, Doe cautioned again."), the words it
reports standing before it. Such a frame keeps its sentence whole, as "…, Jane Roe warned." does:
the adjunct alone is no statement. The adjunct's first words and length are
``kept_whole_adjunct_words`` and ``kept_whole_adjunct_max_words`` (attribution.toml)."""
from __future__ import annotations

from ..toml_data import data_file


def adjunct_only(rest: str) -> bool:
    """Whether the words after a verb, `rest`, are none or one short adjunct."""
    words = rest.strip(" .!?").split()
    if not words:
        return True
    raw = data_file("attribution.toml")
    return words[0].lower() in raw["kept_whole_adjunct_words"] and len(words) <= raw["kept_whole_adjunct_max_words"]
