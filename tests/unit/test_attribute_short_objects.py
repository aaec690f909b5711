"""The object of a verb that takes a side or names what was said, however short, without the
phrase of place, time or medium that closes the sentence ("claimed victory | in a tweet"), as
for the verbs of acts; a clause that goes on past such a phrase inside it is not cut."""
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_short_object_before_the_medium(registry):
    assert spoken(registry, "Jane Roe claimed victory in a tweet.") == [("victory", "Jane Roe")]


def test_a_short_object_before_the_event(registry):
    body = "Jane Roe cited the figure at last week's forum in Pier."
    assert spoken(registry, body) == [("the figure", "Jane Roe")]


def test_a_short_object_before_the_time(registry):
    assert spoken(registry, "Jane Roe endorsed Doe in July.") == [("Doe", "Jane Roe")]


def test_a_reported_clause_keeps_its_place_and_time(registry):
    body = "Jane Roe said the vote would be held at a meeting in Pier."
    assert spoken(registry, body) == [("the vote would be held at a meeting in Pier.", "Jane Roe")]


def test_a_clause_after_a_question_word_is_not_cut(registry):
    body = "Jane Roe spoke about how during her years in television she saw the industry change."
    got = spoken(registry, body)
    assert got and all(len(t) > 12 for t, _ in got)


def test_the_spokesperson_through_whom_it_was_said(registry):
    assert spoken(registry, "Jane Roe denied the charges through her lawyer.") == [("the charges", "Jane Roe")]
    assert spoken(registry, "Jane Roe denied the accusations through a spokeswoman.") == [("the accusations", "Jane Roe")]
