"""Precision of the named statements an analyst reads in the export (issue 11): a line that is
only its speaker and verb ("Roe added:", "Roe wouldn't say.") is the outlet's frame, the
paragraph an introducing line announces still the speaker's; "maintain" with a plain object
("maintains a wide lead") is keeping, not saying; a position held inside another's report is
the reporter's; "they" after a verb of saying is that verb's subject; ''…'' marks quote; "who"
with a subject of its own is no speaker. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.bare_frames import bare_frame, holding_object
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_lines_of_speaker_and_verb_alone():
    assert bare_frame("Roe added:", "added")
    assert bare_frame("The Harbour Times reports:", "reports")
    assert bare_frame("In a speech last spring, he said:", "said")
    assert bare_frame("Roe wouldn’t say.", "wouldn’t say")
    assert not bare_frame("Roe said.", "said")  # a tail whose quotation went before: the tail rules'
    assert not bare_frame("Roe said the port will reopen.", "said")
    assert not bare_frame('Roe said: "We are ready."', "said")
    assert not bare_frame("Roe wouldn’t say whether the port will reopen.", "wouldn’t say")


def test_an_introducing_line_is_the_outlets_and_the_paragraph_after_it_the_speakers(registry):
    body = ("Jane Roe spoke to the crews on Monday.\n\nRoe added:\n\n"
            "The port will reopen next week, and the crews will be paid in full.")
    got = spoken(registry, body)
    assert ("Roe added:", "Jane Roe") not in got
    assert ("The port will reopen next week, and the crews will be paid in full.", "Jane Roe") in got


def test_a_negated_verb_with_nothing_after_it_reports_nothing(registry):
    body = "Jane Roe toured the harbour on Monday. Asked about the closure, Roe wouldn't say."
    assert not [t for t, sp in spoken(registry, body) if sp == "Jane Roe" and "say" in t]


def test_maintain_with_a_plain_object_is_keeping_not_saying(registry):
    assert holding_object("Roe maintains a wide lead among voters.", "maintains", len("Roe maintains"))
    assert holding_object("Roe maintained her silence on the race.", "maintained", len("Roe maintained"))
    assert not holding_object("Roe maintained that the vote was fair.", "maintained", len("Roe maintained"))
    assert not holding_object("Roe maintained the emails were not marked.", "maintained", len("Roe maintained"))
    assert spoken(registry, "Jane Roe maintains a wide lead among voters in the county.") == []
    assert spoken(registry, "Jane Roe maintained that the vote in the county was fair.") \
        == [("the vote in the county was fair.", "Jane Roe")]


def test_a_position_held_inside_a_report_is_the_reporters_statement(registry):
    # what we have are the reporter's words about Doe's plans, not Doe's
    body = "John Doe toured the harbour on Monday. Jane Roe said Doe plans to run for the council seat next year."
    got = spoken(registry, body)
    assert [sp for _, sp in got] == ["Jane Roe"]
    body = "John Doe toured the harbour on Monday. Doe hopes to win the council seat next year, Jane Roe said."
    assert [sp for _, sp in spoken(registry, body)] == ["Jane Roe"]


def test_a_report_inside_a_report_is_the_reporters_claim(registry):
    # the clause "said" reports is Roe's claim about Doe (nested_reports): Doe's warning is what
    # she reports, Doe a target of it; a spokesperson's report of their principal stays relayed
    body = "John Doe toured the harbour on Monday. Jane Roe said Doe warned the council that the port would close."
    assert [sp for _, sp in spoken(registry, body)] == ["Jane Roe"]


def test_they_after_a_verb_of_saying_is_that_verbs_subject_not_the_last_institution(registry):
    # "they" right after "say" is the voters again, not the newspaper whose poll spoke before
    body = "A new Harbour Times poll finds the race tied. Nearly eight of 10 voters say they plan to vote in the spring."
    got = spoken(registry, body)
    assert ("to vote in the spring.", "Harbour Times") not in got
    assert ("they plan to vote in the spring.", "(unnamed voters)") in got


def test_it_after_the_institutions_own_description_is_still_the_institution():
    from analysis.attribute.pronouns import _after_other_subject
    assert _after_other_subject("Most voters say they want it closed.", "they", "Harbour Board")
    assert not _after_other_subject("The board says it fears a loss.", "it", "Harbour Board")
    assert not _after_other_subject("The company says it fears a loss.", "it", "Acme Shipping")
    assert not _after_other_subject("Meanwhile, they want it closed.", "they", "Harbour Board")


def test_double_apostrophe_quotation_marks_are_read_as_quotation_marks(registry):
    # some archives write ''…'' for “…”: the speaker's words are the quotation, whole, and a
    # programme's title quoted in the frame is no part of them
    body = "John Doe toured the harbour. ''It's nonsense,'' Mr. Doe said by telephone on NBC's ''Meet the Press.''"
    assert ("''It's nonsense,''", "John Doe") in spoken(registry, body)
    body = "John Doe toured the harbour. ''It's nonsense,'' Mr. Doe said on Monday."
    assert ("''It's nonsense,''", "John Doe") in spoken(registry, body)


def test_who_as_the_object_of_its_clause_is_no_speaker(registry):
    # "many" hope, not Doe
    body = "The vote is a blow to Sen. John Doe, who many in the party hope will run for governor."
    assert spoken(registry, body) == []
    body = "The vote is a blow to Sen. John Doe, who said he would run for governor."
    assert spoken(registry, body) == [("he would run for governor.", "John Doe")]


def test_the_openings_of_a_sentence_are_not_the_speakers_words(registry):
    # "On Thursday, after weeks of silence, Roe endorsed Doe.": where and when, before the subject,
    # is no quotation a tail frame credits; the verb's object is the statement
    cases = {"On Thursday, after weeks of silence, Mary Poe endorsed Jack Roe.": "Jack Roe",
             "Nonetheless, Mary Poe sought to reassure the voters.": "to reassure the voters.",
             "Not long after the vote ended, Mary Poe asked the mayor about the budget.": "the mayor about the budget."}
    for body, own in cases.items():
        got = spoken(registry, body)
        assert (own, "Mary Poe") in got, (body, got)
    # a clause before a tail frame stays the speaker's words
    got = spoken(registry, "But the plan is still tilted toward the rich, Mary Poe said.")
    assert ("But the plan is still tilted toward the rich,", "Mary Poe") in got


def test_a_programmes_quoted_title_after_the_verb_is_where_it_was_said(registry):
    # '…," Roe said on ABC's "This Week."': the quotation before the frame is hers, the title none
    got = spoken(registry, '"The message is clear," Mary Poe said on ABC\'s "This Week."')
    assert ('"The message is clear,"', "Mary Poe") in got
    got = spoken(registry, "The plan is dead, Mary Poe said Wednesday morning on MSNBC’s “Morning Joe.”")
    assert ("The plan is dead,", "Mary Poe") in got


def test_a_modal_guess_about_a_position_is_the_outlets(registry):
    # "Roe may want to …", "Doe might now feel …": the outlet's guess or advice, no position held
    for body in ("Mary Poe may want to check her figures.", "Mary Poe might now feel that way herself.",
                 "Mary Poe had better plan to win some states soon."):
        assert all(sp != "Mary Poe" for _, sp in spoken(registry, body)), body
    assert any(sp == "Mary Poe" for _, sp in spoken(registry, "Mary Poe would support the bill."))


def test_a_reply_verb_that_ends_the_tail_of_a_quotation_credits_it(registry):
    # '"…?" Roe replied.': the question closed the sentence, the bare tail after it is its frame;
    # the quotation is not the previous speaker's continuation
    body = ('Jack Roe started it when he said, "It is not just them." '
            '"That is a false equivalency!" Mary Poe replied. "How many attacks were there?"')
    got = spoken(registry, body)
    assert ('"That is a false equivalency!"', "Mary Poe") in got
    assert ('"How many attacks were there?"', "Mary Poe") in got
    # a reply verb that closes a subordinate clause is no tail
    assert all(sp != "Jack Roe" for _, sp in spoken(registry, "Jack Roe rode the mood of the crowd as he replied."))


def test_adding_to_a_lead_is_no_speech(registry):
    # "add to" in its sense of increasing: no speech; "added to People" after a quotation is
    for body in ("Mary Poe won the primary in Virginia, adding to her victories in Ohio.",
                 "Mary Poe is adding to her wins in Iowa.", "Jack Roe lost Ohio to Mary Poe, who added to her lead."):
        assert all(sp == "(narrator)" for _, sp in spoken(registry, body)), body
    assert ('"It was more than her show,"', "Mary Poe") in spoken(registry, '"It was more than her show," Mary Poe added to People.')
    assert ("adding that she was ready.", "Mary Poe") in spoken(registry, "Mary Poe said the vote was close, adding that she was ready.")


def test_a_reporters_credit_line_is_no_statement(registry):
    # "Roe reported from Kabul.": where the story's reporter was; "reported from X that …" is a report
    body = "Mary Poe reported from Midway Atoll, and Jack Roe from Kaneohe Bay, Hawaii. Voters went to the polls."
    assert all(sp == "(narrator)" for _, sp in spoken(registry, body))
    assert ("the talks had failed.", "Mary Poe") in spoken(registry, "Mary Poe reported from Kabul that the talks had failed.")


def test_a_quotation_closed_before_an_apposed_subject_is_the_tails_speakers(registry):
    # 'Roe "is tapping into …," Jane Doe, a Roe supporter, told the paper.': the sentence up to the
    # quotation's closing mark is Doe's, the frame after it the outlet's
    body = "Jack Roe “is tapping into something very deep,” Mary Poe, a Roe supporter, told the New Yorker."
    assert ("Jack Roe “is tapping into something very deep,”", "Mary Poe") in spoken(registry, body)


def test_words_that_only_say_when_it_was_said_are_no_statement(registry):
    # "as the Ledger reported a few days later.": the object went before the verb; what is left
    # after it is only when it was said, nothing of the speaker's
    for body in ("The tax rose, as the Ledger reported a few days later.",
                 "It is a position that Mary Poe advocated over the weekend."):
        assert all(sp == "(narrator)" for _, sp in spoken(registry, body)), body
    assert ("the vote was close.", "Mary Poe") in spoken(registry, "Mary Poe said on Monday that the vote was close.")


def test_a_quotation_before_a_tail_with_only_when_it_was_written_is_the_speakers(registry):
    body = "“My husband was unfaithful to me,” Mary Poe wrote Thursday in an email to the paper, marking a first."
    assert ("“My husband was unfaithful to me,”", "Mary Poe") in spoken(registry, body)


def test_knowing_a_person_or_a_topic_is_no_position(registry):
    for body in ("Mary Poe knew Jack Roe well, and she flew back to the capital.",
                 "It was a topic she knew well, having run the firm for years."):
        assert all(sp == "(narrator)" for _, sp in spoken(registry, body)), body
    assert ("it was possible that she could lose.", "Mary Poe") in spoken(registry, "Mary Poe knew it was possible that she could lose.")
