"""A sentence that opens with its source: the source's words are what follows its verb, the
subject and the verb the outlet's frame; a condition or a negation keeps the sentence whole,
and a frame set between commas inside the words keeps the words around it
(analysis/attribute/kept_whole.py)."""
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_the_words_after_the_verb_are_the_sources(registry):
    body = "Jane Roe, the mayor of Pier, has railed against the harbour board's plan for months."
    assert spoken(registry, body) == [("against the harbour board's plan for months.", "Jane Roe")]


def test_after_an_opening_phrase_too(registry):
    body = "In Pier on Tuesday, Jane Roe argued for a new harbour in the bay."
    assert spoken(registry, body) == [("for a new harbour in the bay.", "Jane Roe")]


def test_a_negated_or_modal_verb_keeps_the_sentence(registry):
    body = "John Doe spoke to the crews on Monday. John Doe doesn't believe the levees will hold."
    assert ("John Doe doesn't believe the levees will hold.", "John Doe") in spoken(registry, body)


def test_a_condition_keeps_the_sentence(registry):
    body = "If the fees rise, Jane Roe has vowed to close the harbour."
    assert spoken(registry, body) == [("If the fees rise, Jane Roe has vowed to close the harbour.", "Jane Roe")]


def test_a_frame_between_commas_keeps_the_words_around_it(registry):
    body = "The truth, Jane Roe said then, was that the county had erred."
    assert spoken(registry, body) == [("The truth, Jane Roe said then, was that the county had erred.", "Jane Roe")]


def test_the_source_after_its_words_keeps_them(registry):
    body = "The harbour will reopen next week, Jane Roe said in an interview on Tuesday."
    assert spoken(registry, body)[0][0].startswith("The harbour will reopen next week")
