"""The data files are read by one shared reader (analysis/toml_data.py)."""
import tomllib
from importlib import resources

from analysis import toml_data


def test_every_data_file_reads_as_the_standard_library_reads_it():
    folder = resources.files("analysis").joinpath("data")
    names = [p.name for p in folder.iterdir() if p.name.endswith(".toml")] + ["ingest/extraction.toml"]
    assert "escalation.toml" in names and "actors.toml" in names
    for name in names:
        text = folder.joinpath(name).read_text("utf-8")
        assert toml_data.loads(text) == tomllib.loads(text), name


def test_a_data_file_is_parsed_once_for_all_its_readers():
    assert toml_data.data_file("attribution.toml") is toml_data.data_file("attribution.toml")


def test_a_broken_actor_file_is_still_one_clear_error():
    import pytest

    from analysis.actors import Registry

    with pytest.raises(ValueError, match=r"mine\.toml: not a valid actor file"):
        Registry()._load_text('[[person]]\nname = "A\n', "mine.toml")
