"""A reporting frame ("said Jane Roe, the director of …", "Roe said on Monday at …") is the
attribution of the words it introduces, not a statement of the outlet's: no row of its own.
Hand annotations (gold/GUIDELINES.md) mark such a sentence whole as the speaker's and match it
to the row that overlaps it most, so a frame row longer than the words took the sentence
from its speaker."""
from tests.news_text import best_row, registry, statements  # noqa: F401  (the shared registry fixture)


def test_a_long_description_after_an_inverted_verb_leaves_the_sentence_to_the_speaker(registry):
    body = ('The vote was close. "We will win," said Jane Roe, the director of the Pier Institute for '
            'Public Opinion in Springfield. Polls closed at eight.')
    rows = statements(registry, body)
    assert [(r.text, r.speaker) for r in rows if r.speaker == "Jane Roe"] == [('"We will win,"', "Jane Roe")]
    assert not any("Pier Institute" in r.text for r in rows)  # the frame is no statement
    sentence = '"We will win," said Jane Roe, the director of the Pier Institute for Public Opinion in Springfield.'
    assert best_row(body, sentence, rows).speaker == "Jane Roe"
    # the outlet's own sentences around it stay its narration
    assert [r.text for r in rows if r.speaker == "(narrator)"][-2:] == ["The vote was close.", "Polls closed at eight."]


def test_a_long_frame_before_a_that_clause(registry):
    body = "Jane Roe said on Monday at a news conference in the harbour town of Springfield that taxes would rise."
    rows = statements(registry, body)
    roe = [r for r in rows if r.speaker != "(narrator)"]
    assert len(roe) == 1 and roe[0].speaker == "Jane Roe" and roe[0].text.endswith("that taxes would rise.")
    assert not roe[0].text.startswith("Jane Roe said")  # the subject and verb: the frame, no row
    assert best_row(body, body, rows).speaker == "Jane Roe"


def test_the_act_of_a_frame_is_scored_once_on_the_words(registry):
    body = "Jane Roe accused the council of lying about the harbour."
    rows = [r for r in statements(registry, body) if r.char_start > len("Local news.")]
    assert [(r.text, r.speaker, r.cue) for r in rows] == [("the council of lying about the harbour.", "Jane Roe", "accused")]
    assert rows[0].escalation > 0  # the accusation is read with the words it is about


def test_sequence_numbers_run_without_gaps(registry):
    body = '"We will win," said Jane Roe, a teacher. "We will not," Roe later added. The count went on.'
    rows = statements(registry, body)
    assert [r.seq for r in rows] == list(range(len(rows)))


def test_a_report_inside_a_clause_of_the_outlets_leaves_the_sentence_its_narration(registry):
    body = "The report came out after Jane Roe briefed the council on its contents."
    rows = statements(registry, body)
    assert ("The report came out after Jane Roe briefed", "(narrator)") in [(r.text, r.speaker) for r in rows]
    assert best_row(body, body, rows).speaker == "(narrator)"


def test_a_possessive_report_inside_the_outlets_clause_leaves_it_narration(registry):
    body = "The new budget partly fulfils Jane Roe's pledge to cut taxes for small farms."
    rows = statements(registry, body)
    assert best_row(body, body, rows).speaker == "(narrator)"


def test_what_goes_on_after_the_words_of_a_main_clause_report_is_no_statement(registry):
    body = "Jane Roe said the harbour would reopen, which would bring back hundreds of jobs to the town."
    rows = statements(registry, body)
    assert not any(r.speaker == "(narrator)" and "harbour" in r.text or "jobs" in r.text and r.speaker == "(narrator)"
                   for r in rows)
    assert best_row(body, body, rows).speaker == "Jane Roe"


def test_openings_a_title_and_a_connective_keep_the_name_the_subject(registry):
    for body in ("On Thursday Secretary of State Jane Roe said that the port would close.",
                 "The vote failed, and council leader Jane Roe said that the port would close.",
                 "But Jane Roe, the director of the Pier Institute for Public Opinion, said the port would close."):
        rows = statements(registry, body)
        sentence = body.split(", and ")[-1] if ", and " in body else body
        assert best_row(body, sentence, rows).speaker == "Jane Roe", body
        assert not any(r.cue == "frame" and "Jane Roe" in r.text for r in rows), body


def test_a_tail_after_a_second_report_of_the_sentence_is_no_statement(registry):
    body = 'Jane Roe praised the plan of the council, calling it "bold," after the council voted for the plan on Monday night.'
    rows = statements(registry, body)
    assert not any("council voted" in r.text for r in rows)
    assert best_row(body, body, rows).speaker == "Jane Roe"


def test_tone_reads_the_sentence_whole_with_its_act_once(registry):
    from analysis.score.tone import polarity

    body = "Jane Roe accused the council of lying about the harbour."
    (st,) = [r for r in statements(registry, body) if r.speaker == "Jane Roe"]
    # the frame is no row, but a reader rates the sentence whole: its tone is the sentence's
    assert st.tone == polarity(body)["compound"]
    warm = "Jane Roe, the beloved and brilliant mayor, said the harbour would reopen."
    (st,) = [r for r in statements(registry, warm) if r.speaker == "Jane Roe"]
    assert st.text == "the harbour would reopen." and st.tone > polarity(st.text)["compound"]
