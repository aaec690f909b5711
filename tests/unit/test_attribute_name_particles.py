"""Names with a surname particle ("van der", "de", "bin", "al-") or initials (issue 11, names):
read as one person's name in every speaker position, and never as a known person who shares
the particle surname ("Ana da Silva" is no Lula da Silva, "Kim Van Dyke" no Kim Jong Un).
Short examples of our own; the people are invented."""
import pytest

from analysis.actors import load_registry
from tests.news_text import said, statements


@pytest.fixture(scope="module")
def registry():
    return load_registry()


POSITIONS = [
    ('"The plan is sound," said {n}.', '"The plan is sound,"'),
    ("{n} said the plan was sound.", "the plan was sound."),
    ("The plan is sound, according to {n}.", "The plan is sound,"),
    ("{n}, a lawyer in Ohio, said the plan was sound.", "the plan was sound."),
    ("Sen. {n} said the plan was sound.", "the plan was sound."),
]


@pytest.mark.parametrize("name", ["Pieter van der Berg", "Karel de Vries", "Omar bin Talal", "Ali al-Tamimi",
                                  "Hans von Trier", "Luis de la Cruz", "J.R. Hobbs", "Karl J. Hobbs"])
@pytest.mark.parametrize("body,words", POSITIONS)
def test_a_name_with_a_particle_or_initials_is_read_whole(registry, name, body, words):
    assert said(registry, body.format(n=name))[words] == name


@pytest.mark.parametrize("name", ["Ana da Silva", "Kim Van Dyke"])
@pytest.mark.parametrize("body,words", POSITIONS)
def test_another_given_name_before_a_known_persons_surname_is_someone_else(registry, name, body, words):
    assert said(registry, body.format(n=name))[words] == name


def test_initials_that_are_a_state_are_not_a_name(registry):
    # "according to U.S. Census data": the initials are the state's, no person's; the data are
    # the body's whose name they open (sources.document_speaker), an organisation
    s = "The plan is sound, according to U.S. Census data."
    assert said(registry, s)["The plan is sound,"] == "U.S. Census"
    kinds = {st.speaker: st.speaker_kind for st in statements(registry, s)}
    assert kinds["U.S. Census"] == "organisation"
