"""A count of the goods wanted, then the price of one asked: "we need a hundred marigold
garlands for the wedding, how much is one?", "ಮದುವೆಗೆ ನೂರು ಹಾರ ಬೇಕು, ಒಂದಕ್ಕೆ ಎಷ್ಟು?",
"పెళ్ళికి వంద దండలు కావాలి, ఒకటి ఎంత?", "সত্তরটা নারকেল লাগবে, একটা কত?".

The number before the goods and a "need / want" verb counts the goods: the line asks the
price (a question with that quantity), it offers none; so does the count said after the
price question ("how much for one chair? I need three hundred chairs"). A small bare
number beside a price question ("2 nariyal kitne ka?") is counted the same way
(`count_asked_about`). A price said after the need ("सौ मालाएँ चाहिए, एक का पंद्रह
दोगे?") is its own number and stands, and when it is said of one ("each", "एक का",
"ஒண்ணு") the count is the goods it buys (`needed_before`, read with "I'll take N, X
each" in `together`).
"""

from __future__ import annotations

from functools import cache

from audio.languages.base import Cue
from audio.lexicon import tokenize
from audio.understanding.confidence import count_asked_about
from audio.understanding.countables import ORDER_WORDS
from audio.understanding.counted_asked import drop_contents_asked, items_asked
from audio.understanding.reading import _Price, _Reading

# "Need / want", as each language says it (a word's start where it ends in "-"). English
# says it before the count ("we need a hundred"), the others after the goods.
# fmt: off
_NEED: dict[str, tuple[str, ...]] = {
    "en": ("need", "needed", "want", "wanted", "require"),
    "hi": ("चाहिए", "चाहिये", "chahiye", "chahie", "chaahiye"),
    "ta": ("வேணும்", "வேண்டும்", "வேணுமே", "venum", "vendum", "venumnga"),
    "te": ("కావాలి", "కావాలండి", "kaavali", "kavali"),
    "bn": ("লাগবে", "চাই", "lagbe", "chai"),
    "mr": ("पाहिजे-", "हवे-", "हवा", "हवी", "pahije-", "have", "havet"),
    "gu": ("જોઈએ", "જોઈએ-", "joie", "joiye", "joiae"),
    "kn": ("ಬೇಕು", "ಬೇಕಿತ್ತು", "beku", "bekittu"),
    "ml": ("വേണം", "വേണമായിരുന്നു", "venam", "venamayirunnu"),
    "pa": ("ਚਾਹੀਦ-", "chahid-"),
}
# "To take / to buy", said of goods the speaker means to buy ("सौ दीये लेने हैं", "I'll buy
# fifty cups"), and "will be needed" ("पंचवीस शहाळी लागतील", "fifty plates lagengi": with
# no goods between, "पन्नास लागतील" may be what it costs): a need too, but only with the
# goods between the count and the verb ("पचास लेने हैं" may be rupees), and in English
# after a word of intent ("to", "I'll", "I'm").
_BUY: dict[str, tuple[str, ...]] = {
    "en": ("buy", "take", "taking", "buying", "purchase", "cut", "make", "made"),
    "hi": ("लेने", "लेनी", "खरीदने", "खरीदनी", "lene", "leni", "kharidne", "लगेंगे", "लगेंगी",
           "lagenge", "lagengi", "बनवानी", "बनवाने", "banwani", "banwane"),
    "ta": ("வாங்கணும்", "வாங்கனும்", "வாங்கப்போறேன்", "vaanganum", "vanganum",
           "போடணும்", "செய்யணும்", "podanum", "வாங்கப்", "எடுக்கப்", "எடுக்கணும்",
           "வாங்குறேன்", "வாங்கறேன்", "எடுக்கிறேன்", "எடுக்குறேன்", "எடுக்கறேன்",
           "vaangap", "edukkap", "edukkanum"),
    "te": ("కొనాలి", "తీసుకోవాలి", "కొంటాను", "konali", "teesukovali", "kontanu",
           "చేయాలి", "చేయించాలి", "cheyali"),
    "bn": ("কিনব", "কিনবো", "নেব", "নেবো", "নিতে", "kinbo", "kinbo", "nebo", "nite",
           "বানাতে", "banate"),
    "mr": ("घ्यायच-", "घेणार", "ghyaych-", "ghenar", "लागतील", "लागणार", "lagtil", "lagnar",
           "बनवायच-", "banvaych-"),
    "gu": ("લેવા", "લેવાના", "લેવાની", "ખરીદવા", "leva", "levana", "levani", "જોઈશે", "joishe",
           "બનાવવી", "બનાવવા", "banavvi", "થશે", "thashe"),
    "kn": ("ತಗೋಬೇಕು", "ತಗೊಳ್ಳಬೇಕು", "ತೊಗೊಳ್ಳಬೇಕು", "ಕೊಳ್ಳಬೇಕು", "tagobeku", "kollabeku",
           "ಬೇಕಾಗುತ್ತೆ", "ಬೇಕಾಗುತ್ತವೆ", "bekagutte", "ಮಾಡಬೇಕು",
           "ಮಾಡಿಸಬೇಕು", "madabeku"),
    "ml": ("വാങ്ങണം", "വാങ്ങിക്കണം", "vaanganam", "vanganam",
           "ഉണ്ടാക്കണം", "undakkanam"),
    "pa": ("ਲੈਣੇ", "ਲੈਣੀਆਂ", "ਖਰੀਦਣੇ", "laine", "lene", "ਲੱਗਣਗੇ", "ਲੱਗਣਗੀਆਂ", "lagange", "ਬਣਾਉਣੀਆਂ",
           "ਬਣਾਉਣੇ", "banauniyan"),
}
# "For us / for me" in the case a need takes, said right before the count: "आम्हाला
# पाचशे लागतील" (we will need five hundred) counts goods with no goods word between.
_FOR_US: dict[str, tuple[str, ...]] = {
    "hi": ("हमें", "हमको", "मुझे", "humein", "hamein", "hume", "hame", "mujhe"),
    "mr": ("आम्हाला", "मला", "आपल्याला", "amhala", "aamhala", "mala"),
    "gu": ("અમારે", "મારે", "અમને", "amare", "mare"),
    "ta": ("எங்களுக்கு", "எனக்கு", "நமக்கு", "engalukku", "enakku"),
    "te": ("మాకు", "నాకు", "maaku", "maku", "naaku", "naku"),
    "bn": ("আমাদের", "আমার", "amader", "amar"),
    "kn": ("ನಮಗೆ", "ನನಗೆ", "namage", "nanage"),
    "ml": ("ഞങ്ങൾക്ക്", "എനിക്ക്", "നമുക്ക്", "njangalkku", "enikku"),
    "pa": ("ਸਾਨੂੰ", "ਮੈਨੂੰ", "sanu", "sannu", "mainu"),
}
# "An order of forty sarees": English says the order before the count.
_ORDER_OF = ("of", "for")
_INTENT_EN = ("to", "i'll", "we'll", "will", "i'm", "we're", "am", "are", "gonna", "must")
# fmt: on
_REACH = 4
"""Words between the count and the need verb at most (the goods, "for the wedding")."""


@cache
def _need_words(language: str, table: str = "need") -> tuple[frozenset[str], tuple[str, ...]]:
    words: set[str] = set()
    stems: list[str] = []
    source = _NEED if table == "need" else _BUY
    order = ORDER_WORDS if table == "buy" else ()
    for entry in {*source.get(language, ()), *source["en"], *source["hi"], *order}:
        norms = [t.norm for t in tokenize(entry.rstrip("-"))]
        if len(norms) == 1 and entry.endswith("-"):
            stems.append(norms[0])
        elif len(norms) == 1:
            words.add(norms[0])
    return frozenset(words), tuple(stems)


def _needs(reading: _Reading, k: int) -> bool:
    words, stems = _need_words(reading.language)
    word = reading.words[k]
    return word in words or word.startswith(stems)


@cache
def _intent_words() -> frozenset[str]:
    return frozenset(t.norm for w in _INTENT_EN for t in tokenize(w))


@cache
def _order_words() -> frozenset[str]:
    return frozenset(t.norm for w in ORDER_WORDS for t in tokenize(w))


def _buys(reading: _Reading, k: int, start: int, end: int) -> bool:
    """A verb of buying at `k` says the count at `start:end` is goods to buy: after the
    goods ("सौ दीये लेने हैं"), or in English after a word of intent ("I'll buy fifty")."""
    words, stems = _need_words(reading.language, "buy")
    word = reading.words[k]
    if not (word in words or word.startswith(stems)):
        return False
    if k < start:
        if k == start - 2 and word in _order_words() and reading.words[k + 1] in _ORDER_OF:
            return True  # "an order of forty sarees"
        return k > 0 and reading.words[k - 1] in _intent_words() and k >= start - 2
    goods = range(end, k)
    if not goods:
        return start > 0 and reading.words[start - 1] in _for_us(reading.language)
    return all(reading.number_at[j] is None for j in goods)


@cache
def _for_us(language: str) -> frozenset[str]:
    return frozenset(t.norm for w in _FOR_US.get(language, ()) for t in tokenize(w))


def _wants(reading: _Reading, k: int, start: int, end: int) -> bool:
    return _needs(reading, k) or _buys(reading, k, start, end)


def _one_asked_after(price: _Price) -> bool:
    """The price's unit is one piece named after it ("fifty shirts I'm taking, one piece
    how much?"): the one asked about, which makes no rate of the count."""
    quantity = price.quantity
    return quantity is not None and quantity.value == 1 and quantity.start >= price.end + 2


def _needed_count(reading: _Reading, price: _Price) -> bool:
    """The number counts goods said as needed, and a price question follows the need."""
    span = price.span
    if price.explicit or price.bound or price.negated:
        return False
    if price.quantity is not None and not _one_asked_after(price):
        return False
    if span.value != int(span.value) or not 2 <= span.value <= 10000:
        return False
    if any(p is not price and p.start > price.start for p in reading.prices):
        return False
    n = len(reading.words)
    others = {p.start for p in reading.prices if p is not price}
    window = [
        k
        for k in range(max(price.start - 2, 0), min(price.end + _REACH, n))
        if k < price.start or k >= price.end
    ]
    need = [
        k
        for k in window
        if _wants(reading, k, price.start, price.end) and not others & set(range(k, price.start))
    ]
    if not need:
        return False
    after = max(need[-1], price.end)
    # the question after the need, or before the count ("how much for one chair? I need
    # three hundred chairs", "ஒரு சேர் எவ்வளவு? எனக்கு முன்னூறு சேர் வேணும்")
    return any(
        cue in (Cue.QUESTION, Cue.WEAK_QUESTION) and (start >= after or end <= price.start)
        for cue, start, end in reading.occurrences
    )


def goods_asked(
    reading: _Reading, price: _Price | None, asked_one: bool, asks: bool
) -> tuple[bool, float | None] | None:
    """Whether the one number said counts the goods asked about: (whether the price of
    one is asked, the count), or None when the number is a price."""
    drop_contents_asked(reading)  # "thirty eggs' tray, how much?": the tray's, no count
    if price is None:
        return None
    items = items_asked(reading, price)  # "I need twelve notebooks, how much?"
    if items is not None:
        return items
    if asks and count_asked_about(price):
        return price.paise == 100, price.span.value  # "how much 1 coconut", "2 nariyal"
    if _needed_count(reading, price):
        return asked_one or price.each, price.span.value
    return None


def needed_before(reading: _Reading, start: int, end: int) -> int | None:
    """Where a price may start after a need verb said right after the count at
    `start:end` (the goods between; English: "need" right before it), or None."""
    if reading.language == "en":
        before = range(max(start - 3, 0), start)
        return end if any(_wants(reading, k, start, end) for k in before) else None
    for j in range(end, min(end + 3, len(reading.words))):
        if reading.number_at[j] is not None:
            return None
        if _wants(reading, j, start, end):
            return j + 1
    return None
