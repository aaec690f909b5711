"""Escalation, classes of acts read after batches 4 and 5 of the corpus annotations: each test
on sentences written for it (none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str, **kw) -> float:
    return score.escalation(text, **kw)[0]


def cues(text: str, **kw) -> tuple[str, ...]:
    return score.escalation(text, **kw)[1]


def test_acting_together_and_restrictions_on_a_party_are_acts():
    # English idioms of cooperation (050) and nouns of CAMEO acts, read with their arguments
    assert esc("The crisis obliges the two governments to join forces against the smugglers.") < -0.2
    assert esc("The ministers praised the joint efforts of Athens and Ankara.") < -0.2
    assert esc("The friendship between Hanoi and Vientiane has deepened.") < -0.2
    assert esc("The council imposed travel restrictions on the junta's leaders.") > 0.3
    assert esc("Nobody should try to coerce Moldova.") < 0 < esc("The envoy accused Moscow of trying to coerce Moldova.")
    # a noun without its arguments is a topic, as every noun cue
    assert esc("Restrictions are a topic of the seminar.") == 0
