"""Names as the registry keys them: look-up keys (no diacritics, hyphens as spaces, dotted
initials joined, lower case), possessives, and the surnames a person may be named by alone."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that stand before a name and are not part of it ("President Putin", "Mr Lavrov").
HONORIFICS = re.compile(
    r"^(?:(?:the|mr|mrs|ms|mx|miss|madam|madame|mme|herr|frau|dr|prof|professor|sir|dame|lord|lady|"
    r"president|president-elect|vice president|prime minister|pm|premier|chancellor|vice chancellor|"
    r"foreign minister|foreign secretary|secretary of state|secretary|minister|state councilor|state councillor|"
    r"vice premier|deputy prime minister|deputy foreign minister|deputy|acting|former|late|"
    r"defen[cs]e minister|defen[cs]e secretary|war secretary|senator|sen|rep|representative|congressman|"
    r"congresswoman|gov|governor|gen|general|lt gen|lieutenant general|maj gen|major general|col|colonel|"
    r"adm|admiral|marshal|field marshal|comrade|chairman|chairwoman|commissioner|ambassador|amb|envoy|"
    r"king|queen|prince|crown prince|emir|sheikh|sultan|ayatollah|grand ayatollah|supreme leader|leader|"
    r"spokesman|spokeswoman|spokesperson|press secretary|secretary-general|secretary general|"
    r"director|director-general|director general|adviser|advisor|national security adviser|"
    r"national security advisor|his excellency|her excellency)\.?\s+)+",
    re.IGNORECASE,
)

# Words that belong to a surname ("von der Leyen", "al-Assad", "bin Salman").
PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "al", "el",
             "bin", "ibn", "ben", "abu", "ter", "zu"}
# States whose people are named family name first in English ("Xi Jinping" -> Xi).
FAMILY_NAME_FIRST = {"China", "North Korea", "South Korea", "Taiwan", "Vietnam"}
# Derived surnames that are ordinary words, first names or parts of other names ("Hong Kong",
# "Central Park", "Mao" Zedong, "Howard"), or family names very many people share ("Smith",
# "Kang", "Cho"): they name the person only after a title ("President Park", "Ms Mao").
SURNAME_STOPWORDS = {"hong", "kong", "park", "long", "lu", "lin", "tang", "ma", "mao", "sun", "young", "king",
                     "rich", "grant", "white", "black", "green", "little", "best", "hope", "ahmad", "faisal",
                     "fox", "bishop", "howard", "cannon", "champagne", "smith", "wong", "kang", "cho", "chung", "yun"}
_ROMAN = re.compile(r"^(?:[IVX]+|Jr|Sr|JR|SR)\.?,?$")


_KEY_HYPHEN = re.compile(r"(?<=\w)[-‐‑–](?=\w)")
_KEY_DOTTED = re.compile(r"\b(?:[a-z]\.\s?){1,3}[a-z]\b\.?")
_KEY_SPACES = re.compile(r"\s+")


def _undot(m: re.Match) -> str:
    return m.group(0).replace(".", "").replace(" ", "")


@lru_cache(maxsize=1 << 16)
def _key(s: str) -> str:
    """A look-up key: no diacritics, straight apostrophes, hyphens as spaces, lower case."""
    # ~38,000 distinct strings per corpus pass, nearly all ASCII: an ASCII string has no
    # diacritics, curly marks or dotless i, so it skips that per-character pass
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
        s = s.replace("’", "'").replace("‘", "'").replace("ı", "i").replace("ʼ", "'")
        s = _KEY_HYPHEN.sub(" ", s)
    elif "-" in s:
        s = _KEY_HYPHEN.sub(" ", s)
    s = s.lower()
    # dotted abbreviations lose their dots: "U.S." = "U.S" = "US", "J.D." = "JD"
    if "." in s:
        s = _KEY_DOTTED.sub(_undot, s)
    return _KEY_SPACES.sub(" ", s).strip(" ,")


def _is_acronym(s: str) -> bool:
    """Written in capitals, dots allowed: "WHO", "U.S.", "AU" (not "Who", "Nato")."""
    letters = s.replace(".", "").replace(" ", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


_INITIAL = re.compile(r"[a-z]\.?")


def _no_initials(k: str) -> str:
    """A key without single-letter middle initials: "sergei v. lavrov" -> "sergei lavrov"."""
    toks = k.split()
    if len(toks) < 3:
        return k
    kept = [toks[0]] + [t for t in toks[1:-1] if not _INITIAL.fullmatch(t)] + [toks[-1]]
    return " ".join(kept)


_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")


def _unpossess(m: str) -> str:
    """A name without its possessive: "Lavrov's" -> "Lavrov", "Reynolds’" -> "Reynolds"."""
    m = m.strip()
    if "'" not in m and "’" not in m:  # most calls: nothing to take off, no regex needed
        return m
    return _POSSESSIVE.sub("", m)


def _surnames(name: str, country: str | None) -> list[str]:
    """What a person's surname alone may be: "Ursula von der Leyen" -> ["von der Leyen", "Leyen"]."""
    toks = name.replace(",", " ").split()
    while toks and _ROMAN.match(toks[-1]):
        toks = toks[:-1]  # "Joseph R. Biden Jr." -> Biden; "Charles III" has no surname
    if len(toks) < 2:
        return []
    if country in FAMILY_NAME_FIRST:
        return [toks[0]]
    out = []
    i = len(toks) - 1
    while i > 1 and toks[i - 1].lower().split("-")[0] in PARTICLES:
        i -= 1
    if i < len(toks) - 1:
        out.append(" ".join(toks[i:]))
        if toks[i].lower() in ("bin", "ibn", "ben", "abu"):
            return out  # "bin Salman" is his father's name, not "Salman"
    last = toks[-1]
    out.append(last)
    # "al-Assad" -> "Assad"
    head, _, tail = last.partition("-")
    if tail and head.lower() in PARTICLES:
        out.append(tail)
    return out

