"""Stage 1 of ``files -> ingest -> segment -> attribute -> score -> store``: read documents.

* ``files``: walking files and folders, reading bytes safely, one ``IngestError`` per bad
  input; ``.gz`` files are read decompressed.
* ``records``: ``.txt``/``.md`` (text exactly as read), ``.json``, ``.jsonl``, ``.csv``.
* ``html``: saved pages through trafilatura (article, comments, metadata).
* ``pdf``: PDFs with a text layer through pypdf.
* ``manifest``: a manifest's title/date/outlet/url per file, overriding what a page says.
* ``ids``: ``doc_id`` is a hash of the normalised text.
* ``feeds``: RSS/Atom feeds as sources, fetched politely.
"""
from .files import (COMPRESSED, MAX_BYTES_DEFAULT, NOT_COVERAGE, SUFFIXES, ingest, is_duplicate,  # noqa: F401
                    iter_ingest)
from .html import COMMENTS_MARKER, html_text, read_page  # noqa: F401
from .ids import doc_id_for, normalise_for_id  # noqa: F401
from .manifest import KINDS, MANIFEST_NAMES, META_FIELDS, read_manifest  # noqa: F401
