"""Issue 11, a tail frame after words that close with a quotation: the speaker's description
between commas may run long, and a time clause after the verb ("wrote last week after the
ruling") is when it was said, no object. Short examples of our own."""
from tests.news_text import registry, spoken  # noqa: F401


def test_a_long_description_after_a_quotation_closing_the_words(registry):
    body = ('The "question of how the pier is rebuilt remains a great one to consider," Jane Roe, a law '
            'professor at the University of Pier County at Springfield, wrote after the ruling.')
    assert spoken(registry, body)[0] == ('The "question of how the pier is rebuilt remains a great one to consider,"',
                                         "Jane Roe")


def test_last_week_and_a_clause_of_time_after_the_verb(registry):
    body = 'It is "a disgrace to the city," Jane Roe said last week after the vote in the Senate on the pier bill.'
    assert spoken(registry, body) == [('It is "a disgrace to the city,"', "Jane Roe")]
