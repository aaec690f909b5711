"""A transcript's stage directions inside a turn ("(Laughter.)", "(Speaks French.)") are the
transcriber's words, not the speaker's; a parenthesised aside in the speaker's own person
stays theirs."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse
from tests.by_sentence import BySentence


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def said(registry, text, **meta):
    doc = Document("d", "t.txt", text, published="2021-12-02", **meta)
    return BySentence(text, analyse(doc, registry), lambda s: s.speaker)


def test_stage_directions_in_a_turn_are_no_ones_words(registry):
    t = ("Press briefing\n\n"
         "MS. HOLLOWAY: Good afternoon. We have two announcements today. (Laughter.)\n\n"
         "Q: Will the minister travel?\n\n"
         "MS. HOLLOWAY: (Speaks French.) Not this week. (I promised him I would not say more.)\n")
    got = said(registry, t, kind="transcript")
    assert got["We have two announcements today."] == got["Not this week."] != "(narrator)"
    assert got["(Laughter.)"] == "(narrator)"
    assert got["(Speaks French.)"] == "(narrator)"
    assert got["(I promised him I would not say more.)"] == got["Not this week."]
