"""A list of names closed by a stray comma before its verb ("Sen. Jane Roe of Ohio, John Doe of
Iowa and Tom Vale of Utah, said …"): the list is the subject (its first person speaks), not the
place at the end of an appositive. Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("sentence", [
    "Sen. Jane Roe of Ohio, John Doe of Iowa and Tom Vale of Utah, said the bill would fail.",
    "Jane Roe, John Doe and Tom Vale, said the bill would fail.",
])
def test_the_list_before_the_comma_is_the_subject(registry, sentence):
    assert spoken(registry, sentence) == [("the bill would fail.", "Jane Roe")]


def test_an_appositive_after_a_name_is_still_read_as_one(registry):
    got = spoken(registry, "Sen. Jane Roe of Ohio, a Republican, said the bill would fail.")
    assert got == [("the bill would fail.", "Jane Roe")]
