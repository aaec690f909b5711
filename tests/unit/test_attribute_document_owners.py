"""Issue 11, a document its possessor owns after "according to": "according to his memoir", "her
Facebook profile", "the foundation's tally", "Pier Commission filings" credit the possessor, not an
unnamed record. Short examples of our own."""
from tests.news_text import registry, spoken  # noqa: F401


def test_a_possessive_pronoun_credits_its_antecedent(registry):
    body = "Jane Roe flew the plane. She had been with the airline since 2004, according to her Facebook profile."
    assert ("She had been with the airline since 2004,", "Jane Roe") in spoken(registry, body)


def test_a_pronoun_of_the_other_gender_credits_nobody_named(registry):
    body = "Jane Roe flew the plane. Her brother joined the airline in 2004, according to his Facebook profile."
    assert [who for _, who in spoken(registry, body)] == ["(unnamed profile)"]


def test_a_body_s_own_tally_is_the_body_s(registry):
    body = "The Pier Foundation was founded in 2001. It helped 31,000 schools, according to the foundation's tally."
    assert ("It helped 31,000 schools,", "Pier Foundation") in spoken(registry, body)


def test_a_memoir_is_its_author_s(registry):
    body = "Jane Roe ran the campaign. The talks failed twice, according to Roe's memoir."
    assert ("The talks failed twice,", "Jane Roe") in spoken(registry, body)


def test_filings_are_the_filer_s(registry):
    body = "The group spent $3 million on ads, according to Pier Election Commission filings."
    assert [who for _, who in spoken(registry, body)] == ["Pier Election Commission"]
