"""Issue 11, "found" as a report of a finding: a tail after the finding ("…, the institute
found.") and a subject of a person with the people around them ("Roe and his colleagues found
that …"). "found" with an object and no that-clause stays narration. Short examples of our own."""
from tests.news_text import registry, spoken  # noqa: F401


def test_a_finding_credited_in_a_tail(registry):
    body = "The Pier Institute studied the pier. Most of the money goes to repairs, the institute found."
    assert ("Most of the money goes to repairs,", "Pier Institute") in spoken(registry, body)


def test_a_person_and_colleagues_found_that(registry):
    body = "Jane Roe and her colleagues found that the pier was unsafe."
    assert ("the pier was unsafe.", "Jane Roe") in spoken(registry, body)


def test_a_thing_found_is_no_finding(registry):
    assert spoken(registry, "It was the first body the police found.") == []
