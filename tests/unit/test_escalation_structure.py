"""Escalation, structural classes of misses read after batch 4 of the corpus annotations
(which clause holds the statement's act, who performs it): each test on sentences written
for it (none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str) -> float:
    return score.escalation(text)[0]


def test_a_restrictive_relative_clause_describes_a_noun_and_is_no_act_of_the_statement():
    # the act of a relative clause only says which noun is meant: the statement does none
    assert esc("The letter went to a rival that regularly threatens Japan.") == 0
    assert esc("They sell drones that do not threaten anyone.") == 0
    assert esc("We reached the stage where any spark could start a war.") == 0
    assert esc("There are areas where an agreement with Ankara may be impossible.") == 0
    assert esc("They dream of an order in which no one imposes sanctions on anyone.") == 0
    # the main clause's act stands, beside a relative clause or alone
    assert esc("The ministry condemned the militia that shelled the town.") > 0.1
    assert esc("The envoy said that the army attacked the port.") > 0.3


def test_a_non_restrictive_relative_clause_tells_news_of_its_own():
    # after a comma the clause adds a fact, often the act a news sentence reports
    assert esc("The rebel group, which is battling government forces, held a rally.") > 0.3
    assert esc("He backed the accord, from which the government withdrew last year.") != 0
