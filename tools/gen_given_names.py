#!/usr/bin/env python3
"""Generate analysis/data/given_names_census.toml: common US given names that say a gender.

usage: python tools/gen_given_names.py [OUT]   (default: analysis/data/given_names_census.toml)

Needs the test extras (pip install -e '.[test]'): the names and their frequencies come from
the 1990 US Census given-name lists (public domain), as the PyPI package ``names`` (MIT)
ships them: ``dist.female.first`` and ``dist.male.first``, one name a line with its
frequency in per cent of the women (men) of the sample, the cumulative per cent and the rank.

A name is written for a gender when

* it is at least FLOOR per cent of that gender's bearers (rarer names seldom name anyone in
  the news, and every entry is one more capitalised word read as a person's name),
* it is not far more often a surname (SURNAME_RATIO, by the package's ``dist.all.last``):
  "Wilson", "Davis", "Warner", "Hilton" open the names of firms and places, and
* the other gender's frequency is below 1/RATIO of it: at least ~95 % of the name's
  bearers are of that gender ("Joan", "Jesse" are in; "Kelly", "Tracy", "Jean",
  "Christian", "Carmen" are out: a name common for both says nothing);

and it is none of the words that open capitalised spans in English news as something else:

* a state, a capital or a body the actor registry knows (states.toml, actors.toml), or the
  first word of such a name ("Sierra" of Sierra Leone), or one of targets.toml's
  ``given_name_places`` ("Jordan", "Georgia", "Chad");
* a word the attribution rules read as something else: a month, a weekday, a title, a
  sentence word (``patterns.NON_NAME_WORDS``) or a verb of the attribution vocabulary;
* a word of the STOP table below (ordinary words, US states and cities, ...), written from
  general knowledge of English.

analysis/data/given_names.toml, written by hand, is read on top of this file
(analysis/gender.py): its entries win, and a name it lists as ``ambiguous`` is no given
name whatever this file says. Regenerate after upgrading ``names`` or changing the registry
or the tables below; tests/unit/test_given_names_census.py fails when the shipped file and
the generator disagree.
"""
from __future__ import annotations

import sys
from importlib import metadata, resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "analysis" / "data" / "given_names_census.toml"

FLOOR = 0.002  # per cent of that gender's bearers (the lists' smallest entry is 0.001)
RATIO = 20     # the other gender's frequency below 1/RATIO of this one's
# a name far more often a surname (dist.all.last: per cent of all people) than this given
# name (per cent of that gender, so half of it of all people) is left out: in the news it opens
# the names of firms and places named after a family ("Warner Bros", "Hilton Garden Inn",
# "Wilson Sonsini", "Davis Cup") more often than a person's name
SURNAME_RATIO = 4

# Words that are given names but open capitalised spans in English news as something else.
# General English knowledge, by kind.
STOP = {
    # ordinary nouns, adjectives and verbs: virtues, flowers, gems, colours, seasons, things
    "hope", "faith", "charity", "grace", "joy", "mercy", "patience", "prudence", "constance", "honor",
    "liberty", "destiny", "trinity", "harmony", "melody", "unity", "justice", "chastity", "verity",
    "rose", "lily", "daisy", "iris", "ivy", "violet", "holly", "heather", "fern", "hazel", "olive",
    "laurel", "poppy", "pansy", "jasmine", "magnolia", "willow", "blossom", "cherry", "ginger", "rosemary",
    "myrtle", "flora", "petunia", "dahlia", "camellia", "primrose", "marigold", "lavender", "sage",
    "amber", "ruby", "pearl", "crystal", "jade", "opal", "coral", "garnet", "jewel", "goldie", "beryl",
    "ebony", "scarlet", "sienna", "autumn", "summer", "winter", "spring", "dawn", "sky", "star", "storm",
    "rain", "snow", "sunny", "misty", "candy", "brandy", "sugar", "honey", "angel", "queen", "princess",
    "lady", "duchess", "baby", "dolly", "kitty", "penny", "bunny", "tiara", "mae",
    "merry", "gay", "fay", "may", "june", "april", "august", "genesis", "eve", "belle", "lacy",
    "diamond", "tequila", "easter", "abbey", "roman", "nova", "angeles", "edison", "christmas", "noel",
    "page", "sterling", "major", "junior", "prince", "king", "earl", "duke", "baron",
    "bishop", "deacon", "pastor", "judge", "marshal", "marshall", "sheriff", "general",
    "chase", "grant", "will", "wade", "guy", "mack", "rich", "art", "clay", "cliff", "dean", "drew",
    "hunter", "mason", "miles", "rod", "rob", "reed", "rocky", "rusty", "dusty", "buddy", "sonny",
    "son", "brain", "booker", "chance", "colt", "heath", "forest", "forrest", "garland", "ward",
    "van", "lane", "carter", "cole", "noble", "rex", "price", "porter", "parker", "tucker", "walker",
    "wiley", "foster", "freeman", "fletcher", "fisher", "baker", "cook", "hardy", "royal", "german",
    "norman", "christian", "bud", "coy", "early", "ever", "max",
    "alpha", "beta", "delta", "omega", "echo", "glory", "sunshine", "precious", "cherish", "marvel",
    "desire", "brook", "karma", "fawn", "maple", "velvet", "windy", "lore", "marry", "angle", "else",
    "era", "ok", "tiny", "dot", "dimple", "mana", "nana", "viva", "aura", "eden", "bethel", "tierra",
    "terra", "savanna", "manual", "mac", "marquis", "del", "von", "rico", "soon", "loan", "dung",
    # brands, and surnames of a landmark, a school or a doctrine more than given names here
    "kia", "chanel", "pandora", "barbie", "stanford", "roosevelt", "mckinley", "garfield", "truman",
    "sherman", "kenyatta",
    "tanner", "pierce", "sol", "jesus", "christ", "trinidad", "mercedes", "lincoln", "ford",
    # places that are given names: US states, cities and regions, other cities
    "virginia", "georgia", "carolina", "florida", "indiana", "dakota", "montana", "nevada", "tennessee",
    "dallas", "austin", "houston", "denver", "phoenix", "charlotte", "madison", "jackson", "aurora",
    "florence", "savannah", "augusta", "helena", "raleigh", "columbus", "orlando", "cleveland", "tyler",
    "lafayette", "eugene", "sheridan", "laramie", "reno", "tulsa", "sedona", "cheyenne", "shelby",
    "brooklyn", "bronx", "chelsea", "kent", "devon", "sydney", "paris", "vienna", "geneva", "lorraine",
    "berlin", "india", "asia", "africa", "america", "china", "kenya", "italia", "sahara", "alexandria",
    "marina", "sierra", "dixie", "brittany", "normandy", "vegas", "santa", "san", "rio", "lucerne",
    "salem", "warren", "hamilton", "jefferson", "washington", "franklin", "clinton", "carson",
    "harrison", "monroe", "jordan", "chad", "israel", "ireland", "cuba", "london",
    "milan", "santiago", "valencia", "venice", "verona", "roma", "shasta", "shawnee", "fe",
    # East Asian family names, which open a name written family name first ("Li Wei", "Song Min")
    "li", "lin", "ling", "mai", "mi", "song", "ha", "lan", "le", "yang", "yu", "wei", "su", "lu", "jin",
    "jung", "kim", "lee", "park", "chang", "wong", "chan", "ho", "hu", "ma", "sun", "young", "long", "hung",
    "yi", "yan", "yun", "min", "chun", "lai", "shu", "kam", "tam",
}


def read(fname: str) -> dict[str, float]:
    """One list of the ``names`` package: name (lower case) -> per cent."""
    out = {}
    for line in resources.files("names").joinpath(fname).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if parts:
            out[parts[0].lower()] = float(parts[1])
    return out


def census() -> tuple[dict[str, float], dict[str, float]]:
    """The female and male given-name lists: name (lower case) -> per cent of that gender."""
    return read("dist.female.first"), read("dist.male.first")


def not_given_names(candidates: set[str]) -> set[str]:
    """The candidates the registry or the attribution rules read as something other than a
    given name: a state, capital or body ("Sierra" of Sierra Leone), a month, a title, a verb."""
    from analysis.actors import load_registry
    from analysis.attribute.cues import vocab
    from analysis.attribute.patterns import NON_NAME_WORDS
    from analysis.toml_data import data_file

    reg = load_registry()
    out = set(NON_NAME_WORDS) | {w.lower() for w in data_file("targets.toml")["given_name_places"]}
    for a in reg.actors.values():
        if a.kind != "person":
            out.update(n.split()[0].lower() for n in (a.name, *a.aliases, *a.adjectives) if n.split())
    verb_re = vocab().verb_re
    for n in candidates:
        hit = reg.lookup(n.capitalize())
        if verb_re.fullmatch(n) or reg.state_of(n.capitalize()) or (hit is not None and hit.kind != "person"):
            out.add(n)
    return out & candidates


def build() -> dict[str, list[str]]:
    female, male = census()
    surnames = read("dist.all.last")
    out = {}
    for gender, own, other in (("female", female, male), ("male", male, female)):
        out[gender] = {n for n, pct in own.items() if pct >= FLOOR and other.get(n, 0.0) * RATIO < pct
                       and surnames.get(n, 0.0) <= SURNAME_RATIO * pct / 2}
    drop = STOP | not_given_names(out["female"] | out["male"])
    return {g: sorted(names - drop) for g, names in out.items()}


def _wrap(names: list[str], width: int = 100) -> list[str]:
    lines, cur = [], "  "
    for n in names:
        item = f'"{n}", '
        if len(cur) + len(item) > width:
            lines.append(cur.rstrip())
            cur = "  "
        cur += item
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def render(names: dict[str, list[str]]) -> str:
    ver = metadata.version("names")
    out = [
        "# Given names that say a gender, from the 1990 US Census: GENERATED by tools/gen_given_names.py",
        "# -- do not edit by hand.",
        "# Source: the 1990 US Census given-name frequency lists (public domain), as the PyPI package",
        f"# names {ver} (MIT licence) ships them (dist.female.first, dist.male.first).",
        f"# Kept: names of at least {FLOOR} % of one gender's bearers whose frequency among the other",
        f"# gender is below 1/{RATIO} of it and whose frequency as a surname (dist.all.last) is at most",
        f"# {SURNAME_RATIO} times theirs as this given name, less the words that open capitalised spans in",
        "# news as something else (the registry's states and bodies, months, verbs, the STOP table).",
        "# Regenerate with",
        "#   .venv/bin/python tools/gen_given_names.py",
        "# after upgrading it; tests/unit/test_given_names_census.py checks this file agrees with it.",
        "# analysis/data/given_names.toml, written by hand, is read on top of this file: its entries",
        "# win, and a name it lists as ambiguous is no given name.",
        "",
    ]
    for g in ("male", "female"):
        out.append(f"{g} = [")
        out += _wrap(names[g])
        out.append("]")
        out.append("")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    names = build()
    out.write_text(render(names), encoding="utf-8")
    print(f"wrote {out}: {len(names['male'])} male, {len(names['female'])} female")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
