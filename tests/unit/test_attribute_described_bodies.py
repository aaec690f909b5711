"""A body named before a lower-case word that says what it is speaks as its name (issue 11,
organisations as sources): "the Pier Workers union said" is Pier Workers, not "(unnamed
union)". Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("subject, speaker", [
    ("The Pier Workers union", "Pier Workers"),
    ("The Harbour Rising group", "Harbour Rising"),
    ("The Pier Action super PAC", "Pier Action"),
    ("The Gazette newspaper", "Gazette"),
])
def test_the_name_before_a_describing_noun_speaks(registry, subject, speaker):
    body = f"{subject} said the levy would close the harbour."
    assert spoken(registry, body) == [("the levy would close the harbour.", speaker)]


@pytest.mark.parametrize("subject", ["The Vermont newspaper", "The Democratic group", "A Pier newspaper"])
def test_a_place_an_adjective_or_an_indefinite_names_no_body(registry, subject):
    body = f"{subject} said the levy would close the harbour."
    assert [sp for _, sp in spoken(registry, body)][0].startswith("(unnamed")


def test_a_word_a_states_name_opens_with_is_no_state(registry):
    # "North", "New", "West" open states' names, but "the North Pier Workers union" is no place
    body = "The North Pier Workers union said the strike would go on."
    assert spoken(registry, body) == [("the strike would go on.", "North Pier Workers")]


@pytest.mark.parametrize("subject, speaker", [
    ("The Houthi movement", "Houthis"),
    ("The Taliban movement", "Taliban"),
])
def test_a_body_the_registry_knows_speaks_though_its_name_reads_as_a_people(registry, subject, speaker):
    assert [who for _, who in spoken(registry, f"{subject} said it would strike again.")] == [speaker]
