"""A word for "too much" that says the goods came in plenty: "ಇವತ್ತು ಮೀನು ಜಾಸ್ತಿ
ಬಂದಿದೆ" (a lot of fish came in today), "ਅੱਜ ਮੰਡੀ 'ਚ ਗੋਭੀ ਜ਼ਿਆਦਾ ਆਈ ਆ". Kannada
"ಜಾಸ್ತಿ"/"ಹೆಚ್ಚು" and Punjabi "ਜ਼ਿਆਦਾ" alone call a price too much; right before a verb
of coming or arriving, after a word that is no price, no number and no bill, they tell
the supply (the reason a price is low), and refuse nothing. "ಸಾವಿರ ಜಾಸ್ತಿ ಬಂತು" and
"ಬಿಲ್ ಜಾಸ್ತಿ ಬಂತು" (the bill came to too much) still call the price too much."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import Phrase, TokenKind, fold
from audio.understanding.reading import _joined, _Reading

# Forms of "come", "arrive" said of goods brought in (kn, pa).
_CAME = frozenset(
    fold(w)
    for w in (
        "ಬಂದಿದೆ", "ಬಂತು", "ಬಂದಿವೆ", "ಬಂದಿದಾವೆ", "ಬಂದಿದ್ದಾವೆ", "ಬರ್ತಿದೆ", "ಬರುತ್ತಿದೆ",
        "ಬಂದಿದ್ಯೆ", "bandide", "bantu", "bandive",
        "ਆਇਆ", "ਆਈ", "ਆਏ", "ਆਈਆਂ", "ਆਉਂਦਾ", "ਆਉਂਦੀ", "ਪਹੁੰਚਿਆ", "aaya", "aayi", "aaye",
    )
)  # fmt: skip
# "More", "a lot", "too much" that tell an amount of goods as well as a price.
_MUCH = frozenset(
    fold(w)
    for w in (
        "ಜಾಸ್ತಿ", "ಹೆಚ್ಚು", "ತುಂಬಾ ಜಾಸ್ತಿ", "ತುಂಬಾ ಹೆಚ್ಚು", "jaasti", "hechchu", "thumba jaasti",
        "ਜ਼ਿਆਦਾ", "ਜਿਆਦਾ", "ਬਹੁਤ ਜ਼ਿਆਦਾ", "ਬਹੁਤ ਜਿਆਦਾ", "ਬਾਹਲਾ", "ਬਾਹਲੇ", "bahla", "bahle",
    )
)  # fmt: skip
# Words whose coming to much is the price: the bill, the rate, the total.
_PRICED = frozenset(
    fold(w)
    for w in (
        "bill", "ಬಿಲ್", "ಬಿಲ್ಲು", "ರೇಟ್", "ರೇಟು", "ಬೆಲೆ", "ಖರ್ಚು", "rate", "ਬਿੱਲ", "ਬਿਲ", "ਰੇਟ",
        "ਭਾਅ", "ਖਰਚਾ", "ਖ਼ਰਚਾ", "bhaa", "kharcha",
    )
)  # fmt: skip


def came_in_plenty(reading: _Reading, i: int, phrase: Phrase) -> bool:
    """The "too much" at `i` says the goods came in plenty: a word for "more" or "a lot",
    a verb of coming right after it, and before it a word that is no number and no bill
    or rate."""
    if phrase.cue is not Cue.TOO_MUCH or " ".join(phrase.words) not in _MUCH:
        return False
    words, after = reading.words, i + len(phrase.words)
    if after >= len(words) or not _joined(reading, after) or words[after] not in _CAME:
        return False
    before = i - 1
    return (
        before >= 0
        and _joined(reading, i)
        and reading.number_at[before] is None
        and reading.tokens[before].kind is TokenKind.WORD
        and words[before] not in _PRICED
        and not reading.cues[before]
    )
