"""A subject's last capitalised words cut out of a longer name ("The United States Special
Operations Command said" is no "States Special Operations Command"): a cut inside a name the
registry knows ("United States") is no subject; a long name after "the" is a body's. And a
form of "be" before a description with a quotation in it is no speech ("Jane Roe is now host of
“…”"). Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_long_name_after_the_is_one_body(registry):
    got = spoken(registry, "The United States Pier Safety Command said the raid was a success.")
    assert got == [("the raid was a success.", "United States Pier Safety Command")]


def test_a_title_and_name_after_a_nationality_keep_their_reading(registry):
    got = spoken(registry, "Japanese Defence Minister Jane Roe said the raid was a success.")
    assert got == [("the raid was a success.", "Jane Roe")]


def test_a_pronoun_after_a_name_is_still_the_subject(registry):
    got = spoken(registry, "Jane Roe spoke on Monday. In an interview with RT she said the raid was a success.")
    assert got == [("the raid was a success.", "Jane Roe")]


@pytest.mark.parametrize("sentence", [
    "Jane Roe is now host of “The Late Show with Tom Vale.”",
    "Jane Roe was a tea party favorite who beat the “establishment” candidate.",
    "Turnout is even higher among renters (34% “strongly agree”) and students.",
])
def test_be_and_a_description_is_no_speech(registry, sentence):
    assert spoken(registry, sentence) == []


def test_a_progressive_with_a_quotation_is_still_speech(registry):
    got = spoken(registry, "Jane Roe is calling John Doe a “con artist” all week.")
    assert [who for _, who in got] == ["Jane Roe"]
