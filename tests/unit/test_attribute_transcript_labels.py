"""Transcript labels and the export contract (DESIGN.md: a speaker is an actor's name or one
of "(narrator)", "(unknown commenter)", "(reporter)", "(moderator)", "(unnamed <head>)",
"(spam)"). An edited interview's "A:" turns are the interviewee's; a label that says what
its speaker is ("SENIOR ADMINISTRATION OFFICIAL:") is an unnamed source. Short examples of our own."""
import re

import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse

CONTRACT = re.compile(r"^\((narrator|unknown commenter|reporter|moderator|spam|unnamed [a-z][a-z' -]*)\)$")


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _turns(registry, text):
    doc = Document("d", "t.txt", text)
    return [(s.speaker, s.text) for s in analyse(doc, registry) if s.section == "body"]


QA = ("Q&A with Governor Jane Roe\n\nGovernor Jane Roe spoke with senior writer John Doe on her plane.\n\n"
      "Q: Will the budget pass?\n\nA: It will pass next week.\n\nQ: And taxes?\n\nA: Taxes will not rise.\n")


def test_an_interviews_answers_are_the_person_it_introduces(registry):
    got = _turns(registry, QA)
    assert [sp for sp, t in got if "pass next week" in t or "not rise" in t] == ["Jane Roe", "Jane Roe"]
    assert [sp for sp, t in got if t.startswith(("Will the", "And taxes"))] == ["(reporter)", "(reporter)"]


def test_the_journalist_the_lead_names_is_not_the_interviewee(registry):
    text = ("Interview\n\nSenior writer John Doe spoke with Governor Jane Roe on her plane.\n\n"
            "Q: Will the budget pass?\n\nA: It will pass next week.\n\nQ: And taxes?\n\nA: Taxes will not rise.\n")
    assert {sp for sp, t in _turns(registry, text) if "pass next week" in t or "not rise" in t} == {"Jane Roe"}


def test_answers_with_no_one_introduced_are_an_unnamed_interviewee(registry):
    text = "Interview\n\nQ: Will the budget pass?\n\nA: It will pass next week.\n\nQ: And taxes?\n\nA: Taxes will not rise.\n"
    assert {sp for sp, t in _turns(registry, text) if "pass next week" in t} == {"(unnamed interviewee)"}


@pytest.mark.parametrize("label, speaker", [
    ("SENIOR ADMINISTRATION OFFICIAL", "(unnamed official)"),
    ("ANNOUNCER", "(unnamed announcer)"),
    ("AUDIENCE MEMBER", "(unnamed member)"),
    ("ALL", "(unnamed speakers)"),
])
def test_a_label_that_describes_its_speaker_is_an_unnamed_source(registry, label, speaker):
    text = (f"Briefing\n\nMODERATOR: Welcome, everyone.\n\n{label}: The budget will pass.\n\n"
            f"Q: And taxes?\n\n{label}: Taxes will not rise.\n")
    got = _turns(registry, text)
    assert {sp for sp, t in got if "budget will pass" in t or "not rise" in t} == {speaker}


def test_every_transcript_speaker_is_in_the_contracts_forms(registry):
    text = ("Briefing\n\nMODERATOR: Welcome.\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks.\n\nQ: A question.\n\n"
            "A: An answer.\n\nALL: Yes.\n\nINTERPRETER: Thank you.\n\nTAPPER: Next.\n")
    for sp, _ in _turns(registry, text):
        assert not sp.startswith("(") or CONTRACT.match(sp), sp


def test_a_surname_label_is_the_person_an_earlier_label_named_in_full(registry):
    # a bare surname never beats a full name the document gives: "TAPPER:" after "JAKE
    # TAPPER:" is Jake Tapper, "MS. ROE:" after "MARY ROE:" is Mary Roe
    text = ("Transcript\n\nJAKE TAPPER: Will he win?\n\nMARY ROE: I believe he will.\n\n"
            "TAPPER: Why do you say that?\n\nMS. ROE: Because voters want change.\n")
    assert [sp for sp, _ in _turns(registry, text)] == ["Jake Tapper", "Mary Roe", "Jake Tapper", "Mary Roe"]


def test_a_surname_label_with_no_full_name_before_it_stays_a_surname(registry):
    text = "Transcript\n\nTAPPER: Will he win?\n\nJAKE TAPPER: Next.\n\nBLITZER: Thanks.\n"
    assert [sp for sp, _ in _turns(registry, text)] == ["Tapper", "Jake Tapper", "Blitzer"]


def test_a_surname_label_two_full_labels_share_goes_by_its_honorific(registry):
    text = ("Transcript\n\nJOHN ROE: Welcome.\n\nMARY ROE: Thank you.\n\nMS. ROE: I agree.\n\n"
            "MR. ROE: Good.\n\nROE: And you?\n")
    assert [sp for sp, _ in _turns(registry, text)] == ["John Roe", "Mary Roe", "Mary Roe", "John Roe", "Roe"]


def _mentions(registry, text):
    doc = Document("d", "t.txt", text)
    return [(s.speaker, text[s.speaker_start:s.speaker_end] if s.speaker_start is not None else None)
            for s in analyse(doc, registry) if s.section == "body"]


def test_a_turns_sentence_that_names_its_source_itself_has_that_mention(registry):
    # "I think …" names its source as "he said" does: the pronoun is the mention, the label
    # its antecedent; a sentence without such a frame keeps the label
    text = ("Briefing\n\nQ: Will the talks resume?\n\nMR. ROE: Well, I think the talks will resume. We don't "
            "know when. The dates are open.\n\nQ: Thank you.\n")
    got = [(sp, m) for sp, m in _mentions(registry, text) if sp == "Roe"]
    assert got == [("Roe", "I"), ("Roe", "We"), ("Roe", "MR. ROE")]
