"""A person named by the given name alone as the appositive of a kinship noun ("his wife, Jane,
…") is the antecedent of a following "she" when the text was about a man (issue 11, pronoun
sources). Short examples of our own."""
import pytest

from analysis.attribute.kin_appositives import kin_named
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_she_after_his_wife_by_her_given_name(registry):
    body = ('Tom Pier has said little about the race. But his wife, Jane, offered a preview on Monday. '
            '"If he wins, he will keep going," she said.')
    assert ('"If he wins, he will keep going,"', "Jane") in spoken(registry, body)


@pytest.mark.parametrize("sentences, want, name", [
    (["But his wife, Jane, spoke on Monday."], "f", "Jane"),
    (["Pier's son, Wes, joined him."], "m", "Wes"),
    (["Pier's son, Wes, joined him."], "f", None),          # a son is no "she"
    (["His wife Jane spoke on Monday."], "f", None),         # no appositive commas: left to the names
    (["Her husband, Tom, and his sister, Ann, spoke."], "f", "Ann"),  # the latest of the gender
])
def test_kin_named(sentences, want, name):
    assert kin_named(sentences, want) == name
