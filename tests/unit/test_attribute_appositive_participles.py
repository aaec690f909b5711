"""A closing appositive of the outlet's whose noun a participle and its agent describe (", a
sentiment endorsed by most people in the hall"), or whose head is a noun in -ed (", the worst
bloodshed on the coast"), is no clause: the speaker's words end before it."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_an_appositive_with_a_participle_and_its_agent(registry):
    body = "Jane Roe dismissed harbour labels altogether, a sentiment endorsed by most people in the hall."
    assert spoken(registry, body) == [("harbour labels altogether", "Jane Roe")]


def test_an_appositive_whose_noun_ends_in_ed(registry):
    body = "Jane Roe claimed responsibility for the harbour attack, the worst bloodshed on the coast since 1990."
    assert spoken(registry, body) == [("responsibility for the harbour attack", "Jane Roe")]


def test_a_second_clause_after_a_comma_stays_a_clause(registry):
    # ("the minister pointed to …" has a verb of its own: no appositive)
    body = "Jane Roe said the ferry would close in May, the mayor pointed to the budget."
    assert spoken(registry, body) == [("the ferry would close in May, the mayor pointed to the budget.", "Jane Roe")]
