"""Escalation, issue 16 round 7 (esc5): structural readings kept only when they helped both
the batches read in earlier rounds (1-6) and the blind ones (7-10). Each test on sentences
written for it (none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str, **kw) -> float:
    return score.escalation(text, **kw)[0]


def test_a_negated_fact_is_no_act():
    # a hostile act negated on a finite do/be/have says a fact is not so: no act, not reassurance
    assert esc("This is not a border war.") == 0
    assert esc("The ministry wasn't responsible for the bombing of the bridge.") == 0
    assert esc("The rebels did not attack the convoy.") == 0
    assert esc("Few allies have joined the sanctions against Ruritania.") > 0.3  # (un-negated: the act)
    assert esc("Few allies have not joined the sanctions against Ruritania.") == 0
    assert esc("Our navy didn't provoke this crisis.") == 0


def test_a_denied_intent_or_the_speakers_own_conduct_stays_reassurance():
    # a modal or "never": a commitment; a verb of intent; the speaker's own conduct disowned
    assert esc("We will never attack our neighbours.") < -0.3
    assert esc("Ruritania does not want a war with its neighbours.") < -0.3
    assert esc("Our allies are not going to war with Ruritania.") < -0.3
    assert esc("They're not looking for a war with anyone.") < -0.3
    assert esc("We do not threaten anyone.") < -0.3
    assert esc("We're not a threat to Ruritania.") < -0.15
    assert esc("We harbour no hostile intentions toward our neighbours.") < -0.15
