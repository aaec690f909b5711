"""Issue 11, quotations written with two apostrophes, as some papers write them ("''Why not?''
Mr. Roe asked."): a quotation cut off by its own question mark before a sentence that opens
with its speaker and verb is that speaker's, as with double quotes, not the speaker before.
Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("open_, close", [("''", "''"), ("“", "”"), ('"', '"')])
def test_a_question_before_its_tail_is_the_tails_speaker(registry, open_, close):
    body = (f"Jane Roe spoke on Monday. {open_}We will see,{close} she said. "
            f"{open_}Can we win Ohio?{close} Mr. Pier asked.")
    assert (f"{open_}Can we win Ohio?{close}", "Pier") in spoken(registry, body)


def test_the_tail_of_an_apostrophe_quotation_is_the_outlets_frame(registry):
    body = "Jane Roe spoke on Monday. ''Can we win Ohio?'' Mr. Pier asked."
    assert [w for w, _ in spoken(registry, body)] == ["''Can we win Ohio?''"]
