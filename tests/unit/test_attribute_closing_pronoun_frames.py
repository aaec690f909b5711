"""A tail frame with a pronoun that closes the sentence (", she said.") is cut from the speaker's
words even when the words name the speaker ("Jane Roe has introduced the bill …, she said."); a
frame with words after it stays as it was."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_a_closing_pronoun_frame_after_words_that_name_the_speaker(registry):
    body = "Jane Roe has introduced the ferry bill in the House and would continue her work on it in the Senate, she said."
    assert spoken(registry, body) == [
        ("Jane Roe has introduced the ferry bill in the House and would continue her work on it in the Senate,",
         "Jane Roe")]


def test_a_closing_pronoun_frame_after_an_opening_description(registry):
    body = "Then a student living in Dayton, Ms. Roe found sailing to be a salve for her worries, she said."
    assert spoken(registry, body) == [
        ("Then a student living in Dayton, Ms. Roe found sailing to be a salve for her worries,", "Roe")]
