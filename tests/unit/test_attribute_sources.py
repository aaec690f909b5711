"""Statement recall (issue 11): organisations, documents and polls as sources, "according
to" before a description, nouns that are verbs before "that", names with an age, long
frames after a quotation. Each on short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.sources import document_source
from tests.news_text import statements, said, own_words


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_report_or_poll_that_names_nobody_is_an_unnamed_source(registry):
    body = ("The audit found that most of the grants were never checked. "
            "A new poll showed the mayor trailing by four points.")
    got = said(registry, body)
    assert got["The audit found that most of the grants were never checked."] == "(unnamed audit)"
    assert got["A new poll showed the mayor trailing by four points."] == "(unnamed poll)"
    # the statement is what the document says, the frame is the outlet's
    assert own_words(registry, body, "(unnamed audit)") == ["most of the grants were never checked."]


def test_a_document_speaks_for_the_organisation_it_names(registry):
    body = ("A Federal Highway Safety Board report released in May found that the bridge was unsafe. "
            "The race is tied, according to a new Harwick-Lorne Institute poll.")
    got = said(registry, body)
    assert got["A Federal Highway Safety Board report released in May found that the bridge was unsafe."] \
        == "Federal Highway Safety Board"
    assert got["The race is tied, according to a new Harwick-Lorne Institute poll."] == "Harwick-Lorne Institute"


def test_a_report_by_an_organisation(registry):
    body = "According to a report by the Brennan Housing Trust, rents rose by a third."
    assert said(registry, body)[body] == "Brennan Housing Trust"


def test_found_with_a_person_or_thing_as_subject_is_no_statement(registry):
    body = "Firefighters found a body in the river. The couple found the keys on Monday."
    got = said(registry, body)
    assert got["Firefighters found a body in the river."] == "(narrator)"
    assert got["The couple found the keys on Monday."] == "(narrator)"


def test_police_and_prosecutors_are_unnamed_sources(registry):
    body = "Police said the driver had fled. Prosecutors say the charges will stand."
    got = said(registry, body)
    assert got["Police said the driver had fled."] == "(unnamed police)"
    assert got["Prosecutors say the charges will stand."] == "(unnamed prosecutors)"


def test_according_to_a_description_anywhere_in_the_sentence(registry):
    body = "The fire, according to police, started in the kitchen."
    assert said(registry, body)[body] == "(unnamed police)"


def test_according_to_a_plan_is_no_source(registry):
    body = "The work went ahead according to the plan."
    assert said(registry, body)[body] == "(narrator)"


def test_according_to_any_determined_noun_phrase(registry):
    # a singular head with a determiner or a possessive, adjectives joined by "but", a
    # parenthesis or a dash after the source: "according to" still makes it a source
    body = ("He clerked for a judge, according to his biography. "
            "Mr. Pell trails by 4 points, according to the state's polling average. "
            "She was leading, according to complete but unofficial returns. "
            "The town is white (93 percent of voters, according to exit polls), and rural. "
            "According to Pell's plea agreement, he faces two years in prison.")
    got = said(registry, body)
    assert got["He clerked for a judge, according to his biography."] == "(unnamed biography)"
    assert got["Mr. Pell trails by 4 points, according to the state's polling average."] == "(unnamed average)"
    assert got["She was leading, according to complete but unofficial returns."] == "(unnamed returns)"
    assert got["The town is white (93 percent of voters, according to exit polls), and rural."] == "(unnamed polls)"
    assert got["According to Pell's plea agreement, he faces two years in prison."] == "(unnamed agreement)"


def test_according_to_in_its_sense_of_conformity_is_no_source(registry):
    body = "The launch went according to plan. The crowd was seated according to age and the rules."
    got = said(registry, body)
    assert got["The launch went according to plan."] == "(narrator)"
    assert got["The crowd was seated according to age and the rules."] == "(narrator)"


def test_a_noun_form_is_a_verb_before_that(registry):
    body = ("Dana Whitlock, an economist at the bank, spoke on Monday. Ms. Whitlock notes that rates are low. "
            "The notes of the meeting were released.")
    got = said(registry, body)
    assert got["Ms. Whitlock notes that rates are low."] == "Dana Whitlock"
    assert got["The notes of the meeting were released."] == "(narrator)"


def test_a_name_with_an_age_between_commas(registry):
    body = "Tamsin Oyelaran, 34, said the march would go on."
    assert said(registry, body)[body] == "Tamsin Oyelaran"


def test_a_name_with_a_possessive_description(registry):
    body = "Even Portugal, Lisbon's oldest ally and its main trading partner, said it was opposed to the plan."
    assert said(registry, body)[body] == "Portugal"


def test_a_long_description_after_a_quotation_is_frame(registry):
    body = ('"It is an invasion of the state\'s domain," Orla Brennagh, the top Democrat on the committee '
            'and one of the sponsors of the bill, said at a press conference.')
    assert own_words(registry, body, "Orla Brennagh") == ['"It is an invasion of the state\'s domain,"']


def test_document_phrases():
    assert document_source("the report") == (None, "report")
    assert document_source("A Federal Highway Safety Board report released in May") == \
        ("Federal Highway Safety Board", "report")
    assert document_source("a new report by Politico") == ("Politico", "report")
    assert document_source("The GOP's complaint to the board") == ("GOP", "complaint")
    assert document_source("Firefighters") is None
    assert document_source("Trump wants the report") is None


def test_an_introductory_phrase_before_the_subject_is_frame(registry):
    body = ("Mirela Vasquez, a senator from Ohio, campaigned on Monday. "
            "Heading into the debate, Vasquez told reporters that nobody would question the result.")
    assert own_words(registry, body, "Mirela Vasquez") == ["nobody would question the result."]


def test_a_paragraph_after_an_introducing_line_is_the_speakers(registry):
    body = ("Radio host Dana Kirwan spoke on Monday. Kirwan added:\n\n"
            "This reeks of fear. She cannot win without the referee.\n\nThe council met on Tuesday.")
    got = said(registry, body)
    assert got["This reeks of fear."] == got["She cannot win without the referee."] == "Dana Kirwan"
    assert got["The council met on Tuesday."] == "(narrator)"


def test_a_colon_in_narration_announces_nobody(registry):
    body = "The plan has three parts:\n\nRents are capped. Deposits are returned."
    got = said(registry, body)
    assert got["Rents are capped."] == "(narrator)"


def test_a_second_speech_verb_of_the_same_subject_is_a_second_statement(registry):
    body = "Lavrov said the talks had failed and warned that Moscow would respond."
    sts = [(s.text, s.speaker, s.cue) for s in statements(registry, body) if s.cue not in ("frame", "narrator")]
    assert sts == [("the talks had failed", "Sergey Lavrov", "said"),
                   ("warned that Moscow would respond.", "Sergey Lavrov", "warned")]


def test_a_participle_after_a_quotation_is_a_second_statement(registry):
    body = '"We cannot afford this anymore," Blinken said, adding that the costs kept rising.'
    sts = [(s.text, s.speaker) for s in statements(registry, body)]
    # (the frame between them, "Blinken said,", is no statement)
    assert sts[-2:] == [('"We cannot afford this anymore,"', "Antony Blinken"),
                        ("adding that the costs kept rising.", "Antony Blinken")]
    assert not any("Blinken said" in t for t, _ in sts)


def test_and_with_another_verb_is_no_second_statement(registry):
    body = "Lavrov said the army had advanced and captured the town."
    assert [s.text for s in statements(registry, body) if s.cue not in ("frame", "narrator")] == \
        ["the army had advanced and captured the town."]


def test_any_speech_verb_after_and_or_but_is_a_second_statement(registry):
    body = "Lavrov said the talks had failed, but cautioned against reading too much into the delay."
    sts = [(s.text, s.speaker, s.cue) for s in statements(registry, body) if s.cue not in ("frame", "narrator")]
    assert sts == [("the talks had failed", "Sergey Lavrov", "said"),
                   ("cautioned against reading too much into the delay.", "Sergey Lavrov", "cautioned")]


def test_a_verb_of_another_tense_after_and_belongs_to_the_reported_clause(registry):
    body = "Lavrov said the farmers are angry and want the border reopened."
    assert [s.text for s in statements(registry, body) if s.cue not in ("frame", "narrator")] == \
        ["the farmers are angry and want the border reopened."]


def test_a_determiner_that_near_the_end_opens_no_clause(registry):
    body = "Lavrov said the envoys could come back later with that request."
    assert own_words(registry, body, "Sergey Lavrov") == ["the envoys could come back later with that request."]


def test_a_party_tag_between_commas(registry):
    body = '"The veto will be overridden," Senator Mara Lindqvist, R-Ohio, said on Tuesday.'
    assert said(registry, body)[body] == "Mara Lindqvist"


def test_an_institution_named_by_a_common_noun(registry):
    body = "The bank said that it had fired the employees."
    assert said(registry, body)[body] == "(unnamed bank)"


def test_an_organisation_with_of_in_its_name(registry):
    body = ("The nonpartisan Commission on Fair Elections says the count was sound. "
            'The Association of Tram Drivers called the mayor a "champion" of its members.')
    got = said(registry, body)
    assert got["The nonpartisan Commission on Fair Elections says the count was sound."] \
        == "Commission on Fair Elections"
    assert got['The Association of Tram Drivers called the mayor a "champion" of its members.'] \
        == "Association of Tram Drivers"


def test_a_role_with_of_is_no_organisation(registry):
    body = "The outgoing Minister of Transport said the line would close."
    assert said(registry, body)[body] != "Minister of Transport"


def test_an_unnamed_group_of_people_is_a_source(registry):
    body = ("Most of the rural county commissioners have said they would back the levy. "
            "Her campaign volunteers said they knocked on every door. "
            "Supporters of the new canal say it will bring jobs. "
            "The shipping industry says the tolls are too high.")
    got = said(registry, body)
    assert got["Most of the rural county commissioners have said they would back the levy."] \
        == "(unnamed commissioners)"
    assert got["Her campaign volunteers said they knocked on every door."] == "(unnamed volunteers)"
    assert got["Supporters of the new canal say it will bring jobs."] == "(unnamed supporters)"
    assert got["The shipping industry says the tolls are too high."] == "(unnamed industry)"
    assert own_words(registry, body, "(unnamed volunteers)") == ["they knocked on every door."]


def test_a_group_word_that_is_no_subject_gives_no_source(registry):
    body = ("The mayor is giving voters at least a week to make an informed choice. "
            "The vote was held in a town where people worried about the mill.")
    got = said(registry, body)
    assert got["The mayor is giving voters at least a week to make an informed choice."] == "(narrator)"


def test_an_adverb_of_time_between_subject_and_verb(registry):
    body = ("Mayor Tom Varga spoke on Monday. Varga still believes the canal will be built. "
            "The Harbour Pilots Association has twice complained that the tolls are unfair.")
    got = said(registry, body)
    assert got["Varga still believes the canal will be built."] == "Tom Varga"
    assert got["The Harbour Pilots Association has twice complained that the tolls are unfair."] \
        == "Harbour Pilots Association"


def test_a_speech_participle_after_the_main_clause_is_the_speakers_words(registry):
    body = ("Mayor Tom Varga spoke on Monday. "
            "Varga pushed through the new tolls on Tuesday, saying the canal cannot be kept open without them. "
            "Varga doubled down later, accusing the council of hiding the budget.")
    assert own_words(registry, body, "Tom Varga") == [
        "the canal cannot be kept open without them.",
        "accusing the council of hiding the budget."]  # an act keeps its verb
    got = said(registry, body)
    assert not any("pushed through" in t for t in got)  # the frame: no statement


def test_a_share_of_those_polled_is_the_polls_respondents(registry):
    body = "Thirty percent said the mayor should resign. Only 24 percent say the canal is worth the cost."
    got = said(registry, body)
    assert got["Thirty percent said the mayor should resign."] == "(unnamed respondents)"
    assert own_words(registry, body, "(unnamed respondents)") == [
        "the mayor should resign.", "the canal is worth the cost."]


def test_whatever_follows_according_to_is_a_source(registry):
    body = ("Mayor Tom Varga spoke on Monday. The canal plan failed, according to him. "
            "The tolls doubled last year, according to press reports. "
            "Varga was furious, according to members who spoke with reporters afterward. "
            "The vote was delayed, according to interviews with a dozen council members.")
    got = said(registry, body)
    assert got["The canal plan failed,"] == "Tom Varga"
    assert got["The tolls doubled last year,"] == "(unnamed reports)"
    assert got["Varga was furious,"] == "(unnamed members)"
    assert got["The vote was delayed,"] == "(unnamed members)"


def test_an_inverted_speaker_with_a_long_description_is_a_tail_frame(registry):
    body = ("The canal will open in May, said Tom Varga, the director of the Harbour Trust, which runs the port. "
            "The tolls are too high, said a former senior strategist for the harbour board.")
    assert own_words(registry, body, "Tom Varga") == ["The canal will open in May,"]
    got = said(registry, body)
    assert not any("Harbour Trust" in t for t in got)  # the tail frame: no statement
    assert own_words(registry, body, "(unnamed strategist)") == ["The tolls are too high,"]


def test_an_act_after_a_subject_with_an_appositive_opens_with_its_verb(registry):
    body = "Jane Roe, a physician from Ohio and longtime harbour activist, accused the council of hiding the budget."
    assert own_words(registry, body, "Jane Roe") == ["the council of hiding the budget."]
    assert not any("physician" in t for t in said(registry, body))  # the frame: no statement


def test_a_verb_with_its_object_after_it_is_no_tail_frame(registry):
    body = ("Every December, the Harbour Times announces its person of the year. "
            "The tolls will rise, Mayor Tom Varga said on Monday.")
    got = said(registry, body)
    # the introduction is no quotation of the paper
    assert "Every December," not in own_words(registry, body, "Harbour Times")
    assert own_words(registry, body, "Tom Varga") == ["The tolls will rise,"]
    assert not any("said on Monday" in t for t in got)  # the tail frame: no statement


def test_a_reduced_passive_is_no_speech_verb(registry):
    body = "Officials said two men believed to be members of the smuggling ring had been moved to Kent."
    got = said(registry, body)
    assert own_words(registry, body, "(unnamed officials)") == [
        "two men believed to be members of the smuggling ring had been moved to Kent."]
    assert "(unnamed men)" not in {s.speaker for s in statements(registry, body)}


def test_an_act_after_an_introduction_is_its_object_but_a_condition_stays(registry):
    body = ("In March, Mayor Tom Varga blasted the harbour board for its outrageous fees. "
            "Before the strikes, Varga had warned the board of reprisals. "
            "If the fees rise, Varga warned the board of reprisals.")
    assert own_words(registry, body, "Tom Varga") == [
        "the harbour board for its outrageous fees.",
        "the board of reprisals.",
        "If the fees rise, Varga warned the board of reprisals."]


def test_a_quantifier_alone_as_the_subject_is_an_unnamed_group(registry):
    body = ("Voters in the valley are angry. Some say they hear echoes of the past. "
            "But many fear they will lose their jobs. Most believe that the mill will close.")
    got = said(registry, body)
    assert got["Some say they hear echoes of the past."] == "(unnamed people)"
    assert got["But many fear they will lose their jobs."] == "(unnamed people)"
    assert got["Most believe that the mill will close."] == "(unnamed people)"


def test_an_indefinite_pronoun_subject_is_unnamed_people_never_an_actor(registry):
    body = ("The council met on Tuesday. Others say the levy will fail. Everyone agrees the pier is unsafe. "
            "Others, like the harbour master, said it was too late. \"We lost,\" someone said. "
            "Nobody believes the promise.")
    sts = statements(registry, body)
    speakers = {s.speaker for s in sts}
    assert not speakers & {"Others", "Everyone", "Someone", "Nobody"}
    assert {s.speaker_kind for s in sts if s.speaker == "(unnamed people)"} == {"unnamed"}
    got = said(registry, body)
    assert got["Others say the levy will fail."] == "(unnamed people)"
    assert got["Everyone agrees the pier is unsafe."] == "(unnamed people)"
    assert got["Others, like the harbour master, said it was too late."] == "(unnamed people)"
    assert got["\"We lost,\" someone said."] == "(unnamed people)"
    assert got["Nobody believes the promise."] == "(narrator)"  # nobody spoke


def test_she_after_an_unnamed_group_is_the_woman_named_before_it(registry):
    body = ("Mara Lind, 31, came with her son. Lind and others said they could not back the mayor. "
            "\"I will vote Green,\" she said.")
    assert said(registry, body)["\"I will vote Green,\" she said."] == "Mara Lind"


def test_a_quantifier_inside_an_aside_or_after_the_verb_speaks_for_nobody(registry):
    # (a given name no list knows: with one that says a gender, "pledge to cut costs" is the
    # person's pledge, as for "Mary Pell" before)
    body = ("Zorva Pell made a bold - some say reckless - pledge to cut costs. "
            "Jane Roe, a developer, said many of the towers were empty.")
    got = said(registry, body)
    assert got["Zorva Pell made a bold - some say reckless - pledge to cut costs."] == "(narrator)"
    assert got["Jane Roe, a developer, said many of the towers were empty."] == "Jane Roe"


def test_results_and_records_with_their_kind_before_them_are_document_sources(registry):
    body = ("Many polls show the mayor with a narrow lead. "
            "Campaign finance records show a company gave $5,000 to the fund. "
            "Early results of exit polls show two-thirds of voters backed the ban. "
            "The statistics show that crime fell.")
    got = said(registry, body)
    assert got["Many polls show the mayor with a narrow lead."] == "(unnamed polls)"
    assert got["Campaign finance records show a company gave $5,000 to the fund."] == "(unnamed records)"
    assert got["Early results of exit polls show two-thirds of voters backed the ban."] == "(unnamed results)"
    assert got["The statistics show that crime fell."] == "(unnamed statistics)"


def test_a_verb_before_a_document_keeps_its_subject(registry):
    body = "Ada Pell spoke on Monday. Ada Pell wants the report to show she won."
    assert said(registry, body)["Ada Pell wants the report to show she won."] == "Ada Pell"


def test_a_reporting_as_clause_credits_the_rest_of_the_sentence(registry):
    body = ("As the Harbour Gazette reported on Saturday, the mayor has not paid the fine. "
            "As reported by the Harbour Gazette, investigators found 2,200 emails.")
    got = said(registry, body)
    assert got["As the Harbour Gazette reported on Saturday, the mayor has not paid the fine."] == "Harbour Gazette"
    assert got["As reported by the Harbour Gazette, investigators found 2,200 emails."] == "Harbour Gazette"


def test_a_reporting_as_clause_with_a_particle_credits_the_rest_of_the_sentence(registry):
    # "pointed out", "put it": the verb's particle or its "it" before the comma
    body = ("Ada Pell spoke on Monday. And as Ada Pell pointed out, the levy has never been raised. "
            "As Ada Pell put it, the harbour is a mess.")
    got = said(registry, body)
    assert got["the levy has never been raised."] == "Ada Pell"
    assert got["As Ada Pell put it, the harbour is a mess."] == "Ada Pell"


def test_an_as_clause_of_time_or_with_an_object_is_no_credit(registry):
    body = ("As the crowd cheered, the mayor left the hall. "
            "As the mayor said the plan was dead, the council voted.")
    got = said(registry, body)
    assert got["As the crowd cheered, the mayor left the hall."] == "(narrator)"
    assert got["As the mayor said the plan was dead, the council voted."] == "(narrator)"


def test_sources_close_to_or_familiar_with_someone_are_unnamed_sources(registry):
    body = ("Ada Pell spoke on Monday. Officials close to the governor say that he will run again. "
            "A person familiar with the talks said the deal was near.")
    got = said(registry, body)
    assert got["Officials close to the governor say that he will run again."] == "(unnamed officials)"
    assert got["A person familiar with the talks said the deal was near."] == "(unnamed person)"


def test_a_sentence_adverb_after_the_subject_is_no_tail_frame(registry):
    body = "The board met. Critics, however, say the levy is far too high for the harbour."
    got = said(registry, body)
    assert got["Critics, however, say the levy is far too high for the harbour."] == "(unnamed critics)"
    assert "Critics, however," not in own_words(registry, body, "(unnamed critics)")


def test_a_document_modified_by_a_number_compound_or_an_ing_adjective(registry):
    body = ("A Harbour Gazette rolling poll shows Roe at the top with 36 percent support. "
            "The new 50-state survey finds Roe up four points. "
            "Jane Roe, citing the report, said taxes would fall.")
    got = said(registry, body)
    assert got["A Harbour Gazette rolling poll shows Roe at the top with 36 percent support."] == "Harbour Gazette"
    assert got["The new 50-state survey finds Roe up four points."] == "(unnamed survey)"
    assert got["Jane Roe, citing the report, said taxes would fall."] == "Jane Roe"


def test_verbs_of_judgment_report_a_clause_only(registry):
    body = ("The appeals court ruled that the levy was void. The Harbour Institute estimates that the pier "
            "will cost $4 million. The old king ruled that country for years. Officials have ruled that out.")
    got = said(registry, body)
    assert got["The appeals court ruled that the levy was void."] == "(unnamed court)"
    assert got["The Harbour Institute estimates that the pier will cost $4 million."] == "Harbour Institute"
    assert got["The old king ruled that country for years."] == "(narrator)"
    assert got["Officials have ruled that out."] == "(narrator)"


def test_a_body_named_after_the_is_an_organisation_even_when_it_could_be_a_persons_name(registry):
    body = "The Harbour Trust, which runs the port, said the levy was unfair."
    assert said(registry, body)["The Harbour Trust, which runs the port, said the levy was unfair."] == "Harbour Trust"


def test_an_organisation_named_for_a_cause(registry):
    body = "The Committee for a Sound Harbour reported that the levy would cost $4 million."
    assert said(registry, body)[body] == "Committee for a Sound Harbour"


def test_a_document_subject_with_a_long_tail_speaks_whole(registry):
    body = ("Yet, a 2014 study by the Harbour Institute and the University of Ellis found that the pier was unsafe. "
            "A Port Gazette analysis of the ships that docked there since Jan. 1, 2015, shows the traffic doubling. "
            "The Harbour Board's complaint to the Port Authority's Board on Professional Conduct in Ellis says Roe "
            "broke the rules. In a poll of 800 voters, Harbour Voice found that most back the levy.")
    got = said(registry, body)
    assert got["Yet, a 2014 study by the Harbour Institute and the University of Ellis found that the pier "
               "was unsafe."] == "Harbour Institute"
    assert got["A Port Gazette analysis of the ships that docked there since Jan. 1, 2015, shows the traffic "
               "doubling."] == "Port Gazette"
    assert got["The Harbour Board's complaint to the Port Authority's Board on Professional Conduct in Ellis says Roe "
               "broke the rules."] == "Harbour Board"
    assert got["In a poll of 800 voters, Harbour Voice found that most back the levy."] != "(unnamed poll)"


def test_a_campaign_named_with_its_candidates_description_and_a_story_as_a_document(registry):
    body = ("Mayoral candidate Jane Roe spoke on Monday. Mayoral candidate Jane Roe's campaign says the pier will "
            "reopen. The story also noted that the harbour board had met twice.")
    got = said(registry, body)
    assert got["Mayoral candidate Jane Roe's campaign says the pier will reopen."] == "Jane Roe campaign"
    assert got["The story also noted that the harbour board had met twice."] == "(unnamed story)"


# "Another …": one more of the unnamed sources just quoted, never an actor called "Another"
def test_another_is_one_more_of_the_unnamed_sources_just_quoted(registry):
    body = ('The slogan went viral. "We are on it," one user wrote. Another wondered why the state bothered. '
            '"It is bad," another said.')
    got = said(registry, body)
    assert got["why the state bothered."] == "(unnamed user)"
    assert got['"It is bad,"'] == "(unnamed user)"
    assert not any(s.speaker == "Another" or "Another" in (s.targets or ()) for s in statements(registry, body))


def test_another_with_no_unnamed_source_before_it_is_an_unnamed_person(registry):
    got = said(registry, "The slogan went viral. Another wondered why the state bothered.")
    assert got["why the state bothered."] == "(unnamed person)"


def test_another_before_a_noun_is_no_source(registry):
    body = "The first bill passed. Another bill failed, officials said."
    assert said(registry, body)["Another bill failed,"] == "(unnamed officials)"


def test_an_outlets_insider_is_its_journalist(registry):
    body = "CBS Sports NFL Insider Jane Roe has reported that the player will be suspended."
    assert said(registry, body)["the player will be suspended."] == "Jane Roe"


# a plural noun of people capitalised only because it opens the sentence is the unnamed group
@pytest.mark.parametrize("subject", ["Voters", "Traders", "Investors", "Opponents", "Candidates", "Physicians"])
def test_a_capitalised_plural_of_people_is_an_unnamed_group(registry, subject):
    body = f"Stocks fell on Monday. {subject} said that the talks had failed."
    assert said(registry, body)["that the talks had failed."] == f"(unnamed {subject.lower()})"


def test_a_people_keeps_its_capital(registry):
    body = "The talks stalled. Palestinians said that the talks had failed."
    assert said(registry, body)["that the talks had failed."] == "(unnamed Palestinians)"


def test_a_name_of_that_shape_written_mid_sentence_is_still_a_name(registry):
    # "Pollsters" as an organisation's own name: capitalised where no sentence opens
    body = "The firm Pollsters hired new staff. Pollsters said that the talks had failed."
    assert said(registry, body)["that the talks had failed."] != "(unnamed pollsters)"


@pytest.mark.parametrize("sentence", ["We’ve asked him to share his plans.", "I’d expect the talks to fail.",
                                      "You’d think the talks would fail."])
def test_a_first_or_second_person_contraction_is_no_name(registry, sentence):
    speakers = {s.speaker for s in statements(registry, "The firm has a new chief. " + sentence)}
    assert speakers == {"(narrator)"}


@pytest.mark.parametrize("sentence", ["We asked her whether the plan would work.", "We now know that the plan failed.",
                                      "Also, we hope you enjoy the interview."])
def test_we_outside_a_quotation_is_the_outlet(registry, sentence):
    body = "The company named Jane Roe its new chief on Monday. " + sentence
    assert "Jane Roe" not in {s.speaker for s in statements(registry, body)}


def test_we_inside_a_quotation_is_its_speaker(registry):
    body = '"We will not sign this deal," Jane Roe said.'
    assert said(registry, body)['"We will not sign this deal,"'] == "Jane Roe"


@pytest.mark.parametrize("frame", ["Jane Roe said, however, that", "Jane Roe said — on Twitter, as it happens — that",
                                   "Jane Roe said, in a statement released Monday, that"])
def test_an_aside_between_the_verb_and_that_stays_in_the_frame(registry, frame):
    got = said(registry, f"The board met on Monday. {frame} the plan had failed.")
    assert got["the plan had failed."] == "Jane Roe"
    assert own_words(registry, f"The board met on Monday. {frame} the plan had failed.", "Jane Roe") == ["the plan had failed."]


# "the Utah Republican": a person described by place and party, an anaphor of someone named
def test_a_place_and_party_description_is_the_person_just_named(registry):
    body = "Rep. Jane Roe wrote to the prosecutor on Monday. In the letter, the Utah Republican asks for an inquiry."
    assert said(registry, body)["In the letter, the Utah Republican asks for an inquiry."] == "Jane Roe"


def test_a_place_and_party_description_with_no_one_named_is_unnamed(registry):
    body = "The report came out on Monday. The Utah Democrat said that the report was damning."
    assert said(registry, body)["that the report was damning."] == "(unnamed Democrat)"
    assert "Utah Democrat" not in {s.speaker for s in statements(registry, body)}


@pytest.mark.parametrize("body_name", ["The Food and Drug Administration", "Citizenship and Immigration Services",
                                       "The Centers for Disease Control and Prevention",
                                       "The Department of Health and Human Services"])
def test_a_bodys_name_joined_by_and_is_one_source(registry, body_name):
    got = said(registry, f"The rules changed on Monday. {body_name} said that the plan had failed.")
    assert got["that the plan had failed."] == body_name.removeprefix("The ")


def test_two_names_joined_by_and_are_still_two(registry):
    got = said(registry, "The rules changed on Monday. U.S. and Saudi officials said that the plan had failed.")
    assert got["that the plan had failed."] != "(narrator)"
    got = said(registry, "The rules changed on Monday. Jane Roe and John Doe said that the plan had failed.")
    assert got["that the plan had failed."] == "John Doe"


def test_an_as_clause_with_put_it_or_pointed_out_credits_the_rest_of_the_sentence(registry):
    body = ("Ada Pell spoke on Monday. As Ada Pell put it, the levy is a tax on the poor. "
            "But as Ada Pell, the harbour master, pointed out in March: \"The pier is unsafe.\" "
            "Of course, as Ada Pell observed, the ferry is late. "
            "As Ada Pell pointed out the window, the council voted.")
    got = said(registry, body)
    assert got["As Ada Pell put it, the levy is a tax on the poor."] == "Ada Pell"
    assert got["But as Ada Pell, the harbour master, pointed out in March: \"The pier is unsafe.\""] == "Ada Pell"
    assert got["Of course, as Ada Pell observed, the ferry is late."] == "Ada Pell"
    assert got["As Ada Pell pointed out the window, the council voted."] == "(narrator)"
    assert own_words(registry, body, "Ada Pell") == ["the levy is a tax on the poor.", "\"The pier is unsafe.\"",
                                                    "the ferry is late."]


def test_a_quoted_report_in_a_clause_after_the_main_one_is_its_speakers(registry):
    body = ("Ada Pell spoke on Monday. The vote came a day after Ada Pell told reporters she was “not ready” to back "
            "the levy, which passed. She had a good line when she said, “The pier is ours.” "
            "When Ada Pell said the pier was “ours” last year, the ferry left. "
            "The vote came a day after Ada Pell told reporters she was not ready to back the levy, which passed.")
    got = said(registry, body)
    assert got["reporters she was “not ready” to back the levy"] == "Ada Pell"
    assert got["“The pier is ours.”"] == "Ada Pell"
    # a clause before the main one, or a report with no quotation, is the outlet's sentence
    assert got["When Ada Pell said the pier was “ours” last year, the ferry left."] == "(narrator)"
    assert got["The vote came a day after Ada Pell told reporters she was not ready to back the levy, which passed."] \
        == "(narrator)"


def test_a_body_named_for_its_nation_with_a_name_of_its_own_speaks_as_itself(registry):
    # a nation's adjective, a name of its own and an institution's head: the body, not the state
    # nor the outlet; with lower-case words that describe it before its name
    body = ("The Syrian National Coalition said the findings were clear. "
            "The opposition Iraqi National Alliance said the vote would go ahead. "
            "The conservative Roe Policy Council said the plan would fail.")
    got = said(registry, body)
    assert got["The Syrian National Coalition said the findings were clear."] == "Syrian National Coalition"
    assert got["The opposition Iraqi National Alliance said the vote would go ahead."] == "Iraqi National Alliance"
    assert got["The conservative Roe Policy Council said the plan would fail."] == "Roe Policy Council"


def test_a_states_ministry_is_one_speaker_however_it_is_written(registry):
    # the possessive, the adjective, lower case or capitalised: the state (as "the Syrian foreign
    # ministry" is), or the registry's body that holds that office for the state
    body = ("Syria's foreign ministry said the strike was illegal. "
            "The Syrian Foreign Ministry said the strike was a crime. "
            "Syria\u2019s Foreign Ministry said the strike must stop. "
            "Russia's Foreign Ministry said the talks would go on.")
    got = said(registry, body)
    assert got["the strike was illegal."] == got["the strike was a crime."] == got["the strike must stop."] == "Syria"
    assert got["the talks would go on."] == "Russian Ministry of Foreign Affairs"


def test_existential_there_after_a_verb_opens_its_clause_no_tail_frame(registry):
    body = "Looking back at the old feud, the harbour rivalry, Jane Roe says there is only one winner now."
    assert own_words(registry, body, "Jane Roe") == ["there is only one winner now."]


def test_a_verb_after_an_aside_between_dashes_follows_its_subject(registry):
    body = ("A column written by Pier News' Tom Vale — headlined Sinking Pier: Harbour Officials Who Back Roe "
            "Are Sellouts — accuses Jane Roe of selling the harbour to her friends.")
    assert own_words(registry, body, "Tom Vale") == ["Jane Roe of selling the harbour to her friends."]


def test_a_tail_of_telling_with_its_listener_and_a_clause_of_time(registry):
    body = "The pier is not about me, Jane Roe told her closest aides as she worked on the last speech of her term."
    assert own_words(registry, body, "Jane Roe") == ["The pier is not about me,"]
