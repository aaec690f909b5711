"""A comment clause that opens the sentence ("As Roe puts it, …") gives the rest of the sentence
to its subject, with the verb in any tense (attribution.toml ``as_clause_verbs``)."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("clause", ["As Jane Roe puts it", "But as Jane Roe points out", "As Jane Roe adds",
                                    "As Jane Roe concedes"])
def test_a_comment_clause_in_the_present(registry, clause):
    body = f"{clause}, the levy is unfair to every family in Pier."
    assert spoken(registry, body) == [("the levy is unfair to every family in Pier.", "Jane Roe")]
