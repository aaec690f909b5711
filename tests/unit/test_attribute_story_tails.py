"""What the words were said for, closing the sentence ("… declined to comment for this story."),
is the outlet's, as where and when they were said."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_for_this_story_closes_the_words(registry):
    assert spoken(registry, "Jane Roe declined to comment for this story.") == [("to comment", "Jane Roe")]


def test_for_this_article_closes_the_words(registry):
    assert spoken(registry, "Tom Vale declined to discuss the ferry levy for this article.") == [
        ("to discuss the ferry levy", "Tom Vale")]
