"""A refusal to speak with a noun object ("declined comment", "declined requests for an
interview", "refused questions") is the subject's stance, as "declined to comment" is; declining
a nomination or refusing treatment is no speech. Short examples of our own."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_declined_requests_for_an_interview(registry):
    body = "Jane Roe declined multiple requests for an interview about the harbour audit."
    assert [sp for _, sp in spoken(registry, body)] == ["Jane Roe"]


def test_declined_comment(registry):
    body = "John Doe declined comment beyond the filings in the pier case."
    assert spoken(registry, body) == [("comment beyond the filings in the pier case.", "John Doe")]


def test_declining_a_nomination_is_no_speech(registry):
    assert spoken(registry, "Jane Roe declined the nomination for the harbour board.") == []
    assert spoken(registry, "John Doe refused treatment at the harbour hospital.") == []
