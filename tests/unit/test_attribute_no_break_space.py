"""A no-break space (U+00A0) is a space (issue 11, names): web pages put one inside names
("Karl\\xa0Hobbs"), after titles ("Sen.\\xa0Karl Hobbs") and before quotations
('replied,\\xa0"…'). The name is read as it would be with a plain space, and every statement
still gives the document's own text at its offsets. Short examples of our own."""
from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse

NB = "\xa0"


def _statements(body):
    text = "Local news.\n\n" + body + "\n"
    return text, analyse(Document("d", "t.txt", text, published="2016-09-20"), load_registry())


def _said(body):
    text, sts = _statements(body)
    return {s.text: s.speaker for s in sts}


def test_a_name_with_a_no_break_space_inside_is_read_whole():
    got = _said(f"Council Director Karl{NB}Hobbs stated that the case was closed.")
    assert got["the case was closed."] == "Karl Hobbs"
    got = _said(f"The case is closed, according to Sen.{NB}Karl Hobbs.")
    assert got["The case is closed,"] == "Karl Hobbs"


def test_the_surname_alone_later_is_the_person_named_in_full():
    got = _said(f'Karl{NB}Hobbs arrived late. "The case is closed," Hobbs said.')
    assert got['"The case is closed,"'] == "Karl Hobbs"


def test_a_no_break_space_before_a_quotation():
    body = f'After the host asked who would win, Ana Ruiz replied,{NB}"The mayor will."'
    got = _said(body)
    assert got['"The mayor will."'] == "Ana Ruiz"


def test_statements_keep_the_documents_own_text():
    text, sts = _statements(f"Council Director Karl{NB}Hobbs stated that the case was{NB}closed.")
    assert sts and all(s.text == text[s.char_start:s.char_end] for s in sts)
    assert any(NB in s.text for s in sts)
