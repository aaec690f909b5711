"""The subject of the outlet's own sentence among the people it names, and a second report of
the same speaker: sentences of our own."""
from analysis.attribute.pronouns import outlet_subject
from analysis.attribute.second_reports import second_attribution


def test_role_holder_is_the_subject_when_the_first_name_only_modifies_the_role():
    people = ["Barack Obama", "Jane Roe"]
    assert outlet_subject("Obama adviser Jane Roe, a lawyer, spoke first.", people) == "Jane Roe"
    assert outlet_subject("Obama's campaign manager Jane Roe spoke first.", people) == "Jane Roe"


def test_first_person_named_is_the_subject_otherwise():
    assert outlet_subject("Jane Roe met Barack Obama in Paris.", ["Jane Roe", "Barack Obama"]) == "Jane Roe"
    # the second person is not named in the sentence at all (only the first one is)
    assert outlet_subject("Obama adviser Smith spoke first.", ["Barack Obama", "Jane Roe"]) == "Barack Obama"
    assert outlet_subject("Roe spoke.", ["Jane Roe"]) == "Jane Roe"


def test_second_report_needs_the_cue_as_a_whole_word():
    masked = "Lavrov said the talks had failed and warned that sanctions would follow."
    found = second_attribution(masked, "said")
    assert found is not None and masked[found[1]:].startswith("warned")
    assert second_attribution(masked, "argued") is None
    assert second_attribution("Lavrov resaid nothing and warned that sanctions would follow.", "said") is None
