"""Issue 11, "according to X" set off by commas inside a sentence: after an opening ("In
addition,", a subordinate clause, "because,") the source's words are the clause after the
phrase, not the opening; between a subject and its auxiliary the whole sentence is the
source's. Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401


@pytest.mark.parametrize("body, words, who", [
    ("In addition, according to the Pier Institute, nine million more workers will be covered.",
     "nine million more workers will be covered.", "Pier Institute"),
    ("While most of the files were minor, according to Jane Roe, two of them were secret.",
     "two of them were secret.", "Jane Roe"),
    ("He went to the debate because, according to Jane Roe, the crowd would be larger than usual.",
     "the crowd would be larger than usual.", "Jane Roe"),
    ("The plan, according to Jane Roe, will cost far more than the city can pay.",
     "The plan, according to Jane Roe, will cost far more than the city can pay.", "Jane Roe"),
])
def test_the_clause_after_the_phrase_is_the_source_s(registry, body, words, who):
    assert (words, who) in spoken(registry, body)


def test_a_participle_after_the_phrase_keeps_the_clause_before(registry):
    body = "The pier reopened on Monday, according to the Pier Institute, ending a long strike."
    assert spoken(registry, body)[0][0].startswith("The pier reopened on Monday")


@pytest.mark.parametrize("body, words, who", [
    ("Weeks ago, as the Pier Gazette reported, Jane Roe and John Doe were planning a new pier.",
     "Jane Roe and John Doe were planning a new pier.", "Pier Gazette"),
    ("The mayor was not alone, given that, as the Pier Gazette reported on Tuesday, John Doe had joined him.",
     "John Doe had joined him.", "Pier Gazette"),
])
def test_a_reporting_as_clause_inside_the_sentence_credits_its_clause(registry, body, words, who):
    assert (words, who) in spoken(registry, body)


@pytest.mark.parametrize("body", [
    "The pier closed in May, as the crowd cheered, and the mayor left.",  # no reporting verb
    "The levy was small, as the Pier Gazette reports.",  # a comment closing the sentence
])
def test_an_as_clause_that_credits_no_clause_is_narration(registry, body):
    assert spoken(registry, body) == []
