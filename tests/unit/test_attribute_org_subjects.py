"""Issue 11, organisations as sources: the subject of a reporting verb that names a body. A
dateline set off by a horizontal bar ("PHILADELPHIA ― …") is no part of the subject, as one
set off by a dash is not: "PHILADELPHIA ― Jane Roe’s campaign said …" was the outlet's own
sentence. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import speakers, spoken, statements


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("body, who", [
    ("Jane Roe spoke on Monday.\n\nSPRINGFIELD ― Jane Roe’s campaign said it would appeal the ruling.", "Jane Roe campaign"),
    ("Jane Roe spoke on Monday.\n\nSPRINGFIELD — Jane Roe’s campaign said it would appeal the ruling.", "Jane Roe campaign"),
])
def test_a_dateline_is_no_part_of_the_subject(registry, body, who):
    assert speakers(registry, body) == [who]


@pytest.mark.parametrize("body, who, kind", [
    # a body whose name is made of common words, no given name in it
    ("Eastern Reporting said on Saturday that the mayor would run again.", "Eastern Reporting", "organisation"),
    ("As reported by Eastern Reporting, the mayor will run again.", "Eastern Reporting", "organisation"),
    ("Tenant Rights Watch accused the landlord of ignoring the repairs.", "Tenant Rights Watch", "organisation"),
    # a listed given name before a surname that is also a month is a person's name
    ("Jane August said that the talks had failed.", "Jane August", "person"),
])
def test_a_name_no_person_reading_took_is_a_body_or_a_person(registry, body, who, kind):
    found = {st.speaker: st.speaker_kind for st in statements(registry, body) if st.speaker == who}
    assert found == {who: kind}


@pytest.mark.parametrize("body", [
    "North Korean officials reacted coldly, accusing the U.S. of hostility.",  # a state's adjective
    "Syrian Kurdish forces who hold the town warned of a catastrophe.",
    "Court Street spoke of the past, an anchor said.",  # a place
    "Alongside Local Unions, the mayor said the plan was fair.",  # a preposition opens no name
])
def test_no_body_of_a_modifier_a_place_or_a_preposition(registry, body):
    names = {who for _, who in spoken(registry, body)}
    assert not names & {"North Korean", "Syrian Kurdish", "Court Street", "Alongside Local Unions"}


def test_the_short_name_of_an_outlet_the_document_named(registry):
    # "the Post" is the outlet's short name, not a blog post: the one outlet of that head named
    body = ("The Springfield Post ran the story on Monday.\n\n"
            "The plan was dropped, the Post reported.\n\nIn a blog post, Jane Roe said the plan was bad.")
    assert speakers(registry, body) == ["Jane Roe", "Springfield Post"]


def test_an_epithet_in_quotation_marks_before_a_name_is_no_quotation(registry):
    body = "The Springfield Post sent its “chief enterprise reporter” Jane Roe to the convention."
    assert speakers(registry, body) == []


def test_according_to_a_body_and_where_it_is(registry):
    # the body's name gives way to where it is: a long phrase is cut before its place
    body = ("Both candidates are disliked more than any before them, according to the Roe Center for "
            "Public Opinion Research at the Pell Institute of Ohio in Ada.")
    assert speakers(registry, body) == ["Roe Center for Public Opinion Research"]
