"""A "yes" that answers a question, then a statement about the goods with a price in it:
"Haan, Muzaffarpur ki hai, guchha 60" (yes, it's from Muzaffarpur, 60 a bunch), "ஆமா,
ஊட்டி கேரட், கிலோ அறுபது", "అవును, నిన్న వచ్చింది, కిలో యాభై". The yes says the goods are
what was asked (their place, their freshness); the price after the statement is the
speaker's own, an offer or a counter, never agreement to the price on the table. "Haan,
60" and "हाँ ठीक है, साठ", with nothing but agreement between, still agree."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.address import ADDRESS
from audio.understanding.done_said import done_of_a_noun
from audio.understanding.reading import _Price, _Reading

# The one-word "yes" of each language, as said and as typed (hi/ur, ta, te, bn, mr, gu,
# kn, ml, pa, en).
_YES = frozenset(
    fold(w)
    for w in (
        "haan", "han", "haa", "haanji", "हाँ", "हां", "हाँजी", "ஆமா", "ஆமாம்", "ஆமாங்க",
        "aama", "aamam", "amanga", "అవును", "అవునండి", "avunu", "avunandi", "হ্যাঁ", "হ্যা",
        "hya", "hyan", "हो", "होय", "ho", "hoy", "હા", "હાજી", "ha", "ಹೌದು", "ಹೌದ್", "houdu",
        "haudu", "അതെ", "ആ", "athe", "ade", "ਹਾਂ", "ਹਾਂਜੀ", "yes", "yeah", "yep",
    )
)  # fmt: skip
# Words that may stand between the yes and the price and say nothing of the goods: an
# address (`address`), "so", "then", a "yes" again.
_NOTHING = ADDRESS | frozenset(
    fold(w) for w in ("to", "तो", "तर", "so", "then", "well", "ok", "okay", "sure")
)


def answered_yes(
    reading: _Reading, accepts: list[int], chosen: _Price | None, reply: bool = True
) -> list[int]:
    """`accepts` less an opening "yes" followed by a statement (a word that is no cue,
    number, address or filler) before the chosen price, and less any opening "yes"
    before a price when nothing is on the table (not `reply`): "ਹਾਂ ਜੀ, ਸੌ ਰੁਪਏ ਗ੍ਰਾਮ"
    answers the customer's question, the price is the vendor's first offer."""
    accepts = done_of_a_noun(reading, accepts)  # "vaccination done": no agreement
    if chosen is None:
        return accepts
    words = reading.words
    first = next((k for k, w in enumerate(words) if w not in _NOTHING), None)
    if first is None or first not in accepts or words[first] not in _YES:
        return accepts
    if not reply and first < chosen.start:
        return [a for a in accepts if a != first]
    between = range(first + 1, chosen.start)
    if any(reading.has(k, Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.TAKE_IT) for k in between):
        return accepts  # "हाँ ठीक है, साठ", "yes, take it, 60": agreement again
    stated = [k for k in between if reading.is_plain(k) and words[k] not in _NOTHING]
    if not stated:
        return accepts
    return [a for a in accepts if a != first]
