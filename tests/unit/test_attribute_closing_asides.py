"""Where the speaker's words end before the outlet's closing clause: a relative clause ("…,
which the mayor first proposed in 2014."; not one that quotes), a clause whose subject is a share of a group
("…, but several of her findings …") or two people ("…, and she and Tom Vale still speak …");
and a reply of a word or two before a tail frame that closes the sentence ("Sorry, Roe said.")."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_a_closing_relative_clause_that_quotes_stays_with_the_words(registry):
    # (its quoted words are the speaker's, and the escalation score reads them with the statement)
    body = 'Jane Roe reiterated that the party must back Tom Vale in November, who ran the port as a "tight ship" for years.'
    assert spoken(registry, body) == [
        ('the party must back Tom Vale in November, who ran the port as a "tight ship" for years.', "Jane Roe")]
    # (a clause that reports her own words is a statement of its own)
    body = 'Jane Roe reiterated that the party must back Tom Vale in November, whom she praised as a "good man" who works hard.'
    assert spoken(registry, body) == [("the party must back Tom Vale in November", "Jane Roe"),
                                      ('praised as a "good man" who works hard.', "Jane Roe")]


def test_a_closing_relative_clause_without_quotation_marks_is_the_outlets_too(registry):
    body = "Jane Roe said the council must back the ferry plan, which the mayor first proposed in 2014."
    assert spoken(registry, body) == [("the council must back the ferry plan", "Jane Roe")]


def test_a_clause_whose_subject_is_a_share_of_a_group_is_the_outlets(registry):
    body = "Jane Roe said she was not qualified to judge the ferry plan, but several of her findings contradicted the mayor."
    assert spoken(registry, body) == [("she was not qualified to judge the ferry plan", "Jane Roe")]


def test_a_clause_whose_subject_is_two_people_is_the_outlets(registry):
    body = "Jane Roe denied that the harbour talks had failed, and she and Tom Vale still speak every week."
    assert spoken(registry, body) == [("the harbour talks had failed", "Jane Roe")]


def test_a_share_of_the_speakers_words_stays_theirs(registry):
    body = "Jane Roe said that several of the piers were unsafe and would close in May."
    assert spoken(registry, body) == [("several of the piers were unsafe and would close in May.", "Jane Roe")]


def test_a_short_reply_before_a_closing_tail_frame_is_the_speakers(registry):
    assert spoken(registry, "Sorry, Jane Roe said.") == [("Sorry,", "Jane Roe")]
    assert spoken(registry, '"Never," Jane Roe said.') == [('"Never,"', "Jane Roe")]


def test_a_short_opening_before_a_frame_with_words_after_it_stays_whole(registry):
    body = "The truth, Jane Roe said then, was that the county had erred."
    assert spoken(registry, body) == [(body, "Jane Roe")]


def test_a_clause_whose_subject_is_a_pronoun_with_a_contracted_verb_is_the_outlets(registry):
    body = "Jane Roe said the ferry would close in May, and she's not happy about it."
    assert spoken(registry, body) == [("the ferry would close in May", "Jane Roe")]


def test_a_comparison_with_its_verb_before_its_subject_is_the_outlets(registry):
    body = "Jane Roe said she, too, wants an inquiry into the ferry, as have other prominent members of the council."
    assert spoken(registry, body) == [("she, too, wants an inquiry into the ferry", "Jane Roe")]
    body = "Jane Roe said she does not hold the meetings in public, as was the case with last week's meeting."
    assert spoken(registry, body) == [("she does not hold the meetings in public", "Jane Roe")]


def test_a_closing_concession_of_the_outlets(registry):
    body = ("Jane Roe said the council had been fair to her, despite some recent suggestions by the press "
            "that the mayor has his thumb on the scale.")
    assert spoken(registry, body) == [("the council had been fair to her", "Jane Roe")]
