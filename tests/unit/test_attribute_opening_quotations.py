"""A quotation that opens the sentence stays its frame's speaker's when a quotation further on
in the frame's clause is somebody else's or the outlet's (attribute/frames._QUOTATION_GOES_ON_RE)."""
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_quotation_inside_a_later_clause_of_the_frame(registry):
    body = ("“It is misleading to imply that the bill was a bailout,” Jane Roe tweeted after John Doe argued "
            "for the second time that “if everyone had voted as he voted, we would not have rescued the industry.”")
    assert ("“It is misleading to imply that the bill was a bailout,”", "Jane Roe") in spoken(registry, body)
    assert all("after John Doe argued" not in t for t, s in spoken(registry, body))


def test_a_word_the_frame_quotes(registry):
    body = "\"Anyone claiming that the levy is unfair is peddling fiction,\" Jane Roe told the council, who could guess the \"anyone\" she meant."
    assert spoken(registry, body) == [("\"Anyone claiming that the levy is unfair is peddling fiction,\"", "Jane Roe")]


def test_the_speakers_quotation_going_on_after_a_comma(registry):
    body = "\"We are ready,\" Jane Roe said, \"and we will win the vote in Pier.\""
    assert spoken(registry, body) == [("\"We are ready,\"", "Jane Roe"), ("\"and we will win the vote in Pier.\"", "Jane Roe")]


def test_the_speakers_quotation_going_on_after_a_conjunction(registry):
    body = "\"This deal must come with vigorous enforcement,\" Jane Roe said, and \"clear consequences for any violations.\""
    got = spoken(registry, body)
    assert len(got) == 1 and got[0][1] == "Jane Roe" and "clear consequences" in got[0][0]
