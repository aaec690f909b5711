"""Method (/method): how statements, speakers, tone and escalation are made, how well
each is measured to work, and what they cannot do."""
from __future__ import annotations

from dash import html

from .. import components as ui

PATH = "/method"
TITLE = "Method"
WHAT = "How the numbers on every other page are made, how accurate they are, and where they mislead."

# Measured on this code (branch dash off main eb72c68, scorer_version eeb075ee5da2), 2026-12-02:
#   bench/tone.py ../shared/bench/tone/nyt_editorial_snippets.tsv
#   bench/escalation.py ../shared/bench/escalation/dev.jsonl
#   stancewatch eval --gold ../shared/gold/seeds.json --docs seeds
# and, for attribution on news the team did not write, DESIGN.md's figure (PolNeAR dev).
ACCURACY = [
    ("Tone vs human ratings", "Pearson r 0.523 (bare VADER 0.503) on 5,190 NYT editorial sentences rated by people "
     "(halves 0.526 / 0.519)."),
    ("Escalation vs CAMEO events", "Spearman 0.79 with −Goldstein (bare VADER 0.41), ROC-AUC 0.95 telling conflict "
     "from cooperation (VADER 0.73), on 193 CAMEO-coded news sentences (halves 0.75 / 0.85)."),
    ("Speakers on the project's own examples", "F1 1.0 on the hand-annotated seeds (written by the team: an upper "
     "bound, not an estimate)."),
    ("Speakers on other people's news", "resolved attribution F1 about 0.3 on PolNeAR (DESIGN.md): on real "
     "reporting most statements' speakers are found, many are not, and some are wrong."),
    ("Direction on the seeds", "tone sign right for 78 %, escalation sign right for 96 % of the annotated "
     "statements."),
]

SECTIONS = [
    ("Statements", ["Each document is split into blocks (headline, body, reader comments, spam such as adverts and "
                    "newsletter prompts, and page furniture, which is dropped), then into sentences. Every "
                    "sentence kept is a statement, with its place in the text (click a statement on a document "
                    "page to see it there)."]),
    ("Speakers", ["Each statement gets a speaker: a quoted or reported person, state or institution (\"Lavrov "
                  "said\", \"according to the Kremlin\", transcript labels such as \"MS. PSAKI:\"), a reader "
                  "commenter (u/… handles), or (narrator), the outlet's own voice. Names and roles are resolved "
                  "with the actor registry on the document's date (\"the foreign minister\" in 2015 is Lavrov). "
                  "The targets of a statement are the actors it names or is about.",
                  "Reader commenters are left out of the actor rankings unless the speaker-kind filter asks for "
                  "them; their threads keep them on the document pages."]),
    ("Tone", [ui.TONE_SCALE, "VADER (a rule-based lexicon scorer for short social text) with diplomatic words it "
              "lacks added (ceasefire, sanctions, constructive …), on the statement's own words, not on "
              "\"X said\"."]),
    ("Escalation", [ui.ESCALATION_SCALE, "Cues are verbs and phrases grounded in CAMEO event codes, each worth its "
                    "Goldstein score / 10; the sentence around a cue changes it: negation (\"won't allow a "
                    "confrontation\"), denial (\"denies any plans to invade\"), conditions (\"if … we will "
                    "respond\"), hedges. Every score keeps the cues that made it: they are listed with each "
                    "statement, e.g. threat: \"will respond with all means\" (CAMEO 138, Goldstein −7.0)."]),
    ("Means, intervals and the minimum N", ["Every mean is over the scored statements it rests on, and says how "
                                            "many. " + ui.INTERVAL + " A mean of fewer statements than the "
                                            "minimum N (the filter bar's 'min N', default 5) is drawn grey or "
                                            "hollow: with a typical spread of ±0.4, a mean of 5 statements is "
                                            "uncertain by about ±0.35.",
                                            "Stance (speaker → actor) is the mean over the speaker's statements "
                                            "that name the actor."]),
    ("Dates", ["A document dated only to a year or a month (the UN General Debate speeches) is in a date range "
               "only when the range covers its whole year or month; each page says how many such documents a "
               "range leaves out. Over time they are drawn as a dotted bar across their year or month, never on "
               "its first day.",
               "'What changed' compares the last 30 days with the 90 before them, counted back from the newest "
               "document dated to the day."]),
]

LIMITS = [
    "Attribution on unfamiliar reporting is the weakest link: a statement given to the wrong speaker moves that "
    "speaker's means. Open the statements behind any surprising number.",
    "Tone measures how words sound; diplomatic language is polite even when hostile, so tone is often near 0 "
    "or positive for escalatory statements. Read escalation for what is done.",
    "Escalation knows the acts its cue list names; an act phrased in words it lacks scores 0. Irony and "
    "quotations of the other side are read at face value.",
    "Coverage decides what is counted: an actor quoted often by one outlet weighs more than one quoted rarely. "
    "Filter by outlet to compare like with like.",
    "Means of few statements swing widely: mind the N and the interval before quoting a change.",
]


def layout() -> html.Div:
    body = [html.Section([html.H3(t), *[html.P(p) for p in ps]]) for t, ps in SECTIONS]
    body.append(html.Section([html.H3("Measured accuracy"),
                              html.Table([html.Tbody([html.Tr([html.Th(k), html.Td(v)]) for k, v in ACCURACY])],
                                         className=ui.TABLE + " method-acc")]))
    body.append(html.Section([html.H3("Known limits"), html.Ul([html.Li(x) for x in LIMITS])]))
    return html.Div([ui.view_header(TITLE, WHAT), html.Div(body, id="method-body", className="method")])


def register_callbacks(app, engine) -> None:
    del app, engine  # a static page


