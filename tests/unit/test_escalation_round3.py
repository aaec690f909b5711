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


def test_the_frame_of_a_quotation_acts_when_its_verb_has_an_object():
    # the frame's verb with an object reports an act of its own when the quotation does none
    framed = 'condemned the raid in a statement: "Our patience is not endless and everybody knows it."'
    assert esc(framed) > 0.1
    assert any("(in the attribution)" in c and "condemned the raid" in c for c in cues(framed))
    assert esc('praised the mediators on Sunday: "This is a good day for everybody in the valley."') < -0.1
    # a verb alone says how the words were said, and a verb of permission takes an act, no party
    assert esc('"Our patience is not endless and everybody knows it," the minister warned.') == 0
    assert esc('allowing the water "to reach the lower floors of the houses in the valley."') == 0
    # beside the own words' act, the frame only adds its verb at half weight, as before
    assert esc('"We are ready for talks," Lavrov warned.') < 0


def test_a_capitalised_cue_after_a_party_s_possessive_is_its_institution_not_a_name():
    assert esc("The meeting was about strengthening our Alliance in the east.") < -0.2
    assert esc("We will deepen our Partnership with the Andean states.") < -0.2
    # a capitalised event word after an article is a name, as before
    assert esc("He made a film about the Korean War.") == 0


def test_a_reader_s_must_be_before_no_participle_is_an_inference_not_a_demand():
    assert esc("Poor guy, he must be a nervous wreck by now.", party=False) == 0
    assert esc("It must be hard for them to sleep.", party=False) == 0
    # a demand stays one: a passive, or any party's words
    assert esc("Putin must be stopped.", party=False) > 0.3
    assert esc("The regime must be a partner for peace.") != 0


def test_i_agree_with_nothing_after_it_is_assent_in_the_conversation():
    assert esc("Exactly, I agree.") == 0
    assert esc("That is a real problem, I agree.") == 0
    # with an object, or said by a party of itself, it is an agreement
    assert esc("I agree with the Turkish proposal on the corridor.") < -0.2
    assert esc("We agree.") < -0.2


def test_restarting_or_reviving_talks_performs_them_as_resuming_does():
    assert esc("Hopes of restarting the peace talks rest on the envoys.") < -0.2
    assert esc("The mediators want to revive negotiations on the border.") < -0.2
    # without a light verb or an argument the noun is a topic, as before
    assert esc("A book about peace talks came out.") == 0


def test_downing_an_aircraft_is_an_attack_and_down_alone_is_no_verb():
    assert esc("Rebel gunners downed a military helicopter near the border.") > 0.5
    assert esc("Prices went down after the election.") == 0
    assert esc("Downing Street declined to comment on the report.") == 0
