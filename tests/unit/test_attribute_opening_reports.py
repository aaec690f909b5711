"""A report in a subordinate clause that opens the sentence (issue 11): a named speaker's clause
told after "that" or a subject pronoun is the speaker's, up to the comma that closes the opening
clause. Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("sentence, words", [
    ("When Jane Roe said she would debate on Monday, Tom Doe looked surprised.", "she would debate on Monday"),
    ("After Jane Roe suggested that the ferry would close, Tom Doe contradicted her.", "the ferry would close"),
])
def test_an_opening_clause_tells_the_speakers_words(registry, sentence, words):
    assert spoken(registry, sentence) == [(words, "Jane Roe")]

