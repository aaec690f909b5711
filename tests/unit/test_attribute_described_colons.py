"""A quotation after a colon whose introducing clause keeps its subject and verb of speech
apart: a parenthetical after the subject, adverbs before the verb, "to say" after it."""
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_parenthetical_and_an_adverb_between_subject_and_verb(registry):
    body = 'The hearing dragged on. Jane Roe, exasperated, famously responded: "What difference does it make?"'
    assert ('"What difference does it make?"', "Jane Roe") in spoken(registry, body)


def test_a_relative_clause_after_the_subject_and_to_say(registry):
    body = ('The debate went on. Jane Roe, who signed the harbour bill as mayor, interjected to say: '
            '"They have both been wrong on this."')
    assert ('"They have both been wrong on this."', "Jane Roe") in spoken(registry, body)


def test_no_verb_of_speech_no_speaker(registry):
    body = 'The debate went on. Jane Roe, visibly tired, slowly walked: "They have both been wrong on this."'
    assert ('"They have both been wrong on this."', "Jane Roe") not in spoken(registry, body)


def test_a_subordinate_clause_before_the_subject_is_no_subject(registry):
    body = 'The debate went on. When Jane Roe, visibly tired, finally responded: "We will see."'
    assert ("\"We will see.\"", "Jane Roe") not in spoken(registry, body)

