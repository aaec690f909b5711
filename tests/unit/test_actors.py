"""The actor registry: who held which office when, how text names actors, and user files."""
import pytest

from analysis.actors import load_registry


@pytest.fixture(scope="module")
def reg():
    return load_registry()


# -- who held a role on a date -------------------------------------------------------------
@pytest.mark.parametrize("role,country,date,who", [
    ("foreign minister", "United States", "2021-12-02", "Antony Blinken"),
    ("foreign minister", "United States", "2017-04-12", "Rex Tillerson"),
    ("foreign minister", "United States", "2013-09-13", "John Kerry"),
    ("foreign minister", "Russia", "2004-03-09", "Sergey Lavrov"),
    ("foreign minister", "Russia", "2014-03-01", "Sergey Lavrov"),
    ("foreign minister", "Russia", "2025-06-01", "Sergey Lavrov"),
    ("foreign minister", "Russia", "2004-03-01", "Igor Ivanov"),
    ("president", "Ukraine", "2022", "Volodymyr Zelensky"),
    ("president", "Ukraine", "2022-02-24", "Volodymyr Zelensky"),
    ("prime minister", "United Kingdom", "2019-12-10", "Boris Johnson"),
    ("foreign minister", "United Kingdom", "2017-01-01", "Boris Johnson"),
    ("foreign ministry spokesperson", "Russia", "2019-05-05", "Maria Zakharova"),
    ("foreign ministry spokesperson", "United States", "2022-03-01", "Ned Price"),
    ("foreign ministry spokesperson", "China", "2021-06-01", "Wang Wenbin"),
    ("national security adviser", "United States", "2022-10-01", "Jake Sullivan"),
    ("defence minister", "Russia", "2024-06-01", "Andrei Belousov"),
    ("chief of the general staff", "Russia", "2023-01-11", "Valery Gerasimov"),
    ("secretary-general", "NATO", "2019-12-04", "Jens Stoltenberg"),
    ("director general", "IAEA", "2022-09-01", "Rafael Grossi"),
])
def test_office_holders_by_date(reg, role, country, date, who):
    assert reg.holder(role, country, date).name == who


def test_a_year_means_whoever_held_it_most_of_that_year(reg):
    assert reg.holder("foreign minister", "United States", "2017").name == "Rex Tillerson"  # Kerry to 20 Jan
    assert reg.holder("president", "United States", "2021").name == "Joe Biden"


def test_on_a_handover_day_the_newcomer_holds_it_and_none_means_latest(reg):
    assert reg.holder("president", "United States", "2021-01-20").name == "Joe Biden"
    assert reg.holder("foreign minister", "Russia", None).name == "Sergey Lavrov"
    assert reg.holder("foreign minister", "United States", "1990-01-01") is None


def test_roles_and_places_may_be_named_as_text_names_them(reg):
    assert reg.holder("secretary of state", "US", "2019-06-01").name == "Mike Pompeo"
    assert reg.holder("Kremlin spokesman", None, "2020-01-01").name == "Dmitry Peskov"
    assert reg.holder("secretary general", "Nato", "2025-01-01").name == "Mark Rutte"


@pytest.mark.parametrize("role,country,date,who", [
    ("leader", "Germany", "2019-06-01", "Angela Merkel"),  # the chancellor, not the president
    ("leader", "Russia", "2010-06-01", "Dmitry Medvedev"),
    ("leader", "North Korea", "2019-12-21", "Kim Jong Un"),
    ("leader", "Iran", "2019-06-01", "Ali Khamenei"),
    ("head of state", "United Kingdom", "2019-06-01", "Elizabeth II"),
    ("head of government", "China", "2019-06-01", "Li Keqiang"),
])
def test_leaders_and_heads(reg, role, country, date, who):
    assert reg.holder(role, country, date).name == who


def test_institutions_hold_roles_too(reg):
    assert reg.holder("foreign ministry", "United States", None).name == "US Department of State"
    assert reg.holder("defence ministry", "Russia", None).name == "Russian Ministry of Defence"


# -- how text names actors -----------------------------------------------------------------
@pytest.mark.parametrize("mention,name", [
    ("Sergei Lavrov", "Sergey Lavrov"), ("Mr Lavrov", "Sergey Lavrov"), ("Lavrov's", "Sergey Lavrov"),
    ("Lavrov’s", "Sergey Lavrov"), ("Sergei V. Lavrov", "Sergey Lavrov"), ("Foreign Minister Lavrov", "Sergey Lavrov"),
    ("Erdoğan", "Recep Tayyip Erdogan"), ("ERDOGAN", "Recep Tayyip Erdogan"), ("Kim Jong-un", "Kim Jong Un"),
    ("President Putin", "Vladimir Putin"), ("the Kremlin", "Russia"), ("Nato", "NATO"),
    ("Zelenskyy", "Volodymyr Zelensky"), ("Vladimir Zelensky", "Volodymyr Zelensky"), ("Xi", "Xi Jinping"),
    ("Jean-Pierre", "Karine Jean-Pierre"), ("von der Leyen", "Ursula von der Leyen"), ("Assad", "Bashar al-Assad"),
    ("George W Bush", "George W. Bush"), ("H.R. McMaster", "H. R. McMaster"), ("Mr. Eggert", "Konstantin Eggert"),
    ("U.S.", "United States"), ("State Department", "US Department of State"), ("Russian MoD", "Russian Ministry of Defence"),
    ("Russian state television", "Russian state TV"), ("the Taliban", "Taliban"),
])
def test_mentions_resolve(reg, mention, name):
    assert reg.lookup(mention).name == name


def test_names_are_not_guessed(reg):
    assert reg.lookup("Rice") is None  # Condoleezza Rice, Susan Rice
    assert reg.lookup("Susan Rice").name == "Susan Rice"
    assert reg.lookup("Ivanov") is None  # Igor and Sergei
    assert reg.lookup("II") is None and reg.lookup("Charles") is None  # regnal names have no surname
    assert reg.lookup("Kong") is None  # Hong Kong is not Hong Lei and Kong Quan ...
    assert reg.lookup("President Park").name == "Park Geun-hye"  # ... a surname that is a word needs a title
    assert reg.lookup("President") is None and reg.lookup("") is None


# -- role phrases and states ---------------------------------------------------------------
def test_role_phrases(reg):
    assert reg.role_of_phrase("top diplomat") == ("foreign minister", None)
    assert reg.role_of_phrase("Chief Diplomat") == ("foreign minister", None)
    assert reg.role_of_phrase("State Department spokesperson") == ("foreign ministry spokesperson", "United States")
    assert reg.role_of_phrase("Kremlin spokesman") == ("kremlin spokesperson", "Russia")
    assert reg.role_of_phrase("Russia's top diplomat") == ("foreign minister", "Russia")
    assert reg.role_of_phrase("the weather") is None


@pytest.mark.parametrize("word,state", [
    ("Russian", "Russia"), ("Moscow", "Russia"), ("the Kremlin", "Russia"), ("Russia's", "Russia"),
    ("U.S.", "United States"), ("American", "United States"), ("Washington", "United States"),
    ("Beijing", "China"), ("PRC", "China"), ("Kyiv", "Ukraine"), ("Kiev", "Ukraine"), ("DPRK", "North Korea"),
    ("North Korean", "North Korea"), ("Britain", "United Kingdom"), ("British", "United Kingdom"),
    ("Tehran", "Iran"), ("Ankara", "Turkey"), ("New Delhi", "India"), ("Islamabad", "Pakistan"), ("Syrian", "Syria"),
])
def test_demonyms_and_metonyms(reg, word, state):
    assert reg.state_of(word) == state


def test_people_are_not_states(reg):
    assert reg.state_of("Lavrov") is None


# -- the user's own file -------------------------------------------------------------------
USER_FILE = '''
[[person]]
name = "Sergey Lavrov"
aliases = ["S. Lavrov"]

[[person]]
name = "Boris Ostrov"
country = "Ruritania"
roles = [{ role = "top diplomat", country = "Ruritania", from = "2020-01", to = "" }]

[[state]]
name = "Ruritania"
aliases = ["Strelsau"]
adjectives = ["Ruritanian"]

[[organisation]]
name = "Taliban"
country = ""

[roles]
"foreign minister" = ["grand vizier"]
'''


def test_user_file_extends_and_overrides(tmp_path):
    f = tmp_path / "mine.toml"
    f.write_text(USER_FILE, encoding="utf-8")
    reg = load_registry([f])
    assert reg.lookup("S. Lavrov").name == "Sergey Lavrov"  # a new alias ...
    assert reg.lookup("Sergei Lavrov").name == "Sergey Lavrov"  # ... beside the shipped ones
    assert reg.holder("foreign minister", "Russia", "2020-01-01").name == "Sergey Lavrov"  # roles kept
    assert reg.holder("foreign minister", "Ruritania", "2021-05-05").name == "Boris Ostrov"  # a new actor
    assert reg.lookup("Ostrov").name == "Boris Ostrov" and reg.state_of("Strelsau") == "Ruritania"
    assert reg.role_of_phrase("Grand Vizier") == ("foreign minister", None)
    taliban = reg.lookup("the Taliban")
    assert (taliban.kind, taliban.country) == ("organisation", None)  # scalar fields replaced


def test_user_file_replace(tmp_path):
    f = tmp_path / "mine.toml"
    f.write_text('[[person]]\nname = "Sergey Lavrov"\nreplace = true\naliases = ["SL"]\n', encoding="utf-8")
    reg = load_registry([f])
    assert reg.lookup("Sergei Lavrov") is None
    assert reg.lookup("SL").name == "Sergey Lavrov"
    assert reg.holder("foreign minister", "Russia", "2020-01-01") is None


def test_user_file_from_the_environment(tmp_path, monkeypatch):
    f = tmp_path / "env.toml"
    f.write_text('[[person]]\nname = "Boris Ostrov"\n', encoding="utf-8")
    monkeypatch.setenv("STANCEWATCH_ACTORS", str(f))
    assert load_registry().lookup("Boris Ostrov").name == "Boris Ostrov"


@pytest.mark.parametrize("text,problem", [
    ("[[person]\nname = 'x'\n", "line 1"),
    ("[[person]]\nname = 'X Y'\nroles = [{ role = 'president', from = '2020-13-01' }]\n", "not a date"),
    ("[[person]]\nname = 'X Y'\nalias = ['Z']\n", "unknown field 'alias'"),
    ("[[persons]]\nname = 'X Y'\n", "unknown table 'persons'"),
    ("[[person]]\ncountry = 'Ruritania'\n", "no name"),
])
def test_malformed_user_file_names_the_file_and_the_problem(tmp_path, text, problem):
    f = tmp_path / "broken.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="broken.toml") as e:
        load_registry([f])
    assert problem in str(e.value)


def test_fingerprint_is_stable_and_follows_the_files(tmp_path):
    shipped = load_registry().fingerprint()
    assert shipped == load_registry().fingerprint() and len(shipped) == 64
    f = tmp_path / "mine.toml"
    f.write_text('[[person]]\nname = "Boris Ostrov"\n', encoding="utf-8")
    one = load_registry([f]).fingerprint()
    f.write_text('[[person]]\nname = "Boris Ostrov"\naliases = ["B. Ostrov"]\n', encoding="utf-8")
    assert len({shipped, one, load_registry([f]).fingerprint()}) == 3


# -- names found in text -------------------------------------------------------------------
def test_unknown_names_become_actors():
    reg = load_registry()
    a = reg.add("Yelena Suponina")
    assert (a.name, a.kind, a.known) == ("Yelena Suponina", "person", False)
    assert reg.add("Yelena Suponina") is a and reg.lookup("Yelena Suponina") is a
    assert reg.add("Sergei Lavrov").known is True  # a name the registry has is not added again


def test_shipped_roles_name_known_places(reg):
    places = {a.name for a in reg.actors.values() if a.kind != "person"}
    unknown = {(a.name, r.country) for a in reg.actors.values() for r in a.roles if r.country not in places}
    assert not unknown


@pytest.mark.parametrize("mention, name", [
    ("US", "United States"), ("U.S.", "United States"), ("the U.S.", "United States"), ("US's", "United States"),
    ("EU", "European Union"), ("Nato", "NATO"), ("Us", None), ("Eu", None), ("Idf", None),
])
def test_an_acronym_names_its_actor_only_in_capitals(reg, mention, name):
    hit = reg.lookup(mention)
    assert (hit.name if hit else None) == name


@pytest.mark.parametrize("mention, name", [
    ("AU", "African Union"), ("ASEAN", "ASEAN"), ("Association of Southeast Asian Nations", "ASEAN"),
    ("GCC", "Gulf Cooperation Council"), ("the Arab League", "Arab League"), ("League of Arab States", "Arab League"),
    ("OAS", "Organization of American States"), ("SCO", "Shanghai Cooperation Organisation"), ("BRICS", "BRICS"),
    ("CSTO", "Collective Security Treaty Organization"), ("OIC", "Organisation of Islamic Cooperation"),
    ("ECOWAS", "ECOWAS"), ("ICJ", "International Court of Justice"), ("World Court", "International Court of Justice"),
    ("ICC", "International Criminal Court"), ("UNHCR", "UNHCR"), ("WFP", "World Food Programme"),
    ("WHO", "World Health Organization"), ("UNSC", "UN Security Council"), ("Who", None),
])
def test_international_organisations_by_name_and_acronym(reg, mention, name):
    hit = reg.lookup(mention)
    assert (hit.name if hit else None) == name
    assert hit is None or (hit.kind == "organisation" and hit.country is None)


@pytest.mark.parametrize("role, country, date, who", [
    ("president", "Brazil", "2020-06-01", "Jair Bolsonaro"), ("president", "Brazil", "2024", "Luiz Inácio Lula da Silva"),
    ("foreign minister", "Canada", "2018-03-01", "Chrystia Freeland"), ("prime minister", "Italy", "2019-05", "Giuseppe Conte"),
    ("prime minister", "Australia", "2013-07-01", "Kevin Rudd"), ("foreign minister", "Japan", "2022-01-01", "Yoshimasa Hayashi"),
    ("monarch", "Saudi Arabia", "2010", "Abdullah bin Abdulaziz"), ("leader", "Iraq", "2010", "Nouri al-Maliki"),
    ("president", "South Africa", "2009-06", "Jacob Zuma"), ("foreign minister", "South Korea", "2019-01-01", "Kang Kyung-wha"),
    ("president", "Indonesia", "2016", "Joko Widodo"), ("president", "Egypt", "2015", "Abdel Fattah el-Sisi"),
])
def test_g20_and_other_office_holders(reg, role, country, date, who):
    assert reg.holder(role, country, date).name == who


def test_remembered_state_and_role_answers_follow_the_registry(tmp_path):
    """state_of and role_of_phrase remember their answers (a corpus asks the same words again
    and again); an edited and re-indexed registry, or a name added, answers afresh."""
    reg = load_registry()
    for _ in range(2):  # asked twice: the same answers
        assert reg.state_of("Brazilian") == "Brazil" and reg.state_of("Us") is None
        assert reg.state_of("Wakandan") is None
        assert reg.role_of_phrase("Russia's top diplomat") == ("foreign minister", "Russia")
        assert reg.role_of_phrase("Wakandan top diplomat") is None
        assert reg.role_of_phrase("Blue Lodge spokesperson") is None
    f = tmp_path / "mine.toml"
    f.write_text('[[state]]\nname = "Wakanda"\nadjectives = ["Wakandan"]\n\n'
                 '[roles]\n"grand envoy" = ["grand envoy"]\n\n[role_country]\n"grand envoy" = "the Blue Lodge"\n',
                 encoding="utf-8")
    reg._load_text(f.read_text(encoding="utf-8"), str(f))
    reg._index()
    assert reg.state_of("Wakandan") == "Wakanda"
    assert reg.role_of_phrase("Wakandan top diplomat") == ("foreign minister", "Wakanda")
    assert reg.role_of_phrase("grand envoy") == ("grand envoy", "the Blue Lodge")  # no actor: as written
    reg.add("Blue Lodge", kind="organisation")  # an actor now: the role's place is its name
    assert reg.role_of_phrase("grand envoy") == ("grand envoy", "Blue Lodge")
    assert reg.state_of("Brazilian") == "Brazil"
