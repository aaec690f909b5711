"""The speaker's NAME as the statement export gives it (issue 11): names with initials,
generational suffixes and a describing noun before them; each on a short example of our own."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def speakers(registry, text):
    doc = Document("d", "t.txt", text, published="2016-10-01")
    return [(s.speaker, s.text) for s in analyse(doc, registry) if s.speaker != "(narrator)"]


def test_an_inverted_speaker_with_a_middle_initial_keeps_the_whole_name(registry):
    t = 'Tax.\n\n"The plan is fair," said Representative Harold B. Mills of Ohio. "It helps workers."\n'
    got = speakers(registry, t)
    assert got and all(sp == "Harold B. Mills" for sp, _ in got)
    assert any("It helps workers" in text for _, text in got)  # the next quotation continues him


def test_an_inverted_speaker_after_an_abbreviated_title(registry):
    t = 'Tax.\n\n"The plan is fair," said Gov. Ann Marr.\n'
    assert [sp for sp, _ in speakers(registry, t)] == ["Ann Marr"]


def test_a_generational_suffix_is_no_part_of_the_name(registry):
    t = "Tax.\n\nVann R. Ostrow II said the plan was fair.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Vann R. Ostrow"]


def test_a_describing_noun_at_a_sentence_start_is_no_given_name(registry):
    t = "Tax.\n\nAnalyst Jane Roe said the plan was fair.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Jane Roe"]


def test_a_spokeswoman_for_a_named_person_gives_that_persons_position(registry):
    t = "Tax.\n\nA spokeswoman for Sen. Harold Mills said the plan was fair.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Harold Mills"]


def test_a_lawyer_for_a_named_person_speaks_for_himself(registry):
    t = "Tax.\n\nA lawyer for Harold Mills said the plan was fair.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["(unnamed lawyer)"]


def test_a_curly_quotation_closed_by_a_straight_mark_is_still_attributed(registry):
    t = 'Tax.\n\n“At this point, I do not think so," said Mayor Don Guardian in an interview.\n'
    got = speakers(registry, t)
    assert got and got[0] == ("Don Guardian", '“At this point, I do not think so,"')


def test_a_candidates_campaign_is_an_organisation_named_for_the_candidate(registry):
    t = ("Race.\n\nSen. Harold Mills is running again.\n\n"
         "The Mills campaign said the poll was wrong.\n\n"
         "Mills's campaign also said the debate was unfair.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["Harold Mills campaign", "Harold Mills campaign"]


def test_a_campaign_of_nobody_known_stays_unnamed(registry):
    t = "Race.\n\nThe campaign said the poll was wrong.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["(unnamed campaign)"]


@pytest.mark.parametrize("sentence, who", [
    ("Paul Ostrow, a truck driver from Ava, Mo., who is a member of the union, said the plan was bad.", "Paul Ostrow"),
    ("Scot Rainer, executive director of One Wisconsin Now, said the plan was bad.", "Scot Rainer"),
    ("Sen. Harold Mills, R-Ohio, a long-shot candidate, said the plan was bad.", "Harold Mills"),
    ("Gov. Ann Marr, who was to travel to Columbus, Ohio, on Wednesday, said the plan was bad.", "Ann Marr"),
])
def test_a_name_before_a_long_appositive_is_the_subject_not_a_place_inside_it(registry, sentence, who):
    assert [sp for sp, _ in speakers(registry, "Jobs.\n\n" + sentence + "\n")] == [who]


def test_a_name_with_a_participle_appositive_after_a_dateline(registry):
    t = ("Museum.\n\nSPRINGFIELD -- Gov. Ann Marr, opening the Museum of River History and Culture on Saturday, "
         "said it would tell the town's story.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["Ann Marr"]


def test_an_outlet_whose_name_holds_a_capital_is_the_outlet_not_the_state(registry):
    # "The Washington Post" ends in a word that is also a document ("post") and opens with a
    # capital city: the registry's outlet, neither the state nor an unnamed post
    t = "News.\n\nThe Washington Post reports that the plan failed.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["The Washington Post"]


def test_a_span_whose_last_word_is_no_known_name_is_a_name_of_its_own(registry):
    t = "News.\n\nThe Kyiv Courier said the plan failed.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Kyiv Courier"]


def test_words_the_text_writes_in_lower_case():
    # a word counts after a space or a line break and before a space, a line break or ",.;:"
    from analysis.attribute import _LowerCase

    lower = _LowerCase("Regarding the talks, we are regarding\nthem. Should we? we should;\nmarch on")
    assert "regarding" in lower and "should" in lower and "march" in lower and "them" in lower
    assert "talks" in lower  # before a comma
    assert "on" not in lower  # at the very end: nothing after it
    assert "egarding" not in lower and "calm" not in lower  # inside a word; not in the text
