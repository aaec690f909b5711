"""Document ids: a hash of the normalised text, so the same article read twice is one document."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"'})
# the same mapping as one regex pass (str.translate with a table is slow on long texts)
_QUOTE_RE = re.compile("[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f]")


def normalise_for_id(text: str) -> str:
    """The text as far as identity goes: NFKC, curly quotes straight, no byte-order mark,
    whitespace runs as one space, stripped, casefolded."""
    t = _QUOTE_RE.sub(lambda m: _QUOTES[ord(m.group())], unicodedata.normalize("NFKC", text))
    t = t.replace("\ufeff", "")
    return re.sub(r"\s+", " ", t).strip().casefold()


def doc_id_for(text: str) -> str:
    """First 16 hex digits of the SHA-256 of :func:`normalise_for_id` of the text."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]
