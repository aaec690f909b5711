"""A report in a subordinate clause after the main clause of the outlet's sentence, when the
main clause reports nobody: "… days after Roe told the Post he was “not ready”" (its quotation
is the clause speaker's), "…, when she claimed that …", "… when he lashed out at Doe for …, and
dared …" (a clause that closes the sentence), "…, which he said were evenly split" (a relative word
that is the subject of what the verb reports). A clause that opens the sentence only when it
tells a clause of a named speaker's ("When Roe said she would run, the crowd cheered": her words
end at the comma, :func:`opening_clause_end`), not a quotation ("When Roe said “…”, the crowd
cheered"); never a condition ("if he wants …"), a comment clause ("as Roe noted, …"), nor a relative word that is the verb's object ("a sum which officials described as a
“fraction”"). Plain functions over a sentence whose quotations are masked."""
from __future__ import annotations

import re

from .patterns import FINITE_AUXILIARIES

# what a verb reports when it quotes: a quotation that opens in the verb's own clause, before any
# comma but one right after the verb ('said, "…"', 'told the Post he was "not ready"')
_QUOTED_REPORT_RE = re.compile(r"\s*[,:]?\s*[^,;:.!?\"“”]{0,80}?[\"“]")
# a sentence that opens with a subordinate clause, a few words of time before its conjunction at most
# ("When …", "Two weeks after …", "Even as …")
_OPENING_CLAUSE_RE = re.compile(r"^[\W_]*(?:[\w’'\-]+\s+){0,3}?(?:after|when|as|while|before|since|because|although|though|"
                                r"if|until|once|whereas|unless)\b", re.I)
# a subordinating conjunction (no relative word but an adjunct's: "to which", "in which he
# declares …", "a news conference at which he predicted that …") and a subject of a few words
# before a verb
_CONJUNCTION_BEFORE_RE = re.compile(r"\b(?:after|when|as|while|before|since|because|although|though|if|until|once|[Tt]o which|(?:[Ii]n|[Aa]t|[Dd]uring) which|"
                                    r"whereas|unless)\s+(?:[\w.’'\-]+\s+){1,6}?(?:(?:has|had|have|also|[a-z]+ly)\s+){0,2}$")
# a subordinate clause that closes the sentence goes on after its verb to the end: a that-clause
# its verb reports ("…, when she claimed that …", "after he told the Post that …"), or words with
# no finite verb of a main clause after them ("…, and dared …", "…, including …"; not "Even after
# he criticized Roe, his support grew", "assertions since he declared have come …", "just as she
# said she would, and the market did"); "if" and "unless" report nothing yet, "because of" is
# no conjunction, and "as Roe noted, …" is a comment on the main clause
_THAT_NEXT_RE = re.compile(r"\s+(?:[\w.’'\-]+\s+){0,5}?that\b")
_MAIN_CLAUSE_AFTER_RE = re.compile(r",\s+(?:(?:and|but|yet|so)\s+)?(?:he|she|it|they|we|I|you)\b"
                                   r"|\b(?:" + FINITE_AUXILIARIES + r")\b"
                                   r"|,\s+[a-z]+s\s+(?:how|that|what|why)\b")
_NO_REPORT_BEFORE_RE = re.compile(r"\b(?:(?:if|unless)\s+(?:[\w.’'\-]+\s+){1,6}?(?:(?:has|had|have|also|[a-z]+ly)\s+){0,2}"
                                  r"|because\s+of\s+[^,;:]*)$", re.I)


# a relative clause whose relative word is the subject of what its verb reports: "…, which he said
# were evenly split", "…, who she noted was absent": the verb right before a finite auxiliary (not
# "a sum which officials described as a “fraction”", whose relative word is the verb's object)
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|who|that)\s+(?:[\w.’'\-]+\s+){1,4}?(?:(?:has|had|have|also|[a-z]+ly)\s+){0,2}$")
_AUXILIARY_NEXT_RE = re.compile(r"\s+(?:is|are|was|were|will|would|could|can|should|might|may|must|has|have|had)\b")


def _relative_report(masked: str, at: int, verb: str) -> bool:
    """Whether the verb at `at` reports a clause whose subject is the relative word before its
    own subject ("…, which he said were evenly split")."""
    return bool(_RELATIVE_BEFORE_RE.search(masked, 0, at)) and bool(_AUXILIARY_NEXT_RE.match(masked, at + len(verb)))


def _closing_clause(masked: str, at: int, verb: str) -> bool:
    """Whether the verb at `at`, in a subordinate clause after the main one, reports what follows
    it to the end of the sentence (above: ``_THAT_NEXT_RE``, ``_MAIN_CLAUSE_AFTER_RE``)."""
    end = at + len(verb)
    if _NO_REPORT_BEFORE_RE.search(masked, 0, at) or COMMA_NEXT_RE.match(masked, end):
        return False
    return bool(_THAT_NEXT_RE.match(masked, end)) or not _MAIN_CLAUSE_AFTER_RE.search(masked, end)


# a clause told after a verb, with "that" or opened by a subject pronoun ("said that …", "said she
# would …")
_CLAUSE_TOLD_RE = re.compile(r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:that|he|she|they|we|it|I)\s")


# a comma or bracket right after a verb: "as the results show, …" reports nothing after it
COMMA_NEXT_RE = re.compile(r"\s*[,;:)\]—–]")


def after_main_clause(masked: str, subordinate: list) -> list:
    """Of the readings of a sentence's subordinate clauses (:func:`.verb_subjects.verb_candidate`'s
    "sub" ones: (verb position, speaker, verb, trailing, mention)), the one to read as the
    sentence's report when its main clause reports nobody: at most one, else none."""
    opening = _OPENING_CLAUSE_RE.match(masked)
    if opening is not None:
        # "When Roe said she would debate on Monday, Doe looked surprised": a named speaker's clause
        # told, the subject and verb right after the conjunction (no aside between them)
        # (not a condition, "If Roe says he will run, …": nothing said yet)
        if opening.group(0).split()[-1].lower() in ("if", "unless", "until", "once"):
            return []
        return [c for c in subordinate if c[1].named and "," not in masked[opening.end():c[0]]
                and _CLAUSE_TOLD_RE.match(masked, c[0] + len(c[2]))][:1]
    return [c for c in subordinate if _CONJUNCTION_BEFORE_RE.search(masked, 0, c[0])
            and (_QUOTED_REPORT_RE.match(masked, c[0] + len(c[2])) or _closing_clause(masked, c[0], c[2]))
            or _relative_report(masked, c[0], c[2])][:1]


def opening_clause_end(masked: str, at: int) -> int | None:
    """Where the subordinate clause that opens the sentence ends (its first comma after `at`)
    when `at`, a speaker's mention, is inside it: "When Roe said she would debate on Monday, Doe
    looked surprised" -> the comma after "Monday" (Roe's words end there, the main clause is the
    outlet's); None when the sentence opens otherwise or `at` is after that clause."""
    m = _OPENING_CLAUSE_RE.match(masked)
    if m is None or m.end() > at or "," in masked[m.end():at] or m.group(0).split()[-1].lower() == "as":
        return None  # ("As Roe made clear on Monday, the deal …": a comment clause credits the main clause)
    comma = masked.find(", ", at)
    return comma if comma > 0 else None
