"""Statement spans of attributed sentences (issue 11, recall): the statement is what its
source says, believes or intends; the outlet's reporting frame around it is the attribution
of those words, no statement of its own. Each class on short examples of our own."""
import pytest

from analysis.model import Document
from analysis.pipeline import analyse
from tests.news_text import registry  # noqa: F401  (the shared registry fixture)
from tests.news_text import speaker_by_text as statements


def test_the_object_of_a_belief_or_mention_verb_is_the_statement(registry):
    t = ("Budget.\n\nLavrov proclaimed a new era of cooperation with Beijing.\n\n"
         "Blinken hoped the ministers would return to the table.\n\n"
         "Greta Lindqvist cited the drought as the reason for the losses.\n")
    got = statements(registry, t)
    assert got["a new era of cooperation with Beijing."] == "Sergey Lavrov"
    assert got["the ministers would return to the table."] == "Antony Blinken"
    assert got["the drought as the reason for the losses."] == "Greta Lindqvist"
    assert not any("Lavrov proclaimed" in x or "Blinken hoped" in x for x in got)  # the frames: no statement


def test_calling_something_a_name_keeps_the_name_calling_as_the_statement(registry):
    t = 'Vote.\n\nGreta Lindqvist called the ruling "a victory for farmers" on Friday.\n'
    got = statements(registry, t)
    assert got['the ruling "a victory for farmers" on Friday.'] == "Greta Lindqvist"


@pytest.mark.parametrize("verb", ["accused", "warned", "blamed", "urged", "praised"])
def test_an_act_is_what_it_is_about_with_its_verb_as_the_cue(registry, verb):
    s = f"Lavrov {verb} the alliance over the new bases in the east."
    doc = Document("d", "t.txt", "Talks.\n\n" + s + "\n", published="2021-12-02")
    got = {st.text: st for st in analyse(doc, registry)}
    st = got["the alliance over the new bases in the east."]
    assert (st.speaker, st.cue) == ("Sergey Lavrov", verb)
    assert st.escalation != 0  # the act is read from the cue
    # the frame ("Lavrov accused") is the attribution of the words, no statement: the act is
    # read once, on Lavrov's words
    assert not any(f"Lavrov {verb}" in x for x in got)
    assert [x for x, other in got.items() if any(verb in c for c in other.escalation_cues)] == [st.text]


def test_a_second_clause_with_its_own_pronoun_is_a_second_statement(registry):
    s = "Lavrov said the talks had stalled, and he urged the envoys to return in March."
    got = statements(registry, "Talks.\n\n" + s + "\n")
    assert got["the talks had stalled"] == "Sergey Lavrov"
    assert got["urged the envoys to return in March."] == "Sergey Lavrov"


def test_a_pronoun_of_the_other_gender_starts_nobody_elses_statement(registry):
    s = "Lavrov said the talks had stalled, but she insisted that the envoys would return."
    got = statements(registry, "Talks.\n\n" + s + "\n")
    assert not any(t.startswith("insisted") for t in got)  # not split off as Lavrov's


def test_straight_opening_and_curly_closing_marks_are_one_quotation(registry):
    t = 'Farms.\n\n"The rules will ruin us,” said Greta Lindqvist, a farmer from Uppsala.\n'
    got = statements(registry, t)
    assert got['"The rules will ruin us,”'] == "Greta Lindqvist"


@pytest.mark.parametrize("s, speaker", [
    ("Greta Lindqvist, the head of the farmers union, sharply criticized the rules.", "Greta Lindqvist"),
    ("Greta Lindqvist quietly hoped that the rules would fail.", "Greta Lindqvist"),
    ("Greta Lindqvist, in contrast, said the rules were fair.", "Greta Lindqvist"),
    ("Mr. Okafor, then 38, said he had left the firm.", "Okafor"),
])
def test_adverbs_and_asides_between_a_subject_and_its_verb(registry, s, speaker):
    got = statements(registry, "Farms.\n\n" + s + "\n")
    assert speaker in got.values()
    assert all(v in (speaker, "(narrator)") for v in got.values())


def test_a_stance_adverb_of_the_outlet_leaves_the_sentence_to_it(registry):
    s = "State television certainly thinks so."
    assert statements(registry, "TV.\n\n" + s + "\n")[s] == "(narrator)"


def test_a_title_before_a_name_with_an_appositive(registry):
    s = 'Former farm minister Greta Lindqvist, a critic of the plan, said in an interview that it "cannot work."'
    got = statements(registry, "Farms.\n\n" + s + "\n")
    assert got['it "cannot work."'] == "Greta Lindqvist"


def test_a_possessive_in_s_apostrophe_in_the_description_after_a_quotation(registry):
    s = '"We will win the state," Jane Okafor, Lindqvist\' campaign manager, said in a statement.'
    got = statements(registry, "Vote.\n\n" + s + "\n")
    assert got['"We will win the state,"'] == "Jane Okafor"


def test_an_intention_before_an_infinitive_is_a_position(registry):
    t = ("Taxes.\n\nGreta Lindqvist plans to release her tax returns next week.\n\n"
         "Lindqvist's plans would cost billions.\n")
    got = statements(registry, t)
    assert got["to release her tax returns next week."] == "Greta Lindqvist"
    assert got["Lindqvist's plans would cost billions."] == "(narrator)"


def test_a_refusal_is_an_act_about_what_is_refused(registry):
    s = "Greta Lindqvist refused to endorse the nominee."
    assert statements(registry, "Vote.\n\n" + s + "\n")["to endorse the nominee."] == "Greta Lindqvist"


def test_a_relative_clause_speaks_for_the_name_it_follows(registry):
    s = 'The vote was a setback for Greta Lindqvist, who says the rules are "disastrous."'
    got = statements(registry, "Vote.\n\n" + s + "\n")
    assert got['the rules are "disastrous."'] == "Greta Lindqvist"


def test_an_inverted_verb_whose_description_quotes_a_title_is_never_the_speakers_words(registry):
    s = '"The plan cannot work," said Jane Okafor, author of "Dry Fields."'
    got = statements(registry, "Farms.\n\n" + s + "\n")
    assert got['"The plan cannot work,"'] == "Jane Okafor"  # (the quoted title is the frame's)
    assert not any("Dry Fields" in x for x in got)  # the frame, with its title: no statement


def test_an_introduction_before_the_subject_is_no_statement(registry):
    t = ("Talks.\n\nOn Monday, Lavrov said the talks had failed.\n\n"
         "In an email, Blinken said his ties with Lavrov were strictly business.\n")
    got = statements(registry, t)
    assert got["the talks had failed."] == "Sergey Lavrov"
    assert got["his ties with Lavrov were strictly business."] == "Antony Blinken"
    assert not any("On Monday" in x or "In an email" in x for x in got)  # the frames: no statement


def test_a_tail_frame_after_the_words_still_holds(registry):
    got = statements(registry, "Talks.\n\nThe talks failed, Lavrov said on Monday.\n")
    assert got["The talks failed,"] == "Sergey Lavrov"


def test_a_tail_frame_with_a_long_clause_of_time_after_its_day(registry):
    # "said Friday as …": when it was said, however long the clause, no object of the verb
    s = "Prospects for peace depend on the outcome of the talks, Lavrov said Friday as the meetings went into a second day."
    got = statements(registry, "Talks.\n\n" + s + "\n")
    assert got["Prospects for peace depend on the outcome of the talks,"] == "Sergey Lavrov"
    # an object after the verb is still no tail: "Campaigning in 2012, Roe mentioned climate change …"
    got = statements(registry, "Talks.\n\nCampaigning in 2012, Lavrov mentioned climate change as the storms went on.\n")
    assert "Campaigning in 2012," not in got or got["Campaigning in 2012,"] != "Sergey Lavrov"


def test_a_quotation_then_before_adding_is_two_statements(registry):
    s = '"Nothing you can do about it," Lavrov said before adding: "We will wait."'
    got = statements(registry, "Talks.\n\n" + s + "\n")
    assert got['"Nothing you can do about it,"'] == "Sergey Lavrov"
    assert got['adding: "We will wait."'] == "Sergey Lavrov"


def test_a_closing_relative_clause_of_the_report_is_no_statement(registry):
    s = "Lindqvist said she expects the minister to recover from pneumonia, which forced her to leave early."
    got = statements(registry, "Health.\n\n" + s + "\n")
    assert got["she expects the minister to recover from pneumonia"] == "Lindqvist"
    assert not any("which forced her" in x for x in got)  # it goes on the reported sentence: no statement


def test_an_act_after_its_bare_subject_keeps_its_verb_and_drops_the_subject(registry):
    s = "Lavrov urged the allies to join the talks, and criticized the lack of progress."
    got = statements(registry, "Talks.\n\n" + s + "\n")
    assert got["the allies to join the talks"] == "Sergey Lavrov"
    assert got["criticized the lack of progress."] == "Sergey Lavrov"
    assert not any("Lavrov urged" in x for x in got)  # the frame: no statement


def test_an_act_after_a_condition_or_a_quotation_keeps_its_sentence(registry):
    t = ("Talks.\n\nIf the strikes go on, Russia will warn the allies of retaliation.\n\n"
         '"This will have consequences," Lavrov warned on Monday.\n')
    got = statements(registry, t)
    assert got["If the strikes go on, Russia will warn the allies of retaliation."] == "Russia"
    assert got['"This will have consequences," Lavrov warned on Monday.'] == "Sergey Lavrov"


def test_a_speech_participle_after_a_message_belongs_to_whoever_put_it_out(registry):
    t = ("Tests.\n\nFollowing a late meeting, the Security Council issued a statement calling the test "
         '"a clear violation."\n\nLavrov posted a series of tweets early Friday saying that Blinken had erred.\n\n'
         "The ministry released a video showing the damage.\n")
    got = statements(registry, t)
    assert "UN Security Council" in got.values()
    assert got["Blinken had erred."] == "Sergey Lavrov"
    assert got["The ministry released a video showing the damage."] == "(narrator)"
