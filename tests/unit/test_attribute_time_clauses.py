"""A clause of time after a speaker's words whose subject reports words of its own ("…, after
Doe said …") is another source's attribution: it ends the first speaker's words and is read
with its own speaker."""
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_report_after_a_quotation_and_its_frame(registry):
    body = '"We never left the talks," Jane Roe said, after John Doe said the group had walked out.'
    assert spoken(registry, body) == [('"We never left the talks,"', "Jane Roe"),
                                      ("the group had walked out.", "John Doe")]


def test_a_report_after_the_object_of_an_act(registry):
    body = "Jane Roe assured John Doe that the plan was safe, after Doe warned her that it would fail."
    got = spoken(registry, body)
    assert ("the plan was safe", "Jane Roe") in got
    assert ("it would fail.", "John Doe") in got


def test_a_time_clause_with_no_report_stays_with_the_speaker(registry):
    body = "Jane Roe said the plant would close, after the board voted to cut its budget."
    assert spoken(registry, body) == [("the plant would close, after the board voted to cut its budget.", "Jane Roe")]


def test_a_comment_clause_with_as_is_no_second_report(registry):
    body = "The tax would hurt small farms the most, as Jane Roe noted in her column."
    assert all(s == "Jane Roe" for _, s in spoken(registry, body))
