"""Patterns rewritten to open with a literal or a class of characters (so the engine skips
the positions no match opens at) find exactly what their plain forms find."""
import re

from analysis import speech_forms
from analysis.alternation import longest_first
from analysis.attribute import reported, second_reports
from analysis.attribute.patterns import PARTICIPLE_RE
from analysis.toml_data import data_file

TEXTS = [
    "He is claiming that the deal failed, and she's insisting it did not; they're saying so.",
    "Roe said the talks failed and warned that more would come, adding that it was over.",
    "The mayor, who was defending the plan, but admitted doubts — calling it hard, and later said no.",
    "It notes that she notes it, and he also notes this; The hen, she-wolf and Ithaca note nothing.",
    "Doe was confident that it would pass; they’re hopeful that it does, and it's sure that so.",
    "Roe spoke by phone, saying it was fine, and by then, standing by, band leaders kept humming.",
    '"It is over," Roe said, before adding that talks, while continuing, had stalled — saying so.',
    "Kerry said the talks failed, and he urged restraint, but she denied that, though they noted it.",
    "She'd said it. Heeding calls, Shea and Ivan (who is saying nothing) stood by, and by doing so …",
]


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), [m.span(g) for g in range(1, (pattern.groups or 0) + 1)])
            for m in pattern.finditer(text)]


def _same(plain: re.Pattern, scanning: re.Pattern) -> None:
    assert plain.pattern != scanning.pattern  # the rewrite applies
    hits = 0
    for text in TEXTS:
        assert _found(plain, text) == _found(scanning, text), text
        hits += len(_found(plain, text))
    assert hits > 0


def test_speech_form_patterns_match_their_plain_forms():
    _same(re.compile(r"(?:\s(?:is|are|was|were|has been|have been|had been)|(?<=\w)['’]s|(?<=\w)['’]re)"
                     r"\s+(?:[a-z]+ly\s+)?(?P<part>[a-z]+ing)\b"), speech_forms.PROGRESSIVE_RE)
    verbs = data_file("attribution.toml").get("pronoun_verbs", ())
    _same(re.compile(r"\b(?P<who>[Hh]e|[Ss]he|[Ii]t)\s+(?:(?:also|again|then|later|now|even)\s+)?"
                     r"(?P<verb>" + (longest_first(verbs) if verbs else "(?!)") + r")\b"),
          speech_forms._pronoun_verb_re())
    _same(re.compile(
        r"(?:\s(?:is|are|was|were|be|been|remains|remain|remained|seems|seem|seemed|appears|appear|appeared|"
        r"grew|grows|became|becomes|feels|feel|felt)|(?<=\w)['’]s|(?<=\w)['’]re)"
        r"\s+(?:(?:[a-z]+ly|so|very|more|less|not|still|also|now|all|both|quite|fairly|deeply|"
        r"increasingly)\s+){0,2}(?P<adj>" + longest_first(speech_forms.stance_adjectives()) + r")\s+that\b"),
        speech_forms._stance_adjective_re())


def test_participle_and_second_report_patterns_match_their_plain_forms():
    _same(PARTICIPLE_RE, reported._PARTICIPLE_SCAN_RE)
    for name in ("_SECOND_RE", "_CONJ_SECOND_RE", "_PRONOUN_SECOND_RE"):
        scanning = getattr(second_reports, name)
        prefix = "(?=[\\s,—–])" if name != "_PRONOUN_SECOND_RE" else "(?=[\\s,])"
        _same(re.compile(scanning.pattern.removeprefix(prefix)), scanning)
