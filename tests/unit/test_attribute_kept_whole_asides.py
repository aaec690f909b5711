"""A sentence read from its verb on keeps that reading when the subject carries an appositive or
a relative clause between commas ("Jane Roe, a former mayor, wants to preserve the ferry."): the
subject and its description are the outlet's words, what follows the verb the speaker's."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_an_appositive_between_the_subject_and_the_verb(registry):
    body = "Jane Roe, a former mayor, wants to preserve the ferry."
    assert spoken(registry, body) == [("to preserve the ferry.", "Jane Roe")]


def test_a_relative_clause_between_the_subject_and_the_verb(registry):
    body = "Jane Roe, who ran the port for a decade, hopes to reopen the old pier."
    assert spoken(registry, body) == [("to reopen the old pier.", "Jane Roe")]


def test_a_comment_clause_keeps_the_sentence_whole(registry):
    body = "The plan, Jane Roe believes, will fail."
    assert spoken(registry, body) == [(body, "Jane Roe")]


def test_a_number_with_a_comma_inside_the_aside(registry):
    body = "The Pier Institute, which represents 2,000 fishermen, wants to preserve its neutrality."
    assert spoken(registry, body) == [("to preserve its neutrality.", "Pier Institute")]


def test_an_aside_of_several_parts_between_commas(registry):
    body = "Dan Roe, the fund's lawyer, treasurer and strategist, has rejected the label."
    assert spoken(registry, body) == [("the label.", "Dan Roe")]


def test_two_described_people_as_one_subject(registry):
    body = "Jane Roe, a Democrat from Dayton, and Tom Vale, a Republican, applauded the mayor's remarks."
    assert spoken(registry, body) == [("the mayor's remarks.", "Jane Roe")]
