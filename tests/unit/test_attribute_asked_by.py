"""A question in the passive with its asker after "by" ("Asked by Jane Roe whether …, Doe said
…", "Doe was asked by host Jane Roe whether …") is the asker's statement, the question its
words; an opening clause of it is cut from the main clause, read with its own speaker."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_an_opening_question_and_the_answer(registry):
    body = "Asked by Jane Roe whether the pier would reopen, John Doe said it would not reopen this year."
    assert spoken(registry, body) == [("whether the pier would reopen", "Jane Roe"),
                                      ("it would not reopen this year.", "John Doe")]


def test_a_passive_question_with_its_asker(registry):
    body = "John Doe was asked by host Jane Roe whether his plan was similar to the mayor's."
    assert spoken(registry, body) == [("whether his plan was similar to the mayor's.", "Jane Roe")]


def test_a_request_is_the_askers_too(registry):
    assert spoken(registry, "John Doe was asked by the council to leave the harbour.") == [
        ("to leave the harbour.", "(unnamed council)")]
