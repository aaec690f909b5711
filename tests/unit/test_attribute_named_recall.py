"""Recall of statements whose source is a named person (issue 11): readings that found no
statement for a person the sentence names, each class on short examples of our own."""
from tests.news_text import registry  # noqa: F401  (the shared registry fixture)
from tests.news_text import speaker_by_text as statements


def test_phrasal_verbs_of_taking_a_side_give_their_object(registry):
    t = ("Vote.\n\nJane Roe made no secret of her doubts about the levy.\n\n"
         "Mary Poe distanced herself from the remarks of her deputy.\n\n"
         "John Doe pushed back against the mayor's budget.\n\n"
         "Mary Poe pushed back on the claims about the port.\n\n"
         "Jane Roe threw her support behind the new bridge.\n\n"
         "John Doe apologized for the delay in the count.\n\n"
         "Mary Poe voiced concern about the closures.\n")
    got = statements(registry, t)
    assert got["her doubts about the levy."] == "Jane Roe"
    assert got["the remarks of her deputy."] == "Mary Poe"
    assert got["the mayor's budget"] == "John Doe"
    assert got["the claims about the port."] == "Mary Poe"
    assert got["the new bridge"] == "Jane Roe"
    assert got["the delay"] == "John Doe"
    assert got["concern about the closures."] == "Mary Poe"


def test_the_noun_voices_is_no_verb(registry):
    t = "Vote.\n\nThe voices of the harbour workers were loud on Friday.\n"
    got = statements(registry, t)
    assert set(got.values()) == {"(narrator)"}


def test_coming_to_know_is_a_statement_before_its_clause_only(registry):
    t = ("Vote.\n\nJane Roe learned that the port would close in June.\n\n"
         "Mary Poe noticed the boats in the harbour.\n")
    got = statements(registry, t)
    # (what she learned, after the verb: :mod:`analysis.attribute.kept_whole`)
    assert got["the port would close in June."] == "Jane Roe"
    assert got["Mary Poe noticed the boats in the harbour."] == "(narrator)"


def test_a_progressive_report_with_an_object_a_negation_or_an_object_and_to(registry):
    t = ("Vote.\n\nJane Roe is telling customers that she needs their votes.\n\n"
         "Mary Poe isn’t saying what she would support.\n\n"
         "John Doe is pushing fellow senators to reject the deal.\n\n"
         "Jane Roe is pushing the cart to the door.\n")
    got = statements(registry, t)
    assert got["she needs their votes."] == "Jane Roe"
    assert got["what she would support."] == "Mary Poe"
    assert got["fellow senators to reject the deal."] == "John Doe"
    assert got["Jane Roe is pushing the cart to the door."] == "(narrator)"


def test_telling_as_an_adjective_is_no_report(registry):
    t = "Vote.\n\nThe silence of Jane Roe is telling for the party.\n"
    got = statements(registry, t)
    assert set(got.values()) == {"(narrator)"}


def test_a_description_then_a_long_name_in_apposition_is_the_subject(registry):
    t = ("Vote.\n\nOne delegate, Ohio Democratic Party chairwoman Mary Poe, pledged her vote to the senator.\n\n"
         "Another pollster, Jane Roe of Clemson University, said her survey showed a gain.\n\n"
         "A third delegate, John Doe of Springfield, Ill., explained the reason for his vote.\n")
    got = statements(registry, t)
    assert got["her vote to the senator."] == "Mary Poe"
    assert got["her survey showed a gain."] == "Jane Roe"
    assert got["the reason for his vote."] == "John Doe"


def test_an_office_and_its_body_in_apposition_is_no_name(registry):
    t = "Vote.\n\nOn Monday the senator, Republican of Ohio, said the plan would fail.\n"
    got = statements(registry, t)
    assert "Republican of Ohio" not in got.values()


def test_a_span_of_time_between_an_appositive_and_its_verb(registry):
    t = "Vote.\n\nJane Roe, the party chairman, this past week announced the creation of a website.\n"
    got = statements(registry, t)
    assert got["the creation of a website."] == "Jane Roe"


def test_a_participle_of_judging_or_quoting_after_the_main_clause_is_its_subjects(registry):
    t = ("Vote.\n\nJane Roe spoke at the harbour on Friday, decrying the influence of big money in politics.\n\n"
         "Mary Poe visited the port, crediting the mayor with the new pier.\n\n"
         "John Doe closed his speech, quoting the governor's remark on taxes.\n")
    got = statements(registry, t)
    assert [v for k, v in got.items() if "influence of big money" in k] == ["Jane Roe"]
    assert [v for k, v in got.items() if "the mayor with the new pier" in k] == ["Mary Poe"]
    assert [v for k, v in got.items() if "the governor's remark" in k] == ["John Doe"]


def test_a_participle_of_saying_after_a_preposition_opens_the_sentence(registry):
    t = ("Vote.\n\nIn addition to stating that the levy was unfair, Jane Roe has vowed to repeal it.\n\n"
         "While discussing a tweet from the mayor, Mary Poe said the images had no place in the race.\n")
    got = statements(registry, t)
    assert got["that the levy was unfair"] == "Jane Roe"
    assert got["a tweet from the mayor"] == "Mary Poe"
    assert got["the images had no place in the race."] == "Mary Poe"



def test_two_names_joined_by_and_take_a_base_form(registry):
    t = "Vote.\n\nMr. Roe and Mr. Doe emphasize that trade is only one factor.\n"
    got = statements(registry, t)
    assert got["trade is only one factor."] == "Doe"  # (the nearer of the two, as for "say")


def test_a_second_clause_after_while_with_no_comma_has_its_own_speaker(registry):
    t = "Vote.\n\nJane Roe praised the plan while John Doe suggests it would hurt farmers.\n"
    got = statements(registry, t)
    assert got["praised the plan"] == "Jane Roe"
    assert got["it would hurt farmers."] == "John Doe"


def test_casting_or_framing_something_as_a_thing_is_a_position(registry):
    t = ("Vote.\n\nJane Roe cast the vote as a referendum on the harbour.\n\n"
         "John Doe framed the race as a choice between two futures.\n\n"
         "Mary Poe cast her ballot in the morning.\n")
    got = statements(registry, t)
    assert [v for k, v in got.items() if "referendum on the harbour" in k] == ["Jane Roe"]
    assert [v for k, v in got.items() if "a choice between two futures" in k] == ["John Doe"]
    assert got["Mary Poe cast her ballot in the morning."] == "(narrator)"


def test_not_responding_gives_what_was_not_answered(registry):
    t = ("Vote.\n\nJane Roe did not respond to a request for comment.\n\n"
         "John Doe would respond to the charges at the hearing.\n\n"
         "The way the city responds to floods has changed.\n")
    got = statements(registry, t)
    assert got["a request for comment."] == "Jane Roe"
    assert got["the charges"] == "John Doe"
    assert got["The way the city responds to floods has changed."] == "(narrator)"


def test_a_title_case_subhead_in_the_body_is_read_as_a_headline(registry):
    t = ("Vote.\n\nJane Roe and Mary Poe spoke at the port on Friday.\n\n"
         "Jane Roe Described Her Years On The Docks.\n\nMary Poe Asked Workers To Stay Calm.\n")
    got = statements(registry, t)
    assert got["Her Years On The Docks."] == "Jane Roe"
    assert got["Workers To Stay Calm."] == "Mary Poe"


def test_a_relative_clause_then_a_time_before_the_verb(registry):
    t = ("Vote.\n\nJane Roe, who has been feuding with party leaders this week, on Friday described her intent "
         "to lead the party.\n")
    got = statements(registry, t)
    assert got["her intent to lead the party."] == "Jane Roe"


def test_a_concessive_clause_after_and_reports_its_own_subject(registry):
    t = "Vote.\n\nAnd while Jane Roe has railed against the tax provisions, she has sought to protect breaks for the port.\n"
    got = statements(registry, t)
    assert got["against the tax provisions"] == "Jane Roe"
    assert got["to protect breaks for the port."] == "Jane Roe"


def test_doubling_down_on_a_stance(registry):
    t = ("Vote.\n\nJane Roe is doubling down on her support for the levy.\n\n"
         "John Doe doubled down on his attacks on the mayor.\n\nSales are doubling every year at the port.\n")
    got = statements(registry, t)
    assert got["her support for the levy."] == "Jane Roe"
    assert got["his attacks"] == "John Doe"  # (the object up to its first adjunct)
    assert got["Sales are doubling every year at the port."] == "(narrator)"


def test_offering_support_or_ideas_is_a_statement(registry):
    t = ("Vote.\n\nJane Roe offered her support to the new mayor of the town.\n\n"
         "John Doe offered few ideas for easing student debt.\n\nMary Poe offered the man a lift.\n")
    got = statements(registry, t)
    assert [v for k, v in got.items() if "support to the new mayor" in k] == ["Jane Roe"]
    assert [v for k, v in got.items() if "ideas for easing student debt" in k] == ["John Doe"]
    assert got["Mary Poe offered the man a lift."] == "(narrator)"
