"""The subject of a reporting verb set apart from it by a comma-delimited appositive or
non-restrictive relative clause ("The agency, which oversees the program, said …"), a long
subject after an opening adverbial, a second clause with a speaker of its own after ", and",
and the guards against false subjects (a city's state, a list, a subordinate clause, a
passive participle). Own short examples."""
import pytest

from tests.news_text import registry, said, spoken, statements  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("body, speaker", [
    # a non-restrictive relative clause after the subject
    ("The ministry, which handles the talks, said it would respond within a week.", "(unnamed ministry)"),
    ("The union, which represents 5,000 nurses, warned that staff would strike.", "(unnamed union)"),
    # an appositive that holds a relative clause
    ("The regulator, the agency that licenses the banks, said it was taking more steps.", "(unnamed regulator)"),
    # an appositive after a noun phrase with a prepositional phrase
    ("Officials at the port authority, a division of the ministry, said they were concerned.", "(unnamed officials)"),
    # a participle phrase, and a share of the group, as the modifier
    ("The aides, led by the campaign manager, told the donors they did not expect to win.", "(unnamed aides)"),
    ("His critics in the state, many of them farmers, argue that the levy is unfair.", "(unnamed critics)"),
    # a long appositive with its own relative clause
    ("The employee, a registered nurse who spoke on condition of anonymity, said she was dismayed.",
     "(unnamed employee)"),
])
def test_the_noun_phrase_before_a_modifier_is_the_subject(registry, body, speaker):
    assert [s for _, s in spoken(registry, body)] == [speaker]


def test_a_name_with_its_state_before_an_appositive_is_the_persons(registry):
    # not the state the preposition names ("Ohio")
    body = "Rep. Jane Roe of Ohio, a member of the budget panel, said the bill would pass."
    assert spoken(registry, body) == [("the bill would pass.", "Jane Roe")]


def test_the_outer_name_of_two_modifiers_is_the_subject(registry):
    # the second modifier describes the senator inside the first, not the speaker
    body = ("Jane Roe, a lawyer who once worked for Sen. John Doe, one of the bill's authors, "
            "said the bill was badly drafted.")
    assert [s for _, s in spoken(registry, body)] == ["Jane Roe"]


def test_an_opening_adverbial_is_no_part_of_a_long_subject(registry):
    body = "On Tuesday, the former governor of Ohio and current party nominee said she wanted to speak to voters."
    assert [s for _, s in spoken(registry, body)] == ["(unnamed governor)"]


def test_an_opening_adverbial_with_a_quoted_title_and_its_comma_inside_the_marks(registry):
    body = ("On Tuesday's episode of “The Morning Show,” the former governor of Ohio and current party "
            "nominee said she wanted to speak to voters.")
    assert [s for _, s in spoken(registry, body)] == ["(unnamed governor)"]


@pytest.mark.parametrize("opening", ["And on Tuesday,", "Alarmed by the unrest,", "Similarly,", "In Ohio,",
                                     "On CNN's “State of the Union,”"])
def test_a_subject_and_its_appositive_after_an_opening_phrase(registry, opening):
    body = f"{opening} Jane Roe, chairman of the budget committee, said that taxes might rise."
    assert spoken(registry, body) == [("taxes might rise.", "Jane Roe")]


def test_as_with_a_reporting_verb_is_a_comment_clause(registry):
    body = 'As Jane Roe, an expert on trade at the institute, noted, "Everyone is just waiting for the vote."'
    assert spoken(registry, body) == [('"Everyone is just waiting for the vote."', "Jane Roe")]


@pytest.mark.parametrize("body", [
    # a clause of time with "as", and a subordinate clause: the main clause is the outlet's
    "As Fred, a cheerful pilot, joked with his friend at the table, his brother grew impatient.",
    "When the agency, which oversees the program, said it would act, markets fell sharply.",
])
def test_a_subordinate_clause_subject_gives_no_speaker(registry, body):
    assert spoken(registry, body) == []


def test_the_state_after_a_city_is_no_speaker(registry):
    body = ("Officials familiar with the plant in Springfield, Ill., speaking on condition of anonymity, "
            "said that it was safe.")
    assert [s for _, s in spoken(registry, body)] == ["(unnamed officials)"]


def test_a_list_of_names_keeps_a_full_name(registry):
    # (no name of the list is an appositive of another; the list goes to the one named first,
    # :mod:`analysis.attribute.coordinated_names`)
    body = "Mary Poe, John Doe and Jim Roe said the plan would fail."
    assert [s for _, s in spoken(registry, body)] == ["Mary Poe"]


def test_a_second_clause_with_a_group_subject_is_its_own_statement(registry):
    body = ("Jane Roe said the reforms were not complete, and human rights groups warned that "
            "the government was giving up its leverage.")
    assert spoken(registry, body) == [("the reforms were not complete", "Jane Roe"),
                                      ("the government was giving up its leverage.", "(unnamed groups)")]


def test_a_second_clause_with_a_name_after_a_modifier_word(registry):
    body = "Jane Roe said the plan would pass, but Democratic senators insisted that it would fail."
    assert [s for _, s in spoken(registry, body)] == ["Jane Roe", "(unnamed senators)"]


def test_a_second_verb_of_the_same_subject_stays_its(registry):
    body = "Jane Roe said the reforms were not complete, and then said that she would leave the party."
    assert [s for _, s in spoken(registry, body)] == ["Jane Roe", "Jane Roe"]


def test_a_second_clause_that_reports_nothing_is_no_cut(registry):
    # a longer subject is read only before a verb that reports a clause ("that", a quotation)
    body = "Women make up most of the electorate, and most people know people of their own town."
    assert not any(s.text.startswith(("and most", "most people")) for s in statements(registry, body))


def test_no_clause_is_cut_inside_a_quotation_in_double_single_marks(registry):
    body = ("''Some people want the country to change, but a lot of other people want someone "
            "steady,'' said Jane Roe, a former governor.")
    assert [s for _, s in spoken(registry, body)] == ["Jane Roe"]


def test_a_verb_of_judgment_before_its_complement_is_a_passive_participle(registry):
    # "accused of": no object after it, so passive; the noun before it accuses nobody
    got = said(registry, "Cuba freed John Roe, a contractor accused of spying.")
    assert got["Cuba freed John Roe, a contractor accused of spying."] == "(narrator)"
    body = "The senator, a man blamed for the delay, left the chamber."
    assert spoken(registry, body) == []
    assert [s for _, s in spoken(registry, "Jane Roe accused the mayor of lying about the budget.")] == ["Jane Roe"]
    # the object moved before it by a relative word: active, its subject the speaker
    assert [s for _, s in spoken(registry, "The mayor is a man whom Jane Roe has accused of lying.")] == ["Jane Roe"]
    body = "The fund took money from states that the ministry - before and after her time - criticized for abuses."
    assert [s for _, s in spoken(registry, body)] == ["(unnamed ministry)"]


@pytest.mark.parametrize("body", [
    # a comparison or company set off by commas between the subject and its verb is an aside
    "Party leader Jane Roe, like the mayor, has said the plan would fail.",
    "Party leader Jane Roe, unlike the governor, has said the plan would fail.",
    "Party leader Jane Roe, along with the mayor, has said the plan would fail.",
])
def test_an_aside_of_comparison_is_not_the_subject(registry, body):
    assert spoken(registry, body) == [("the plan would fail.", "Jane Roe")]


@pytest.mark.parametrize("body", [
    # a member's party and state after the name is an appositive, never a speaker's name
    "Senator Jane Roe, Republican of Ohio, has said the plan would fail.",
    "Representative Jane Roe, Democrat of Iowa, has argued the plan would fail.",
])
def test_a_party_and_state_after_a_name_is_an_appositive(registry, body):
    assert [s for _, s in spoken(registry, body)] == ["Jane Roe"]


@pytest.mark.parametrize("body", [
    # a US state after its city, the comma that would close it left out, is no subject
    "Jane Roe of Springfield, Ohio says the plan would fail.",
    "Jane Roe of Springfield, Ohio, says the plan would fail.",
])
def test_a_state_after_its_city_is_not_the_subject(registry, body):
    assert [s for _, s in spoken(registry, body)] == ["Jane Roe"]


def test_a_passive_with_an_adverb_between_is_no_speech(registry):
    # "was widely ridiculed": nobody before it ridicules; the name in the subject is no speaker
    body = "Jim Vale's letter on Tom Doe was widely ridiculed for its claim that Doe would win."
    assert spoken(registry, body) == []
