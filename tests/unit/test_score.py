"""Tone and escalation of statements: the hard cases, pinned with examples of our own."""
import os
import re
import shutil
import time
from importlib import resources
from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import score, version
from analysis.model import Statement

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("STANCEWATCH_SHARED") or REPO.parent / "shared")


def esc(text: str) -> float:
    return score.escalation(text)[0]


CONDITIONAL_THREAT = "conditional threat: the consequence of a condition escalates"


def cues(text: str) -> tuple[str, ...]:
    return score.escalation(text)[1]


def statement(text: str, section: str = "body", start: int = 100) -> Statement:
    return Statement(doc_id="d1", seq=0, char_start=start, char_end=start + len(text), section=section,
                     speaker="Sergey Lavrov", speaker_kind="person", text=text)


# ------------------------------------------------------------------ typography and tone


def test_normalise_straightens_typography():
    assert score.normalise("We weren\u2019t \u2018ready\u2019 \u201cnow\u201d\u2026") == "We weren't 'ready' \"now\"..."
    assert score.normalise("talks\u00a0in\u202fGeneva \u2013 or\u2014not") == "talks in Geneva - or - not"


def test_curly_apostrophes_do_not_break_vader_negation():
    bare = SentimentIntensityAnalyzer().polarity_scores("The talks weren\u2019t successful")["compound"]
    assert bare > 0  # VADER misreads the curly apostrophe: the reason to normalise
    curly = score.tone("The talks weren\u2019t successful")
    assert curly == score.tone("The talks weren't successful")
    assert curly["compound"] < 0
    assert set(curly) == {"compound", "pos", "neu", "neg"}


def test_curly_apostrophes_do_not_break_escalation_negation():
    assert esc("The army won\u2019t attack the city.") == esc("The army won't attack the city.") < 0
    assert esc("The army will attack the city.") > 0.5


def test_tone_lexicon_fills_gaps_and_keeps_vader_ratings():
    added = score.read_tone_lexicon(score._data("tone_lexicon.txt"))
    vader = SentimentIntensityAnalyzer().lexicon
    lex = score.analyzer().lexicon
    assert len(added) > 100
    for word, value in added.items():
        assert lex[word] == vader.get(word, value)
    assert lex["ceasefire"] > 0 > lex["invasion"]
    assert score.tone("They agreed a ceasefire")["compound"] > 0


def test_tone_lexicon_format_errors_name_the_line():
    assert score.read_tone_lexicon("# comment\nceasefire\t1.5\ninvasion -2.6  # trailing\n") == {
        "ceasefire": 1.5, "invasion": -2.6}
    with pytest.raises(ValueError, match="tone_lexicon.txt:2"):
        score.read_tone_lexicon("ok\t1\nbroken\n")


# ------------------------------------------------------------------ own words


def test_attribution_clause_is_not_part_of_the_own_words():
    assert score.own_words('"We are ready for dialogue," Lavrov said.') == "We are ready for dialogue,"
    assert score.own_words("Moscow is ready for dialogue, Lavrov said on Monday.") == "Moscow is ready for dialogue"
    assert score.own_words("Lavrov said that Moscow is ready for dialogue.") == "Moscow is ready for dialogue."
    assert score.own_words("According to the ministry, Moscow is ready.") == "Moscow is ready."
    parts = score.split('The ministry said: "We are ready," a spokesman added.')
    assert (parts.head, parts.words, parts.tail) == ("The ministry said:", "We are ready", "a spokesman added.")


def test_statement_tone_is_scored_on_its_own_words():
    st = statement('"We are ready," Lavrov said bitterly.')
    score.score_statement(st)
    assert st.tone == score.tone("We are ready,")["compound"]


def test_given_attribution_span_is_used():
    text = "Lavrov furiously insisted, the talks will go on."
    st = statement(text, start=500)
    score.score_statement(st, attribution_span=(500, 500 + len("Lavrov furiously insisted,")))
    assert st.tone == score.tone("the talks will go on.")["compound"]
    assert st.escalation < 0


# ------------------------------------------------------------------ escalation: the hard cases


def test_negated_confrontation_is_de_escalatory():
    text = "Our militaries will not allow a confrontation between the two countries."
    assert esc(text) < -0.3
    assert any(c.startswith("threat (negated)") and "not allow a confrontation" in c for c in cues(text))
    assert esc("Our militaries will allow a confrontation between the two countries.") > 0.3


def test_wont_allow_this_reaches_back_to_what_this_stands_for():
    text = "Speaking of the risks of a military confrontation, I am sure that our militaries won\u2019t allow this."
    assert esc(text) < 0
    assert any(c.startswith("threat (negated") and "confrontation" in c for c in cues(text))


def test_denial_of_hostile_intent_is_de_escalatory():
    assert esc("The ministry denies any plans to invade its neighbour.") < -0.3
    assert esc("The ministry plans to invade its neighbour.") > 0.5
    assert esc("Both sides denied that they had violated the truce.") < 0
    assert esc("The rebels violated the truce.") > 0.3


def test_refusals_are_escalatory_and_rejected_threats_stay_escalatory():
    assert esc("Moscow refused to negotiate with Kyiv.") > 0.3
    assert esc("Moscow agreed to negotiate with Kyiv.") < -0.3
    assert esc("The president said there would be no talks with the rebels.") > 0.3
    assert esc("Beijing rejected calls for a ceasefire.") > 0.3
    assert esc("Beijing rejected the ultimatum.") > 0.3  # defiance, not de-escalation
    assert esc("Moscow did not refuse to negotiate.") < 0


def test_conditional_threat_stays_escalatory_and_is_marked():
    text = "If the alliance moves its missiles closer to our border, Moscow will respond."
    assert esc(text) > 0.2
    assert CONDITIONAL_THREAT in cues(text)
    assert any(c.startswith("threat (consequence)") and "moscow will respond" in c for c in cues(text))
    # "respond" is a threat only as the consequence of a condition
    assert esc("Moscow will respond to the letter next week.") == pytest.approx(0.0, abs=0.05)
    assert CONDITIONAL_THREAT in cues("Should the alliance attack, we will retaliate.")


def test_the_condition_itself_weighs_less_than_the_consequence():
    text = "We will hold talks if the shelling stops."
    assert esc(text) < 0
    assert any("(condition" in c and "if the shelling" in c for c in cues(text))


def test_undoing_and_subsiding():
    assert esc("Washington lifted sanctions on Caracas.") < -0.3
    assert esc("Washington imposed sanctions on Caracas.") > 0.5
    assert esc("Sanctions against Caracas were lifted on Monday.") < -0.3
    assert esc("Tensions between the two countries have eased.") < -0.3
    assert esc("The risk of a military confrontation has faded.") < 0


def test_hedges_dampen():
    assert 0 < esc("Russia may impose sanctions.") < esc("Russia imposed sanctions.")


def test_appeals_and_demands():
    assert esc("Kyiv called for sanctions against Moscow.") > 0.5
    assert esc("The UN urged both sides to negotiate.") < -0.3
    assert esc("Libya must hand over the suspects.") > 0.3
    assert esc("We must work together for peace.") < 0


def test_speech_verb_of_the_tail_is_never_the_only_cue():
    assert not any("warned" in c for c in cues('"We have nothing more to add," Lavrov warned.'))
    assert esc('"We have nothing more to add," Lavrov warned.') == pytest.approx(0.0, abs=0.1)
    with_content = cues('"We are ready for talks," Lavrov warned.')
    assert any(c.startswith("threat (in the attribution)") and "(CAMEO 130, Goldstein -4.4 -> +0.44)" in c
               for c in with_content)
    assert esc('"We are ready for talks," Lavrov warned.') < 0


def test_a_reported_warning_is_the_act():
    text = "Russia warned the US that crossing red lines would prompt retaliation."
    assert esc(text) > 0.3  # a reported warning (past): [combine].reported of the warning's 0.44
    assert cues(text)[0] == 'threat: "russia warned" (CAMEO 130, Goldstein -4.4 -> +0.37)'


def test_verb_homographs_used_as_nouns_are_not_events():
    assert not any(c.startswith("sign") for c in cues("It was a crucial sign that relations were improving."))
    assert not any(c.startswith("best") for c in cues("The best path forward is diplomacy."))
    assert esc("The best path forward is diplomacy.") < -0.3


def test_cues_carry_their_cameo_code_and_value():
    for c in cues("Moscow threatened to expel the diplomats."):
        assert re.fullmatch(r'[a-z ]+( \([a-z ,]+\))?: "[^";]+" \(CAMEO \d{3,4}, Goldstein [+-]\d+\.\d -> [+-]\d\.\d\d\)', c), c


def test_long_statement_is_scored_whole_and_in_time():
    para = ("Speaking about the risks of a military confrontation, I am sure that our militaries won\u2019t allow "
            "this. We have never threatened anyone and we deny any plans to invade. If the alliance deploys "
            "missiles on our border, Moscow will respond. We are ready for talks and a ceasefire, but the "
            "sanctions must be lifted. ")
    text = para * 60  # about 15,000 characters
    t0 = time.perf_counter()
    st = statement(text)
    score.score_statement(st)
    assert time.perf_counter() - t0 < 10
    assert -1 <= st.escalation <= 1 and -1 <= st.tone <= 1
    assert st.tone_pos + st.tone_neu + st.tone_neg == pytest.approx(1, abs=0.01)
    assert CONDITIONAL_THREAT in st.escalation_cues
    # sentences far into the statement count as much as the first ones
    assert any("(negated)" in c and "we have never threatened" in c for c in st.escalation_cues)


def test_scores_stay_in_range_on_odd_input():
    for text in ("", "   ", "...", "\u201c\u201d", "No.", "war " * 300, "if if if unless", "not not not peace"):
        value, labels = score.escalation(text)
        assert -1 <= value <= 1
        assert all(";" not in c for c in labels)


# ------------------------------------------------------------------ statements and versions


def test_score_statements_fills_every_field_and_one_version():
    sts = [statement("Russia threatened to retaliate."), statement("Did you know that camDown is great?", "spam")]
    out = score.score_statements(sts)
    assert out == sts
    a, spam = sts
    assert a.escalation > 0 and a.tone is not None and a.tone_neg > 0
    assert a.escalation_cues and a.scorer_version == version.scorer_version()
    assert spam.tone is None and spam.escalation is None and spam.escalation_cues == ()
    assert spam.scorer_version == a.scorer_version


class _Registry:
    def __init__(self, fp):
        self.fp = fp

    def fingerprint(self):
        return self.fp


def test_scorer_version_changes_with_a_lexicon_file(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(resources.files("analysis").joinpath("data"), data)
    before = version.scorer_version(data_dir=data)
    assert re.fullmatch(r"[0-9a-f]{12}", before)
    assert before == version.scorer_version(data_dir=data)  # stable
    lex = data / "tone_lexicon.txt"
    lex.write_text(lex.read_text(encoding="utf-8") + "rapprochement\t1.7\n", encoding="utf-8")
    assert version.scorer_version(data_dir=data) == before  # cached for the process ...
    version.clear_cache()
    assert version.scorer_version(data_dir=data) != before  # ... and changed once re-read
    esc_file = data / "escalation.toml"
    after_tone = version.scorer_version(data_dir=data)
    esc_file.write_text(esc_file.read_text(encoding="utf-8").replace("flip = 0.7", "flip = 0.6"), encoding="utf-8")
    version.clear_cache()
    assert version.scorer_version(data_dir=data) != after_tone


def test_scorer_version_changes_with_the_registry_and_the_code_version(monkeypatch):
    base = version.scorer_version()
    assert version.scorer_version(_Registry("aaaa")) != base
    assert version.scorer_version(_Registry("aaaa")) != version.scorer_version(_Registry("bbbb"))
    monkeypatch.setattr(version, "SCORER_CODE_VERSION", version.SCORER_CODE_VERSION + "-next")
    assert version.scorer_version() != base


# ------------------------------------------------------------------ the lexicon's provenance

_DICTIONARY = """\
####### SYNONYM SETS #######
&CURRENCY
+DOLLAR

---  THREATEN   [130]  ---
THREATEN
- * (WITH SANCTIONS)    [132]

---  SHAKE   [---]  ---
SHAKE {SHOOK SHAKEN}
RATTLE [111]

---  VISIT   [042:043]  ---
VISIT
+DROP_IN {+DROPPED_IN +DROPPING_IN}
THREATEN
"""
_GOLDSTEIN = "CAMEOEVENTCODE\tGOLDSTEINSCALE\n042\t1.9\n11\t-2.0\n130\t-4.4\n"


def test_cameo_derivation_reads_verb_blocks():
    rows = score.derive_cameo_verbs(_DICTIONARY, _GOLDSTEIN)
    assert rows == [
        ("THREATEN", "threaten", "130", -4.4, []),
        ("SHAKE", "rattle", "111", -2.0, []),  # own code, parent's Goldstein; SHAKE has none
        ("VISIT", "visit", "042", 1.9, []),
        ("VISIT", "drop in", "042", 1.9, ["dropped in", "dropping in"]),
    ]
    assert '"threaten" = { code = "130", goldstein = -4.4, block = "THREATEN" }' in score.cameo_toml(rows)


def test_shipped_cameo_section_is_the_derivation():
    folder = SHARED / "lexicons"
    if not (folder / "CAMEO.2.0.txt").is_file():
        pytest.skip(f"no CAMEO dictionary at {folder} (set STANCEWATCH_SHARED)")
    derived = score.cameo_toml(score.derive_cameo_verbs(
        (folder / "CAMEO.2.0.txt").read_text("utf-8", errors="replace"),
        (folder / "CAMEO.goldsteinscale.txt").read_text("utf-8")))
    shipped = score._data("escalation.toml")
    assert shipped[shipped.index("\n[cameo]\n") + 1:] == derived


def test_cameo_licence_ships_with_the_derived_lexicon():
    licence = score._data("CAMEO.LICENSE")
    assert "MIT License" in licence and "Open Event Data" in licence
    header = score._data("escalation.toml").split("\n[ignore]")[0]
    for line in licence.splitlines():
        assert ("# " + line).rstrip() in header
    original = SHARED / "lexicons" / "CAMEO.2.0.LICENSE"
    if original.is_file():
        assert licence == original.read_text(encoding="utf-8")


def test_every_cue_is_grounded_in_a_cameo_code():
    lex = score.lexicon()
    for form, cue in list(lex.words.items()) + [(" ".join(t), c) for ps in lex.phrases.values() for t, c in ps]:
        assert re.fullmatch(r"\d{3,4}", cue.code), form
        assert -1 <= cue.value <= 1, form


def test_negation_typed_without_its_apostrophe():
    """Readers write "dont" and "wont": still a negation."""
    assert score.escalation("We wont allow a confrontation.")[0] < 0
    assert score.escalation("They dont plan to invade.")[0] < 0


def test_not_only_is_no_negation():
    cues = score.escalation("We are not only establishing cooperation but investing in it.")[1]
    assert not any("negated" in c for c in cues)
    assert score.escalation("We will not only impose sanctions but also expel diplomats.")[0] > 0.5


def test_withdrawing_from_an_agreement_is_escalatory_withdrawing_troops_is_not():
    assert score.escalation("The US announced its withdrawal from the Anti-Ballistic Missile Treaty.")[0] > 0.3
    assert score.escalation("Russia announced the suspension of the New START treaty.")[0] > 0.3
    assert score.escalation("The withdrawal of troops from the border began.")[0] < -0.3



def test_speech_verb_test_of_split_is_the_runs_of_small_letters():
    import importlib

    text = importlib.import_module("analysis.score.text")
    for t in ["Lavrov said.", "U.S.-said it", "Said he", "saidx", "xsaid", "says", "sayss", "sa id", "quoted as",
              "Quoted", "pointed out", "é said", "", "said"]:
        assert text._names_speech(t) == (not text._SPEECH_FIRST.isdisjoint(text._LOWER_WORD.findall(t))), t
