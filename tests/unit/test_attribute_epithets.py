"""A definite description the document gave one person or body it names is that person or
body ("Ben Roe, a retired neurosurgeon, …" … "the retired neurosurgeon said"), and stays an
unnamed source when no one or several were so described (issue 11, nominal sources). Short
examples of our own; the people and bodies are invented."""
import pytest

from tests.news_text import registry, said  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("body,words,speaker", [
    # an appositive after the name, then the description's head with "the"
    ("Ben Roe, a retired neurosurgeon, is running for mayor. The retired neurosurgeon said the plan was bad.",
     "the plan was bad.", "Ben Roe"),
    ('Ben Roe, a retired neurosurgeon, is running for mayor. "It is bad," the neurosurgeon said.',
     '"It is bad,"', "Ben Roe"),
    # a predicate after "is"
    ("Jane Roe is the governor of Ohio. The governor said the plan was bad.", "the plan was bad.", "Jane Roe"),
    # a body described by a body's head
    ("Pier Bank, a regional bank, lost money in March. The bank said the losses were small.",
     "the losses were small.", "Pier Bank"),
    # a former holder is "the former governor", not "the governor"
    ("Ann Poe, a former governor, spoke. Jane Roe is the governor of Ohio. The governor said the plan was bad.",
     "the plan was bad.", "Jane Roe"),
    ("Ann Poe, a former governor, spoke on Monday. The former governor said the plan was bad.",
     "the plan was bad.", "Ann Poe"),
])
def test_the_description_is_the_one_it_was_given_to(registry, body, words, speaker):
    assert said(registry, body)[words] == speaker


@pytest.mark.parametrize("body,words", [
    # two people so described: no one in particular
    ("Ben Roe, a retired neurosurgeon, and Ann Poe, a neurosurgeon, spoke. The neurosurgeon said the plan was bad.",
     "the plan was bad."),
    # an indefinite description brings in someone new
    ("Ben Roe, a retired neurosurgeon, spoke on Monday. A neurosurgeon said the plan was bad.", "the plan was bad."),
    # people around the one described are not that one
    ("Ben Roe, a retired neurosurgeon, spoke on Monday. Roe's aides said the plan was bad.", "the plan was bad."),
])
def test_no_one_or_several_so_described_leave_it_unnamed(registry, body, words):
    assert said(registry, body)[words].startswith("(unnamed ")


@pytest.mark.parametrize("body,words,speaker", [
    # a source named by the person it is near is someone the document does not name
    ("Jane Roe spoke on Monday. A Roe campaign source said the plan was bad.", "the plan was bad.",
     "(unnamed source)"),
    ("Jane Roe spoke on Monday. Sources close to Roe said the plan was bad.", "the plan was bad.",
     "(unnamed sources)"),
    # a spokeswoman speaks for her, and is read as her
    ("Jane Roe spoke on Monday. A Roe spokeswoman said the plan was bad.", "the plan was bad.", "Jane Roe"),
])
def test_a_source_near_a_person_is_not_that_person(registry, body, words, speaker):
    assert said(registry, body)[words] == speaker


@pytest.mark.parametrize("body,words,speaker", [
    # a person's team speaks for them as their campaign does: a body named for them
    ("Jane Roe spoke on Monday. Roe's team said the plan was bad.", "the plan was bad.", "Jane Roe team"),
    ("Jane Roe spoke on Monday. The Roe team said the plan was bad.", "the plan was bad.", "Jane Roe team"),
    ("Jane Roe spoke on Monday. Her team said the plan was bad.", "the plan was bad.", "Jane Roe team"),
    # no person named: a team of no one in particular
    ("Jane Roe spoke on Monday. The team said the plan was bad.", "the plan was bad.", "(unnamed team)"),
])
def test_a_persons_team_is_a_body_named_for_them(registry, body, words, speaker):
    assert said(registry, body)[words] == speaker


@pytest.mark.parametrize("body,words,speaker", [
    # a state the description names must not be another than the one the text puts with the person
    ("Sen. Jane Roe (D-Mo.) spoke on Monday. The Vermont senator said the plan was bad.", "the plan was bad.",
     "(unnamed senator)"),
    ("Missouri Sen. Jane Roe spoke on Monday. The Vermont senator said the plan was bad.", "the plan was bad.",
     "(unnamed senator)"),
    ("Sen. Jane Roe (D-Vt.) spoke on Monday. The Vermont senator said the plan was bad.", "the plan was bad.",
     "Jane Roe"),
    # of two senators, the one of that state
    ("Sen. Jane Roe (D-Mo.) and Sen. Ann Poe (D-Vt.) spoke on Monday. The Vermont senator said the plan was bad.",
     "the plan was bad.", "Ann Poe"),
])
def test_a_state_qualified_description_fits_only_that_states_person(registry, body, words, speaker):
    assert said(registry, body)[words] == speaker
