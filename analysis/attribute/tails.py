"""The outlet's words after a speaker's own words: a sentence whose reported clause runs to
its end may close with the outlet's comment on what was said, not the speaker's words ("X
said the plant would close, throwing 300 people out of work."; "X announced 30,000 job
cuts, a record for the company."). :func:`tail_cut` ends the statement before such a tail;
what it leaves stays in the export as narration."""
from __future__ import annotations

import re
from functools import lru_cache

from ..toml_data import data_file, word_set
from .base_forms import base_form_ok
from .cues import Vocab
from .patterns import AUXILIARIES, FINITE_AUXILIARIES, MONTHS, PERIODS

# a participle after a comma: ", throwing …", ", sending a signal …"
# a comma or a dash (a comma inside a quotation's closing mark is masked with its words: no
# boundary is read there, since '…” and the two countries needed …' goes on with the quotation)
_COMMA = r"(?:,|\s[-–—―]+)"
# (an adverb of manner may open it: ", implicitly putting her name on the line")
_PARTICIPLE_TAIL_RE = re.compile(_COMMA + r"\s+(?:[a-z]+ly\s+)?(?P<ing>[a-z]+ing)\s")
# a noun phrase after a comma that ends the sentence: ", a move that angered …", ", the highest
# for any candidate."
_APPOSITIVE_TAIL_RE = re.compile(_COMMA + r"\s+(?:a|an|the|(?<=[-–—―]\s)\d[\d,.]*)\s+(?P<np>[^,;:\"“”]*)$")
# a noun phrase with a verb or a coordination of its own is a clause or the end of a list
# (", the issue is becoming …", ", the health law or Planned Parenthood"), unless the verb is
# in a relative clause that describes the noun (", a move that has angered …")
_CLAUSE_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted((AUXILIARIES - {"not"}) | {"or", "and", "said", "says", "told", "tells"}))
                             + r")\b")
_RELATIVE_RE = re.compile(r"\b(?:that|which|who|whose|where|when)\b")
# a verb in the past with its object or complement (", the minister pointed to …")
# (nor a noun in -ed: ", the worst bloodshed on …")
_PAST_VERB_RE = re.compile(r"\b(?!(?:bloodshed|need|seed|speed|creed|greed|deed|breed|bed|shed)\b)[a-z]+ed\s+"
                           r"(?:to|the|a|an|that|his|her|their|its|by|on|in|at|for|with|out|up)\b")
# a participle before its agent describes the appositive's noun (", a sentiment endorsed by …")
_AGENT_RE = re.compile(r"\b[a-z]+ed\s+by\b")
MIN_WORDS = 12  # characters of the speaker's words a cut leaves at least


@lru_cache(maxsize=1)
def _not_participles() -> frozenset[str]:
    return frozenset(data_file("attribution.toml")["ing_prepositions"])


def _participle_tail(masked: str, start: int, end: int, v: Vocab) -> int | None:
    """Where a participial phrase of the outlet starts (", throwing a wrench into …"): any
    -ing word after a comma that is no speech participle (", adding that …", ", saying …":
    the speaker's), no preposition in -ing (", including …", ", depending on …") and no
    gerund subject (", having X on the ticket could help …")."""
    for m in _PARTICIPLE_TAIL_RE.finditer(masked, start, end):
        w = m.group("ing")
        if m.start() - start < MIN_WORDS or w in _not_participles() or w in v.clause_participles \
                or w in v.participles or v.verb_re.fullmatch(w):
            continue
        return m.start()
    return None


def _appositive_tail(masked: str, start: int, end: int, v: Vocab) -> int | None:
    """Where a closing appositive noun phrase starts (", a mass layoff rivaling …", ", the
    presumptive nominee."): a determiner after the last comma, and no verb or coordination of
    its own outside a relative clause (", the minister pointed to …" is a clause)."""
    m = _APPOSITIVE_TAIL_RE.search(masked[:end], start)
    if m is None or m.start() - start < MIN_WORDS:
        return None
    np = m.group("np")
    rel = _RELATIVE_RE.search(np)
    head = _AGENT_RE.sub(" ", np[:rel.start()] if rel else np)  # (", a sentiment endorsed by …": no clause)
    clause = _CLAUSE_WORD_RE.search(head) or _PAST_VERB_RE.search(head) or v.verb_re.search(head)
    return None if clause else m.start()


# a second clause of the outlet's after the reported one: a semicolon, or a conjunction after
# a comma or a dash with a subject of its own (a personal pronoun, a name, a determined noun or a
# number and its noun) and its finite verb
# ("…; hours later, she issued …", "…, but Pence was adamant.", "… - and he makes sure …")
# the irregular past forms of common English verbs (general English, a closed list)
_PAST = "ran|said|told|wrote|made|took|gave|went|came|kept|left|held|stood|spoke|sought|thought|felt|found|saw|knew|got|led|met|won|lost|sent|began|became|grew|rose|fell|broke|chose|drove|flew|spent|built|brought|bought|taught|caught|fought|heard|paid|sold|struck|swore|threw|wore|woke"
# a word of a subject's noun phrase is no conjunction or relative word ("as a reformer when he ran":
# "a reformer when" is no subject)
_NOT_JOINING = r"(?!(?:when|after|before|because|as|while|since|until|although|though|if|that|whether|who|which|where|what|how|why)\b)"
_FINITE_AUXILIARIES = frozenset(AUXILIARIES - {"not", "be", "been"})
_FINITE = FINITE_AUXILIARIES  # (the same words as an alternation)
_PLURAL_FINITE = "are|were|have|had|will|would|can|could|may|might|should|must|do|did"
# English closed-class words that end in "s" and are no verb: a subject's "[a-z]+s" verb is none
# of them ("… as a deadline of his own": "of" is no subject, "his" no verb)
_NOT_S_VERB = r"(?!(?:his|this|its|hers|ours|yours|theirs|us|thus|plus|less|unless|as|was|is|whereas|perhaps|always|across|towards|besides|afterwards)\b)"
# a subject's finite verb: an auxiliary or modal (negated too), a form in -ed or -s, an irregular past
_FINITE_VERB = r"(?:(?:" + _FINITE + r")n['’]t|" + _FINITE + r"|[a-z]+ed|" + _NOT_S_VERB + r"[a-z]+s|" + _PAST + r")"
# the subject of a clause: a personal pronoun, a name, a determined noun phrase, or a bare plural
# before a verb in the plural or the past ("… but instant polls are not …", "… after hackers targeted …")
_ADVERB = r"(?:(?:[a-z]+ly|also|still|then|now|later|again)\s+)?"
_PERSON = r"(?:he|she|they|we|I|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})"
_SUBJECT_VERB = (
    r"(?:(?:he|she|they|we|I|it|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}|"
    r"(?:the|a|an|its|this|these|those|some|many|most|other|his|her|their|\d[\d,.]*)\s+(?:" + _NOT_JOINING + r"[\w'’\-]+\s+){0,2}?" + _NOT_JOINING + r"[\w'’\-]+(?<!ly))"
    r"\s+(?:(?:[a-z]+ly|also|still|then|now|later|again)\s+)?" + _FINITE_VERB
    + r"|(?:" + _NOT_JOINING + r"[a-z\-]+\s+){0,2}[a-z\-]+s\s+(?:[a-z]+ly\s+)?(?:" + _PLURAL_FINITE + r"|[a-z]+ed)"
    # a share of a group ("… but several of his findings contradicted …", "…, and each of them has …")
    r"|(?:several|some|many|most|all|both|each|none|one|two|three|few|half|either|neither|any)\s+of\s+"
    r"(?:the|his|her|their|its|our|these|those|them|us)(?:\s+[\w'’\-]+){0,2}?\s+" + _ADVERB + _FINITE_VERB
    # a pronoun with its verb contracted ("…, and he's even paying for …", "… because they're …")
    + r"|(?:he|she|it|they|we|I|there)['’](?:s|re|ll|d|ve|m)"
    # two people as one subject, the verb in the plural ("…, and she and Mr. Vale still speak …")
    + r"|" + _PERSON + r"\s+and\s+(?:him|her|his\s+[a-z]+|" + _PERSON + r")\s+" + _ADVERB
    + r"[a-z]+)\b")
_CLAUSE_TAIL_RE = re.compile(
    r";|" + _COMMA + r"\s+(?:and|but|while|whereas|although|though|yet|even as|just as|even though)\s+"
    + _SUBJECT_VERB
    # (or a comparison with its verb before its subject: ", as have other Democrats", ", as was the case …")
    + r"|,\s+as\s+(?:have|has|had|did|does|do|was|were)\s+(?:the|a|an|other|many|most|some|several|his|her|their)\b"
    + r"|,\s+despite\s")  # (a concession of the outlet's: ", despite concerns that …", ", despite pursuing …")
# a clause of time, cause or comparison with a subject of its own after the object of a verb
# ("… described X as a disaster when he ran for …", "… warned officials after hackers targeted …",
# "… cited the audit as the reason, as he did again …")
_SUBORDINATE_TAIL_RE = re.compile(
    r"(?:,\s+|\s+)(?:(?:when|after|before|because|as|while|since|until|although|though|even as|even though)\s+"
    + _SUBJECT_VERB + r"|(?:while|after|since|upon)\s+[a-z]{2,}ing\b)")


# another source's report after the speaker's words: a conjunction, then a subject of its own
# (a determiner, a number or quantity, a name or a pronoun, and up to five more words) and a
# verb of saying, believing or taking a side, with adverbs or a perfect auxiliary before it
# ("… and Democrats accused …", "…, while about 4 in 10 want …", "… and 160 have not publicly
# announced …"): that is the other source's attribution, never the first speaker's words
_OTHER_REPORT_RE = re.compile(
    r"(?:,\s+|\s+)(?:and|but|while|whereas|although|though|yet)\s+"
    r"(?=(?:the|a|an|his|her|their|its|our|some|many|most|other|others|another|both|each|few|all|more|fewer|about|"
    r"nearly|almost|only|just|roughly|over|half|one|two|three|four|five|six|seven|eight|nine|ten|he|she|they|we|I|"
    r"[A-Z][\w.'’\-]*|\d[\d,.%]*)\b)(?P<words>(?:[\w'’.\-%]+ ){1,9})")
# words that end a subject before its verb is found: a clause of its own, a coordination, a
# relative pronoun, or the auxiliaries and adverbs that stand before the verb
_NOT_SUBJECT = frozenset({"and", "but", "or", "that", "which", "who", "when", "if", "as", "to", "would", "will", "could",
                          "should", "is", "are", "was", "were", "be"})
_BEFORE_VERB = frozenset({"has", "have", "had", "also", "not", "never", "still", "now", "then"})
# words that cannot end a subject: a determiner or a quantifier still wants its noun ("… and most
# recently defended …" is a second predicate, "most" an adverb there)
_NO_HEAD = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "most", "more", "fewer", "about", "nearly",
                      "almost", "only", "just", "roughly", "over", "some", "many", "few", "all", "each"})


_REPORT_CONJUNCTIONS = (" and ", " but ", " while ", " whereas ", " although ", " though ", " yet ")


def _other_report_tail(masked: str, start: int, end: int, v: Vocab) -> int | None:
    """Where another source's report starts after the speaker's words (:data:`_OTHER_REPORT_RE`):
    the first word after the subject's (at least one) that is a verb of ``verbs``, with only a
    perfect auxiliary or adverbs between."""
    # (the conjunctions found with str.find, the pattern matched there only: a search of the
    # pattern itself would try it at every space of every statement)
    at = []
    for c in _REPORT_CONJUNCTIONS:  # (a loop, not nested generators: ~1,000 calls a pass)
        i = masked.find(c, start + MIN_WORDS, end)
        while i >= 0:
            at.append(i)
            i = masked.find(c, i + 1, end)
    at.sort()
    for i in at:
        m = _OTHER_REPORT_RE.match(masked, i - 1 if masked[i - 1] == "," else i, end)
        if m is None:
            continue
        words = m.group("words").split()
        for k, w in enumerate(words):
            if k and v.verb_re.fullmatch(w) and not (w in v.base_verbs and not _base_verb_at(masked, m, words, k)):
                subject = [x for x in words[:k] if x not in _BEFORE_VERB and not x.endswith("ly")]
                if subject and subject == words[:len(subject)] and subject[-1].lower() not in _NO_HEAD:
                    return m.start()
                break
            if w in _NOT_SUBJECT:
                break
    return None


def _base_verb_at(masked: str, m: re.Match, words: list[str], k: int) -> bool:
    """Whether words[k] of `m`'s subject-and-verb words, a base form of ``base_verbs``, is a
    verb there ("… and critics accuse …"; not "… and his demand that …")."""
    at = m.start("words") + sum(len(w) + 1 for w in words[:k])  # (the words are single-spaced)
    return base_form_ok(masked, at)


def _clause_tail(masked: str, start: int, end: int) -> int | None:
    """Where a second clause of the outlet's starts after the speaker's words: a semicolon,
    or a conjunction with a subject and a verb of its own (quotations masked)."""
    m = _CLAUSE_TAIL_RE.search(masked, start, end)
    return m.start() if m is not None and m.start() - start >= MIN_WORDS else None


# a second predicate of the subject after "but", "yet" or "and", no subject of its own, its verb
# finite ("… the incident as a disgrace, but stopped short of …", "…, yet refuses to …", "… but did
# not recommend …", "… and extended its hours"): auxiliaries and modals of any tense, adverbs and
# negation before the verb
_PREDICATE_TAIL_RE = re.compile(r",?\s+(?P<conj>but|yet|and)\s+(?:(?:also|then|later|still|not|never|[a-z]+ly)\s+){0,2}"
                                r"(?P<verb>[a-z]+)\b")
_IRREGULAR_PAST = frozenset(_PAST.split("|"))


def _tense(verb: str) -> str | None:
    """A finite verb's tense as its form shows it ("past", "s"), None for another form."""
    if verb in _IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 4):
        return "past"
    if verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and len(verb) > 3:
        return "s"
    return None


def _predicate_tail(masked: str, start: int, end: int, cue: str, v: Vocab) -> int | None:
    """Where a second predicate of the speaker starts after the object of an act or a
    description ("Roe described the deal as a "disaster," but stopped short of …", "Roe
    championed the port and extended its hours"): "but", "yet" or "and", then an auxiliary or a
    verb in the tense of the cue. What it says is the outlet's account of what the speaker did
    next, or a statement of its own (second_reports). After "and", a predicate that says,
    believes or takes a side itself ("… and seemed to think …") stays with the speaker's words."""
    tense = _tense(cue.split()[0])
    for m in _PREDICATE_TAIL_RE.finditer(masked, start, end):
        verb = m.group("verb")
        if m.start() - start < MIN_WORDS:
            continue
        if verb in _FINITE_AUXILIARIES or (tense is not None and _tense(verb) == tense):
            if m.group("conj") == "and" and v.verb_re.search(masked, m.start("verb"), end):
                continue
            return m.start()
    return None


# where and when something was said, closing its sentence after the object of a verb: "… as a
# disgrace Wednesday on The Laura Ingraham Show.", "… during a campaign stop in Flint, Mich., for
# his wife.", "… at last week's forum viewed by 14.7 million people" (a day or time, a preposition
# of place or time, then a noun of a public event or medium within five words; general English)
_ADJUNCT_TAIL_RE = re.compile(
    r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+|(?:last|this|earlier this)\s+(?:week|month)\s+)?"
    r"(?:during|at|in|on|before)\s+(?:a|an|the|his|her|their|its|last|this|other|several|[A-Z][\w.'’]*)\s+(?:[\w.'’\-]+\s+){0,4}?"
    r"(?i:rally|rallies|speech|speeches|interview|interviews|statement|statements|debate|event|conference|hearing|show|"
    r"appearance|appearances|meeting|town hall|broadcast|post|posts|tweet|tweets|address|op-ed|letter|video|videos|"
    r"session|briefing|forum|gathering|program|programme|stop|visit|summit|convention|dinner|luncheon|breakfast|"
    r"ceremony|podcast|radio|television|debates|events|conferences|hearings|shows|meetings|sessions|briefings|forums|"
    r"gatherings|stops|visits|summits|dinners|letters|programs|ceremonies|podcasts|broadcasts)\b[^;:\"“”]*$")
# or "in" one of the written and spoken forms that carry a public statement (general English;
# after "on" they are what was spoken of: "declined to elaborate on his message"); a pattern that
# opens with its literal " in " (searched only where the words have one)
_MEDIUM_TAIL_RE = re.compile(
    r" in\s+(?:a|an|the|his|her|their|its|other|several|[A-Z][\w.'’]*)\s+(?:[\w.'’\-]+\s+){0,4}?"
    r"(?i:remarks|comments|diatribe|tirade|rant|column|editorial|essay|article|book|memoir|blog|email|message|ad|"
    r"advertisement|commercial|ruling|opinion|filing|testimony|sermon|lecture|episode|call)\b[^;:\"“”]*$")
# or only the time it was said, closing the sentence: "… in July.", "… last fall." (read in the
# last characters of the words only)
_TIME_TAIL_RE = re.compile(
    r"\s+(?:(?:in|during|by)\s+(?:early\s+|late\s+|mid-?)?(?:" + MONTHS + r"|\d{4})(?:\s+\d{4})?"
    r"|(?:last|this|earlier this|later that)\s+(?:" + PERIODS + r")"
    # (or through whom it was said: "… denied the claim through her lawyer.")
    r"|through\s+(?:a|an|his|her|their|its)\s+(?:[a-z]+\s+)?(?:spokesman|spokeswoman|spokesperson|spokespeople|"
    r"lawyer|lawyers|attorney|attorneys|representative|representatives|publicist)"
    # (or for what it was said: "… declined to comment for this story.")
    r"|for\s+(?:this|the|that)\s+(?:story|article|report|piece|column))[.!?]?$")
_TIME_TAIL_CHARS = 40


def adjunct_tail(masked: str, start: int, end: int, least: int = MIN_WORDS) -> int | None:
    """Where a closing adjunct of place, time or medium of the act starts
    (:data:`_ADJUNCT_TAIL_RE`, :data:`_MEDIUM_TAIL_RE`, :data:`_TIME_TAIL_RE`), leaving at
    least `least` characters of the speaker's words."""
    head = masked[:end]
    cuts = []
    m = _ADJUNCT_TAIL_RE.search(head, start + least)
    if m is not None:
        cuts.append(m.start())
    if " in " in head[start + least:]:
        m = _MEDIUM_TAIL_RE.search(head, start + least)
        if m is not None:
            cuts.append(m.start())
    m = _TIME_TAIL_RE.search(head, max(start + least, end - _TIME_TAIL_CHARS))
    if m is not None:
        cuts.append(m.start())
    return min(cuts) if cuts else None


# a second clause after the object of a verb, joined without a comma, its subject a personal
# pronoun and a finite verb of its own ("… decided not to enter the race and she performed well",
# "… endorsed none of them but they kept going"), or opened by a subordinator after the
# conjunction ("… any interest in the seat, but if he did, …"): the object ends before it
_PRONOUN_CLAUSE_TAIL_RE = re.compile(
    r"\s+(?:and|but|yet)\s+(?:he|she|they|we|I)\s+(?:(?:[a-z]+ly|also|still|then|now|later|again|never|not)\s+)?"
    + _FINITE_VERB + r"\b"
    r"|,?\s+(?:and|but|yet)\s+(?:if|when|while|because|although|though|unless)\s")


def _pronoun_clause_tail(masked: str, start: int, end: int) -> int | None:
    """Where a second clause with a pronoun subject starts after the object of a verb
    (:data:`_PRONOUN_CLAUSE_TAIL_RE`), quotations masked."""
    m = _PRONOUN_CLAUSE_TAIL_RE.search(masked, start + MIN_WORDS, end)
    return m.start() if m is not None else None


# a non-restrictive relative clause after the object of a verb, between commas or closing the
# sentence ("… likened the paper to the Pier Gazette, which receives public funds, …"): the
# outlet's description of what the object names
_RELATIVE_TAIL_RE = re.compile(r",\s+(?:which|who|whom|whose|where)\s")


def _relative_tail(masked: str, start: int, end: int) -> int | None:
    """Where a non-restrictive relative clause after the object of a verb starts
    (:data:`_RELATIVE_TAIL_RE`), quotations masked."""
    m = _RELATIVE_TAIL_RE.search(masked, start + MIN_WORDS, end)
    return m.start() if m is not None else None


# another source's attribution closing the sentence: "…, according to Jane Roe." (whoever
# reported the words, they are no part of them)
_ACCORDING_TAIL_RE = re.compile(r",?\s+according\s+to\s+[^;:]*$")


def _according_tail(masked: str, start: int, end: int) -> int | None:
    """Where a closing "according to …" starts after the speaker's words (:data:`_ACCORDING_TAIL_RE`)."""
    m = _ACCORDING_TAIL_RE.search(masked, start + MIN_WORDS, end)
    return m.start() if m is not None else None


def _subordinate_tail(masked: str, start: int, end: int) -> int | None:
    """Where a subordinate clause of the outlet's with its own subject and verb starts after
    the object of a verb (quotations masked)."""
    m = _SUBORDINATE_TAIL_RE.search(masked, start + MIN_WORDS, end)
    return m.start() if m is not None else None


# a clause of time or contrast of the outlet's right after a closing quotation mark, with a subject
# or a participle of its own ('… “not ready,” before predicting that …', '… “excited” as he faces …',
# '“We’ll see,” when asked whether …'): the quoted words end the speaker's
_QUOTE_CLOSE_TAIL_RE = re.compile(
    r"(?<=[\"”]),?\s+(?:before|after|while|when|since|until|though|although|even as|even though|as(?=\s+(?:he|she|they|"
    r"we|I|[a-z]+ing|[A-Z])))\s+(?:[a-z]+ly\s+)?(?:[a-z]+ing|[a-z]+ed|asked|told|he|she|they|it|we|I|[A-Z][\w.'’\-]*|"
    r"the|his|her|their|its|[a-z]+s)\b")


def _quote_close_tail(masked: str, start: int, end: int) -> int | None:
    """Where the speaker's words end at a closing quotation mark before a clause of the outlet's
    (:data:`_QUOTE_CLOSE_TAIL_RE`)."""
    m = _QUOTE_CLOSE_TAIL_RE.search(masked, start + MIN_WORDS, end)
    return m.start() if m is not None else None


# a spaced dash (or two hyphens) after the speaker's words, what follows it running to the end
# of the sentence or closed by a second dash there: the outlet's afterthought on what was said,
# an appositive, a clause or an adjunct of its own ("… the plan — a reversal of her stance.",
# "… none of this - but it hasn't helped.", "… the deal - his ''win,'' he called it -"). Not the
# speaker's words going on: a second clause or an alternative ("… - and that …", "… — or to
# seize …"), an elaboration opened by an adverb ("… - specifically, …"); not a relative clause
# (its own reading: ``TRAILING_RELATIVE_RE``) and not a dateline's dash ("ROME (Reuters) – …")
_DASH_RE = re.compile(r"\s+(?:--|[-–—―])(?=\s|$)")
_DASH_KEEP_RE = re.compile(r"\s*(?:(?:(?:and|but|or)\s+)?that\b|(?:[a-z]+ly|perhaps|indeed|in fact),|or\b|nor\b|"
                           r"(?:and|but)\s+to\b|who\b|whom\b|whose\b|which\b|where\b)")


def _dash_tail(masked: str, start: int, end: int) -> int | None:
    """Where the outlet's afterthought after a dash starts (:data:`_DASH_RE`), quotations masked."""
    dashes = list(_DASH_RE.finditer(masked, start, end))
    if not dashes or len(dashes) > 2 or len(dashes) == 2 and masked[dashes[1].end():end].strip(" .!?"):
        return None
    d = dashes[0]
    if d.start() - start < MIN_WORDS or masked[:d.start()].endswith(")") or _DASH_KEEP_RE.match(masked, d.end(), end):
        return None
    return d.start()


def tail_cut(masked: str, start: int, end: int, v: Vocab, cue: str | None = None) -> int:
    """Where the speaker's own words masked[start:end] end, without the outlet's closing
    participial phrase, appositive noun phrase or afterthought after a dash, or a second clause of its own (quotations
    masked: a tail is never cut inside quoted words); with `cue`, the verb whose object the
    words are (no clause of their own), without a second predicate of the speaker's either."""
    cuts = [c for c in (_participle_tail(masked, start, end, v), _appositive_tail(masked, start, end, v),
                        _clause_tail(masked, start, end), _other_report_tail(masked, start, end, v),
                        _predicate_tail(masked, start, end, cue, v) if cue else None,
                        _subordinate_tail(masked, start, end) if cue else None,
                        _relative_tail(masked, start, end) if cue and ("wh" in masked) else None,
                        _according_tail(masked, start, end) if "according to" in masked else None,
                        _pronoun_clause_tail(masked, start, end) if cue else None,
                        adjunct_tail(masked, start, end) if cue else None,
                        _quote_close_tail(masked, start, end) if '"' in masked or "”" in masked else None,
                        _dash_tail(masked, start, end) if "-" in masked or "—" in masked or "–" in masked or "―" in masked else None)
            if c is not None]
    return min(cuts) if cuts else end


_SHORT_OBJECT = 3  # characters of an act's object an adjunct cut leaves at least (as for act_verbs)


def short_object_cut(masked: str, start: int, end: int) -> int:
    """Where the object of a verb (masked[start:end], quotations masked) ends, however short,
    before a closing phrase of where, when or in what medium the act was done ("cited the
    figure | at a forum last week", "claimed the win | in a post"), as for the verbs of
    ``act_verbs`` (:data:`.patterns.ACT_ADJUNCT_RE`); `end` when there is none."""
    adj = adjunct_tail(masked, start, end, least=_SHORT_OBJECT)
    # (no cut leaves last a word that opens a clause or a phrasal verb's particle:
    # attribution.toml ``object_cut_not_last``)
    if adj is None or masked[start:adj].split()[-1].lower() in word_set("attribution.toml", "object_cut_not_last"):
        return end
    return adj
