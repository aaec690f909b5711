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




@pytest.mark.parametrize("opening", ["As Roe said again,", "As Roe made clear again on Wednesday,"])
def test_an_opening_comment_clause_credits_the_main_clause(registry, opening):
    body = f"Jane Roe spoke on Monday. {opening} the alternative she saw to the deal was a slow slide toward war."
    said = spoken(registry, body)
    assert len(said) == 1 and said[0][1] == "Jane Roe" and said[0][0].endswith("a slow slide toward war.")
