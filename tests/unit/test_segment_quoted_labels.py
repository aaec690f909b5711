"""A transcript quoted paragraph by paragraph, each opening with a quotation mark before its
capitalised speaker label ('"ROE: …'): each paragraph is that speaker's turn. Short examples
of our own. (Three labels at least make a transcript.)"""
from tests.news_text import registry, spoken  # noqa: F401


def test_a_quotation_mark_before_a_label(registry):
    body = ("Host Jane Roe asked Senator John Doe about the pier on Sunday.\n\n"
            "\"ROE: Senator, do you really see those two as equal?\n\n"
            "\"DOE: Well, the question really should be why the city invited him.\n\n"
            "\"ROE: Let us turn to the budget.")
    said = spoken(registry, body)
    assert ("Senator, do you really see those two as equal?", "Jane Roe") in said
    assert ("Well, the question really should be why the city invited him.", "John Doe") in said
