"""Escalation reads the act a statement does or reports, not the words it contains
(issue 16's definition). Sentences written for these tests, except where a test says it
quotes the issue."""
from __future__ import annotations

import pytest

from analysis import score
from analysis.model import Statement


def esc(text: str) -> float:
    return score.escalation(text)[0]


def cues(text: str) -> tuple[str, ...]:
    return score.escalation(text)[1]


def statement(text: str, speaker: str = "Sergey Lavrov", kind: str = "person") -> Statement:
    return Statement(doc_id="d", seq=0, char_start=0, char_end=len(text), section="body", speaker=speaker,
                     speaker_kind=kind, text=text)


def readers(text: str) -> float:
    """The escalation of ``text`` written by a reader (a commenter), through score_statement."""
    st = statement(text, speaker="u/abc", kind="commenter")
    score.score_statement(st, version="v")
    return st.escalation


# ------------------------------------------------------------------ no act: 0 whatever words appear

@pytest.mark.parametrize("text", [
    # the examples of words in another sense, condolences and topics
    "Our thoughts and prayers go out to all those that were hurt and injured in this attack.",
    "He said he didn't want to be involved in \"endless, senseless wars.\"",
    "I did not want to fight these endless, senseless wars.",
    "The direct insults were striking because the two leaders had been so friendly.",
    "There is a striking similarity between the two proposals.",
    "We must fight poverty in every region.",
    "The earthquake destroyed villages along the coast.",
    "She made a documentary about the Korean War.",
    "They discussed the ongoing blockade of key bridges by truckers.",
    # topics
    "Those experiences taught me the cost of war.",
    "The peace prize was awarded on Friday.",
    "Sanctions are a subject for economists.",
])
def test_topics_other_senses_and_condolences_are_not_escalation(text):
    assert abs(esc(text)) < 0.15, cues(text)


def test_a_reporters_question_is_not_escalation():
    assert esc("Can you tell us what weapons the U.S. is sending since the attacks?") == 0
    assert esc("Will Moscow retaliate against the sanctions?") == 0
    st = statement("You spoke about the attack on the convoy and the sanctions.", speaker="(reporter)",
                   kind="journalist")
    score.score_statement(st, version="v")
    assert st.escalation == 0 and st.escalation_cues == ()
    assert st.tone is not None  # a question still has a tone


def test_tone_is_not_an_input():
    for text in ("What a wonderful, glorious, happy day!", "This is a horrible, disgusting, tragic day."):
        value, labels = score.escalation(text)
        assert value == 0 and labels == ()
    st = statement("We are furious, disgusted and deeply, deeply unhappy.")
    score.score_statement(st, version="v")
    assert st.tone < -0.5 and st.escalation == 0


# ------------------------------------------------------------------ acts, graded

def test_acts_are_graded_threat_of_force_over_protest_over_criticism():
    threat = esc("Russia threatens military action against Ukraine.")
    protest = esc("Russia protests to Ukraine.")
    criticism = esc("Russia criticises Ukraine.")
    assert threat > protest > criticism > 0
    assert threat < 0.99  # only the most extreme acts come near +-1


def test_event_nouns_count_with_their_arguments():
    assert esc("Turkey launched an offensive against Kurdish fighters.") > 0.5
    assert esc("Washington imposed new sanctions on Moscow.") > 0.5
    assert esc("The two sides held talks in Geneva.") < -0.3
    assert esc("Russian shelling hit the town.") > 0.5


# ------------------------------------------------------------------ negation, condition, modality

def test_negation_changes_the_act():
    # the examples
    assert esc("We harbour no hostile intentions toward our neighbours.") < -0.15  # reassurance
    assert esc("We will not stand idly by if our citizens are harmed.") > 0.15  # a warning
    assert esc("Moscow did not refuse to negotiate.") < 0
    assert esc("The army will not attack the city.") < 0 < esc("The army will attack the city.")


def test_conditions_change_the_act():
    offer = "If the sanctions are lifted, we will resume the talks."  # the example
    assert esc(offer) < -0.15
    assert any(c.startswith("conditional offer") for c in cues(offer))
    threat = "If the alliance moves its missiles to our border, we will respond."
    assert esc(threat) > 0.15
    assert any(c.startswith("conditional threat") for c in cues(threat))


def test_modality_changes_the_act():
    assert esc("Nothing is off the table.") > 0.15  # the example: a threat
    assert 0 < esc("Russia may impose sanctions.") < esc("Russia will impose sanctions.")


def test_a_performed_act_outweighs_a_reported_one():
    assert esc("We will strike the bases.") > esc("They struck the bases last year.") > 0
    assert esc("We condemn the decision.") > esc("The ministry condemned the decision.") > 0


def test_a_demand_needs_a_party():
    assert esc("Libya must hand over the suspects.") > 0.3
    assert abs(esc("The world must do more.")) < 0.15
    assert abs(esc("Our goal must be clear.")) < 0.15


# ------------------------------------------------------------------ the cues explain the score

def test_cues_say_the_act_in_words():
    (cue,) = [c for c in cues("If attacked, Moscow will respond with all means.") if c.startswith("threat")]
    assert cue.startswith('threat (consequence): "moscow will respond')
    assert cue.endswith("(CAMEO 130, Goldstein -4.4 -> +0.40)")
    for c in cues("We will not stand idly by if our citizens are harmed; Moscow warned."):
        assert ";" not in c  # the export joins cues with ";"


def test_a_readers_guess_is_no_act_but_what_it_reports_is():
    guess = statement("If he invades, the west will sanction Russia.", speaker="u/abc", kind="commenter")
    report = statement("Russia has imposed sanctions on Poland.", speaker="u/abc", kind="commenter")
    official = statement("If he invades, the west will sanction Russia.", speaker="Antony Blinken")
    for st in (guess, report, official):
        score.score_statement(st, version="v")
    assert abs(guess.escalation) < 0.15
    assert report.escalation > 0.3
    assert official.escalation > 0.3  # a party's conditional threat


def test_an_imperative_opening_a_sentence_is_an_act():
    assert esc("Impose sanctions on them now.") > 0.3
    assert esc("Punish them for it.") > 0.3
    assert esc("Reports of the war reached the capital.") == 0  # a noun opening a sentence


def test_force_needs_a_party():
    assert abs(esc("It would be enough to destroy the whole world twice over.")) < 0.15
    assert esc("Government forces destroyed the rebel base.") > 0.5


def test_a_demand_is_the_act_whatever_it_demands():
    assert esc("Iraq must cooperate fully with the inspectors.") > 0.3
    assert esc("Baghdad issued an ultimatum to halt the raids.") > 0.3


def test_cooperation_endorsed_or_done_is_de_escalatory():
    assert esc("I consider our financial cooperation very important.") < -0.15
    assert esc("We worked with partners to send Ukraine tanks.") < -0.15
    assert esc("China will always stand with developing countries.") < -0.15
    assert abs(esc("The cooperation agenda was printed on page four.")) < 0.15


def test_a_readers_prediction_is_no_act_but_a_partys_promise_is():
    """A commenter's "will", "going to", "can" is a guess at what may happen; the same
    words from a party announce an act."""
    for text in ("Next week the Kremlin will be demanding an apology from Berlin.",
                 "He is going to invade the east, mark my words.",
                 "They can even win some concessions from Moscow."):
        assert readers(text) == 0, text
    official = statement("Next week we will impose new sanctions on the regime.", speaker="Antony Blinken")
    reader = statement("The regime imposed new sanctions on its neighbour last week.", speaker="u/abc",
                       kind="commenter")
    announced = statement("The Kremlin said it will impose sanctions on the Baltic states.", speaker="u/abc",
                          kind="commenter")  # a reader reporting a party's announcement
    for st in (official, reader, announced):
        score.score_statement(st, version="v")
        assert st.escalation > 0.3, st.text  # a party's announcement; a reader's report of an act


def test_refusing_to_tolerate_a_hostile_act_is_a_warning():
    """Negating "tolerate" keeps a hostile act escalatory: a warning against it (like the
    issue's "we will not stand idly by"), graded below the act itself."""
    for text in ("We will not tolerate any attack on our territory.",
                 "Ankara will tolerate no further shelling of its border towns by the militia.",
                 "Our country won't stand for these provocations by the junta."):
        assert 0.05 < esc(text) < 1.0, text
        assert any("warned against" in c for c in cues(text)), text
    assert esc("We will not tolerate any attack on our territory.") < esc("They attacked our territory.") + 0.2
    # allowing something is still yielding, and not allowing a mutual confrontation reassures
    assert esc("Our militaries will not allow a confrontation between the two countries.") < 0


def test_a_negation_does_not_reach_into_an_embedded_question():
    """'does not care how many he kills' negates the caring: the killing stays escalatory."""
    assert esc("The general does not care how many civilians his troops kill.") >= 0
    assert esc("He does not know what sanctions the EU will impose on Moscow.") >= 0
    # a past act denied is a charge denied, no act (README: denials are 0; round 7, esc5);
    # a plain negation of an intent or a commitment still flips
    assert esc("We did not attack the Georgian villages.") == 0
    assert esc("We will not attack the Georgian villages.") < 0


def test_a_word_in_scare_quotes_stays_in_its_sentence():
    text = 'Moscow said its drills were a reply to "threatening" NATO manoeuvres near its border.'
    assert esc(text) > 0.3
    assert esc('The "threatening" weather kept the boats in port.') == 0


@pytest.mark.parametrize("text, sign", [
    ("The minister called the blockade barbaric and the raids unprovoked.", 1),
    ("Their leaders have been very disrespectful to the other members of the alliance.", 1),
    ("This kleptocracy has no right to lecture its neighbours.", 1),
    ("The junta's militias seek to destabilise the whole region.", 1),
    ("We will hold the regime accountable for these crimes.", 1),
    ("It is gratifying that the two governments have settled the border question.", -1),
    ("We held very constructive talks with our Turkish colleagues.", -1),
])
def test_words_of_denunciation_and_commendation_are_the_act(text, sign):
    assert esc(text) * sign > 0.05, text


# ------------------------------------------------------------------ endorsing, helping, violating

def test_praising_a_hostile_act_endorses_it():
    # praise (CAMEO 051) of a show of force or of sanctions takes the act's direction; praise
    # of cooperation stays de-escalatory, and so does praise alone
    assert esc("Pundits on state television hailed the army's show of force against the neighbours.") > 0.3
    assert esc("The senators applauded the new sanctions on the regime.") > 0.3
    assert esc("The ministers welcomed the ceasefire between the two sides.") < -0.3
    assert esc("The president praised his counterpart.") < -0.2
    assert any("endorsed" in c for c in cues("Pundits hailed the army's show of force."))


def test_help_before_a_verb_is_no_aid_of_its_own():
    # "help" with an object is aid (CAMEO 070); before a verb it only helps that verb's act
    assert esc("The new tariffs will help lower prices for households.") == 0
    assert esc("The reform helped make the currency stronger.") == 0
    assert esc("Our engineers are helping to prepare the ground for the elections.") == 0
    assert esc("We will help the refugees in the border towns.") < -0.3
    assert esc("The ministry said it will help rebuild the bridges in the province.") < -0.3
    # the act it helps still counts
    assert esc("The envoy helped broker a ceasefire between the militias.") < -0.3


def test_violations_of_an_agreement_are_escalatory():
    assert esc("Observers reported violations of the truce along the front.") > 0.2
    assert esc("Both governments condemned the breach of the armistice.") > 0.2


def test_working_closely_with_partners_is_cooperation():
    assert esc("We are working closely with our allies in the region.") < -0.2


def test_a_readers_probably_or_maybe_is_a_guess():
    for text in ("Most probably they started to shell the border villages.",
                 "Maybe the army will attack the capital next."):
        reader = statement(text, speaker="u/abc", kind="commenter")
        score.score_statement(reader, version="v")
        assert reader.escalation == 0, text
    # a reader's report stays a report
    reader = statement("They shelled the border villages last night.", speaker="u/abc", kind="commenter")
    score.score_statement(reader, version="v")
    assert reader.escalation > 0.3


def test_a_partys_rhetorical_question_with_a_word_of_denunciation_criticises():
    assert esc("What became of their adventurism in the region?") > 0.1
    assert esc("Is that not sheer hypocrisy?") != 0
    # other cues in a question are still no act, and a reporter's question is 0 whatever it says
    assert esc("Will the army attack the capital?") == 0
    reporter = statement("Is that not sheer hypocrisy?", speaker="(reporter)")
    score.score_statement(reporter, version="v")
    assert reporter.escalation == 0


def test_hostages_are_people_the_act_is_taking_them():
    assert esc("The militants took hostages in the border town.") > 0.5
    assert esc("Our priority is getting the hostages out.") == 0
    assert esc("The hostages were released this morning.") < -0.3


def test_giving_up_or_walking_away_undoes_the_act_and_never_giving_up_keeps_it():
    assert esc("They gave up on the talks.") > 0.2
    assert esc("The delegation walked away from the negotiations.") > 0.2
    assert esc("We will never give up on peace.") < -0.1
    assert esc("The rebels gave up their weapons.") < -0.2


def test_readers_thanking_or_agreeing_with_each_other_do_no_act():
    for text in ("Great post, thanks for this.", "Agreed, well put.", "I agree with you on that."):
        reader = statement(text, speaker="u/abc", kind="commenter")
        score.score_statement(reader, version="v")
        assert reader.escalation == 0, text
    # a reader's act between parties counts ("he" is the leader readers write about)
    for text in ("He attacked the neighbouring country without warning.", "Moscow thanked Beijing for its help."):
        reader = statement(text, speaker="u/abc", kind="commenter")
        score.score_statement(reader, version="v")
        assert reader.escalation != 0, text


def test_an_insult_of_a_leader_is_criticism():
    assert esc("The general is a butcher and a liar.") > 0.1
    assert esc("He is no madman, whatever the papers say.") <= 0


def test_an_initialism_with_its_dots_is_the_agent_of_the_act():
    # "U.S." ends in a dot that ends no sentence: the attack has its agent
    assert esc("It was the U.S. attack that raised the danger.") > 0.5
    assert esc("It was the US attack that raised the danger.") > 0.5
    # and an initialism at the end of a sentence still lets the next sentence be read
    assert esc("He flew to the U.S. The army attacked the town.") > 0.5


def test_a_negation_reaches_a_cue_in_scare_quotes():
    assert esc('Neither side had crossed the other\'s "red lines", the minister said.') < 0
    assert esc("Using chemical weapons would cross a red line for us.") > 0  # (a warning: CAMEO 130)


def test_a_plural_after_an_adjective_is_an_event_noun_not_a_verb():
    # "punitive strikes" is a reported event (0.85 of the act), not the verb "strikes" performed
    assert 0.5 < esc("The president ordered punitive strikes on the airbase.") < 1.0
    # without an actor or a verb performing it, the plural names a topic
    assert esc("In the world economy, various risks and crises are emerging.") == 0
    # the verb after a subject stays a verb
    assert esc("The army strikes the border town.") > 0.5
