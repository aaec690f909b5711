"""A negated reporting verb is the sentence's own only when no other reporting verb stands in it
(attribute/negation.py); a word of the vocabulary after a determiner is a noun there ("the plan",
"a hope"), no other verb (issue 11). Short examples of our own."""
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_negated_belief_before_a_noun_spelt_like_a_verb(registry):
    body = "Jane Roe toured the harbour on Monday. She does not think the plan can work."
    assert spoken(registry, body) == [("She does not think the plan can work.", "Jane Roe")]


def test_a_negated_verb_inside_another_report_stays_inside_it(registry):
    body = "Jane Roe toured the harbour on Monday. Roe said the board has not commented on the plan."
    assert [who for _, who in spoken(registry, body)] == ["Jane Roe"]
