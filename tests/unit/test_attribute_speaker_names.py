"""The speaker's name (issue 11): the person a statement goes to when the text names them by
an honorific and a surname, a given name before a surname, a pair, a possessor or a role.
Each on short examples of our own, with people of our own in an actor file."""
import pytest

from analysis.actors import load_registry
from tests.news_text import said

# two namesakes in an actor file of our own: a woman the registry knows by her surname alone
ACTORS = """
[[person]]
name = "Martha Quill"
country = "United States"

[[person]]
name = "Dana Brook"
country = "United States"
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    f = tmp_path_factory.mktemp("actors") / "mine.toml"
    f.write_text(ACTORS, encoding="utf-8")
    return load_registry([f])


def test_a_male_honorific_never_names_a_woman_of_that_surname(registry):
    # the registry's only Quill is Martha: "Mr. Quill" is someone else, named by his surname
    s = "Mr. Quill said the bridge would open in May."
    assert said(registry, s)[s] == "Quill"
    # and "Ms. Quill" is her
    s = "Ms. Quill said the bridge would open in May."
    assert said(registry, s)[s] == "Martha Quill"


def test_an_honorific_picks_the_namesake_of_its_gender_the_document_introduced(registry):
    body = ("Martha Quill and her husband, Robert Quill, opened the bakery in 1990. "
            "Mr. Quill said the ovens were older than the building. "
            "Mrs. Quill said the rent had doubled.")
    got = said(registry, body)
    assert got["Mr. Quill said the ovens were older than the building."] == "Robert Quill"
    assert got["Mrs. Quill said the rent had doubled."] == "Martha Quill"


def test_mr_and_ms_of_one_surname_give_no_gender_to_the_one_named_in_full(registry):
    # "Omar and Dana Brook": only Dana is named in full; "Mr. Brook" is Omar, "Ms. Brook" her
    body = ("Omar and Dana Brook run the shop. Mr. Brook opened it in 1990. "
            "Ms. Brook said the rent had doubled.")
    assert said(registry, body)["Ms. Brook said the rent had doubled."] == "Dana Brook"


def test_a_surname_before_another_name_word_is_a_given_name(registry):
    # "Quill" is Martha Quill's surname; "Quill Adams" and "Spokeswoman Brook Harlan" are others
    body = ("Spokeswoman Brook Harlan says the candidate has always run a lean campaign. "
            "Rules Committee Chairman Quill Adams criticized the party in an email.")
    got = said(registry, body)
    assert got["Spokeswoman Brook Harlan says the candidate has always run a lean campaign."] == "Brook Harlan"
    assert got["Rules Committee Chairman Quill Adams criticized the party in an email."] == "Quill Adams"


def test_a_pair_that_speaks_together_is_given_to_the_one_named_last(registry):
    # the convention (one speaker per statement): the person named last, nearest the verb
    s = "Martha Quill and Dana Brook say the bridge is unsafe."
    assert said(registry, s)[s] == "Dana Brook"


def test_he_after_a_sentence_whose_subject_is_an_unknown_surname_is_that_person(registry):
    # "Varno" is known to nobody but this text: the subject of the outlet's sentence before "he"
    body = ("Tom Roe went with the odds. Varno defied the question, and didn't make a choice. "
            '"I will predict the winner," he said.')
    assert said(registry, body)['"I will predict the winner,"'] == "Varno"


def test_a_plural_noun_that_opens_a_sentence_is_no_antecedent(registry):
    # "critics" is written in lower case elsewhere in the text: no surname
    body = ("Tom Roe went with the odds. Critics questioned the choice, as critics do. "
            '"I will predict the winner," he said.')
    assert said(registry, body)['"I will predict the winner,"'] == "Tom Roe"


def test_he_after_a_reporting_verb_is_its_subject_not_the_person_of_the_appositive(registry):
    body = ("Robert Quill lost the vote. Juan Varno, a senior adviser to Mr. Quill, said he believed "
            "the campaign would be well represented.")
    got = said(registry, body)
    assert got["he believed the campaign would be well represented."] == "Juan Varno"
