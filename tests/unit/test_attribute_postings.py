"""A diplomat's posting ("ambassador to the United Nations", "envoy to NATO") is where they
serve, never who speaks: the source is the diplomat, a person the registry or the document
knows by that role, else an unnamed one. A diplomatic office ("the Russian embassy in the
United Kingdom", "Iran's delegation") speaks for the state that keeps it, not where it is."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_states_ambassador_to_an_organisation_is_not_the_organisation(registry):
    body = "Ruritania's ambassador to the United Nations had said that the documents were complete."
    assert spoken(registry, body) == [("the documents were complete.", "(unnamed ambassador)")]


def test_an_envoy_to_an_alliance_and_an_ambassador_to_a_state(registry):
    assert [who for _, who in spoken(registry, "France's envoy to NATO said the plan would fail.")] == ["(unnamed envoy)"]
    assert [who for _, who in spoken(registry, "The U.S. ambassador to Ruritania said the plan would fail.")] == \
        ["(unnamed ambassador)"]


def test_a_name_after_the_posting_or_before_it_is_the_speaker(registry):
    assert [who for _, who in spoken(registry, "Ambassador to the United Nations Jane Roe said the council would act.")] \
        == ["Jane Roe"]
    assert [who for _, who in spoken(registry, "Jane Roe, the ambassador to Spain, said the plan would fail.")] == ["Jane Roe"]


@pytest.mark.parametrize("body, who", [
    ("The Russian embassy in the United Kingdom tweeted that the strike was a crime.", "Russia"),
    ("The French embassy in Washington said the talks were over.", "France"),
    ("Russia's embassy in London said it would respond.", "Russia"),
    ("Iran's delegation said the draft was unacceptable.", "Iran"),
    ("Russia's military said the drills were over.", "Russia"),
])
def test_a_diplomatic_office_speaks_for_its_state_not_where_it_is(registry, body, who):
    assert [w for _, w in spoken(registry, body)] == [who]


def test_a_states_people_after_its_possessive_stay_as_they_were(registry):
    assert [w for _, w in spoken(registry, "Syria's ambassador said the report was false.")] == ["(unnamed ambassador)"]


@pytest.mark.parametrize("body", [
    "A former official involved in talks with Russia over Syria said the strike was a mistake.",
    "A redacted copy of the memo seen by Reuters said the files were lost.",
])
def test_a_name_after_a_preposition_before_the_verb_is_its_object_not_the_speaker(registry, body):
    assert not {"Syria", "Reuters"} & {w for _, w in spoken(registry, body)}
