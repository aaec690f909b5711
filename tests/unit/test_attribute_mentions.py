"""Each attributed statement records where the document named its source (speaker_start /
speaker_end): the name, the pronoun, the noun phrase or the transcript label the rules read
its speaker from, so that an analyst can check "he" -> Trump. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def mentions(registry, text, **kw):
    """sentence text -> (speaker, the words its mention covers, or None)."""
    doc = Document("d", "t.txt", text, published=kw.pop("published", "2021-12-02"), **kw)
    out = {}
    for s in analyse(doc, registry):
        if s.cue == "frame":
            continue
        said = text[s.speaker_start:s.speaker_end] if s.speaker_start is not None else None
        out[s.text] = (s.speaker, said)
    return out


def find(got, part):
    hits = [v for k, v in got.items() if part in k]
    assert len(hits) == 1, (part, got)
    return hits[0]


def test_a_pronoun_source_is_the_pronoun_and_its_antecedent_the_speaker(registry):
    t = ("Talks.\n\nMargaret Ellison met the press on Monday.\n\n"
         '"We have a deal on the table," she said.\n')
    assert find(mentions(registry, t), "We have a deal") == ("Margaret Ellison", "she")


def test_a_named_source_before_and_after_the_verb(registry):
    t = ("Budget.\n\nThomas Varga said the plan was fair and would pass.\n\n"
         '"The numbers do not add up," said Karen Whitlow, a council member.\n')
    got = mentions(registry, t)
    assert find(got, "the plan was fair") == ("Thomas Varga", "Thomas Varga")
    assert find(got, "do not add up") == ("Karen Whitlow", "Karen Whitlow")


def test_a_nominal_source_is_its_noun_phrase(registry):
    t = ("Strike.\n\nThe strike hit a depot near the border.\n\n"
         "A local official said the depot had been empty for weeks.\n")
    speaker, said = find(mentions(registry, t), "empty for weeks")
    assert said == "A local official" and speaker.startswith("(unnamed")


def test_according_to_points_at_the_source_after_it(registry):
    t = "Budget.\n\nThe plan will cost more than promised, according to Karen Whitlow.\n"
    assert find(mentions(registry, t), "cost more") == ("Karen Whitlow", "Karen Whitlow")


def test_a_quotation_that_continues_keeps_the_mention_of_its_opening_line(registry):
    t = ("Budget.\n\n"
         '"The numbers do not add up," Karen Whitlow told reporters.\n\n'
         '"We will vote against it on Tuesday and again next month if we must."\n')
    got = mentions(registry, t)
    assert find(got, "We will vote against it") == ("Karen Whitlow", "Karen Whitlow")


def test_a_transcript_turn_points_at_its_label(registry):
    t = ("Press briefing\n\nMS. PSAKI: Sure.\n\nQ    Will there be more sanctions?\n\n"
         "MS. PSAKI: We will see.\n\nQ — on energy. What about gas?\n\nMS. PSAKI: Go ahead.\n")
    got = mentions(registry, t, kind="transcript")
    assert find(got, "We will see.") == ("Jen Psaki", "MS. PSAKI")
    assert find(got, "Will there be more sanctions?") == ("(reporter)", "Q")
    assert find(got, "Q — on energy.") == ("(reporter)", "Q")


def test_narration_names_no_source(registry):
    t = "Budget.\n\nThe council met on Monday to discuss the plan.\n"
    assert find(mentions(registry, t), "The council met") == ("(narrator)", None)
