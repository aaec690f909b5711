"""The pipeline on all of ../shared/corpus: 59 real documents nobody on the team wrote.

These tests read the corpus from STANCEWATCH_CORPUS or ../shared/corpus beside the
repository and skip, saying so, when it is absent. They check what must hold on any real
document, not figures (the gold evaluation and the benchmarks measure quality).
"""
import collections
import os
import re
from pathlib import Path

import pytest

from analysis.model import UNKNOWN_COMMENTER
from analysis.actors import load_registry
from analysis.ingest import ingest
from analysis.pipeline import analyse

pytestmark = pytest.mark.corpus

CORPUS = Path(os.environ.get("STANCEWATCH_CORPUS", Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"))


@pytest.fixture(scope="module")
def analysed():
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (set STANCEWATCH_CORPUS)")
    docs, errors = ingest([CORPUS])
    assert not errors, errors
    reg = load_registry()
    return {d.source: (d, analyse(d, reg)) for d in docs}


NON_ACTOR_FORMS = re.compile(r"^\((narrator|unknown commenter|reporter|moderator|spam|unnamed [^()]+)\)$")


def test_every_document_gives_statements_whose_offsets_hold(analysed):
    assert len(analysed) == 59
    for source, (doc, sts) in analysed.items():
        assert sts, source
        end = 0
        for s in sts:
            # spans in reading order, never overlapping, each a trimmed non-empty stretch of
            # the text as read (Statement.text is that slice by construction: not checked)
            span = doc.text[s.char_start:s.char_end]
            assert end <= s.char_start < s.char_end <= len(doc.text), (source, s.seq)
            assert span.strip() == span and span, (source, s.seq)
            end = s.char_end
            assert s.section in ("headline", "body", "comment", "spam")
            assert s.speaker
            # a speaker that is no actor is one of DESIGN.md's forms, nothing else
            assert not s.speaker.startswith("(") or NON_ACTOR_FORMS.match(s.speaker), (source, s.speaker)


def by_kind(analysed, prefix):
    return {k: v for k, v in analysed.items() if prefix in k}


def test_transcripts_are_turns_of_named_speakers(analysed):
    for source, (doc, sts) in by_kind(analysed, "_transcript-").items():
        turns = [s for s in sts if s.cue == "turn"]
        # the rest: title, dateline, an introduction (its sentences counted once: the frame
        # piece of an attributed sentence, "Vladimir Putin" + "commended …", is no sentence)
        sentences = [s for s in sts if s.cue != "frame"]
        assert len(turns) >= 0.7 * len(sentences), source
        speakers = collections.Counter(s.speaker for s in turns if s.speaker != "(reporter)")
        top, n = speakers.most_common(1)[0]
        assert not top.startswith("(") or "official" in top or "moderator" in top, (source, top)


def test_kremlin_and_white_house_principals_are_recognised(analysed):
    speakers = {s.speaker for _, sts in analysed.values() for s in sts}
    for name in ("Vladimir Putin", "Joe Biden", "Jen Psaki", "Karine Jean-Pierre", "John Kirby", "Jake Sullivan",
                 "Recep Tayyip Erdogan", "Angela Merkel", "Emmanuel Macron"):
        assert name in speakers, name


def test_raw_page_menus_never_become_statements(analysed):
    doc, sts = next(v for k, v in analysed.items() if "_rawpage-" in k)
    texts = {s.text for s in sts}
    for menu in ("Events", "Structure", "Videos and Photos", "Contacts", "Amur tiger",
                 "Creative Commons Attribution 4.0 International"):
        assert menu not in texts, menu


def test_speeches_belong_to_their_speaker(analysed):
    for source, (doc, sts) in by_kind(analysed, "_speech-").items():
        body = [s for s in sts if s.section == "body"]
        assert all(s.cue == "speech" for s in body), source


def test_reddit_threads_are_comments_with_authors(analysed):
    for source, (doc, sts) in by_kind(analysed, "_comments-").items():
        comments = [s for s in sts if s.section == "comment"]
        assert len(comments) >= 0.9 * len(sts)
        # a deleted account's comment is an unknown commenter's; a news line a commenter pasted
        # after ">" keeps its own speaker, relayed by the commenter
        def commenter(name):
            return bool(name) and (name.startswith("u/") or name == UNKNOWN_COMMENTER)

        pasted = [s for s in comments if not commenter(s.speaker)]
        assert all(commenter(s.reported_by) and ">" in doc.text[doc.text.rfind("\n", 0, s.char_start):s.char_start]
                   for s in pasted), source
        assert len(pasted) <= 0.05 * len(comments), source


def test_news_articles_have_no_invented_comment_sections(analysed):
    for source, (doc, sts) in by_kind(analysed, "_article-").items():
        assert not [s for s in sts if s.section in ("comment", "spam")], source
        quoted = [s for s in sts if s.cue not in ("narrator",)]
        assert quoted, f"{source}: no attributed statement at all"
