"""A closing adjunct of place or time names its public events in the plural too ("… in the
upcoming council debates", "… at town meetings"): where and when the act was done, the outlet's."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_a_closing_adjunct_with_a_plural_event(registry):
    body = "Jane Roe offered some pointed advice to Tom Vale on Friday in the upcoming council debates and beyond."
    assert spoken(registry, body) == [("some pointed advice to Tom Vale", "Jane Roe")]


def test_a_closing_adjunct_with_plural_meetings(registry):
    body = "Jane Roe criticized the new harbour fees at several town meetings last spring."
    assert spoken(registry, body) == [("the new harbour fees", "Jane Roe")]
