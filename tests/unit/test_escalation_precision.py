"""Escalation, issue 16 (escprec): acts the scorer invented or reversed. A consultation that
only names what was discussed or when something happened, negation and modality kept to their
own clause, phrasal verbs whose particle changes the sense. Sentences written for these tests
(none from the corpus or a benchmark)."""
from __future__ import annotations

from analysis import score


def esc(text: str) -> float:
    return score.escalation(text)[0]


def test_saying_what_was_discussed_is_no_act():
    # audit A2: a meeting's agenda is a topic
    assert esc("We discussed the border dispute as well.") == 0
    assert esc("The ministers debated the fishing quotas at length.") == 0


def test_a_meeting_as_the_time_or_place_of_something_else_is_no_act():
    assert esc("We spoke a great deal about that in our bilateral meeting.") == 0
    assert esc("We talked a lot about that in our bilateral meeting.") == 0
    assert esc("Trade will be the main theme of next month's annual Ruritania summit.") == 0


def test_a_meeting_held_offered_or_endorsed_stays_a_cooperative_act():
    assert esc("The Ruritanian envoy got a phone call from the Borduria palace.") < -0.05
    assert esc("We are ready to discuss the prisoners with them.") < -0.05
    assert esc("She would be happy to make a return visit to Szohod.") < -0.05
    assert esc("The premier raised the possibility of a Borduria visit to the capital.") < -0.05
    assert esc("We welcome the results of the summit held in Szohod.") < -0.05


def test_a_particle_or_idiom_that_makes_another_verb_is_no_act():
    assert esc("The current deputy will take over as ambassador to Borduria.") == 0
    assert esc("The rebels took over the town hall.") > 0.5  # (the seizure stays)
    assert esc("We have learnt a great deal from our neighbours.") == 0
    assert esc("The two states reached a deal on fishing.") < -0.3


def test_a_summit_held_is_the_light_verbs_object_not_a_time_frame():
    assert esc("I am very happy that the heads of the three states held a second summit in Szohod.") < -0.05


def test_what_has_not_subsided_goes_on():
    # a negated verb of subsiding leaves the act going on, no easing (issue 16's example kind)
    assert esc("We condemn the attacks which have not stopped.") > 0.2
    assert esc("The shelling of the port has not yet stopped.") > 0.5
    assert esc("The shelling of the port stopped on Monday.") < -0.3
    assert esc("Tensions along the border never eased.") > 0


def test_disapproving_a_deed_of_force_with_no_agent_is_restraint():
    # "does not endorse this attack": an ally's offensive opposed (audit A4 (c))
    assert esc("Ruritania does not endorse this attack and told its ally so.") < -0.2
    assert esc("We don't support a ground offensive into the valley.") < -0.2
    # a named agent's deed not supported stays a criticism of it
    assert esc("We do not support Borduria's attack on Ruritania.") > 0.2


def test_a_negation_with_an_exception_after_the_act_does_the_act():
    # "not … anyone but X": the act is done, to X alone
    assert esc("This would not harm anyone else but the Bordurians themselves.") > 0.3
    assert esc("They will not attack anyone but the rebels.") > 0.3
    assert esc("This would not harm anyone.") < 0  # (no exception: the harm is denied)


def test_a_cooperative_event_named_as_a_time_frame_is_no_act():
    # "following the talks", "during today's talks", "As for the talks": when or about what
    assert esc("News conference following the Ruritanian-Bordurian talks.") == 0
    assert esc("The main theme during today's talks was the harvest.") == 0
    assert esc("As for the negotiations between Ruritania and Borduria.") == 0
    # the talks held, or of a time-frame's own subject, stay acts
    assert esc("Ruritania and Borduria held talks in Szohod.") < -0.3
    assert esc("Shelling went on until the aggression stopped.") != 0


def test_a_hostile_act_found_absent_or_denied_to_have_happened_is_no_act():
    # an assessment that the act is not there is no reassurance between parties
    assert esc("We don't see any sort of credible threat to the homeland.") == 0
    assert esc("We have not seen any threat from the militia.") == 0
    assert esc("The ministry repeated its claim that no chemical attack occurred.") == 0
    # a party's own refusal of the act stays reassurance
    assert esc("We will not attack anyone.") < -0.3


def test_the_main_clause_act_is_read_before_a_concessive_clause_act():
    # "despite …": the concession sets the scene, the main clause states the act
    assert esc("Despite our efforts to begin serious diplomacy, Borduria continues to violate the sanctions.") > 0.1
    assert esc("Although they violated the truce twice, the two sides signed the peace agreement.") < -0.1


def test_a_negated_denial_admits_and_does_no_act():
    assert esc("We cannot deny that the last years have been hard for us.") == 0
    assert esc("The spokesman did not deny the reports.") == 0
    assert esc("Moscow denied the charges.") > 0  # (the denial itself: CAMEO 016)


def test_an_appeal_to_extradite_someone_is_a_demand():
    # audit A4 (a): asking another party to hand someone over acts against that someone
    assert esc("The ministry repeatedly urged the Bordurian authorities to extradite the bomber.") > 0.3
    assert esc("Borduria extradited the suspect to Ruritania.") < -0.3  # (done: judicial cooperation)


def test_a_demand_stated_with_its_content_is_a_demand():
    # a speech-act noun with its that-clause; the mandative subjunctive orders the undoing
    assert esc("The list included his demand that Borduria stop arming the rebels.") > 0.3
    assert esc("He repeated his insistence that the threat of force be removed from the text.") > 0.3
    assert esc("The threat of force was removed from the text.") < 0  # (told as done: it subsides)


def test_a_readers_cooperative_noun_with_no_party_in_its_clause_is_no_act():
    from analysis.model import Statement

    def reader(text: str) -> float:
        st = Statement(doc_id="d", seq=0, char_start=0, char_end=len(text), text=text, section="comment",
                       speaker="u/abc", speaker_kind="commenter")
        score.score_statement(st, version="v")
        return st.escalation

    assert reader("and the real work of hammering out backroom agreements can go on in earnest.") == 0
    assert reader("Ruritania and Borduria signed a peace agreement yesterday.") < -0.3


def test_a_consultation_praised_stays_a_cooperative_act():
    # audit A2: praising the talks ("constructive", "fruitful") is de-escalatory
    assert esc("During our talks we managed to constructively discuss the whole agenda.") < -0.05
