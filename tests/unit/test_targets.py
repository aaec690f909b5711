"""Targets: the actors a statement is about (analysis/targets.py), on sentences of our own."""
from __future__ import annotations

import pytest

from analysis import pipeline
from analysis.actors import load_registry
from analysis.model import Document
from analysis.targets import state_in_phrase


@pytest.fixture()
def reg():
    return load_registry()


def statements(reg, text: str):
    return pipeline.analyse(Document("d1", "t.txt", text), reg)


def one(reg, text: str):
    sts = [s for s in statements(reg, text) if s.cue != "frame"]  # not the outlet's "X said" beside it
    assert len(sts) == 1, [s.text for s in sts]
    return sts[0]


@pytest.mark.parametrize("text, wanted", [
    ("Rebels accused the Mozambique government of delaying the reforms.", {"Mozambique"}),
    ("Chile has apologised to Bolivia over the border incident.", {"Chile", "Bolivia"}),
    ("Colombia has issued an ultimatum to Venezuela over the border.", {"Colombia", "Venezuela"}),
    ("The European Union gave the Ivory Coast three million euros for flood relief.",
     {"European Union", "Côte d'Ivoire"}),
    ("A Brazilian ship was seized off the coast.", {"Brazil"}),
    ("Troops fired on Palestinian civilians near the crossing.", {"Palestine"}),
    ("Thousands marched against the Iraqi government on Friday.", {"Iraq"}),
    ("The talks in Maputo ended without a deal.", {"Mozambique"}),
    ("The Burmese army attacked villages near the Thai border.", {"Myanmar", "Thailand"}),
    ("Protesters burned flags outside the Kremlin.", {"Russia"}),
    ("The US-led coalition struck targets in the Israeli-occupied Golan.", {"United States", "Israel"}),
    ("Americans and Russians disagree on the treaty.", {"United States", "Russia"}),
])
def test_states_by_name_demonym_and_metonym(reg, text, wanted):
    assert wanted <= set(one(reg, text).targets)


def test_the_speaker_is_no_target(reg):
    st = one(reg, "Norway said it had expelled three Russian diplomats for spying.")
    assert st.speaker == "Norway"
    assert "Russia" in st.targets and "Norway" not in st.targets


@pytest.mark.parametrize("text, junk", [
    ("Regarding Europe, the minister had little to say about the summit.", "Regarding Europe"),
    ("Should Americans worry about the new missiles? Analysts say they should not.", "Should Americans"),
    ("Envoys met at the Organisation of the Baltic Economic Cooperation to discuss economic ties "
     "and cooperation on energy, the ministry said.", "Economic Cooperation"),
    ("Hey Putin, claiming someone has weapons without proof is our thing.", "Hey Putin"),
])
def test_capitalised_phrases_that_are_no_actor_are_no_target(reg, text, junk):
    for st in statements(reg, text):
        assert junk not in st.targets


@pytest.mark.parametrize("text, absent", [
    ("The report was written by Chad Wolfson and released on Monday.", "Chad"),
    ("A biography of George Washington was published on Monday.", "United States"),
    ("Fans cheered Michael Jordan at the arena.", "Jordan"),
])
def test_a_state_or_capital_in_a_persons_name_is_no_state(reg, text, absent):
    assert absent not in one(reg, text).targets


def test_a_state_next_to_other_actors_is_still_a_state(reg):
    assert {"Jordan", "Israel"} <= set(one(reg, "Talks between Jordan and Israel resumed.").targets)
    assert "Georgia" in one(reg, "Russian troops entered Georgia in August.").targets
    assert "Jordan" in one(reg, "US Jordan talks resumed.").targets


@pytest.mark.parametrize("phrase, state", [
    ("President Mitterand welcomed South African leader", "South Africa"),
    ("Nigerian junior foreign minister", "Nigeria"),
    ("Russia's ambassador", "Russia"),
    ("Kenyan President", "Kenya"),
    ("the talks in Moscow", None),
    ("he said on Monday", None),
])
def test_the_state_a_description_names(reg, phrase, state):
    assert state_in_phrase(reg, phrase) == state


def test_a_person_learned_from_text_keeps_the_state_of_the_same_phrase(reg):
    text = ("Kenyan deputy foreign minister Odhiambo Wekesa arrived in Geneva on Monday. "
            "Envoys from Chad welcomed South African leader K.L. van Rooyen at the airport.")
    sts = statements(reg, text)
    learned = {n: kc for s in sts for n, kc in s.extra.get("learned", {}).items()}
    assert learned["Odhiambo Wekesa"] == ("person", "Kenya")
    assert learned["K.L. van Rooyen"] == ("person", "South Africa")
    assert any("K.L. van Rooyen" in s.targets for s in sts)
    assert reg.lookup("K.L. van Rooyen") is None  # learned for this document only: the registry is unchanged


def test_the_actor_export_shows_the_state_behind_each_actor(reg):
    from analysis.export import with_state

    text = "South African leader K.L. van Rooyen met envoys in Pretoria on Monday."
    learned = {n: kc for s in statements(reg, text) for n, kc in s.extra.get("learned", {}).items()}
    rows = [dict(name="Brazil", kind="state", country=None), dict(name="Sergey Lavrov", kind="person", country="Russia"),
            dict(name="K.L. van Rooyen", kind="person", country=learned["K.L. van Rooyen"][1]),
            dict(name="NATO", kind="organisation", country=None)]
    got = {r["name"]: (r["country"], r["country_iso"]) for r in with_state(rows, reg)}
    assert got == {"Brazil": ("Brazil", "BRA"), "Sergey Lavrov": ("Russia", "RUS"),
                   "K.L. van Rooyen": ("South Africa", "ZAF"), "NATO": (None, None)}


@pytest.mark.parametrize("text, absent", [
    ("Exports to Latin America and North America grew last year.", "United States"),
    ("Both sides said the Minsk Agreements were dead.", "Belarus"),
    ("The Paris Agreement sets targets for emissions.", "France"),
    ("Ships crossed the Indian Ocean in convoy.", "India"),
    ("Most of the Russian-speaking population stayed.", "Russia"),
])
def test_places_and_agreements_named_after_a_state_or_city_are_not_it(reg, text, absent):
    assert absent not in one(reg, text).targets


def test_a_capital_acting_is_still_its_state(reg):
    assert "Belarus" in one(reg, "The EU accused Minsk of staging the crisis.").targets
    assert "France" in one(reg, "The talks in Paris ended without agreement.").targets


def test_the_speakers_own_state_in_their_description_is_no_target(reg):
    st = one(reg, "Nigerian junior foreign minister Dubem Oniya said the talks with Ghana had failed.")
    assert st.speaker == "Dubem Oniya"
    assert st.targets == ("Ghana",)
    st = one(reg, "Russian Foreign Minister Sergey Lavrov said Russia would answer the sanctions.")
    assert "Russia" in st.targets  # named again as what the statement is about


def test_an_ordinary_word_before_a_state_leaves_it_a_state(reg):
    sts = statements(reg, "Take Georgia, for example. Nobody wanted to take sides.")
    assert "Georgia" in sts[0].targets


@pytest.mark.parametrize("text, wanted", [
    ("Lawyers asked the International Court of Justice to rule on the dispute.", {"International Court of Justice"}),
    ("Fighting spread in the Democratic Republic of the Congo last week.", {"DR Congo"}),
    ("Delegates flew to a summit of the Organisation of Islamic Cooperation in Jeddah.",
     {"Organisation of Islamic Cooperation"}),
    ("Exports from Trinidad and Tobago to Russia and China grew.", {"Trinidad and Tobago", "Russia", "China"}),
    ("Rights groups complained to the Council of Europe about Hungary.", {"Council of Europe", "Hungary"}),
])
def test_names_with_small_words_inside(reg, text, wanted):
    assert wanted <= set(one(reg, text).targets)


@pytest.mark.parametrize("written, bare", [
    ("Lavrov's", "Lavrov"), ("Lavrov’s", "Lavrov"),  # straight and curly apostrophes
    ("Reynolds'", "Reynolds"), ("Reynolds’", "Reynolds"),  # a plural or -s name's possessive
    (" Lavrov's ", "Lavrov"), ("Lavrov", "Lavrov"), ("Sergey Lavrov's", "Sergey Lavrov"),
    ("Russia's foreign ministry", "Russia's foreign ministry"),  # only at the end
    ("'s", "'s"), ("'", "'"),  # no name before it: nothing to take off
])
def test_one_rule_takes_the_possessive_off_a_name(written, bare):
    """Names in the registry look-ups and in target detection lose their possessive by the
    same rule (one function, analysis.actors._unpossess)."""
    from analysis.actors import _unpossess

    assert _unpossess(written) == bare


@pytest.mark.parametrize("text, wanted", [
    ("The minister criticised Norway's decision and Canada’s silence.", {"Norway", "Canada"}),
    ("Talks stalled over the Bahamas' fishing rights.", {"Bahamas"}),  # a name ending in s
])
def test_possessive_names_are_targets(reg, text, wanted):
    assert wanted <= set(one(reg, text).targets)


def test_demonyms_are_remembered_with_the_registry_and_forgotten_when_it_changes(tmp_path):
    """The demonym look-ups a corpus repeats are remembered once for the registry (every
    document's view of it shares them), and a registry indexed again answers afresh."""
    from analysis.attribute import DocumentActors
    from analysis.targets import demonym_state

    reg = load_registry()
    doc_view = DocumentActors(reg)
    assert demonym_state(doc_view, "Brazilians") == "Brazil"
    assert demonym_state(reg, "Brazilians") == "Brazil"  # one answer, whichever view asks
    assert "Brazilians" in reg.memo("targets.demonym_state")
    assert demonym_state(reg, "Wakandan") is None
    extra = tmp_path / "mine.toml"
    extra.write_text('[[state]]\nname = "Wakanda"\nadjectives = ["Wakandan"]\n', encoding="utf-8")
    edited = load_registry([extra])
    assert demonym_state(edited, "Wakandan") == "Wakanda"
    assert demonym_state(reg, "Wakandan") is None  # the first registry keeps its own answers
    reg._load_text(extra.read_text(encoding="utf-8"), str(extra))  # the same registry edited ...
    reg._index()  # ... and indexed again
    assert demonym_state(reg, "Wakandan") == "Wakanda"
    assert demonym_state(reg, "Brazilians") == "Brazil"
