"""The subject of a speech verb the rules already read (issue 11): a name before its
appositive, when words stand between the appositive's comma and the verb, a masked party tag
before the comma, or the appositive opens a clause whose later verb is the speech verb.
Short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.attribute.cues import vocab
from analysis.attribute.subjects import _subject_left, appositive_lead
from analysis.model import Document
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def said(registry, text):
    """(speaker, statement text) of every statement that is not the outlet's."""
    doc = Document("d", "t.txt", text, published="2016-10-01")
    return [(s.speaker, s.text) for s in analyse(doc, registry) if not s.speaker.startswith("(")]


def test_an_auxiliary_between_the_appositive_and_the_verb():
    m = "Dan Quill, the fund's lawyer and strategist, has rejected the label, noting that it costs money."
    assert _subject_left(m, m.index("rejected"), vocab()) == "Dan Quill"


def test_an_appositive_then_an_auxiliary_gives_the_name_its_participle(registry):
    got = said(registry, "Funds.\n\nDan Quill, the fund's lawyer and strategist, has rejected the label, "
                         "noting that it costs money.\n")
    assert ("Dan Quill", "noting that it costs money.") in got


def test_a_party_tag_before_the_appositive_comma(registry):
    got = said(registry, "Health.\n\nState Sen. Lee Quill (R), another early Varga supporter, suggested that "
                         "Varga was weak on health care.\n")
    assert [sp for sp, _ in got] == ["Lee Quill"]


def test_a_name_and_its_appositive_before_coordinated_verbs(registry):
    got = said(registry, "Delegates.\n\nGary Quill, a former state party chairman, became a delegate and said "
                         "he is leaning toward Varga.\n")
    assert got == [("Gary Quill", "he is leaning toward Varga.")]


def test_the_appositive_lead_needs_a_verb_after_its_comma():
    assert appositive_lead("Ann Quill, a trucker from Ava, Mo., became a delegate and said so.").group("who") == "Ann Quill"
    assert appositive_lead("Ann Quill, Tom Varga and others met, and said so.") is None
    assert appositive_lead("In Ava, Mo., delegates met and said so.") is None


def test_a_single_opening_word_before_an_appositive_is_no_name(registry):
    got = said(registry, "Visas.\n\nProponents, including the mayors of Ava, joined the group and said the "
                         "program works.\n")
    assert "Proponents" not in [sp for sp, _ in got]


def test_an_aside_between_hyphens_before_the_verb(registry):
    got = said(registry, "Rally.\n\nJane Quill - who once said she would never run - said at a rally that "
                         "she will run.\n")
    assert [sp for sp, _ in got] == ["Jane Quill"]


def test_an_aside_between_hyphens_closes_the_appositive(registry):
    got = said(registry, "Groups.\n\nTom Quill, director of the advocacy group Voters for Ava, or VFA - which "
                         "was founded by a former governor - said the group would campaign hard.\n")
    assert got == [("Tom Quill", "the group would campaign hard.")]


def test_one_of_a_group_after_a_quotation_is_an_unnamed_member(registry):
    doc = Document("d", "t.txt", "Votes.\n\n\"There is no path for him,\" said one of those advisers, who spoke "
                                 "on the condition of anonymity.\n", published="2016-10-01")
    speakers = {s.speaker for s in analyse(doc, registry)}
    assert "(unnamed advisers)" in speakers


def test_a_name_and_its_appositive_before_the_verb_is_no_inverted_subject(registry):
    got = said(registry, "Video.\n\nKeith Lamont Quill was shot on Tuesday. In a statement, one of the family's "
                         "lawyers, John Varga, said the video shows Quill calmly leaving his car.\n")
    assert got == [("John Varga", "the video shows Quill calmly leaving his car.")]



def test_a_clause_before_an_inverted_verb_is_no_name_and_appositive(registry):
    got = said(registry, "Talks.\n\nCooperation, however, remains possible down the road, says Sergei Quill, "
                         "a columnist with the Ava daily.\n")
    assert [sp for sp, _ in got] == ["Sergei Quill"]


def test_the_verb_of_a_relative_clause_gives_way_to_the_main_verb(registry):
    doc = Document("d", "t.txt", "Video.\n\nQuill's relatives, who asked police to show them the video, watched it "
                                 "on Thursday, lawyers for the family said.\n", published="2016-10-01")
    speakers = [s.speaker for s in analyse(doc, registry) if s.speaker != "(narrator)"]
    assert speakers == ["(unnamed lawyers)"]


def test_a_relative_clause_keeps_its_own_reported_verbs(registry):
    got = said(registry, "Talks.\n\nSafron reserved his disdain for the envoy, Matthew Quill, who had said that "
                         "Ava scientists had determined that sarin had been used.\n")
    assert got == [("Matthew Quill", "Ava scientists had determined that sarin had been used.")]
