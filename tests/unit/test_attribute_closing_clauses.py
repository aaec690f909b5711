"""A report in a subordinate clause that closes the outlet's sentence ("…, when she claimed that
…", "… after he lashed out at …"): its words are the clause's speaker's, a pronoun resolved as
any subject is; not a comment clause ("as Roe noted, …") or a
clause with a main clause after it. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken_after_brandt as spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_that_clause_after_when_is_the_pronouns_speaker(registry):
    body = "Brandt stretched the truth a bit during the debate, when he claimed that the group had used Roe in its videos."
    assert spoken(registry, body) == [("Walter Brandt", "the group had used Roe in its videos.")]


def test_a_that_clause_may_hold_commas_of_its_own(registry):
    body = ("The vote was close, when he claimed that the self-styled council, or its chair, had used Roe "
            "in its videos.")
    assert [sp for sp, _ in spoken(registry, body)] == ["Walter Brandt"]


def test_a_closing_clause_without_that_is_the_speakers_too(registry):
    body = ("Brandt drew applause from the crowd on Thursday when he lashed out at Turkey for having shot down a "
            "bomber, and dared the Turks to try it again.")
    assert [sp for sp, _ in spoken(registry, body)] == ["Walter Brandt"]


def test_a_comment_clause_reports_nothing_after_its_comma(registry):
    body = "Turnout was high in the county on Tuesday, as he noted, and the lines at the polls were long."
    assert spoken(registry, body) == []


def test_a_clause_with_a_main_clause_after_it_is_the_outlets(registry):
    body = "The deal looked safe for a while, just as he said it would, and the market did nothing at all."
    assert spoken(registry, body) == []


def test_a_list_in_the_closing_clause_keeps_it_the_speakers(registry):
    body = "The challenge for Brandt is reversed from 2008, when he sought to counter Roe's appeal to young, liberal and urban voters."
    assert spoken(registry, body) == [("Walter Brandt", "to counter Roe's appeal to young, liberal and urban voters.")]


def test_a_second_report_in_a_subordinate_clause_is_the_speakers(registry):
    body = "Brandt conceded some errors in the count even as he defended the result and the staff."
    assert spoken(registry, body) == [("Walter Brandt", "some errors in the count"),
                                      ("Walter Brandt", "defended the result and the staff.")]


def test_a_nearer_person_in_the_report_is_the_subordinate_pronouns_antecedent(registry):
    body = "Tom Roe says he knew little about Brandt when he announced his bid for the seat in the spring."
    assert spoken(registry, body) == [("Tom Roe", "he knew little about Brandt")]


def test_a_relative_word_that_is_the_subject_of_the_report(registry):
    body = ("The district saw 30 applicants for the slots, which he said were about evenly split between "
            "Roe and Doe, with a few for Poe.")
    assert spoken(registry, body) == [
        ("Walter Brandt", "were about evenly split between Roe and Doe, with a few for Poe.")]


def test_a_relative_word_that_is_the_object_is_no_report(registry):
    body = "The budget included a sum, which officials described as a fraction, for the new bridge."
    assert spoken(registry, body) == []


def test_a_prepositional_relative_clause_closing_the_sentence_is_its_subjects(registry):
    body = "Brandt is airing a new ad in the state, in which he declares, \"The purpose of life is to work.\""
    assert spoken(registry, body) == [("Walter Brandt", "\"The purpose of life is to work.\"")]
    body = "Brandt gave a speech in Salt Lake City in which he pledged that he would be a friend to both sides."
    assert [sp for sp, _ in spoken(registry, body)] == ["Walter Brandt"]


def test_an_opening_while_clause_after_and_is_its_own_report(registry):
    body = "And while he said he would bring back the old rules, he clarified that they would be legal."
    assert spoken(registry, body) == [("Walter Brandt", "he would bring back the old rules"),
                                      ("Walter Brandt", "they would be legal.")]


def test_a_relative_clause_with_its_own_subject_ends_at_the_main_predicate(registry):
    body = "Brandt's war vote, which he has repeatedly said was a mistake, was a major factor in his defeat."
    assert spoken(registry, body) == [("Walter Brandt", "was a mistake")]
