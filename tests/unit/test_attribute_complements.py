"""What a verb of naming calls its object without quotation marks (issue 11, unquoted
statement recall): "called the charges baseless", "calls Roe unqualified", "has called climate
change a hoax" are their subject's judgement; calling the police, a meeting, off a strike or a
race stays no speech. Each on short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.complements import called_complement
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("after", [
    " the charges unsubstantiated and false.", " Roe unqualified on Monday.", " the levy reckless, and said",
    " it irresponsible.", " climate change a hoax.", " him divisive", " the plan utterly unrealistic.",
])
def test_an_object_and_what_it_is_called(after):
    assert called_complement(after, 0)


@pytest.mark.parametrize("after", [
    " the police.", " an emergency session.", " off the strike.", " the race for Roe.", " up a reserve unit.",
    " the historic session to order.", " her a few times.", " Roe on Monday.",
])
def test_calling_that_names_nothing(after):
    assert not called_complement(after, 0)


def test_a_judgement_without_quotation_marks_is_the_subjects(registry):
    body = "Jane Roe toured the harbour on Monday. Roe called the new levy reckless and unfair."
    assert spoken(registry, body) == [("the new levy reckless and unfair.", "Jane Roe")]


def test_a_bare_noun_object_called_a_thing(registry):
    body = "Jane Roe toured the harbour on Monday. Roe has called tax cuts a gift to the rich."
    assert spoken(registry, body) == [("tax cuts a gift to the rich.", "Jane Roe")]


def test_calling_the_police_stays_narration(registry):
    assert spoken(registry, "Jane Roe toured the harbour on Monday. Roe called the police.") == []


def test_a_relative_clause_between_the_object_and_its_quoted_name(registry):
    # (the cut before ", which" falls between the object and what it is called: the name stays)
    body = "Jane Roe called the harbour plan, which the council adopted in May, “a disaster.”"
    assert spoken(registry, body) == [("the harbour plan, which the council adopted in May, “a disaster.”", "Jane Roe")]
