"""The cache of what is built from the data files at start-up (analysis/build_cache.py): the
registry read back is the registry built, a changed file or module is built again, and a
cache that cannot be read or written is no error."""
import pytest

from analysis import build_cache
from analysis.actors import load_registry


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("STANCEWATCH_CACHE", str(folder))
    return folder


def entries(folder):
    return sorted(p.name for p in folder.glob("registry-*.pickle")) if folder.is_dir() else []


def test_a_registry_read_back_is_the_registry_built(cache):
    built = load_registry()
    assert len(entries(cache)) == 1
    read = load_registry()
    assert read is not built
    assert read.fingerprint() == built.fingerprint()
    assert sorted(read.actors) == sorted(built.actors)
    for mention in ("Lavrov", "the Kremlin", "Russia", "French", "Secretary of State"):
        assert read.lookup(mention) == built.lookup(mention)


def test_a_changed_actor_file_is_built_again(cache, tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text('[[person]]\nname = "Boris Ostrov"\n', encoding="utf-8")
    assert load_registry([mine]).lookup("Ostrov").name == "Boris Ostrov"
    mine.write_text('[[person]]\nname = "Ilona Marsh"\n', encoding="utf-8")
    reg = load_registry([mine])
    assert reg.lookup("Marsh").name == "Ilona Marsh"
    assert reg.lookup("Ostrov") is None
    assert len(entries(cache)) == 2


def test_changed_code_names_another_entry(tmp_path):
    code = tmp_path / "builder.py"
    code.write_text("A = 1\n")
    first = build_cache.key("registry", [("text", "a.toml")], [code])
    assert first == build_cache.key("registry", [("text", "a.toml")], [code])
    code.write_text("A = 2\n")
    assert build_cache.key("registry", [("text", "a.toml")], [code]) != first
    assert build_cache.key("registry", [("other", "a.toml")], []) != build_cache.key("registry", [("text", "a.toml")], [])


def test_a_corrupt_entry_is_built_again(cache):
    built = load_registry()
    (entry,) = cache.glob("registry-*.pickle")
    entry.write_bytes(b"not a pickle")
    again = load_registry()
    assert sorted(again.actors) == sorted(built.actors)
    assert entry.read_bytes() != b"not a pickle"  # stored again


def test_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("STANCEWATCH_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert build_cache.folder() is None
    assert load_registry().lookup("Lavrov") is not None
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_cache_path_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("STANCEWATCH_CACHE", str(blocker / "cache"))  # under a file: cannot be made
    assert load_registry().lookup("Lavrov") is not None


def test_the_default_folder_is_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("STANCEWATCH_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert build_cache.folder() == tmp_path / "xdg" / "stancewatch"
