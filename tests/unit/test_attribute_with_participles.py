"""A speech participle in an absolute "with" clause of the outlet's ("…, with Jane Roe calling
the plan a “menu”") is the speech of the noun phrase right after "with"; a document's or
nobody's participle there stays the outlet's."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_a_named_subject_after_with(registry):
    body = "Councillors were irritated by the lack of detail, with Jane Roe calling the plan a “harbour menu.”"
    assert spoken(registry, body) == [("the plan a “harbour menu.”", "Jane Roe")]


def test_a_question_asked_in_a_with_clause(registry):
    body = "The hearing ended with Jane Roe asking John Doe whether the pier would reopen in May."
    assert spoken(registry, body) == [("John Doe whether the pier would reopen in May.", "Jane Roe")]


def test_no_speech_participle_after_with(registry):
    body = "The ferry left early, with Jane Roe carrying the flag at the front of the crowd."
    assert spoken(registry, body) == []
