"""A greeting asked as "how is it going?": "रामराम दादा, कसं काय?", "नमस्कार, कसं काय
चाललंय?". Understanding reads the "how" of a price question ("कसं दिलं?", how are you
giving it?) in the Marathi greeting; said after a greeting with no goods given or priced
it asks after the listener (`greet`), no price.

`HOW` is the greeting's "how is it", ended by the line or a "?" or followed by a word of
going on (`GOING`): "कांदा कसा काय दिला?" gives goods and stays the price question.
Words are matched like cues (see `audio.market.phrases`)."""

from __future__ import annotations

from functools import cache

from audio.lexicon import TokenKind, tokenize
from audio.market.phrases import Form, end_at, forms_in

HOW = {
    "mr": "कसं काय; कसा काय; कशी काय; कसे काय; kasa kay; kasa kai; kasa kaay; kas kay; kasa kaay",
}
"""Per language, the greeting's "how is it?"."""

GOING = {
    "mr": "चाललंय; चाललय; चाललं; चालू; बरं; मजेत; challay; chalalay; chaloo; chalu; bara",
}
"""Per language, a word of things going on after the "how" ("कसं काय चाललंय?")."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"how": HOW, "going": GOING}[table])


def asks_how_going(text: str, language: str) -> bool:
    """Whether `text` holds the greeting's "how is it (going)?" (see above)."""
    words = [t.norm for t in tokenize(text) if t.kind is TokenKind.WORD or t.norm == "?"]
    for i in range(len(words)):
        for f in _forms("how", language):
            end = end_at(f, words, i)
            if end is None:
                continue
            if end == len(words) or words[end] == "?":
                return True
            if any(end_at(g, words, end) is not None for g in _forms("going", language)):
                return True
    return False
