"""A speaker's quotation of several sentences is a statement per sentence, each the speaker's:
a reader marks statements sentence by sentence, and the last sentence, with the frame that
closes it, is matched to its own row."""
from tests.news_text import best_row, registry, statements  # noqa: F401  (the shared registry fixture)


def test_a_quotation_of_two_sentences_is_two_statements_of_its_speaker(registry):
    body = ('"It is dawning on many of us in the harbour town. Of course he is trying to look tough, that he is '
            'not Mr. Doe," says Jane Roe, editor of the Pier Review, a weekly journal of the coast.')
    rows = [r for r in statements(registry, body) if r.speaker == "Jane Roe"]
    assert [(r.text, r.cue) for r in rows] == [
        ('"It is dawning on many of us in the harbour town.', "says"),
        ('Of course he is trying to look tough, that he is not Mr. Doe,"', "continuation")]
    last = 'Of course he is trying to look tough, that he is not Mr. Doe," says Jane Roe, editor of the Pier Review, ' \
           'a weekly journal of the coast.'
    assert best_row(body, last, statements(registry, body)).speaker == "Jane Roe"


def test_abbreviations_and_initials_do_not_end_a_sentence(registry):
    body = '"The U.S. Army and Mr. Doe will stay. We agree," said Jane Roe.'
    rows = [r.text for r in statements(registry, body) if r.speaker == "Jane Roe"]
    assert rows == ['"The U.S. Army and Mr. Doe will stay.', 'We agree,"']
