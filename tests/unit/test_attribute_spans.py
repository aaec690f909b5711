"""Where a reported statement starts: after an opening comment clause ("As Roe observed, …"),
whose words and connective are the outlet's; and after its verb when the subject before the verb
carries a description of its own (set off by commas, dashes or brackets) or a first predicate, and
a verb after a comma is no tail frame when its subject stands before that comma."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_the_words_after_an_opening_comment_clause_are_the_speakers(registry):
    body = "Yet, as Jane Roe observed, in the first weeks of a new council the harbour fees would be easy to cut."
    assert spoken(registry, body) == [("in the first weeks of a new council the harbour fees would be easy to cut.", "Jane Roe")]


def test_a_parenthetical_frame_after_a_connective_leaves_the_words_after_it(registry):
    body = "And yet, the mayor's aides say, the ferry remains a priority for her."
    assert spoken(registry, body)[0][0] == "the ferry remains a priority for her."


def test_a_frame_with_its_comma_before_a_quotation_is_no_comment_clause(registry):
    body = 'Jane Roe said, "The ferry will keep running."'
    assert spoken(registry, body) == [('"The ferry will keep running."', "Jane Roe")]


def test_a_subject_described_between_commas_keeps_its_words_after_the_verb(registry):
    body = "A harbour official, who asked not to be named, said the ferry would stop running in May."
    assert spoken(registry, body)[0][0] == "the ferry would stop running in May."


def test_a_plural_subject_with_an_including_phrase(registry):
    body = "Four mill owners in the valley, including the largest, said the river had never been so low."
    assert spoken(registry, body)[0][0] == "the river had never been so low."


def test_a_subject_described_between_dashes(registry):
    body = "Some farmers - and, in particular, the dairy farmers - insisted that the bridge must be rebuilt."
    assert spoken(registry, body)[0][0] == "the bridge must be rebuilt."


def test_a_subject_with_a_bracketed_description(registry):
    body = "The senior pilot (a veteran of the old port) says the channel is too shallow for the new ships."
    assert spoken(registry, body)[0][0] == "the channel is too shallow for the new ships."


def test_a_verb_of_saying_after_a_first_predicate_of_the_subject(registry):
    body = "By noon, Jane Roe had cancelled her trip to the coast and said that the storm was too dangerous."
    assert spoken(registry, body) == [("the storm was too dangerous.", "Jane Roe")]


def test_a_verb_after_the_subjects_description_is_no_tail_frame(registry):
    body = "The survey, published on Monday by the farmers' union, showed Jane Roe ahead."
    assert spoken(registry, body)[0][0] == "Jane Roe ahead."


def test_a_tail_frame_after_the_words_stays_one(registry):
    body = "The ferry will stop running in May, Jane Roe said on Monday."
    assert spoken(registry, body) == [("The ferry will stop running in May,", "Jane Roe")]


def test_a_parenthetical_frame_keeps_the_words_around_it(registry):
    body = "The ferry, Jane Roe said, will stop running in May."
    assert spoken(registry, body) == [("The ferry, Jane Roe said, will stop running in May.", "Jane Roe")]


@pytest.mark.parametrize("body, words", [
    # the listener of a verb of telling is the outlet's frame, the clause told without "that" the speaker's
    ("Jane Roe told reporters she would run again.", "she would run again."),
    ("Jane Roe told the harbour council they had lost the vote.", "they had lost the vote."),
    # (a question told: "if" and "whether" stay with it)
    ("Jane Roe asked the pilots if they planned to strike.", "the pilots if they planned to strike."),
])
def test_the_listener_of_a_verb_of_telling_is_no_part_of_what_was_told(registry, body, words):
    assert spoken(registry, body) == [(words, "Jane Roe")]


def test_a_listener_between_the_verb_and_a_question_it_reports(registry):
    body = "Jane Roe, the paper's managing editor, explained to CBS why the mayor was chosen over the others."
    assert spoken(registry, body) == [("why the mayor was chosen over the others.", "Jane Roe")]


def test_an_adjunct_between_the_verb_and_the_clause_it_reports(registry):
    body = "Jane Roe wrote in both listings she was honored to announce the sale of the boat."
    assert spoken(registry, body) == [("she was honored to announce the sale of the boat.", "Jane Roe")]


def test_an_infinitive_after_the_verb_is_no_adjunct(registry):
    body = "As for the notion that voters want to elect Roe because she would be the first woman mayor, Doe offered her own plan."
    assert all(not t.startswith("she would be") for t, _ in spoken(registry, body))


def test_a_progressive_predicate_leaves_its_subject_to_the_outlet(registry):
    body = "Former Gov. Jane Roe, for her part, is labeling the plan “a blatant abuse.”"
    assert spoken(registry, body) == [("labeling the plan “a blatant abuse.”", "Jane Roe")]


def test_a_progressive_predicate_after_an_opening_phrase(registry):
    body = "Speaking at the pier on Monday, Jane Roe is defending her plan for the port."
    assert spoken(registry, body) == [("defending her plan for the port.", "Jane Roe")]


def test_a_progressive_predicate_keeps_its_second_report(registry):
    body = "Jane Roe is defending her early posts about the mayor, saying they show she is ready for the job."
    assert spoken(registry, body) == [("defending her early posts about the mayor", "Jane Roe"),
                                      ("saying they show she is ready for the job.", "Jane Roe")]


def test_an_embedded_posts_credit_line_is_no_part_of_its_words(registry):
    body = "The port opens on Monday, Jane Roe said.\n\nVery exciting! — Jane Roe (@janeroe) May 9, 2018"
    assert ("Very exciting!", "Jane Roe") in spoken(registry, body)


def test_an_embedded_posts_markup_tag_is_no_part_of_its_words(registry):
    body = '<tweet id="1" author="@janeroe">Very exciting day at the port! — Jane Roe (@janeroe) May 9, 2018</tweet>'
    assert ("Very exciting day at the port!", "Jane Roe") in spoken(registry, body)


def test_a_tail_whose_subject_is_a_described_name_is_the_frame(registry):
    body = "The city built the pier to help in times of crisis, a spokeswoman, Mary Poe, said on Saturday."
    assert spoken(registry, body) == [("The city built the pier to help in times of crisis,", "Mary Poe")]


def test_a_tail_with_a_described_name_and_its_listener(registry):
    body = "Despite the defeats, the mayor remains committed to the race, her chief strategist, Jane Roe, told the Herald."
    assert spoken(registry, body)[0][0] == "Despite the defeats, the mayor remains committed to the race,"
