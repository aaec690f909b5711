"""A transcript quoted in an article over several paragraphs (issue 11, names: all-caps
transcripts): English opens each paragraph of a long quotation with a quotation mark and
closes only the last, so each turn reads '"HARLOW: …'. The label after the mark is the
speaker's, as it is without the mark. Short examples of our own; the people are invented."""
from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse
from analysis.segment import segment

TEXT = ("Harlow presses mayor on budget.\n\n"
        "On Sunday's show, Mayor Dana Quist defended the city's budget.\n\n"
        "Partial transcript as follows:\n\n"
        "\"HARLOW: Mayor, the deficit doubled this year. Why should voters trust you?\n\n"
        "\"QUIST: Because we kept every school open. I said we would, and we did.\n\n"
        "\"HARLOW: But the bus routes were cut.\n\n"
        "\"QUIST: Two routes were merged, not cut. Nobody lost a stop.\"\n\n"
        "The interview aired on Sunday.\n")


def test_each_quoted_paragraph_opens_a_turn_of_its_label():
    doc = Document("d", "t.txt", TEXT)
    turns = [(TEXT[b.start:b.end], b.label) for b in segment(doc) if b.label]
    assert ("Because we kept every school open. I said we would, and we did.", "QUIST") in turns
    assert ("But the bus routes were cut.", "HARLOW") in turns
    # the quotation mark is no part of the turn's words
    assert all(not t.startswith('"') for t, _ in turns)


def test_the_turns_go_to_their_speakers():
    sts = analyse(Document("d", "t.txt", TEXT, published="2016-09-20"), load_registry())
    by_text = {s.text: s.speaker for s in sts}
    assert by_text["Because we kept every school open."] == "Dana Quist"
    assert by_text["Two routes were merged, not cut."] == "Dana Quist"
    assert by_text["But the bus routes were cut."] == "Harlow"
    assert by_text["The interview aired on Sunday."] == "(narrator)"
