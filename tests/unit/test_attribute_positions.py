"""Statement recall (issue 11): positions that are no speech verbs, preference, support and
opposition, and seeing a thing as something, read as their subject's position; their nouns,
passives and phrasal verbs are none. Each on short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import said, spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_support_opposition_and_preference_are_positions(registry):
    body = ("Jane Roe is running for mayor of Springfield. Roe opposes the new harbour tax. "
            "Roe supports a smaller budget. Roe prefers a single council for the region.")
    got = said(registry, body)
    assert got["Roe opposes the new harbour tax."] == "Jane Roe"
    assert got["Roe supports a smaller budget."] == "Jane Roe"
    assert got["Roe prefers a single council for the region."] == "Jane Roe"


def test_seeing_a_thing_as_something_is_a_position(registry):
    body = ("Jane Roe is running for mayor of Springfield. Roe sees the harbour tax as a burden on families. "
            "We will see. Roe saw the report on Monday.")
    got = said(registry, body)
    assert got["Roe sees the harbour tax as a burden on families."] == "Jane Roe"
    assert got["We will see."] == "(narrator)"
    assert got["Roe saw the report on Monday."] == "(narrator)"


def test_a_share_of_voters_holds_a_position(registry):
    body = "Jane Roe is running for mayor. Among likely voters, 46 percent support Roe over John Doe."
    assert said(registry, body)["Among likely voters, 46 percent support Roe over John Doe."] \
        == "(unnamed respondents)"


def test_nouns_passives_and_phrasal_verbs_are_no_position(registry):
    body = ("Jane Roe is running for mayor. Roe enjoyed broad support from teachers. "
            "Doe has 5 percent support in the poll. The bill, opposed by Roe, failed. "
            "A Ruritania-backed militia crossed the river. Ruritania backed off on Monday. "
            "Her remarks were viewed by many as rude.")
    got = said(registry, body)
    for sentence in ("Roe enjoyed broad support from teachers.", "Doe has 5 percent support in the poll.",
                     "The bill, opposed by Roe, failed.", "A Ruritania-backed militia crossed the river.",
                     "Ruritania backed off on Monday.", "Her remarks were viewed by many as rude."):
        assert got[sentence] == "(narrator)", sentence


def test_a_position_inside_what_someone_says_stays_theirs(registry):
    body = "Jane Roe is running for mayor. Roe said John Doe favors a strongman approach."
    assert said(registry, body)["Roe said John Doe favors a strongman approach."] == "Jane Roe"


def test_a_poll_share_speaks_for_its_group_not_a_place_inside_it(registry):
    body = ("Jane Roe is running for mayor. Only about 4 in 10 Republican voters in each state want a new tax. "
            "Majorities of voters in Alabama and Ruritania want a continuation of the policy. "
            "In those states, about a third of young voters or less want a switch to the council plan.")
    got = said(registry, body)
    assert got["Only about 4 in 10 Republican voters in each state want a new tax."] == "(unnamed voters)"
    assert got["Majorities of voters in Alabama and Ruritania want a continuation of the policy."] \
        == "(unnamed voters)"
    assert got["In those states, about a third of young voters or less want a switch to the council plan."] \
        == "(unnamed voters)"


def test_a_position_after_what_a_group_says_is_theirs(registry):
    body = "Jane Roe is running for mayor. Most voters say they prefer lower prices to a local label."
    assert said(registry, body)["Most voters say they prefer lower prices to a local label."] == "(unnamed voters)"


def test_a_parenthetical_many_think_is_an_unnamed_group(registry):
    body = "Jane Roe is running for mayor. Her endorsement of John Doe, many think, is only a matter of time."
    assert said(registry, body)["Her endorsement of John Doe, many think, is only a matter of time."] \
        == "(unnamed people)"


def test_a_name_before_a_group_noun_is_the_group(registry):
    body = "Jane Roe is running for mayor. The move could alienate her backers, Roe allies believe."
    assert said(registry, body)["The move could alienate her backers,"] == "(unnamed allies)"


def test_a_panel_or_court_that_found_that(registry):
    body = ("Jane Roe is running for mayor. An arbitration panel found that the company broke the contract. "
            "The court found that John Doe had lied. Police found a car in the river.")
    got = said(registry, body)
    assert got["the company broke the contract."] == "(unnamed panel)"
    assert got["John Doe had lied."] == "(unnamed court)"
    assert got["Police found a car in the river."] == "(narrator)"


def test_polls_have_shown(registry):
    body = "Jane Roe is running for mayor. Recent polls in Ohio have similarly shown Roe's lead eroding."
    assert said(registry, body)["Roe's lead eroding."] == "(unnamed polls)"


def test_according_to_outranks_an_intention_or_position_not_a_saying(registry):
    body = ("Jane Roe is running for mayor. Roe plans to visit Ruritania on Sunday, according to a campaign aide. "
            "John Doe said he would visit Ruritania, according to a campaign aide.")
    got = said(registry, body)
    assert got["Roe plans to visit Ruritania on Sunday,"] == "(unnamed aide)"
    assert got["he would visit Ruritania, according to a campaign aide."] == "John Doe"


@pytest.mark.parametrize("body, side", [
    # a name is the side taken, however short, without where and when it was taken
    ("Jane Roe endorsed Doe in early June, after weeks of talks with the party.", "Doe"),
    ("Jane Roe endorsed John Doe.", "John Doe"),
    ("Jane Roe endorsed Mr. Doe Wednesday.", "Mr. Doe"),
    # (what goes on with it stays: "over …", "as …")
    ("Jane Roe favored Doe over the mayor.", "Doe over the mayor."),
])
def test_a_name_as_the_object_of_a_position_is_the_side_taken(registry, body, side):
    assert spoken(registry, body) == [(side, "Jane Roe")]


def test_a_short_determined_object_is_the_side_taken_too(registry):
    body = "Jane Roe endorsed the plan on Wednesday, while the mayor has threatened to scrap it."
    assert spoken(registry, body)[0] == ("the plan", "Jane Roe")


def test_a_phrasal_verbs_particle_is_no_object(registry):
    # "backed her up": no noun phrase "her up", the words after the verb stay whole
    body = "Jane Roe backed her up in an interview last October."
    assert spoken(registry, body) == [("her up in an interview last October.", "Jane Roe")]
