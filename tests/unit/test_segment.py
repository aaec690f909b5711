"""Segmentation of real-looking pages: what is article, comment, advert, furniture, turn."""
from analysis.model import Document
from analysis.segment import segment, split_sentences, units


def blocks_of(text, **meta):
    doc = Document("d", "t.txt", text, **meta)
    return [(b.kind, text[b.start:b.end], b.label, b.reply_to, b.embedded) for b in segment(doc)]


def kinds(text, **meta):
    return {t: k for k, t, *_ in blocks_of(text, **meta)}


def turns_of(text):
    """(words, label) of every paragraph a speaker label gives a turn, in order."""
    return [(t, lab) for k, t, lab, *_ in blocks_of(text) if lab]


ARTICLE = (
    "Minister warns of escalation at border\n\n"
    "The foreign minister of Atlantis warned on Monday that troops were massing.\n"
    "Officials in the capital said talks would resume next week.\n"
    "Negotiators met for four hours in Geneva without a breakthrough.\n"
    "The talks are expected to continue on Thursday.\n"
)


def test_headline_and_body():
    k = kinds(ARTICLE)
    assert k["Minister warns of escalation at border"] == "headline"
    assert k["Negotiators met for four hours in Geneva without a breakthrough."] == "body"


def test_promotion_inside_and_after_article_is_spam():
    text = ARTICLE.replace(
        "Officials in the capital",
        "Did you know that lockBox is the safest way to protect your passwords from hackers?\n"
        "Officials in the capital",
    ) + "I use lockBox for my freelance gigs and my clients love the security it gives.\n"
    k = kinds(text)
    assert k["Did you know that lockBox is the safest way to protect your passwords from hackers?"] == "spam"
    assert k["I use lockBox for my freelance gigs and my clients love the security it gives."] == "spam"
    assert k["Negotiators met for four hours in Geneva without a breakthrough."] == "body"


def test_site_prompts_menus_and_footers_are_furniture_or_spam():
    text = (
        "Home\nWorld\nPolitics\nBusiness\nSport\n\n" + ARTICLE
        + "Interested in Diplomacy? Add Diplomacy as an interest to stay up to date.\n"
        + "Sign up for our Daily Newsletter\n"
        + "We use cookies to improve your experience on our site.\n"
        + "Copyright © 2024 Example Media. All rights reserved.\n"
        + "Atlantis rejects ultimatum Read more\n"
    )
    k = kinds(text)
    for line in ("Home", "World", "Politics", "Sign up for our Daily Newsletter",
                 "We use cookies to improve your experience on our site.",
                 "Copyright © 2024 Example Media. All rights reserved.", "Atlantis rejects ultimatum Read more"):
        assert k[line] == "furniture", line
    assert k["Interested in Diplomacy? Add Diplomacy as an interest to stay up to date."] in ("spam", "furniture")
    assert k["Negotiators met for four hours in Geneva without a breakthrough."] == "body"


def test_trailing_reply_lines_recover_every_author():
    text = ARTICLE + (
        "Totally agree with the minister here. Talks are the only way.\n"
        "Nobody believes those talks will go anywhere.\n"
        "In reply to Totally agree with the… by blue_heron\n"
        "Talks have failed three times already, why would this time be different\n"
        "In reply to Nobody believes those… by OldSailor\n"
    )
    got = {t: (k, lab, rep) for k, t, lab, rep, _ in blocks_of(text)}
    assert got["Totally agree with the minister here. Talks are the only way."] == ("comment", "blue_heron", None)
    # the comment just above a reply line answers the quoted author; its own author is
    # named by the next reply line
    assert got["Nobody believes those talks will go anywhere."] == ("comment", "OldSailor", "blue_heron")
    assert got["Talks have failed three times already, why would this time be different"] == ("comment", None, "OldSailor")
    assert got["In reply to Totally agree with the… by blue_heron"][0] == "furniture"
    assert got["The talks are expected to continue on Thursday."][0] == "body"


def test_indented_reddit_thread_with_headers():
    text = (
        "r/worldnews Live Thread: Atlantis crisis\n"
        "reddit.com/r/worldnews/comments/abc/live_thread/  |  posted 2022-02-17 09:05 UTC\n\n"
        "u/aaa111 · 2022-02-17 09:08 · 35 points\n"
        "The minister's speech was a clear threat.\n\n"
        "    u/bbb222 · 2022-02-17 09:11 · 12 points\n"
        "    Not really, he offered talks in the same breath.\n\n"
        "        u/ccc333 · 2022-02-17 09:15 · 3 points\n"
        "        Talks with a gun on the table.\n\n"
        "u/ddd444 · 2022-02-17 09:20 · 8 points\n"
        "[removed]\n"
    )
    got = {t: (k, lab, rep) for k, t, lab, rep, _ in blocks_of(text)}
    assert got["The minister's speech was a clear threat."] == ("comment", "u/aaa111", None)
    assert got["Not really, he offered talks in the same breath."] == ("comment", "u/bbb222", "u/aaa111")
    assert got["Talks with a gun on the table."] == ("comment", "u/ccc333", "u/bbb222")
    assert got["[removed]"][0] == "furniture"
    assert got["r/worldnews Live Thread: Atlantis crisis"][0] == "headline"


def test_deleted_accounts_comment_is_its_own_not_the_previous_commenters():
    # a deleted account keeps its header line; its words are an unknown commenter's, the
    # header is no statement, and a reply under it answers that unknown commenter
    text = (
        "r/worldnews Live Thread: Atlantis crisis\n\n"
        "u/aaa111 · 2022-02-17 09:08 · 35 points\n"
        "The minister's speech was a clear threat.\n\n"
        "    u/[deleted] · 2022-02-17 09:41 · -20 points\n"
        "    How likely is it that the alliance abandons them?\n\n"
        "        u/ccc333 · 2022-02-17 11:09 · 2 points\n"
        "        Not likely at all, the alliance is firm.\n\n"
        "[deleted] · 2022-02-17 12:00 · 4 points\n"
        "Nobody believes the talks will work.\n"
    )
    got = {t: (k, lab, rep) for k, t, lab, rep, _ in blocks_of(text)}
    assert got["How likely is it that the alliance abandons them?"] == ("comment", "(unknown commenter)", "u/aaa111")
    assert got["Not likely at all, the alliance is firm."] == ("comment", "u/ccc333", "(unknown commenter)")
    assert got["Nobody believes the talks will work."][:2] == ("comment", "(unknown commenter)")
    assert not any("u/[deleted]" in t or t.startswith("[deleted]") for t in got if got[t][0] != "furniture")


def test_unmarked_comment_with_pasted_excerpt():
    text = ARTICLE + (
        "Sounds like the same old posturing to me.\n"
        "Same thing happened last april:\n"
        "Officials have accused the neighbouring state of provocations along the frontier.\n"
        "\"We will respond,\" the defence minister said.\n"
    )
    got = {t: (k, emb) for k, t, _, _, emb in blocks_of(text)}
    assert got["Sounds like the same old posturing to me."] == ("comment", False)
    assert got["Same thing happened last april:"] == ("comment", False)
    assert got["\"We will respond,\" the defence minister said."] == ("comment", True)
    assert got["The talks are expected to continue on Thursday."] == ("body", False)


def test_march_as_a_word_is_not_a_readers_date():
    # "march" as a verb or a noun is news copy; only a month written as a date in lower case
    # ("in april", "june 3") is the careless register of a reader's comment
    text = ARTICLE + (
        "Protesters plan to march on the parliament building, organisers said.\n"
        "Police said the march route had been agreed with the city.\n"
    )
    k = kinds(text)
    assert k["Protesters plan to march on the parliament building, organisers said."] == "body"
    assert k["Police said the march route had been agreed with the city."] == "body"


def test_one_paragraph_in_a_readers_voice_does_not_end_the_article():
    text = ARTICLE + (
        "And yet, the minister's aides say, the talks remain a priority for her.\n"
        "The delegation will travel to Geneva next week, officials said.\n"
        "Meanwhile in the capital, parliament debated the budget.\n"
        "Opposition deputies walked out of the chamber before the vote.\n"
    )
    assert {k for k, *_ in blocks_of(text)} <= {"headline", "body"}


def test_a_single_comment_pasted_after_the_article_is_still_a_comment():
    text = ARTICLE + "Sounds like the same old posturing to me.\n"
    assert kinds(text)["Sounds like the same old posturing to me."] == "comment"


def test_first_person_column_is_not_a_comment_section():
    text = (
        "Why I changed my mind on sanctions\n\n"
        "I have written about sanctions for a decade.\n"
        "My view was that they rarely work.\n"
        "Three things changed my mind.\n"
        "Sounds odd, but the evidence is now clear to me.\n"
    )
    assert {k for k, *_ in blocks_of(text)} <= {"headline", "body"}


def test_white_house_transcript_turns():
    text = (
        "Press Briefing by Press Secretary\n\n"
        "1:05 P.M. EST\n\n"
        "MS. PSAKI: Hi, everyone. We remain ready for diplomacy.\n\n"
        "Q    Will the President call Moscow?\n\n"
        "MS. PSAKI: I don't have a call to preview.\n\n"
        "And we will keep our allies informed.\n"
    )
    got = [(k, t, lab) for k, t, lab, *_ in blocks_of(text)]
    assert ("furniture", "1:05 P.M. EST", None) in got
    turns = [(t, lab) for k, t, lab in got if lab]
    assert turns == [
        ("Hi, everyone. We remain ready for diplomacy.", "MS. PSAKI"),
        ("Will the President call Moscow?", "Q"),
        ("I don't have a call to preview.", "MS. PSAKI"),
        ("And we will keep our allies informed.", "MS. PSAKI"),
    ]


def test_kremlin_transcript_labels():
    text = (
        "News conference following talks\n\n"
        "Vladimir Putin: Good afternoon. The talks were constructive.\n\n"
        "Question (retranslated): What about sanctions?\n\n"
        "President of Turkey Recep Tayyip Erdogan (retranslated): We discussed them.\n\n"
        "What I can say is this: we agreed on a ceasefire.\n"
    )
    labels = [lab for _, _, lab, *_ in blocks_of(text) if lab]
    assert labels == ["Vladimir Putin", "Question", "President of Turkey Recep Tayyip Erdogan",
                      "President of Turkey Recep Tayyip Erdogan"]


def test_wrapped_lines_of_a_raw_page_are_one_paragraph():
    text = "Headline\n\nFollowing the Russian-Hungarian\ntalks, the two leaders made statements\nfor the press.\n"
    got = [t for k, t, *_ in blocks_of(text) if k == "body"]
    assert got == ["Following the Russian-Hungarian\ntalks, the two leaders made statements\nfor the press."]


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def test_sentences_know_news_abbreviations():
    text = ("Mr. Smith met Gen. Jones and Sen. Brown in Jan. 2019. Dr. Lee of the U.S. State Department "
            "and the U.K. envoy joined them. George W. Bush did not. The U.S. The end.")
    assert sentences(text) == [
        "Mr. Smith met Gen. Jones and Sen. Brown in Jan. 2019.",
        "Dr. Lee of the U.S. State Department and the U.K. envoy joined them.",
        "George W. Bush did not.",
        "The U.S.",
        "The end.",
    ]


def test_sentences_do_not_break_inside_a_quotation_in_doubled_apostrophes():
    text = "''We tried. It failed,'' she said. ''Now we wait. Then we decide.'' The vote is on Friday."
    assert sentences(text) == ["''We tried. It failed,'' she said.", "''Now we wait. Then we decide.''",
                               "The vote is on Friday."]


def test_two_initials_before_a_surname_do_not_end_a_sentence_but_a_place_after_a_comma_may():
    text = ("Former President George H.W. Bush stayed home. \u201cWe disagree,\u201d said Rep. T.J. Okafor of Ohio. "
            "The rally was in Greenville, S.C. Members of the club came. Then they left the U.S. He stayed.")
    assert sentences(text) == [
        "Former President George H.W. Bush stayed home.",
        "\u201cWe disagree,\u201d said Rep. T.J. Okafor of Ohio.",
        "The rally was in Greenville, S.C.",
        "Members of the club came.",
        "Then they left the U.S.",
        "He stayed.",
    ]


def test_a_persons_initials_after_a_comma_do_not_end_a_sentence_a_states_do():
    text = ("\u201cThe talks are over,\u201d the envoy, J.D. Roe, told reporters. Last year, C.V. Poe gave $5 million. "
            "The meeting was in Durham, N.C. Roe stayed.")
    assert sentences(text) == [
        "\u201cThe talks are over,\u201d the envoy, J.D. Roe, told reporters.",
        "Last year, C.V. Poe gave $5 million.",
        "The meeting was in Durham, N.C.",
        "Roe stayed.",
    ]


def test_sentences_do_not_break_inside_quotations():
    text = '"We heeded their calls. But now we have no such obligation," he said. Then he left.'
    assert sentences(text) == ['"We heeded their calls. But now we have no such obligation," he said.', "Then he left."]
    curly = "“We are ready. We are waiting.” The talks resumed."
    assert sentences(curly) == ["“We are ready. We are waiting.”", "The talks resumed."]


def test_units_cover_text_exactly_and_skip_furniture():
    text = ARTICLE + "Copyright © 2024 Example Media.\n"
    doc = Document("d", "t.txt", text)
    bl = segment(doc)
    us = units(text, bl)
    assert all(text[u.start:u.end].strip() == text[u.start:u.end] for u in us)
    assert not any("Copyright" in text[u.start:u.end] for u in us)


def test_spam_patterns_are_tried_only_where_their_words_are_and_say_what_the_whole_list_says():
    """Each [spam] pattern runs only on a paragraph holding a literal it requires: the same
    answers as searching with all of them, in any case and with the letters that
    case-insensitive matching takes for ASCII ones (the long s, the Kelvin sign)."""
    from analysis.segment.cues import cues, required_literal, spam_search

    c = cues()
    assert required_literal(r"\b(buy|order|shop) now\b") == " now"
    assert required_literal(r"^(sponsored|promoted)\s*:") is None
    paras = ["Did you know that camDown is the best way to secure your webcam?", "BUY NOW and save",
             "Use promo code SAVE20 at checkout.", "Sponsored: the best deals", "Get 20% off today only",
             "I know now what we must do, the minister said, and the code of conduct applies.",
             "free \u017fhipping on every order", "Buy no\u212a", "“Free trial” offers are a scam, the regulator said.",
             "Interested in trade? Add trade as an interest", "The sponsored by-election was called off."]
    for t in paras:
        low = t.lower()
        assert spam_search(c, t, low) == bool(any(h in low for h in c.spam_hints) and c.spam.search(t)), t
    assert spam_search(c, paras[0], paras[0].lower()) and not spam_search(c, paras[5], paras[5].lower())


def test_chinese_and_japanese_sentences_end_at_their_full_stops_without_spaces():
    text = "外交部发言人表示，中方坚决反对。我们将采取必要措施！他说：“我们反对。”随后离开。「協議は続ける」と述べた。"
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "外交部发言人表示，中方坚决反对。", "我们将采取必要措施！", "他说：“我们反对。”", "随后离开。", "「協議は続ける」と述べた。"]
    # Latin text keeps its rules: no split without a space and a capital after the stop
    latin = "Version 2.0 is out.Then more."
    assert [latin[a:b] for a, b in split_sentences(latin, 0, len(latin))] == [latin]


def test_name_colon_heading_over_narration_about_that_person_is_a_subheading():
    text = (
        "What each mayoral hopeful needs on Tuesday\n\n"
        "The race enters its last week with three candidates still standing.\n\n"
        "Okafor: Hold the suburbs.\n\n"
        "Former council leader Ada Okafor has led every poll since March. Her campaign says turnout will decide it.\n\n"
        "Lindqvist: A late surge.\n\n"
        "The retired judge trails by six points, and nothing in the debates lifted Lindqvist among voters.\n\n"
        "Brennan: Win the east side. Councilman Tom Brennan has spent the week there, and Brennan's aides "
        "expect a close count.\n"
    )
    got = [(k, t, lab) for k, t, lab, *_ in blocks_of(text)]
    assert not [lab for _, _, lab in got if lab]  # nobody speaks: the sections are about them
    # an article's headings, whole: "Name:" is no speaker label here (three names, each once)
    assert ("headline", "Okafor: Hold the suburbs.", None) in got
    assert ("headline", "Lindqvist: A late surge.", None) in got
    assert any(k == "body" and t.startswith("Former council leader Ada Okafor") for k, t, _ in got)


def test_a_turn_stops_where_narration_about_its_speaker_begins():
    text = (
        "Panel on the budget\n\n"
        "Dana Whitcombe: We cannot fund both programmes, and I said so in March.\n\n"
        "And the treasury agrees with me on that.\n\n"
        "Maris Holt: The figures say otherwise.\n\n"
        "Whitcombe: They do not.\n\n"
        "After the broadcast, Whitcombe's office issued a correction of her figures.\n\n"
        "The treasury has not commented.\n"
    )
    assert turns_of(text) == [
        ("We cannot fund both programmes, and I said so in March.", "Dana Whitcombe"),
        ("And the treasury agrees with me on that.", "Dana Whitcombe"),
        ("The figures say otherwise.", "Maris Holt"),
        ("They do not.", "Whitcombe"),
    ]


def test_a_turn_goes_on_over_paragraphs_that_only_contain_its_speakers_surname_inside_a_word():
    text = (
        "Budget hearing\n\n"
        "MS. PRICE: Prices rose again in May.\n\n"
        "Pricey imports are the reason, and the committee knows it.\n\n"
        "Nobody at Pricewaterhouse disputes that.\n\n"
        "Q: Will you act?\n\n"
        "MS. PRICE: We will. Ms. Price's staff will publish the figures.\n"
    )
    assert turns_of(text) == [
        ("Prices rose again in May.", "MS. PRICE"),
        ("Pricey imports are the reason, and the committee knows it.", "MS. PRICE"),
        ("Nobody at Pricewaterhouse disputes that.", "MS. PRICE"),
        ("Will you act?", "Q"),
    ]  # the last label's words name her with a possessive: the outlet's narration, no turn


def test_a_transcript_keeps_its_turns_when_speakers_introduce_themselves_or_name_others():
    text = (
        "State of the Nation, Sunday\n\n"
        "RAINES: Good morning, I'm Lena Raines, and this is State of the Nation.\n\n"
        "Joining me now is the governor. Governor, your reaction?\n\n"
        "GOVERNOR ABARA: Thank you, Lena. My brother, Ken Abara, served on that council, and I trust it.\n\n"
        "MR. PRICE: Price caps were discussed, yes.\n\n"
        "Q: And the vote?\n\n"
        "MR. PRICE: We will see.\n"
    )
    assert [lab for _, lab in turns_of(text)] == ["RAINES", "RAINES", "GOVERNOR ABARA", "MR. PRICE", "Q", "MR. PRICE"]


def test_a_tally_of_name_colon_figure_rows_is_no_transcript():
    text = (
        "Delegate count\n\n"
        "The latest count in the race.\n\n"
        "Ada Okafor: 1,204.\n\n"
        "Tom Brennan: 988.\n\n"
        "Uncommitted: 57.\n\n"
        "Turnout: 48%\n\n"
        "Okafor needs 96 more to win.\n"
    )
    assert not [lab for _, _, lab, *_ in blocks_of(text) if lab]


def test_mixed_quotation_marks_close_what_they_open():
    # a curly mark closed by a straight one and the other way round, and a closing mark typed
    # at a quotation's start: a mark opens or closes by where it stands
    text = ("“We are ready. We are waiting,\" he said. Then he left. "
            "\"They know. They always knew,” she said. The vote is on Friday.")
    assert sentences(text) == ["“We are ready. We are waiting,\" he said.", "Then he left.",
                               "\"They know. They always knew,” she said.", "The vote is on Friday."]
    assert sentences("”Fear. I am afraid.” ― Ana Ruiz") == ["”Fear. I am afraid.” ― Ana Ruiz"]


def test_a_quotation_typed_with_reversed_curly_marks_is_one_sentence():
    text = "”The law is not new. A similar law has been in force elsewhere for years.“ Then he left."
    assert sentences(text) == ["”The law is not new. A similar law has been in force elsewhere for years.“",
                               "Then he left."]


def test_a_roster_of_names_after_a_colon_is_no_speaker_label():
    # "Ohio: Tim Albrecht, Brad Anderson, …": a list of a panel's members by state; a turn's
    # own words may open with a few names ("MS. ROE: Well, Steve, I think …")
    text = ("Insiders: the race is close.\n\nThe panel's members answered a survey this week.\n\n"
            "Ohio: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell, Dave Caris.\n\n"
            "Iowa: Jane Doe, Karen Whitlow, Thomas Varga, Ann Marr, Tom Poe, Jim Roe.\n\n"
            "Maine: Sam Clovis, Sara Craig, Anne Ward, Bill Kay, Rob Hart, Lee Moss.\n")
    assert not any(b.turn for b in segment(Document("d", "t.txt", text)))
    text = ("Briefing.\n\nMS. ROE: Good afternoon.\n\nQ: Is the plan ready?\n\n"
            "MS. ROE: Well, Steve, I think it is important to be clear.\n\nQ: And the vote?\n")
    assert sum(b.turn for b in segment(Document("d", "t.txt", text))) == 4


def test_an_authors_follow_prompt_after_the_article_is_furniture():
    text = ("Talks.\n\nThe minister said the talks had failed.\n\n"
            "\"Follow Jane Roe on Twitter @janeroe.\"\n")
    assert kinds(text)['"Follow Jane Roe on Twitter @janeroe."'] == "furniture"


def test_furniture_lines_and_comment_cues_are_tried_only_where_they_can_match_with_the_same_answers():
    """The furniture patterns looked up by a line's first character, and the comment cues
    behind their literals, answer as the whole alternation and the bare searches do, with
    the letters that case-insensitive matching takes for ASCII ones (the long s, the Kelvin
    sign, the dotted and dotless i)."""
    import random

    from analysis.segment.cues import cues, required_literals

    c = cues()
    assert required_literals(r"\b(lol|imho)\b", fold=True) == {"lol", "imho"}
    assert required_literals(r"\b(in|on)\s+(?:march|april)\b") == {"march", "april"}
    assert required_literals(r"^[a-z]") is None
    pieces = ["Read more", "sign up for", "©", "Copyright", "1 / 8", "READ: x", "Share | Tweet", "___", "\u212aey",
              "\u017fee also", "\u0130mage 3 of 4", "www.x.com/a", "[removed]", "Photo: x", "5 min read", " ", "x",
              "Updated 3 hours ago", "an hour ago", "lol", "IMHO", "in march", "you", "I'm", "!!", "wow", "\u0131"]
    rnd = random.Random(7)
    for _ in range(3000):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 3))).strip() or "x"
        assert bool(c.furniture.match(t)) == bool(c.furniture.whole.match(t)), t
        low = t.lower()
        exact = not any(ch in t for ch in "\u0130\u0131\u017f\u212a")
        for cue in c.comment_strong + c.comment_weak:
            assert cue.search(t, low, exact) == bool(cue.rx.search(t)), (cue.rx.pattern, t)
