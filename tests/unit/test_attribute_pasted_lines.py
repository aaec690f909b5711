"""A line a reader pasted into a comment after ">" (a news excerpt, a post) keeps the speakers
of its reported speech, relayed by the commenter; the commenter's own words, a quoted comment
and a pasted line that only states a belief ("Roe wants …") stay the commenter's."""
from analysis.model import Document
from analysis.pipeline import analyse
from tests.news_text import registry  # noqa: F401  (the shared registry fixture)

THREAD = (
    "r/worldnews Live Thread: Atlantis crisis\n"
    "reddit.com/r/worldnews/comments/abc/live_thread/  |  posted 2022-02-17 09:05 UTC\n\n"
    "u/aaa111 · 2022-02-17 09:08 · 35 points\n"
    "> Harbour Minister Jane Roe told reporters on Monday that the port would stay closed.\n\n"
    "Well, that settles it.\n\n"
    "    u/bbb222 · 2022-02-17 09:11 · 12 points\n"
    "    > It'll show that Roe wants to close every port on the coast.\n\n"
    "    That ship sailed long ago.\n\n"
    "u/ccc333 · 2022-02-17 09:20 · 8 points\n"
    '> "We will not reopen the port," Roe said, after the council voted against the plan on Monday night.\n'
)


def rows(registry):
    return [(s.text, s.speaker, s.reported_by) for s in analyse(Document("t", "t.txt", THREAD), registry)]


def test_reported_speech_in_a_pasted_line_is_its_speakers_relayed_by_the_commenter(registry):
    got = rows(registry)
    assert ("the port would stay closed.", "Jane Roe", "u/aaa111") in got
    assert ("Well, that settles it.", "u/aaa111", None) in got


def test_a_quoted_comment_and_a_belief_stay_the_commenters(registry):
    got = rows(registry)
    mine = [(t, who) for t, who, _ in got if "ship sailed" in t or "close every port" in t]
    assert [who for _, who in mine] == ["u/bbb222", "u/bbb222"]


def test_a_pasted_quotation_with_its_frame_is_one_statement_of_the_speaker(registry):
    got = rows(registry)
    roe = [t for t, who, _ in got if who == "Jane Roe" and "reopen" in t]
    assert roe == ['"We will not reopen the port,"']
    assert not any("council voted" in t for t, _, _ in got)  # the frame and its tail: no rows
