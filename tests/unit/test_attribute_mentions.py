"""Each attributed statement records where the document named its source (speaker_start /
speaker_end): the name, the pronoun, the noun phrase or the transcript label the rules read
its speaker from, so that an analyst can check "he" -> Trump. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def mentions(registry, text, **kw):
    """sentence text -> (speaker, the words its mention covers, or None)."""
    doc = Document("d", "t.txt", text, published=kw.pop("published", "2021-12-02"), **kw)
    out = {}
    for s in analyse(doc, registry):
        if s.cue == "frame":
            continue
        said = text[s.speaker_start:s.speaker_end] if s.speaker_start is not None else None
        out[s.text] = (s.speaker, said)
    return out


def find(got, part):
    hits = [v for k, v in got.items() if part in k]
    assert len(hits) == 1, (part, got)
    return hits[0]


def test_a_pronoun_source_is_the_pronoun_and_its_antecedent_the_speaker(registry):
    t = ("Talks.\n\nMargaret Ellison met the press on Monday.\n\n"
         '"We have a deal on the table," she said.\n')
    assert find(mentions(registry, t), "We have a deal") == ("Margaret Ellison", "she")


def test_a_named_source_before_and_after_the_verb(registry):
    t = ("Budget.\n\nThomas Varga said the plan was fair and would pass.\n\n"
         '"The numbers do not add up," said Karen Whitlow, a council member.\n')
    got = mentions(registry, t)
    assert find(got, "the plan was fair") == ("Thomas Varga", "Thomas Varga")
    assert find(got, "do not add up") == ("Karen Whitlow", "Karen Whitlow")


def test_a_nominal_source_is_its_noun_phrase(registry):
    t = ("Strike.\n\nThe strike hit a depot near the border.\n\n"
         "A local official said the depot had been empty for weeks.\n")
    speaker, said = find(mentions(registry, t), "empty for weeks")
    assert said == "A local official" and speaker.startswith("(unnamed")


def test_according_to_points_at_the_source_after_it(registry):
    t = "Budget.\n\nThe plan will cost more than promised, according to Karen Whitlow.\n"
    assert find(mentions(registry, t), "cost more") == ("Karen Whitlow", "Karen Whitlow")


def test_a_quotation_that_continues_keeps_the_mention_of_its_opening_line(registry):
    t = ("Budget.\n\n"
         '"The numbers do not add up," Karen Whitlow told reporters.\n\n'
         '"We will vote against it on Tuesday and again next month if we must."\n')
    got = mentions(registry, t)
    assert find(got, "We will vote against it") == ("Karen Whitlow", "Karen Whitlow")


def test_a_transcript_turn_points_at_its_label(registry):
    t = ("Press briefing\n\nMS. PSAKI: Sure.\n\nQ    Will there be more sanctions?\n\n"
         "MS. PSAKI: We will see.\n\nQ — on energy. What about gas?\n\nMS. PSAKI: Go ahead.\n")
    got = mentions(registry, t, kind="transcript")
    assert find(got, "We will see.") == ("Jen Psaki", "MS. PSAKI")
    assert find(got, "Will there be more sanctions?") == ("(reporter)", "Q")
    assert find(got, "Q — on energy.") == ("(reporter)", "Q")


def test_narration_names_no_source(registry):
    t = "Budget.\n\nThe council met on Monday to discuss the plan.\n"
    assert find(mentions(registry, t), "The council met") == ("(narrator)", None)


# --- speaker accuracy: who the rules take the source to be --------------------------------


def test_an_abbreviated_religious_title_is_no_sentence_end(registry):
    t = ("Church.\n\n"
         '"The city will never go back to normal," said the Rev. Peter Wherry, of Grace Chapel.\n')
    assert find(mentions(registry, t), "never go back")[0] == "Peter Wherry"


def test_an_age_between_commas_does_not_hide_the_name(registry):
    t = ("Radio.\n\nThe host Larry Kingsley has worked in radio for fifty years.\n\n"
         '"I have never been edited," Mr. Kingsley, 82, told me.\n')
    assert find(mentions(registry, t), "never been edited")[0] == "Larry Kingsley"


def test_said_of_is_no_inverted_subject(registry):
    t = ("Media.\n\n"
         '"Their strategy is very clear," Paul Denholm, a senior fellow at the Hoover Institution, said of Russia.\n')
    assert find(mentions(registry, t), "strategy is very clear")[0] == "Paul Denholm"


def test_the_aides_of_a_person_are_not_that_person(registry):
    t = ("Campaign.\n\nThomas Varga toured the state on Monday.\n\n"
         "Advisers to Mr. Varga said the tour would go on until November.\n")
    speaker, said = find(mentions(registry, t), "tour would go on")
    assert speaker == "(unnamed advisers)" and said == "Advisers to Mr. Varga"


def test_an_honorific_picks_the_one_of_its_gender_among_namesakes(registry):
    t = ("Family.\n\nMargaret Ellison and her husband Thomas Ellison ran the shop for years.\n\n"
         "Mrs. Ellison said the shop would stay open.\n\n"
         "Mr. Ellison said the shop would close.\n")
    got = mentions(registry, t)
    assert find(got, "would stay open")[0] == "Margaret Ellison"
    assert find(got, "would close")[0] == "Thomas Ellison"


def test_a_show_is_no_person(registry):
    t = ("Radio.\n\nHe spoke on the Dave Porter Morning Show on Tuesday.\n\n"
         '"It was a disgrace," said Governor Carl Benning.\n')
    doc = Document("d", "t.txt", t, published="2021-12-02")
    names = {n for s in analyse(doc, registry) for n in (s.speaker, *s.targets)}
    assert "Dave Porter Morning Show" not in names


def test_a_plural_possessive_is_the_document_s_own_person(registry):
    # the registry knows another Sanders; the document named its own in full
    t = ("Primary.\n\nBernie Sanders won in Rhode Island on Tuesday.\n\n"
         "Hillary Clinton acknowledged Sanders' success, saying she applauded him and his supporters.\n")
    doc = Document("d", "t.txt", t, published="2016-04-27")
    st = [s for s in analyse(doc, registry) if s.cue == "acknowledged"]
    assert [(s.speaker, s.targets) for s in st] == [("Hillary Clinton", ("Bernie Sanders",))]


def test_after_a_bare_comma_only_a_reporting_verb_takes_its_subject_on_the_right(registry):
    t = ("Rally.\n\nKeith Hutto, a plumbing contractor, blamed George W. Bush for the housing bust.\n\n"
         "The economy is weak and getting weaker, said Karen Whitlow.\n")
    got = mentions(registry, t)
    assert find(got, "for the housing bust")[0] == "Keith Hutto"
    assert find(got, "getting weaker") == ("Karen Whitlow", "Karen Whitlow")


def test_an_honorific_and_surname_is_the_document_s_own_person_before_the_registry_s(registry):
    # the registry knows a Marco Rubio; this document is about another Rubio
    t = ("Mexico.\n\n''That's our vulnerability,'' said Luis Rubio, who heads a research center in Mexico City.\n\n"
         "''If we are to go to war, of course we have rifles,'' Mr. Rubio said.\n")
    assert find(mentions(registry, t), "go to war")[0] == "Luis Rubio"


def test_a_surname_two_people_share_is_the_one_named_last(registry):
    t = ("Vote.\n\nGary Johnson's doctor says the candidate is fit.\n\n"
         "Homeland Security Secretary Jeh Johnson says hackers are taking aim at state officials.\n\n"
         "Johnson said officials should reach out to the federal government.\n\n"
         "Gary Johnson spoke in Denver on Friday.\n\n"
         "Johnson said he would stay in the race.\n")
    got = mentions(registry, t)
    assert find(got, "reach out")[0] == "Jeh Johnson"
    assert find(got, "stay in the race")[0] == "Gary Johnson"


def test_she_after_a_man_is_the_woman_who_just_spoke_before_a_woman_named_as_an_object(registry):
    t = ("Debate.\n\nMargaret Ellison is calling a tweet by Thomas Varga “unhinged”.\n\n"
         "She says his attacks on Karen Whitlow are “lies”.\n\n"
         "Her response to Varga came in a series of posts on Friday.\n\n"
         "She wrote: “This is dangerous for a mayor.”\n")
    assert find(mentions(registry, t), "dangerous for a mayor") == ("Margaret Ellison", "She")


def test_the_role_an_appositive_gave_a_person_binds_a_later_description(registry):
    t = ("Town.\n\nThomas Varga, a spokesman for the city council, spoke on Monday.\n\n"
         "The spokesman said the bridge was safe.\n")
    assert find(mentions(registry, t), "the bridge was safe") == ("Thomas Varga", "The spokesman")


def test_the_spokeswoman_is_the_one_introduced_a_spokeswoman_for_others_is_unnamed(registry):
    t = ("Town.\n\nCity spokeswoman Karen Whitlow spoke on Monday.\n\n"
         "The spokeswoman said the bridge was safe.\n\n"
         "A spokeswoman for the police said the road was closed.\n")
    got = mentions(registry, t)
    assert find(got, "the bridge was safe")[0] == "Karen Whitlow"
    assert find(got, "the road was closed")[0] == "(unnamed spokeswoman)"


def test_a_role_with_no_country_in_view_stays_unnamed(registry):
    # a state named once, as the object of the sentence, is not the role's country
    got = mentions(registry, "Talks.\n\nThe president said the talks with Poland had failed.\n", published=None)
    assert find(got, "talks with Poland")[0] == "(unnamed president)"
    # nor are two states named as often as each other
    t = "Talks.\n\nRussia and Ukraine met in Istanbul.\n\nThe foreign minister said the talks had failed.\n"
    assert find(mentions(registry, t, published="2022-03-29"), "had failed")[0] == "(unnamed foreign minister)"


def test_a_role_resolves_in_the_country_the_document_is_about(registry):
    t = ("Talks.\n\nRussia met Ukraine in Istanbul. Russia wants a deal.\n\n"
         "The foreign minister said the talks had failed.\n")
    assert find(mentions(registry, t, published="2022-03-29"), "had failed")[0] == "Sergey Lavrov"


# a relative pronoun subject is the mention of its antecedent, as "he" is in "he said"; a
# relative clause between commas leaves the main verb to its subject; a relative pronoun that
# is the verb's object leaves the mention to the pronoun subject after it
@pytest.mark.parametrize("text, part, want", [
    ("The plan was backed by Karen Whitlow, who said it would pass in March.\n\n"
     "The city police, which reported a rise in thefts, blamed the closures.\n",
     "it would pass", ("Karen Whitlow", "who")),
    ("Thomas Varga, who served on the council, said the plan was fair.\n",
     "the plan was fair", ("Thomas Varga", "Thomas Varga")),
    ('Thomas Varga spoke on Monday.\n\nVarga took aim at the treasurer, who he dubbed "the little accountant."\n',
     "little accountant", ("Thomas Varga", "he")),
])
def test_a_relative_pronoun_and_its_antecedent(registry, text, part, want):
    assert find(mentions(registry, "Budget.\n\n" + text), part) == want


def test_a_second_report_with_a_pronoun_of_its_own_is_named_by_that_pronoun(registry):
    # "…, though he added …": the second statement's subject is "he"; the first keeps the name
    t = ("Budget.\n\nThomas Varga spoke on Monday.\n\n"
         "Varga criticized the council, though he added that the plan could still pass.\n\n"
         "Varga said the talks failed and warned that the budget would be late.\n")
    got = mentions(registry, t)
    assert find(got, "the plan could still pass") == ("Thomas Varga", "he")
    assert find(got, "warned that the budget") == ("Thomas Varga", "Varga")
