"""More light verbs with a noun of stance read as the plain verb (analysis/data/
stance_periphrases.toml): "offered a spirited defense of", "offered kind words about",
"expressed frustration over", "voiced skepticism about" -> the words after the noun's preposition."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_offered_kind_words_about(registry):
    assert spoken(registry, "Jane Roe offered some kind words about Tom Vale.") == [("Tom Vale", "Jane Roe")]


def test_expressed_frustration_over(registry):
    body = "Jane Roe expressed frustration over the council's handling of the ferry levy."
    assert spoken(registry, body) == [("the council's handling of the ferry levy.", "Jane Roe")]


def test_voiced_skepticism_about(registry):
    body = "Jane Roe voiced skepticism about the new ferry schedule."
    assert spoken(registry, body) == [("the new ferry schedule.", "Jane Roe")]


def test_offered_a_defense_of(registry):
    body = "Jane Roe offered a spirited defense of the harbour board's new budget."
    assert spoken(registry, body) == [("the harbour board's new budget.", "Jane Roe")]

