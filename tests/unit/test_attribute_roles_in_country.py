"""Issue 11: "a role resolves only inside its country's context, the document's own people
first". When the phrase names the country itself ("the top US diplomat said"), the person
the document names who held that office for that country comes before the registry's holder,
which for an undated document would be today's. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _speaker_of(registry, body, published=None, words="the talks had failed"):
    doc = Document(doc_id="t", source="t.txt", text="Talks in Geneva\n\n" + body + "\n", published=published)
    return [st.speaker for st in analyse(doc, registry) if words in st.text]


def test_the_office_with_its_country_is_the_holder_the_document_names(registry):
    body = "Secretary of State Antony Blinken met Lavrov. The top US diplomat said that the talks had failed."
    assert _speaker_of(registry, body) == ["Antony Blinken"]


def test_a_holder_of_that_office_for_another_country_is_not_taken(registry):
    body = "Foreign Minister Sergei Lavrov met reporters. The top US diplomat said that the talks had failed."
    assert "Sergei Lavrov" not in _speaker_of(registry, body)


def test_a_dated_document_takes_the_person_who_held_it_on_its_date(registry):
    # Kerry held the office 2013-2017: in 2023 he is no holder, whatever the document names
    body = "John Kerry spoke in Dubai. The top US diplomat said that the talks had failed."
    assert "John Kerry" not in _speaker_of(registry, body, published="2023-06-01")
    assert _speaker_of(registry, body, published="2015-06-01") == ["John Kerry"]


# the document's people it names by surname alone, when the registry knows whose surname it is
def test_a_holder_the_document_names_by_surname_alone_comes_before_todays_holder(registry):
    body = "Blinken met Lavrov in Geneva. The top US diplomat said that the talks had failed."
    assert _speaker_of(registry, body) == ["Antony Blinken"]


def test_the_surname_may_come_later_in_the_document(registry):
    body = "The top US diplomat said that the talks had failed. Blinken flew home on Saturday."
    assert _speaker_of(registry, body) == ["Antony Blinken"]


def test_a_surname_holder_out_of_office_on_the_date_is_not_taken(registry):
    body = "Pompeo spoke on television. The top US diplomat said that the talks had failed."
    assert "Mike Pompeo" not in _speaker_of(registry, body, published="2023-06-01")
    assert _speaker_of(registry, body, published="2019-06-01") == ["Mike Pompeo"]


def test_the_surname_of_a_holder_of_another_country_is_not_taken(registry):
    body = "Lavrov met reporters. The top US diplomat said that the talks had failed."
    assert "Sergey Lavrov" not in _speaker_of(registry, body)


def test_the_word_in_lower_case_is_no_mention(registry):
    # "price" the noun is no Ned Price (a State Department spokesperson)
    body = "The price of gas rose. The State Department spokesperson said that the talks had failed."
    assert "Ned Price" not in _speaker_of(registry, body)
    body = "Ned Price spoke in May. The State Department spokesperson said that the talks had failed."
    assert _speaker_of(registry, body) == ["Ned Price"]


# "former", "ex-", "then-": the document names a past holder, not the one its "the secretary" means
def test_a_former_holder_the_document_names_is_not_the_office_holder(registry):
    body = ("Former Secretary of State Hillary Clinton spoke first. Secretary of State John Kerry spoke next. "
            "The top US diplomat said that the talks had failed.")
    assert _speaker_of(registry, body) == ["John Kerry"]


def test_ex_and_then_mark_a_past_holder_too(registry):
    for title in ("ex-Secretary of State", "then-Secretary of State"):
        body = f"{title} Hillary Clinton spoke first. The top US diplomat said that the talks had failed."
        assert "Hillary Clinton" not in _speaker_of(registry, body), title


def test_a_holder_named_without_former_is_still_taken(registry):
    body = "Secretary of State Hillary Clinton spoke first. The top US diplomat said that the talks had failed."
    assert _speaker_of(registry, body) == ["Hillary Clinton"]
