"""The progressive predicate of a subject named with a party tag and an aside ("Jane Roe
(D-Ohio), in particular, has been pounding …"): its words from the participle on, the subject
the outlet's, as without the tag."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_a_progressive_predicate_after_a_party_tag_and_an_aside(registry):
    body = 'Council leader Jane Roe (D-Ohio), in particular, has been steadily pounding Tom Vale as a "pier wrecker".'
    assert spoken(registry, body) == [('pounding Tom Vale as a "pier wrecker".', "Jane Roe")]


def test_a_progressive_predicate_after_an_aside(registry):
    body = 'Jane Roe, in particular, has been pounding Tom Vale as a "pier wrecker".'
    assert spoken(registry, body) == [('pounding Tom Vale as a "pier wrecker".', "Jane Roe")]
