"""A short news text of our own through the pipeline, as the attribution tests read it: the
body under a one-line headline, dated so that roles resolve as of 2016; and the registry
fixture the attribution tests share (import it: ``from tests.news_text import registry``)."""
import pytest

from analysis.actors import load_registry
from analysis.model import Document
from analysis.pipeline import analyse
from tests.by_sentence import BySentence


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def news(body: str) -> str:
    return "Local news.\n\n" + body + "\n"


def statements(registry, body):
    return analyse(Document("d", "t.txt", news(body), published="2016-09-20"), registry)


def best_row(body, sentence, rows):
    """The statement overlapping `sentence` of news(body) most: the matching rule of
    shared/tools/gold_eval.py, by which hand annotations are scored."""
    text = news(body)
    a = text.index(sentence)
    z = a + len(sentence)
    return max(rows, key=lambda r: min(z, r.char_end) - max(a, r.char_start))


def said(registry, body):
    """statement text (or the sentence it came from) -> speaker."""
    return BySentence(news(body), statements(registry, body), lambda s: s.speaker)


def own_words(registry, body, speaker):
    return [s.text for s in statements(registry, body) if s.speaker == speaker]


def spoken(registry, body):
    """(text, speaker) of every statement that is not the outlet's narration."""
    return [(s.text, s.speaker) for s in statements(registry, body) if not s.speaker.startswith("(narrator")]


def speakers(registry, body):
    """The speakers, sorted, of the statements that are not the outlet's narration."""
    return sorted({who for _, who in spoken(registry, body)})


def spoken_after_brandt(registry, body):
    """(speaker, text) of every statement of the body whose speaker is not in parentheses, the
    body coming after a paragraph that names Sen. Walter Brandt (the antecedent of its "he")."""
    text = "Vote.\n\nSen. Walter Brandt spoke in Dayton on Monday.\n\n" + body + "\n"
    at = text.index(body)
    return [(s.speaker, s.text) for s in analyse(Document("d", "t.txt", text, published="2021-12-02"), registry)
            if s.char_start >= at and not s.speaker.startswith("(")]


def speaker_by_text(registry, text, published="2021-12-02"):
    """{statement text: speaker} of a whole document's text, each statement checked to be the
    document's own text at its offsets (the export contract)."""
    sts = analyse(Document("d", "t.txt", text, published=published), registry)
    for s in sts:
        assert text[s.char_start:s.char_end] == s.text
    return {s.text: s.speaker for s in sts}
