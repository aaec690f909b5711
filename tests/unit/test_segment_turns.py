"""Which "Name: words" lines of a document not declared a transcript are speaker labels
(segment/turns.py): a transcript's turns, not an article's headings, newsletter sections,
headlines in Title Case or the outlet's narration after a quoted exchange."""
from analysis.model import Document
from analysis.segment import segment


def blocks_of(text, **meta):
    doc = Document("d", "t.txt", text, **meta)
    return [(b.kind, text[b.start:b.end], b.label) for b in segment(doc)]


def turns_of(text, **meta):
    return [(t, lab) for k, t, lab in blocks_of(text, **meta) if lab]


def test_headings_that_each_name_a_different_person_once_are_no_turns():
    text = ("Three plans for the harbour\n\n"
            "The council votes on Thursday.\n\n"
            "Mills: Lower the fares.\n\n"
            "The ferry operator has lost money for four years.\n\n"
            "Garza: Build the bridge.\n\n"
            "A crossing would take a decade and cost more than the port earns.\n\n"
            "Ortiz: Wait and see.\n\n"
            "Nothing will change before the spring tides.\n")
    got = blocks_of(text)
    assert not [lab for *_, lab in got if lab]
    assert ("headline", "Garza: Build the bridge.", None) in got
    assert ("body", "A crossing would take a decade and cost more than the port earns.", None) in got


def test_a_newsletters_section_names_in_capitals_are_no_speakers():
    text = ("The week in city culture\n\n"
            "NUMBER OF THE WEEK: 12 million, what the museum raised from donors.\n\n"
            "QUICK HITS:\n\n"
            "—A gallery reopens on the waterfront, by the Daily's arts desk.\n\n"
            "—Two theatres merge their boards, by the Ledger.\n\n"
            "LAST WORD: The festival moves to June next year.\n")
    assert turns_of(text) == []


def test_a_label_whose_words_are_a_headline_in_title_case_is_the_headline():
    text = ("Dana Roe: 'We Will Not Back Down' On The Budget\n\n"
            "The governor spoke to our host on Sunday.\n\n"
            "HOST: Will you sign it?\n\n"
            "ROE: I will not sign it as it stands.\n\n"
            "HOST: And if they change it?\n\n"
            "ROE: Then we will talk.\n")
    got = blocks_of(text)
    assert got[0] == ("headline", "Dana Roe: 'We Will Not Back Down' On The Budget", None)
    assert [lab for *_, lab in got if lab] == ["HOST", "ROE", "HOST", "ROE"]


def test_a_quoted_exchange_in_an_article_ends_where_the_outlets_narration_resumes():
    text = ("A panel on the transit levy\n\n"
            "Three reporters discussed the levy on Sunday's programme.\n\n"
            "Ann Ames: It taxes every commuter, and we all know who pays.\n\n"
            "Ben Boyd: Not every commuter.\n\n"
            "Ames: Most of them, then.\n\n"
            "In fact the levy falls mostly on firms with more than fifty staff.\n\n"
            "The city expects it to raise 40 million a year.\n")
    assert turns_of(text) == [("It taxes every commuter, and we all know who pays.", "Ann Ames"),
                              ("Not every commuter.", "Ben Boyd"), ("Most of them, then.", "Ames")]


def test_a_last_answer_goes_on_over_paragraphs_in_the_speakers_own_person():
    text = ("Q: What did you see?\n\n"
            "A: Smoke over the hill.\n\n"
            "Q: And then?\n\n"
            "A: We ran to the road.\n\n"
            "I have never run so fast in my life.\n")
    assert turns_of(text)[-2:] == [("We ran to the road.", "A"), ("I have never run so fast in my life.", "A")]


def test_questions_whose_q_lost_its_separator_are_the_interviewers():
    text = ("An interview with the mayor\n\n"
            "QWhat did the storm cost the city?\n\n"
            "A: More than we had set aside.\n\n"
            "QWill taxes rise?\n\n"
            "A: Not this year.\n")
    assert turns_of(text) == [("What did the storm cost the city?", "Q"), ("More than we had set aside.", "A"),
                              ("Will taxes rise?", "Q"), ("Not this year.", "A")]


def test_a_page_of_quotes_keeps_one_label_for_each_quoted_person():
    text = ("What they said about the summit\n\n"
            "Sen. Jane Roe: “A good day for the alliance.”\n\n"
            "Gov. Tom Ash: “We got what we came for.”\n\n"
            "Rep. Ida Hale: “The hard part starts now.”\n")
    assert [lab for _, lab in turns_of(text)] == ["Sen. Jane Roe", "Gov. Tom Ash", "Rep. Ida Hale"]


def test_a_declared_transcripts_labels_need_no_other_evidence():
    text = ("Remarks\n\n"
            "THE PRESIDENT: Thank You All For Coming To The White House.\n\n"
            "MS. LANE: Thank you.\n")
    assert [lab for _, lab in turns_of(text, kind="transcript")] == ["THE PRESIDENT", "MS. LANE"]
