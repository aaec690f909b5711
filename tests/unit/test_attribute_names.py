"""The speaker's NAME as the statement export gives it (issue 11): names with initials,
generational suffixes and a describing noun before them; each on a short example of our own."""
import pytest

from analysis.model import Document
from analysis.pipeline import analyse
from tests.news_text import registry, spoken  # noqa: F401  (the shared registry fixture)


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


def test_the_campaign_among_several_is_the_one_of_the_candidate_just_named(registry):
    t = ("Race.\n\nThe Harold Mills campaign and the Ann Marr campaign both bought airtime.\n\n"
         "Ann Marr plans to speak in Dayton on Friday.\n\n"
         "The campaign says she will announce a new jobs plan there.\n")
    assert speakers(registry, t)[-1] == ("Ann Marr campaign", "she will announce a new jobs plan there.")


def test_a_leaders_administration_is_an_organisation_named_for_the_leader(registry):
    t = ("Refugees.\n\nLast month, the Obama administration announced it had met its refugee goal.\n\n"
         "The Bush White House said the plan was sound.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["Barack Obama administration", "George W. Bush administration"]


def test_the_administration_is_the_one_the_document_named_else_unnamed(registry):
    t = ("Refugees.\n\nThe Obama administration has set a goal of 10,000 refugees.\n\n"
         "The administration said the goal had been met.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["Barack Obama administration"]
    t = "Refugees.\n\nThe administration said the goal had been met.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["(unnamed administration)"]


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


@pytest.mark.parametrize("text, who", [
    # a common noun for an organisation the document named in full is that organisation
    ("Rally.\n\nThe Dunmore Township Police Department released a video.\n\nPolice said the officer wore no camera.\n",
     "Dunmore Township Police Department"),
    ("Race.\n\nJane Roe's campaign released an ad on Monday.\n\nThe campaign says the ad will air in May.\n",
     "Jane Roe campaign"),
    ("Tax.\n\nThe story ran in The New York Times on Sunday.\n\nThe Times wrote that the firm lost money.\n",
     "The New York Times"),
])
def test_a_common_noun_source_is_the_organisation_the_document_named(registry, text, who):
    assert [sp for sp, _ in speakers(registry, text)] == [who]


def test_a_common_noun_source_stays_unnamed_when_two_organisations_fit(registry):
    t = ("Rally.\n\nThe Dunmore Police Department and the Avoca Police Department met.\n\n"
         "Police said the roads were closed.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["(unnamed police)"]


def test_an_outlet_that_spoke_is_it(registry):
    t = ("Tax.\n\nThe story ran in The New York Times on Sunday.\n\nThe Times wrote that the firm lost money. "
         "It added that the debt was large.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["The New York Times"] * 2


@pytest.mark.parametrize("sentence, who", [
    ("The Dunmore Township Board says the aide broke the rules.", "Dunmore Township Board"),
    ("The Jane Roe Foundation said the grant was paid.", "Jane Roe Foundation"),
])
def test_an_institution_named_by_its_head_is_no_person_inside_it(registry, sentence, who):
    t = "Jobs.\n\nJane Roe founded it.\n\n" + sentence + "\n"
    assert [sp for sp, _ in speakers(registry, t)] == [who]


def test_a_namesake_of_a_known_person_is_someone_else(registry):
    # the registry knows Boris Johnson; the document introduces another Johnson
    t = "Vote.\n\nDean Johnson, a salesman from Sumter, says the race is close. Johnson said he liked it.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Dean Johnson", "Dean Johnson"]


def test_a_describing_word_before_a_known_surname_is_no_given_name(registry):
    t = "Vote.\n\nHillary Clinton spoke first. Later, Democrat Clinton said the race was close.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Hillary Clinton"]


def test_a_given_name_before_a_surname_that_is_also_a_title(registry):
    t = 'Vote.\n\n"The race is close," said Charlie King, a lawyer. "It will be decided late."\n'
    assert [sp for sp, _ in speakers(registry, t)] == ["Charlie King", "Charlie King"]


def test_a_one_word_transcript_label_is_a_surname_unless_it_describes(registry):
    t = ("Interview.\n\nThe governor spoke.\n\nTAPPER: And obviously, you are supporting him.\n\n"
         "ANNOUNCER: Next week.\n\nTAPPER: Thank you.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["Tapper", "(unnamed announcer)", "Tapper"]


def test_a_name_cut_at_its_middle_initial_keeps_its_surname(registry):
    t = "Tax.\n\nThe bill was a disgrace, according to Harold B. Mills.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Harold B. Mills"]


def test_a_title_before_a_given_name_and_a_surname_that_is_a_state(registry):
    t = "Vote.\n\nRep. Jim Jordan said the vote failed.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Jim Jordan"]


def test_a_verb_form_before_a_known_surname_is_no_namesake(registry):
    t = "Vote.\n\nInjecting Clinton's troubles into the race is a ploy, Trump said.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Donald Trump"]


def test_words_the_text_writes_in_lower_case():
    # a word counts after a space or a line break and before a space, a line break or ",.;:"
    from analysis.attribute import _LowerCase

    lower = _LowerCase("Regarding the talks, we are regarding\nthem. Should we? we should;\nmarch on")
    assert "regarding" in lower and "should" in lower and "march" in lower and "them" in lower
    assert "talks" in lower  # before a comma
    assert "on" not in lower  # at the very end: nothing after it
    assert "egarding" not in lower and "calm" not in lower  # inside a word; not in the text


def test_a_surname_that_speaks_makes_the_full_name_a_persons(registry):
    # a name with no title, given name from the list or appositive before it: its surname alone
    # speaking later says it is a person's, and "he" after that speaker is them
    t = ("Web.\n\nHis digital mastermind, Orrin Vaszary, runs the effort.\n\n"
         "Vaszary said the work is harder now.\n\n"
         '"We used to reach everyone on one page," he said.\n')
    got = speakers(registry, t)
    assert [sp for sp, _ in got] == ["Orrin Vaszary", "Orrin Vaszary"]


def test_a_copula_and_a_person_noun_say_a_person(registry):
    t = ("War.\n\nFlorin Oberholt is a former army captain.\n\n"
         "Oberholt says the plan will fail.\n\n"
         "He also says the army is tired.\n")
    assert {sp for sp, _ in speakers(registry, t)} == {"Florin Oberholt"}


def test_a_firm_named_for_a_surname_is_no_second_person_of_it(registry):
    # "Brill Oberholt" (a firm) beside "Hank Oberholt": which one the lone surname means, the
    # surname cannot say, so it makes neither a person (a given name no list knows: one that
    # says a gender makes its bearer the likelier person, as "Frank Oberholt" did before)
    t = ("Firm.\n\nZorvan Oberholt ran the firm Brill Oberholt for years.\n\n"
         "Oberholt said the firm was sold.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["Oberholt"]


def test_a_preposition_opening_a_sentence_is_no_given_name(registry):
    t = "Jobs.\n\nOutside Vantorr, workers waited.\n\nVantorr said the plant would close.\n"
    assert all(sp != "Outside Vantorr" for sp, _ in speakers(registry, t))


def test_a_given_name_that_is_also_a_word_still_names_the_other_namesake(registry):
    # "Bill Clinton" in a text that also writes "a bill": not the registry's Hillary Clinton
    t = ("Care.\n\nThe bill passed.\n\n"
         "Bill Clinton said the system was crazy.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["Bill Clinton"]


def test_a_shared_surname_stays_with_the_speaker_not_a_namesake_mentioned_in_passing(registry):
    # "Roe" after "his wife, Jane Roe" was mentioned: still Sen. Tom Roe, who speaks; and "he" too
    t = ("Race.\n\nSen. Tom Roe said the race was close.\n\n"
         "He stood beside a photo of his wife, Jane Roe, at the hall.\n\n"
         '"I will not back him," Roe said.\n\n'
         '"This is personal," he said.\n')
    got = speakers(registry, t)
    assert [sp for sp, _ in got] == ["Tom Roe"] * 3


def test_a_peoples_name_that_speaks_makes_no_person_of_the_words_before_it(registry):
    # "Americans say …" is no surname: "Rural Americans" stays a group, not a person
    t = ("Poll.\n\nRural Americans live far from cities.\n\nAmericans say the economy is weak.\n")
    assert "Rural Americans" not in {sp for sp, _ in speakers(registry, t)}


def test_a_surname_with_inner_capitals_still_speaks_for_the_full_name(registry):
    # "Orla DeVrane" … "DeVrane said": the export shows the full name the document introduced
    t = ("Film.\n\nIf anyone cares about the past, it is Orla DeVrane.\n\n"
         "DeVrane said the film took two years.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["Orla DeVrane"]


@pytest.mark.parametrize("sentence, name, opens", [
    ("Jane Roe said the talks failed.", "Jane Roe", True),
    ("Sen. Jane Roe, who chairs the panel, said …", "Jane Roe", True),
    ("“Deputy Foreign Minister Roe said …", "Ilona Roe", True),          # quotation mark and title first
    ("The minister met Roe on Monday.", "Jane Roe", False),            # the name is not the subject
    ("Roeder said the talks failed.", "Jane Roe", False),              # a longer word is not the surname
    ("Jane O'Neil-Roe (D) said …", "Jane O'Neil-Roe", True),           # regex characters in the surname
    ("Jane O'NeilXRoe said …", "Jane O'Neil-Roe", False),              # ... read literally
])
def test_a_sentence_opens_with_a_persons_surname_as_its_subject(sentence, name, opens):
    from analysis.attribute.outlet_subjects import opens_with as _opens_with
    assert _opens_with(sentence, name) is opens


RAW_PAGE_LABELS = ("Support.\n\n[**Speaker Dean Johnson**](https://x.example/a/1)**:** “We stand with the plan.”\n\n"
                   "Johnson said later that the vote would be close.\n\n"
                   "[**Sen. Ann Marr**](https://x.example/b/2)**:** “It is a good day.”\n\n"
                   "**Gov. Tom Reed:** “Peace is near.”\n")


def test_a_markdown_label_with_a_full_name_is_not_a_known_namesake(registry):
    # the registry knows Boris Johnson; the label names another Johnson in full
    got = speakers(registry, RAW_PAGE_LABELS)
    assert got[0] == ("Dean Johnson", "“We stand with the plan.”")
    assert ("Ann Marr", "“It is a good day.”") in got and ("Tom Reed", "“Peace is near.”") in got


def test_a_surname_after_a_label_is_the_person_the_label_named(registry):
    # the label introduces Dean Johnson: a bare "Johnson" later in the page is his
    got = speakers(registry, RAW_PAGE_LABELS)
    assert [sp for sp, text in got if "vote would be close" in text] == ["Dean Johnson"]


def test_a_given_name_that_is_not_the_known_persons_names_another_person(registry):
    from analysis.attribute.context import DocContext
    from analysis.attribute.document_actors import DocumentActors
    ctx = DocContext(Document("d", "t.txt", "x"), DocumentActors(registry))
    assert ctx.lookup_name("Kevin Johnson") is None  # a new person, not Boris Johnson
    assert ctx.lookup_name("Sen. Kevin Johnson") is None
    assert ctx.lookup_name("Boris Johnson").name == "Boris Johnson"
    assert ctx.lookup_name("Prime Minister Johnson").name == "Boris Johnson"  # a title is no given name
    assert ctx.lookup_name("Tony Blinken").name == "Antony Blinken"  # a short form of his given name
    assert ctx.lookup_name("Sergei Lavrov").name == "Sergey Lavrov"  # a spelling of it


def test_a_lone_you_names_no_source(registry):
    t = "Tax.\n\nJane Roe runs the office. You know, the ones who went to college. They want to work at banks.\n"
    # "You" is no source; "They want …" is a position of unnamed people (was: no speaker at all,
    # before a report credited to "they" with nobody in view stopped being the narrator's)
    assert [sp for sp, _ in speakers(registry, t)] == ["(unnamed people)"]


def test_a_title_of_office_before_a_surname_alone_names_a_person(registry):
    # "Sen. Whitlow said": the title says a person; the document named nobody of that name
    # in full, so the surname is the speaker; with a full name before, that person
    got = dict((t, sp) for sp, t in speakers(registry, 'Budget.\n\n"The bill will pass," Sen. Whitlow said.\n\n'
                                                       "Gov. Varga said the plan was fair.\n"))
    assert got['"The bill will pass,"'] == "Whitlow"
    assert got["the plan was fair."] == "Varga"
    got = dict((t, sp) for sp, t in speakers(registry, "Budget.\n\nKaren Whitlow spoke on Monday.\n\n"
                                                       "Sen. Whitlow said the bill would pass.\n"))
    assert got["the bill would pass."] == "Karen Whitlow"


def test_a_given_name_before_a_state_word_is_a_persons_name(registry):
    # "Mark Cuban", "Jim Jordan": a listed given name before a surname that is also a state's
    # name or adjective; the surname alone then means the person the document named
    t = ('Budget.\n\nRep. Jim Jordan met the committee on Monday.\n\n'
         '"The vote was rigged," Jordan said.\n\nTalks between Egypt and Jordan went on.\n')
    got = dict((text, sp) for sp, text in speakers(registry, t))
    assert got['"The vote was rigged,"'] == "Jim Jordan"


def test_a_state_whose_name_opens_with_a_given_name_stays_a_state(registry):
    t = "Budget.\n\nThe minister of Sierra Leone said the vote was fair.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Sierra Leone"]


def test_an_indefinite_description_is_someone_new_not_the_person_already_named(registry):
    t = ("Race.\n\nSen. Walter Brandt spoke in Dayton on Monday.\n\n"
         "A senator said the count was flawed.\n\n"
         "The senator said the count was fair.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["(unnamed senator)", "Walter Brandt"]
    t = ("Rally.\n\nOrganizer Quentin Vasko led the march on Monday.\n\n"
         "One organizer said the platform ignored the movement.\n")
    assert [sp for sp, _ in speakers(registry, t)] == ["(unnamed organizer)"]


def test_a_surname_that_is_a_word_inside_a_longer_name_is_no_person(registry):
    # "Power" is Samantha Power's surname and a word this text writes in lower case
    t = ("Solar.\n\nThe solar industry needs more power. A report by the Agency's Photovoltaic Power Systems "
         "Program stated that the industry had grown.\n")
    assert "Samantha Power" not in [sp for sp, _ in speakers(registry, t)]


def test_a_surname_after_a_title_or_a_possessive_keeps_its_person(registry):
    t = "Talks.\n\nThe talks needed more power. Ambassador Power said the talks had failed.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Samantha Power"]


@pytest.mark.parametrize("title", ["NASA Administrator", "State Superintendent", "Councilwoman", "Pastor"])
def test_a_local_office_before_a_full_name_is_no_part_of_it(registry, title):
    t = f"News.\n\nThe board met on Monday.\n\n{title} Jane Roe said the plan would work.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Jane Roe"]


def test_a_local_office_before_a_bare_surname_is_no_national_figure(registry):
    # the registry knows a James L. Jones; a prison's warden is someone else
    t = "Prison.\n\nThe prison was inspected on Monday.\n\nWarden Jones said the cells were safe.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Jones"]
    t = "Team.\n\nCoach Mike Brown spoke first. Coach Brown said the team was ready.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Mike Brown"]


def test_a_participle_opening_a_headline_is_no_part_of_a_name(registry):
    t = ("Introducing Jane Roe, New Chief at Acme\n\nAcme is thrilled to have Jane Roe as its chief.\n\n"
         "Q: How does it feel?\n\nA: Inspired and humbled.\n\nQ: And next?\n\nA: More growth.\n")
    assert {sp for sp, text in speakers(registry, t) if "humbled" in text or "growth" in text} == {"Jane Roe"}


def test_a_noun_in_ing_opening_a_name_stays_in_it(registry):
    t = 'Show.\n\nThe host spoke on air.\n\n"It was a good show," Morning Joe co-host Jane Roe said.\n'
    assert [sp for sp, _ in speakers(registry, t)] == ["Jane Roe"]


def _targets(registry, text):
    return [set(s.targets) for s in analyse(Document("d", "t.txt", text), registry) if s.section == "body"]


def test_a_title_and_a_surname_is_the_documents_own_person_before_a_registry_namesake(registry):
    # the registry knows a Sarah Sanders (a press secretary); a story that names Bernie
    # Sanders means him by "Sen. Sanders", "Senator Sanders" and "the Sanders campaign"
    t = ("Primary.\n\nBernie Sanders held a rally in Brooklyn on Sunday.\n\n"
         "\"Sen. Sanders has had trouble,\" Jane Roe said.\n\nSenator Sanders voted against the bill.\n\n"
         "The Sanders campaign did not comment.\n")
    # (each statement's targets, and its speaker: "Senator Sanders voted against the bill" is
    # his own position)
    got = [set(s.targets) | {s.speaker} for s in analyse(Document("d", "t.txt", t), registry) if s.section == "body"]
    assert all("Sarah Sanders" not in ts for ts in got)
    assert sum("Bernie Sanders" in ts for ts in got) >= 4


def test_a_title_the_registrys_person_holds_keeps_that_person(registry):
    # "President Obama" is Barack Obama even in a story that names Michelle Obama in full;
    # "the Trump campaign" is Donald Trump's beside Ivanka Trump when the story names him
    t = ("Chicago.\n\nMichelle Obama spoke in Chicago on Friday.\n\nPresident Obama was not there.\n")
    assert _targets(registry, t)[-1] == {"Barack Obama"}
    t = ("Campaign.\n\nDonald Trump spoke on Monday.\n\nIvanka Trump spoke on Tuesday.\n\n"
         "The Trump campaign has not commented.\n")
    assert "Donald Trump" in _targets(registry, t)[-1]


@pytest.mark.parametrize("sentence, who", [
    ("Senators Harry Reid and Chuck Schumer said the bill would fail.", "Harry Reid"),
    ("Floridians Jeb Bush and Marco Rubio said the state was in play.", "Jeb Bush"),
    ("Presidents Obama and Hollande said the talks went well.", "Barack Obama"),
])
def test_a_plural_noun_or_title_before_a_name_is_no_part_of_it(registry, sentence, who):
    got = analyse(Document("d", "t.txt", "News.\n\n" + sentence + "\n", published="2016-10-01"), registry)
    names = {s.speaker for s in got} | {t for s in got for t in s.targets}
    assert who in names and not any(n.split()[0] in ("Senators", "Floridians", "Presidents") for n in names)


def test_a_headline_verb_before_a_name_is_no_part_of_it(registry):
    got = analyse(Document("d", "t.txt", "U.S. Nominates Jim Yong Kim for Second Term\n\nThe bank said he would stay.\n"), registry)
    names = {t for s in got for t in s.targets}
    assert "Jim Yong Kim" in names and "Nominates Jim Yong Kim" not in names


def test_a_given_name_the_list_lacks_stays_in_the_name(registry):
    # "Giovanni" and "Cornell" are in no list of ours: the name keeps them
    t = "News.\n\n\"We will wait,\" said Cornell William Brooks, the group's president.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Cornell William Brooks"]


def test_a_word_capitalised_for_its_place_before_a_known_surname_is_no_namesake(registry):
    # "Maybe Trump" opens a headline and "Longtime Clinton" a sentence: their capitals say
    # nothing, and the story names Donald Trump and Hillary Clinton in full
    t = ("Maybe Trump hasn't rewritten the rules\n\nDonald Trump spoke to Hillary Clinton on Monday.\n\n"
         "Longtime Clinton allies said the call went well.\n\nMaybe Trump will call again, one aide said.\n")
    names = {t for s in analyse(Document("d", "t.txt", t), registry) for t in s.targets}
    assert "Maybe Trump" not in names and "Longtime Clinton" not in names
    assert {"Donald Trump", "Hillary Clinton"} <= names


def test_a_namesake_at_a_sentence_start_stays_a_person_of_their_own(registry):
    # "Alex Jones" is no James L. Jones: the story never names him, so the capital at the
    # sentence start is the only clue, and the namesake stands
    t = "Radio.\n\nAlex Jones said the election was rigged.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["Alex Jones"]


@pytest.mark.parametrize("text", [
    "Let us imagine factories that yield food in an abundance that ends hunger and want.",
    "Responding to recent reports that the regime moved its stockpile, the minister spoke.",
])
def test_a_word_that_opens_a_clause_is_no_body(registry, text):
    assert speakers(registry, "Energy.\n\n" + text + "\n") == []


def test_an_acronym_that_is_also_a_word_is_a_body(registry):
    t = "Syria.\n\nIS claimed responsibility, saying its members killed 13 soldiers.\n"
    assert [sp for sp, _ in speakers(registry, t)] == ["IS"]


@pytest.mark.parametrize("text, who", [
    ("That, RNC Chief of Staff Jane Roe explained, is by design.", "Jane Roe"),
    ("Missouri Secretary of State John Doe said the turnout was a record.", "John Doe"),
    ("Our Department of Energy estimates that the law will cut emissions.", "Department of Energy"),
])
def test_an_office_of_something_before_a_name_and_a_possessive_before_a_body(registry, text, who):
    assert [sp for sp, _ in speakers(registry, "News.\n\n" + text + "\n")] == [who]


@pytest.mark.parametrize("text, who", [
    ("The Goddard Space Flight Center in Greenbelt, Maryland, has confirmed the launch date.",
     "Goddard Space Flight Center"),
    ("Officials in Springfield, Illinois, said the water was safe.", "(unnamed officials)"),
    ("At a rally in Des Moines, Iowa, Jane Roe said the wall would be built.", "Jane Roe"),
    ("Jane Roe, a teacher from Austin, Texas, said she would vote.", "Jane Roe"),
])
def test_a_place_and_its_region_between_commas_are_no_subject(registry, text, who):
    assert [sp for sp, _ in speakers(registry, "News.\n\n" + text + "\n")] == [who]


@pytest.mark.parametrize("body, who", [
    ("Voters were split. One said the plan was fine.", ["(unnamed person)"]),
    ("The plan was a disaster. Enough said.", []),
    ("Much said about the plan was false.", []),
])
def test_a_lone_determiner_or_numeral_is_never_an_actor(registry, body, who):
    assert [w for _, w in spoken(registry, body)] == who
