"""Look-up keys and the numbered-name check: the fast paths give what the general rule gives."""
from __future__ import annotations

import pytest

from analysis.actors import _key
from analysis.targets import _numbered


@pytest.mark.parametrize("mention, key", [
    ("Foreign Minister", "foreign minister"),           # plain ASCII: lower case only
    ("Jean-Paul Moreau", "jean paul moreau"),            # a hyphen between words is a space
    ("Jean–Paul Moreau", "jean paul moreau"),            # so is an en dash
    ("  Ms.  Dana   Ortiz ,", "ms. dana ortiz"),         # runs of space are one, ends trimmed
    ("U.S.", "us"), ("u. s.", "us"), ("J.D. Vance", "jd vance"),  # dotted abbreviations
    ("Zoë Ménard", "zoe menard"),                        # diacritics go
    ("Dana’s", "dana's"), ("Dana‘s", "dana's"),          # curly apostrophes are straight
    ("Kılıç", "kilic"),                                  # the dotless i is an i
    ("-Dana-", "-dana-"),                                # a hyphen not between words stays
])
def test_lookup_key(mention, key):
    assert _key(mention) == key


@pytest.mark.parametrize("text, name, numbered", [
    ("The Harbor Line 2 pipeline was closed.", "Harbor Line", True),
    ("Ships used Harbor Line\t\t3 until May.", "Harbor Line", True),
    ("Harbor Line said 2 ships came.", "Harbor Line", False),   # a word between: no number
    ("Harbor Line2 was closed.", "Harbor Line", False),         # no space: not a numbered name
    ("Harbor Line was shut. Harbor Line 4 opened.", "Harbor Line", True),  # any mention counts
    ("Harbor Line ", "Harbor Line", False),                      # space, then the text ends
    ("Harbor Line \u0664 opened.", "Harbor Line", True),          # any decimal digit
])
def test_a_name_followed_by_a_number(text, name, numbered):
    assert _numbered(text, name) is numbered
