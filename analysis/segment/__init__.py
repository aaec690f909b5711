"""Segment a document into blocks (headline, body, comment, spam, furniture) and units.

Real coverage arrives as scraped pages: an article with adverts inside it, site menus and
footers, reader comments after it (sometimes with their authors only recoverable from a
later "In reply to <opening words>… by <author>" line), press-briefing transcripts with
speaker labels, and comment threads with `u/name · time · points` headers. This package
turns such a page into blocks, each one paragraph with one role, and then into units:
sentences, never split inside a quotation.

Its stages, one module each:

* ``cues``: the vocabulary of ``data/segment.toml``, compiled once, and the line formats;
* ``lines``: lines and paragraphs with their offsets, transcript speaker labels;
* ``furniture``: site furniture (never a statement) and adverts (kept, flagged spam);
* ``comments``: reader comment threads and their authors;
* ``turns``: whether an article's "Name: words" lines are a transcript's labels (or its
  headings), and how far a label's turn runs;
* ``blocks``: :func:`segment`, which runs the above over a document;
* ``sentences``: :func:`units` and :func:`split_sentences`.

Every offset refers to ``Document.text`` as read.
"""
from .blocks import segment  # noqa: F401
from .cues import COMMENTS_MARKER, Cues, cues  # noqa: F401
from .sentences import split_sentences, units  # noqa: F401
