"""A closing "according to …" after another speaker's words is whoever reported them, no part of
the words: "Tom Vale said the ferry would close, according to Jane Roe." -> "the ferry would
close" (Tom Vale's); the sentence with no other report stays the source's."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_a_closing_according_to_is_no_part_of_a_reported_clause(registry):
    body = "Tom Vale said the ferry would close, according to Jane Roe."
    assert spoken(registry, body) == [("the ferry would close", "Tom Vale")]


def test_a_closing_according_to_is_no_part_of_an_object(registry):
    body = "Tom Vale has previously called for attacks on the harbour fees, according to Jane Roe."
    assert spoken(registry, body) == [("attacks on the harbour fees", "Tom Vale")]


def test_a_sentence_with_no_other_report_is_the_sources(registry):
    body = "The ferry will close in May, according to Jane Roe."
    assert spoken(registry, body) == [("The ferry will close in May,", "Jane Roe")]
