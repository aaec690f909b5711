"""Subjects of reporting verbs: a name in capitals, "repeated that". Own short examples."""
from tests.news_text import registry, said, spoken, statements  # noqa: F401


def test_a_capitalised_word_after_an_acronym_is_part_of_the_name(registry):
    # "Today" after "USA" names the paper, not the adverb between a subject and its verb
    assert [s for _, s in spoken(registry, "USA Today reported last month that the pier was sold.")] == ["USA Today"]
    assert [s for _, s in spoken(registry, "USA TODAY also reported that the pier was sold.")] == ["USA Today"]
    # a day's name stays an adverb
    assert [s for _, s in spoken(registry, "NATO Monday said the pier was sold.")] == ["NATO"]


def test_repeated_before_a_clause_reports_the_subjects_words(registry):
    body = "Ministry spokesman Tom Doe repeated that the ministry opposed the sale."
    assert [s for _, s in spoken(registry, body)] == ["Tom Doe"]

