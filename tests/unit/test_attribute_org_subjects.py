"""Issue 11, organisations as sources: the subject of a reporting verb that names a body. A
dateline set off by a horizontal bar ("PHILADELPHIA ― …") is no part of the subject, as one
set off by a dash is not: "PHILADELPHIA ― Jane Roe’s campaign said …" was the outlet's own
sentence. Short examples of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import spoken


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _speakers(registry, body):
    return sorted({who for _, who in spoken(registry, body)})


@pytest.mark.parametrize("body, who", [
    ("Jane Roe spoke on Monday.\n\nSPRINGFIELD ― Jane Roe’s campaign said it would appeal the ruling.", "Jane Roe campaign"),
    ("Jane Roe spoke on Monday.\n\nSPRINGFIELD — Jane Roe’s campaign said it would appeal the ruling.", "Jane Roe campaign"),
])
def test_a_dateline_is_no_part_of_the_subject(registry, body, who):
    assert _speakers(registry, body) == [who]
