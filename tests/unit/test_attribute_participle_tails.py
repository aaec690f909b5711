"""The outlet's participial phrase after the speaker's words: after a subordinator ("…
while visiting the docks", "… after meeting the council"; not "before", whose act the object
often names: "criticized X for not consulting allies before pulling out"), following the object of a verb;
and after a comma and an adverb ("…, implicitly putting her name on the line")."""
from tests.news_text import registry, spoken  # noqa: F401  (registry: the shared fixture)


def test_a_participle_after_while_closes_the_object_of_a_verb(registry):
    body = "Jane Roe criticized the new harbour fees while visiting the docks in Dayton."
    assert spoken(registry, body) == [("the new harbour fees", "Jane Roe")]


def test_a_participle_after_after_closes_the_object_of_a_verb(registry):
    body = "Jane Roe endorsed the ferry levy for next year after meeting the council on Monday."
    assert spoken(registry, body) == [("the ferry levy for next year", "Jane Roe")]


def test_a_reported_clause_keeps_its_own_participle(registry):
    # (the clause after "said" is what she said, its time clause included)
    body = "Jane Roe said the ferry would close in May after losing its licence."
    assert spoken(registry, body) == [("the ferry would close in May after losing its licence.", "Jane Roe")]


def test_a_participle_after_a_comma_and_an_adverb_is_the_outlets(registry):
    body = ('Jane Roe told them she would consider it a "personal insult" if they did not vote for Tom Vale, '
            'implicitly putting her name on the line.')
    assert spoken(registry, body) == [('she would consider it a "personal insult" if they did not vote for Tom Vale',
                                       "Jane Roe")]


def test_a_speech_participle_after_an_adverb_stays_the_speakers(registry):
    body = "Jane Roe criticized the harbour board on Monday, repeatedly saying that the fees were too high."
    assert spoken(registry, body) == [("the harbour board on Monday", "Jane Roe"),
                                      ("saying that the fees were too high.", "Jane Roe")]


def test_a_participle_after_before_stays_with_the_object(registry):
    # ("criticized Vale for not consulting the board before closing the pier": what was criticized
    # includes the time clause, as the escalation score reads it)
    body = "Jane Roe criticized Tom Vale for not consulting the board before closing the pier."
    assert spoken(registry, body) == [("Tom Vale for not consulting the board before closing the pier.", "Jane Roe")]
