"""The dashboard's pure parts: filters <-> URL, the filter bar's date inputs, the
filter <-> control synchronisation, where the assets are found. No store."""
from dash import no_update

from dashboard import queries as Q
from dashboard.app import nav_links, sync_filters


def test_filters_round_trip_through_the_url():
    f = Q.Filters(since="2022-01", outlets=("Wire", "A&B"), sections=("articles", "spam"), kinds=("official",),
                  actors=("Sergey Lavrov",), q="nato", doc="abc")
    assert Q.Filters.from_search(f.to_search()) == f
    assert Q.Filters.from_search("") == Q.Filters()
    assert Q.Filters.from_search("?since=junk").since is None
    assert "spam" not in Q.Filters().section_names()
    assert f.slug().startswith("since-2022-01_outlet-Wire+A-B")


def test_the_date_picker_shows_a_year_or_month_in_the_url_as_its_days_and_keeps_it():
    """?since=2022-02&until=2022 shows 2022-02-01 .. 2022-12-31 in the picker; a control
    changed elsewhere keeps the URL's month and year; a day picked replaces them."""
    from dashboard.app import picker_dates
    f = Q.Filters.from_search("?since=2022-02&until=2022")
    assert picker_dates(f) == ("2022-02-01", "2022-12-31")
    out = sync_filters("url", "?since=2022-02&until=2022", *([None] * 8))
    assert out[1:3] == ("2022-02-01", "2022-12-31") and out[-1] == Q.MIN_N
    out = sync_filters("f-outlet", "?since=2022-02&until=2022", "2022-02-01", "2022-12-31", ["Wire"],
                       ["articles", "comments"], [], [], None, 5)
    assert out[0] == "?since=2022-02&until=2022&outlet=Wire"
    out = sync_filters("f-dates", "?since=2022-02&until=2022", "2022-03-15", "2022-12-31", [],
                       ["articles", "comments"], [], [], None, 5)
    assert out[0] == "?since=2022-03-15&until=2022"
    out = sync_filters("f-minn", "", None, None, [], ["articles", "comments"], [], [], None, 12)
    assert out[0] == "?minn=12"


def test_filter_sync_both_ways():
    out = sync_filters("url", "?outlet=Wire&actor=X&doc=abc", None, None, None, None, None, None, None)
    # a new URL sets the controls and leaves the URL alone (no_update, not a rewrite)
    assert out[0] is no_update and out[3] == ["Wire"] and out[6] == ["X"] and out[1] is None
    out = sync_filters("f-outlet", "?doc=abc", None, None, ["Daily"], ["articles", "comments"], [], [], None)
    assert out[0] == "?outlet=Daily&doc=abc"
    assert nav_links("?outlet=Daily&doc=abc")[0] == "/?outlet=Daily"


def test_assets_are_found_in_a_checkout_and_in_an_installed_wheel(monkeypatch, tmp_path):

    import dashboard.app as A
    assert (A.assets_folder() / "style.css").is_file()  # the top-level assets/ of the checkout
    # installed from a wheel: no assets/ beside the package; pyproject's data-files put them here
    monkeypatch.setattr(A, "__file__", str(tmp_path / "site-packages" / "dashboard" / "app.py"))
    monkeypatch.setattr(A.sysconfig, "get_path", lambda name: str(tmp_path / "prefix"))
    assert A.assets_folder() == tmp_path / "prefix" / "share" / "stancewatch" / "assets"

