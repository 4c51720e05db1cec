"""A serving as the unit of sale: "thirty a glass", "चाय दस रुपये कप", "ஒரு கிளாஸ்
முப்பது", "ഗ്ലാസിന് മുപ്പത്". The price beside a glass, cup, plate or bottle is a rate of
that serving; the serving is no unit of the list (`unit` stays None), and "how much is
one glass?" asks the price of a serving, not of a piece."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.sizes import _SIZES

# The word's stem: case endings follow it ("ગ્લાસનો", "ಕಪ್ಗೆ", "ഗ്ലാസിന്", "কাপের").
_STEMS = tuple(
    fold(w)
    for w in (
        "ग्लास", "गिलास", "कप", "प्याला", "प्याली", "प्लेट", "बोतल", "बाटली", "शीशी",
        "கிளாஸ்", "க்ளாஸ்", "டம்ளர்", "கப்", "ப்ளேட்", "பிளேட்", "பாட்டில்",
        "గ్లాసు", "గ్లాస్", "కప్పు", "కప్", "ప్లేటు", "ప్లేట్", "బాటిల్", "సీసా",
        "গ্লাস", "কাপ", "প্লেট", "বোতল", "শিশি",
        "ग्लास", "कप", "प्लेट", "बाटली",
        "ગ્લાસ", "કપ", "પ્લેટ", "બોટલ", "બાટલી", "શીશી",
        "ಗ್ಲಾಸ್", "ಗ್ಲಾಸಿ", "ಲೋಟ", "ಕಪ್", "ಪ್ಲೇಟ್", "ಬಾಟಲ್", "ಬಾಟಲಿ",
        "ഗ്ലാസ", "ഗ്ലാസ്", "കപ്പ", "പ്ലേറ്റ", "കുപ്പി",
        "ਗਲਾਸ", "ਗਿਲਾਸ", "ਕੱਪ", "ਪਲੇਟ", "ਬੋਤਲ", "ਸ਼ੀਸ਼ੀ",
    )
)  # fmt: skip
_ENGLISH = frozenset(
    ("glass", "cup", "plate", "bottle", "tumbler", "glasses", "cups", "plates", "bottles")
)
_ENGLISH |= frozenset(("gilas", "glas", "cup", "kap", "plet", "botal", "bottal", "tumbler"))
# A plate said with the local word, as a whole word: "ચાલીસ ડીશ", "irunooru thattu".
_ENGLISH |= frozenset(fold(w) for w in ("dish", "dishes", "ડીશ", "thattu", "தட்டு"))


def serving_word(reading: _Reading, k: int) -> bool:
    """Token `k` is a glass, cup, plate or bottle, in any of the ten languages."""
    if not 0 <= k < len(reading.words) or reading.number_at[k] is not None:
        return False
    word = reading.words[k]
    return word in _ENGLISH or (not word.isascii() and word.startswith(_STEMS))


def _skippable(reading: _Reading, k: int) -> bool:
    return reading.has(k, Cue.LINK, Cue.OF, Cue.PER, Cue.ARTICLE) or k in reading.lone_ones


def served_by(reading: _Reading, price: _Price) -> bool:
    """A serving named right after the price ("30 a glass", "दस रुपये कप") or right
    before it ("glass 30", "ஒரு கிளாஸ் முப்பது", "a bottle for forty")."""
    k = price.end
    while k < price.end + 2 and _skippable(reading, k):
        k += 1
    if serving_word(reading, k):
        return True
    k = price.start - 1
    while k > price.start - 3 and _skippable(reading, k):
        k -= 1
    return serving_word(reading, k) and not _counted_before(reading, k)


def _counted_before(reading: _Reading, k: int) -> bool:
    """The serving at `k` is counted, two or more ("நாலு கிளாஸ், எழுபதுக்கு", four
    glasses, for seventy): the goods taken, the price after them no rate of one."""
    if k > 1 and reading.words[k - 1] in _SIZES and _joined(reading, k - 1):
        k -= 1  # "दो बड़े गिलास पचास में", "ரெண்டு பெரிய கிளாஸ்": two big glasses, counted
    span = reading.number_at[k - 1] if k > 0 else None
    return span is not None and span.end == k and span.value >= 2 and span.value == int(span.value)


def one_serving(reading: _Reading, one: int) -> bool:
    """The lone "one" or article at `one` counts a serving ("one glass", "ఒక గ్లాసు"),
    not a piece (nor a school class: "ஒரு கிளாஸ் முப்பது")."""
    counts = one in reading.lone_ones or reading.has(one, Cue.ARTICLE)
    return counts and serving_word(reading, one + 1)
