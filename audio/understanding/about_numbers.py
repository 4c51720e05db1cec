"""A small number said "about" with its scale unsaid, and a count before a short price.

- "about N" ("lagbhag pandrah", "around fifteen", "ആൽബം ഒരു പതിനഞ്ച് ആകും", "ਕੋਈ ਪੰਦਰਾਂ",
  "ಸುಮಾರು ಹದಿನೈದು") with N from 1 to 99, no rupee word and no unit, and no price on the
  table that N is near: ₹15, ₹1,500 or ₹15,000, asked (two readings); so is "about N"
  after an amount in thousands ("9,000 is too much, about six"): the thousands carried
  over are one reading, the scale is unsaid.
- A count of two or three (Hindi, Punjabi) right before a bare number of tens ("do
  pachaas", "दो पचास", "teen pachaas"): ₹250 (two-fifty), or two at fifty: asked; with
  the genitive after the tens ("tin panjah diyan", "तीन पचास के") the tens are the price,
  a total for the count."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Price, _Quantity, _Reading

_ABOUT = frozenset(
    fold(w)
    for w in (
        "about", "around", "approx", "approximately", "roughly", "lagbhag", "lagbhag",
        "karib", "kareeb", "koi", "लगभग", "करीब", "क़रीब", "कोई", "साधारण", "सुमारे",
        "अंदाजे", "মোটামুটি", "প্রায়", "প্রায", "আন্দাজ", "લગભગ", "આશરે", "ਲਗਭਗ", "ਕੋਈ",
        "ਤਕਰੀਬਨ", "ಸುಮಾರು", "சுமார்", "సుమారు", "సుమారుగా", "ఓ", "ഏകദേശം", "ഒരു",
        "oru", "takriban",
    )
)  # fmt: skip
_COUNTS = {
    fold(w): n
    for w, n in (
        ("do", 2),
        ("दो", 2),
        ("ਦੋ", 2),
        ("teen", 3),
        ("tin", 3),
        ("तीन", 3),
        ("ਤਿੰਨ", 3),
    )
}  # Hindi and Punjabi "two-fifty"; "चार पन्नासला" (four for fifty) is read as a count


def _word_before(reading: _Reading, price: _Price) -> int:
    start = price.span.start
    if price.quantity is not None and price.quantity.end <= start:
        start = min(start, price.quantity.start)
    return start - 1


def _small_bare(price: _Price) -> bool:
    value = price.span.value
    return not price.explicit and value == int(value) and 1 <= value <= 99


def ask_about_numbers(reading: _Reading, reference_paise: int | None) -> None:
    """Mark the prices above as having two readings."""
    for price in list(reading.prices):
        before = price.span.start - 1
        if before >= 0 and price.span.start in reading.carried and price.quantity is None:
            if reading.words[before] in _ABOUT:
                # "8,500 is a lot, I'll give about seven": the thousands carried from the
                # amount before are one reading of "about seven", the scale unsaid: asked
                price.two_readings = True
            continue
        if not _small_bare(price):
            continue
        k = price.span.start - 1
        if k < 0:
            continue
        word = reading.words[k]
        near = reference_paise is not None and 0.3 <= price.paise / reference_paise <= 3
        counted = price.quantity is not None and price.quantity.unit not in (None, "piece")
        if word in _ABOUT and not near and not counted:
            price.two_readings = True  # "ഒരു പതിനഞ്ച്", "lagbhag pandrah"
        elif word in _COUNTS and reading.has(price.span.end, Cue.OF) and not price.explicit:
            # "tin panjah diyan de deyo", "तीन पचास के दे दो": the genitive on the tens
            # makes them the price, the count before it how many: a total for the count
            price.quantity = _Quantity(_COUNTS[word], "piece", k, k + 1)
            price.per_unit = False
            reading.prices = [p for p in reading.prices if not p.start <= k < p.end]
        elif word in _COUNTS and reading.language in ("hi", "pa") and len(reading.prices) == 1:
            # "samosa 15 ka ek, chaar 50" is four for 50: another price reads the count
            tens = price.span.value % 10 == 0 and price.span.value >= 20
            price.two_readings = tens and not near  # "do pachaas": 250, or two at 50
