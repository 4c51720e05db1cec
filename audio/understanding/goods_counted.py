"""A count of goods named, and a total for them: "both buckets, 600 for both", "five
lanterns 350", "दोनों बकरियाँ चालीस हज़ार में", "நாலு புத்தகம் நூத்தி எம்பது", "ఆరు
చెంబులు మూడొందలు", "ਦੋਵੇਂ ਬੱਕਰੀਆਂ, ਦੋਵਾਂ ਦੇ ਚਾਲੀ ਹਜ਼ਾਰ". The goods counted are pieces:
`quantity` the count, `unit` piece. A count with no goods named ("both together 120",
"ਦੋਵਾਂ ਦੇ ਨੱਬੇ") or of a unit of trade, a container or a serving ("three sets", "two
plates", "ten sacks") keeps no unit.

`goods_then_bare_price` reads the count said first, the goods, then a bare price
("चार किताबें एक सौ अस्सी", four books 180) as a count and its total: with the goods
between, the first number cannot be a price of its own."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.numbers import NumberSpan
from audio.understanding.containers import container_word
from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.servings import serving_word
from audio.understanding.together import _ALL_WORDS, _OF_THEM, _TAKE_WORDS, _TOGETHER

# Said after a count, never goods: "the", "of them", "of these", "each", "more", "pieces".
_NOT_GOODS = frozenset(
    fold(w)
    for w in (
        "the", "of", "them", "these", "those", "each", "more", "for", "at", "in", "and",
        "se", "में", "के", "का", "की", "ka", "ke", "ki", "wale", "vale", "वाले", "वाली",
        "और", "aur", "bhi", "भी", "ही", "hi", "ना", "na", "तो", "to", "ભેગા", "ਰਲਾ",
    )
) | _TOGETHER | _ALL_WORDS | _OF_THEM | _TAKE_WORDS  # fmt: skip
# Said between the goods and their total: "together", "साथ में", "ஆடும் சேர்த்து".
_BETWEEN = _TOGETHER | frozenset(fold(w) for w in ("में", "mein", "ਵਿੱਚ", "ek", "एक", "in", "all"))
# Units of trade counted like goods, by stem: a kodi (a score), a sack, a basket.
_TRADE_STEMS = tuple(
    fold(w)
    for w in (
        "kodi", "कोड़ी", "कोडी", "કોડી", "ਕੋੜੀ", "बोरी", "બોરી", "ગૂણી", "ਬੋਰੀ", "గంప", "ಬುಟ್ಟಿ",
        "टोकरी", "ટોપલી", "টুকরি", "కట్ట", "கூடை",
    )
)  # fmt: skip
# "Both" said as a word of its own, not read as a number: "दोनों बकरे", "dono bakre".
_BOTH = frozenset(fold(w) for w in ("दोनों", "dono", "donon", "both", "ਦੋਵੇਂ", "doven", "બંને", "banne"))
_MOST = 60
_STEM = 3
_THOUSAND = 1000
"""A count before thousands is read by `counted_thousands` ("ಎರಡು ಹಾರ ಎರಡು ಸಾವಿರ")."""
"""Up to this many goods counted one by one; a larger count is a lot, not pieces named."""


def _goods_word(reading: _Reading, k: int) -> bool:
    """Token `k` names goods counted one by one: a plain word, no unit of trade."""
    if not 0 <= k < len(reading.words) or reading.tokens[k].kind is not TokenKind.WORD:
        return False
    if reading.number_at[k] is not None or reading.words[k] in _NOT_GOODS:
        return False
    if reading.cues[k] or container_word(reading, k) or serving_word(reading, k):
        return False
    return len(reading.words[k]) > 2 and not reading.words[k].startswith(_TRADE_STEMS)


def _said_again(reading: _Reading, k: int) -> bool:
    """The word at `k` is said elsewhere in the line too ("90 a crate, six crates 500",
    "బుట్ట రెండు వందలు, నాలుగు బుట్టలు"): the unit of a rate said beside, no goods."""
    word = reading.words[k]
    for j, other in enumerate(reading.words):
        short, long = sorted((word, other), key=len)
        if j != k and len(short) >= _STEM and long.startswith(short[: max(_STEM, len(short) - 1)]):
            return True
    return False


def _named(reading: _Reading, end: int) -> bool:
    """The goods are named right after a count ending at `end` ("both goats", "both the
    rams", "four books")."""
    if end < len(reading.words) and reading.words[end] == "the":
        end += 1
    return _goods_word(reading, end) and not _said_again(reading, end)


def _count_end(reading: _Reading, quantity: _Quantity) -> int:
    """Where the count's number ends: the word after it names what is counted ("બે કોડી
    લઉં" counts kodi, not "લઉં")."""
    span = reading.number_at[quantity.start]
    return quantity.end if span is None else span.end


def pieces_counted(
    reading: _Reading, chosen: _Price | None, count: float | None, unit: str | None
) -> str | None:
    """The unit of a total for a count of goods named: piece; else `unit` as it was."""
    if chosen is None or chosen.per_unit is not False or unit is not None or count is None:
        return unit
    if count != int(count) or not 2 <= count <= _MOST:
        return unit
    ends = {
        _count_end(reading, q) for q in reading.quantities if q.value == count and q.unit is None
    }
    ends |= {
        span.end
        for span in reading.number_at[: chosen.start]
        if span is not None and span.value == count and span.end <= chosen.start
    }  # "दोनों बकरे ले जाऊँगा, दोनों का ...": the goods named with the first "both"
    if count == 2:
        ends |= {k + 1 for k in range(chosen.start) if reading.words[k] in _BOTH}
    return "piece" if any(_named(reading, end) for end in ends if end <= chosen.start) else unit


def goods_then_bare_price(reading: _Reading, spans: list[NumberSpan], index: int) -> bool:
    """The span at `index` is the line's first number, a small count, one goods word
    after it, then the line's only other number, a bare price at least ten and three
    times the count: the count of those goods ("चार कटोरी 180", "ఆరు చెంబులు మూడొందలు")."""
    span = spans[index]
    if index != 0 or len(spans) != 2 or span.ambiguous or span.value != int(span.value):
        return False
    if not 2 <= span.value <= _MOST or reading.has(span.end, Cue.CURRENCY):
        return False
    if span.start > 0 and reading.has(span.start - 1, Cue.CURRENCY):
        return False
    price = spans[index + 1]
    between = reading.words[span.end + 1 : price.start]
    if not _goods_word(reading, span.end) or not all(w in _BETWEEN for w in between):
        return False
    if price.value >= _THOUSAND and not between:
        return False  # "ಎರಡು ಹಾರ ಎರಡು ಸಾವಿರ": read by `counted_thousands`
    return price.value >= 10 and price.value >= 3 * span.value
