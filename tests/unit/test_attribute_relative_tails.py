"""A non-restrictive relative clause after the object of a verb is the outlet's description of
what the object names ("… criticized the harbour plan, which the mayor proposed in May."); a
relative clause inside a reported clause stays the speaker's."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_a_relative_clause_closing_the_object_of_a_verb_is_the_outlets(registry):
    body = "Jane Roe criticized the harbour plan, which the mayor proposed in May."
    assert spoken(registry, body) == [("the harbour plan", "Jane Roe")]


def test_a_relative_clause_between_commas_after_the_object_is_the_outlets(registry):
    body = "Jane Roe likened the Pier Gazette to the Dock Herald, which receives some public funding, and praised both."
    assert spoken(registry, body)[0] == ("the Pier Gazette to the Dock Herald", "Jane Roe")


def test_a_relative_clause_inside_a_reported_clause_is_the_speakers(registry):
    body = "Jane Roe said the ferry, which opened in 1990, would close in May."
    assert spoken(registry, body) == [("the ferry, which opened in 1990, would close in May.", "Jane Roe")]
