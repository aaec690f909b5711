"""Participles of remarking, hinting and boasting after the main clause (", hinting at a run for
mayor", ", bragging about the harbour") are the main clause's subject's words, as ", saying …"
is. Short examples of our own."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_a_hint_after_the_main_clause(registry):
    body = "Jane Roe toured the harbour on Monday, hinting at a run for mayor next spring."
    assert [sp for _, sp in spoken(registry, body)] == ["Jane Roe"]


def test_a_boast_after_the_main_clause(registry):
    body = "John Doe opened the new pier, bragging about the jobs it would bring to the town."
    assert [sp for _, sp in spoken(registry, body)] == ["John Doe"]


def test_a_participle_of_no_speech_stays_the_outlets(registry):
    body = "John Doe opened the new pier, smiling at the crowd that had gathered by the gate."
    assert spoken(registry, body) == []


def test_a_speech_participle_after_while(registry):
    # ("while" + a participle modifies the main clause's subject, as ", urging …" does)
    body = "Jane Roe has been shoring up support in the harbour, while urging her critics to pipe down."
    assert spoken(registry, body) == [("urging her critics to pipe down.", "Jane Roe")]


def test_a_participle_after_the_irregular_past_hit(registry):
    # ("hit" is a past form after its subject: the main clause's verb, its subject the speaker)
    body = "Jane Roe hit the campaign trail on Monday, accusing John Doe of neglecting the harbour."
    assert spoken(registry, body) == [("accusing John Doe of neglecting the harbour.", "Jane Roe")]
