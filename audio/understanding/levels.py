"""The level a price has reached, told with a word of rising or falling: "now it has come
down to 820", "gone up to 90", "अब घटकर छह सौ चालीस हो गया", "ಈಗ ಐವತ್ತು ಆಗಿದೆ". The number
after "to", or right before a verb of becoming, is the price now, not the amount of the
rise or fall ("went up by 2", "दो रुपये बढ़ गया" stay that amount, `extras.py`)."""

from __future__ import annotations

from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

# "To" before the level: English only ("dropped to 820").
_TO = frozenset(("to",))

# "Has become", right after the number, as a word's beginning.
_BECAME = tuple(
    fold(w)
    for w in (
        "हो गया", "हो गए", "हो गई", "ho gaya", "ho gaye", "ho gayi", "हुआ", "hua",
        "झाले", "झाला", "झाली", "zale", "zala", "jhale",
        "થયા", "થયો", "થઈ", "thaya", "thayo",
        "ਹੋ ਗਿਆ", "ਹੋ ਗਏ", "ho gia",
        "হয়েছে", "হয়ে গেছে", "হল", "hoyeche",
        "ஆயிடுச்சு", "ஆகிடுச்சு", "ஆச்சு", "aayiduchu", "aachu",
        "అయింది", "అయ్యింది", "ayindi", "ayyindi",
        "ಆಗಿದೆ", "ಆಯ್ತು", "aagide", "aaytu",
        "ആയി", "ആയിട്ടുണ്ട്", "aayi",
    )
)  # fmt: skip


def level_reached(reading: _Reading, span: NumberSpan) -> bool:
    """The number is the level reached: after "to", or right before "has become"."""
    words = reading.words
    if span.start > 0 and words[span.start - 1] in _TO:
        return True
    after = " ".join(words[span.end : span.end + 2])
    return bool(after) and (after + " ").startswith(tuple(w + " " for w in _BECAME))
