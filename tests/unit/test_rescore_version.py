"""The nightly job knows the current scorer version without parsing the actor registry
(a run with nothing to do skips ~0.2 s): it must be exactly the version the registry gives."""
import pytest

from analysis.actors import load_registry
from analysis.rescore import current_version
from analysis.version import scorer_version

MINE = '[[person]]\nname = "Ada Example"\naliases = ["Ms Example"]\n'


def test_the_shipped_registry(monkeypatch):
    monkeypatch.delenv("STANCEWATCH_ACTORS", raising=False)
    assert current_version(()) == scorer_version(load_registry(()))


def test_own_actor_files_and_the_environment_count_in_order(tmp_path, monkeypatch):
    monkeypatch.delenv("STANCEWATCH_ACTORS", raising=False)
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(MINE, encoding="utf-8")
    b.write_text(MINE.replace("Ada", "Bea"), encoding="utf-8")
    assert current_version((str(a),)) == scorer_version(load_registry((str(a),)))
    assert current_version((str(a),)) != current_version(())
    monkeypatch.setenv("STANCEWATCH_ACTORS", str(b))
    assert current_version((str(a),)) == scorer_version(load_registry((str(a),)))
    assert current_version((str(b),)) != current_version((str(a),))


def test_an_unreadable_actor_file_is_a_value_error(tmp_path):
    with pytest.raises(ValueError, match="missing.toml"):
        current_version((str(tmp_path / "missing.toml"),))
