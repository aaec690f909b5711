"""Each speaker's stance toward the actors they talk about."""
import pytest

from analysis.model import Statement
from analysis.stance import STANCE_COLUMNS, stance


def row(speaker, targets, tone, esc, published="2021-12-02", section="body", **extra):
    return {"speaker": speaker, "targets": targets, "tone": tone, "escalation": esc, "published": published,
            "section": section, **extra}


def by_pair(rows):
    return {(r["speaker"], r["target"]): r for r in rows}


def test_columns_are_the_contract():
    assert STANCE_COLUMNS == ("speaker", "target", "statements", "tone", "escalation", "first", "last")
    out = stance([row("Sergey Lavrov", ["NATO"], -0.5, 0.6)])
    assert list(out[0]) == list(STANCE_COLUMNS)


def test_means_counts_and_dates_per_pair():
    rows = [
        row("Sergey Lavrov", ["NATO", "United States"], -0.6, 0.8, "2021-12-02"),
        row("Sergey Lavrov", ["NATO"], -0.2, 0.4, "2021-11-30"),
        row("Sergey Lavrov", "United States;Ukraine", 0.4, -0.2, "2021-12-05"),
        row("Antony Blinken", ["Russia"], 0.1, -0.5, "2021-12-02"),
    ]
    out = by_pair(stance(rows))
    nato = out[("Sergey Lavrov", "NATO")]
    assert nato["statements"] == 2
    assert nato["tone"] == pytest.approx(-0.4)
    assert nato["escalation"] == pytest.approx(0.6)
    assert (nato["first"], nato["last"]) == ("2021-11-30", "2021-12-02")
    us = out[("Sergey Lavrov", "United States")]
    assert us["statements"] == 2 and us["tone"] == pytest.approx(-0.1) and us["escalation"] == pytest.approx(0.3)
    assert (us["first"], us["last"]) == ("2021-12-02", "2021-12-05")
    assert out[("Sergey Lavrov", "Ukraine")]["statements"] == 1
    assert out[("Antony Blinken", "Russia")]["escalation"] == pytest.approx(-0.5)
    assert len(out) == 4


def test_non_actor_speakers_spam_and_self_mentions_are_left_out():
    rows = [
        row("(narrator)", ["Russia"], -0.5, 0.5),
        row("(unknown commenter)", ["NATO"], -0.5, 0.5, section="comment"),
        row("(spam)", ["Ukraine"], 0.9, -0.1, section="spam"),
        row("(reporter)", ["Russia"], 0.0, 0.0),
        row("Socrates55", ["Russia"], -0.3, 0.2, section="comment"),  # a commenter is a speaker
        row("Sergey Lavrov", ["Ukraine"], 0.9, -0.1, section="spam"),
        row("Russia", ["Russia", "NATO"], -0.2, 0.4),
        row("Russia", ["(narrator)"], -0.2, 0.4),
    ]
    out = by_pair(stance(rows))
    assert set(out) == {("Socrates55", "Russia"), ("Russia", "NATO")}


def test_unscored_statements_count_but_do_not_bias_the_means():
    rows = [row("Sergey Lavrov", ["NATO"], None, None), row("Sergey Lavrov", ["NATO"], "-0.5", "0.7"),
            row("Sergey Lavrov", ["NATO"], "", float("nan"), published=None)]
    (only,) = stance(rows)
    assert only["statements"] == 3
    assert only["tone"] == pytest.approx(-0.5) and only["escalation"] == pytest.approx(0.7)
    assert only["first"] == only["last"] == "2021-12-02"
    (none,) = stance([row("Ned Price", ["Russia"], None, None, published=None)])
    assert none["tone"] is None and none["escalation"] is None and none["first"] is None


def test_statements_with_dates_from_their_documents():
    def st(doc, speaker, targets, tone, esc, section="body"):
        return Statement(doc_id=doc, seq=0, char_start=0, char_end=1, section=section, speaker=speaker,
                         speaker_kind="person", text="x", targets=tuple(targets), tone=tone, escalation=esc)

    sts = [st("d1", "Sergey Lavrov", ["NATO"], -0.4, 0.6), st("d2", "Sergey Lavrov", ["NATO"], 0.0, 0.2),
           st("d2", "(narrator)", ["NATO"], 0.0, 0.2)]
    (only,) = stance(sts, published={"d1": "2018-04-20", "d2": "2021-12-02"})
    assert only == {"speaker": "Sergey Lavrov", "target": "NATO", "statements": 2, "tone": pytest.approx(-0.2),
                    "escalation": pytest.approx(0.4), "first": "2018-04-20", "last": "2021-12-02"}


def test_order_is_speaker_then_most_statements():
    rows = [row("b", ["x"], 0, 0), row("a", ["y"], 0, 0), row("a", ["z"], 0, 0), row("a", ["z"], 0, 0)]
    assert [(r["speaker"], r["target"]) for r in stance(rows)] == [("a", "z"), ("a", "y"), ("b", "x")]
    assert stance([]) == []
