"""Issue 11, organisations as sources after "according to": a name's abbreviation periods are no
sentence end. "according to the F.A.A." gave a source called "F.A", "according to data from the
U.S. Department of Education" one called "U", and a web address lost its ".com". Short examples
of our own."""
import pytest

from analysis.actors import load_registry
from tests.news_text import speakers


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("body, who", [
    ("The jet was cleared to fly again, according to the F.A.A.", "F.A.A"),
    ("The jet has flown 300 hours, according to F.A.A. records.", "F.A.A."),
    ("Loans rose by a third, according to data from the U.S. Department of Education.",
     "U.S. Department of Education"),
    ("Ten people were hurt, according to Roenews.com.", "Roenews.com"),
    ("The book has sold 200,000 copies (according to Nielsen.)", "Nielsen"),
])
def test_an_abbreviation_stays_in_the_source_name(registry, body, who):
    assert speakers(registry, body) == [who]
