"""A sentence opened by the speaker's quotation, its frame after it: quotation marks inside the
adjunct of a frame whose subject comes before its verb are the outlet's, so the frame still stays
out of the speaker's words; a quotation that goes on after the frame, or any quotation after an
inverted verb ('"…," said Jane Roe, a voter who …"…"'), keeps the sentence whole."""
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_quoted_word_after_an_inverted_verb_keeps_the_sentence(registry):
    # (the verb right after the opening quotation, its subject after it: the sentence stays
    # whole, as the seeds' annotation has such a sentence; test_attribute_quotes)
    body = '"The wait was truly shameful," said Jane Roe, 34, a voter who stood in an "extraordinarily long line" for hours.'
    assert spoken(registry, body) == [(body, "Jane Roe")]


def test_a_quoted_word_in_an_adjunct_of_the_frame(registry):
    body = '"Let me tell you the facts," Jane Roe said after a brief "sorry" to her rival.'
    assert spoken(registry, body) == [('"Let me tell you the facts,"', "Jane Roe")]


def test_a_quotation_going_on_after_a_conjunction_keeps_the_sentence(registry):
    body = '"This deal must come with enforcement," Jane Roe said, and "clear consequences for any violations."'
    got = spoken(registry, body)
    assert len(got) == 1 and got[0][1] == "Jane Roe" and "clear consequences" in got[0][0]


def test_a_quotation_going_on_after_a_comma_is_the_speakers_too(registry):
    body = '"We are ready," Jane Roe said, "but the vote is not."'
    assert spoken(registry, body) == [('"We are ready,"', "Jane Roe"), ('"but the vote is not."', "Jane Roe")]
