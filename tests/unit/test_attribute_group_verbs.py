"""Statement recall for groups and bodies (issue 11): plural subjects take the base form of a
reporting verb ("Democrats call for …", "critics accuse …"), which is a verb there and a noun
after a determiner ("the call for …", "this question"). Each on short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import said


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_base_form_after_a_plural_subject_or_a_pronoun_is_speech(registry):
    body = ("Jane Roe is running for mayor of Springfield. Harbour workers call for calm after the vote. "
            "Critics accuse Roe of hiding the cost of the bridge. They note that the budget has grown.")
    got = said(registry, body)
    assert got["Harbour workers call for calm after the vote."] == "(unnamed workers)"
    assert got["Critics accuse Roe of hiding the cost of the bridge."] == "(unnamed critics)"
    assert got["They note that the budget has grown."] != "(narrator)"


def test_a_base_form_after_an_auxiliary_is_the_subjects(registry):
    body = "Jane Roe is running for mayor of Springfield. Roe will announce her plans for the harbour on Monday."
    assert said(registry, body)["Roe will announce her plans for the harbour on Monday."] == "Jane Roe"


def test_the_same_word_after_a_determiner_is_a_noun(registry):
    body = ("Jane Roe is running for mayor of Springfield. The call for calm came too late. "
            "This question matters to voters in the valley. His demand for a recount was refused.")
    got = said(registry, body)
    for sentence in ("The call for calm came too late.", "This question matters to voters in the valley.",
                     "His demand for a recount was refused."):
        assert got[sentence] == "(narrator)", sentence


def test_an_object_relative_clause_or_a_singular_before_it_makes_no_verb(registry):
    body = ("Jane Roe is running for mayor of Springfield. Roe visited the harbour after a fire which "
            "residents and workers blame on the old wiring. Roe struck a cautious note at the rally.")
    got = said(registry, body)
    assert got["Roe visited the harbour after a fire which residents and workers blame on the old wiring."] \
        == "(narrator)"
    assert got["Roe struck a cautious note at the rally."] == "(narrator)"


def test_the_modal_may_is_no_name(registry):
    body = "Jane Roe is running for mayor of Springfield. Some may argue that the bridge is too costly."
    assert said(registry, body)["Some may argue that the bridge is too costly."] == "(unnamed people)"


def test_a_demonstrative_before_a_group_or_a_body(registry):
    body = ("Jane Roe is running for mayor of Springfield. This group recognizes that the harbour needs a new wall. "
            "These same voters express doubts about the bridge.")
    got = said(registry, body)
    assert got["This group recognizes that the harbour needs a new wall."] == "(unnamed group)"
    assert got["These same voters express doubts about the bridge."] == "(unnamed voters)"


def test_a_quantity_after_the_verb_is_its_object_not_an_adjunct(registry):
    # the words after "reported" are what was reported, not a tail frame's adjunct ("at the meeting")
    body = ("Jane Roe is running for mayor of Springfield. On a cold morning, as the ferry left the pier, "
            "the Springfield Ledger reported at least six boats had sunk in the bay.")
    got = said(registry, body)
    reported = [t for t in got if "six boats" in t and got[t] != "(narrator)"]
    assert reported, got
    assert "On a cold morning, as the ferry left the pier," not in got


def test_adjectives_before_a_group_are_part_of_it(registry):
    body = ("Jane Roe is running for mayor of Springfield. Leading Democrats said the harbour plan would fail. "
            "Conservative outside groups said the bridge would cost too much.")
    got = said(registry, body)
    assert got["Leading Democrats said the harbour plan would fail."] == "(unnamed Democrats)"
    assert got["Conservative outside groups said the bridge would cost too much."] == "(unnamed groups)"


def test_a_name_a_body_is_for_or_against_is_not_the_speaker(registry):
    body = "Jane Roe is running for mayor of Springfield. An anti-Roe committee said the harbour plan would fail."
    assert said(registry, body)["An anti-Roe committee said the harbour plan would fail."] != "Jane Roe"


def test_a_forecast_before_its_clause(registry):
    body = ("Jane Roe is running for mayor of Springfield. The Roe campaign projects that the harbour tax "
            "would raise two million dollars. The harbour projects were late.")
    got = said(registry, body)
    assert got["the harbour tax would raise two million dollars."] != "(narrator)"
    assert got["The harbour projects were late."] == "(narrator)"


def test_an_adverb_between_a_plural_subject_and_a_base_form(registry):
    body = ("Jane Roe is running for mayor of Springfield. Some residents privately express doubts about the bridge. "
            "The family only note that it rained.")
    got = said(registry, body)
    assert got["Some residents privately express doubts about the bridge."] == "(unnamed residents)"
    assert got["The family only note that it rained."] == "(narrator)"


def test_what_an_outlet_first_reported(registry):
    body = ("Jane Roe is running for mayor of Springfield. The meeting was first reported by the Springfield Ledger. "
            "The bridge was built by the county.")
    got = said(registry, body)
    assert got["The meeting"] == "Springfield Ledger"
    assert got["The bridge was built by the county."] == "(narrator)"


def test_the_side_a_group_takes_in_a_reduced_relative_clause(registry):
    body = ("Jane Roe is running for mayor of Springfield. Harbour First, a super PAC backing Jane Roe, spent "
            "two million dollars on radio ads. Outside groups supporting the bridge plan also ran ads. "
            "Evidence supporting the claim was thin.")
    got = said(registry, body)
    assert got["Jane Roe"] == "(unnamed PAC)"
    assert got["the bridge plan"] == "(unnamed groups)"
    assert got["Evidence supporting the claim was thin."] == "(narrator)"


def test_advocacy_is_a_position(registry):
    body = ("Jane Roe is running for mayor of Springfield. Harbour workers have pushed for a new sea wall. "
            "Her push for more dollars failed. Critics say Roe advocated a toll on the bridge.")
    got = said(registry, body)
    assert got["a new sea wall."] == "(unnamed workers)"
    assert got["Her push for more dollars failed."] == "(narrator)"
    assert got["Roe advocated a toll on the bridge."] == "(unnamed critics)"


def test_a_reporting_as_clause_after_a_sentence_adverb(registry):
    body = ("Jane Roe is running for mayor of Springfield. However, as the Springfield Ledger has reported, "
            "the harbour tax was never collected. However, as the tide rose, the ferry left.")
    got = said(registry, body)
    assert got["However, as the Springfield Ledger has reported, the harbour tax was never collected."] \
        == "Springfield Ledger"
    assert got["However, as the tide rose, the ferry left."] == "(narrator)"


def test_taking_a_side_in_the_progressive(registry):
    body = ("Jane Roe is running for mayor of Springfield. The dock workers union is backing Roe in the primary. "
            "John Doe is backing down from his harbour plan. The old bridge is supporting heavy trucks.")
    got = said(registry, body)
    assert got["Roe in the primary."] == "(unnamed union)"
    assert got["John Doe is backing down from his harbour plan."] == "(narrator)"
    assert got["The old bridge is supporting heavy trucks."] == "(narrator)"


def test_an_intention_or_a_push_in_the_progressive(registry):
    body = ("Jane Roe is running for mayor of Springfield. Harbour workers are pushing for a new sea wall. "
            "Roe is looking for her keys. The council is planning a rally. "
            "John Doe said Roe was seeking to delay the vote.")
    got = said(registry, body)
    assert got["a new sea wall."] == "(unnamed workers)"
    assert got["Roe is looking for her keys."] == "(narrator)"
    assert got["The council is planning a rally."] == "(narrator)"
    assert got["Roe was seeking to delay the vote."] == "John Doe"


def test_thanks_references_and_offers_in_the_progressive(registry):
    body = ("Jane Roe is running for mayor of Springfield. Roe is thanking her supporters at a rally. "
            "Roe was referring to the harbour tax. The shop is offering discounts.")
    got = said(registry, body)
    assert got["her supporters"] == "Jane Roe"
    assert got["the harbour tax."] == "Jane Roe"
    assert got["The shop is offering discounts."] == "(narrator)"


def test_expectations_and_proposals_in_the_progressive(registry):
    body = ("Jane Roe is running for mayor of Springfield. Election officials are expecting a record turnout. "
            "Roe is pointing to the harbour audit. Roe toured the docks, pointing to the harbour audit.")
    got = said(registry, body)
    assert got["a record turnout."] == "(unnamed officials)"
    assert got["the harbour audit."] == "Jane Roe"


def test_a_body_puts_out_a_message(registry):
    body = ("Jane Roe is running for mayor of Springfield. The harbour committee released a statement on Monday, "
            "offering an apology to Roe. The committee released its budget on Monday, meeting the deadline.")
    got = said(registry, body)
    assert got["offering an apology to Roe."] == "(unnamed committee)"
    assert got["The committee released its budget on Monday, meeting the deadline."] == "(narrator)"


def test_a_messages_participle_without_a_comma(registry):
    body = ("Jane Roe is running for mayor of Springfield. In late May, a group of harbour workers sent a letter "
            "to the council urging it to repair the sea wall.")
    got = said(registry, body)
    mine = [t for t in got if got[t] == "(unnamed workers)"]
    assert mine and all(t.startswith("urging it to repair") for t in mine), got


def test_a_local_body_as_a_source(registry):
    body = ("Jane Roe is running for mayor of Springfield. The town released a statement on Monday, saying the "
            "harbour would stay open. Local police have insisted they are ready for the crowds.")
    got = said(registry, body)
    assert got["saying the harbour would stay open."] == "(unnamed town)"
    assert got["they are ready for the crowds."] == "(unnamed police)"
