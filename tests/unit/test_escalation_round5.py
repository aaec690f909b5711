"""Escalation, issue 16 round 5: rules written for the general act after reading batches 1-3
only and checked on batches 4-6. Each test on sentences written for it (none from the corpus
or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str, **kw) -> float:
    return score.escalation(text, **kw)[0]


def test_a_conflict_named_by_its_place_is_a_topic():
    # "the Syria war", "the Balkan conflict": where a war is fought names it, no party acts
    assert esc("The plan risks dragging the army deeper into the Syria war.") == 0
    assert esc("Prices rose sharply during the Balkan conflict.") == 0
    assert esc("Fuel prices doubled in the Yemen crisis.") == 0
    # a deed keeps its agent, a possessive and an argument keep the act
    assert esc("The Russian invasion destroyed the town.") > 0.3
    assert esc("Moscow's war has killed thousands.") > 0.3
    assert esc("The Russian war against Georgia killed thousands.") > 0.3


def test_refusing_conflict_in_general_opposes_it_and_refusing_a_deed_warns():
    # a state of war with no agent or target, refused: opposition to conflict (de-escalatory)
    assert esc("We do not tolerate or support any war, anywhere.") < -0.3
    assert esc("Our country will never accept a war in Europe.") < -0.3
    # a deed done to the speaker, or an agent's aggression, refused: a warning (escalatory)
    assert esc("We will not tolerate any attack on our territory.") > 0.3
    assert esc("We will not tolerate any Iranian aggression in the Gulf.") > 0.3


def test_a_deed_ordered_to_stop_is_a_demand_and_a_war_ordered_to_end_an_appeal():
    # audit A4 (b): a party's conduct ordered to stop is a demand on that party
    assert esc("The shelling of our villages must stop.") > 0.3
    assert esc("Their aggression has to end now.") > 0.3
    # A4 (c): the end of a war asked for with no party named is an appeal for peace
    assert esc("This war needs to end before the winter.") < -0.3
    # told as a fact, the deed subsides: de-escalation reported
    assert esc("The shelling stopped on Monday.") < -0.3


def test_a_numbered_item_of_a_plan_is_a_heading():
    # audit A10: the item's title is a topic; the plan's acts count where they are stated
    assert esc("The third point is the release of all prisoners.") == 0
    assert esc("The fifth element of the plan is a ceasefire along the line.") == 0
    assert esc("We propose a ceasefire along the line.") < -0.3


def test_saying_a_party_is_responsible_blames_it():
    # CAMEO 112: the predicate of another party accuses it, with or without a named harm
    assert esc("The junta is responsible for the deaths of the protesters.") > 0.1
    assert esc("Every sign shows that the militia was responsible.") > 0.1
    # the speaker's own duty, or a noun's modifier, accuses nobody
    assert esc("We are responsible for the safety of our citizens.") == 0
    assert esc("The office responsible for trade published new figures.") == 0


def test_a_duty_or_the_speaker_s_own_responsibility_blames_nobody():
    assert esc("They should be responsible so that prices stay low.") == 0
    assert esc("We, the leaders of this region, are responsible for its future.") == 0
    assert esc("The government will be responsible for admitting the inspectors.") <= 0


def test_deterring_a_party_s_deed_is_a_warning_and_averting_war_is_not():
    # audit A6: the deed named as the adversary's intent, the measures against it a warning
    assert esc("Our aim is to prevent an invasion of our ally.") > 0.3
    assert esc("The new brigades will deter aggression against our territory.") > 0.3
    # a state of war or of escalation forestalled is no warning
    assert esc("We are working hard to prevent war.") <= 0
    assert esc("Both governments tried to prevent escalation.") <= 0
    # "deter" reads only a hostile act: reassurance beside it is not undone
    assert esc("The ships are here to reassure our partners.") < 0


def test_offering_words_is_no_cooperation():
    # "offer" an assessment, a view, an interpretation: a speech act, not an offer between parties
    assert esc("The two ministers offered sharply different interpretations of the accord.") == 0
    assert esc("I will not offer an assessment of their plans.") == 0
    # offering help or talks stays an offer
    assert esc("We offered technical assistance to the government in Kabul.") < -0.2


def test_a_reader_s_opinion_about_a_named_war_is_no_act():
    # audit A7: a commenter's assessment of an aggression named by its agent's adjective is 0
    assert readers("The scale of Iranian aggression is small next to what we saw in the nineties.") == 0
    assert readers("War against a nuclear power would be madness.") == 0
    # what a reader tells as done, or a party's own deed, still counts
    assert readers("Their troops shelled the school this morning.") > 0.3
    assert readers("Their genocide in the south has not been forgotten.") > 0.3


def readers(text: str) -> float:
    from analysis.model import Statement
    st = Statement(doc_id="d", seq=0, char_start=0, char_end=len(text), section="comment", speaker="u/abc",
                   speaker_kind="commenter", text=text)
    score.score_statement(st, version="v")
    return st.escalation


def test_a_heading_label_before_a_colon_names_the_topic():
    # the label names what the headline is about; the headline's own act decides
    assert esc("Border talks: Ankara condemns the raid") > 0.1
    assert esc("Gas crisis: Moscow and Kyiv sign a new transit deal") < -0.3


def test_signs_of_something_are_no_signing():
    assert esc("The regime has shown no outward signs that it will change course.") == 0
    assert esc("Kyiv and Warsaw signed a transit agreement.") < -0.3


def test_advocating_an_act_performs_its_direction():
    assert esc("Our policy is to promote dialogue between the two parties.") < -0.3
    assert esc("Norway stands for a negotiated settlement.") < -0.3
    assert esc("They promote war in the region.") > 0.3


def test_an_obligation_of_no_party_in_particular_is_an_appeal():
    # audit A4 (c): "there must be", "the world must" ask everyone; the act asked for decides
    assert esc("There must be an end to the violence in the north.") < -0.3
    # a named party's obligation stays a demand on it (A4 (b))
    assert esc("The regime must stop its attacks.") > 0.3
