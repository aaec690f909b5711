"""A "that" after the object of a reporting verb opens the object's relative clause, not the
reported clause: "Roe stressed her support of the raid that sank …" -> "her support of the raid
that sank …"; a noun that takes a clause ("the claim that …") and a time ("this week that …")
leave the clause after "that" the speaker's words."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_a_relative_that_after_the_object_of_a_reporting_verb(registry):
    body = "Jane Roe stressed her support of the 2011 raid that sank the pirate ship off Dayton."
    assert spoken(registry, body) == [("her support of the 2011 raid that sank the pirate ship off Dayton.", "Jane Roe")]


def test_a_noun_that_takes_a_clause_keeps_the_clause_after_that(registry):
    body = "Jane Roe repeated the claim that the ferry was unsafe."
    assert spoken(registry, body) == [("the ferry was unsafe.", "Jane Roe")]


def test_a_time_before_that_keeps_the_clause_after_that(registry):
    body = "Jane Roe said this week that the ferry was unsafe."
    assert spoken(registry, body) == [("the ferry was unsafe.", "Jane Roe")]
