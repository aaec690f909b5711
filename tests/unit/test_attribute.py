"""Who said it: every attribution pattern an analyst meets in diplomatic coverage."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse
from tests.by_sentence import BySentence


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def said(registry, text, published="2021-12-02", **meta):
    """text -> {sentence: (speaker, reported_by, section)}"""
    doc = Document("d", "t.txt", text, published=published, **meta)
    return BySentence(text, analyse(doc, registry), lambda s: (s.speaker, s.reported_by, s.section))


def speaker(registry, text, sentence, **kw):
    return said(registry, text, **kw)[sentence][0]


# --- direct quotes ----------------------------------------------------------------


def test_quote_then_name_said(registry):
    t = 'Talks resumed on Monday.\n"We are ready for dialogue," Lavrov said.\n'
    assert speaker(registry, t, '"We are ready for dialogue," Lavrov said.') == "Sergey Lavrov"


def test_curly_quote_then_said_name(registry):
    t = "Talks resumed on Monday.\n“We are ready for dialogue,” said Antony Blinken.\n"
    assert speaker(registry, t, "“We are ready for dialogue,” said Antony Blinken.") == "Antony Blinken"


def test_unattributed_quote_continues_previous_speaker(registry):
    t = ('Talks resumed.\n"We took their concerns into account," Lavrov said. '
         '"But now we have no such obligation. Nothing binds us."\n'
         '"We will act as we see fit."\n'
         "The meeting ended at noon.\n")
    got = said(registry, t)
    # (a quotation of two sentences is a statement per sentence, each the speaker's)
    assert got['"But now we have no such obligation.'][0] == got['Nothing binds us."'][0] == "Sergey Lavrov"
    assert got['"We will act as we see fit."'][0] == "Sergey Lavrov"
    assert got["The meeting ended at noon."][0] == "(narrator)"


def test_quote_over_two_paragraphs_attributed_in_the_second(registry):
    t = ('Talks resumed.\n\n"We will not accept this. It is a provocation.\n\n'
         '"We call on our partners to stop," Blinken said.\n')
    got = said(registry, t)
    assert got['"We will not accept this.'][0] == got['It is a provocation.'][0] == "Antony Blinken"
    assert got['"We call on our partners to stop," Blinken said.'][0] == "Antony Blinken"


# --- reported speech in every position -----------------------------------------


def test_name_said_that(registry):
    t = "Fighting continued.\nLavrov said that Moscow would never allow a confrontation.\n"
    assert speaker(registry, t, "Lavrov said that Moscow would never allow a confrontation.") == "Sergey Lavrov"


def test_name_told_outlet(registry):
    t = ('Fighting continued.\nAnalysts disagreed.\n'
         '"It was a slap in the face," Mr Eggert told the BBC.\n')
    t = "Journalist Konstantin Eggert has followed the talks.\n" + t
    assert speaker(registry, t, '"It was a slap in the face," Mr Eggert told the BBC.') == "Konstantin Eggert"


def test_argues_journalist_name(registry):
    t = 'Fighting continued.\n"Biden blinked first," argues journalist Konstantin Eggert, after the call.\n'
    assert speaker(registry, t, '"Biden blinked first," argues journalist Konstantin Eggert, after the call.') == "Konstantin Eggert"


def test_was_widely_quoted_arguing(registry):
    t = "Fighting continued.\nSenator Konstantin Kosachev was widely quoted arguing that dialogue must resume.\n"
    assert speaker(registry, t, "Senator Konstantin Kosachev was widely quoted arguing that dialogue must resume.") == "Konstantin Kosachev"


def test_trailing_name_noted(registry):
    t = "Fighting continued.\nThe strikes crossed a red line, Lavrov noted.\n"
    assert speaker(registry, t, "The strikes crossed a red line, Lavrov noted.") == "Sergey Lavrov"


def test_according_to_and_per(registry):
    t = ("Fighting continued.\nAccording to Antony Blinken, the talks were productive.\n"
         "Troops have been withdrawn from the border, per Sergey Lavrov.\n")
    got = said(registry, t)
    assert got["According to Antony Blinken, the talks were productive."][0] == "Antony Blinken"
    assert got["Troops have been withdrawn from the border, per Sergey Lavrov."][0] == "Sergey Lavrov"


# --- relayed and nested speech -------------------------------------------------


def test_relayed_speech_name_said_name_reiterated(registry):
    t = "Fighting continued.\nPrice said Blinken reiterated that diplomacy was the best path.\n"
    assert said(registry, t)["Price said Blinken reiterated that diplomacy was the best path."][:2] == ("Antony Blinken", "Ned Price")


def test_relayed_speech_with_trailing_spokesperson(registry):
    t = ('Fighting continued.\nThe top US diplomat reiterated to Lavrov that costs would be imposed, '
         'State Department spokesperson Ned Price said in a readout.\n'
         'Blinken "underscored that the best path forward is diplomacy," Price added.\n')
    got = said(registry, t)
    assert got['The top US diplomat reiterated to Lavrov that costs would be imposed, '
               'State Department spokesperson Ned Price said in a readout.'][:2] == ("Antony Blinken", "Ned Price")
    assert got['Blinken "underscored that the best path forward is diplomacy," Price added.'][:2] == ("Antony Blinken", "Ned Price")


def test_a_report_inside_anothers_report_is_the_first_speakers(registry):
    # "Poe noted that Roe has mocked …": Poe's claim about Roe, not Roe's words
    t = ("Council.\nMary Poe noted that Jack Roe has mocked the council's budget.\n"
         "The Ledger reports that Jack Roe told donors that the tax would pass.\n")
    got = said(registry, t)
    assert got["Mary Poe noted that Jack Roe has mocked the council's budget."][:2] == ("Mary Poe", None)
    assert got["The Ledger reports that Jack Roe told donors that the tax would pass."][0].endswith("Ledger")


def test_a_spokespersons_report_of_anothers_words_is_relayed(registry):
    t = "Fighting continued.\nSpokeswoman Mary Poe said Jack Roe told the envoy that the talks were over.\n"
    got = said(registry, t)
    assert got["Spokeswoman Mary Poe said Jack Roe told the envoy that the talks were over."][:2] == ("Jack Roe", "Mary Poe")


def test_quoted_as_saying(registry):
    t = ("Russian Foreign Minister Sergey Lavrov spoke on Friday.\n"
         "The foreign minister quoted Chief of the General Staff Valery Gerasimov as saying that Moscow will respond.\n")
    got = said(registry, t, published="2018-04-20")
    assert got["The foreign minister quoted Chief of the General Staff Valery Gerasimov as saying that Moscow will respond."][:2] \
        == ("Valery Gerasimov", "Sergey Lavrov")


def test_a_nations_adjective_before_an_office_of_a_known_person_is_no_organisation(registry):
    # the registry's person after a title with "of" in it, whose given name no list has
    t = ("Drills.\n"
         "Russian Chief of the General Staff Valery Gerasimov said the drills would go on.\n")
    got = said(registry, t, published="2018-04-20")
    assert got["the drills would go on."][0] == "Valery Gerasimov"


def test_pronoun_continuation(registry):
    t = ('Fighting continued.\n"We are ready," Blinken said.\n'
         "He added that the alliance was united.\n")
    assert speaker(registry, t, "He added that the alliance was united.") == "Antony Blinken"


# --- roles, surnames, honorifics -------------------------------------------------


def test_role_description_resolved_by_date(registry):
    t = "Russia’s top diplomat accuses the US of risking confrontation\n\nTalks are planned.\n"
    assert speaker(registry, t, "Russia’s top diplomat accuses the US of risking confrontation",
                   published="2021-12-02") == "Sergey Lavrov"
    t2 = "Fighting continued.\nThe top US diplomat said the talks were useful.\n"
    assert speaker(registry, t2, "The top US diplomat said the talks were useful.", published="2017-04-12") == "Rex Tillerson"
    assert speaker(registry, t2, "The top US diplomat said the talks were useful.", published="2021-12-02") == "Antony Blinken"


def test_role_description_bound_in_the_document(registry):
    t = ("Ruritanian Foreign Minister Boris Ostrov arrived on Monday.\n"
         "The talks lasted four hours.\n"
         "The foreign minister said the talks were frank.\n")
    assert speaker(registry, t, "The foreign minister said the talks were frank.") == "Boris Ostrov"


def test_honorific_and_surname_resolve_to_full_name(registry):
    t = ("Analyst Marta Kowalczyk studies the region.\n"
         '"It is a bluff," Ms Kowalczyk said.\n'
         "Kowalczyk said the troops would stay.\n")
    got = said(registry, t)
    assert got['"It is a bluff," Ms Kowalczyk said.'][0] == "Marta Kowalczyk"
    assert got["Kowalczyk said the troops would stay."][0] == "Marta Kowalczyk"


# --- states, institutions, groups ------------------------------------------------


def test_states_and_institutions_as_speakers(registry):
    t = ("Fighting continued.\nMeanwhile, Ukraine has said that 90,000 troops have amassed.\n"
         "Russia has refused: the defence ministry this week insisted its moves were defensive.\n"
         "For example, Russian officials had warned that any attack would be met with a response.\n")
    got = said(registry, t)
    assert got["Meanwhile, Ukraine has said that 90,000 troops have amassed."][0] == "Ukraine"
    assert got["Russia has refused: the defence ministry this week insisted its moves were defensive."][0] \
        == "Russian Ministry of Defence"
    assert got["For example, Russian officials had warned that any attack would be met with a response."][0] == "Russia"


def test_unnamed_sources_are_not_anyone(registry):
    t = 'Fighting continued.\nOne commentator suggested President Biden\'s "nerves had failed him".\n'
    sp = speaker(registry, t, 'One commentator suggested President Biden\'s "nerves had failed him".')
    assert sp.startswith("(")


# --- narrator and non-speech verbs -----------------------------------------------


def test_narration_stays_with_the_narrator(registry):
    t = ("Fighting continued.\n"
         "Moscow had promised not to send the missiles to Damascus.\n"
         "Syrian air defence intercepted missiles launched at targets that the US described as crucial.\n"
         "Trump was criticized by the US media for congratulating Putin.\n"
         "The top Russian diplomat's comments came amid fears of an invasion.\n")
    got = said(registry, t, published="2018-04-20")
    assert {v[0] for k, v in got.items() if k != "Fighting continued."} == {"(narrator)"}


# --- transcripts, speeches, comments ---------------------------------------------


def test_transcript_labels_resolve_to_people(registry):
    t = ("Press Briefing by Press Secretary Jen Psaki and National Security Advisor Jake Sullivan\n\n"
         "MS. PSAKI: Hi, everyone.\n\nQ    Will the President call Moscow?\n\n"
         "MR. SULLIVAN: We are ready either way.\n\nMS. PSAKI: Thank you.\n")
    got = said(registry, t, published="2022-02-11")
    assert got["Hi, everyone."][0] == "Jen Psaki"
    assert got["Will the President call Moscow?"][0] == "(reporter)"
    assert got["We are ready either way."][0] == "Jake Sullivan"


def test_the_president_label_resolves_from_the_title(registry):
    t = ("Remarks by President Biden in Press Conference\n\n"
         "THE PRESIDENT: Good afternoon.\n\nQ    Mr. President, thank you.\n\nTHE PRESIDENT: Go ahead.\n")
    assert speaker(registry, t, "Good afternoon.", published="2022-06-30") == "Joe Biden"


def test_speech_with_known_speaker(registry):
    t = "Statement by Ruritania\n\nWe are meeting at a difficult moment. Dialogue is the only way.\n"
    got = said(registry, t, speaker="Sergei Lavrov", kind="speech")
    assert got["Dialogue is the only way."][0] == "Sergey Lavrov"


def test_commenters_and_unknown_commenters(registry):
    t = ("Headline here\n\nThe talks ended.\nThe sides will meet again.\nNo date was set.\nBoth sides said little.\n"
         "He is right, talks will fail.\n"
         "In reply to He is right, talks… by Socrates55\n")
    got = said(registry, t)
    assert got["He is right, talks will fail."][:3:2] == ("Socrates55", "comment")


def test_targets_are_the_actors_a_statement_is_about(registry):
    doc = Document("d", "t.txt", "Fighting continued.\nLavrov said NATO and the US were risking a confrontation over Ukraine.\n",
                   published="2021-12-02")
    st = [s for s in analyse(doc, registry) if s.speaker == "Sergey Lavrov"][0]
    assert {"NATO", "United States", "Ukraine"} <= set(st.targets)
    assert "Sergey Lavrov" not in st.targets


def test_offsets_point_into_the_text_as_read(registry):
    text = "Headline\n\n“We’re ready,” Lavrov said.\r\nMore text follows here.\n"
    doc = Document("d", "t.txt", text, published="2021-12-02")
    # the spans, as a reader marks them by hand, in the text exactly as read (curly quotes,
    # \r\n kept): nothing built from the statement itself; a reporting frame that adds nothing
    # to what is said ("Lavrov said") is not part of the speaker's statement, nor a statement
    # of its own: it is the attribution of the words (no row covers 25..37)
    sts = analyse(doc, registry)
    assert [(s.char_start, s.char_end, s.speaker) for s in sts] == \
        [(0, 8, "(narrator)"), (10, 24, "Sergey Lavrov"), (39, 62, "(narrator)")]
    assert [s.seq for s in sts] == [0, 1, 2]
    assert [text[a:b] for a, b in ((0, 8), (10, 24), (25, 37), (39, 62))] == \
        ["Headline", "“We’re ready,”", "Lavrov said.", "More text follows here."]


# --- heads, relative clauses, subordinate clauses ---------------------------------


def test_the_head_before_a_preposition_speaks(registry):
    t = ("Fighting continued.\nAides to Secretary of State John Kerry said the talks would go on.\n"
         "A resident of Tal Abyad said the shelling had stopped.\n"
         "A spokesman for the Taliban said the talks were dead.\n")
    got = said(registry, t, published="2019-09-08")
    assert got["Aides to Secretary of State John Kerry said the talks would go on."][0] == "(unnamed aides)"
    assert got["A resident of Tal Abyad said the shelling had stopped."][0] == "(unnamed resident)"
    assert got["A spokesman for the Taliban said the talks were dead."][0] == "Taliban"


def test_an_office_speaks_for_its_principal(registry):
    t = "Fighting continued.\nErdogan’s office said the operation would bring stability.\n"
    assert speaker(registry, t, "Erdogan’s office said the operation would bring stability.", published="2019-10-10") \
        == "Recep Tayyip Erdogan"


def test_relative_clause_subject_is_its_antecedent(registry):
    t = "Fighting continued.\nIt marked a change by Trump, who during a visit to New York last year vowed to stay.\n"
    assert speaker(registry, t, "It marked a change by Trump, who during a visit to New York last year vowed to stay.",
                   published="2019-10-10") == "Donald Trump"


def test_a_verb_in_a_subordinate_clause_is_background(registry):
    t = "Fighting continued.\nAfter Erdogan announced the offensive, Trump called the operation a bad idea.\n"
    # the main clause's verb speaks (Trump called the operation a bad idea), never Erdogan's
    # "announced" in the clause before it
    assert speaker(registry, t, "After Erdogan announced the offensive, Trump called the operation a bad idea.",
                   published="2019-10-10") == "Donald Trump"
    t = "Fighting continued.\nAfter Erdogan announced the offensive, Trump ordered the troops home.\n"
    assert speaker(registry, t, "After Erdogan announced the offensive, Trump ordered the troops home.",
                   published="2019-10-10") == "(narrator)"


def test_he_is_the_nearest_person_named_before_it(registry):
    t = ("Fighting continued.\nA resident said the roads were full.\n"
         "Tensions rose after Trump’s announcement, although he also threatened sanctions.\n")
    assert speaker(registry, t, "Tensions rose after Trump’s announcement, although he also threatened sanctions.",
                   published="2019-10-10") == "Donald Trump"


def test_an_organisation_unknown_to_the_registry_keeps_its_full_name(registry):
    t = "Fighting continued.\nThe Britain-based Syrian Observatory for Human Rights said 20 people were killed.\n"
    assert speaker(registry, t, "The Britain-based Syrian Observatory for Human Rights said 20 people were killed.") \
        == "Syrian Observatory for Human Rights"
