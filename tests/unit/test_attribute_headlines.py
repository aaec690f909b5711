"""A document's headline carries its speaker when it is written as a report of what someone
said ("Roe Says …", "Roe: …", "…, Roe Says."), and that someone is in the article."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.headlines import double_quoted
from analysis.model import Document
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


BODY = "Mayor Jane Roe of Port Ellis spoke to the harbour board on Monday about the pier.\n"


def headline(registry, head, body=BODY):
    text = head + "\n\n" + body
    sts = analyse(Document("d", "t.txt", text), registry)
    return [(s.speaker, s.text) for s in sts if s.section == "headline"]


def test_a_title_case_headline_verb_of_saying_is_read_as_a_verb(registry):
    got = headline(registry, "Mayor Roe Says The Pier Will Close By Winter.")
    assert ("Jane Roe", "The Pier Will Close By Winter.") in got


def test_a_lower_case_headline_keeps_its_speaker(registry):
    got = headline(registry, "Roe vows to keep the pier open.")
    assert [sp for sp, _ in got if not sp.startswith("(")] == ["Jane Roe"]


def test_a_name_and_a_colon_open_a_headline_of_that_persons_words(registry):
    got = headline(registry, "Roe: 'The harbour board has failed this town.'")
    # "Roe:" is the attribution of her words, no statement of its own
    assert got == [("Jane Roe", "'The harbour board has failed this town.'")]


def test_a_tail_frame_in_a_title_case_headline(registry):
    got = headline(registry, "The Pier Is A Danger To Swimmers, Jane Roe Says.")
    assert ("Jane Roe", "The Pier Is A Danger To Swimmers,") in got


@pytest.mark.parametrize("head", [
    "Breaking: Roe wins the harbour vote.",             # a kicker before the colon
    "Roe and the Board: A Tortured Relationship.",     # two people: a topic
    "Roe: Saviour Of The Pier Or Its Spoiler?",        # the outlet's question about her
    "Roe Was Just Asked About The Pier And Her Answer Says It All.",  # a passive, not her saying
    "Roe Accused Of Hiding The Pier Report.",          # accused by someone else
    "Alan Ferris Says The Pier Is Safe.",              # a speaker the article never names
])
def test_a_headline_that_reports_nobodys_words_stays_the_outlets(registry, head):
    got = headline(registry, head)
    assert all(sp == "(narrator)" for sp, _ in got), got


def test_a_topic_before_the_colon_leaves_the_sentence_after_it_to_be_read(registry):
    got = headline(registry, "Harbour vote: Roe blasts the board's 'reckless' plan")
    assert [sp for sp, _ in got if not sp.startswith("(")] == ["Jane Roe"]


def test_a_poll_before_the_colon_is_an_unnamed_poll(registry):
    got = headline(registry, "Poll: Voters in Port Ellis back the mayor's pier plan.",
                   BODY + "A poll of 500 voters was taken last week.\n")
    assert ("(unnamed poll)", "Voters in Port Ellis back the mayor's pier plan.") in got


def test_a_headline_quotation_in_single_marks_is_a_quotation(registry):
    got = headline(registry, "Roe calls the harbour levy ‘a disgrace’ at the meeting.")
    assert [sp for sp, _ in got if not sp.startswith("(")] == ["Jane Roe"]
    assert double_quoted("Roe’s plan, Sanders’ plan") == "Roe’s plan, Sanders’ plan"  # apostrophes stay
    assert double_quoted("Roe 'glad to finish' fight") == "Roe “glad to finish” fight"


def test_a_name_on_a_topic_before_the_colon_speaks_the_words_after_it(registry):
    got = headline(registry, "Roe on the Pier: 'It Must Close Before Winter.'")
    assert ("Jane Roe", "'It Must Close Before Winter.'") in got


@pytest.mark.parametrize("head, speaker, words", [
    ("Judge rejects the harbour board's request to close the pier.", "(unnamed judge)",
     "the harbour board's request to close the pier."),
    ("Former harbour official says the pier was never safe.", "(unnamed official)",
     "the pier was never safe."),
])
def test_a_headline_without_its_article_has_the_unnamed_source_it_describes(registry, head, speaker, words):
    # headlinese drops the article: "Judge rejects …" is "The judge rejects …"
    got = headline(registry, head)
    assert (speaker, words) in got, got


@pytest.mark.parametrize("head", [
    "Harbour vote splits the town.",             # no verb of saying
    "Storm says goodbye to summer on the coast.",  # a thing that says nothing
    "Pier project wins approval from council.",
])
def test_a_headline_without_an_article_and_no_described_source_stays_the_outlets(registry, head):
    got = headline(registry, head)
    assert all(sp == "(narrator)" for sp, _ in got), got
