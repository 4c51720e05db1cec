"""A service's rate per garment (ironing, washing, stitching): "ஒரு துணிக்கு பன்னெண்டு",
"துணிக்கு பன்னெண்டு", "ಒಂದು ಬಟ್ಟೆಗೆ ಹದಿನೈದು", "ఒక్క బట్టకి పది", "ഒരു തുണിക്ക് പതിനഞ്ച്",
"एक कपड़े का दस", "कपड्याला दहा", "ten rupees per cloth", "twelve a garment": each
garment is a piece, the price its rate (`per_unit` true, `unit` piece), and asked ("how
much per shirt?") the question names a piece. A count of garments ("18 clothes") or the
clothes a price covers ("700 means how many clothes?") names no rate."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading

# The garment word's stem, by language; case endings follow it ("துணிக்கு", "ಬಟ್ಟೆಗೆ").
_STEMS = tuple(
    fold(w)
    for w in (
        "துணி", "ಬಟ್ಟೆ", "బట్ట", "തുണി", "कपड़", "कपड", "ਕੱਪੜ", "ਕਪੜ", "কাপড়", "કપડ",
        "thuni", "batte", "batta", "kapd", "kapad",
    )
)  # fmt: skip
_ENGLISH = frozenset(("cloth", "garment", "shirt", "pant", "saree", "sari", "dress"))
# Dative and genitive endings that make the garment the unit ("for one garment").
_ENDINGS = tuple(
    fold(w)
    for w in ("க்கு", "ಗೆ", "ಕ್ಕೆ", "కి", "కు", "ക്ക്", "ला", "ना", "નો", "ના", "ने", "kku", "ki", "ge")
)  # fmt: skip
_ONE_PER = frozenset(
    fold(w)
    for w in (
        "a", "per", "one", "each", "एक", "प्रति", "ஒரு", "ಒಂದು", "ఒక్క", "ఒక", "ഒരു", "ਇੱਕ",
        "এক", "એક", "oru", "ondu", "okka", "ek",
    )
)  # fmt: skip
_REACH = 2


def _garment_word(reading: _Reading, k: int) -> bool:
    word = reading.words[k]
    if word in _ENGLISH:
        return True
    return word.startswith(_STEMS)


def _as_unit(reading: _Reading, k: int) -> bool:
    """The garment at `k` is said as the unit: after "one"/"per"/"a", before a genitive,
    or with a dative or genitive ending of its own."""
    before = reading.words[k - 1] if k > 0 else ""
    counted = reading.number_at[k - 1] if k > 0 else None
    if counted is not None and counted.value != 1:
        return False  # "18 clothes": a count
    word = reading.words[k]
    if before in _ONE_PER or reading.has(k - 1, Cue.PER) or reading.has(k + 1, Cue.OF, Cue.PER):
        return True
    return not word.isascii() and word.endswith(_ENDINGS)


def garment_units(reading: _Reading) -> list[int]:
    """Where a garment is said as the unit of a rate."""
    return [
        k for k in range(len(reading.words)) if _garment_word(reading, k) and _as_unit(reading, k)
    ]


def per_garment(
    reading: _Reading, chosen: _Price | None, unit: str | None, asked: bool
) -> str | None:
    """Mark the chosen price beside a garment said as the unit a rate per piece; return
    the move's unit (piece for a question about one garment)."""
    spots = garment_units(reading)
    if not spots:
        return unit
    if chosen is None:
        return "piece" if asked and unit is None else unit
    if chosen.per_unit is False or unit not in (None, "piece"):
        return unit
    near = range(chosen.start - _REACH - 1, chosen.end + _REACH)
    if any(k in near for k in spots):
        chosen.per_unit = True
        return "piece"
    return unit
