"""Issue 11, a list of named people as one subject: "Roe, Doe and Vale said …" goes to the one
named first, the head of the list (a pair keeps the one named last, nearest the verb). Not a
list that does not open its clause ("Roe met Pier, Doe and Vale said" is two clauses), nor a
place or an outlet that opens the sentence. Short examples of our own."""
import pytest

from tests.news_text import registry, speakers  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("body, who", [
    ("Jane Roe spoke on Monday. Ben Pier, Jane Roe and Tom Quill have all attacked the plan as a failure.", "Ben Pier"),
    ("Jane Roe spoke on Monday. Several leaders, including Sens. Ann Vale (D-Ohio), Tom Pier (R-Iowa) and "
     "Mark Stone (R-Utah), have since denounced the remarks.", "Ann Vale"),
    ("Jane Roe spoke on Monday. Sen. Ann Vale of Ohio, Tom Pier of Iowa and Mark Stone of Utah "
     "said the plan was bad.", "Ann Vale"),
    ("Jane Roe spoke on Monday. But Ann Vale, Tom Pier and Mark Stone argued that it would fail.", "Ann Vale"),
])
def test_a_list_of_names_goes_to_the_first(registry, body, who):
    assert speakers(registry, body) == [who]


def test_a_pair_keeps_the_one_named_last(registry):
    assert speakers(registry, "Jane Roe spoke on Monday. Ann Vale and Mark Stone said the bill was bad.") == ["Mark Stone"]


def test_a_list_inside_another_clause_is_not_the_subject(registry):
    # "Pier, Vale" are the objects of "met": the subject of "said" is Stone alone
    body = "Jane Roe spoke on Monday. Roe met Tom Pier, Ann Vale and Mark Stone said the plan was fine."
    assert "Tom Pier" not in speakers(registry, body)


def test_a_place_opening_the_sentence_is_no_speaker(registry):
    body = "Jane Roe spoke on Monday. In Ohio, Ann Vale, Tom Pier and Mark Stone said the plan was bad."
    assert speakers(registry, body) == ["Ann Vale"]


@pytest.mark.parametrize("body, who", [
    # a list of states goes to the first state, as a list of people goes to the first person
    ("Jane Roe spoke on Monday. Iran, Syria and Russia have said the talks would fail.", "Iran"),
    # a list that opens a subordinate clause is that clause's subject
    ("Jane Roe spoke on Monday. The talks stalled as the United States, Britain and France "
     "argued that the plan would fail.", "United States"),
    ("Jane Roe spoke on Monday. The plan stalled as Ann Vale, Tom Pier and Mark Stone said it was bad.", "Ann Vale"),
])
def test_a_list_of_states_or_in_a_clause_goes_to_the_first(registry, body, who):
    assert speakers(registry, body) == [who]
