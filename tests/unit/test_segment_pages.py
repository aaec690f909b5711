"""Plain-text pages as they arrive copied from a browser or scraped: the furniture real pages
carry (promos, teaser lists, share and gallery rows, repeated captions, bylines, comment
threads, hard-wrapped lines) never becomes anyone's statement."""
import pytest

from analysis import pipeline
from analysis.actors import load_registry
from analysis.ingest import ingest
from analysis.model import Document
from analysis.segment import segment


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def blocks(text, **meta):
    doc = Document("d", "t.txt", text, **meta)
    return [(b.kind, text[b.start:b.end], b.label) for b in segment(doc)]


def kind_of(text, line, **meta):
    return next(k for k, t, _ in blocks(text, **meta) if t == line)


def statements(text, registry, **meta):
    return pipeline.analyse(Document("d", "t.txt", text, **meta), registry)


ARTICLE = (
    "Ministers meet as border tension grows\n\n"
    "The foreign ministers of Atlantis and Borduria met in Geneva on Monday for four hours.\n\n"
    "Officials on both sides said the talks would resume next week after consultations at home.\n\n"
    "Negotiators described the atmosphere as tense but businesslike, with no breakthrough expected.\n"
)


def test_a_read_promo_is_furniture_and_never_a_transcript_speaker(registry):
    text = ("Briefing on the border talks\n\n"
            "MS. LANE: Good afternoon. The talks resume on Thursday.\n\n"
            "Q: Will the minister attend?\n\n"
            "READ: Atlantis recalls its ambassador after border clash\n\n"
            "MS. LANE: He will attend, and we expect progress.\n\n"
            "Q: Thank you.\n")
    assert kind_of(text, "READ: Atlantis recalls its ambassador after border clash") == "furniture"
    sts = statements(text, registry)
    assert "(read)" not in {s.speaker for s in sts} and "READ" not in {s.speaker for s in sts}
    assert not any("recalls its ambassador" in s.text for s in sts)
    assert next(s for s in sts if "expect progress" in s.text).speaker != "(reporter)"
    related = ARTICLE + "\nRELATED: Borduria says it will not back down\n\nADVERTISEMENT\n"
    assert kind_of(related, "RELATED: Borduria says it will not back down") == "furniture"
    assert kind_of(related, "ADVERTISEMENT") == "furniture"


def test_a_wordpress_comment_thread_gives_each_comment_its_author(registry):
    text = ARTICLE + (
        "\n3 thoughts on “Ministers meet as border tension grows”\n\n"
        "thelastchargersfan says:\n"
        "October 3, 2018 at 5:02 pm\n"
        "Nobody believes a word of this, the talks are theatre.\n\n"
        "Reply\n\n"
        "M. Okafor says:\n"
        "October 3, 2018 at 6:40 pm\n"
        "Talks are better than shooting, whatever you think of them.\n")
    b = blocks(text)
    by_text = {t: (k, label) for k, t, label in b}
    assert by_text["Nobody believes a word of this, the talks are theatre."] == ("comment", "thelastchargersfan")
    assert by_text["Talks are better than shooting, whatever you think of them."] == ("comment", "M. Okafor")
    assert by_text["October 3, 2018 at 5:02 pm"][0] == "furniture"
    assert by_text["3 thoughts on “Ministers meet as border tension grows”"][0] == "furniture"
    assert by_text["Negotiators described the atmosphere as tense but businesslike, with no breakthrough "
                   "expected."][0] == "body"
    speakers = {s.speaker for s in statements(text, registry) if s.section == "comment"}
    assert speakers == {"thelastchargersfan", "M. Okafor"}
    # a reporter's "the minister says:" inside an article is not a comment header
    quote = ARTICLE + "\nThe minister says:\n\n“We will not give up one metre of our land.”\n"
    assert kind_of(quote, "“We will not give up one metre of our land.”") == "body"


def test_a_teaser_list_and_its_quotes_from_other_stories_are_furniture(registry):
    text = ARTICLE + (
        "\nMore in World\n\n"
        "Floods displace thousands in the delta\n\n"
        "Borduria's president vows to 'crush' rebels\n\n"
        "“We will crush them,” the president told supporters on Sunday.\n\n"
        "Elections delayed again in the north\n")
    for line in ("More in World", "Floods displace thousands in the delta",
                 "Borduria's president vows to 'crush' rebels",
                 "“We will crush them,” the president told supporters on Sunday.",
                 "Elections delayed again in the north"):
        assert kind_of(text, line) == "furniture", line
    assert not any("crush" in s.text for s in statements(text, registry))
    # a heading inside the article takes its links but leaves the article's next paragraph
    mid = ARTICLE.replace("Officials on both sides",
                          "Related\n\nAtlantis recalls envoy\n\nOfficials on both sides")
    assert kind_of(mid, "Atlantis recalls envoy") == "furniture"
    assert kind_of(mid, "Officials on both sides said the talks would resume next week after "
                        "consultations at home.") == "body"


def test_share_and_gallery_rows_and_repeated_captions_are_furniture():
    caption = "Soldiers patrol the border crossing near the town of Zelen on Sunday."
    text = ("Ministers meet as border tension grows\n\n" + caption + "\n\n1 / 8\n\nBack to Gallery\n\n"
            "Share Facebook Twitter Email\n\nTrending Now\n\n"
            + ARTICLE.split("\n\n", 1)[1] + "\n" + caption + "\n")
    b = blocks(text)
    caption_kinds = [k for k, t, _ in b if t == caption]
    assert caption_kinds[0] == "body" and caption_kinds[1:] == ["furniture"]
    for line in ("1 / 8", "Back to Gallery", "Share Facebook Twitter Email", "Trending Now"):
        assert kind_of(text, line) == "furniture", line


def test_gallery_controls_and_video_teaser_rows_are_furniture():
    rows = ["Enlarge this image", "Next image", "Toggle caption",
            "JUST WATCHED Envoys meet at the border Replay More Videos ...",
            "MUST WATCH Envoys meet at the border 03:47"]
    text = ("Ministers meet as border tension grows\n\n" + "\n\n".join(rows) + "\n\n"
            + ARTICLE.split("\n\n", 1)[1]
            + "\nJust watched the minister's speech and she was right about the border.\n")
    for line in rows:
        assert kind_of(text, line) == "furniture", line
    # a sentence that only begins like a player's label is text
    assert kind_of(text, "Just watched the minister's speech and she was right about the border.") == "body"


def test_a_byline_and_dateline_are_metadata_not_statements(tmp_path, registry):
    text = ("Ministers meet as border tension grows\n\nBy Jane Doe and John Roe, Reuters\n"
            "September 18, 2018\n\n" + ARTICLE.split("\n\n", 1)[1])
    assert kind_of(text, "By Jane Doe and John Roe, Reuters") == "furniture"
    assert not any("Jane Doe" in s.text for s in statements(text, registry))
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    (docs, errors) = ingest([tmp_path / "page.txt"])
    assert not errors
    assert docs[0].published == "2018-09-18" and docs[0].author == "Jane Doe and John Roe"
    # a manifest still wins
    (tmp_path / "manifest.csv").write_text("file,published\npage.txt,2018-09-19\n", encoding="utf-8")
    (docs, _) = ingest([tmp_path])
    assert docs[0].published == "2018-09-19"


def test_a_hard_wrapped_raw_page_is_read_in_whole_sentences(registry):
    text = ("Press statements following the talks\n\n"
            "President of Atlantis Ivan Petrov: \n"
            "Ladies and gentlemen, today we had very substantive talks. We discussed\n"
            "topical issues on the bilateral agenda and outlined\n"
            "long-term cooperation plans. Established with foreign capital,\n"
            "the new bank serves four million customers. This power plant generates\n"
            "40 percent of the country’s electricity.\n"
            "Prime Minister of Borduria\n\n"
            "Karl Weber\n\n"
            "Weber Karl\n"
            "Prime Minister of Borduria\n\n"
            "(retranslated)\n"
            ": \n"
            "Good afternoon, Mr President. We have become reliable partners.\n")
    sts = statements(text, registry, kind="rawpage")  # as the corpus manifest says of such pages
    said = {s.text.replace("\n", " "): s.speaker for s in sts}
    assert "We discussed topical issues on the bilateral agenda and outlined long-term cooperation plans." in said
    assert "Established with foreign capital, the new bank serves four million customers." in said
    assert "This power plant generates 40 percent of the country’s electricity." in said
    assert not any(s.text.strip() in (":", ",", "") for s in sts)
    assert said["Good afternoon, Mr President."] != said["Ladies and gentlemen, today we had very substantive talks."]
    assert "Weber" in said["We have become reliable partners."]
    for s in sts:
        assert text[s.char_start:s.char_end] == s.text


def test_one_odd_product_like_word_never_makes_an_article_spam():
    text = ("Hackers target government laptops\n\n"
            "Hackers linked to a foreign intelligence service tried to install spyware on macOS laptops "
            "used by ministry staff, officials said, and urged agencies to download the security update "
            "to protect their systems.\n\n"
            "The ministry said the attack on macOS machines began in March and was stopped within days.\n\n"
            "Officials declined to say whether any classified material was taken from the laptops.\n")
    assert "spam" not in {k for k, _, _ in blocks(text)}
    # the same brand in a paragraph that sells to the reader is still an advert
    ad = text + "\nProtect your laptop today: install shieldPro, the secure app hackers hate, and save 50%.\n"
    assert kind_of(ad, "Protect your laptop today: install shieldPro, the secure app hackers hate, "
                       "and save 50%.") == "spam"
    assert kind_of(ad, "Officials declined to say whether any classified material was taken from the "
                       "laptops.") == "body"


def test_an_advert_block_is_spam_and_reading_aids_are_furniture(registry):
    text = ("Skip to main content\n\nMinisters meet as border tension grows\n\n4 min read\n\n"
            + ARTICLE.split("\n\n", 1)[1] + "\nContinue reading\n\nSponsored Links\n\n"
            "Doctors stunned by this one simple trick\n\nHealthy Daily Tips\n\n"
            "Seniors are ditching their phones for this device\n\nGadget World\n\n"
            "Get 40% off your first order of organic coffee: shop today and enjoy free shipping.\n")
    k = {t: kind for kind, t, _ in blocks(text)}
    for line in ("Skip to main content", "4 min read", "Continue reading", "Sponsored Links"):
        assert k[line] == "furniture", line
    for line in ("Doctors stunned by this one simple trick", "Seniors are ditching their phones for this device",
                 "Get 40% off your first order of organic coffee: shop today and enjoy free shipping."):
        assert k[line] == "spam", line
    assert k["Officials on both sides said the talks would resume next week after consultations at home."] == "body"
    sts = statements(text, registry)
    assert {s.speaker for s in sts if "Doctors" in s.text or "coffee" in s.text} == {"(spam)"}


def test_kickers_in_capitals_are_never_speakers(registry):
    text = ("Briefing on the border talks\n\n"
            "MS. LANE: Good afternoon. The talks resume on Thursday.\n\n"
            "Q: Will the minister attend?\n\n"
            "BREAKING: Atlantis recalls its ambassador.\n\n"
            "EXCLUSIVE: The minister will travel to Geneva tonight.\n\n"
            "MS. LANE: He will attend, and we expect progress.\n")
    speakers = {s.speaker for s in statements(text, registry)}
    assert not {"(breaking)", "(exclusive)", "BREAKING", "EXCLUSIVE"} & speakers
    assert not any(sp.lower().strip("()") in ("breaking", "exclusive") for sp in speakers)


def test_a_short_headline_on_the_line_above_the_article_is_not_joined_to_it():
    text = "Ukraine: what we know so far\nRussian forces advanced on Monday, officials said.\n"
    assert kind_of(text, "Ukraine: what we know so far") == "headline"
    assert kind_of(text, "Russian forces advanced on Monday, officials said.") == "body"


def test_a_thread_copied_from_a_comment_widget_gives_each_comment_its_handle(registry):
    text = ARTICLE + ("\n142 Comments\n\n"
                      "borderwatcher\n2 hours ago\nThey said the same thing last spring.\nReply\n\n"
                      "Anna_K\n1 hour ago\nAt least they are talking again.\nReply\n")
    by = {t: (k, label) for k, t, label in blocks(text)}
    assert by["They said the same thing last spring."] == ("comment", "borderwatcher")
    assert by["At least they are talking again."] == ("comment", "Anna_K")
    assert by["2 hours ago"][0] == "furniture" and by["Reply"][0] == "furniture"
    assert by["Negotiators described the atmosphere as tense but businesslike, with no breakthrough "
              "expected."][0] == "body"
    # one headline over one dateline is an article, not a thread
    single = "Talks resume\nMarch 5, 2024\n\nThe ministers met in Geneva on Monday for four hours.\n"
    assert kind_of(single, "The ministers met in Geneva on Monday for four hours.") == "body"


def test_an_article_in_japanese_is_article_text_not_a_menu():
    text = ("商品の改造が商標法違反に\n\n"
            "先日、不正に改造した携帯電話を販売したとして、商標法違反の疑いで男性が逮捕されました。\n"
            "改造品の販売は商標権の侵害にあたる可能性があります。\n"
            "専門家は注意を呼びかけています。\n")
    b = blocks(text)
    assert b[0][:2] == ("headline", "商品の改造が商標法違反に")
    assert [k for k, _, _ in b[1:]] == ["body", "body", "body"]


@pytest.mark.parametrize("line", [
    "These are external links and will open in a new window", "Close share panel", "Image source, Getty Images",
    "Published", "Last modified on Mon 5 Mar 2024 10.00 GMT", "Reuse this content", "Ad Feedback",
    "SKIP ADVERTISEMENT", "Supported by", "Our Standards: The Thomson Reuters Trust Principles.",
    "Source: Al Jazeera and news agencies", "Listen to this article", "Print this page",
])
def test_the_furniture_of_large_news_sites_is_furniture(line):
    assert kind_of(ARTICLE + "\n" + line + "\n", line) == "furniture"


def test_every_unanchored_furniture_pattern_has_a_hint():
    """segment.toml's promise: a line without any floating hint cannot match those patterns
    (each hint is a literal, lower-case part of its pattern)."""
    import tomllib
    from importlib import resources
    raw = tomllib.loads(resources.files("analysis").joinpath("data/segment.toml").read_text("utf-8"))
    hints = raw["furniture"]["floating_hints"]
    for pattern in (p for p in raw["furniture"]["line"] if not p.startswith("^")):
        assert any(h in pattern.lower() for h in hints), pattern


@pytest.mark.parametrize("line", ["Lerer reported from Los Angeles.", "Jane Roe reported from Kabul, Afghanistan.",
                                  "Jane Roe and John Doe reported from Beirut.",
                                  "Jane Roe and John Doe contributed reporting.",
                                  "John Doe in London contributed additional reporting.",
                                  "Roe reported from Beirut. Associated Press writers John Doe in Ankara, Turkey; "
                                  "and Jane Poe in Moscow contributed.",
                                  "Associated Press writers John Doe in Ankara and Jane Poe in Moscow contributed."])
def test_a_reporters_credit_line_is_furniture(line):
    text = f"Talks resume\nThe talks resumed on Monday, officials said.\n{line}\n"
    assert kind_of(text, line) == "furniture"


def test_a_sentence_that_reports_from_a_place_is_no_credit_line():
    line = "The mayor reported from the scene that the fire was out."
    text = f"Fire\nThe fire started at noon.\n{line}\n"
    assert kind_of(text, line) == "body"
