"""Verbs of manner of saying that report speech only next to the quotation they follow
('"…," she exhorted', '"…," he charged'), never alone."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("verb", ["charged", "exhorted", "retaliated", "beamed", "confessed", "hollered"])
def test_a_manner_verb_after_a_quotation_names_its_speaker(registry, verb):
    body = f'The hall was loud. "The vote is rigged, and we all know it," Jane Roe {verb} on Monday.'
    assert ('"The vote is rigged, and we all know it,"', "Jane Roe") in spoken(registry, body)


def test_a_manner_verb_alone_is_no_speech(registry):
    body = "The hall was loud. Jane Roe beamed at the crowd for a minute."
    assert spoken(registry, body) == []
