"""The patterns and closed word lists attribution reads sentences with: capitalised names,
quotations, subjects, titles, institutions and the words that are never part of a name.

The open lists (speech verbs, heads of unnamed sources, …) are data: ``analysis/data/
attribution.toml``, read by :mod:`.cues`."""
from __future__ import annotations

import re


PRONOUNS = {"he", "she", "they", "it", "we"}
PARTICLES = r"(?:al|bin|ibn|de|da|di|del|von|van|der|den|la|le|du|dos|bin)"
# One capitalised token: names, initials, "U.S.", "Mr.", "al-Assad", "Zelenskyy's". Tokens
# are joined by spaces only (never across a line or a sentence end).
TITLE_DOT = r"(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|St|Prof|Amb|Sec|Pres|Rev|Fr|Msgr)\."
CAP = rf"(?:{TITLE_DOT}|[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=[ \t][A-Z])|[A-Z][\w'’\-]*|al-[A-Z][\w\-]*)"
# (the lookahead only lets the engine skip lower-case positions without trying every
# alternative of CAP: the same matches, in about half the time on the corpus)
CAPSEQ_RE = re.compile(rf"(?=[A-Za]){CAP}(?:[ \t]+(?:{PARTICLES}[ \t]+)*{CAP})*")
# a quotation, its marks mixed as typed: “…” and "…", but also “…," (a straight mark closes a
# curly one) and “…,“ said (an opening mark typed for the closing one, before a space), and
# ”…” or ”…“ (a closing mark typed for the opening one, at the start or after a space, before a word)
QUOTE_RE = re.compile(r"\"[^\"”]*[\"”]?|“[^”\"“]*(?:[”\"]|“(?=\s))?|(?:^|(?<=[\s(]))”(?=\w)[^”\"“]*[”\"“]")
POSSESSIVE_RE = re.compile(r"['’]s?$")
DETERMINER_RE = re.compile(r"^(?:the|a|an|one|another|some|two|three|several|many|other|most|both|its|his|her|their)\s+", re.I)
QUOTED_AS_RE = re.compile(r"\bquoted\s+(?P<who>.{2,120}?)\s+as\s+(?P<part>\w+ing)\b")
WAS_QUOTED_RE = re.compile(r"^(?P<who>.{2,120}?)\s+(?:was|were|has been|have been|is|are)\s+(?:\w+ly\s+)?quoted\s+(?:as\s+)?(?P<part>\w+ing)\b")
# (a name's abbreviations keep their periods: "according to the F.A.A.", "according to Roe.com")
ACCORDING_RE = re.compile(r"(?:\b[Aa]ccording to|,\s*per)\s+(?P<who>(?:the\s+)?[A-Z][\w'’.\- ]{1,80}?)"
                          r"(?=[,;:]|(?<!\b[A-Z])\.(?!\w)|$)")
QUOTE_VERB_RE = re.compile(r"(?<=\w)\s+[\"“](?P<verb>\w+)\b")
# A name, an appositive or relative clause between commas, then the verb.
APPOSITIVE_RE = re.compile(r"(?:^|[,;:\"”]\s*)(?:[^,;:\"“”]*?(?<![\w'’.\-]))??(?P<who>(?:the\s+)?[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3})\s*,\s+(?:a|an|the|who|which|whose|his|her|its|one|(?:[A-Za-z]+\s+){0,2}[A-Za-z]+\s+(?:of|at|for|to))\b(?:[^,;:]{2,140},\s*){0,2}[^,;:]{2,140}(?:,|[\"”])\s*$")
# "the mayor", "a campaign spokeswoman", "the 34-year-old mother": a determiner and lower-case words
NOMINAL_RE = re.compile(r"^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:\s+[\w'’\-]+){0,3}\s+[a-z][\w'’\-]*$")
AUXILIARIES = frozenset({"would", "will", "can", "could", "should", "may", "might", "must", "is", "are", "was",
                         "were", "has", "have", "had", "be", "been", "do", "does", "did", "not"})
# the finite auxiliaries and modals (AUXILIARIES without "be", "been" and "not"), as a regex
# alternation of whole words: "is|are|…|did"
FINITE_AUXILIARIES = "|".join(sorted(AUXILIARIES - {"be", "been", "not"}))
HONORIFIC_SURNAME_RE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Mister)\.?\s+(?P<sur>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)$")
# the ''quotation marks'' of some archives (two single marks for a double one); three in a row
# that close a quotation within a quotation ("''... the word 'old-school,''' she said") are the
# inner mark and then the double one, so the pair is the last two (three that open one, "'''Tis
# ...", are the double mark and then the inner one)
DOUBLE_SINGLE_RE = re.compile(r"''(?!'(?!\w))")
DASH_CREDIT_RE = re.compile(r"[”\"]\s*[―—–]\s*(?P<who>[A-Z][\w.'’\-]*(?:[ \t\u00a0]+[A-Z][\w.'’\-]*){0,4})\.?\s*$")
# (", saying …", "and saying …", and the manner of the act: "began by saying …", "… by telling them …";
# its time: "left the talks after warning that …", "deflected questions before saying …", "…, while
# saying …", "drew boos upon saying …", but not
# after a span of time, which opens an adverbial: "Eight years after backing Obama, Roe …"; each
# word's own "\b" opens its alternative: reported._PARTICIPLE_SCAN_RE is derived from that)
PARTICIPLE_OPENER = r"(?:,|\band|\bby|\bwhile|\bupon|(?<!\byears )(?<!\bmonths )(?<!\bweeks )(?<!\bdays )(?<!\bday )(?<!\bhours )(?:\bafter|\bbefore))"
PARTICIPLE_RE = re.compile(PARTICIPLE_OPENER + r"\s+(?:\w+ly\s+)?([a-z]+ing)\b")
# (a pronoun's auxiliary may be contracted onto it: "He’s comparing … and says …", "She'd
# argued …"; a name's "’s" is its possessive, "Roe’s campaign", and no subject of its own)
_LEAD_VERB = r"\s+(?:\w+ly\s+)?(?:is|was|has|had|have|are|were|will|would|[a-z]+ed|[a-z]+s)\b"
LEAD_SUBJECT_RE = re.compile(r"^\W*(?:(?:But|And|So|Yet|Still|Meanwhile|Now|Later|Earlier|Instead),?\s+)?"
                             r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,4}(?=" + _LEAD_VERB + r")"
                             r"|(?:[Hh]e|[Ss]he|They|It)(?=" + _LEAD_VERB + r"|['’](?:s|d|ve|re|ll)\s+(?:\w+ly\s+)?[a-z]+\b))")

LOWER_RUN_RE = re.compile(r"[a-z]+")


ASIDE_RE = re.compile(r"\s[–—]\s[^–—]{3,200}?\s[–—]\s|\([^()]{3,200}\)")
QUESTION_AUX_RE = re.compile(r"\b(?:" + FINITE_AUXILIARIES + r")"
                             r"\s+(?:[Mm]r\.?\s+|[Mm]s\.?\s+)?[A-Z]?[\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}\s*$")
# "threatened the military assets of Assad": a determined object and no "with …"/"that …"
# after it is an act; "threatened sanctions", "threatened to …", "threatened them with …" are speech
ACT_OBJECT_RE = re.compile(r"\s+(?:the|a|an|its|his|her|their|our|this|these|those)\b(?![^.;\"“]{0,50}\b(?:with|that)\b)")
RAW_TAIL_RE = re.compile(r"[,?!]\s*[\"”]\s+(?P<who>[Hh]e|[Ss]he|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+"
                         r"(?P<verb>[a-z]+)\b[^\"“”]{0,80}$")
POST_CREDIT_RE = re.compile(r"[—–―]\s*(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})\s*\(@\w+\)")
# where a head frame ends: '… said (on Monday) that', '… said:', '… told the BBC,', '… said' + a clause
HEAD_BOUNDARY_RE = re.compile(r"(?:[^\"“”,:;.]{0,60}?\s+that\b|(?:,|\s[—–]|\s--)[^\"“”:;.]{1,60}?(?:,|[—–]|--)\s+that\b|[^\"“”,:;.]{0,60}?[:,](?=\s*[\"“])|(?=\s+(?!(?:to|in|on|at|during|after|before|of|by|with|for|from|as|so|and|but|that)\b)[\w“\"]))\s*")
# (the second form: an aside set off by commas or dashes before "that": "Roe said, however,
# that …", "Roe said — on Twitter, as it happens — that …")
# verbs that take a clause without "that" ("Cruz said he wasn't going to …")
CLAUSE_VERBS = frozenset({"said", "says", "say", "believe", "believes", "believed", "think", "thinks", "argued",
                          "argues", "insisted", "insists", "contended", "contends", "asserted", "asserts"})
# a clause right after a verb: "… told reporters that …", "… said:"; then the verb heads it
CLAUSE_NEXT_RE = re.compile(r"\s+(?:[\w'’]+\s+){0,3}that\b|\s*:")
# what documents are said to do, adding nothing to what they say ("the poll showed Clinton leading")
DOCUMENT_FRAMES = frozenset({"found", "finds", "shows", "showed", "show", "shown", "reads", "indicates", "indicated",
                             "indicate", "reveal", "demonstrate", "demonstrates", "demonstrated"})
# cues of statements that are no reported speech of one sentence: never split or trimmed
NOT_SPOKEN_CUES = frozenset({"narrator", "continuation", "turn", "comment", "spam", "speech", "frame", "post", "credit"})
ACCORDING_HEAD_RE = re.compile(r"[^,;:\"“”]{1,160},\s*")
PARTY_TAG_RE = re.compile(r"(?<=[A-Za-z.])\s*\([A-Z][\w.]*(?:-[\w. ]+)?\)")
# (not a participle that describes an unnamed source after its noun: "a source involved in the
# talks", "an official based in Kabul", "a person briefed on the plan")
CLAUSE_AFTER_NAME_RE = re.compile(r"\s(?:(?!(?:involved|briefed|based|connected|associated|allied|aligned)\b)[a-z]+ed|"
                                  + FINITE_AUXILIARIES + r")\b")
# a speech verb right after a comma or a closing quotation mark, before a name (and maybe its
# outlet's possessive: "…, noted NBC’s Dante Chinni")
INVERTED_BEFORE_RE = re.compile(r"[,\"”]\s*([a-z]+)\s+(?:(?:[A-Z][\w.&]*\s+){0,2}[A-Z][\w.&]*['’]s\s+)?$")
TRAILING_PRONOUN_RE = re.compile(r"(?<=\s)(?:he|she|they)$")
COORDINATED_RE = re.compile(r"[^,;:]{8,},?\s(?:and|but)\s*$")
# words before a name, or titles, that say whether "he" or "she" can be that person
GENDERED = {"mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "emir": "m",
            "sheikh": "m", "congressman": "m", "businessman": "m", "spokesman": "m", "husband": "m",
            "father": "m", "son": "m", "brother": "m", "uncle": "m", "nephew": "m", "grandson": "m",
            "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "dame": "f", "lady": "f",
            "queen": "f", "princess": "f", "congresswoman": "f", "businesswoman": "f", "spokeswoman": "f",
            "chairwoman": "f", "actress": "f", "wife": "f", "mother": "f", "daughter": "f", "sister": "f",
            "aunt": "f", "niece": "f", "granddaughter": "f", "widow": "f", "first lady": "f"}
# "Mr. Roe", "Ms Doe": r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’\-]+)", with the "\b" before "M"
# written as a look-behind after it: the same matches and groups, but the engine jumps from
# one "M" to the next instead of trying the pattern at every character (0.017 s -> 0.0005 s
# a corpus pass)
HONORIFIC_MENTION_RE = re.compile(r"(M(?<!\wM)(?:r|rs|s|iss))\.?\s+([A-Z][\w'’\-]+)")
# last words that make a capitalised name an organisation's ("Christian News Service")
ORG_HEADS = frozenset({"service", "news", "center", "centre", "foundation", "institute", "committee", "council",
                       "commission", "agency", "bureau", "department", "ministry", "office", "association",
                       "society", "union", "party", "group", "network", "times", "post", "journal", "press",
                       "coalition", "alliance", "league", "fund", "bank", "court", "board", "project", "campaign",
                       "corporation", "company", "inc", "corp", "university", "college", "school", "church",
                       "police", "army", "navy", "guard", "forces"})
# the head words of a body's name that joins two parts with "and" ("Food and Drug
# Administration", "Customs and Border Protection", "Centers for Disease Control and
# Prevention", "Securities and Exchange Commission"): with one of them last, such a name is one
# body, not two subjects
AND_ORG_HEADS = ORG_HEADS | {"administration", "enforcement", "protection", "commission", "service", "affairs",
                             "security", "development", "research", "studies", "prevention", "control", "directorate",
                             "coalition", "department", "services"}
_AND_ORG_HEAD_FORMS = AND_ORG_HEADS | {w.removesuffix("s") for w in AND_ORG_HEADS}


def heads_a_joined_body(word: str) -> bool:
    """Whether `word` ends a body's name that joins two parts with "and" (``AND_ORG_HEADS``,
    also in the plural: "Services")."""
    low = word.lower()
    return low in AND_ORG_HEADS or low.removesuffix("s") in _AND_ORG_HEAD_FORMS
# "Sen. Bob Corker of Tennessee", "Pastor Jane Roe of Marion Avenue Baptist Church": a person of a
# place or a body, up to four capitalised words
PERSON_OF_PLACE_RE = re.compile(r"^(.+?)\s+of\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}$")
LOCATIVES = frozenset({"in", "at", "from", "near", "of", "outside", "inside", "into", "to", "across", "on", "for", "with"})
# the prepositions whose object is never whom the phrase before them belongs to ("an official
# involved in talks over Syria said", "a memo seen by Reuters said": neither speaks; unlike "of",
# "for", "at", "with": "the attorney general of New York", "a lawyer with the ACLU"). General English.
OBJECT_PREPOSITIONS = frozenset({"over", "about", "by", "against", "toward", "towards", "onto", "between", "among",
                                 "than", "like", "via", "despite", "without"})
QUOTE_AFTER_RE = re.compile(r"[^.;:\"“”]{1,80}[\"“]")
# an object and what it is called, without quotation marks: "called the shootings a moment of
# …", "branded him a traitor", "described the plan as reckless", "describes himself as …"; not
# "called the police", "called a meeting", "called it a day", "called her a few times", nor a
# place or time after a name ("a party called Anti-Prom at a former factory")
PREDICATIVE_OBJECT_RE = re.compile(
    r"\s+(?:him|her|them|it|himself|herself|themselves|itself|me|us|you|"
    r"(?:the|his|her|their|its|this|that|these|those|[A-Z][\w'’.\-]*)"
    r"(?:\s+(?!(?:at|in|from|during|after|before|since|until|by|when|while)\b)[\w'’\-]+){0,5}?)"
    r"\s+(?:as\s+(?:an?\s+|the\s+)?|an?\s+)"
    r"(?!(?:day|night|few|lot|couple|number|bit|week|month|year|total|while|time|dozen)\b)[a-z]")
QUOTE_NEXT_RE = re.compile(r"\s*[,:]|\s*[\"“]|\.?\s*$")
TRAILING_NAME_RE = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*$")
# the comma that closes a parenthetical "…, he said, …" (after an optional time or adverb)
PAREN_CLOSE_RE = re.compile(r"(?:\s+(?:on\s+)?[A-Z]?[a-z]+day|\s+\w+ly|\s+(?:last|this)\s+\w+)?\s*,")
PREPOSITIONS = frozenset({"to", "for", "of", "at", "with", "from", "in"})
POSSESSIVE_HEAD_RE = re.compile(r"^(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['’]s?\s+(?P<head>[a-z]+(?: office)?)$")
# (after "the", up to two adjectives in lower case: "The nonpartisan Commission on Presidential Debates")
ORG_NAME_RE = re.compile(r"^(?:(?:[Tt]he|[Oo]ur|[Tt]heir|[Mm]y|[Yy]our|[Ii]ts)\s+(?:[a-z][\w\-]*\s+){0,2})?(?:[\w.\-]+-based\s+)?(?P<name>[A-Z][\w'’\-]*(?:\s+(?:(?:for|of|and|the|on|de|du|for\s+a)\s+)*[A-Z][\w'’\-]*)*)$")
NAME_APPOSITIVE_RE = re.compile(r"[a-z][^,;:]*,\s*(?P<who>[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){1,3}),\s*$")
# the same with a longer name: titles before it, the last in lower case after capitalised ones
# ("One delegate, Ohio Democratic Party chairwoman Jane Roe,"), or a place after it ("Another pollster, Jane Roe of Clemson
# University,", "…, John Doe of Springfield, Ill.,"): "who" is the name with its title and place
NAME_APPOSITIVE_LONG_RE = re.compile(
    r"[a-z][^,;:]*,\s*(?P<who>(?:(?:[A-Z][\w'’.\-]*[ \t]+){1,4}(?!(?:of|and|the|for|in|at|to|on|from|with|a|an)\b)[a-z]+[ \t]+)?"
    r"[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){1,3}"
    r"(?:[ \t]+of[ \t]+[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}(?:,[ \t]+[A-Z][A-Za-z.]{1,5})?)?),\s*$")
COMPLEMENT_RE = re.compile(r"\bthat\b|[:\"“]|\b(?:he|she|they|it|we)\s+(?:would|will|was|is|had|has|could|should)\b")
INVERSION_STOP_RE = re.compile(r"[,.;:()\"“”]|\s(?:after|when|in|on|at|during|who|as|while|before|because|to|from|with|about|of the|that)\s")
NATIONAL_GROUP_RE = re.compile(r"^(?P<adj>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+(?P<head>[a-z'’]+(?:\s+[a-z]+)?)$")
NON_NAME_WORDS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "as", "for", "if", "it", "this", "that", "these", "those",
    "there", "then", "when", "while", "he", "she", "we", "they", "i", "his", "her", "our", "their", "its",
    "mr", "mrs", "ms", "dr", "president", "prime", "minister", "secretary", "senator", "sen", "gen", "general",
    "foreign", "chancellor", "ambassador", "state", "department", "ministry", "house", "white", "news", "times",
    "post", "street", "journal", "agency", "council", "committee", "university", "party", "army", "forces",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "west", "western", "east", "eastern", "north", "south", "european", "union", "nations", "united",
    "security", "defence", "defense", "office", "spokesman", "spokeswoman", "spokesperson", "chief", "staff",
    "deputy", "vice", "press", "official", "officials", "q", "question", "so", "now", "yes", "no", "well",
    "meanwhile", "however", "after", "before", "today", "what", "why", "how", "who", "where", "my", "your",
    "all", "some", "many", "most", "every", "each", "both", "if", "not", "since", "with", "by", "from",
}
FUNCTION_WORDS = {"the", "a", "an", "of", "from", "to", "with", "in", "on", "at", "by", "for", "and", "or",
                  "that", "which", "who", "this", "these", "those", "its", "their", "his", "her", "as", "than", "not"}
# Titles and office words that stand before a name but are not part of it
# ("Advisor Jake Sullivan", "Secretary-General Ban Ki-moon", "Supreme Leader").
TITLE_WORDS = {
    "advisor", "adviser", "director", "editor", "coordinator", "communications", "strategic", "secretary-general",
    "supreme", "leader", "chairman", "chairwoman", "commander", "ambassador", "envoy", "governor", "mayor", "king",
    "queen", "prince", "crown", "pope", "sheikh", "emir", "lord", "sir", "dame", "representative", "congressman",
    "congresswoman", "premier", "admiral", "colonel", "captain", "lieutenant", "sergeant", "judge", "justice",
    "acting", "former", "national", "nsc", "federal", "islamic", "republic", "kingdom", "democratic", "arab",
    "emirates", "federation", "senior", "speaker", "intelligence", "treasury", "commerce", "homeland", "energy",
    "affairs", "relations", "bureau", "ambassador-designate", "designate", "nominee", "elect", "cabinet", "administration", "analyst", "journalist", "correspondent", "professor",
    "rep", "sen", "gov", "amb", "sec", "pres", "lt", "col", "adm", "prof", "gen.", "mr.", "mrs.", "ms.", "dr.",
    "rev", "reverend", "fr", "father", "msgr", "monsignor", "rabbi", "imam", "bishop", "cardinal",
    "haj", "hajj", "haji",  # Arabic and Persian: one who has made the pilgrimage to Mecca
}
# Offices of agencies, schools, churches, cities and states written before a name ("NASA
# Administrator Jim Bridenstine", "Superintendent Jennifer McCormick", "Pastor Kevin Swanson").
# Titles as TITLE_WORDS are, but before a bare surname they name the document's own person,
# never the registry's national figure of that surname ("Warden Jones" is no James L. Jones).
# ("dean" is left out: it is a given name too, "Dean Smith".) General English.
LOCAL_TITLE_WORDS = {
    "administrator", "superintendent", "treasurer", "comptroller", "auditor", "councilman",
    "councilwoman", "councillor", "councilor", "alderman", "alderwoman", "assemblyman", "assemblywoman",
    "assemblymember", "trustee", "provost", "pastor", "archbishop", "warden", "coach",
}
TITLE_WORDS |= LOCAL_TITLE_WORDS
# Capitalised words of institutions, places and events: a span holding one is no person
# ("Senate Democrats", "Camp David Accords").
INSTITUTION_WORDS = {
    "senate", "congress", "democrats", "republicans", "democrat", "republican", "parliament", "assembly", "duma",
    "court", "police", "government", "ministry", "navy", "air", "force", "guard", "corps", "command", "embassy", "consulate", "airport",
    "city", "province", "region", "district", "island", "islands", "sea", "ocean", "river", "valley", "bay",
    "gulf", "strait", "peninsula", "coast", "square", "palace", "hall", "room", "centre", "center", "institute",
    "foundation", "fund", "bank", "group", "company", "corporation", "association", "organization",
    "organisation", "coalition", "alliance", "front", "movement", "revolution", "war", "summit", "conference",
    "talks", "treaty", "accord", "accords", "agreement", "deal", "act", "plan", "program", "programme",
    "initiative", "strategy", "doctrine", "policy", "day", "week", "year", "olympics", "games", "cup",
    "north", "south", "east", "west", "central", "camp", "base", "station", "general", "services", "armed",
    "republic", "kingdom", "union", "nations", "council", "committee", "commission", "agency", "times", "post",
    "new", "human", "rights", "saint", "san", "los", "las", "fort", "port", "mount", "lake", "islamic", "free",
    "royal", "observatory", "institute", "university", "college", "school", "hospital", "street", "avenue",
    "airlines", "news", "press", "radio", "television", "tv", "channel", "network", "post", "daily",
    "show", "magazine", "newspaper", "podcast", "blog", "report", "digest", "newsletter",
}
# an honorific before a surname, in a look-up key ("mr rubio", "ms. tanden")
HONORIFIC_KEY_RE = re.compile(r"^(?:mr|mrs|ms|miss|mister|dr|sir|dame)\.?\s+")
# the description in an appositive after a name, up to its head noun: "Thomas Varga, the
# mayor of Springfield," / "Jane Roe, a campaign spokeswoman," (the head ends it: no possessive)
APPOSITIVE_HEAD_RE = re.compile(r",\s+(?P<desc>(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?P<head>[a-z][a-z\-]+))(?=\s+(?:of|for|at|to|in|with)\b|\s*[,;.)])")
# an age between commas after a name: "Mr. King, 82, told me"
# a relative clause opened just before the verb (", who says", ", who later told"): its
# antecedent is the name next to it; what follows the verb is that person's, up to the end
RELATIVE_WHO_RE = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,2}$")
AGE_APPOSITIVE_RE = re.compile(r",\s*(?:(?:then|now)\s+)?\d{1,3}\s*,\s*$")
NON_NAME_WORDS |= TITLE_WORDS | INSTITUTION_WORDS
# abbreviated titles and the noun a later "the …" uses for the same person
TITLE_ABBREV = {"sen": "senator", "rep": "congressman", "gov": "governor", "gen": "general", "adm": "admiral",
                "col": "colonel", "lt": "lieutenant", "capt": "captain", "amb": "ambassador", "prof": "professor",
                "dr": "doctor", "sec": "secretary", "pres": "president"}
HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "sir", "dame", "president", "minister", "secretary", "senator", "sen",
                   "general", "gen", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chancellor", "premier",
                   "chief", "deputy", "head", "leader", "envoy", "official", "adviser", "advisor", "director",
                   "commander", "colonel", "governor", "mayor", "rep", "congressman", "congresswoman", "professor"}

# the adverbs or auxiliaries between a reporting "as"-clause's subject and its verb ("as X previously
# noted", "as she has said"), and the words that open its short adjunct of when or where ("as X said
# on Monday"); read by AS_REPORTED_RE and according_spans' clause inside a sentence
AS_CLAUSE_ADVERBS = r"(?:(?:first|previously|recently|earlier|also|once|later|has|have|had|[a-z]+ly)\s+){0,2}"
AS_CLAUSE_WHEN = r"on|in|at|last|this|earlier|before|during|over|after"
# a reporting "as"-clause that opens the sentence, its verb with no object, only a time or place
# after it: "As the mayor said on Monday, …", "As The Times reported, …", "And, as X previously
# noted, …"; the passive "As reported by X, …". The sentence after the comma is the source's.
AS_REPORTED_RE = re.compile(
    r"^[\s\"“”']*(?:(?:And|But|Yet|So|Still|Of course|However|Indeed|Moreover|Meanwhile|Also|In fact),?\s+)?[Aa]s\s+(?:"
    r"(?:(?:first|previously|recently|earlier|widely)\s+)?(?P<passive>reported|noted|announced|revealed|disclosed)"
    r"\s+(?:\w+\s+)?by\s+(?P<by>[^,;:()]{2,60}?)"
    r"|(?P<who>[^,;:()]{2,60}?)(?:,\s+(?:a|an|the|who)\s[^,;:()]{2,80}?,)?\s+" + AS_CLAUSE_ADVERBS
    + r"(?P<verb>[a-z]+)(?:\s+(?P<particle>it|out|clear)\b)?)"
    r"(?:\s+(?:again|too|also|repeatedly|often|publicly|privately|before)\b)?"
    r"(?:\s+(?:" + AS_CLAUSE_WHEN + r"|[A-Z][a-z]+day)\b[^,;:()]{0,40})?\s*[,:]\s+(?=\S)")
# a sentence that credits what it names to the outlet or body that reported it first: "The
# meeting was first reported by Politico.", "News of the move was first reported by the Miami
# Herald on Monday." (the subject is what the source reported). General news usage.
FIRST_REPORTED_RE = re.compile(
    r"^[\s\"“”']*(?P<what>[A-Z“\"][^,;:()]{1,80}?)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:(?:first|originally|previously|initially|earlier|also)\s+)?(?P<verb>reported|revealed|disclosed)\s+"
    r"(?:(?:first|earlier)\s+)?by\s+(?P<by>[^,;:()]{2,60}?)"
    r"(?:\s+(?:on|in|last|earlier|this)\b[^,;:()]{0,30})?\s*[.!]?[\s\"”']*$")
# a verb of putting out a message, the message and a speech participle after it ("issued a
# statement calling", "posted a series of tweets early Friday saying", "released a video urging")
MESSAGE_PARTICIPLE_RE = re.compile(
    r"\b(?:issued|released|posted|sent|published|put out|fired off|unleashed|tweeted|wrote|delivered|gave)\s+"
    r"(?:(?:a|an|the|his|her|its|their|two|three|several|a series of|a string of|another)\s+)?(?:[a-z\-]+\s+){0,2}?"
    r"(?:statement|statements|tweets?|letter|letters|posts?|message|messages|emails?|video|ad|advertisement|"
    r"remarks|speech|address|interview|memo|note|release|op-ed|column|essay|report)\b[^,;:.\"“”]{0,40}?,?\s+(?P<part>[a-z]+ing)\b")
# participles of what a message does besides the speech participles ("issued a statement
# apologizing to …", "published a report detailing …", "sent a letter seeking …"); general English
MESSAGE_PARTICIPLES = frozenset({"apologizing", "apologising", "offering", "detailing", "confirming", "seeking",
                                 "retracting", "outlining", "explaining", "requesting", "disputing", "objecting"})
# a group or a body and the side it takes, in a reduced relative clause ("a super PAC backing
# Jeb Bush", "groups supporting gay rights", "Democrats opposing the bill"): the participle of
# taking a side right after a plural or a body's noun, and its object after it. General English.
SIDE_PARTICIPLES = ("supporting", "backing", "opposing", "endorsing")
SIDE_PARTICIPLE_RE = re.compile(r"(?<=[A-Za-z])\s+(?P<verb>" + "|".join(SIDE_PARTICIPLES) + r")\s+(?=[A-Z\w“\"])")
# a sign that a verb of attacking is said, after its object in the same clause: a reason ("for
# her vote", "over his remarks", "for backing …"), a label ("as a fraud", "as being weak") or
# where it was said ("in a tweet", "during an interview", "on Twitter"); general English
SPEECH_SIGN_RE = re.compile(
    r"[^.;:!?\"“”]{0,80}?\b(?:(?:for|over)\s+(?:his|her|their|its|not|allegedly|[a-z]+ing)\b"
    r"|as\s+(?:an?|being|too)\b"
    r"|(?:in|during|on)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w\-]+\s+){0,2}(?:speech|tweets?|interview|"
    r"statement|op-ed|editorial|ad|advertisement|debate|post|remarks|letter|press conference|news conference)\b"
    r"|on\s+(?:Twitter|Facebook|television|TV|radio|the\s+(?:Senate|House)\s+floor)\b)")
# the months, and the periods after "last"/"this" ("last week", "this spring"): the dates an
# introduction or a closing adjunct gives (frames._TIME_INTRO_RE, tails._TIME_TAIL_RE)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
PERIODS = "week|month|year|spring|summer|fall|autumn|winter"
# a time phrase that opens a clause before its subject without a comma ("On Wednesday the
# army said", "Late Tuesday the ministry said", "In March 2019 the council found", "Earlier
# this month the agency said"): no part of the subject. General English dates.
TIME_LEAD_RE = re.compile(
    r"^(?:(?:On|Late|Early|Earlier|Later|In|Since|Last|This|Next)\s+)?(?:(?:this|last|next|that)\s+)?"
    r"(?:(?:" + WEEKDAYS + r")(?:\s+(?:morning|afternoon|evening|night))?|(?:" + MONTHS + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
    r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}(?:,?\s+\d{4})?|\d{4}|" + PERIODS + r"|weekend|night|morning|afternoon|evening)"
    r",?\s+(?=\S)")

# (the objects, adjuncts and clause openings after a reporting verb that frames.own_words_span reads)
# where an object noun phrase ends: a comma, dash or parenthesis, or a preposition or adverb of
# time, place, manner or cause ("… Jane Roe in early June", "… the deal at a rally on Tuesday")
OBJECT_END_RE = re.compile(r"\s*[,;:—–(]|\s+(?:in|at|on|during|after|before|since|until|despite|when|while|"
                           r"because|as|last|this|earlier|ahead|amid|through|over|by|with|from|and\s+(?:has|had|"
                           r"is|was|will|would|then|later|also)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)\b")
# words that are no head of a short object noun phrase: a particle of a phrasal verb ("backed her
# up") and nouns of time ("endorsed the day before")
_NOT_OBJECT_HEADS = (r"(?:up|out|off|down|back|away|in|on|over|day|week|month|year|time|night|morning|"
                     r"evening|weekend)\b")
# a name as the whole object of a verb of taking a side: capitalised words, an initial or a
# title's period in them ("Trump", "Mr. Trump", "Jane Roe", "Ted Cruz."), at most four; or a
# short determined noun phrase ("the deal", "an increase", "the subsidies")
NAMED_OBJECT_RE = re.compile(r"(?:(?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]{2,}"
                             r"|(?:the|a|an|his|her|their|its|this|that)\s+(?!" + _NOT_OBJECT_HEADS + r")[a-z][\w'’\-]+"
                             r"(?:\s+(?!" + _NOT_OBJECT_HEADS + r")[a-z][\w'’\-]+)?)[.!?]?\s*")
# what goes on with the object of such a verb, as part of the side taken: "favored Roe over Doe",
# "referred to Roe as a leader" (not where one object ends)
COMPLEMENT_NEXT_RE = re.compile(r"\s+(?:as|over)\b")
# where or when an act was done, closing its sentence: "… during a campaign rally.", "… on
# his radio show this week.", "… at a news conference on Tuesday." (nouns of public events and
# media, general English)
ACT_ADJUNCT_RE = re.compile(
    r"\s+(?:during|at|in|on|before)\s+(?:a|an|the|his|her|their|its|[A-Z][\w.'’]*)\s+(?:[\w.'’\-]+\s+){0,4}?"
    r"(?:rally|rallies|speech|interview|statement|debate|event|conference|hearing|show|appearance|meeting|"
    r"town hall|broadcast|post|tweet|tweets|address|op-ed|letter|video|session|briefing|forum|gathering)\b"
    r"[^,;:\"“”]*[.!?]?$")
# a prepositional phrase right after a reporting verb, then the clause it reports, opened by a
# question word or a personal pronoun as its subject (general English)
# (a noun phrase after the preposition: a determiner, a number or a name; "want to vote for …" is
# an infinitive, no listener)
ADJUNCT_CLAUSE_RE = re.compile(r"\s+(?:to|in|on|at|during|after|before)\s+(?=(?:the|a|an|his|her|their|its|this|that|"
                               r"both|several|reporters)\b|[A-Z0-9])[^\"“”,:;.]{1,50}?\s+"
                               r"(?=(?:why|how|what|whether|where|he|she|they|we|I|there)\s)")
# a description of a person set off by commas right before their name, as a tail's subject
# ("…, a spokeswoman, Mary Poe, said"): a determiner and a few words
TAIL_DESCRIBED_NAME_RE = re.compile(r",\s+(?:a|an|the|his|her|its|their)\s+[^,;:\"“”]{1,60},\s+$")


# the nouns of diplomatic posts, whose "to"/"at" names where the diplomat serves ("Syria's
# ambassador to the United Nations"), not a clause of the sentence's. General English.
POSTED_RE = re.compile(r"(?i:ambassador|envoy|emissary|representative|delegate|consul|attach[eé]|embassy|embassie|consulate|"
                       r"mission|delegation)s?")
