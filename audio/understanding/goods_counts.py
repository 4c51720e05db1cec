"""Counts of goods beside a price: the count is the quantity, in pieces, never a price
of its own.

Two ways the goods are counted:

- A count of goods said to be there, to be made or handed over, beside a price for them
  (`count_beside_price`): "there are two churidars, for both together 1200", "तीन कुर्ते
  हैं, तीनों के नौ सौ", "மூணு சட்டை தைக்கணும், எல்லாத்துக்கும் ஆயிரத்தி இருநூறு", "চারটে
  পাঞ্জাবি বানাতে হবে, সব মিলিয়ে দু হাজার", "not 400, make it 350, there are five
  shirts". The price beside it is the total for them, or the rate when "each" is said
  ("make it 300 each, I'm giving four shirts"). The count is known by the goods word
  after it and a word that says they are there, to be made or given ("ഉണ്ട്", "हैं",
  "தைக்கணும்", "বানাতে", "ఇస్తున్నాను", "to alter").
- A count of goods named, and a total for them (`pieces_counted`): "both buckets, 600
  for both", "five lanterns 350", "दोनों बकरियाँ चालीस हज़ार में", "நாலு புத்தகம் நூத்தி
  எம்பது", "ఆరు చెంబులు మూడొందలు", "ਦੋਵੇਂ ਬੱਕਰੀਆਂ, ਦੋਵਾਂ ਦੇ ਚਾਲੀ ਹਜ਼ਾਰ": `unit` piece. A
  count with no goods named ("both together 120", "ਦੋਵਾਂ ਦੇ ਨੱਬੇ") or of a unit of trade,
  a container or a serving ("three sets", "two plates", "ten sacks") keeps no unit.
  `goods_then_bare_price` reads the count said first, the goods, then a bare price ("चार
  किताबें एक सौ अस्सी", four books 180) as a count and its total: with the goods between,
  the first number cannot be a price of its own."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.numbers import NumberSpan, number_table, read_number
from audio.understanding.bulk_asked import _TAKE_MINE
from audio.understanding.containers import container_word
from audio.understanding.garments import garment_units
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading
from audio.understanding.servings import serving_word
from audio.understanding.shape import kore_each
from audio.understanding.shape_bounds import _gives, _one_for
from audio.understanding.taken_if import _IF_TAKEN, _TAKE
from audio.understanding.there_are import _THERE, _THERE_ARE
from audio.understanding.together import _ALL_WORDS, _OF_THEM, _TAKE_WORDS, _TOGETHER
from audio.understanding.too_much_said import _MUCH


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# Words after the goods that say they are to be made, stitched, altered or handed over.
_TO_MAKE = _folded(
    "to", "सिलने", "सिलवाने", "बनवाने", "बनाने", "सिलाने", "देने", "silne", "silwane",
    "banwane", "தைக்கணும்", "தைக்க", "தைச்சு", "குடுக்கறேன்", "தரேன்", "థైక్క",
    "కుట్టాలి", "కుట్టించాలి", "ఇస్తున్నాను", "ఇస్తాను", "ఇస్తున్నా", "বানাতে", "বানাব",
    "সেলাই", "দেব", "দিচ্ছি", "शिवायचे", "शिवायच्या", "शिवायला", "देतोय", "देते",
    "સીવવાના", "સીવવા", "આપું", "આપું છું", "ಹೊಲಿಯಬೇಕು", "ಹೊಲಿಸಬೇಕು", "ಕೊಡ್ತೀನಿ", "ಕೊಡ್ತೇನೆ",
    "തയ്ക്കണം", "തയ്പ്പിക്കണം", "തരാം", "തരുന്നു", "ਸਿਲਾਉਣੇ", "ਸਿਲਾਉਣੀਆਂ", "ਸੀਉਣੇ",
    "ਦੇਣੇ", "ਦੇ ਰਿਹਾ",
)  # fmt: skip
_HAVE = _folded("have", "i've", "got")
_MOST_BESIDE = 50
"""Up to this many goods said to be there, to be made or handed over."""
_TIMES = 5
"""The price beside a count is at least this many times the count read as rupees."""


def _head_count_at(reading: _Reading, start: int, end: int) -> bool:
    """Whether the number at `start:end` counts goods: a goods word after it, then a
    word that they are there, to be made or given; English "there are" / "I have" before."""
    words = reading.words
    if end + 1 >= len(words) or not (_joined(reading, end) and _joined(reading, end + 1)):
        return False
    if not reading.is_plain(end) or words[end] in _MUCH.get(reading.language, ()):
        return False  # "ਬੱਤੀ ਬਹੁਤ ਨੇ": 32 is too much, no goods counted
    after = words[end + 1]
    if after in _THERE_ARE or after in _TO_MAKE:
        return True
    before = words[max(start - 2, 0) : start]
    return reading.language == "en" and any(w in _THERE or w in _HAVE for w in before)


def _count(price: _Price) -> float | None:
    value = price.span.value
    if price.explicit or price.quantity is not None or price.negated:
        return None
    return value if 2 <= value <= _MOST_BESIDE and value == int(value) else None


def _count_then_each(reading: _Reading) -> bool:
    """A count of goods named, then past a pause a price of one ("150 laddoos ..., 8
    each?", "तीन सौ कुल्हड़ चाहिए, दो रुपये एक का?", "இருநூறு லட்டு வேணும், ஒன்னுக்கு ஏழு"):
    the count is the quantity, in pieces, and the price the rate. Whether it was so."""
    standing = [p for p in reading.prices if not p.negated]
    if len(standing) != 2:
        return False
    count, rate = standing
    if not rate.each or count.explicit or count.quantity is not None:
        return False
    value = count.span.value
    if _one_for(reading, count) or _gives(reading, count.end):
        return False  # "one for 100, I'll give; I'll take three": the price of one first
    named = _goods_word(reading, count.end) and _joined(reading, count.end)
    if not named or value < 2 or value != int(value) or kore_each(reading, rate):
        return False  # Bengali "X করে" after a total ("মোট 3120 হল, 3100 করে দিন") is no each
    if all(_joined(reading, k) for k in range(count.end + 1, rate.start + 1)):
        return False  # a pause comes between the goods and the price of one
    reading.prices.remove(count)
    reading.quantities.append(_Quantity(value, "piece", count.start, count.end))
    return True


def count_beside_price(reading: _Reading) -> None:
    """Make a count of goods said beside a price the price's quantity, in pieces."""
    if _count_then_each(reading):
        return
    for count in list(reading.prices):
        value = _count(count)
        if value is None or not _head_count_at(reading, count.start, count.end):
            continue
        others = [p for p in reading.prices if p is not count and not p.negated]
        if not others or max(p.paise for p in others) < count.paise * _TIMES:
            continue
        reading.prices.remove(count)
        quantity = _Quantity(value, "piece", count.start, count.end)
        reading.quantities.append(quantity)
        priced = others[-1]
        if priced.each or priced.per_unit:
            continue  # "300 each, four shirts": the rate, and the count wanted
        if priced.quantity is None:
            quantity.claimed = True
            priced.per_unit, priced.quantity = False, quantity
        elif priced.quantity.unit is None and priced.quantity.value == value:
            priced.quantity.unit = "piece"  # "तीनों के": the same count, of pieces
        return
    spans = {id(span): span for span in reading.number_at if span is not None}
    counted = [
        _Quantity(span.value, None, span.start, span.end)
        for span in spans.values()
        if not span.suffix and 2 <= span.value <= _MOST_BESIDE and span.value == int(span.value)
    ]  # a count read as neither price nor quantity ("ಎರಡು ಪ್ಯಾಂಟ್ ಇದೆ, ಎರಡಕ್ಕೂ ...")
    table = number_table(reading.language)
    for k in range(len(reading.words)):
        lone = None if reading.number_at[k] is not None else read_number(reading.words, k, table)
        small = lone is not None and lone.end == k + 1 and 2 <= lone.value <= _MOST_BESIDE
        if lone is not None and small and lone.value == int(lone.value):
            counted.append(_Quantity(lone.value, None, k, k + 1))  # "दो पैंट हैं"
    for quantity in [*reading.quantities, *counted]:
        if quantity.unit not in (None, "piece") or quantity.value is None:
            continue
        if not _head_count_at(reading, quantity.start, quantity.end):
            continue
        standing = [p for p in reading.prices if not p.negated]
        for price in standing:
            held = price.quantity
            if held is not None and held.unit is None and held.value == quantity.value:
                held.unit = "piece"  # "there are three trousers, 450 for all three"
                return
        last = standing[-1] if standing else None
        if (
            last is not None
            and last.quantity is None
            and last.per_unit is None
            and not last.each
            and not quantity.claimed
            and last.paise >= quantity.value * 100 * _TIMES
        ):
            quantity.unit, quantity.claimed = "piece", True  # "make it 350, five shirts"
            last.per_unit, last.quantity = False, quantity
        return


# A count of goods named, and a total for them.
# Said after a count, never goods: "the", "of them", "of these", "each", "more", "pieces".
_NOT_GOODS = frozenset(
    fold(w)
    for w in (
        "the", "of", "them", "these", "those", "each", "more", "for", "at", "in", "and",
        "se", "में", "के", "का", "की", "ka", "ke", "ki", "wale", "vale", "वाले", "वाली",
        "और", "aur", "bhi", "भी", "ही", "hi", "ना", "na", "तो", "to", "ભેગા", "ਰਲਾ",
    )
) | _TOGETHER | _ALL_WORDS | _OF_THEM | _TAKE_WORDS  # fmt: skip
# "If (I) take", after a count: "பத்து வாங்கினா", "दहा घेतले तर" count nothing named.
_NOT_GOODS |= _IF_TAKEN | _TAKE | _TAKE_MINE
# Said between the goods and their total: "together", "साथ में", "ஆடும் சேர்த்து".
_BETWEEN = _TOGETHER | frozenset(fold(w) for w in ("में", "mein", "ਵਿੱਚ", "ek", "एक", "in", "all"))
# Units of trade counted like goods, by stem: a kodi (a score), a sack, a basket.
_TRADE_STEMS = tuple(
    fold(w)
    for w in (
        "kodi", "कोड़ी", "कोडी", "કોડી", "ਕੋੜੀ", "बोरी", "બોરી", "ગૂણી", "ਬੋਰੀ", "గంప", "ಬುಟ್ಟಿ",
        "टोकरी", "ટોપલી", "টুকরি", "కట్ట", "கூடை",
        # sacks and gunny bags: "fifty sacks", "ஐம்பது சாக்கு", "యాభై గోనె సంచులు"
        "sack", "गोणी", "पोती", "पोते", "ગુણી", "বস্তা", "சாக்கு", "గోనె", "ಗೋಣಿ", "ചാക്ക",
        "ਗੱਟ",
    )
)  # fmt: skip
# Crates and boxes of fruit, by stem ("பெட்டிகள்", "ಕ್ರೇಟ್‌ಗೆ", "બોક્સ").
_CRATE_STEMS = tuple(
    fold(w)
    for w in (
        "crate", "box", "peti", "petti", "पेटी", "पेटि", "क्रेट", "बॉक्स", "பெட்டி", "க்ரேட்",
        "கிரேட்", "பாக்ஸ்", "పెట్టె", "క్రేట్", "బాక్స్", "পেটি", "ক্রেট", "বাক্স", "पेटी",
        "પેટી", "ક્રેટ", "બોક્સ", "ಪೆಟ್ಟಿಗೆ", "ಕ್ರೇಟ್", "ಬಾಕ್ಸ್", "പെട്ടി", "ക്രേറ്റ", "ബോക്സ",
        "ਪੇਟੀ", "ਕਰੇਟ", "ਬਾਕਸ", "ਡੱਬ",
    )
)  # fmt: skip
# "Both" said as a word of its own, not read as a number: "दोनों बकरे", "dono bakre".
_BOTH = frozenset(fold(w) for w in ("दोनों", "dono", "donon", "both", "ਦੋਵੇਂ", "doven", "બંને", "banne"))
_MOST_NAMED = 60
"""Up to this many goods counted one by one; a larger count is a lot, not pieces named."""
_STEM = 3
_HUNDRED = 100
_THOUSAND = 1000
"""A count before thousands is read by `counted_thousands` ("ಎರಡು ಹಾರ ಎರಡು ಸಾವಿರ")."""


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


def _lot_counted(reading: _Reading, end: int) -> bool:
    """The count ending at `end` counts crates, boxes, sacks or another unit of trade
    ("दो पेटी", "மூணு பெட்டி", "three boxes"): a "both" or "all three" said later for a
    price is theirs, no pieces."""
    if not 0 <= end < len(reading.words):
        return False
    word = reading.words[end]
    if reading.has(end, Cue.MEASURE, Cue.LOT) or container_word(reading, end):
        return True
    return word.startswith(_TRADE_STEMS) or word.startswith(_CRATE_STEMS)


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
    if count != int(count) or not (2 <= count <= _MOST_NAMED or count == _HUNDRED):
        return unit  # a round hundred of the goods is counted too: "hundred lemons, 200"
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
    table = number_table(reading.language)
    for k in range(chosen.start):
        span = reading.number_at[k] or read_number(reading.words, k, table)
        if span is not None and span.value == count and span.end > k:
            ends.add(span.end)  # "दो पेटी": a count read as "give" where it stands alone
    if any(_named(reading, end) for end in ends if end <= chosen.start):
        return "piece"
    if any(_lot_counted(reading, end) for end in ends):
        return unit  # "two crates I'll take, make it 2,200 for both": the crates counted
    starts = {q.start for q in reading.quantities if q.value == count and q.unit is None}
    return "piece" if any(_named_before(reading, k) for k in starts) else unit


def _named_before(reading: _Reading, start: int) -> bool:
    """The goods are named in the clause before the count, then a pause ("the melons,
    three for 90"): the count is of them."""
    k = start - 1
    if k < 0 or _joined(reading, start):
        return False
    return _goods_word(reading, k) and not _said_again(reading, k)


def goods_then_bare_price(reading: _Reading, spans: list[NumberSpan], index: int) -> bool:
    """The span at `index` is the line's first number, a small count, one goods word
    after it, then the line's only other number, a bare price at least ten and three
    times the count: the count of those goods ("चार कटोरी 180", "ఆరు చెంబులు మూడొందలు")."""
    span = spans[index]
    if index != 0 or len(spans) != 2 or span.ambiguous or span.value != int(span.value):
        return False
    if not 2 <= span.value <= _MOST_NAMED or reading.has(span.end, Cue.CURRENCY):
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


def pieces_named(
    reading: _Reading, chosen: _Price | None, count: float | None, unit: str | None
) -> tuple[float | None, str | None]:
    """A count of goods named in a line that prices nothing: pieces. "we need 300 lamps for
    the function", "how much for three gourds?", "ek meetha paan kitne ka?" (one of the
    goods named right after "one": `quantity` 1). A unit of trade, a container or a serving
    after the count ("thirty plates", "ten sacks") keeps no unit; a lone "one" after the
    goods or "for one" ("nariyal ek kitne ka?") asks a rate, no count."""
    if chosen is not None:
        return count, unit
    if count is None and unit == "piece" and not reading.prices:
        rated = garment_units(reading)  # "ఒక్క బట్టకి ఎంత?": a garment's rate, no count
        one_named = any(_named(reading, k + 1) and k + 1 not in rated for k in reading.lone_ones)
        return (1 if one_named else None), unit
    if unit is not None or count is None or count != int(count) or count < 1:
        return count, unit
    ends = {
        span.end
        for span in reading.number_at
        if span is not None and span.value == count and not span.ambiguous
    }
    return count, ("piece" if any(_named(reading, end) for end in ends) else unit)
