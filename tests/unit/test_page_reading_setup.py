"""analysis/ingest/html.py, how trafilatura is set up for reading pages: its HTML parser makes
plain HtmlElement objects (the class chosen in C), and a page reads the same with them as with
lxml.html's own classes; the public suffix list is loaded before the ingest forks its workers."""
from lxml import html as lxml_html

from analysis.ingest.html import plain_element_classes, read_page

# a page whose article sits among form controls (a search box, a newsletter form with a
# label, a select and a textarea): the elements lxml.html gives classes of their own
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Border talks | The Courier</title>
<meta name="author" content="Jane Roe"></head><body>
<form class="search" action="/search"><label for="q">Search</label><input id="q" name="q" value="x"></form>
<article><h1>Border talks</h1>
<p>The foreign ministers of Atlantis and Borduria met in Geneva on Monday for four hours of talks on the
disputed border crossings, their first meeting since the spring, officials said.</p>
<p>Officials on both sides said the talks would resume next week after consultations in both capitals,
and that prisoner exchanges were on the agenda for the next round.</p>
<p>"We are ready to reopen the consulates as soon as the shelling stops," the Atlantian minister told
reporters after the meeting, adding that both delegations had agreed on a timetable.</p>
</article>
<form class="newsletter"><label>Your e-mail <input type="email" name="e"></label>
<select name="freq"><option>Daily</option><option>Weekly</option></select>
<textarea name="note">Tell us more</textarea><button>Sign up</button></form>
</body></html>"""


def test_the_parser_makes_plain_html_elements():
    parser = lxml_html.HTMLParser()
    plain_element_classes(parser)
    tree = lxml_html.fromstring(PAGE, parser=parser)
    kinds = {type(el) for el in tree.iter() if isinstance(el.tag, str)}
    assert kinds == {lxml_html.HtmlElement}
    assert tree.find(".//form") is not None and tree.find(".//textarea").text == "Tell us more"


def test_a_page_reads_the_same_as_with_lxml_htmls_own_classes():
    from trafilatura.utils import HTML_PARSER

    read_page("<html><body><p>warm</p></body></html>", "warm.html")  # trafilatura set up for this process
    plain = read_page(PAGE, "page.html")
    HTML_PARSER.set_element_class_lookup(lxml_html.HtmlElementClassLookup())
    try:
        assert type(lxml_html.fromstring(PAGE, parser=HTML_PARSER).find(".//form")) is lxml_html.FormElement
        own = read_page(PAGE, "page.html")
    finally:
        plain_element_classes()
    assert plain == own
    text, meta = plain
    assert "prisoner exchanges" in text and meta["author"] == "Jane Roe"


def test_the_suffix_list_is_loaded_before_the_workers_fork():
    import tld.utils

    from analysis.ingest.html import trafilatura_loaded

    trafilatura_loaded()
    assert any(len(names) > 1000 for names in tld.utils.tld_names.values())
