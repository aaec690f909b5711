"""The rules every stage shares, written once in analysis/model.py."""
from analysis.model import is_actor_name, stance_targets


def test_a_parenthesised_speaker_is_not_an_actor():
    for name in ("Sergey Lavrov", "Russia", "Socrates55", "@troll"):
        assert is_actor_name(name)
    for name in ("(narrator)", "(unknown commenter)", "(reporter)", "(unnamed officials)", "(spam)", "", None):
        assert not is_actor_name(name)


def test_stance_counts_actor_targets_once_never_the_speaker_never_spam():
    assert stance_targets("Sergey Lavrov", "body", ["NATO", "Sergey Lavrov", "NATO", "(narrator)", "", "Ukraine"]) \
        == ["NATO", "Ukraine"]
    assert stance_targets("(narrator)", "body", ["NATO"]) == []
    assert stance_targets("Sergey Lavrov", "spam", ["NATO"]) == []
    assert stance_targets("Socrates55", "comment", ("NATO",)) == ["NATO"]
    assert stance_targets("Sergey Lavrov", "body", None) == []
