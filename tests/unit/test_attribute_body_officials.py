"""Issue 11, organisations as sources: the people who speak for a body named before their head
("State Department officials said", "an FBI spokesman said", "Roe Widgets executives told")
are the body's, as "officials at the State Department" already were, not an unnamed source
the export leaves out. Not when they no longer speak for it ("a former FBI official"), not a
state's ("U.S. officials" stay the national group's), not a person's. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import speakers


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("body, who", [
    ("State Department officials said the cables were never classified.", "US Department of State"),
    ("A senior White House official said the meeting went well.", "White House"),
    ("The bill will pass, an FBI spokesman said on Monday.", "FBI"),
    ("Labor Department officials said the jobs report was strong.", "Labor Department"),
    ("Zenith Widgets Company executives said the strike had cost them dearly.", "Zenith Widgets Company"),
    ("\"We will not comment on the case,\" a State Department spokeswoman said.", "US Department of State"),
])
def test_the_people_of_a_named_body_speak_for_it(registry, body, who):
    assert speakers(registry, body) == [who]


@pytest.mark.parametrize("body, who", [
    ("A former FBI official said the inquiry was flawed.", "(unnamed official)"),
    ("The WHO envoy said that the outbreak was over.", "(unnamed envoy)"),
])
def test_not_one_who_no_longer_speaks_for_it_nor_an_envoy(registry, body, who):
    assert speakers(registry, body) == [who]


def test_a_state_and_a_person_keep_their_readings(registry):
    assert speakers(registry, "Russian officials said the talks had failed.") == ["Russia"]
    assert "Zenith Widgets Company" not in speakers(
        registry, "Jane Roe founded Zenith Widgets Company. A Roe spokeswoman said the plant would close.")


@pytest.mark.parametrize("body, who", [
    # a one-word name the text writes capitalised inside a sentence, never in lower case
    ("Jobs at Zentrix will move abroad. A Zentrix spokeswoman said the plant would close.", "Zentrix"),
    ("Workers at Zentrix were told on Monday. Zentrix executives said the plant would close.", "Zentrix"),
])
def test_a_one_word_body_the_text_names(registry, body, who):
    assert speakers(registry, body) == [who]


@pytest.mark.parametrize("body, who", [
    ("Local officials said the roads were closed.", "(unnamed officials)"),  # a sentence's first word only
    ("A Democratic official said the vote was fair.", "(unnamed official)"),  # a party's member
])
def test_not_a_common_word_or_a_party(registry, body, who):
    assert speakers(registry, body) == [who]
