"""An opening phrase of the outlet's before the quotation a tail frame credits ('As for the
mayor's plans, "I write them off," Jane Roe said.'): the statement is the quotation alone; a
quotation that goes on from the words before it with a conjunction keeps them."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_an_opening_phrase_before_a_credited_quotation_is_the_outlets(registry):
    body = 'As for the mayor\'s more extreme plans, "I kind of write them off," Jane Roe said.'
    assert spoken(registry, body) == [('"I kind of write them off,"', "Jane Roe")]


def test_an_inverted_tail_frame_with_a_description(registry):
    body = 'Whatever the mayor\'s impact on the race, "his chances are very slim," says Jane Roe, co-author of a study.'
    assert spoken(registry, body) == [('"his chances are very slim,"', "Jane Roe")]


def test_a_quotation_that_goes_on_with_a_conjunction_keeps_the_words_before_it(registry):
    body = 'The ferry will close, "and that is a shame," Jane Roe said.'
    assert spoken(registry, body) == [('The ferry will close, "and that is a shame,"', "Jane Roe")]
