"""Issue 11, roles resolved inside the document: "the president said" is the president who last
spoke or was mentioned. A president whose statement the sentence before gave ("Trump …, while
claiming credit for …") is mentioned there as much as one named as its object; without that,
"the president" went back past him to another president named earlier. Short examples of our
own, with the registry's people and their terms of office."""
from tests.news_text import registry, speaker_by_text  # noqa: F401  (the shared registry fixture)


def test_the_role_goes_to_the_president_who_just_spoke(registry):
    text = ("Talks.\n\nDonald Trump said Beijing had stayed out of the vote, implying he had spoken to Xi Jinping. "
            "Trump met the NATO chief on Wednesday, while claiming credit for the alliance's new budget. "
            "\"I said it was obsolete,\" the president said.\n")
    assert speaker_by_text(registry, text, published="2017-04-13")["\"I said it was obsolete,\""] == "Donald Trump"
