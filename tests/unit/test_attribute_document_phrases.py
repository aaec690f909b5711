"""Documents, polls and records as sources, in the forms news gives them (issue 11, unquoted
statement recall): plural records ("the memos show"), poll averages, a possessive of time
before the head ("last year's statistics", "Monday night's results") and a document already
cited ("the same polling", "another poll"). Each on short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.sources import document_source
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("phrase, head", [
    ("The memos", "memos"), ("the polling averages", "averages"), ("last year's statistics", "statistics"),
    ("Monday night’s results", "results"), ("the same polling", "polling"), ("another poll", "poll"),
])
def test_document_phrases(phrase, head):
    assert document_source(phrase) == (None, head)


def test_a_weekday_possessive_is_no_organisation():
    assert document_source("Tuesday's Harbour Trust report") == ("Harbour Trust", "report")


def test_the_average_of_a_named_pollster_speaks_as_it(registry):
    body = "The Harbour Polls average of recent surveys shows Jane Roe leading by four points."
    assert spoken(registry, body) == [("Jane Roe leading by four points.", "Harbour Polls")]


def test_plural_memos_as_a_source(registry):
    body = "The harbour board met on Monday. The memos show that the levy raised twice what was promised."
    assert [sp for _, sp in spoken(registry, body)] == ["(unnamed memos)"]


def test_an_average_person_is_no_document():
    assert document_source("The average voter") is None


def test_a_newspaper_named_post_is_the_outlet_not_a_post_or_its_city(registry):
    assert document_source("The Jerusalem Post") is None
    assert document_source("A Reuters/Ipsos Poll") == ("Reuters/Ipsos", "poll")  # a poll's name stays a poll
    body = "The New York Post reported that the mayor had skipped the hearing."
    assert spoken(registry, body) == [("the mayor had skipped the hearing.", "New York Post")]


def test_a_month_dates_a_document_and_is_no_part_of_its_author():
    assert document_source("a September Harbour Trust poll") == ("Harbour Trust", "poll")
    assert document_source("an early-October Harbour Trust survey") == ("Harbour Trust", "survey")
    assert document_source("June's Harbour Trust poll") == ("Harbour Trust", "poll")


def test_a_poll_that_opens_the_sentence_is_the_source_of_its_figures(registry):
    body = "In the latest Harbour Trust poll, Jane Roe leads John Doe 47 percent to 39 percent."
    assert spoken(registry, body) == [("Jane Roe leads John Doe 47 percent to 39 percent.", "Harbour Trust")]
    body = "In a new Harbour Trust survey, conducted May 1-4, 62 percent of voters said the levy was too high."
    assert spoken(registry, body) == [("62 percent of voters said the levy was too high.", "Harbour Trust")]


def test_a_poll_opening_gives_way_to_anyone_who_speaks_in_the_clause(registry):
    body = "In a poll of 800 voters, the Harbour Trust found that the levy was unpopular."
    assert [sp for _, sp in spoken(registry, body)] == ["Harbour Trust"]
    body = "In 2012, the polls were wrong about the county."  # no poll opens it: a year
    assert spoken(registry, body) == []
    body = "In the polls, anyway."  # no clause after the poll
    assert spoken(registry, body) == []


def test_according_to_a_poll_over_a_share_of_those_it_asked(registry):
    body = "According to a Harbour Trust survey, 51 percent of respondents said they would vote for the levy."
    assert spoken(registry, body) == [
        ("51 percent of respondents said they would vote for the levy.", "Harbour Trust")]
    body = "Nearly three in four say the port should stay open, according to the survey."
    assert spoken(registry, body) == [("Nearly three in four say the port should stay open,", "(unnamed survey)")]


def test_records_in_the_plural_indicate_and_reveal(registry):
    body = "Public records indicate that the lot was sold for $510,000 the day before."
    assert spoken(registry, body) == [("the lot was sold for $510,000 the day before.", "(unnamed records)")]
    body = "The new audit demonstrates the risk the port still faces over the levy."
    assert spoken(registry, body) == [("the risk the port still faces over the levy.", "(unnamed audit)")]
    body = "The rangers reveal the trail only to members."  # no document as the subject: no report
    assert spoken(registry, body) == []


def test_what_a_document_shows_in_a_clause_that_closes_the_outlets_sentence(registry):
    body = "The council met on Monday, as new polls show Jane Roe gaining ground in the eastern wards."
    assert spoken(registry, body) == [("Jane Roe gaining ground in the eastern wards.", "(unnamed polls)")]
    body = "The board apologized to the tenants after leaked emails showed staff favoring the developer."
    assert spoken(registry, body) == [("staff favoring the developer.", "(unnamed emails)")]


def test_a_document_clause_that_opens_the_sentence_or_reports_nothing_stays_narration(registry):
    body = "Even as some polls show Jane Roe gaining ground, her rivals appear confident of the count."
    assert spoken(registry, body) == []
    body = "It is hard to see Roe winning the county (although as the results show, the town is close)."
    assert spoken(registry, body) == []


def test_a_documents_participle_in_an_absolute_clause(registry):
    body = "Roe and Doe are locked in a tight race in the county, with polls showing Roe's lead having evaporated."
    assert spoken(registry, body) == [("Roe's lead having evaporated.", "(unnamed polls)")]
    body = "Despite new polls showing her well behind, Jane Roe campaigned in every ward of the city."
    assert spoken(registry, body) == [("her well behind", "(unnamed polls)")]


def test_a_showing_that_is_a_noun_is_no_documents_report(registry):
    body = "The vote comes in the wake of polls by the Harbour Trust that showed Roe making a strong showing in three wards."
    assert all(t != "in three wards." for t, _ in spoken(registry, body))
    body = "The council met with the surveyors showing the new map to residents."
    assert spoken(registry, body) == []


@pytest.mark.parametrize("phrase, head", [
    ("a national poll taken last week", "poll"), ("a survey done for the party", "survey"),
    ("A new poll out Monday", "poll"),
])
def test_an_irregular_participle_after_a_documents_head(phrase, head):
    assert document_source(phrase) == (None, head)


def test_a_document_before_a_verb_that_is_no_participle_of_it():
    assert document_source("the poll taxes") is None


def test_a_document_that_speaks_after_and_or_but_is_no_tail_frame(registry):
    body = "The county is a battleground for both parties, and recent polls show Roe with a double-digit lead."
    assert spoken(registry, body) == [("Roe with a double-digit lead.", "(unnamed polls)")]
    body = "The ferry has lost money for years, but the new audit suggests Roe could save it."
    assert spoken(registry, body) == [("Roe could save it.", "(unnamed audit)")]
    body = "The ferry will stop running in May, the audit found."  # a tail frame stays one
    assert spoken(registry, body) == [("The ferry will stop running in May,", "(unnamed audit)")]


def test_a_long_name_before_a_documents_head():
    phrase = "the Harbour Trust/Port City Times Daybreak national tracking poll"
    assert document_source(phrase) == ("Harbour Trust/Port City Times Daybreak", "poll")


@pytest.mark.parametrize("phrase, head", [
    ("a new statewide poll", "poll"), ("a nationwide telephone survey", "survey"), ("county land records", "records"),
])
def test_the_reach_and_kind_of_a_poll_or_record(phrase, head):
    assert document_source(phrase) == (None, head)


def test_a_statewide_poll_as_a_tail_frame(registry):
    body = "Roe and Doe are locked in a tight race in the county, a new statewide poll has found."
    assert spoken(registry, body) == [("Roe and Doe are locked in a tight race in the county,", "(unnamed poll)")]
    body = "The statewide ban found little support among the growers."  # no document's head
    assert spoken(registry, body) == []


def test_thats_according_to_a_source(registry):
    body = "Most harbour voters want the ferry kept. That's according to a new Harbour Trust poll."
    assert ("That", "Harbour Trust") in spoken(registry, body)
    body = "The ferry will be kept, according to a new Harbour Trust poll."  # no demonstrative: the clause
    assert spoken(registry, body) == [("The ferry will be kept,", "Harbour Trust")]


def test_a_long_document_after_according_to(registry):
    body = ("According to early results of the exit poll conducted by Harbour Research for the Port City "
            "Gazette and three television networks, Roe led in both wards.")
    assert spoken(registry, body) == [("Roe led in both wards.", "(unnamed results)")]


def test_who_obtained_or_saw_a_document_is_not_its_source(registry):
    assert "Harbour Gazette" not in [w for _, w in spoken(registry, "A memo obtained by The Harbour Gazette said the files were lost.")]
    assert [w for _, w in spoken(registry, "A poll conducted by Pier Research found the race was close.")] == ["Pier Research"]
