"""Issue 11, a quotation after a colon that closes on a person's name, with no verb of speech
before it: 'The surge doesn't surprise pollster Jane Roe: "…"', "Here's Roe in 1992:",
'Former senator Jane Roe:"…"'. A name after a preposition is what the quotation is about.
Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401


@pytest.mark.parametrize("body, words", [
    ("The surge doesn't surprise Republican pollster Jane Roe: “Lesser-known candidates see the biggest boost.”",
     "“Lesser-known candidates see the biggest boost.”"),
    ("Here’s Jane Roe in December 1992: “Our new direction must rest on the new realities.”",
     "“Our new direction must rest on the new realities.”"),
    ('Former state senator Jane Roe:"We learned that from the department."', '"We learned that from the department."'),
])
def test_the_name_before_the_colon_speaks(registry, body, words):
    assert (words, "Jane Roe") in spoken(registry, body)


def test_a_name_after_a_preposition_does_not_speak(registry):
    assert spoken(registry, "The law is named after Jane Roe: “The Roe Act.”") == []
