"""Forms of naming a speaker that the rules missed (issue 11): a middle initial before a surname
that is also a title word ("Paul T. King"), a possessive description closed by the name after
an inverted verb ('said Doe's deputy campaign manager, Jane Roe'), a stray comma after a party
tag ("Gov. Jane Roe (R-Ohio), said, …"), a comma for the colon after a message ('Jane Roe issued
a statement, "…"'). Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("sentence, who", [
    ("Representative Paul T. King, a Republican from Ohio, said the bill would fail.", "Paul T. King"),
    ("Paul T. Bishop said the bill would fail.", "Paul T. Bishop"),
])
def test_a_middle_initial_before_a_title_word_surname(registry, sentence, who):
    assert spoken(registry, sentence) == [("the bill would fail.", who)]


def test_a_generation_suffix_keeps_the_name_as_before(registry):
    assert spoken(registry, "James B. Roe Jr. said the bill would fail.") == [("the bill would fail.", "James B. Roe")]


@pytest.mark.parametrize("sentence", [
    '"We will win the state," said Doe\'s deputy campaign manager, Jane Roe.',
    '"We will win the state," said the port authority\'s spokeswoman, Jane Roe.',
    '"We will win the state," said another forum user, Jane Roe.',
    # the name before its own relative clause or appositive
    '"We will win the state," said Doe\'s deputy campaign manager, Jane Roe, who ran the ground game.',
    '"We will win the state," said Doe\'s deputy campaign manager, Jane Roe, a lawyer from Ohio.',
])
def test_a_description_of_nobody_known_closed_by_the_name(registry, sentence):
    assert spoken(registry, sentence) == [('"We will win the state,"', "Jane Roe")]


@pytest.mark.parametrize("sentence, words", [
    ('Gov. Jane Roe (R-Ohio), said, "We will win the state."', '"We will win the state."'),
    ("Gov. Jane Roe (R-Ohio), said the state would win.", "the state would win."),
    ("Sen. Jane Roe (D-Ohio), said after a lunch on Tuesday that she had not read the plan.",
     "she had not read the plan."),
])
def test_a_stray_comma_after_a_party_tag(registry, sentence, words):
    assert spoken(registry, sentence) == [(words, "Jane Roe")]


def test_a_party_tag_and_a_short_adjunct_alone_stay_narration(registry):
    # (the frame of a quotation the sentence before gave: nothing said in it)
    assert spoken(registry, "Jane Roe (D-Ohio), shouted to the crowd.") == []


def test_an_appositive_after_a_party_tag_keeps_its_comma(registry):
    got = spoken(registry, "Gov. Jane Roe (R-Ohio), a member of the panel, said the bill would fail.")
    assert got == [("the bill would fail.", "Jane Roe")]


@pytest.mark.parametrize("sentence", [
    'Jane Roe issued a statement, "We will win the state and the country."',
    'Jane Roe posted a message, "We will win the state and the country."',
])
def test_a_comma_for_the_colon_after_a_message(registry, sentence):
    assert spoken(registry, sentence) == [('"We will win the state and the country."', "Jane Roe")]


def test_a_message_heard_is_nobody_s_words(registry):
    assert spoken(registry, 'The clerk read the statement, "We will win," to the crowd and left.') == []


def test_an_inverted_name_with_where_the_person_is_from(registry):
    sentence = '"It will not be easy," said Representative Tom Vale of Ohio, who backed Roe on Tuesday.'
    assert spoken(registry, sentence)[0] == ('"It will not be easy,"', "Tom Vale")


@pytest.mark.parametrize("sentence, who", [
    ("Voters, Jane Roe notes, applaud the new pier.", "Jane Roe"),
    ("Voters, the Pier Times reports, applaud the new pier.", "Pier Times"),
])
def test_a_mostly_noun_form_in_a_comment_clause_is_a_verb(registry, sentence, who):
    assert [w for _, w in spoken(registry, sentence)] == [who]


@pytest.mark.parametrize("sentence", [
    "He kept the letters, Jane Roe notes, and the tapes.",
    "She read Jane Roe's notes, which were long.",
])
def test_a_mostly_noun_form_in_a_list_stays_a_noun(registry, sentence):
    assert spoken(registry, sentence) == []


def test_a_quotation_closing_an_aside_before_the_verb(registry):
    sentence = 'Jane Roe, citing "the magic of the campaign," said the pier would reopen.'
    assert spoken(registry, sentence) == [("the pier would reopen.", "Jane Roe")]


@pytest.mark.parametrize("sentence", [
    "The port's chief executive, Tom Vale, of course, said that the pier would reopen.",
    "Tom Vale, after all, said that the pier would reopen.",
])
def test_a_sentence_adverb_set_off_by_commas_before_the_verb(registry, sentence):
    assert spoken(registry, sentence) == [("the pier would reopen.", "Tom Vale")]
