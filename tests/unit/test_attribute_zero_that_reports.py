""""reports" and "notes" before a clause with no "that" (issue 11, outlets and organisations as
sources): "The Pier Times reports Roe will resign" is the paper's report; "News reports say …"
and "Roe reports investments in …" (a noun, an object) are not. Short examples of our own."""
import pytest

from analysis.attribute.sources import that_verb_ok
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


@pytest.mark.parametrize("body, said", [
    ("The Pier Times reports Jane Roe will endorse John Doe at a rally.",
     ("Jane Roe will endorse John Doe at a rally.", "Pier Times")),
    ("The Pier Foundation notes the minimum wage is usually paid to new workers.",
     ("the minimum wage is usually paid to new workers.", "Pier Foundation")),
])
def test_an_outlets_report_of_a_clause_without_that(registry, body, said):
    assert spoken(registry, body) == [said]


def test_an_object_after_reports_is_no_clause():
    s = "Roe reports investments in Pier Motor Credit worth a million dollars."
    assert not that_verb_ok(s, "reports", s.index("reports") + len("reports"))


def test_a_plural_noun_before_its_verb_is_no_report():
    s = "News reports say Roe will resign."
    assert not that_verb_ok(s, "reports", s.index("reports") + len("reports"))
