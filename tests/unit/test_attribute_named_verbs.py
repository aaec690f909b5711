"""More verbs whose named subject is the speaker of what follows (issue 11, recall of named
main-clause subjects): verbs of saying with a manner or a stance ("bragged", "surmised",
"credited … with"), phrasal verbs of alluding to, playing down or taking back what was said
("alluded to", "played down", "walked back", "called out", "came out against"), and verbs of urging on that are
speech only with an object and an infinitive ("encouraged voters to …"). Short examples of our own."""
import pytest

from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


INTRO = "Jane Roe spoke in Leeds on Monday. "


@pytest.mark.parametrize("sentence, words", [
    ("Roe bragged about the turnout in the county.", "about the turnout"),
    ("Roe surmised that the levy would pass.", "the levy would pass"),
    ("Roe credited the crews with saving the pier.", "the crews with saving the pier"),
    ("Roe confided to aides that the count was close.", "the count was close"),
    ("Roe alluded to the scandal at the port.", "the scandal"),
    ("Roe played down the rift with the council.", "the rift"),
    ("Roe walked back her remarks about the council.", "her remarks"),
    ("Roe reflected on her defeat in the county.", "her defeat"),
    ("Roe encouraged voters to back the new levy.", "voters to back the new levy"),
    ("Roe implored the delegates in the hall to unite.", "the delegates in the hall to unite"),
    ("Roe swore that she would fix the pier.", "she would fix the pier"),  # (after the verb: kept_whole)
    ("Roe grilled the bank chief for his role in the scheme.", "the bank chief for his role"),
    ("Roe called out the council for the delay.", "the council for the delay"),
    ("Roe came out against the levy in May.", "the levy"),
    ("Roe laughed off the attack ad.", "the attack ad"),
    ("Roe jabbed at the council on the budget.", "the council"),
    ("Roe retweeted the photo of the pier.", "the photo of the pier"),
])
def test_the_named_subject_of_such_a_verb_is_the_speaker(registry, sentence, words):
    [(text, speaker)] = spoken(registry, INTRO + sentence)
    assert text.startswith(words) and speaker == "Jane Roe"


@pytest.mark.parametrize("sentence", [
    "Roe encouraged growth in the county.",                 # no object and infinitive: no urging
    "Roe was encouraged by the turnout in the county.",     # a passive
    "Roe swore in the new mayor on Monday.",                # an oath of office, no statement
    "Roe grilled burgers at the fair.",                     # no sign of speech after the object
    "Roe stood by the door of the hall.",                   # standing, no side taken
])
def test_other_senses_of_these_verbs_stay_narration(registry, sentence):
    assert spoken(registry, INTRO + sentence) == []


def test_encouraged_in_a_report_stays_that_report(registry):
    body = INTRO + "Roe said she was encouraged by the plan to fix the pier."
    [(text, speaker)] = spoken(registry, body)
    assert text.startswith("she was encouraged") and speaker == "Jane Roe"


@pytest.mark.parametrize("sentence, words", [
    ("Roe is outlining a list of plans on jobs.", "outlining a list of plans"),
    ("Roe is panning the council's measures.", "panning the council"),
    ("Roe is reaffirming that the plan is sound.", "reaffirming that the plan is sound"),
    ("Roe is congratulating John Doe for his win.", "congratulating John Doe"),
    ("Roe is wondering why the pier is closed.", "wondering why the pier is closed"),
])
def test_the_progressive_of_a_speech_verb_is_its_subjects(registry, sentence, words):
    [(text, speaker)] = spoken(registry, INTRO + sentence)
    assert text.startswith(words) and speaker == "Jane Roe"


def test_a_participle_of_speech_after_a_main_clause_makes_its_subject_the_speaker(registry):
    body = INTRO + "Roe spoke at the pier on Monday, cautioning that the levy would hurt the crews."
    assert spoken(registry, body) == [("cautioning that the levy would hurt the crews.", "Jane Roe")]


@pytest.mark.parametrize("sentence, words", [
    ("Roe gushed that the pier was lovely.", "the pier was lovely."),
    ("Roe shot back that the council had never asked her.", "the council had never asked her."),
    ("Roe posted that the pier was closed for the day.", "the pier was closed for the day."),
])
def test_a_verb_of_the_manner_of_saying_before_a_that_clause_reports_it(registry, sentence, words):
    assert spoken(registry, INTRO + sentence) == [(words, "Jane Roe")]


@pytest.mark.parametrize("sentence", [
    "The crowd cheered that decision at the hall.",   # "that" a determiner, no clause
    "Roe posted a photo of the pier.",                # no clause, no quotation
])
def test_a_verb_of_the_manner_of_saying_with_no_clause_or_quotation_is_narration(registry, sentence):
    assert spoken(registry, INTRO + sentence) == []


def test_a_manner_verb_before_a_clause_whose_subject_is_a_name(registry):
    # (the clause's subject a name of several letters, not only "I" or an initial)
    body = "Jane Roe gushed that Tom Pier was a fine mayor for the harbour town."
    assert spoken(registry, body) == [("Tom Pier was a fine mayor for the harbour town.", "Jane Roe")]


def test_disclosing_is_reporting(registry):
    assert [who for _, who in spoken(registry, INTRO + "Roe disclosed that the survey had been cut short.")] == ["Jane Roe"]
