"""Attribution tests look statements up by the sentence they came from: a statement may be
only the speaker's own words ('"We are ready,"' of '"We are ready," Lavrov said.'; the
frame beside it, "Lavrov said.", is their attribution and no statement)."""


class BySentence(dict):
    """statement text -> value, also found by any text of the document that contains exactly
    one statement (the sentence it came from)."""

    def __init__(self, text: str, statements, value):
        super().__init__((s.text, value(s)) for s in statements)
        self._text, self._sts, self._value = text, list(statements), value

    def __getitem__(self, sentence):
        if dict.__contains__(self, sentence):
            return dict.__getitem__(self, sentence)
        i = self._text.find(sentence)
        inside = [s for s in self._sts if i >= 0 and s.char_start >= i and s.char_end <= i + len(sentence)
                  and s.cue != "frame"]
        if len(inside) == 1:
            return self._value(inside[0])
        raise KeyError(sentence)
