"""A sentence whose first report we read goes on with a second one: a negated clause of the same
speaker after a contrast ("…, but she did not say …"), or a report in a clause of time that
opens the sentence before another speaker's ("After Roe argued …, Doe said …")."""
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_negated_second_clause_after_but_is_the_speakers(registry):
    body = "Jane Roe said the plan would fail, but she did not say who wrote it."
    assert spoken(registry, body) == [("the plan would fail", "Jane Roe"),
                                      ("did not say who wrote it.", "Jane Roe")]


def test_a_contracted_negation_opens_the_second_statement(registry):
    body = "Jane Roe said she will vote for the bill, but she hasn't endorsed it."
    assert spoken(registry, body)[-1] == ("hasn't endorsed it.", "Jane Roe")


def test_never_before_the_verb_of_a_second_clause(registry):
    body = "Pier Gant praised the deal, but he never mentioned the tax."
    assert spoken(registry, body) == [("praised the deal", "Pier Gant"), ("never mentioned the tax.", "Pier Gant")]


def test_a_negated_clause_of_another_person_is_not_the_speakers(registry):
    body = "John Doe said the plan would fail, but she did not say who wrote it."
    assert ("did not say who wrote it.", "John Doe") not in spoken(registry, body)


def test_a_report_in_an_opening_clause_of_time_before_another_speakers(registry):
    body = "After Jane Roe argued that the tax should be cut, Pier Gant said only that her numbers do not add up."
    assert spoken(registry, body) == [("the tax should be cut", "Jane Roe"),
                                      ("her numbers do not add up.", "Pier Gant")]


def test_an_accusation_in_an_opening_when_clause(registry):
    body = "When Jane Roe accused Pier Gant of lying, Gant said the report was wrong."
    got = spoken(registry, body)
    assert ("Pier Gant of lying", "Jane Roe") in got
    assert got[-1] == ("the report was wrong.", "Pier Gant")


def test_a_signal_in_a_clause_of_time_tells_the_circumstance(registry):
    body = "When the Pier Group signaled that it would sell the plant, Jane Roe said she was floored."
    assert spoken(registry, body) == [("she was floored.", "Jane Roe")]


def test_a_report_after_a_participle_and_a_comma_goes_on_from_the_main_verb(registry):
    body = "Jane Roe attacked Pier Gant, saying he would raise taxes on families, and reminded the audience of his vote."
    got = spoken(registry, body)
    assert ("he would raise taxes on families", "Jane Roe") in got
    assert got[-1] == ("reminded the audience of his vote.", "Jane Roe")


def test_a_verb_of_the_participles_reported_clause_stays_in_it(registry):
    body = "Jane Roe criticized the board, arguing the memo showed intent and indicated that rules were broken."
    assert spoken(registry, body)[-1] == ("arguing the memo showed intent and indicated that rules were broken.", "Jane Roe")


def test_a_participle_after_while_also_is_a_second_statement(registry):
    body = "Jane Roe has promised to build a new bridge over the river, while also suggesting that the toll should be abolished."
    assert spoken(registry, body) == [("to build a new bridge over the river", "Jane Roe"),
                                      ("suggesting that the toll should be abolished.", "Jane Roe")]


def test_yet_after_a_negation_is_no_second_clause(registry):
    # "had not yet answered": "yet" is an adverb there, not "…, yet answered …"
    body = "Jane Roe said the mayor had not yet answered the council about the plan."
    assert spoken(registry, body) == [("the mayor had not yet answered the council about the plan.", "Jane Roe")]


def test_a_concessive_clause_after_a_comma_reports_its_own_subjects_words(registry):
    sentence = "The port reopened on Monday, though Jane Roe said the ferry would stay closed."
    assert spoken(registry, sentence) == [("the ferry would stay closed.", "Jane Roe")]


def test_a_named_second_clause_after_a_bare_and_reports_its_own_words(registry):
    sentence = "Tom Vale said the port would close and Jane Roe said it would stay open all year."
    assert spoken(registry, sentence) == [("the port would close", "Tom Vale"), ("it would stay open all year.", "Jane Roe")]


def test_a_bare_and_between_two_names_is_one_subject(registry):
    said = spoken(registry, "Tom Vale and Jane Roe said the port would close for a year.")
    assert [text for text, _ in said] == ["the port would close for a year."]  # (no cut before "Jane Roe")
