"""The actor registry: who held which office when, and how text names them."""
import pytest

from analysis.actors import load_registry


@pytest.fixture(scope="module")
def reg():
    return load_registry()


@pytest.mark.parametrize("role,country,date,who", [
    ("foreign minister", "United States", "2021-12-02", "Antony Blinken"),
    ("foreign minister", "United States", "2017-04-12", "Rex Tillerson"),
    ("foreign minister", "United States", "2013-09-13", "John Kerry"),
    ("foreign minister", "Russia", "2004-03-10", "Sergey Lavrov"),
    ("foreign minister", "Russia", "2025-06-01", "Sergey Lavrov"),
    ("president", "Ukraine", "2022-02-24", "Volodymyr Zelensky"),
    ("prime minister", "United Kingdom", "2019-12-10", "Boris Johnson"),
    ("foreign minister", "United Kingdom", "2017-01-01", "Boris Johnson"),
    ("president", "United States", "2022", "Joe Biden"),
    ("leader", "North Korea", "2019-12-21", "Kim Jong Un"),
    ("leader", "Russia", "2010-06-01", "Dmitry Medvedev"),
    ("secretary-general", "NATO", "2019-12-04", "Jens Stoltenberg"),
])
def test_office_holders_by_date(reg, role, country, date, who):
    assert reg.holder(role, country, date).name == who


def test_no_holder_outside_the_dates(reg):
    assert reg.holder("foreign minister", "United States", "1990-01-01") is None


@pytest.mark.parametrize("mention,name", [
    ("Sergei Lavrov", "Sergey Lavrov"), ("Mr Lavrov", "Sergey Lavrov"), ("Lavrov's", "Sergey Lavrov"),
    ("Sergei V. Lavrov", "Sergey Lavrov"), ("Erdoğan", "Recep Tayyip Erdogan"), ("Kim Jong-un", "Kim Jong Un"),
    ("President Putin", "Vladimir Putin"), ("the Kremlin", "Russia"), ("Nato", "NATO"), ("Jean-Pierre", "Karine Jean-Pierre"),
    ("U.S.", "United States"), ("State Department", "US Department of State"),
])
def test_mentions_resolve(reg, mention, name):
    assert reg.lookup(mention).name == name


def test_shared_surnames_are_not_guessed(reg):
    assert reg.lookup("Rice") is None  # Condoleezza Rice, Susan Rice
    assert reg.lookup("Susan Rice").name == "Susan Rice"


def test_role_phrases(reg):
    assert reg.role_of_phrase("top diplomat") == ("foreign minister", None)
    assert reg.role_of_phrase("State Department spokesperson") == ("foreign ministry spokesperson", "United States")


def test_demonyms_and_metonyms(reg):
    assert reg.state_of("Russian") == "Russia"
    assert reg.state_of("Moscow") == "Russia"
    assert reg.state_of("U.S.") == "United States"
    assert reg.state_of("Russia's") == "Russia"
    assert reg.state_of("Lavrov") is None


def test_user_file_extends_and_overrides(tmp_path):
    f = tmp_path / "mine.toml"
    f.write_text('[[person]]\nname = "Sergey Lavrov"\naliases = ["S. Lavrov"]\n\n'
                 '[[person]]\nname = "Boris Ostrov"\ncountry = "Ruritania"\n'
                 'roles = [["foreign minister", "Ruritania", "2020-01-01", ""]]\n', encoding="utf-8")
    reg = load_registry([f])
    assert reg.lookup("S. Lavrov").name == "Sergey Lavrov"
    assert reg.lookup("Sergei Lavrov").name == "Sergey Lavrov"  # shipped aliases kept
    assert reg.holder("foreign minister", "Ruritania", "2021-05-05").name == "Boris Ostrov"
    assert reg.fingerprint() != load_registry().fingerprint()


def test_user_file_replace(tmp_path):
    f = tmp_path / "mine.toml"
    f.write_text('[[person]]\nname = "Sergey Lavrov"\nreplace = true\naliases = ["SL"]\n', encoding="utf-8")
    reg = load_registry([f])
    assert reg.lookup("Sergei Lavrov") is None
    assert reg.lookup("SL").name == "Sergey Lavrov"


def test_malformed_user_file_names_the_file(tmp_path):
    f = tmp_path / "broken.toml"
    f.write_text("[[person]\nname = 'x'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.toml"):
        load_registry([f])


def test_unknown_names_become_actors(reg):
    a = reg.add("Yelena Suponina")
    assert a.known is False and a.kind == "person"
    assert reg.add("Yelena Suponina") is a
    assert reg.lookup("Suponina") is None or reg.lookup("Yelena Suponina") is a
