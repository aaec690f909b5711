"""Statement spans of attributed sentences (issue 11, recall): the statement is what its
source says, believes or intends, the outlet's reporting frame around it left as narration,
each class on short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def statements(registry, text, published="2021-12-02"):
    doc = Document("d", "t.txt", text, published=published)
    sts = analyse(doc, registry)
    for s in sts:  # the export contract: every statement is the document's own text
        assert text[s.char_start:s.char_end] == s.text
    return {s.text: s.speaker for s in sts}


def test_the_object_of_a_belief_or_mention_verb_is_the_statement(registry):
    t = ("Budget.\n\nLavrov proclaimed a new era of cooperation with Beijing.\n\n"
         "Blinken hoped the ministers would return to the table.\n\n"
         "Greta Lindqvist cited the drought as the reason for the losses.\n")
    got = statements(registry, t)
    assert got["a new era of cooperation with Beijing."] == "Sergey Lavrov"
    assert got["the ministers would return to the table."] == "Antony Blinken"
    assert got["the drought as the reason for the losses."] == "Greta Lindqvist"
    assert got["Lavrov proclaimed"] == got["Blinken hoped"] == "(narrator)"


def test_calling_something_a_name_keeps_the_name_calling_as_the_statement(registry):
    t = 'Vote.\n\nGreta Lindqvist called the ruling "a victory for farmers" on Friday.\n'
    got = statements(registry, t)
    assert got['the ruling "a victory for farmers" on Friday.'] == "Greta Lindqvist"


@pytest.mark.parametrize("verb", ["accused", "warned", "blamed", "urged", "praised"])
def test_a_verb_that_is_an_act_keeps_its_whole_sentence(registry, verb):
    s = f"Lavrov {verb} the alliance over the new bases in the east."
    got = statements(registry, "Talks.\n\n" + s + "\n")
    assert got[s] == "Sergey Lavrov"
