"""Pieces of a length to be cut: "cut it into six-foot pieces", "ஆறடி துண்டா வெட்டுங்க",
"ఆరు అడుగుల ముక్కలు", "ಆರು ಅಡಿ ತುಂಡು", "ആറടി കഷണങ്ങളാക്കി". The piece word after a
length of feet or inches tells how the goods are cut, no unit sold and no count: it is
read as a plain word."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading
from audio.understanding.trade_units import _FEET

_INCHES = tuple(fold(w) for w in ("inch", "इंच", "ইঞ্চি", "ઇંચ", "ਇੰਚ", "இஞ்ச்", "అంగుళ", "ಇಂಚ", "ഇഞ്ച"))
# A number fused with the foot word: Tamil "ஆறடி", "பத்தடி", Malayalam "ആറടി", "മൂന്നടി".
_FUSED_FEET = ("டி", "ടി")
_FUSED_STEMS = tuple(
    fold(w)
    for w in (
        "ஒரு", "ரெண்ட", "இரண்ட", "மூண", "மூன்ற", "நால", "அஞ்ச", "ஐந்த", "ஆற", "ஏழ", "எட்ட",
        "ஒன்பத", "பத்த", "பன்னெண்ட", "ഒര", "രണ്ട", "മൂന്ന", "നാല", "അഞ്ച", "ആറ", "ഏഴ",
        "എട്ട", "ഒമ്പത", "പത്ത", "പന്ത്രണ്ട",
    )
)  # fmt: skip


def _length_word(reading: _Reading, k: int, ends: set[int]) -> bool:
    """The word at `k` is a length of feet or inches counted by a number."""
    if not 0 <= k < len(reading.words):
        return False
    word = reading.words[k]
    if word.endswith(_FUSED_FEET) and word[:-2].startswith(_FUSED_STEMS):
        return True  # "ஆறடி", "ആറടി"
    return k in ends and word.startswith(_FEET + _INCHES)


def lengths_cut(reading: _Reading, spans: list[NumberSpan]) -> None:
    """Drop the unit of a piece word said right after a length ("six-foot pieces",
    "ఆరు అడుగుల ముక్కలు"; past "of": "छह फुट के टुकड़े")."""
    ends = {s.end for s in spans}
    for k, unit in enumerate(reading.units):
        if unit != "piece" or k == 0:
            continue
        before = k - 1
        if before > 0 and reading.has(before, Cue.OF, Cue.LINK):
            before -= 1
        if _length_word(reading, before, ends):
            reading.units[k] = None
            reading.cues[k] = reading.cues[k] - {Cue.UNIT}
