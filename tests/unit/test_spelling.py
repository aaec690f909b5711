"""The one test of a spelling variant (analysis/spelling.py) and its groups across a store."""
from analysis.spelling import display_names, is_variant, name_skeleton, variant_groups


def test_a_transliteration_and_a_typo_are_variants():
    assert name_skeleton("Yusuf Karimzadeh") == name_skeleton("Yousef Karimzadeh") == ("ysf", "krmzdh")
    assert is_variant("Yusuf Karimzadeh", "Yousef Karimzadeh")
    assert is_variant("Kassem Haddadi", "Qasem Hadadi")  # q as k, doubled letters as one
    assert is_variant("Dmitri Volkonov", "Dmitry Volkonov")


def test_another_skeleton_or_a_lone_word_is_no_variant():
    assert not is_variant("Yusuf Karimzadeh", "Yusuf Karimi")  # another surname
    assert not is_variant("Yusuf Karimzadeh", "Youssef Karimzade")  # the final h is a consonant of the skeleton
    assert name_skeleton("Karimzadeh") is None and not is_variant("Karimzadeh", "Karimzade")


def test_groups_are_a_function_of_the_set_of_names():
    names = ["Yousef Karimzadeh", "Nadia Farouk", "Yusuf Karimzadeh", "Yusuf Karimi"]
    assert variant_groups(names) == variant_groups(reversed(names)) == [["Yousef Karimzadeh", "Yusuf Karimzadeh"]]
    assert variant_groups(["Nadia Farouk"]) == []


def test_a_chain_that_is_no_clique_is_not_merged():
    # "Jan Roe" ~ "Joan Roe" ~ "Jonna Roe", but "Jan Roe" is no variant of "Jonna Roe": which
    # two are one person is a guess, so none is merged
    assert is_variant("Jan Roe", "Joan Roe") and is_variant("Joan Roe", "Jonna Roe")
    assert not is_variant("Jan Roe", "Jonna Roe")
    assert variant_groups(["Jan Roe", "Joan Roe", "Jonna Roe"]) == []
    assert variant_groups(["Jan Roe", "Joan Roe"]) == [["Jan Roe", "Joan Roe"]]


def test_the_display_name_has_the_most_statements_then_comes_first_alphabetically():
    group = [["Yousef Karimzadeh", "Yusuf Karimzadeh"]]
    assert display_names(group, {"Yusuf Karimzadeh": 3, "Yousef Karimzadeh": 2}) == {
        "Yousef Karimzadeh": "Yusuf Karimzadeh", "Yusuf Karimzadeh": "Yusuf Karimzadeh"}
    tie = display_names(group, {"Yusuf Karimzadeh": 2, "Yousef Karimzadeh": 2})
    assert set(tie.values()) == {"Yousef Karimzadeh"}
    assert set(display_names(group, {}).values()) == {"Yousef Karimzadeh"}
