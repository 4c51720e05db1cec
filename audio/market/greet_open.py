"""A greeting that opens a line, with an open "what have you got?" after it: "Good
morning, what do you have today?", "সুপ্রভাত দাদা, আজ কী কী আছে?". The customer greets and
asks what the stall has, no goods in particular: the greeting is the act (`greet`), and
the "is there?" of the tail asks for no stock. A greeting before goods named ("namaste,
are there tomatoes?") still asks for them: only a tail with a word for "what" yields.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.phrases import at, forms_in

WHAT = {
    "en": "what",
    "hi": "क्या; kya",
    "ta": "என்ன; enna",
    "te": "ఏమి; ఏం; ఏమేమి; emi; em=",
    "bn": "কী=; কি=; ki=",
    "mr": "काय; kay",
    "gu": "શું=; shu=",
    "kn": "ಏನ; enu; enenu",
    "ml": "എന്ത; എന്തൊക്കെ; enthu; enthokke",
    "pa": "ਕੀ=; ki=",
}
"""Per language, a word for "what" (English's heard in every language)."""

_BEFORE = 4
"""How many words before the "is there" cue the "what" may stand."""


def open_asked(words: list[str], greet_start: int, start: int, language: str) -> bool:
    """Whether the `have_it` cue at `start` is an open "what have you got?" after a
    greeting that opens the line (at `greet_start`)."""
    if greet_start != 0:
        return False
    return any(
        at(f, words, i)
        for i in range(max(1, start - _BEFORE), start + 1)
        for f in forms_in(language, WHAT)
    )
