"""The tail of a question or exclamation written as a sentence of its own, with a verb that
reports speech only next to its quotation ('"A new tax?" Roe repeated.')."""
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_repeated_question_is_the_tails_speaker(registry):
    body = 'Jane Roe met John Doe.\n\n"We will look at a lot of people," Doe said. "A new tax?" Roe repeated.'
    assert ('"A new tax?"', "Jane Roe") in spoken(registry, body)


def test_a_pressed_question_and_the_next_quotation(registry):
    body = 'Jane Roe met John Doe.\n\n"Can the docks wait a year?" Roe pressed. "Maybe a delay?"'
    got = spoken(registry, body)
    assert ('"Can the docks wait a year?"', "Jane Roe") in got and ('"Maybe a delay?"', "Jane Roe") in got


def test_the_verb_alone_is_no_speech(registry):
    body = "Jane Roe met John Doe. Roe pressed. Then they left."
    assert spoken(registry, body) == []


def test_a_statement_before_it_is_no_question(registry):
    body = 'Jane Roe met John Doe.\n\n"We will look at it." Roe persisted.'
    assert ('"We will look at it."', "Jane Roe") not in spoken(registry, body)
