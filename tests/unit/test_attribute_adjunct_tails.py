"""An act's verb that closes its sentence with only a short adjunct after it ("…, Jane Roe warned
on Wednesday.") is a tail frame: the sentence stays whole, as without the adjunct, never the
adjunct alone as the speaker's words. Short examples of our own."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_an_act_tail_with_a_day_after_it(registry):
    body = "The levy could send droves of voters to the other side, Jane Roe warned on Wednesday."
    assert spoken(registry, body) == [(body, "Jane Roe")]


def test_an_act_with_an_object_keeps_its_object(registry):
    body = "Jane Roe warned the council on Wednesday that the levy would fail."
    said = spoken(registry, body)
    assert [sp for _, sp in said] == ["Jane Roe"] and said[0][0].endswith("the levy would fail.")
