"""Statement recall (issue 11): reported speech with an ordinary verb of saying that gave no
statement at all — a subject described by any noun, a name with a middle initial. Each on
short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import said, own_words


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_subject_described_by_any_noun_is_an_unnamed_source(registry):
    body = ("A wide array of economists say the levy would fail. "
            "The rodeo legend said people misread the mayor. "
            "Cargo handlers at the port told the council the cranes were unsafe.")
    got = said(registry, body)
    assert got["A wide array of economists say the levy would fail."] == "(unnamed economists)"
    assert got["The rodeo legend said people misread the mayor."] == "(unnamed legend)"
    assert got["Cargo handlers at the port told the council the cranes were unsafe."] == "(unnamed handlers)"
    assert own_words(registry, body, "(unnamed economists)") == ["the levy would fail."]


def test_the_antecedent_of_a_relative_who_says_is_the_source(registry):
    body = ("Her lead among rural voters who say they will vote is wider. "
            "Yet some farmers who have heard her speeches said she had changed.")
    got = said(registry, body)
    assert got["Her lead among rural voters who say they will vote is wider."] == "(unnamed voters)"
    assert got["Yet some farmers who have heard her speeches said she had changed."] == "(unnamed farmers)"


def test_a_share_of_those_asked_is_the_polls_respondents(registry):
    body = "Another 12 percent who say they might vote for him are undecided."
    assert said(registry, body)[body] == "(unnamed respondents)"


def test_a_thing_or_a_clause_before_say_is_no_source(registry):
    body = ("Time will tell whether the bridge holds. "
            "That is more fuel than the refinery says the tanks can hold. "
            "A local native who writes fiction on the side joined the board. "
            "They cited a ring of smugglers who port officials say is armed. "
            "Some say the dam is safe.")
    got = said(registry, body)
    assert got["That is more fuel than the refinery says the tanks can hold."] == "(narrator)"
    assert got["A local native who writes fiction on the side joined the board."] == "(narrator)"
    assert got["They cited a ring of smugglers who port officials say is armed."] != "(unnamed smugglers)"
    assert got["Some say the dam is safe."] == "(unnamed people)"
    assert not got["Time will tell whether the bridge holds."].startswith("(unnamed")


def test_a_name_with_a_middle_initial_before_its_appositive_speaks(registry):
    body = ("However, Jill A. Martin, vice president of the Acme Group, said in a statement that the "
            "claims had no substance.")
    assert said(registry, body)[body] == "Jill A. Martin"


def test_a_name_with_an_appositive_between_a_quotation_and_said(registry):
    body = ('"I would have stayed in Omsk," Mr. Danilov, now 81 and retired in Dover, Del., said by telephone. '
            '"It is long and tiring," Tina Marsh, Mrs. Roe\'s chief of staff, said in an interview.')
    got = said(registry, body)
    assert got['"I would have stayed in Omsk,"'] == "Danilov"
    assert got['"It is long and tiring,"'] == "Tina Marsh"


def test_a_short_quotation_inside_the_modifier_between_a_name_and_said(registry):
    # a clause set off by commas may quote a few words; the name before it is still the subject
    body = ("Lena Marsh, while noting that the port \u201chas real problems\u201d after the storm, said the cranes "
            "would be fixed by May.")
    got = said(registry, body)
    assert got["the cranes would be fixed by May."] == "Lena Marsh"


def test_the_verb_before_its_subject_and_a_comma_before_the_quotation(registry):
    body = ('Said Dora Poynter, who grew up with him in the neighborhood, "We were all so proud of him." '
            'Hope Hicks said the plan was fine.')
    got = said(registry, body)
    assert got['Said Dora Poynter, who grew up with him in the neighborhood, "We were all so proud of him."'] \
        == "Dora Poynter"
    assert got["Hope Hicks said the plan was fine."] == "Hope Hicks"


def test_a_long_subject_that_opens_the_sentence_is_its_heads(registry):
    body = ("Experts on the peninsula and nuclear nonproliferation said the latest test could change that. "
            "Political observers in the state and around the country say the mayor deserves the seat. "
            "In her favor, all the experts I interviewed said her proposals were more detailed. "
            "Women make up a majority of the electorate, and most of them tell pollsters they are unhappy. "
            "The paper's reporting often tells a different story.")
    got = said(registry, body)
    assert got["Experts on the peninsula and nuclear nonproliferation said the latest test could change that."] \
        == "(unnamed experts)"
    assert got["Political observers in the state and around the country say the mayor deserves the seat."] \
        == "(unnamed observers)"
    assert got["In her favor, all the experts I interviewed said her proposals were more detailed."] \
        == "(unnamed experts)"
    assert got["Women make up a majority of the electorate, and most of them tell pollsters they are unhappy."] \
        != "(unnamed majority)"
    assert got["The paper's reporting often tells a different story."] == "(narrator)"


def test_a_name_after_words_that_describe_it(registry):
    body = ("The top 1 percent paid a quarter of all taxes, according to the nonpartisan Congressional Budget "
            "Office, and the rest paid more. "
            "Incomes would rise by 19.9 percent, according to the conservative-leaning Tax Foundation, more than "
            "twice the middle. "
            "The independent Vermont senator said the plan was weak.")
    got = said(registry, body)
    assert got["The top 1 percent paid a quarter of all taxes,"] == "Congressional Budget Office"
    assert got["Incomes would rise by 19.9 percent,"] == "Tax Foundation"
    assert got["The independent Vermont senator said the plan was weak."] != "Vermont"


def test_a_speech_participle_after_by_is_the_subjects(registry):
    body = ("Dean Roe, a medical doctor, then appeared on the radio and began by saying he would never "
            "diagnose anyone. After the vote, Tom Axel offered an olive branch by telling her she had been "
            "an able opponent. The bill was passed by the council, saying nothing.")
    got = said(registry, body)
    assert got["he would never diagnose anyone."] == "Dean Roe"
    assert got["her she had been an able opponent."] == "Tom Axel"
    assert got["The bill was passed by the council, saying nothing."] == "(narrator)"


def test_a_family_speaks_as_one_unnamed_source(registry):
    body = ("Tony Roe's family said the release was welcome. "
            "The Poe family thanked the mayor in a statement, saying the town had been kind.")
    got = said(registry, body)
    assert got["the release was welcome."] == "(unnamed family)"
    assert "(unnamed family)" in [got[k] for k in got if "town had been kind" in k]


def test_a_speech_participle_after_before_or_after_belongs_to_the_subject(registry):
    body = ("Mary Roe left the talks on Thursday after warning that the deal was dead. "
            "Mr. Axel deflected questions about the budget before saying the town would cope. "
            "Eight years after backing the mayor, Tom Poe is weighing a run of his own.")
    got = said(registry, body)
    assert got["warning that the deal was dead."] == "Mary Roe"
    assert got["the town would cope."] == "Axel"
    # a span of time before "after" opens an adverbial: its participle is no statement of "Eight"
    assert "Eight" not in [got[k] for k in got]


def test_a_subject_with_a_restrictive_relative_clause_speaks_as_its_head(registry):
    body = ("Kurdish forces who control the border warned of a \u201chumanitarian catastrophe.\u201d "
            "Even economists who favor the levy agree that it will be slow. "
            "Party leaders who can support any candidate backed the mayor. "
            "The group deleted the post after the person who wrote it was widely condemned.")
    got = said(registry, body)
    assert got["warned of a \u201chumanitarian catastrophe.\u201d"] == "(unnamed forces)"
    assert got["it will be slow."] == "(unnamed economists)"
    # the relative clause's auxiliary is no verb of its own: its verb is the clause's, not the
    # sentence's ("support", not "backed"); a passive is nobody's speech
    assert got["the mayor"] == "(unnamed leaders)"
    assert "(unnamed person)" not in [got[k] for k in got]
