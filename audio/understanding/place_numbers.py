"""A number that names a place in a town's plan: "the godown is in sector twelve",
"गोदाम सेक्टर बारह में है", "ప్లాట్ నలభై రెండు", "ward 7". The word of the place comes
right before the number (a "number" word may stand between); said with no money word,
the number is an address, no price and no count."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

# Sector, plot, ward, phase: a place in a town's plan named by its number.
_PLACES = frozenset(
    fold(w)
    for w in (
        "sector", "plot", "ward", "phase", "सेक्टर", "प्लॉट", "प्लाट", "वार्ड", "फेज़", "फेज",
        "செக்டர்", "பிளாட்", "வார்டு", "సెక్టార్", "సెక్టర్", "ప్లాట్", "వార్డు", "সেক্টর",
        "প্লট", "ওয়ার্ড", "সেক্টর", "સેક્ટર", "પ્લોટ", "વોર્ડ", "ಸೆಕ್ಟರ್", "ಪ್ಲಾಟ್", "ವಾರ್ಡ್",
        "സെക്ടർ", "പ്ലോട്ട്", "വാർഡ്", "ਸੈਕਟਰ", "ਸੈਕਟਰ", "ਪਲਾਟ", "ਵਾਰਡ",
    )
)  # fmt: skip
_NUMBER = frozenset(
    fold(w) for w in ("no", "number", "नंबर", "নম্বর", "નંબર", "ਨੰਬਰ", "ನಂಬರ್", "నంబర్", "நம்பர்", "നമ്പർ")
)  # fmt: skip
_PLACE_NUMBERS_BELOW = 1000


def place_numbers(reading: _Reading) -> set[int]:
    """Starts of the prices and counts that name a sector, plot or ward."""
    words, found = reading.words, set()
    for k, number in enumerate(reading.number_at):
        if number is None or number.start != k or number.value >= _PLACE_NUMBERS_BELOW:
            continue
        before = k - 1
        if before >= 0 and words[before] in _NUMBER:
            before -= 1
        if before < 0 or words[before] not in _PLACES:
            continue
        if any(reading.has(j, Cue.CURRENCY) for j in range(k, min(number.end + 1, len(words)))):
            continue  # "plot 40 rupees a foot": the money word prices it
        found.add(k)
    return found
