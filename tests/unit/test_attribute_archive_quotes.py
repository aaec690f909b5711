"""Archives that write a double quotation mark as two single ones: three in a row close a
quotation within a quotation and then the quotation itself (attribute/patterns.DOUBLE_SINGLE_RE)."""
from analysis.attribute.patterns import DOUBLE_SINGLE_RE
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_three_marks_that_close_are_the_inner_mark_then_the_double_one():
    u = "''I would use the word 'plain,''' said Jane Roe."
    assert DOUBLE_SINGLE_RE.sub('" ', u) == "\" I would use the word 'plain,'\"  said Jane Roe."


def test_three_marks_that_open_are_the_double_one_then_the_inner_mark():
    u = "He said: '''Tis the season,'' and left."
    assert DOUBLE_SINGLE_RE.sub('" ', u) == "He said: \" 'Tis the season,\"  and left."


def test_a_quotation_that_ends_with_a_quotation_within_it_is_the_speakers(registry):
    body = "''Sometimes they say, 'Yeah, Doe is right,''' said Jane Roe, who was born in Pier."
    assert spoken(registry, body) == [("''Sometimes they say, 'Yeah, Doe is right,'''", "Jane Roe")]


def test_with_the_speaker_before_the_verb(registry):
    body = "''I would use the word 'old-school,''' Jane Roe said of the family."
    assert spoken(registry, body) == [("''I would use the word 'old-school,'''", "Jane Roe")]
