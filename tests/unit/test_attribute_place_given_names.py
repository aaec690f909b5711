"""Given names that are also the names of states (issue 11): "Jordan Peterson", "Georgia
Smith", "Chad Bown" are people, in every position a speaker stands in; "Jordan said",
"Georgia officials said", "Israel's ambassador", "China Daily" keep their readings. Short
examples of our own; the people are invented."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.place_names import place_given_name, reads_as_surname
from tests.news_text import said


@pytest.fixture(scope="module")
def registry():
    return load_registry()


POSITIONS = [
    ('"The plan is sound," said {n}.', '"The plan is sound,"'),
    ('"The plan is sound," {n} said.', '"The plan is sound,"'),
    ("{n} said the plan was sound.", "the plan was sound."),
    ("{n} told reporters the plan was sound.", "reporters the plan was sound."),
    ("The plan is sound, according to {n}.", "The plan is sound,"),
    ("{n}, a lawyer in Ohio, said the plan was sound.", "the plan was sound."),
    ("{n}, 45, said the plan was sound.", "the plan was sound."),
]


@pytest.mark.parametrize("name", ["Jordan Peterson", "Georgia Smith", "Chad Bown", "Israel Whitfield",
                                  "Paris Holloway", "Kenya Marsh", "India Thornbury"])
@pytest.mark.parametrize("body,words", POSITIONS)
def test_a_state_name_before_a_surname_is_a_persons_given_name(registry, name, body, words):
    assert said(registry, body.format(n=name))[words] == name


def test_after_a_title_and_with_a_middle_initial(registry):
    s = "Sen. Georgia Smith said the plan was sound."
    assert said(registry, s)["the plan was sound."] == "Georgia Smith"
    s = "Georgia A. Smith said the plan was sound."
    assert said(registry, s)["the plan was sound."] == "Georgia A. Smith"


def test_the_same_words_as_places_keep_their_readings(registry):
    got = said(registry, "Georgia officials said the vote would go ahead.")
    assert got["the vote would go ahead."] == "Georgia"
    got = said(registry, "Jordan said it would close the border.")
    assert got["it would close the border."] == "Jordan"
    got = said(registry, '"We will not stop," said Israel.')
    assert got['"We will not stop,"'] == "Israel"
    got = said(registry, "Israel's ambassador said the talks had failed.")
    assert got["the talks had failed."] == "(unnamed ambassador)"
    got = said(registry, "Israel Defense Forces said the strike hit a depot.")
    assert got["the strike hit a depot."] == "Israel Defense Forces"


@pytest.mark.parametrize("span", ["China Daily", "Kenya Airways", "India Today", "Jordan Times", "Georgia Tech",
                                  "Jordan Valley", "Georgia Republicans", "Jamaica Estates", "Paris Saint-Germain",
                                  "Finland Sauli Niinisto", "Saudi Arabia", "Russia Putin"])
def test_a_body_a_place_or_someone_of_that_state_is_no_given_name(registry, span):
    # the name of an outlet, firm, region or party group ends in a word that says what it is;
    # a state before a full name or a known person is the person's state; an adjective is no name
    assert not place_given_name(span.split(), 0, registry)


def test_a_word_the_document_writes_in_lower_case_is_no_surname(registry):
    assert reads_as_surname("Smith", registry)
    assert not reads_as_surname("Smith", registry, lower={"smith"})
    assert not reads_as_surname("Hamas", registry)  # an actor the registry knows


def test_a_full_name_is_not_someone_else_of_that_surname(registry):
    body = "John Bown opened the meeting. \"The plan is sound,\" said Chad Bown."
    assert said(registry, body)['"The plan is sound,"'] == "Chad Bown"
    body = "John Bown opened the meeting. Chad Bown said the plan was sound."
    assert said(registry, body)["the plan was sound."] == "Chad Bown"
    # a registry person's surname opening another person's full name: "Austin Smith" is no Lloyd Austin
    body = "The plan is sound, according to Austin Smith."
    assert said(registry, body)["The plan is sound,"] == "Austin Smith"


def test_the_surname_alone_later_is_the_person_named_in_full(registry):
    body = "Jordan Peterson arrived early. Peterson said the plan was sound."
    assert said(registry, body)["the plan was sound."] == "Jordan Peterson"


def test_a_given_name_is_no_mention_of_the_state(registry):
    # "Israel Whitfield" twice does not make Israel the document's country: "the prime minister"
    # of an undated, country-less text stays unnamed (before: Israel's prime minister)
    body = ("Israel Whitfield said the talks were useful. Israel Whitfield, a lawyer, added that the "
            "rules were clear. The prime minister said the border was closed.")
    assert said(registry, body)["the border was closed."] == "(unnamed prime minister)"


def test_after_a_describing_noun(registry):
    s = "Economist Chad Bown said the plan was sound."
    assert said(registry, s)["the plan was sound."] == "Chad Bown"


@pytest.mark.parametrize("name", ["Mark Cuban", "Jim Jordan", "Jordan Peterson", "Israel Whitfield"])
def test_the_words_of_a_persons_name_are_no_mention_of_a_state(registry, name):
    # a surname or given name that is also a state's word or adjective ("Cuban", "Jordan") does
    # not make that state the document's country, however often the person is named
    from analysis.attribute import DocContext, DocumentActors
    from analysis.model import Document
    text = f"{name} said the talks were useful. {name}, a lawyer, added that the rules were clear. {name} left."
    ctx = DocContext(Document("d", "t.txt", text), DocumentActors(registry))
    ctx.learn_names(text)
    assert ctx.main_state is None
    # a state the text names in its own right still counts
    text2 = text + " Cuba and Jordan and Israel were not discussed. Cuba, Jordan and Israel were."
    ctx2 = DocContext(Document("d", "t.txt", text2), DocumentActors(registry))
    ctx2.learn_names(text2)
    assert sum(ctx2.state_counts.values()) >= 6


@pytest.mark.parametrize("body,words,speaker", [
    ("Georgia Power said the outage would end Monday.", "the outage would end Monday.", "Georgia Power"),
    ("China Daily reported that the talks had failed.", "the talks had failed.", "China Daily"),
    ("Kenya Airways said flights would resume.", "flights would resume.", "Kenya Airways"),
    ("The talks failed, China Daily said.", "The talks failed,", "China Daily"),
])
def test_a_state_name_before_the_word_that_ends_a_bodys_name_is_that_body(registry, body, words, speaker):
    # before: "Georgia Power" went to the registry's Samantha Power, "China Daily" to narration
    assert said(registry, body)[words] == speaker
