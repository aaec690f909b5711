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


def test_a_force_verb_on_a_non_hostile_object_after_its_adjectives_is_another_sense():
    # the object's head after determiners and adjectives decides, and a passive's subject
    assert esc("The president struck a softer tone toward Beijing.") == 0
    assert esc("A compromise was struck between Ankara and Athens.") == 0
    assert esc("We are fighting the pandemic together.") == 0
    assert esc("Iran and six world powers struck a historic deal on Sunday.") < -0.3
    assert esc("The army struck rebel positions near the border.") > 0.5


def test_an_ing_event_word_with_its_object_is_the_verb_of_an_act():
    # "shelling the villages" has its object: the act itself, not a topic noun
    assert esc("The army kept shelling the villages.") > 0.5
    assert esc("Footage showed the militia bombing its own people.") > 0.5
    # the noun alone after a determiner names a topic
    assert esc("He spoke about the bombing.") == 0


def test_a_past_cooperative_act_that_did_not_happen_is_no_refusal():
    # "did not" tells that the act is absent; a refusal is a present or future "will not"
    assert esc("Under the old policy, we did not forge a single peace treaty for years.") == 0
    assert esc("The banks didn't agree to the new rules.") == 0
    assert esc("We will not sign this treaty.") > 0.3
    assert esc("We cannot agree to that deal.") > 0.1


def test_a_threat_countered_or_faced_is_a_danger_not_a_threat_made():
    assert esc("We must work when it comes to countering global threats.") == 0
    # (joining efforts is cooperation, 050: the appeal is de-escalatory, the threat no threat made)
    assert esc("We must join efforts when it comes to countering global threats.") < 0
    assert not any(c.startswith("threat") for c in score.escalation(
        "We must join efforts when it comes to countering global threats.")[1])
    assert esc("Our partners face new threats there as well.") == 0
    # a threat made, or one whose maker is named, stays
    assert esc("Moscow issued new threats against Kyiv.") > 0.2
    assert esc("The country faces a threat from the militias in the north.") > 0.2


def test_giving_money_or_goods_to_a_party_is_aid():
    assert esc("The EU has provided 5 billion euros to Ukraine.") < -0.3
    assert esc("Japan delivered two million doses of vaccine to 40 countries.") < -0.3
    # troops sent, a speech given, a noun of supply: no aid
    assert esc("He gave a long speech to the assembly.") == 0
    assert esc("The supply of grain to the region is low.") == 0
    assert esc("They sent troops to the border.") > 0.3


def test_an_obligation_asked_of_every_side_is_an_appeal_not_a_demand():
    assert esc("The parties must reach an agreement on the new government.") < -0.3
    assert esc("All parties must respect the ceasefire.") < -0.3
    assert esc("Both sides must stop the shelling.") < -0.3
    # asked of one party, it stays a demand
    assert esc("Russia must withdraw its troops.") > 0.3
