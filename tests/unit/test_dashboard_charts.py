"""The time-series chart shared by the actors, actor and dyad views, on frames written here."""
import pandas as pd

from dashboard.views.charts import series_figure

COLS = ["actor", "period", "period_end", "partial", "statements", "scored", "tone", "tone_ci95", "escalation",
        "escalation_ci95"]


def _frame(rows):
    return pd.DataFrame(rows, columns=COLS)


def test_volume_starts_at_zero_and_a_gap_breaks_the_line():
    df = _frame([("A", "2014-03-01", "", False, 9, 9, 0.1, 0.05, 0.2, 0.05),
                 ("A", "2022-03-01", "", False, 5, 5, 0.0, 0.05, 0.3, 0.05),
                 ("A", "2022-04-01", "", False, 6, 6, 0.0, 0.05, 0.1, 0.05)])
    fig = series_figure(df, "actor", "month", 5, "A over time")
    assert fig["layout"]["yaxis3"]["rangemode"] == "tozero"  # 5 and 9 statements are not drawn as 0 and all
    esc = next(t for t in fig["data"] if t.get("yaxis") == "y" and t.get("mode") == "lines+markers")
    # 2014 and 2022 are not joined: an empty point between them
    assert esc["y"] == [0.2, None, 0.3, 0.1] and esc["connectgaps"] is False


def test_a_year_dated_document_is_a_bar_across_its_year_and_thin_means_are_hollow():
    df = _frame([("A", "2022-01-01", "2022-12-31", True, 7, 7, 0.1, 0.05, 0.4, 0.05),
                 ("A", "2022-03-01", "", False, 2, 2, 0.0, 0.05, 0.3, 0.05)])
    fig = series_figure(df, "actor", "month", 5, "A over time")
    spans = [t for t in fig["data"] if t.get("mode") == "lines" and t.get("yaxis") == "y"]
    assert spans and spans[0]["x"] == ["2022-01-01", "2022-12-31"] and spans[0]["y"] == [0.4, 0.4]
    assert "0.400 ± 0.050" in spans[0]["hovertemplate"]  # a period's mean keeps its interval
    point = next(t for t in fig["data"] if t.get("yaxis") == "y" and t.get("mode") == "lines+markers")
    assert point["marker"]["symbol"] == ["circle-open"]  # 2 scored statements, under min N 5
