"""A report whose complement holds a quotation that opens with a verb ('Roe said Doe "says …"'):
the quoted words are the outer speaker's, the verb inside the marks no report of its own."""
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


def test_a_verb_inside_the_quotation_keeps_the_outer_speaker(registry):
    # the quoted words are Roe's about Doe: the verb inside the marks is no report of Doe's
    body = 'Voters are split. Jane Roe said John Doe "says whatever he needs to say to get elected."'
    assert ('John Doe "says whatever he needs to say to get elected."', "Jane Roe") in spoken(registry, body)


def test_a_relayed_report_outside_quotation_marks_stays_relayed(registry):
    body = 'Voters are split. A spokesman said Jane Roe reiterated her support for the harbour bill.'
    assert all(who != "(unnamed spokesman)" or "reiterated" not in text for text, who in spoken(registry, body))



def test_a_quotation_opening_with_a_verb_in_a_subordinate_clause_is_no_report(registry):
    # ("as she "endorses" Doe": the writer's scare quotes on the verb, inside a clause of "as")
    body = 'Voters are split. The lies from Jane Roe as she "endorses" John Doe do not fool them.'
    assert spoken(registry, body) == []
