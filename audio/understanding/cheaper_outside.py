"""The other side's price said back and refused, with what the goods go for outside or
at another shop as the reason: "900 for cashews? No, outside they sell it for 700",
"జీడిపప్పు తొమ్మిది వందలా? వద్దు, బయట ఏడు వందలకే దొరుకుతుంది", "नऊशे काजूला? नाही,
बाहेर सातशेला मिळतात", "ਨੌ ਸੌ ਕਾਜੂ ਦੇ? ਨਹੀਂ, ਬਾਹਰ ਸੱਤ ਸੌ ਦੇ ਮਿਲਦੇ ਨੇ". The second
price is another seller's, a reference, never the speaker's counter: the line refuses
with no amount of its own. Said with no "no" ("Ninety a bunch? The market gives them for
seventy") the line asks this seller to match (`others_price`); a price of the speaker's
own after the reference ("..., make it 750") keeps the line's counter, and is left to
the other passes. The refusal may come after the reason too: "1,200 for a clay cooler? In
the Sunday market it's 800. No, leave it."."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.elsewhere_words import ELSEWHERE, OTHER_STEMS, PLACE_STEMS
from audio.understanding.reading import _joined, _Price, _Reading

# "Outside" and the market at large, where the goods are had for less.
_OUTSIDE: dict[str, tuple[str, ...]] = {
    "en": ("outside", "elsewhere", "market", "bazaar", "online"),
    "hi": ("बाहर", "bahar", "baahar", "बाज़ार", "बाजार", "bazaar", "bazar", "market", "मार्केट",
           "मंडी", "mandi", "ऑनलाइन", "online"),
    "ta": ("வெளியில", "வெளியே", "வெளிய", "veliyila", "veliya", "veliye", "மார்க்கெட்",
           "market", "ஆன்லைன்", "online", "கடை", "kadai"),
    "te": ("బయట", "bayata", "bayaṭa", "మార్కెట్", "market", "ఆన్లైన్", "online", "కొట్టు",
           "kottu", "kotlo", "షాప్"),
    "bn": ("বাইরে", "baire", "bahire", "বাজার", "bajar", "bazar", "মার্কেট", "market",
           "অনলাইন", "online", "দোকান", "dokan"),
    "mr": ("बाहेर", "baher", "bahera", "बाजार", "bajar", "bazar", "मार्केट", "market", "मंडई",
           "ऑनलाइन", "online"),
    "gu": ("બહાર", "bahar", "બજાર", "bajar", "bazar", "માર્કેટ", "market", "ઓનલાઇન", "online"),
    "kn": ("ಹೊರಗೆ", "ಹೊರಗಡೆ", "horage", "horagade", "ಮಾರ್ಕೆಟ್", "market", "ಆನ್ಲೈನ್",
           "online", "ಅಂಗಡಿ", "angadi"),
    "ml": ("പുറത്ത്", "പുറത്തു", "purathu", "purath", "മാർക്കറ്റ്", "market", "ഓൺലൈൻ",
           "online", "കട", "kada"),
    "pa": ("ਬਾਹਰ", "bahar", "ਬਜ਼ਾਰ", "ਬਾਜ਼ਾਰ", "bazar", "bajar", "ਮੰਡੀ", "mandi", "ਮਾਰਕੀਟ",
           "market", "ਦੁਕਾਨ", "dukan"),
}  # fmt: skip

# Words of refusal said right after the price asked back, where the lexicon marks none.
_NO = frozenset(
    fold(w)
    for w in (
        "no", "nope", "ना", "na", "naa", "nahi", "nahin", "नहीं", "ਨਾ", "ਨਹੀਂ", "না", "nako",
        "नको", "नाही", "nahi", "ના", "ಇಲ್ಲ", "illa", "ಬೇಡ", "beda", "ഇല്ല", "വേണ്ട", "venda",
        "இல்ல", "இல்லை", "வேண்டாம்", "vendaam", "లేదు", "ledu", "వద్దు", "vaddu",
    )
)  # fmt: skip

# The words that may stand between the price said back and its question mark: the goods,
# "for", a unit ("900 for cashews?", "ਨੌ ਸੌ ਕਾਜੂ ਦੇ?").
_ASKED_WITHIN = 3


def _stems(language: str) -> tuple[str, ...]:
    return tuple(
        fold(w)
        for w in (
            *_OUTSIDE.get(language, ()),
            *OTHER_STEMS.get(language, ()),
            *PLACE_STEMS.get(language, ()),
        )
    )


def _asked_then_refused(reading: _Reading, price: _Price) -> int | None:
    """Where the "no" is, when `price` is asked back ("900 for cashews?") and the next
    word refuses it."""
    words = reading.words
    for k in range(price.end, min(price.end + _ASKED_WITHIN + 1, len(words))):
        if words[k] == "?":
            after = k + 1
            if after < len(words) and (
                words[after] in _NO or reading.has(after, Cue.NEGATION, Cue.NOT, Cue.REJECT)
            ):
                return after
            return None
        if (k > price.end and not _joined(reading, k)) or reading.number_at[k] is not None:
            return None
    return None


def _asked_back(reading: _Reading, price: _Price) -> int | None:
    """Where the question mark is, when `price` is asked back ("1,200 for a clay
    cooler?": with the reason still to come, one word more than before a "no")."""
    words = reading.words
    for k in range(price.end, min(price.end + _ASKED_WITHIN + 2, len(words))):
        if words[k] == "?":
            return k
        if (k > price.end and not _joined(reading, k)) or reading.number_at[k] is not None:
            return None
    return None


def _refused_after(reading: _Reading, price: _Price) -> int | None:
    """Where the "no" is, when the clause of `price` ends in a statement and the next one
    opens with a refusal ("... it's 800. No, leave it")."""
    words = reading.words
    k = price.end
    while k < len(words) and _joined(reading, k) and words[k] != "?":
        k += 1
    if k >= len(words) or words[k] == "?":
        return None
    if words[k] in _NO or reading.has(k, Cue.NEGATION, Cue.NOT, Cue.REJECT):
        return k
    return None


def _said_elsewhere(reading: _Reading, start: int, price: _Price, stems: tuple[str, ...]) -> bool:
    """A word of outside, the market or another shop between `start` and the end of the
    clause of `price`, and no refusal of its own in that clause."""
    words = reading.words
    stop = price.end
    while stop < len(words) and _joined(reading, stop) and words[stop] != "?":
        stop += 1
    if any(reading.has(k, Cue.NEGATION, Cue.NOT) for k in range(price.start, stop)):
        return False  # "outside you won't get it even for 700": no price had there
    return any(
        words[k] in ELSEWHERE or words[k].startswith(stems)
        for k in range(start, price.start)
        if reading.number_at[k] is None
    )


def refuse_for_cheaper_outside(reading: _Reading) -> int | None:
    """The price asked back and refused, then the goods' price outside or at another
    shop as the only price after the "no": both set aside, the line a refusal. Where
    the "no" is, or None."""
    prices = [p for p in reading.prices if not p.bound]
    if len(prices) != 2:
        return None
    echoed, outside = prices  # either may be set aside already, as a reference
    no_at = _asked_then_refused(reading, echoed)
    if no_at is not None and outside.start > no_at:
        elsewhere_from = no_at + 1
    else:
        # The refusal after the reason: "1,200 for a cooler? In the Sunday market it's
        # 800. No, leave it."
        asked = _asked_back(reading, echoed)
        if asked is None or outside.start <= asked:
            return None
        no_at, elsewhere_from = _refused_after(reading, outside), asked + 1
        if no_at is None:
            return None
    if not _said_elsewhere(reading, elsewhere_from, outside, _stems(reading.language)):
        return None
    echoed.negated = outside.negated = True
    reading.bought_instead = True  # the goods had for less elsewhere: refused, never asked
    return no_at
