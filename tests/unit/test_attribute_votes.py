"""A vote taken is a side taken (issue 11, organisations and people as sources): "the council
voted to condemn the ban", "Roe voted against the bill"; voting with no object ("voters voted
in the primary") is no position. Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("body, said", [
    ("The Pier Council voted to condemn the ban on Tuesday.", ("condemn the ban on Tuesday.", "Pier Council")),
    ("Jane Roe voted for the levy in 2001.", ("the levy", "Jane Roe")),  # (its time cut: spans2)
    ("Jane Roe voted against the harbour bill.", ("the harbour bill.", "Jane Roe")),
])
def test_a_vote_for_against_or_to_is_a_position(registry, body, said):
    assert spoken(registry, body) == [said]


def test_voting_with_no_object_is_no_position(registry):
    assert spoken(registry, "Jane Roe spoke on Monday. More voters voted in the primary than in 2012.") == []
