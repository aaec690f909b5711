"""Quoted speech (issue 11): where a speaker's own words are in a sentence that quotes them,
and which speaker a quotation belongs to, each on a short example of our own."""
from analysis.model import Document
from analysis.pipeline import analyse
from tests.news_text import registry  # noqa: F401  (the shared registry fixture)


def statements(registry, text, published="2021-12-02"):
    """(text, speaker) of every statement of the body, in reading order."""
    doc = Document("d", "t.txt", text, published=published)
    return [(s.text, s.speaker) for s in analyse(doc, registry) if s.section == "body"]


# --- the frame around a quotation is its attribution, no statement, whatever it carries ---


def test_quotation_split_by_its_attribution_is_two_statements_of_the_speaker(registry):
    t = ('Wages.\n\n"The risk," said Halvard Brenne, an economist who runs the county\'s forecast, '
         '"is that jobs leave first."\n')
    # (the frame between them, "said Halvard Brenne, an economist …", is no statement)
    assert statements(registry, t) == [
        ('"The risk,"', "Halvard Brenne"),
        ('"is that jobs leave first."', "Halvard Brenne"),
    ]


def test_long_description_after_an_inverted_verb_is_no_statement(registry):
    t = ("Wages.\n\n“Nobody here wants the plant closed,” said Halvard Brenne, a union organiser who has "
         "worked at the plant for thirty years and now sits on the town council. “Not one of us.”\n")
    got = statements(registry, t)
    assert got[0] == ("“Nobody here wants the plant closed,”", "Halvard Brenne")
    assert not any("union organiser" in text for text, _ in got)  # the frame: no statement
    assert got[1] == ("“Not one of us.”", "Halvard Brenne")
    assert len(got) == 2


def test_title_quoted_in_the_frame_is_not_the_speakers_words(registry):
    t = ("Storm.\n\nMayor Halvard Brenne spoke on Sunday.\n\n"
         "“The roads will reopen tomorrow,” Brenne said in an interview on the programme “Morning Edition.”\n")
    got = statements(registry, t)
    assert ("“The roads will reopen tomorrow,”", "Halvard Brenne") in got
    assert not any("Morning Edition" in text for text, _ in got)  # the frame (and its title): no statement


def test_partial_quotation_before_an_inverted_verb_and_a_long_description(registry):
    t = ('Rates.\n\nThe rise may be "temporary," said Halvard Brenne, an assistant professor in the '
         "department of economics at the state university.\n")
    got = statements(registry, t)
    assert got[0] == ('The rise may be "temporary,"', "Halvard Brenne")
    assert len(got) == 1  # the frame, "said Halvard Brenne, an assistant professor …", is no statement


def test_name_between_commas_before_its_verb_is_no_inversion(registry):
    t = "Rates.\n\nThe bank's chief economist, Halvard Brenne, said rates would stay where they are.\n"
    got = statements(registry, t)
    assert got[-1] == ("rates would stay where they are.", "Halvard Brenne")


def test_frame_that_quotes_somebody_elses_words_keeps_the_sentence_whole(registry):
    # (an inverted verb right after the opening quotation, with quotation marks after it: the
    # sentence stays whole, as the seeds' annotation has such a sentence)
    s = ('"The mayor gave in first," argues columnist Halvard Brenne, after the mayor called the union '
         'and offered to meet "within a week".')
    got = statements(registry, "Strike.\n\n" + s + "\n")
    assert got == [(s, "Halvard Brenne")]


def test_relative_clause_of_the_speaker_that_reports_more_of_their_words(registry):
    t = ('Strike.\n\n"The talks are over," said Halvard Brenne, a union organiser, who added that the mayor was '
         '"not serious" about the deal.\n')
    # (the frame between them, "said Halvard Brenne, a union organiser, who", is no statement)
    assert statements(registry, t) == [
        ('"The talks are over,"', "Halvard Brenne"),
        ('added that the mayor was "not serious" about the deal.', "Halvard Brenne"),
    ]
    # a clause about somebody else's words keeps the sentence whole (the test above); the
    # clause's report is named by its relative pronoun, as "…, and he added" by its pronoun
    doc = Document("d", "t.txt", t, published="2021-12-02")
    last = [st for st in analyse(doc, registry) if st.section == "body"][-1]
    assert t[last.speaker_start:last.speaker_end] == "who"


def test_direct_speech_that_ends_the_sentence_after_its_verb_is_the_speakers_words(registry):
    t = ('Strike.\n\nHalvard Brenne spoke on Monday.\n\n'
         'Asked whether the plant would close, Brenne said, "Probably."\n\n'
         'Brenne told the county paper simply, "We lost."\n\n'
         'Brenne answered, with a smile: "Not this year."\n\n'
         'Brenne said on Monday that if the plant closed, "We would all leave."\n')
    got = statements(registry, t)
    assert ('"Probably."', "Halvard Brenne") in got
    assert ('"We lost."', "Halvard Brenne") in got
    assert ('"Not this year."', "Halvard Brenne") in got
    # a quotation at the end of a reported clause is part of that clause
    assert ('if the plant closed, "We would all leave."', "Halvard Brenne") in got


def test_quotation_with_a_tail_of_its_own_is_no_continuation(registry):
    t = ('Strike.\n\nMs. Ada Pell spoke on Monday.\n\n"The plant will close," said Halvard Brenne.\n\n'
         '"We heard that before," Pell started.\n\n'
         '"Nobody told us," she went on.\n\n'
         '"Not one word."\n')
    got = statements(registry, t)
    assert ('"We heard that before,"', "Ada Pell") in got and not any("Pell started" in x for x, _ in got)
    assert ('"Nobody told us,"', "Ada Pell") in got
    # a quotation with no tail goes on with the last speaker
    assert ('"Not one word."', "Ada Pell") in got
    # the verb first: '"…," reacted Jane Roe.'
    t = ('Strike.\n\nMayor Halvard Brenne spoke on Monday.\n\n"The plant will close," said Ada Pell.\n\n'
         '"That is not what we agreed," reacted Halvard Brenne.\n')
    got = statements(registry, t)
    assert ('"That is not what we agreed,"', "Halvard Brenne") in got


def test_credit_line_after_a_quoted_paragraph_gives_it_to_the_person_it_names(registry):
    t = ('Claims.\n\n"The county has never paid a cent for the bridge."\n\n- Halvard Brenne.\n\n'
         'That is not true.\n\n"We will build it."\n\n-Ada Pell, Springfield.\n\n'
         'The council met.\n\n- Ada Pell.\n')
    got = statements(registry, t)
    assert ('"The county has never paid a cent for the bridge."', "Halvard Brenne") in got
    assert not any("- Halvard Brenne" in x for x, _ in got)  # the credit line: no statement
    assert ('"We will build it."', "Ada Pell") in got
    # a credit line after the outlet's own sentence credits nothing
    assert ("The council met.", "(narrator)") in got


def test_quotation_credited_to_it_is_the_document_in_view(registry):
    t = ('Bridge.\n\nThe letter was sent to the council on Monday.\n\n'
         '"The county has failed to act," it read.\n\nThe ferry was late.\n\nThe crew waited.\n\n'
         '"Nothing moved," it said.\n')
    got = statements(registry, t)
    assert ('"The county has failed to act,"', "(unnamed letter)") in got
    # with no document or institution in view, "it" credits nobody
    assert ('"Nothing moved," it said.', "(narrator)") in got


# --- who a quotation belongs to -----------------------------------------------------------


def test_quotation_of_a_described_speaker_is_an_unnamed_source(registry):
    t = ('Probe.\n\n"Nobody checked the books," said a former senior county finance official. '
         '"Not once in ten years."\n\n"It will not last," one reader wrote.\n')
    got = statements(registry, t)
    assert ('"Nobody checked the books,"', "(unnamed official)") in got
    assert ('"Not once in ten years."', "(unnamed official)") in got  # and its continuation
    assert ('"It will not last,"', "(unnamed reader)") in got


def test_inverted_description_with_a_participle_after_its_noun(registry):
    t = ('Probe.\n\n"Nobody checked the books," says a source involved in the audit.\n\n'
         '"It will not last," said one official based in the capital.\n')
    got = statements(registry, t)
    assert ('"Nobody checked the books,"', "(unnamed source)") in got
    assert ('"It will not last,"', "(unnamed official)") in got
    # a finite verb after the name is still a clause ("…, said Roe reached out"), not a subject
    from analysis.attribute.patterns import CLAUSE_AFTER_NAME_RE
    assert CLAUSE_AFTER_NAME_RE.search("Roe reached") and not CLAUSE_AFTER_NAME_RE.search("a source involved")


def test_quotation_closed_by_a_typed_opening_mark_before_an_inverted_verb(registry):
    t = ('Probe.\n\n“Nobody checked the books,“ said Halvard Brenne, a county auditor.\n')
    got = statements(registry, t)
    assert ("“Nobody checked the books,“", "Halvard Brenne") in got


def test_description_that_is_a_name_is_no_unnamed_source(registry):
    t = 'Probe.\n\n"It will not last," the Harlow Gazette wrote.\n'
    assert all(sp != "(unnamed Gazette)" for _, sp in statements(registry, t))


def test_verbs_of_manner_of_speaking_attribute_only_next_to_a_quotation(registry):
    t = ('Rally.\n\nMayor Halvard Brenne sang at the fair.\n\n"Keep the lights on," Brenne sang to the crowd.\n\n'
         "The choir sang a hymn.\n\nBrenne posted a photo of the fair.\n\n"
         '"We are not done!" the marchers chanted.\n')
    got = statements(registry, t)
    assert ('"Keep the lights on,"', "Halvard Brenne") in got
    assert ("The choir sang a hymn.", "(narrator)") in got
    assert ("Brenne posted a photo of the fair.", "(narrator)") in got
    assert ('"We are not done!"', "(unnamed marchers)") in got


def test_question_cut_off_from_its_speaker_by_its_question_mark(registry):
    t = ('Budget.\n\nMayor Halvard Brenne and Senator Ida Tesfaye met.\n\n"This is fine," Tesfaye said.\n\n'
         '"Why is this so hard?" Brenne asked. "It should be simple."\n\n"We are done!" Brenne shouted.\n')
    got = statements(registry, t)
    assert ('"Why is this so hard?"', "Halvard Brenne") in got
    assert not any("Brenne asked" in x for x, _ in got)  # the frame: no statement
    assert ('"It should be simple."', "Halvard Brenne") in got
    assert ('"We are done!"', "Halvard Brenne") in got


def test_quotation_opened_with_a_closing_mark_and_credited_after_a_dash(registry):
    s = "”Fear. I am truly afraid for my town. Nobody listens.” ― Ana Ruiz"
    assert statements(registry, "Readers respond.\n\n" + s + "\n") == [(s, "Ana Ruiz")]


# --- quotations introduced by a colon -------------------------------------------------------


def test_verb_before_its_subject_and_a_colon(registry):
    t = 'Taxes.\n\nMayor Halvard Brenne spoke.\n\nSaid Brenne: "I will not resign."\n'
    got = statements(registry, t)
    assert ('"I will not resign."', "Halvard Brenne") in got
    assert not any("Said Brenne" in x for x, _ in got)  # the frame: no statement


def test_speakers_label_and_a_clause_that_announces_a_quotation(registry):
    t = ('Hearing.\n\nRep. Ida Tesfaye (D-Ohio): "I have not heard that figure before."\n\n'
         'Mayor Halvard Brenne made the following comment: "It is over."\n')
    got = statements(registry, t)
    assert ('"I have not heard that figure before."', "Ida Tesfaye") in got
    assert ('"It is over."', "Halvard Brenne") in got


def test_a_clause_with_a_perfect_or_after_an_opening_participle_announces_a_quotation(registry):
    t = ('Hearing.\n\nMayor Halvard Brenne spoke on Monday.\n\n'
         'Brenne has since apologized for the delay: "It was my mistake."\n\n'
         'Brenne had a question for the council: "Who paid for it?" The council did not answer.\n\n'
         'Asked which ward was his favourite, he demurred: "Whichever one I am in."\n')
    got = statements(registry, t)
    assert ('"It was my mistake."', "Halvard Brenne") in got
    assert ('"Whichever one I am in."', "Halvard Brenne") in got
    # "had" with an object is no perfect: the question was put to him
    assert ('Brenne had a question for the council: "Who paid for it?"', "(narrator)") in got


def test_line_that_announces_a_quoted_paragraph(registry):
    t = ("Storm.\n\nMayor Halvard Brenne released the following statement:\n\n"
         '"We offer our condolences. We will rebuild."\n\nCORRECTION:\n\nAn earlier version misspelled a name.\n')
    got = statements(registry, t)
    assert ("Mayor Halvard Brenne released the following statement:", "(narrator)") in got
    assert ('"We offer our condolences.', "Halvard Brenne") in got and ('We will rebuild."', "Halvard Brenne") in got
    assert ("An earlier version misspelled a name.", "(narrator)") in got


def test_line_that_announces_a_quoted_paragraph_after_an_opening_clause(registry):
    # an opening clause of time with a verb of its own: the announcing verb is the main clause's
    t = ("Storm.\n\nWhen the levy passed in 1998, Mayor Halvard Brenne released the following statement:\n\n"
         '"We offer our condolences. We will rebuild."\n\nThe council met again in May.\n')
    got = statements(registry, t)
    assert ('"We offer our condolences.', "Halvard Brenne") in got and ('We will rebuild."', "Halvard Brenne") in got
    s = 'When the levy passed in 1998, Mayor Halvard Brenne made this comment: "We will rebuild the pier."'
    got = statements(registry, "Storm.\n\nThe town hall ran late.\n\n" + s + "\n")
    assert ('"We will rebuild the pier."', "Halvard Brenne") in got


def test_subject_that_hears_what_the_quotation_says_is_not_its_speaker(registry):
    s = 'Mayor Halvard Brenne faced a hard question from a voter: "Why did you wait so long to act?"'
    got = statements(registry, "Debate.\n\nThe town hall ran late.\n\n" + s + " The hall went quiet.\n")
    assert (s, "(narrator)") in got


# --- quoted words in the predicate of a verb no speech list has --------------------------


def test_quoted_words_in_a_predicate_belong_to_its_subject(registry):
    t = ("Debate.\n\nSenator Ida Tesfaye (D-Ohio), in particular, has been steadily pounding the mayor as a "
         "“con artist” this week.\n\nHalvard Brenne, the director of debate at the state university, compared "
         'the mayor to a coach who is "working the referees."\n')
    got = dict(statements(registry, t))
    assert [sp for s, sp in got.items() if "con artist" in s] == ["Ida Tesfaye"]
    # ("compared X to Y" is a verb of likening: the words after it, the quotation with them)
    assert [sp for s, sp in got.items() if "working the referees" in s] == ["Halvard Brenne"]


def test_the_plural_head_of_a_source_after_an_adjective_is_no_predicate(registry):
    # "Kurdish forces …": "forces" heads the noun phrase, so "Kurdish" is no body that speaks
    t = "Border.\n\nKurdish forces who hold the town warned of a \u201chumanitarian catastrophe.\u201d\n"
    got = dict(statements(registry, t))
    assert "Kurdish" not in got.values()


def test_titles_and_so_called_names_in_a_predicate_are_nobodys_words(registry):
    t = ('Rally.\n\nMayor Halvard Brenne spoke first.\n\nThe crowd wore "Make Our Town Great" hats.\n\n'
         'Brenne visited the so-called "jungle" on Monday.\n')
    got = dict(statements(registry, t))
    assert got['The crowd wore "Make Our Town Great" hats.'] == "(narrator)"
    assert got['Brenne visited the so-called "jungle" on Monday.'] == "(narrator)"


def test_question_cut_off_from_a_longer_tail_that_opens_with_its_speaker(registry):
    t = ('Budget.\n\nMayor Halvard Brenne and Senator Ida Tesfaye met.\n\n"This is fine," Tesfaye said.\n\n'
         '"Why would anyone vote for that?" Brenne said about the senator\'s plan for the port.\n')
    got = statements(registry, t)
    assert ('"Why would anyone vote for that?"', "Halvard Brenne") in got
    assert all(sp == "(narrator)" for s, sp in got if "port" in s)


def test_plural_noun_before_a_quotation_is_no_verb_of_its_clause(registry):
    s = ("Assuming the declaration is complete, the Harlow council will be responsible for allowing "
         "international weapons inspectors “immediate and unfettered access” to the sites.")
    got = dict(statements(registry, "Treaty.\n\nThe Harlow council met.\n\n" + s + "\n"))
    assert got[s] == "(narrator)"


def test_words_quoted_in_a_relative_clause_of_naming_are_its_subjects(registry):
    t = ("Council.\n\nMary Roe will seek support for reforming the council, which she once called "
         "\u201ca club for people to get together.\u201d\n\nThe ministry has built what one weapons expert "
         "called a \u201cportable model\u201d that would help.\n")
    got = dict(statements(registry, t))
    assert got["\u201ca club for people to get together.\u201d"] == "Mary Roe"
    assert got["\u201cportable model\u201d"] == "(unnamed expert)"


def test_a_relative_clause_of_naming_opened_by_that(registry):
    # ("that" as a relative pronoun, an aside between the subject and its verb; after a verb of
    # saying, "that" opens the clause it reports instead)
    t = ("Council.\n\nIn a clip that Judge Mary Roe called \u201cdistasteful,\u201d John Doe spoke of the pier."
         "\n\nHe made charges that Mary Roe, for one, called \u201charbour lingo.\u201d\n")
    got = dict(statements(registry, t))
    assert got["\u201cdistasteful,\u201d"] == "Mary Roe"
    assert got["\u201charbour lingo.\u201d"] == "Mary Roe"
