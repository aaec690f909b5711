"""A report that closes a sentence whose first verb is no report yet: an act still to come
("will call for", "plans to ask") or a position held ("wants") is what the closing source
reports, and the sentence is that source's; a report made ("called for") stays its
speaker's. Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("sentence", [
    "Jane Roe will call for new rules at the port, John Doe said.",
    "Jane Roe would also ask for a new pier, John Doe said.",
    "Jane Roe is expected to demand a recount in the county, John Doe said.",
])
def test_an_act_still_to_come_is_the_closing_source_report(registry, sentence):
    got = spoken(registry, sentence)
    assert [who for _, who in got] == ["John Doe"]
    assert got[0][0].startswith("Jane Roe")


def test_an_unnamed_closing_source_takes_the_sentence(registry):
    got = spoken(registry, "Jane Roe will call for new rules at the port, the campaign said.")
    assert [who for _, who in got] == ["(unnamed campaign)"]


def test_a_report_made_keeps_its_speaker(registry):
    got = spoken(registry, "Jane Roe called for new rules at the port, John Doe said.")
    assert [who for _, who in got] == ["Jane Roe"]
    assert got[0][0].startswith("new rules")


def test_a_closing_report_with_a_participle_after_it_still_closes(registry):
    # ("…, Doe said, adding that …": the complement is the participle's, not the verb's)
    got = spoken(registry, "Jane Roe intends to visit the port this month, John Doe said, adding that she would speak there.")
    assert [who for _, who in got] == ["John Doe", "John Doe"]
    assert got[0][0].startswith("Jane Roe intends")


def test_a_closing_report_by_an_honorific_and_surname(registry):
    # ("Mr. Doe" is read as "Mr Doe" after its dot is masked: still the subject after the comma)
    body = ("Jane Roe met Tom Doe on Monday. Ms. Roe intends to visit the port this month, Mr. Doe said, "
            "adding that she would speak there.")
    assert [who for _, who in spoken(registry, body)] == ["Tom Doe", "Tom Doe"]
